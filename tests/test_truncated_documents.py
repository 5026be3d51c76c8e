"""The checks never stop on a document however it ends: every real document of the fixtures, cut at a few places
(after its first line, inside a line, near its start), is checked to the end. A text that ends on a clipped
defined term (「…要件定義検」) or opens with a lone heading of kana (「はじめに」) made two rules read past the text
and stop the whole check with an IndexError; a reader meets such texts in excerpts, truncated PDFs and short pages."""

import random
from pathlib import Path

import pytest
from conftest import doc_from_text

from pipeline.checks import run_checks
from pipeline.errors import BadInput

FIXTURES = Path(__file__).parent / "fixtures"
DOCUMENTS = sorted(p for p in FIXTURES.glob("pub*/*.*") if p.name != "README.md")


def _cuts(text: str, seed: str) -> list[int]:
    rng = random.Random(seed)  # the same places in every run
    first_line = text.find("\n")
    return sorted({c for c in (first_line, rng.randint(1, 40), rng.randint(1, len(text)), rng.randint(1, len(text)))
                   if 0 < c <= len(text)})


@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_a_real_document_cut_anywhere_is_checked_to_its_end(path):
    text = path.read_text(encoding="utf-8", errors="replace")
    for cut in _cuts(text, path.name):
        part = text[:cut]
        try:
            doc = doc_from_text(part, "doc" + path.suffix)
        except BadInput:
            continue  # no text left in the part (a page's head): refused, as it should be
        run_checks(doc)  # raises on a rule that reads past the text


def test_the_two_texts_that_stopped_the_check():
    clipped = ("第4条（要件定義）\nユーザ（以下「ユーザ」という。）及びベンダは要件定義書（以下「要件定義書」という。）を確認する。"
               "要件定義書の点検の結果、要件定義検")
    run_checks(doc_from_text(clipped, "doc.md"))
    assert run_checks(doc_from_text("はじめに\n\n- A行為を禁止します。\n- B行為を禁止します。\n", "doc.md")) == []
