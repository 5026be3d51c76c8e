"""`clausediff normalize`'s .txt outline holds every part of the document: no text of the normalized document is left
out of it (it once held the articles' first lines only: 81 characters of a salon's page of 2,000)."""

import re
from collections import Counter
from pathlib import Path

import pytest

from pipeline.api import read_document
from pipeline.serialize import document_text

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"
_JAPANESE = re.compile(r"[\u3041-\u309f\u30a1-\u30fa\u4e00-\u9fff]")

DOCUMENTS = sorted((ROOT / "raw").rglob("*.txt")) + sorted((ROOT / "raw").rglob("accounts-tos-*.md")) + [
    FIXTURES / "pub22" / "nsca_page.html",  # a 定款, then rules written as 別紙 with their own lead sentences, and 附則
    FIXTURES / "pub492" / "bazuca_system.blade.php",  # a page read as two sections and text outside them
    FIXTURES / "pub116" / "hands.html",
]


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: p.name)
def test_every_character_of_the_document_is_in_its_outline(path):
    doc = read_document(path)
    outline = document_text(doc)
    missing = Counter(_JAPANESE.findall(doc.norm.text)) - Counter(_JAPANESE.findall(outline))
    assert not missing, missing.most_common(10)


def test_the_outline_keeps_the_documents_order_and_its_parts():
    doc = read_document(ROOT / "raw" / "gmo-globalsign" / "gmo-sign-reseller-terms.txt")
    lines = document_text(doc).splitlines()
    first_article = next(i for i, line in enumerate(lines) if line.startswith("第1条"))
    supplementary = [i for i, line in enumerate(lines) if line.startswith("[附則")]
    assert supplementary and min(supplementary) > first_article
    assert "[附則（2023年6月15日実施）]" in lines  # its heading as written
    assert "  本利用約款は、2023年6月15日から実施します。" in lines
