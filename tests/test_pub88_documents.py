"""Agreements nobody had seen (pub88, tests/fixtures/pub88, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub88"
CONTRACT = FIXTURES / "itaku_blade.php"


def test_literary_and_legal_prose_is_no_typo():
    """「機密である旨示されて開示される」 (旨 and the verb 示す, its を left out as legal prose does), 「何らこれを保証する」 (the
    adverb 何ら) and 「定めなき事項」 (the classical なき) are written as meant."""
    found = [f.excerpt for f in run_checks(read_document(FIXTURES / "samurai_nda.php"), ["typo"])]
    found += [f.excerpt for f in run_checks(read_document(CONTRACT), ["typo"])]
    assert not [e for e in found if "旨示" in e or "らこれを" in e or "なき" in e], found


def test_a_bracket_naming_a_list_of_articles_together():
    """「第8条、第9条、第10条、第11条(機密保持に関する条項)の規定は…」: the bracket names the listed articles together, not
    the title of 第11条 alone."""
    assert not run_checks(read_document(CONTRACT), ["reference-title-mismatch"])


def test_shoukei_and_igi_in_a_contract():
    """「第三者に譲渡し継承させ」: rights and duties are 承継; 「書面による意義申入れ」: an objection is 異議."""
    found = {(f.excerpt, f.suggestion) for f in run_checks(read_document(CONTRACT), ["confusable-word"])}
    assert {("継承", "承継"), ("意義申入れ", "異議申入れ")} <= found, found
