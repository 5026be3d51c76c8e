"""Published rules nobody had seen (pub46, tests/fixtures/pub46, source in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "pub46" / "akishima.php"


def test_second_set_of_rules_after_a_supplementary_of_dates_is_a_part_of_its_own():
    """The 規約's 附則 holds two dates only; the 活動基準's title line then opens the next set of rules, whose 第1条…
    第14条 are its own articles, not the 附則's."""
    doc = read_document(PAGE)
    assert [len(s.articles) for s in doc.supplementary] == [0, 0]
    parts = [(a.label, len(a.articles)) for a in doc.annexes]
    assert parts[0] == ("昭島市自治会連合会活動基準", 14)


def test_a_table_headed_with_a_note_mark_is_the_annex_it_names():
    """「※別表２（第４条関連）」 over an HTML table is the 別表2 that 第4条 of the 活動基準 cites: no dangling reference
    to it (the 別表1 cited twice is in neither set of rules, and is told)."""
    doc = read_document(PAGE)
    assert ("別表2", "第4条関連") in [(a.label, a.title) for a in doc.annexes]
    dangling = [f.excerpt for f in run_checks(doc, ["reference-dangling"])]
    assert dangling == ["別表1", "別表1"]


def test_a_lead_without_its_period_in_an_articles_first_paragraph():
    """第６条 「本会に次の役員を置く」 before its list (1)… of officers: the lead's 。 was lost, in a document that
    closes its paragraphs with one."""
    found = run_checks(read_document(PAGE), ["sentence-unterminated"])
    assert ("6", "本会に次の役員を置く") in [(f.article, f.excerpt) for f in found]
