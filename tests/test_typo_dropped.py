"""The typo rule's detector of a kanji dropped from a compound the document writes whole (typos_dropped.py): slips
planted into real documents that write the whole compound, and the real documents on which a shorter compound
is a word of its own and must stay quiet (each was a false finding of a first version of the detector)."""

from pathlib import Path

import pytest
from conftest import EXTERNAL, RAW, doc_from_text, findings_added

from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"
SHUGYO = FIXTURES / "pub34" / "shugyo.md"  # 就業規則: 労働基準監督署長 three times
GYOMUITAKU = FIXTURES / "pub24" / "tenpurebox_gyomuitaku.html"  # 業務委託契約書: 業務委託 18 times

DROPPED = [
    # (document, written, slip, correction)
    (SHUGYO, "所轄の労働基準監督署長に届け", "所轄の労働準監督署長に届け", "労働基準監督署長"),  # inside: 基|準 broken
    (GYOMUITAKU, "以下のとおり業務委託契約", "以下のとおり務委託契約", "業務委託契約"),  # the head: 業務 broken
]


def _dropped(findings):
    return [f for f in findings if "抜けた形" in f.message]


@pytest.mark.parametrize("path, written, slip, correction", DROPPED, ids=[r[2] for r in DROPPED])
def test_a_kanji_dropped_from_the_documents_compound_is_found_with_the_whole_one(path, written, slip, correction):
    added = _dropped(findings_added(path, written, slip, "typo"))
    assert [f.suggestion for f in added] == [correction]
    assert added[0].severity == "warning"


def test_dropped_kanji_in_a_real_rulebook_written_whole_elsewhere():
    # 在留資格 twice in the document, 留資格 once, 長時間労働 twice and 長間労働 once: the shapes of two slips
    # readers found in real 就業規則 (pub36, pub38), with the whole compound written where this detector needs it
    text = ("第1条（目的）\n本規程は、在留資格を有する外国人の雇用について定める。会社は在留資格の更新を確認する。\n"
            "第2条（届出）\n会社は、従業員の留資格を確認する。\n"
            "2　長時間労働を防止するため、会社は長時間労働の状況を把握し、長間労働の是正に努める。\n")
    found = _dropped(run_checks(doc_from_text(text, "rules.txt"), ["typo"]))
    assert sorted(f.suggestion for f in found) == ["在留資格", "長時間労働"]


QUIET = [
    # (document, why its shorter compound is no slip)
    (FIXTURES / "pub38" / "concorde-kiyaku.php", "見積額 beside 見積金額: the kanji left last (額) is a suffix of its own"),
    (FIXTURES / "pub41" / "fooch-terms.blade.php", "お支払日 beside 支払期日: the same, 日"),
    (FIXTURES / "pub34" / "shugyo.md", "配置換え beside 配置転換: 換 ends the run before its okurigana"),
    (FIXTURES / "pub37" / "ainavi-register.vue", "第4項各号 beside 前項各号: a counter after a number"),
    (FIXTURES / "pub27" / "alexaskill_terms.md", "裁判所 beside 管轄裁判所: a whole run of its own, not 轄裁判所"),
    (EXTERNAL / "egov-xml" / "327AC0000000231_20240401_505AC0000000063.txt", "審議会 beside 運輸審議会"),
    (EXTERNAL / "kiyaku" / "kiyaku_2026.txt", "住環境 beside 居住環境, written once: no staple of the document"),
    (RAW / "saporis" / "gmo-sign-service-terms.txt", "対面契|約 broken by the source's line wrap"),
]


@pytest.mark.parametrize("path, why", QUIET, ids=[p.stem[:20] for p, _ in QUIET])
def test_a_shorter_compound_that_is_a_word_of_its_own_is_no_dropped_kanji(path, why):
    if not path.exists():
        pytest.skip(f"{path} needs ../shared")
    found = _dropped(run_checks(doc_from_text(path.read_text(encoding="utf-8"), path.name), ["typo"]))
    assert found == [], why
