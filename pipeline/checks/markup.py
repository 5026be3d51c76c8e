"""markup-broken: Markdown markup that a page does not render, so the reader sees its marks as text.

Terms published as Markdown (a GitHub page, a static site) carry their headings and bold captions in
markup. Two slips show on the page and hide from a reader of the source: a heading mark with no space
after it (「#ChordWiki 利用規約」 is a paragraph starting with 「#」, not the title: CommonMark asks for a
space), and emphasis marks that do not pair on their line (「**（禁止事項）*:」 shows its asterisks). The
compared text has the marks removed, as a page shows paired ones, so only the source tells.

On an HTML page, a tag written with its brackets escaped (「&lt;dt &gt;」 in the source) is shown as text
(「<dt >-個人情報保護…」): the reader's text holds it, where no real tag is ever left. And a line break (<br>) set
inside a word (「法定代理人，後見<br>人，保佐人」) shows the word cut over two lines: the two sides, joined, make one word to
MeCab, and the line after it opens with no label. Markdown's 「**…**」 and its heading marks 「## 」 pasted into an HTML
page show as written too.

In any format, a merge conflict left in the text (「<<<<<<< HEAD」 … 「=======」 … 「>>>>>>> main」) is an error: both
versions stand in the published document.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from ..grammar import match_item_label, match_paragraph_number
from . import Context, finditer, rule, word_across

# a heading mark at the start of a line (up to three spaces in, as CommonMark allows) glued to its text; not pandoc's
# auto-numbered list marker 「#. 名称」, 「#) 名称」 (its fancy_lists: the item numbered where the page shows it)
_GLUED_HEADING = re.compile(r"^ {0,3}(#{1,6})(?=[^#\s])(?![.)][ \t])", re.M)
# the marker of a bulleted list item, which is no emphasis
_BULLET = re.compile(r"^\s*\*\s+")
_STARS = re.compile(r"(?<!\\)\*+")
# an inline code span, whose text Markdown shows as written
_CODE_SPAN = re.compile(r"(`+)[^`\n]*?\1")
_FENCE = re.compile(r"^\s*(```|~~~)")


def _shown_lines(ctx: Context):
    """(start, line) of the source lines a page shows as text: not in a fenced code block, not hidden by
    normalization (front matter, an HTML comment), in the scope of the run."""
    norm, src = ctx.doc.norm, ctx.doc.source.text
    if ctx.scope is not None and "```" not in src and "~~~" not in src:
        lines = _lines_within(src, [norm.source_span(span) for span in ctx.scope])  # no fence: the scope's lines alone
    else:
        lines = _unfenced_lines(src)
    for start, line in lines:
        at = _first_kept(norm, start, start + len(line))
        if at is None or not ctx.in_scope(at):
            continue
        yield start, line, at


def _lines_within(src: str, spans: list[tuple[int, int]]):
    """(start, line) of the source lines holding text that ``spans`` (sorted source spans) touch, in order, once each."""
    done = 0  # the source offset up to which lines were given
    for a, b in spans:
        pos = max(done, src.rfind("\n", 0, a) + 1)
        while pos < len(src) and pos < max(b, a + 1):
            end = src.find("\n", pos)
            end = len(src) if end < 0 else end
            if src[pos:end].strip():
                yield pos, src[pos:end]
            pos = end + 1
        done = max(done, pos)


def _unfenced_lines(src: str):
    """(start, line) of the source lines that hold text outside fenced code blocks."""
    pos, fenced = 0, False
    for line in src.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if _FENCE.match(line):
            fenced = not fenced
            continue
        if not fenced and line.strip():
            yield start, line


def _first_kept(norm, a: int, b: int) -> int | None:
    """The normalized index of the first source character in [a, b) that normalization kept."""
    i = bisect_left(norm.offsets, a)
    return i if i < len(norm.text) and norm.offsets[i] < b else None


_WILDCARD = re.compile(r"(?<![*\w])[A-Za-z0-9_]+\*(?![*\w])")
# a footnote's mark, 「…のようなもの」(*1) and its note 「(*1): …」: an asterisk and the note's number in brackets, shown as written
_FOOTNOTE_MARK = re.compile(r"(?<=[(（])\*(?=[0-9０-９]{1,2}[)）])")
# the mark quoted by itself, as a form's legend names it: 「「*」印のあるものは必須です」 (a star alone between brackets
# never opens emphasis: CommonMark needs text after an opening one)
_QUOTED_MARK = re.compile(r"(?<=[「『(（\"'“])\*+(?=[」』)）\"'”])")


# an asterisk followed by white space after white space or an opening bracket (「お問い合わせ * ご相談」, 「"_v1*.zip"
# (* は数字)」): CommonMark lets it neither open emphasis (white space follows) nor close one (none opened before it),
# so the page shows it as written, as its writer meant
# (or a tag's close: 「<p class="note">* 無償修理の場合…」, a note's mark opening an HTML paragraph)
_NEVER_FLANKING = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=[(（「『\[>]))\*+(?=\s|$|[,，、。])")  # (or a mark listed: 「R2', *, →」)


# an asterisk set apart between two Japanese words (「ウイルス * マルウェア」, 「お問い合わせ * ご相談」): the 中黒 of a list
# of words as some conversions write it; no emphasis, and a page shows the asterisk
_STAR_BETWEEN_WORDS = re.compile(r"(?<=[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々]) \* (?=[\u3041-\u3096\u30a1-\u30fa"
                                 r"\u30fc\u4e00-\u9fff々])")


def _paragraph_around(src: str, start: int) -> str:
    """The lines of the source paragraph (between blank lines) that holds the line at ``start``, joined."""
    a = src.rfind("\n\n", 0, start)
    b = src.find("\n\n", start)
    return " ".join(ln.strip() for ln in src[a + 2 if a >= 0 else 0:b if b >= 0 else len(src)].split("\n"))


def _unpaired(line: str) -> bool:
    """Do the emphasis marks of the line fail to pair: an odd number of asterisks, or runs of unequal length
    that would close one another (「**見出し*」)?"""
    body = _CODE_SPAN.sub("", _BULLET.sub("", line, count=1))  # (a * inside `code` is literal: `Usuakari/*_Blend`)
    # (one * closing a Latin word, 「Animation*」 in a list of names: a wildcard, shown as written, which it means; pub156)
    body = _WILDCARD.sub(lambda m: m.group(0)[:-1], body)
    body = _QUOTED_MARK.sub("", _FOOTNOTE_MARK.sub("", body))
    body = _NEVER_FLANKING.sub("", body)
    runs = [len(m.group(0)) for m in finditer(_STARS, body)]
    if not runs:
        return False
    if sum(runs) % 2:
        return True
    return len(runs) == 2 and runs[0] != runs[1]


# A Markdown link whose address is a sentence (「[要議論・検討中](社員は、…納入しなければならない。)」, a draft's article
# put in the link by mistake): a page shows the link's words and hides the sentence; no address holds 、 or 。
_PROSE_LINK = re.compile(r"(?<!!)\[([^\]\n]{1,80})\]\(([^)\n]*[、。][^)\n]*)\)")


# A table's cell separator alone in a sentence, after the kana that ends a word (「監事の|監査を経て」): no table row
# has one pipe (a row is 「| a | b |」 or 「a | b」 after a noun), so the page shows it as a stray mark
_LONE_PIPE = re.compile(r"(?<=[ぁ-ゖ])\|(?=[\u4e00-\u9fff々ぁ-ゖ\u30a1-\u30fa])")
_SENTENCE_END = re.compile("[。．]")


# an element's tag as the page shows it when its brackets were escaped: the HTML reader leaves no real tag in the text
_SHOWN_TAG = re.compile(r"<\s*/?\s*(?:dl|dt|dd|p|li|ul|ol|div|span|br|h[1-6]|a|table|tr|td|th|strong|em|b|i|section)"
                        r"(?:\s[^<>\n]{0,60})?\s*/?>", re.IGNORECASE)


# a sentence that speaks of markup shows its tags on purpose: 「HTML（見出し<h2>、段落<p>、箇条書き<ul><li>等）が使えます」,
# an editing screen's help
_SPEAKS_OF_MARKUP = re.compile(r"HTML|タグ", re.IGNORECASE)


def _shown_tag_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_SHOWN_TAG):
        lo, hi = ctx.line_span(m.start())
        start = max(lo, text.rfind("。", lo, m.start()) + 1)
        end = text.find("。", m.end(), hi)
        if _SPEAKS_OF_MARKUP.search(_SHOWN_TAG.sub("", text[start:hi if end < 0 else end])):
            continue
        yield ctx.finding(
            "markup-broken", m.span(),
            f"HTMLのタグ「{m.group(0)}」が文字としてページに表示されます（ソースで「<」「>」が「&lt;」「&gt;」と書かれています）。",
            f"The tag 「{m.group(0)}」 shows on the page as text (its brackets are escaped in the source).",
            excerpt=text[m.start():min(len(text), m.end() + 12)])


_KANJI = re.compile(r"[\u4e00-\u9fff々]")
# a line this long is prose, not a heading or a label
_PROSE_LINE = 15
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_DATE_END = re.compile(r"[0-9０-９一二三四五六七八九十][年月日]$")
_WORD_CHAR = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々]")


def _word_cut(src: str, cut: int, p: int, paragraph: bool = False):
    """(the word, the text before the cut, the text after) where a break of the page's source between ``cut`` (the
    end of the text before it) and ``p`` (the start of the text after it) stands inside a word: the two sides, joined,
    make one word to MeCab, and the text after opens with no label. None where it does not. With ``paragraph`` (a
    paragraph break's cut), on a line of prose, where the text after opens in hiragana that goes on a word or a predicate."""
    if cut < 1 or p >= len(src) or not (_WORD_CHAR.match(src[cut - 1]) and _WORD_CHAR.match(src[p])):
        return None
    line_start = src.rfind("\n", 0, cut) + 1
    line_end = src.find("\n", p)
    nxt = src[p:line_end if line_end >= 0 else len(src)]
    if match_item_label(nxt) is not None or match_paragraph_number(nxt) is not None:
        return None
    before, after = src[max(line_start, cut - 6):cut], nxt[:6]
    if _DATE_END.search(before):
        return None  # 「平成31年1月9日<br>東浪見岡本農園」: a date, then the signer's name on the next line (日東 is no word here)
    if paragraph and not (_HIRAGANA.match(after) and cut - line_start >= _PROSE_LINE and not src.startswith("#", line_start)):
        # a paragraph break cuts a word only on a line of prose (a heading, short or marked, may end anywhere: 「学習への
        # 利用」 over 「より良いサービス…」, 「…ステージ」 over 「バックヤード…」) and before hiragana, which goes on a word or a
        # predicate (a name or a noun may open a paragraph after a heading)
        return None
    word, toks = word_across(before, after)
    if word is None and paragraph:
        # MeCab reads one word across the cut, whatever it makes of it (関連付|けたり: 付けたり), or the text after the cut
        # opens with a particle or an ending, which nothing opens with (使用し|て試合を…), or the text before ends in a
        # case particle (「…期間の全日数に」 then 「わたって…」): no sentence ends so
        word = next((t for t in toks if t.start < len(before) < t.end), None) or next(
            (toks[k - 1]._replace(surface=toks[k - 1].surface + t.surface)
             for k, t in enumerate(toks) if k and t.start == len(before) and t.pos in ("助詞", "助動詞")), None) or next(
            (t._replace(surface=t.surface + toks[k + 1].surface) for k, t in enumerate(toks[:-1])
             if t.end == len(before) and t.pos == "助詞" and t.pos2 in ("格助詞", "係助詞")), None)
    if word is None:
        # a compound cut before its suffix (後見⏎人: 後見|人), which no line may open with
        k = next((i for i, t in enumerate(toks) if t.start == len(before)), None)
        if k is None or k == 0 or toks[k].pos != "接尾辞" or toks[k - 1].pos != "名詞" or toks[k - 1].end != len(before) \
                or not _KANJI.search(toks[k - 1].surface):
            return None  # (a kanji noun and its suffix: 「…に関すること⏎国及び」 ends one entry and opens the next)
        if k + 1 < len(toks) and toks[k + 1].start == toks[k].end and toks[k + 1].pos == "名詞":
            return None  # 「以降⏎当サイトは」: the kanji opens the next noun (当サイト), however MeCab reads it
        word = toks[k - 1]._replace(surface=toks[k - 1].surface + toks[k].surface)
    return word, before, after


def _break_in_word_findings(ctx: Context):
    src, norm = ctx.doc.source.text, ctx.doc.norm
    for p in ctx.doc.source.line_breaks:
        if p < 2 or src[p - 1] != "\n" or (cut := _word_cut(src, p - 1, p)) is None:
            continue
        word, before, after = cut
        a, b = norm.index_of(p - 2), norm.index_of(p)
        if a is None or b is None or not ctx.in_scope(a):
            continue
        yield ctx.finding(
            "markup-broken", (a, b + 1),
            f"語「{word.surface}」の途中に改行（<br>）があり、ページでは語が2行に分かれて表示されます。",
            f"A line break (<br>) inside the word 「{word.surface}」: the page shows it cut over two lines.",
            suggestion=ctx.text[a:b + 1].replace("\n", ""), excerpt=f"{before}⏎{after}")


# where a page's source starts a new paragraph: an HTML line that is no <br>'s (each starts a block: <p>, <div>…), or
# Markdown's blank line (and a kramdown attribute list, 「{: .jou}」, closing the paragraph before it)
_MARKDOWN_PARAGRAPH_BREAK = re.compile(r"(?<=[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々])\n"
                                       r"(?:[ \t]*\{:[^\n]*\}[ \t]*\n)?(?:[ \t]*\n)+(?=[\u3041-\u3096\u30a1-\u30fa\u30fc\u4e00-\u9fff々])")


# more words cut by a block's end than this, and the page lays its text out line by line in blocks, on purpose
_FEW_CUT = 2


def _paragraph_in_word_findings(ctx: Context):
    """A word cut by a paragraph break (「…その他の方法で関連付」 and 「けたりするものではありません」 in two <p>s; 「…おそれのあ」,
    a blank line, 「る行為」 in Markdown): the page shows the sentence broken off in mid-word, its rest a paragraph of its
    own."""
    src, norm = ctx.doc.source.text, ctx.doc.norm
    if ctx.doc.source.format == "html":
        kept = set(ctx.doc.source.line_breaks)
        pre = ctx.doc.source.preformatted
        cuts = [(m.start(), m.end()) for m in re.finditer(r"\n", src)
                if m.end() not in kept and not any(a <= m.start() < b for a, b in pre)]
    else:
        cuts = [(m.start(), m.end()) for m in finditer(_MARKDOWN_PARAGRAPH_BREAK, src)]
    found = [(cut, p, w) for cut, p in cuts if (w := _word_cut(src, cut, p, paragraph=True)) is not None]
    if len(found) > _FEW_CUT:
        return  # a page that sets its text line by line in blocks (a <div> for each line, hard-wrapped): its layout
    for cut, p, (word, before, after) in found:
        a, b = norm.index_of(cut - 1), norm.index_of(p)
        if a is None or b is None or not ctx.in_scope(a):
            continue
        yield ctx.finding(
            "markup-broken", (a, b + 1),
            f"「{before[-4:]}」と「{after[:4]}」の間で段落が分かれており（「{word.surface}」の途中）、ページでは文が途中で途切れ、"
            f"続きが別の段落として表示されます。",
            f"A paragraph break between 「{before[-4:]}」 and 「{after[:4]}」 (inside 「{word.surface}」): the page shows the "
            f"sentence broken off, its rest a paragraph of its own.",
            suggestion=ctx.text[a:b + 1].replace("\n", ""), excerpt=f"{before}⏎{after}")


# Markdown's bold written into an HTML page (「<p>**第1条（適用範囲）**</p>」): no browser renders it, the reader sees the
# asterisks; a Japanese word between them tells emphasis from a formula or a wildcard (x**2, **/*.md)
# (opened where a word may start, not after a digit or a letter: 2**3; closed before no letter or path: **/*.md)
# (nor a date's digits left as asterisks, 「2023年**月**日」: one counter between them, 月, 日, 時, 分, is no word to stress)
_MARKDOWN_BOLD = re.compile(r"(?<![0-9A-Za-z*])\*\*(?=[^*\s])(?![年月日時分]\*\*)"
                            r"(?=[^*\n]*[\u3040-\u30ff\u3400-\u9fff])[^*\n]{1,80}?(?<=\S)"
                            r"\*\*(?![0-9A-Za-z*/])")


def _markdown_in_html_findings(ctx: Context):
    """Markdown emphasis pasted into an HTML page: each place it shows its asterisks."""
    src = ctx.doc.source.text
    if "**" not in src:
        return
    for m in finditer(_MARKDOWN_BOLD, src):
        a = _first_kept(ctx.doc.norm, m.start(), m.end())
        if a is None or not ctx.in_scope(a):
            continue
        yield ctx.finding(
            "markup-broken", (a, min(len(ctx.text), a + len(m.group(0)))),
            f"Markdownの強調記号「**」がHTMLのページにそのまま表示されます（「{m.group(0)[:30]}」）。<strong>などに直します。",
            f"Markdown's 「**」 emphasis in an HTML page shows as asterisks (「{m.group(0)[:30]}」).",
            excerpt=m.group(0))


# Markdown's heading marks written into an HTML page (「<h2>## 第1条（適用）</h2>」): the page shows them before the heading.
# A mark opens the element's text or its line and a space follows it, as Markdown writes it (「#1位」 is a hashtag).
_MARKDOWN_HEADING = re.compile(r"(?:(?<=>)|^)[ \t]*(#{1,6})[ \u3000]+(?=[^\s#])", re.M)


# and, on a page that shows such marks (Markdown pasted whole), its thematic breaks and its bullets: 「---<br>」,
# 「* 法令…に違反する行為<br>」 (「- 」 alone is a dash many pages type as a bullet by hand: not counted)
_MARKDOWN_BREAK_OR_BULLET = re.compile(r"(?:(?<=>)|^)[ \t]*(?:(-{3,}|\*{3,}|_{3,})[ \t]*(?=<|$)|([*+])[ \t]+(?=[^\s*+]))",
                                       re.M)


def _markdown_heading_in_html_findings(ctx: Context):
    src = ctx.doc.source.text
    if "#" not in src:
        return
    marks = list(_MARKDOWN_HEADING.finditer(src))
    if marks:
        marks += _MARKDOWN_BREAK_OR_BULLET.finditer(src)
        marks.sort(key=lambda m: m.start())
    for m in marks:
        a = _first_kept(ctx.doc.norm, m.start(m.lastindex), m.end(m.lastindex))
        if a is None or not ctx.in_scope(a):
            continue
        line_end = ctx.line_span(a)[1]
        mark = m.group(m.lastindex)
        kind, kind_en = (("見出し記号", "heading mark") if m.re is _MARKDOWN_HEADING else
                         ("区切り線", "thematic break") if mark[0] * 3 == mark[:3] and len(mark) >= 3 else
                         ("箇条書きの記号", "bullet"))
        yield ctx.finding(
            "markup-broken", (a, a + len(mark)),
            f"Markdownの{kind}「{mark}」がHTMLのページにそのまま表示されます（「{ctx.text[a:line_end][:30]}」）。"
            f"HTMLのタグ（見出し・<hr>・<li>）に直すか、記号を削除します。",
            f"Markdown's {kind_en} 「{mark}」 in an HTML page shows as text.",
            excerpt=ctx.text[a:line_end][:30])


# A merge conflict left unresolved (「<<<<<<< HEAD」 … 「=======」 … 「>>>>>>> main」): both versions of the lines in
# conflict stand in the published text, with the markers, in any format a repository holds
_CONFLICT = re.compile(r"^<{7}(?: [^\n]*)?\n(?:(?!^<{7})[\s\S])*?^={7}[ \t]*\n(?:(?!^<{7})[\s\S])*?^>{7}(?: [^\n]*)?$", re.M)


def _merge_conflict_findings(ctx: Context):
    src = ctx.doc.source.text
    if "<<<<<<<" not in src:
        return
    norm = ctx.doc.norm
    for m in _CONFLICT.finditer(src):
        a = _first_kept(norm, m.start(), m.end())
        if a is None or not ctx.in_scope(a):
            continue
        b = bisect_left(norm.offsets, m.end()) if m.end() < len(src) else len(ctx.text)
        b = min(max(b, a + 1), len(ctx.text))
        head = m.group(0).split("\n", 1)[0]
        yield ctx.finding(
            "markup-broken", (a, b),
            f"Gitのマージの競合が解決されないまま残っています（「{head[:20]}」〜「{'>' * 7}…」）。競合した二つの版が"
            f"印とともに両方とも本文に入っています。どちらか一方を残して印を消します。",
            "An unresolved merge conflict: both versions of the lines in conflict stand in the text, with the "
            "markers <<<<<<<, ======= and >>>>>>>.",
            severity="error", excerpt=head[:30])


# a unit rule: what a line shows depends on the line alone
# a Markdown list item: its indentation, its marker and the spaces after it (CommonMark: one to four; five or more
# open an indented code block, and the item's text starts one space after the marker)
_LIST_ITEM = re.compile(r"^( *)([0-9]{1,9}[.)]|[-*+])( {1,5}|\t)(?=\S)")


# more headings than this written without the space after their marks, and it is the page's way of writing them: told
# once, with the count, not at every heading
_FEW_GLUED = 3

# more items than this whose nested list is indented short, and it is the document's way of indenting its lists:
# told once, with the count, not at every item
_FEW_UNDER_INDENTED = 3


def _under_indented_lists(ctx: Context):
    """A list the writer nests under an item («1. 社員は…次の書類を…» then «  1. 労働契約書») with less indentation than
    the item's text stands at (three columns after 「1. 」): CommonMark, which GitHub and most Markdown renderers
    follow, does not nest it. Its lines show as items of the outer list, numbered on from the item (the paragraph
    after them renumbered), or as a list of their own after it. Told at the first line so written under each item;
    where the document does so under more than _FEW_UNDER_INDENTED items, once, with how many."""
    found = ctx.full.memo("markup.under_indented", lambda: list(_under_indented_items(ctx.doc.source.text)))
    many = len(found) > _FEW_UNDER_INDENTED
    for start, indent, item, marker, column in found[:1] if many else found:
        at = _first_kept(ctx.doc.norm, start + indent, start + indent + len(item))
        if at is None or not ctx.in_scope(at):
            continue
        yield ctx.finding(
            "markup-broken", (at, ctx.line_span(at)[1]),
            f"「{marker} 」の項目の下の入れ子の項目（「{item[:20]}」）のインデントが{indent}字で、親の項目の本文の位置"
            f"（{column}字）に届いていません。CommonMark（GitHubなど）では入れ子にならず、親と同じ階層の項目として"
            f"表示されます（番号付きなら親の番号に続けて振り直され、後の項の番号もずれて見えます）。"
            + (f"この文書では{len(found)}の項目の下で同じように書かれています。" if many else ""),
            f"The list nested under 「{marker} 」 (「{item[:20]}」) is indented {indent} columns, short of the "
            f"{column} at which the item's text starts: CommonMark (GitHub and most renderers) does not nest it, and "
            f"shows its lines as items of the outer list, numbered on from the item."
            + (f" The document nests {len(found)} lists so." if many else ""),
            suggestion=" " * column + item, excerpt=item[:40])


def _under_indented_items(src: str):
    """(source offset of the line, its indentation, its text, the parent's marker, the column the parent's text
    starts at) of the first line of each list nested short under an item."""
    parent = None  # (indentation, column its text starts at, its marker) of the last item not nested in another
    told = None
    for start, line in _unfenced_lines(src):
        m = _LIST_ITEM.match(line)
        if m is None:
            if not line.startswith((" ", "\t")):
                parent = None  # a paragraph or a heading of its own ends the list
            continue
        indent = len(m.group(1))
        if parent is None or indent <= parent[0]:
            gap = m.group(3)
            width = 1 if gap == "\t" or len(gap) > 4 else len(gap)
            parent, told = (indent, indent + len(m.group(2)) + width, m.group(2)), None
            continue
        if indent >= parent[1] or told == parent:
            continue
        told = parent
        yield start, indent, line.strip(), parent[2], parent[1]


# A words rule: each finding is a defect of the line it stands on; the document only says how often it makes the same
# one (a list nested short under every item is told once)
@rule("markup-broken", "warning", "Markdown・HTML記法の崩れ", "Markdown or HTML markup the page does not render",
      scope="words")
def markup_broken(ctx: Context):
    yield from _merge_conflict_findings(ctx)
    if ctx.doc.source.format == "html":
        yield from _shown_tag_findings(ctx)
        yield from _break_in_word_findings(ctx)
        yield from _paragraph_in_word_findings(ctx)
        yield from _markdown_in_html_findings(ctx)
        yield from _markdown_heading_in_html_findings(ctx)
        return
    if ctx.doc.source.format != "markdown":
        return
    yield from _under_indented_lists(ctx)
    yield from _paragraph_in_word_findings(ctx)
    text = ctx.text
    glued = None  # the glued headings of the whole page, counted when the scope holds one
    for start, line, at in _shown_lines(ctx):
        line_end = ctx.line_span(at)[1]
        if m := _GLUED_HEADING.match(line):
            if glued is None:
                glued = ctx.full.memo("markup.glued_headings", lambda: [
                    s for s, ln in _unfenced_lines(ctx.doc.source.text) if _GLUED_HEADING.match(ln)
                    and _first_kept(ctx.doc.norm, s, s + len(ln)) is not None])  # (a front matter's 「#comment」: hidden)
            many = len(glued) > _FEW_GLUED
            if many and start != glued[0]:
                continue  # (the page's way of writing its headings: told once, at the first)
            marks = m.group(1)
            rest = line[m.end():].strip()
            yield ctx.finding(
                "markup-broken", (at, min(line_end, at + len(marks) + len(rest))),
                f"「{marks}」の後に空白がないため、「{marks}{rest[:20]}」は見出しとして表示されず、記号ごと本文として表示されます。"
                + (f"この文書では{len(glued)}の見出しが同じように書かれています。" if many else ""),
                f"No space after 「{marks}」: the line shows as text with its marks, not as a heading."
                + (f" The page writes {len(glued)} headings so." if many else ""),
                suggestion=f"{marks} {rest}", excerpt=line.strip())
        elif line.count("|") == 1 and (m := _LONE_PIPE.search(line)) and _SENTENCE_END.search(line):
            a = _first_kept(ctx.doc.norm, start + m.start() - 1, start + m.start())
            if a is not None:
                yield ctx.finding(
                    "markup-broken", (a, a + 1),
                    f"文の途中に表の区切り記号「|」があり、ページにそのまま表示されます（「{line[max(0, m.start() - 6):m.end() + 6]}」）。",
                    f"A table's cell separator 「|」 inside a sentence: the page shows it as a stray mark.",
                    suggestion=line[m.start() - 1], excerpt=line[max(0, m.start() - 6):m.end() + 6])
        for lm in finditer(_PROSE_LINK, line) if "](" in line else ():
            a = _first_kept(ctx.doc.norm, start + lm.start(), start + lm.end())
            if a is not None:
                yield ctx.finding(
                    "markup-broken", (a, min(line_end, a + lm.end() - lm.start())),
                    f"リンク「[{lm.group(1)}](…)」の行き先に文が書かれています。ページには「{lm.group(1)}」だけが表示され、"
                    f"括弧内の文（「{lm.group(2)[:20]}…」）は表示されません。",
                    f"The link 「[{lm.group(1)}](…)」 has a sentence for its address: the page shows 「{lm.group(1)}」 "
                    f"alone, not the sentence.",
                    excerpt=lm.group(0)[:60])
        if "*" in line and not _GLUED_HEADING.match(line) and _unpaired(line) \
                and _unpaired(_paragraph_around(ctx.doc.source.text, start)):
            # (「…*全くの無保証*で⏎す。*商業可能性の保証…含め、⏎全く存在しません。*詳しくは」: an emphasis runs across the
            # lines of its paragraph, as Markdown reads it)
            yield ctx.finding(
                "markup-broken", (at, line_end),
                f"強調記号「*」が対になっていないため、ページに「*」がそのまま表示されます（「{line.strip()[:30]}」）。",
                f"The emphasis marks 「*」 of this line do not pair: the page shows them as text.",
                excerpt=line.strip())
        elif " * " in line and (jm := _STAR_BETWEEN_WORDS.search(line)) is not None:
            a = _first_kept(ctx.doc.norm, start + jm.start(), start + jm.end())
            if a is not None:
                shown = line[max(0, jm.start() - 6):jm.end() + 6]
                yield ctx.finding(
                    "markup-broken", (a, a + 1),
                    f"語と語の間の「*」（「{shown}」）は強調にならず、ページにそのまま表示されます。語を並べるなら「・」か"
                    f"「、」です（中黒が変換で「*」になったと思われます）。",
                    f"The 「*」 between two words (「{shown}」) is no emphasis and shows as written; words are listed with "
                    f"「・」 or 「、」 (a middle dot lost in conversion).",
                    suggestion="・", excerpt=shown)
