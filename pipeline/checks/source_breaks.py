"""stray-space's part for HTML pages: a line break of the page's source inside a word (「本サ⏎イト」).

The HTML reader joins the two lines, as CSS's segment-break rule says and Firefox shows (ingest.html records where:
``Source.joined_breaks``), but Chrome and Safari show a space there (「本サ イト」): a reader of the published page sees
a word split. The finding is stray-space's, told by its rule (spaces.py).
"""

from __future__ import annotations

from . import Context, is_kanji


# A line break of an HTML page's source inside a word (「本サ⏎イト」): the reader joins the two lines, as CSS's
# segment-break rule says and Firefox does, but Chrome and Safari show a space there (「本サ イト」). Told place by
# place; on a page hand-wrapped throughout, once, at the first place, with how many there are.
_MANY_JOINED = 5


def _joined_in_words(ctx: Context) -> list[int]:
    """Normalized offsets of the characters after a source line break the HTML reader joined inside a word (MeCab
    reads one word across it)."""
    full = ctx.full

    def build():
        doc = full.doc
        out = []
        for x in doc.source.joined_breaks:
            a = doc.norm.index_of(x)
            if not a:
                continue  # (removed as page furniture)
            t = full.token_at(a)
            if t is None or t.start >= a:
                continue
            # between two kanji, MeCab may read a word across two compounds set on two lines (請求書⏎見積書 as 書見):
            # there a word of three characters or more vouches for the split, and kana on either side always does
            if is_kanji(full.text[a - 1]) and is_kanji(full.text[a]) and t.end - t.start < 3:
                continue
            out.append(a)
        return out
    return full.memo("spaces.joined_in_words", build)


def joined_summary(ctx: Context):
    """On a page with many joined breaks inside words, the one finding's place, as its text reads: which unit
    holds it is what a diff must know."""
    places = _joined_in_words(ctx)
    if len(places) <= _MANY_JOINED:
        return None
    text = ctx.full.text
    return text[max(0, places[0] - 8):places[0] + 8]


def joined_break_findings(ctx: Context):
    places = _joined_in_words(ctx)
    text = ctx.full.text
    many = len(places) > _MANY_JOINED
    for a in places[:1] if many else places:
        if not ctx.in_scope(a):
            continue
        t = ctx.full.token_at(a)
        line_start, line_end = ctx.full.line_span(a)
        # the word broken, two characters on each side at least
        left, right = text[max(line_start, min(t.start, a - 2)):a], text[a:min(line_end, max(t.end, a + 2))]
        if left == right:
            continue  # 「プライバシーポリシー⏎プライバシーポリシー」: a word written twice, each copy whole, none broken
        shown = f"{left} {right}"
        if many:
            msg = (f"HTMLのソースで語の途中に改行が{len(places)}か所あります（最初は「{left}」と「{right}」の間）。Chrome・"
                   f"Safariなどはこの改行を空白として表示し、「{shown}」のように見えます。")
            msg_en = (f"The HTML source breaks a line inside a word {len(places)} times (first 「{left}|{right}」): Chrome "
                      f"and Safari show each break as a space (「{shown}」).")
        else:
            msg = (f"HTMLのソースで語の途中（「{left}」と「{right}」の間）に改行があります。Chrome・Safariなどはこの改行を"
                   f"空白として表示し、「{shown}」のように見えます。")
            msg_en = f"The HTML source breaks a line inside 「{left}{right}」: Chrome and Safari show it as a space (「{shown}」)."
        yield ctx.finding("stray-space", (a - 1, a + 1), msg, msg_en, suggestion=left + right,
                          excerpt=text[max(line_start, a - 6):min(line_end, a + 6)])
