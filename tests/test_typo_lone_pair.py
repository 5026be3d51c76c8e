"""Two kanji standing alone that are no word, one kanji from a staple of law text (typos_lone_pair.py): slips planted
one at a time into real documents, and the real documents of the corpus whose lone pairs that are no word are a
number's counter or a word written on in kana, on which the detector must stay quiet."""

from pathlib import Path

import pytest
from conftest import EXTERNAL, RAW, doc_from_text, findings_added

from pipeline.api import read_document
from pipeline.checks import run_checks

MOZILLA = RAW / "mozilla" / "accounts-tos-2025-06-04.md"
KDDI = EXTERNAL / "pdf" / "kddi_used-device-buyback-terms.html"
PROCEDURE = EXTERNAL / "egov-xml" / "405AC0000000088_20240401_504AC0100000052.txt"
FIXTURES = Path(__file__).parent / "fixtures"

SLIPS = [
    # (document, written, slip, correction, why)
    (MOZILLA, "皆様への通知を行います", "皆様への通地を行います", "通知",
     "通 and 地 stand side by side in law text only across two words (普通地方): no pair of the pair detectors"),
    (MOZILLA, "随時本規約を更新", "随時本規約を後新", "更新",
     "後 and 新 read as two nouns; 更新 is used 36 times in law text and 4 times in the document"),
    (KDDI, "重大な過失に起因", "重大な過一に起因", "過失",
     "a numeral after a kanji numbers never follow, in a pair alone: no number and its counter"),
]


@pytest.mark.parametrize("path, written, slip, correction, why", SLIPS, ids=[r[2] for r in SLIPS])
def test_lone_pair_that_is_no_word_found_with_its_correction(path, written, slip, correction, why):
    if not path.exists():
        pytest.skip(f"{path} not available (../shared missing)")
    fs = findings_added(path, written, slip, "typo")
    assert [(f.suggestion, f.severity) for f in fs] == [(correction, "warning")], why
    assert "語として成り立ちません" in fs[0].message and "法令文で" in fs[0].message, fs[0].message


# real documents whose lone pairs that are no word all have a law word one kanji away: 六日 (a number and its day),
# 手触り (a word that goes on in kana), 第3号中 (a label after its number), 二分の一 and 二項 (numerals)
QUIET = [
    (FIXTURES / "pub113" / "senkyo.txt", "六日"),
    (FIXTURES / "pub471" / "wca_regulations.md", "手触"),
    (FIXTURES / "pub478" / "personal_information_rules.md", "号中"),
    (FIXTURES / "pub50" / "selelab_kaisoku.md", "二分"),
    (FIXTURES / "pub50" / "selelab_kaisoku.md", "二項"),
    # 「何人も、法令に違反する事実がある場合において」: no word of the dictionary, but two kanji law text writes side by
    # side 23 times, a unit of its prose (「何」 and 個 share a reading: 個人 is no correction of it)
    (PROCEDURE, "何人"),
    (FIXTURES / "pub113" / "koyukai.txt", "何人"),
]


@pytest.mark.parametrize("path, pair", QUIET, ids=[f"{p.parent.name}-{w}" for p, w in QUIET])
def test_lone_pair_quiet_on_counters_and_words_in_kana(path, pair):
    if not path.exists():
        pytest.skip(f"{path} not available (../shared missing)")
    doc = read_document(path)
    assert pair in doc.norm.text
    told = [f for f in run_checks(doc, ["typo"]) if pair in f.excerpt and "語として成り立ちません" in f.message]
    assert told == []


def test_counter_after_a_blank_for_its_number_is_no_slip():
    """「例）タオル◯名様」: 名 counts the ◯ left for a number, 様 honours them; written once it is still no 名称 (this
    detector) nor 同様 (the kanji-slip detector of typos_kanji.py, which takes a kanji numeral before a kanji for its
    number, and now the blank too)."""
    raw = (FIXTURES / "pub109" / "okl.html").read_text(encoding="utf-8")
    once = raw.replace("名様", "名").replace("タオル◯名", "タオル◯名様")
    assert once.count("名様") == 1
    fs = run_checks(doc_from_text(once, "okl.html"), ["typo"])
    assert not [f for f in fs if "名様" in f.excerpt]
