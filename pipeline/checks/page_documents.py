"""The documents one page holds: an order form above the terms, a privacy policy under them.

A web page often carries more than the agreement it is titled by: the form a customer fills in before the terms
(「ご注文はこちらから … ※当サイトでご紹介させて頂ければ…」, then 「利用規約」), or a second document after them
(「個人情報保護指針」 and its own sentences under a club's membership terms). Each speaks of itself its own way: the
terms define 「会社」, the privacy policy under them says 当社. Read as one document, every 当社 of the second looks
like a slip of the first's name.

A document on the page opens at a line of its own that names a kind of document (「利用規約」, 「【プライバシーポリシー】」,
「個人情報保護指針」) outside any article, after text that holds at least one sentence (the page's own title at the top
opens nothing: it is the first document's). ``page_documents`` gives where each document starts; a finding that holds
one place to a name (the name the document gives itself, a defined term) asks ``uses_in_its_document`` whether the
name is written in the document the place belongs to: where it is not, that document never took the name.
"""

from __future__ import annotations

import bisect
import re

from ..grammar import RULES_KINDS
from .base import Context, in_compound

# a line that is a document's name: short, no sentence in it, ending in the kind of document it is, maybe set in the
# brackets or marks a page decorates a title with (【会員規約】, ■個人情報保護方針, <ご利用規約>)
_KINDS = (rf"{RULES_KINDS}|規定|ポリシー|方針|指針|契約書|同意書|誓約書|承諾書|覚書|合意書|表記|ガイドライン|"
          r"注意事項|重要事項説明書")
_DOCUMENT_TITLE = re.compile(
    # (not an entry of a list or a numbered section: 「5.キャンセルポリシー（取消料）」, 「（2）誓約書」 among the papers a
    # 就業規則 asks for, 「C. Scene内階層形式規定」, 「•各種規約」 in a page's menu, 「Blog /利用規約/…」 its breadcrumbs)
    rf"(?m)^(?![ \u3000]*(?:[0-9０-９]+[．.)）]|[（(][0-9０-９]+[）)]|[A-Za-zＡ-Ｚ][．.)）]|[•・\-*＊\u2460-\u2473]))"
    rf"[ \u3000]*[■□●◆◇【「『<＜〈《\[［]?[ \u3000]*[^\n。、，,:：・|｜/／]{{0,40}}?(?:{_KINDS})"
    r"[ \u3000]*(?:[（(][^（）()\n]{0,12}[）)])?[ \u3000]*[】」』>＞〉》\]］]?[ \u3000]*$")


# a chapter's heading names the rules it holds (「第3章 情報開示規程」): a part of the document, never another
_CHAPTER = re.compile(r"[ \u3000]*第[0-9０-９一二三四五六七八九十百]+[編章節款]")


def page_documents(ctx: Context) -> list[int]:
    """Where each document of the page starts: 0, then each line that opens another (see the module's note)."""
    full = ctx.full

    def find() -> list[int]:
        text, starts = full.text, [0]
        for m in _DOCUMENT_TITLE.finditer(text):
            pos = m.start()
            art = full.article_at(pos)
            opened = text[starts[-1]:text.find("\n", starts[-1]) % (len(text) + 1)] if starts[-1] else full.doc.title
            if art is not None and not art.block and not _opens_another_document(full, pos, art, m.group(0), opened):
                continue  # an article's heading or a line of its text: the document's own (but for the title
                # of a second document run into the first's last article; see _opens_another_document)
            if "。" not in text[starts[-1]:pos]:
                continue  # the page's title (or chrome and the title): nothing said before it
            if _CHAPTER.match(text, pos) or _numbering_goes_on(full, pos):
                continue  # 「第2章 トレジャリー管理規程」, 「会計規程」 over 第60条 after 第59条: a part of the same rules
            if f"\n{m.group(0).strip()}\n" in text[m.end():]:
                continue  # an entry of a table of contents: the heading it lists stands again below
            starts.append(pos)
        return starts
    return full.memo("page_documents", find)


def _articles(ctx: Context) -> list:
    """The articles of the text (not a page's blocks), in order."""
    return ctx.memo("page_documents.articles",
                    lambda: sorted((a for a in ctx.doc.all_articles() if not a.block), key=lambda a: a.span[0]))


def _numbering_goes_on(ctx: Context, pos: int) -> bool:
    """Do the articles after ``pos`` go on numbering those before it (第60条 after 第59条)? A document of its own on the
    page starts its own numbering (第1条), or has no articles."""
    arts = _articles(ctx)
    i = bisect.bisect_right(arts, pos, key=lambda a: a.span[0])
    return 0 < i < len(arts) and arts[i].part == arts[i - 1].part and arts[i].number != "1"


def _opens_another_document(ctx: Context, pos: int, art, line: str, opened: str | None) -> bool:
    """Does the title line ``line`` at ``pos``, inside ``art``, open a second document the structure ran into the
    first's last article? Where a 第1条 of another part follows it (the second's own numbering), or where no article
    follows and the line names another kind of document than the title of the one it stands in, ``opened`` (「プライバ
    シーポリシー」 over its 「1.基本方針」… at the end of 「利用規約」's 第15条)."""
    arts = _articles(ctx)
    i = bisect.bisect_right(arts, pos, key=lambda a: a.span[0])
    if i < len(arts):
        return arts[i].number == "1" and arts[i].part != art.part
    kind = _WHOLE_DOCUMENT_KIND.search(line.strip(" \u3000■□●◆◇【】「」『』<>＜＞〈〉《》[]［］"))
    return kind is not None and bool(opened) and kind.group(0) not in opened \
        and len(ctx.text) - pos >= _SECOND_DOCUMENT_LENGTH


# the kinds of a document a page carries whole after another (a privacy policy under terms), not a section's caption
# (「リンクの基準」, 「注意事項」 over a list among a page's sections); and the text such a second document takes at least
_WHOLE_DOCUMENT_KIND = re.compile(r"(?:ポリシー|方針|規約|約款|契約書)$")
_SECOND_DOCUMENT_LENGTH = 1000


def document_span(ctx: Context, pos: int) -> tuple[int, int]:
    """The span of the document of the page that ``pos`` belongs to."""
    starts = page_documents(ctx)
    i = bisect.bisect_right(starts, pos) - 1
    return starts[i], starts[i + 1] if i + 1 < len(starts) else len(ctx.full.text)


def uses_in_its_document(ctx: Context, pos: int, name: str) -> bool:
    """Is ``name`` written as a word of its own (not the end of a longer one: 会社 in 株式会社) in the document of the
    page that ``pos`` belongs to? Always, on a page of one document."""
    if len(page_documents(ctx)) < 2:
        return True
    text = ctx.full.text
    start, end = document_span(ctx, pos)
    at = text.find(name, start, end)
    while at >= 0:
        if not (at > 0 and in_compound(text[at - 1]) and in_compound(name[0])):
            return True
        at = text.find(name, at + 1, end)
    return False
