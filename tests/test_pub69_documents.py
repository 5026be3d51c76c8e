"""Published terms nobody had seen (pub69, tests/fixtures/pub69, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub69"


def test_two_provisos_of_two_sentences_in_one_paragraph():
    """第13条第2項: 「…会員に帰属するものとします。但し、…許諾するものとします。当該使用権は、…付与されるものとします。
    但し、当社は、…使用するものとします。」: each 但し qualifies the sentence before it, no proviso pasted twice."""
    doc = read_document(HERE / "autify.md")
    text = doc.norm.text
    assert "付与されるものとします。但し、当社は" in text
    assert not [f for f in run_checks(doc, ["duplication"]) if "ただし書" in f.message]


def test_lower_case_letters_cited_as_item_labels_are_no_romaji_left_over():
    """「前項aおよびbについて虚偽の発言等をする場合」: the items a and b of the paragraph before, cited."""
    doc = read_document(HERE / "werewolf.md")
    assert "前項aおよびb" in doc.norm.text
    assert not [f for f in run_checks(doc, ["typo"]) if "英字" in f.message]
