"""Published terms nobody had seen (pub73, tests/fixtures/pub73, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

QAPP = Path(__file__).parent / "fixtures" / "pub73" / "qapp.md"


def test_an_example_address_and_the_note_to_replace_it():
    """「メール: [support@q-app.example.com]（※正式なメールアドレスに差し替えてください）」: example.com is reserved for
    examples (RFC 2606), and the bracketed ※ note asks the drafter to replace it; both left in the published terms."""
    found = run_checks(read_document(QAPP), ["template-placeholder"])
    said = " ".join(f.message for f in found)
    assert "support@q-app.example.com" in said and "差し替えてください" in said
