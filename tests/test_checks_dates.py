"""date-invalid: a date that does not exist, an era year past its era, or a weekday the calendar denies. Planted
into a real agreement of raw/ (its own dates are right: nothing is told of them), and the corpus's 248 dates (laws,
bylaws, terms) give no finding."""

import glob

from conftest import EXTERNAL, RAW, doc_from_text, findings_added

from pipeline.checks import run_checks

ITRUST = RAW / "cybertrust" / "itrust-terms.txt"
ANCHOR = "一切の間接損害"


def _told(date):
    return [(f.excerpt, f.suggestion, f.severity) for f in findings_added(ITRUST, ANCHOR, f"{ANCHOR}（{date}）",
                                                                          "date-invalid")]


def test_a_day_the_month_does_not_have():
    assert _told("令和5年4月31日") == [("令和5年4月31日", None, "error")]
    assert _told("令和六年四月三十一日") == [("令和六年四月三十一日", None, "error")]
    assert _told("2023年2月29日") == [("2023年2月29日", None, "error")]
    assert _told("4月31日") == [("4月31日", None, "error")]  # no year: still no 31st of April
    for right in ("2024年2月29日", "2月29日", "令和5年4月30日", "毎月31日"):
        assert _told(right) == [], right


def test_an_era_year_past_its_era():
    # 平成 ran to 平成31年4月30日; 令和元年 began on 5月1日
    assert _told("平成32年4月1日") == [("平成32年4月1日", "令和2年4月1日", "warning")]
    assert _told("令和元年4月1日") == [("令和元年4月1日", "平成31年4月1日", "warning")]
    for right in ("平成31年4月30日", "令和元年5月1日", "昭和64年1月7日"):
        assert _told(right) == [], right


def test_a_weekday_the_calendar_denies():
    fs = findings_added(ITRUST, ANCHOR, f"{ANCHOR}（2024年4月1日（火））", "date-invalid")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("2024年4月1日（火）", "月")]
    assert _told("2024年4月1日（月）") == []


def test_the_dates_of_the_corpus_are_all_right():
    paths = sorted(glob.glob(str(EXTERNAL / "**" / "*.txt"), recursive=True)) + sorted(str(p) for p in RAW.glob("*/*.txt"))
    for path in paths:
        with open(path, encoding="utf-8") as f:
            text = f.read()
        assert run_checks(doc_from_text(text, path.rsplit("/", 1)[-1]), ["date-invalid"]) == [], path


def test_a_weekday_that_fits_none_of_the_years_its_paragraph_names():
    """pub425's 「今年も5月5日（水）に…International 2019が開催されました」: the date has no year of its own, but its
    paragraph names 2019, when 5月5日 was a Sunday; the 水 was left from another year's notice."""
    text = ("# 大会のお知らせ\n\n今年も5月5日（水）にCoolest Projects International 2019がダブリンで開催されました。"
            "日本からも1名が参加しました。\n")
    fs = run_checks(doc_from_text(text, "notice.md"), ["date-invalid"])
    assert [(f.excerpt, f.suggestion) for f in fs] == [("5月5日（水）", "日")]


def test_a_weekday_that_fits_a_year_its_paragraph_names_or_a_paragraph_with_no_year_stays_quiet():
    """5月5日 was a 水曜日 in 2021; a paragraph naming 2019 and 2021 may mean either; one naming no year says nothing;
    an amount (2019円) is no year."""
    for text in ("今年も5月5日（水）に2021年大会が開催されました。\n",
                 "2019年と2021年の大会は5月5日（水）に開催されました。\n",
                 "大会は5月5日（水）に開催されます。\n",
                 "参加費2019円の大会は5月5日（水）に開催されます。\n"):
        assert run_checks(doc_from_text(text, "notice.txt"), ["date-invalid"]) == [], text
