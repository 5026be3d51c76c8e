"""Published rules nobody had seen (pub34, tests/fixtures/pub34, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub34"


def test_the_next_document_under_its_own_heading_ends_the_last_table():
    """After the 宿泊約款's 別表第２ (a table of cancellation fees) the page heads the hotel's 利用規則 with an <h1>:
    it had been read as rows of that table, so every rule working per annex took the house rules for fees."""
    doc = read_document(FIXTURES / "toyoko.php")
    assert len(doc.articles) == 18
    labels = [x.label for x in doc.annexes]
    assert labels[-1] == "利用規則" and len(labels) == 3
    assert "館内" not in doc.annexes[1].text and "お願い" not in doc.annexes[1].text
    assert "館内" in doc.annexes[2].text and "お願い" in doc.annexes[2].text


def test_a_line_break_in_a_table_cell_is_no_space():
    """「宿泊者が<br>払うべき総額」 in a cell of 別表第１: the break is the cell's width, no space (a stray space had been
    told there)."""
    doc = read_document(FIXTURES / "toyoko.php")
    assert "宿泊者が払うべき総額" in doc.annexes[0].text
    assert not [f for f in run_checks(doc, ["stray-space"]) if "払うべき" in f.excerpt]


def test_a_counter_before_a_suffix_counts_as_its_spelling():
    """「6ヶ月以上」 once against 「か月」 fifteen times: the counter before 以上 had been taken for a compound's head and
    not counted, so the document seemed to write one spelling."""
    found = [f for f in run_checks(read_document(FIXTURES / "shugyo.md"), ["notation-variance"]) if f.excerpt == "ヶ月"]
    assert len(found) == 1 and found[0].article == "11" and "か月" in found[0].suggestion


def test_the_decimal_point():
    found = [f for f in run_checks(read_document(FIXTURES / "shugyo.md"), ["confusable-word"]) if f.excerpt == "少数点"]
    assert [(f.article, f.suggestion) for f in found] == [("29", "小数点"), ("29", "小数点")]


def test_divide_takes_its_divisor_with_de():
    """「清算期間中の暦日数に7を除した」 (twice) and 「（30時間）に、…所定労働日数(…)を除して」 (twice): 除する takes the
    number divided with を and the divisor with で; law text writes 「…を…で除して得た額」 and never otherwise."""
    found = [f for f in run_checks(read_document(FIXTURES / "shugyo.md"), ["grammar-slip"]) if "除し" in f.excerpt]
    assert [(f.article, f.suggestion) for f in found] == [
        ("29", "清算期間中の暦日数を7で除し"), ("29", "清算期間中の暦日数を7で除し"), ("30", None), ("30", None)]


def test_divide_written_as_law_writes_it():
    """The same rules with the divisor given by で, before or after the number divided: nothing to say."""
    from conftest import findings_added

    path = FIXTURES / "shugyo.md"
    for fixed in ("清算期間中の暦日数を7で除した", "7で清算期間中の暦日数を除した"):
        assert findings_added(path, "清算期間中の暦日数に7を除した", fixed, "grammar-slip") == []


def test_an_illness_beside_an_injury_is_no_epidemic():
    """「業務上の負傷又は疫病により休業し」: beside 負傷, one worker's illness is 疾病 (the page writes 「負傷又は疾病」
    elsewhere); 疫病, an epidemic, belongs in a force majeure list and is left alone there (corpus: 天災、疫病の蔓延)."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(FIXTURES / "shugyo.md"), ["confusable-word"])
             if f.excerpt == "疫病"]
    assert found == [("疫病", "疾病")]
