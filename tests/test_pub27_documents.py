"""Published terms nobody had seen (pub27, tests/fixtures/pub27, source in its README), read whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import compare_versions, read_document

TERMS = Path(__file__).parent / "fixtures" / "pub27" / "alexaskill_terms.md"


def test_a_supplementary_provision_whose_sentence_shares_its_headings_line():
    """「（附則）この規約は掲載時から実施します。」: the 附則 and its text, no longer the last line of 第14条; a revision of
    the sentence is a change of the 附則 (matched by its heading, 「（附則）」), not one removed and another added."""
    doc = read_document(TERMS)
    assert [s.text for s in doc.supplementary] == ["この規約は掲載時から実施します。"]
    assert "附則" not in doc.articles[-1].text
    written = TERMS.read_bytes().decode("utf-8")
    revised = doc_from_text(written.replace("掲載時から実施します", "令和7年4月1日から実施します"), "terms.md")
    result = compare_versions(doc_from_text(written, "terms.md"), revised)
    changed = [(p.part, p.status) for p in result.pairs if p.changes]
    assert changed == [("supplementary-1", "modified")]
