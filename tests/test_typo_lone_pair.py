"""Two kanji standing alone that are no word, one kanji from a staple of law text (typos_lone_pair.py): the real
documents of the corpus whose lone pairs that are no word are a number's counter, a word written on in kana or a unit
of law's prose, on which the detector must stay quiet (the slips it tells, planted into real documents, are rows of
test_typo_slips.py's table)."""

from pathlib import Path

import pytest
from conftest import EXTERNAL, doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

PROCEDURE = EXTERNAL / "egov-xml" / "405AC0000000088_20240401_504AC0100000052.txt"
FIXTURES = Path(__file__).parent / "fixtures"

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
