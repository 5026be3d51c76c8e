"""heading-duplicate: an article headed with the caption of the article before it (heading-untitled and
heading-mismatch below: a chapter's title left out, a caption that names what its article does not do).

「第16条（危機管理対応）」 then 「第17条（危機管理対応）」 whose text is about something else (a company's 規程): the
caption was copied with the article and not rewritten. Laws give several articles one caption by writing it once
over them, never twice; a document's own practice of marking deleted articles 「（削除）」 repeats on purpose.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Context, article_label, comparison_table, load_tsv, rule, runs_to_the_cut
from .numbering import heading_slips

# captions that rightly recur: an article deleted, or one said to be as the one before; and the supplementary
# provisions, one set per amendment (「附則」 then 「附則」 again, as every amended law has them: a section so titled
# where the structure read the sections as articles)
_RECURRING = re.compile(r"^(?:削除|同前|同上|欠番|附\s*則|付\s*則)$")


def _title_span(ctx: Context, art, title: str) -> tuple[int, int]:
    """Where the heading of ``art`` writes ``title`` (the whole heading if it does not)."""
    s, e = art.heading_span
    where = ctx.text.find(title, s, e)
    return (where, where + len(title)) if where >= 0 else (s, e)


_HIRAGANA = re.compile(r"[\u3041-\u3096]")
# links a list must hold to be a menu
_MENU_LINKS = 3


def _a_menu(ctx: Context, art) -> bool:
    """Is the text under ``art``'s heading a menu: links (three or more), and around them no hiragana, so no sentence
    (「SHOPPING GUIDE」, then 「ご注文について」「お支払いについて」… each a link to another page of the site)?"""
    doc = ctx.doc
    a, b = doc.norm.source_span((art.heading_span[1], art.span[1]))
    links = [(s, e) for s, e, _ in doc.source.links if a <= s and e <= b + 1]
    if len(links) < _MENU_LINKS:
        return False
    outside, pos = [], a
    for s, e in sorted(links):
        outside.append(doc.source.text[pos:max(pos, s)])
        pos = max(pos, e)
    outside.append(doc.source.text[pos:b])
    return not _HIRAGANA.search("".join(outside))


@rule("heading-duplicate", "warning", "見出しの重複", "article heading copied from the one before")
def heading_duplicate(ctx: Context):
    if comparison_table(ctx):
        return  # an amendment's table shows each amended article twice, its heading with it
    chapters = heading_slips(ctx)  # (「## 第10条 福利厚生」 for 第10章 heads the chapter of its article: numbering's)
    arts = [a for a in ctx.doc.all_articles() if a.heading_span[0] not in chapters]
    for before, art in zip(arts, arts[1:]):
        title = art.title
        if not title or title != before.title or art.part != before.part or _RECURRING.match(title.strip("（）() ")):
            continue
        if _a_menu(ctx, before):
            continue  # a page's side menu headed by the page's own title, then its body under the same title
        span = _title_span(ctx, art, title)
        if not ctx.in_scope(span[0]):
            continue
        yield ctx.finding(
            "heading-duplicate", span,
            f"{article_label(art.number)}の見出し「{title}」は{article_label(before.number)}と同じです。見出しの写し忘れではありませんか。",
            f"{article_label(art.number)} has the heading of {article_label(before.number)}, 「{title}」: copied and not rewritten?",
            excerpt=title,
        )


# ------------------------------------------------------------------ heading-untitled

# a kind of heading the document titles this many times, every time but once, titles each
_TITLED_KINDS = 2


# the articles of the main text a document captions, every one but one, for the one left to be told
_CAPTIONED_ARTICLES = 10


@rule("heading-untitled", "warning", "見出しの題名の欠落", "heading without its title (chapter, section or article)")
def heading_untitled(ctx: Context):
    """A chapter or a section (章, 節, 編, 款) headed with its label alone, 「### 第5節」, where the document titles every
    other heading of that kind, at least two of them (「第1節 採用」…): the title was left out. Laws title every
    chapter and section; a document that titles none of them (a short 会則 numbering 第一章 alone) has no such habit.
    Likewise an article without its caption among articles that all have one (「第18条 理事又は監事のうち…」 among
    59 captioned ones) — not one alone in its chapter, whose title is its caption (行政手続法 第三十六条の三 under
    第四章の二 処分等の求め), nor an article deleted (「第5条　削除」)."""
    if comparison_table(ctx):
        return
    yield from _uncaptioned_article_findings(ctx)
    by_kind: dict[str, list] = {}
    for c in ctx.doc.chapters:
        by_kind.setdefault(c.kind, []).append(c)
    for kind, heads in by_kind.items():
        untitled = [c for c in heads if not c.title.strip()]
        if len(untitled) != 1 or len(heads) - 1 < _TITLED_KINDS:
            continue
        c = untitled[0]
        if not ctx.in_scope(c.span[0]):
            continue
        titles = "、".join(f"「{h.label} {h.title}」" for h in heads if h is not c)
        yield ctx.finding(
            "heading-untitled", c.span,
            f"「{c.label}」には題名がありません。この文書のほかの{kind}はすべて題名があります（{titles[:60]}）。",
            f"「{c.label}」 has no title, where every other {kind} of the document has one.",
            excerpt=c.label,
        )


# ------------------------------------------------------------------ heading-mismatch

# 「（甲の義務）」 over 「乙は、…業務を行うものとする。」: a caption that names one party's duties over an article whose
# every sentence binds the other: the captions of a pair of articles (甲の義務, 乙の義務) swapped, or one copied.
_PARTY_DUTY = re.compile(r"^[（(]?(?P<party>[甲乙丙丁])の(?:義務|責務|業務|役割)(?:等)?[）)]?$")
_SUBJECT = re.compile(r"(?:^|[。\n])[ \u3000]*(?:[0-9０-９]+[.．、 \u3000]*)?(?P<party>[甲乙丙丁])(?:は|が|及び|および|並びに)")


@rule("heading-mismatch", "warning", "見出しと本文の不一致", "heading names another party than the article binds",
      scope="unit")
def heading_mismatch(ctx: Context):
    for art in ctx.doc.all_articles():
        title = (art.title or "").strip()
        if not title or not art.paragraphs or not ctx.in_scope(art.heading_span[0]):
            continue
        body = ctx.text[art.heading_span[1]:art.span[1]]
        if not runs_to_the_cut(ctx, art.span[1]):
            yield from _missing_topic_findings(ctx, art, title, body)  # (not in an article a text stops inside)
        yield from _other_party_findings(ctx, art, title, body)


def _other_party_findings(ctx: Context, art, title: str, body: str):
    m = _PARTY_DUTY.match(title)
    if m is None:
        return
    subjects = {x.group("party") for x in _SUBJECT.finditer(body)}
    named = m.group("party")
    if not subjects or named in subjects:
        return
    other = "、".join(sorted(subjects))
    yield ctx.finding(
        "heading-mismatch", _title_span(ctx, art, art.title),
        f"{article_label(art.number)}の見出し「{art.title}」は{named}の義務を示していますが、本文の文はどれも{other}"
        f"を主語にしています。見出しの取り違えではありませんか。",
        f"{article_label(art.number)} is headed 「{art.title}」 ({named}'s duties), but each sentence binds {other}.",
        excerpt=art.title,
    )


@lru_cache(maxsize=1)
def _topics() -> list[tuple[re.Pattern, re.Pattern, str]]:
    return [(re.compile(row[0]), re.compile(row[1]), row[2]) for row in load_tsv("heading_topics.tsv")]


# the text provides by citing another provision's list: 「第5条第3項各号のいずれにも該当しない場合に利用することができ」
# under 「（反社会的勢力との取引拒絶）」 holds the provision without its words
_CITES_A_LIST = re.compile(r"第[0-9０-９一二三四五六七八九十百]+条(?:第[0-9０-９一二三四五六七八九十]+項)?(?:各号|に(?:定める|掲げる|規定する))")


def _missing_topic_findings(ctx: Context, art, title: str, body: str):
    """A caption promising a provision the article's text does not hold (pipeline/data/heading_topics.tsv):
    「（準拠法・裁判管轄）」 over 「本規約の解釈にあたっては、日本法を準拠法とします。」 alone."""
    for caption, words, what in _topics():
        if caption.search(title) and not words.search(body) and not _CITES_A_LIST.search(body):
            yield ctx.finding(
                "heading-mismatch", _title_span(ctx, art, title),
                f"{article_label(art.number)}の見出し「{title}」は{what}を示していますが、本文にその定めがありません。"
                f"条項の脱落か、見出しの直し漏れではありませんか。",
                f"{article_label(art.number)} is headed 「{title}」, but its text holds no such provision ({what}): "
                f"a clause lost, or a heading not updated?",
                excerpt=title,
            )


def _uncaptioned_article_findings(ctx: Context):
    arts = [a for a in ctx.doc.all_articles() if a.part == "main"]
    bare = [a for a in arts if not (a.title or "").strip()]
    if len(bare) != 1 or len(arts) - 1 < _CAPTIONED_ARTICLES:
        return
    a = bare[0]
    text = ctx.full.text
    if not ctx.in_scope(a.span[0]) or text[a.heading_span[1]:a.span[1]].strip(" \u3000\n").startswith("削除"):
        return
    k = arts.index(a)
    if k and a.number.split("_")[0] == arts[k - 1].number != a.number:
        return  # 第15条の2 inserted after 第15条 under its caption 「（転領域）」: a common caption (共通見出し) over both
    heads = sorted(c.span[0] for c in ctx.doc.chapters)
    before = max((h for h in heads if h < a.span[0]), default=None)
    after = min((h for h in heads if h > a.span[0]), default=len(text))
    if before is not None and not any(b is not a and before < b.span[0] < after for b in arts):
        return  # alone in its chapter: the chapter's title is its caption
    label = text[a.heading_span[0]:a.heading_span[1]].strip() or article_label(a.number)
    yield ctx.finding(
        "heading-untitled", a.heading_span,
        f"{article_label(a.number)}には見出しがありません。この文書のほかの条はすべて見出しがあります（{len(arts) - 1}条）。",
        f"{article_label(a.number)} has no caption, where every other article of the document has one.",
        excerpt=label)
