"""Published terms nobody had seen (pub35, tests/fixtures/pub35, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub35"


def test_a_blade_view_is_read_as_the_page_it_renders():
    """「@extends('layouts.app')」 and 「@section('content')」 over the markup: the view had been read as plain text,
    its tags as words and its articles as one 前文 (a false name-variant of 「h1 class」 and 「h2 class」). As a page,
    its ten articles are read, and its 第7条, a copy of 第4条, and its 第12条 between 第8条 and 第9条 are told."""
    doc = read_document(FIXTURES / "cheersbox.blade.php")
    assert doc.source.format == "html" and doc.title == "利用規約"
    assert "@section" not in doc.norm.text and "@extends" not in doc.norm.text
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4", "5", "6", "7", "8", "12", "9", "10"]
    found = {(f.rule, f.article) for f in run_checks(doc)}
    assert {("duplication", "7"), ("numbering-order", "12")} <= found
    assert not [r for r, _ in found if r == "name-variant"]


def test_an_offering_named_two_ways_however_often():
    """The terms define only 「本アプリ」 and write 「本サービス」 undefined in four articles (nine times): one offering
    named two ways, told at each place with the defined term as the suggestion."""
    found = [f for f in run_checks(read_document(FIXTURES / "wink.md"), ["term-undefined"]) if f.excerpt == "本サービス"]
    assert len(found) == 9 and {f.suggestion for f in found} == {"本アプリ"}
    assert {f.article for f in found} == {"8", "10", "11", "14"}


def test_a_half_width_comma_among_full_width_ones():
    """「，」 117 times, 「、」 twice, and 「運営者は,ユーザーから,」: the half-width commas are told as a width slip
    (they had gone unsaid once the 「、」 were told)."""
    found = [f for f in run_checks(read_document(FIXTURES / "techmatch.txt"), ["convention-deviation"])
             if f.message.startswith("読点")]
    assert {(f.article, f.suggestion) for f in found} == {("12", "，"), ("14", "，")}
