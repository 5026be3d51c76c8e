"""Terms nobody had seen (pub92, tests/fixtures/pub92, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

SHOP = Path(__file__).parent / "fixtures" / "pub92" / "emuoil.html"


def test_the_dakuten_lost_from_dekiru():
    """「製品の状態が把握てきない転売」: MeCab reads てき as 的 in kana, then ない, a verb's ending no 的 takes."""
    found = [f for f in run_checks(read_document(SHOP), ["typo"]) if "濁点" in f.message]
    assert [(f.suggestion, f.severity) for f in found] == [("把握でき", "warning")]


def test_the_shop_s_sections_are_read():
    assert [a.number for a in read_document(SHOP).articles] == [str(n) for n in range(1, 9)]


def test_titles_set_bare_among_bracketed_ones():
    """「第1条 規約の適用」「第24条 アカウント保有者」… among 23 「第2条 (契約の成立)」: told each, as a note."""
    doc = read_document(SHOP.parent / "tastack.blade.php")
    found = [f for f in run_checks(doc, ["convention-deviation"]) if "括弧で囲まれていません" in f.message]
    assert [(f.article, f.suggestion, f.severity) for f in found] == [
        ("1", "第1条 (規約の適用)", "info"), ("24", "第24条 (アカウント保有者)", "info"),
        ("26", "第26条 (アカウント保有者の禁止行為)", "info"), ("27", "第27条 (当社の免責)", "info")]


def test_a_law_s_first_sentences_after_its_numbers_are_no_bare_titles():
    from conftest import doc_from_text

    text = "".join(f"第{n}条（規定{n}）\n本規約の規定を定める。\n" for n in range(1, 6)) + "第6条　この規約は、公表の日から施行する。\n"
    assert [f for f in run_checks(doc_from_text(text), ["convention-deviation"]) if "括弧で囲まれて" in f.message] == []
