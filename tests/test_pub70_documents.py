"""Published terms nobody had seen (pub70, tests/fixtures/pub70, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "pub70" / "kanamiczoom.html"


def test_a_long_compound_is_not_cut_into_a_slipped_term():
    """「カナミッククラウドサービス基本利用契約」 (19 characters) holds 本利用契約 only as 基|本利用契約: no slip of the defined
    本利用規約 (13 times) is read out of it."""
    doc = read_document(PAGE)
    assert "カナミッククラウドサービス基本利用契約" in doc.norm.text
    assert not [f for f in run_checks(doc, ["term-inconsistent"]) if "本利用契約" in f.excerpt]
