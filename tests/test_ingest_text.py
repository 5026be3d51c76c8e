"""Text ingest: encodings, line endings, and bad inputs through the real CLI (exit codes, one-line errors)."""

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

from pipeline.errors import EXIT_BAD_INPUT, EXIT_NOT_FOUND
from pipeline.ingest import load_bytes

TEXT = SAMPLES["ekyc"].read_text(encoding="utf-8")


@pytest.mark.parametrize("encoding,bom,expected", [
    ("utf-8", b"", "utf-8"),
    ("utf-8", b"\xef\xbb\xbf", "utf-8-sig"),
    ("cp932", b"", "cp932"),
    ("euc_jp", b"", "euc_jp"),
])
def test_encodings_are_detected_and_recorded(encoding, bom, expected):
    data = bom + TEXT.replace("\u301c", "~").encode(encoding, errors="replace")
    src = load_bytes(data, "doc.txt")
    assert src.encoding == expected
    assert "オンライン本人確認サービス利用約款" in src.text


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_line_endings(newline):
    from pipeline.api import document_from_source

    written = TEXT.replace("\n", newline)
    src = load_bytes(written.encode("utf-8"), "doc.txt")
    assert any("line endings" in n for n in src.notes)
    assert "\r" not in src.text.replace("\r\n", "")  # a CR alone is a line break; a CRLF is kept
    doc = document_from_source(src)
    assert len(doc.articles) == 17 and "\r" not in doc.norm.text
    # offsets are the file's: each article's span in the source text is where its heading is written in the file
    for a in doc.articles:
        start = doc.source_span(a.span)[0]
        assert unicodedata.normalize("NFKC", written[start:start + 3]) == a.text[:3], a.label


def test_a_findings_span_in_a_crlf_file_is_the_files():
    """A published Alexa skill's terms (pub27) with CRLF line ends: a finding's span is where its words are in the
    file, not 67 characters off (the CRs before it)."""
    import json
    path = Path(__file__).parent / "fixtures" / "pub24" / "musiclike_terms_12_13.md"
    written = path.read_bytes().decode("utf-8")
    assert "\r\n" in written
    out = run_cli("check", str(path), "--format", "json")
    findings = json.loads(out.stdout)["findings"]
    assert findings
    for f in findings:
        s, e = f["span"]
        assert written[s:e].replace("\r\n", "\n").replace(" ", "").startswith(f["excerpt"][:3].replace(" ", "")), f


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=ROOT)


@pytest.mark.parametrize("content,name,message", [
    (b"", "empty.txt", "file is empty"),
    (b"  \n\t\n", "blank.txt", "only whitespace"),
    (b"\x00\x01\x02binary\x00\xff" * 50, "blob.txt", "binary file"),
    (b"\x80\x81\xfe\xfe\xff\xff" * 20, "junk.txt", "undecodable bytes"),
    (b"plain text, not a PDF", "fake.pdf", "not a PDF"),
])
def test_bad_inputs_give_one_line_errors(tmp_path, content, name, message):
    p = tmp_path / name
    p.write_bytes(content)
    r = run_cli("parse", str(p))
    assert r.returncode == EXIT_BAD_INPUT, r.stderr
    assert r.stdout == ""
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0] and name in lines[0]
    assert "Traceback" not in r.stderr


def test_missing_file(tmp_path):
    r = run_cli("parse", str(tmp_path / "nope.txt"))
    assert r.returncode == EXIT_NOT_FOUND and "no such file" in r.stderr


def test_mislabelled_shift_jis_is_still_read(tmp_path):
    p = tmp_path / "terms-utf8.txt"  # the name says nothing; the bytes are Shift_JIS
    p.write_bytes(TEXT.replace("\u301c", "~").encode("cp932", errors="replace"))
    r = run_cli("parse", str(p), "--format", "json")
    assert r.returncode == 0, r.stderr
    import json
    d = json.loads(r.stdout)
    assert d["source"]["encoding"] == "cp932" and len(d["articles"]) == 17


def test_document_without_articles_is_parsed_not_crashed(tmp_path):
    p = tmp_path / "letter.txt"
    p.write_text("拝啓\n平素より格別のご高配を賜り、厚く御礼申し上げます。\n敬具\n", encoding="utf-8")
    r = run_cli("parse", str(p), "--format", "json")
    assert r.returncode == 0
    import json
    d = json.loads(r.stdout)
    assert d["articles"] == [] and "拝啓" in d["preamble"]["text"]


def test_parse_json_schema(tmp_path):
    r = run_cli("parse", str(SAMPLES["itrust"]), "--format", "json")
    import json
    d = json.loads(r.stdout)
    assert d["schema"] == "clausediff.document/1"
    for key in ("source", "title", "metadata", "preamble", "chapters", "articles", "supplementary", "annexes", "removed"):
        assert key in d
    a = d["articles"][1]
    assert set(a) >= {"number", "label", "title", "chapter", "text", "span", "paragraphs"}
    s, e = a["span"]
    assert SAMPLES["itrust"].read_text(encoding="utf-8")[s:e].startswith("第2条 定義")


def test_normalize_writes_json_and_text(tmp_path):
    r = run_cli("normalize", str(SAMPLES["ekyc"]), "-o", str(tmp_path))
    assert r.returncode == 0, r.stderr
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["ekyc-terms.json", "ekyc-terms.txt"]
    assert "第14条（免責事項）" in (tmp_path / "ekyc-terms.txt").read_text(encoding="utf-8")
