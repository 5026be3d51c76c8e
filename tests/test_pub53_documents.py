"""Published terms nobody had seen (pub53, tests/fixtures/pub53, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub53"


def test_two_forms_of_one_verb_and_a_clause_without_its_particle_are_no_slips():
    """「ご連絡をいただかない限り」 (the plain negative) beside 「いただけない」 (the potential one), and 「いただくにあたって、」
    beside 「あたっては」: each is Japanese as written; the typo rule had offered the document's commoner form."""
    found = [f.excerpt for f in run_checks(read_document(FIXTURES / "benesse.txt"), ["typo"])]
    assert not any("いただかない" in x or "あたって" in x for x in found), found


def test_an_accident_a_licence_and_showing_it():
    """A rental space's rules: 「駐車場での自己につきましては」 (an accident, 事故), 「免許書などの掲示をいただく」 (a licence card,
    免許証, shown to staff, 提示)."""
    found = {(f.excerpt, f.suggestion) for f in run_checks(read_document(FIXTURES / "noie.html"), ["confusable-word"])}
    assert {("自己", "事故"), ("免許書", "免許証"), ("掲示", "提示")} <= found
