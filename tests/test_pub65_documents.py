"""Published terms nobody had seen (pub65, tests/fixtures/pub65, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures"


def _source_breaks(found):
    return [f for f in found if "HTMLのソース" in f.message]


def test_a_source_line_break_inside_a_word_that_browsers_show_as_a_space():
    """「(以下、本サ⏎  イト)」: the reader joins the lines as CSS's segment-break rule says (本サイト, compared as such), and
    the check tells that Chrome and Safari show 「本サ イト」."""
    doc = read_document(HERE / "pub65" / "lifedirect.html")
    assert "本サイト)をご利用" in doc.norm.text  # joined, as Firefox shows it
    (f,) = _source_breaks(run_checks(doc, ["stray-space"]))
    assert f.severity == "info" and "本サ イト" in f.message and f.suggestion == "本サイト"
    assert doc.norm.text[f.span[0]:f.span[1]] == "サイ"


def test_a_page_wrapped_by_hand_throughout_is_told_once():
    """tests/fixtures/pub34/toyoko.php wraps its source lines every few dozen characters, 17 times inside a word
    (かかわ⏎らず, 当ホテ⏎ル): one finding, at the first, with the count."""
    found = _source_breaks(run_checks(read_document(HERE / "pub34" / "toyoko.php"), ["stray-space"]))
    assert len(found) == 1 and "17か所" in found[0].message and "かかわ らず" in found[0].message


def test_a_break_between_two_compounds_of_a_list_is_no_split_word():
    """「請求書⏎見積書」 (tests/fixtures/pub24): two documents named on two source lines; MeCab reads 書見 across them,
    a word of two kanji that vouches for nothing."""
    doc = read_document(HERE / "pub24" / "tenpurebox_gyomuitaku.html")
    assert "請求書見積書" in doc.norm.text
    assert not _source_breaks(run_checks(doc, ["stray-space"]))


def test_a_coinage_of_a_noun_and_the_suffix_katsu_is_no_misspelling():
    """「温活メニュー」: 温 + 活 (活動), as 就活 and 婚活; MeCab knowing 温泉 makes no slip of it."""
    doc = read_document(HERE / "pub65" / "visuallabo.html")
    assert doc.norm.text.count("温活") >= 1
    assert not [f for f in run_checks(doc, ["typo"]) if "温活" in f.message]
