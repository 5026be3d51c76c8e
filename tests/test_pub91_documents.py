"""Terms nobody had seen (pub91, tests/fixtures/pub91, source in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "pub91" / "nhodmk.html"


def test_content_after_an_unclosed_head_is_the_page():
    """`<html><head><meta …>` then the terms, no </head> and no <body>: a browser closes the head at the first element it
    cannot hold, and so does the reader (the file was refused as holding no text). Its slips are then found: 「前条」 in
    第1条, 当サービス for the defined 本サービス."""
    doc = read_document(PAGE)
    assert len(doc.articles) >= 10
    found = {(f.rule, f.excerpt) for f in run_checks(doc)}
    assert ("reference-dangling", "前条") in found and ("term-inconsistent", "当サービス") in found
