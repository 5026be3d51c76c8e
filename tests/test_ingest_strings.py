"""Program source of other languages than JavaScript (pipeline/ingest/strings.py): the one string that holds the
document, read as text; a file of scattered strings still refused (exit code 4)."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.api import read_document
from pipeline.checks import run_checks
from pipeline.errors import BadInput
from pipeline.ingest import load_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "pub525"
INSTALLER = FIXTURES / "salesinnovation_install.cs"
LIVE2D = FIXTURES / "greatdori_acknowledgements.swift"


def test_a_licence_in_a_swift_multiline_string_is_read_as_its_text():
    """The Live2D licence stands in one \"\"\"…\"\"\" string among the app's other acknowledgements: its articles are read
    (it had been refused)."""
    doc = read_document(LIVE2D)
    assert "string at line" in doc.source.notes[0] and len(doc.articles) >= 15
    assert "本ソフトウェア" in doc.norm.text and "import" not in doc.norm.text


def test_terms_a_csharp_method_builds_line_by_line_are_one_text():
    """「_text += "…" + Environment.NewLine;」 line after line: one string, its lines kept; the reader's 全部および一部
    (全部または一部 meant) is told in it."""
    doc = read_document(INSTALLER)
    assert len(doc.norm.text) > 3000 and "【ご利用に際しての注意事項】\n" in doc.norm.text
    assert [f.suggestion for f in run_checks(doc, ["confusable-word"]) if f.excerpt == "全部および一部"] == ["全部または一部"]


@pytest.mark.parametrize("suffix", [".swift", ".kt", ".py"])
def test_a_file_of_scattered_labels_is_still_refused(suffix):
    """A screen's labels, each a short string among code: no string of it holds a document, and read as text its code
    would be taken for clauses."""
    code = "\n".join(f'let label{i} = "ボタン{i}を押してください"' for i in range(40))
    with pytest.raises(BadInput, match="program source"):
        load_bytes(code.encode("utf-8"), f"screen{suffix}")


def test_a_particle_typed_again_after_its_comma():
    """「SalesInnovation運営者は、はお客様に対し」 in the installer's terms: は on both sides of the comma; 「当社は、はじめに」
    and 「当社が、がん保険」 begin words."""
    from conftest import findings_in_text

    doc = read_document(INSTALLER)
    assert [f.excerpt for f in run_checks(doc, ["doubled-particle"]) if "は、は" in f.excerpt] == ["n運営者は、はお客様に"]
    quiet = "第1条（通知）\n当社は、はじめに通知する。\n2 当社が、がん保険を提供する。\n"
    assert findings_in_text(quiet, "doubled-particle") == []
