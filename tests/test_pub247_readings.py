"""What the pub247–pub252 readings found on the openings of published pages (energy and utilities, software
licences, ceremonies, real estate and lodging, crowdfunding and donations, schools and lessons), and what earlier
readings left (web pages read as text: kept outside the repository). Each construct is tested here in text of the
same shape written for the test."""

from conftest import doc_from_text
from pipeline.checks import run_checks


def _check(text, rule=None):
    return [f for f in run_checks(doc_from_text(text, "doc.txt")) if rule is None or f.rule == rule]


def _said(text, rule, severities=("error", "warning")):
    return [(f.excerpt, f.suggestion) for f in _check(text, rule) if f.severity in severities]


# ------------------------------------------------------------------ typos


def test_a_noun_and_its_suffix_are_no_kanji_free_to_pair():
    """「病児期」: 病児 is a one-kanji noun and the suffix 児 (園児, 乳児), a formation open to any noun; 児 pairing with
    期 into 時期 would take it from its word. Neither a warning nor a note."""
    text = ("第1条（目的）\n本規程は、病児期または病気回復期であり集団保育の困難な児童を一時的に預かる事業について定める。\n"
            "第2条（対象）\n対象は、市内に住所を有する児童とする。\n")
    assert _said(text, "typo", ("error", "warning", "info")) == []
