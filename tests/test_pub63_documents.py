"""Published terms nobody had seen (pub63, tests/fixtures/pub63, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures"
DRAFT_THEN_TERMS = HERE / "pub63" / "kanjigo.md"
PASTED_FROM_PDF = HERE / "pub63" / "lismoa.php"


def test_the_terms_written_twice_under_one_title():
    """A cut-off draft (# 利用規約, 第1〜6条) left above the full text under the same title (# 利用規約, 第1〜50条): the
    second title and its 第1条 again are told once, with the six numbers the two texts share."""
    doc = read_document(DRAFT_THEN_TERMS)
    found = [f for f in run_checks(doc, ["numbering-duplicate"]) if "表題" in f.message]
    assert len(found) == 1, found
    f = found[0]
    assert f.severity == "warning" and "利用規約" in f.excerpt and "6条" in f.message
    assert doc.norm.text.count("利用規約", 0, f.span[0]) >= 1  # the second title, not the first
    assert f.span[0] > doc.articles[-1].span[1]  # after the draft's last article


def test_a_part_under_another_title_that_numbers_from_one_is_not_the_text_again():
    """「利用規約」 then 「掲示板利用規約」 from 第1条 again (tests/fixtures/pub33): two rules, each numbered apart."""
    doc = read_document(HERE / "pub33" / "traicy-terms.php")
    assert any(a.articles and a.articles[0].number == doc.articles[0].number for a in doc.annexes)
    assert not [f for f in run_checks(doc, ["numbering-duplicate"]) if "表題" in f.message]


def test_spaces_beside_a_kangxi_radical_pasted_for_a_kanji():
    """「利⽤料⾦ を，当社指定」「受領した利 ⽤料⾦」: ⽤ and ⾦ are radicals a PDF gave for 用 and 金; the spaces beside them
    are judged as beside the kanji, as those beside 所定 or 請求 are."""
    found = run_checks(read_document(PASTED_FROM_PDF), ["stray-space"])
    excerpts = {f.excerpt: f.severity for f in found}
    assert excerpts.get("利⽤料⾦ を，当社") == "warning", excerpts
    assert any("利 ⽤料⾦" in e for e in excerpts), excerpts
