"""name-obsolete: an authority or a statute cited by a name it no longer has (a company's 番号法 規程 of 2019, read by
hand: 「特定個人情報保護委員会及び主務大臣等への報告」, the commission renamed 個人情報保護委員会 on 2016-01-01)."""

import pytest
from conftest import RAW, SHARED, doc_from_text, findings_added

from pipeline.checks import run_checks

ITRUST = RAW / "cybertrust" / "itrust-terms.txt"
COURT = "東京地方裁判所を第一審の専属的合意管轄裁判所とする。"


def test_a_renamed_commission_and_a_retitled_statute():
    fs = findings_added(ITRUST, COURT, COURT + "漏えい等が生じたときは、特定個人情報保護委員会及び主務大臣等へ報告する。",
                        "name-obsolete")
    assert [(f.severity, f.suggestion) for f in fs] == [("warning", "個人情報保護委員会")]
    fs = findings_added(ITRUST, COURT, COURT + "利用者は、証券取引法その他の法令を遵守する。", "name-obsolete")
    assert [f.suggestion for f in fs] == ["金融商品取引法"] and "2007" in fs[0].message


def test_quiet_on_current_names_and_on_names_given_as_former_ones():
    quiet = [
        "利用者は、厚生労働省の定める指針に従う。",  # 労働省 inside the current name
        "旧郵政省の定めた基準に従う。", "郵政省（現総務省）の定めた基準に従う。",
        "証券取引法等の一部を改正する法律の施行に伴い、本約款を改定した。",  # an amending act, cited by its title
        "利用者は、薬事法規その他の法令を遵守する。",  # 薬事法規: pharmaceutical regulation in general
    ]
    for sentence in quiet:
        assert findings_added(ITRUST, COURT, COURT + sentence, "name-obsolete") == [], sentence


def test_a_supplementary_provision_records_history():
    text = ("第1条（目的）\n本規程は、特定個人情報の取扱いを定める。\n附則\n"
            "この規程は、特定個人情報保護委員会の設置の日から施行する。\n")
    assert run_checks(doc_from_text(text, "kitei.txt"), ["name-obsolete"]) == []


def test_law_text_in_force_cites_no_retired_name():
    if not SHARED.exists():
        pytest.skip("needs ../shared (e-Gov law texts)")
    egov = SHARED / "corpus" / "external" / "egov-xml"
    for path in sorted(egov.glob("*.txt")) + sorted((SHARED / "corpus" / "external" / "companies-act").glob("*.md")):
        assert run_checks(doc_from_text(path.read_text(encoding="utf-8"), path.name), ["name-obsolete"]) == [], path.name


def test_a_statute_misnamed_beside_its_law_number():
    """「労基法及び社員災害補償保険法（昭和22年法律第50号）に定める」 (an unseen 就業規則, pub20, that replaced 労働者 with
    社員 throughout): a law number names one statute, and the name beside it is not one of its names."""
    anchor = "一切の間接損害"
    slip = "労基法及び社員災害補償保険法（昭和22年法律第50号）に定める給付を除く一切の間接損害"
    fs = findings_added(ITRUST, anchor, slip, "name-obsolete")
    assert [(f.suggestion, "労働者災害補償保険法" in f.message) for f in fs] == [("労働者災害補償保険法", True)]
    # another statute's name beside the number: one of the two is wrong, and which is not known
    fs = findings_added(ITRUST, anchor, "労働基準法（昭和22年法律第50号）に定める一切の間接損害", "name-obsolete")
    assert [(f.suggestion, "「労働基準法」は昭和22年法律第49号" in f.message) for f in fs] == [(None, True)]
    # its names, in kanji numerals too, and a name the table does not know: quiet
    for right in ("労働者災害補償保険法（昭和二十二年法律第五十号）に定める一切の間接損害",
                  "労災保険法（昭和22年法律第50号）に定める一切の間接損害",
                  "旅館業法施行令（昭和32年政令第152号）に定める一切の間接損害"):
        assert findings_added(ITRUST, anchor, right, "name-obsolete") == [], right
