"""What the pub271–pub276 readings found on published terms (construction and repair work, sports clubs, parking and
self-storage, articles of incorporation and cooperatives, tickets and venues, streaming and paid memberships), read
as text and kept outside the repository. Each construct is tested here in text of the same shape written for the
test."""

from conftest import said_in_text

_said = said_in_text


# ------------------------------------------------------------------ a text that stops in mid-sentence

_OPENING = ("第1条（適用）\n1 この規約は、当社が提供する駐車場の利用に適用されます。\n"
            "2 この規約に定めのない事項は、第12条第3項の定めによります。\n"
            "第2条（利用）\n利用者は、当社所定の方法により駐車場を利用するものとします。\n")
_FINISHED = _OPENING + "第3条（変更）\n当社は、この規約を変更することができます。\n"


def _told_cut(text: str) -> bool:
    """Is it told, once and as a note, that the text stops in mid-sentence?"""
    return len(_said(text, "sentence-unterminated", ("info",))) == 1


def test_a_text_that_stops_inside_a_bracket_it_opened_is_cut():
    """「第3条 (利用申」, 「…無料(」: the page's excerpt stops inside the bracket its last line opened. 第12条 lies past
    the cut, not missing; the open bracket is the cut's."""
    for end in ("第3条（利用申", "第3条（変更）\n当社は、無料サービス（"):
        cut = _OPENING + end
        assert _said(cut, "reference-dangling") == [], end
        assert _said(cut, "bracket-unbalanced") == [], end
        assert _told_cut(cut), end


def test_a_text_that_stops_on_the_first_kanji_of_a_word_is_cut():
    """「…その他本サービスに関する重」, 「…手続きは親権者が申」: no sentence ends on a bare kanji after a verb or a
    particle; the excerpt stopped in mid-word."""
    for end in ("第3条（変更）\n当社は、本規約の変更その他本サービスに関する重",
                "第3条（手続）\n高校生の入会以降、全ての手続きは親権者が申"):
        cut = _OPENING + end
        assert _said(cut, "reference-dangling") == [], end
        assert _told_cut(cut), end


def test_a_text_that_stops_on_a_heading_is_cut():
    """A page that stops on 「第3条」 or on half of its title: the heading's text is past the cut, no empty article."""
    for end in ("第3条", "第3条 利用制"):
        cut = _OPENING + end
        assert _said(cut, "article-empty") == [], end
        assert _said(cut, "reference-dangling") == [], end


def test_a_finished_text_ending_on_an_item_is_not_cut():
    """An item ends on a noun of one kanji (「(3) 前各号に準ずる者」): a finished text may end so, and the article it
    cites past its end is missing."""
    text = _FINISHED + "第4条（禁止）\n利用者は、次の者を同乗させてはならない。\n(1) 未成年者\n(2) 前号に準ずる者\n"
    assert [e for e, _ in _said(text, "reference-dangling")] == ["第12条第3項"]
    assert [e for e, _ in _said(_FINISHED, "reference-dangling")] == ["第12条第3項"]
