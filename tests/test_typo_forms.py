"""The typo rule's detector of the い lost between a verb and いただく／いたす (typos_forms.py): the slips of two
published documents, and the humble forms written right, which must stay quiet."""

from pathlib import Path

import pytest
from conftest import SAMPLES, doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _lost_i(findings):
    return [f for f in findings if f.rule == "typo" and "一つ落ちた" in f.message]


def test_the_slips_of_a_travel_agency_s_terms():
    """pub76 (tests/fixtures/pub76/README.md): 「お支払いただけない場合」「既にお支払いただいている旅行代金」."""
    found = _lost_i(run_checks(read_document(FIXTURES / "pub76" / "pokekaru.html")))
    assert [(f.suggestion, f.severity) for f in found] == [("支払いいただけ", "warning"), ("支払いいただい", "warning")]


def test_the_slip_of_a_hotel_s_terms():
    found = _lost_i(run_checks(read_document(FIXTURES / "pub38" / "concorde-kiyaku.php")))
    assert [f.excerpt for f in found] == ["お支払いただけます。"]


@pytest.mark.parametrize("slip, fixed", [
    ("お願いたします", "願いいたし"),
    ("お伺いたします", "伺いいたし"),
    ("お使いただけます", "使いいただけ"),
    ("お手伝いただきます", "手伝いいただき"),
])
def test_each_verb_in_u_is_found_by_the_tagger_not_by_a_list(slip, fixed):
    doc = doc_from_text(f"第1条（連絡）\n担当者から連絡を差し上げますので、{slip}。\n")
    assert [f.suggestion for f in _lost_i(run_checks(doc, ["typo"]))] == [fixed]


@pytest.mark.parametrize("right", [
    "お支払いいただきます", "お願いいたします", "お使いいただけます", "ご了承願いたく存じます", "お送りいただいた書類",
    "ご確認いただき", "お届けいたします", "お伺いいたします", "ご理解願いたい",
])
def test_the_humble_forms_written_right_are_quiet(right):
    doc = doc_from_text(f"第1条（連絡）\n担当者から連絡を差し上げますので、{right}。\n")
    assert _lost_i(run_checks(doc, ["typo"])) == []


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_the_samples_have_none(name):
    assert _lost_i(run_checks(read_document(SAMPLES[name]))) == []
