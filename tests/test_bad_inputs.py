"""The corpus of bad inputs (issue #9): each gets a clear one-line message and its documented exit code.

Every case goes through the real command line (``clausediff parse``, in process), then all of them
together through ``clausediff run``, where one bad file must not stop the others. The exit codes are
the README's table, which is checked against pipeline/errors.py.
"""

from __future__ import annotations

import io
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SAMPLES

import docgen
from pipeline import errors
from pipeline.cli import main

TEXT = SAMPLES["ekyc"].read_text(encoding="utf-8")
LINES = [ln for ln in TEXT.splitlines() if ln.strip()]


def _pdf(folder: Path, **style) -> bytes:
    b = docgen.build_pdf(LINES[:60], folder / "gen.pdf", docgen.PdfStyle(**style))
    return b.path.read_bytes()


def _docx(folder: Path) -> bytes:
    docgen.build_docx(LINES[:30], folder / "gen.docx")
    return (folder / "gen.docx").read_bytes()


def _zip_bomb(folder: Path) -> bytes:
    """A sound Word file carrying a part that unpacks to 30 MB of zeros (a few KB packed)."""
    buf = io.BytesIO(_docx(folder))
    with zipfile.ZipFile(buf, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("word/media/image1.bin", bytes(30 * 1024 * 1024))
    return buf.getvalue()


def _encrypted(folder: Path) -> bytes:
    docgen.build_encrypted_pdf(folder / "locked.pdf", user_password="secret")
    return (folder / "locked.pdf").read_bytes()


def _scan(folder: Path) -> bytes:
    docgen.build_image_only_pdf(folder / "scan.pdf", pages=2)
    return (folder / "scan.pdf").read_bytes()


def _zip_not_word(folder: Path) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/readme.txt", "not a Word document")
    return buf.getvalue()


# name, file name, bytes (or a builder taking a scratch folder), extra CLI arguments, exit code, message
BAD = [
    ("empty", "empty.txt", b"", [], errors.EXIT_BAD_INPUT, "file is empty"),
    ("whitespace", "blank.txt", b" \n\t\r\n", [], errors.EXIT_BAD_INPUT, "only whitespace"),
    ("ideographic spaces", "blank2.txt", " \u3000\n\u3000\ufeff\n".encode(), [], errors.EXIT_BAD_INPUT,
     "only whitespace"),
    ("binary", "blob.txt", bytes(range(256)) * 40, [], errors.EXIT_BAD_INPUT, "binary file"),
    ("undecodable", "junk.txt", b"\x80\x81\xfe\xfe\xff\xff" * 20, [], errors.EXIT_BAD_INPUT, "undecodable bytes"),
    ("text named .pdf", "terms.pdf", TEXT.encode(), [], errors.EXIT_BAD_INPUT, "named .pdf but is not a PDF"),
    ("text named .docx", "terms.docx", TEXT.encode(), [], errors.EXIT_BAD_INPUT, "named .docx but is not a Word"),
    ("zip that is not Word", "terms.docx", _zip_not_word, [], errors.EXIT_BAD_INPUT, "no word/document.xml"),
    ("truncated PDF", "cut.pdf", lambda f: _pdf(f)[:3000], [], errors.EXIT_PDF, "truncated or damaged PDF"),
    ("encrypted PDF", "locked.pdf", _encrypted, [], errors.EXIT_PDF, "encrypted PDF: it needs a password"),
    ("image-only PDF", "scan.pdf", _scan, [], errors.EXIT_PDF, "no text layer; run OCR first"),
    ("too large", "big.txt", TEXT.encode(), ["--max-mb", "0.001"], errors.EXIT_LIMIT, "over the input size limit"),
    ("too many pages", "long.pdf", lambda f: _pdf(f, furniture=True), ["--max-pages", "1"], errors.EXIT_LIMIT,
     "over the page limit of 1 (see --max-pages)"),
    ("too slow", "slow.txt", TEXT.encode(), ["--max-seconds", "0"], errors.EXIT_LIMIT,
     "over the time limit of 0 s per document"),
    ("zip bomb", "bomb.docx", _zip_bomb, ["--max-mb", "1"], errors.EXIT_LIMIT, "unpacks to"),
]

# inputs that look wrong but are documents: read, not rejected
ODD_BUT_GOOD = [
    ("mislabelled Shift_JIS", "terms-utf8.txt", TEXT.replace("\u301c", "~").encode("cp932", "replace"), "cp932", 17),
    ("EUC-JP as Markdown", "terms.md", TEXT.replace("\u301c", "~").encode("euc_jp", "replace"), "euc_jp", 17),
    ("UTF-16", "terms.txt", TEXT.encode("utf-16"), "utf-16", 17),
    ("CR line ends, BOM", "terms.txt", b"\xef\xbb\xbf" + TEXT.replace("\n", "\r").encode(), "utf-8-sig", 17),
    ("PDF named .txt", "terms.txt", lambda f: _pdf(f), None, None),
    ("Word named .pdf", "terms.pdf", _docx, None, None),
    ("no articles", "letter.txt", "拝啓\n平素より格別のご高配を賜り、厚く御礼申し上げます。\n敬具\n".encode(), "utf-8", 0),
    ("HTML nested 5,000 deep", "deep.html",
     ("<html><body>" + "<div>" * 5000 + "<p>第1条（目的）<p>本規約は有効です。<p>第2条（定義）<p>用語の定義は次のとおり。"
      + "</div>" * 5000).encode(), "utf-8", 2),
]


def _write(folder: Path, name: str, content) -> Path:
    scratch = folder.parent / f"{folder.name}-scratch"
    scratch.mkdir(exist_ok=True)
    data = content(scratch) if callable(content) else content
    p = folder / name
    p.write_bytes(data)
    return p


def cli(capsys, *argv) -> tuple[int, str, str]:
    code = main([*argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("case,name,content,args,code,message", BAD, ids=[b[0] for b in BAD])
def test_bad_input_gets_its_exit_code_and_one_line(tmp_path, capsys, case, name, content, args, code, message):
    p = _write(tmp_path, name, content)
    got, out, err = cli(capsys, "parse", str(p), *args)
    assert got == code, (case, err)
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith(f"clausediff: error: {p}: ") and message in lines[0], lines[0]
    assert "Traceback" not in err


@pytest.mark.parametrize("case,name,content,encoding,articles", ODD_BUT_GOOD, ids=[g[0] for g in ODD_BUT_GOOD])
def test_odd_inputs_are_read(tmp_path, capsys, case, name, content, encoding, articles):
    p = _write(tmp_path, name, content)
    got, out, err = cli(capsys, "parse", str(p), "--format", "json")
    assert got == errors.EXIT_OK, err
    d = json.loads(out)
    if encoding is not None:
        assert d["source"]["encoding"] == encoding
    if articles is not None:
        assert len(d["articles"]) == articles
    else:
        assert d["articles"], case


def test_missing_file_and_folder(tmp_path, capsys):
    got, _, err = cli(capsys, "parse", str(tmp_path / "nope.txt"))
    assert got == errors.EXIT_NOT_FOUND and "no such file" in err
    got, _, err = cli(capsys, "parse", str(tmp_path))
    assert got == errors.EXIT_BAD_INPUT and "is a folder" in err


def test_unwritable_output(tmp_path, capsys):
    (tmp_path / "file").write_text("x")
    got, _, err = cli(capsys, "parse", str(SAMPLES["ekyc"]), "-o", str(tmp_path / "file" / "out.json"))
    assert got == errors.EXIT_OUTPUT and "cannot write" in err and len(err.strip().splitlines()) == 1


def test_usage_error(capsys):
    assert main(["parse"]) == errors.EXIT_USAGE
    assert main(["parse", "x.txt", "--max-pages", "many"]) == errors.EXIT_USAGE


def test_run_reports_every_bad_file_and_carries_on(tmp_path, capsys):
    """All the bad inputs in one folder beside a good one: each is named once, the good one is processed,
    the run exits with the first failure's code."""
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLES["ekyc"], raw / "good.txt")
    names = []
    for i, (case, name, content, args, code, message) in enumerate(BAD):
        if args:  # limits are per run, not per file
            continue
        p = _write(raw, f"{i:02d}-{name}", content)
        names.append((p.name, code, message))
    got, out, err = cli(capsys, "run", "--raw", str(raw), "--normalized", str(tmp_path / "n"),
                        "--reports", str(tmp_path / "r"), "--run-id", "x")
    assert got == names[0][1]
    skipped = [ln for ln in err.splitlines() if ln.startswith("clausediff: skipped: ")]
    assert len(skipped) == len(names)
    for (fname, code, message), line in zip(names, skipped):
        assert fname in line and message in line, (fname, line)
    run = json.loads((tmp_path / "r" / "x" / "run.json").read_text(encoding="utf-8"))
    assert run["documents"] == [str(raw / "good.txt")] and len(run["failures"]) == len(names)
    assert (tmp_path / "r" / "x" / "index.html").exists()
    assert sorted(p.name for p in (tmp_path / "n").iterdir()) == ["good.json", "good.txt"]


def test_readme_lists_the_exit_codes_of_errors_py():
    """errors.EXIT_CODES is the one table: the README's table says exactly the same, row for row,
    every error class ends with a code of it, and the command line's help lists it."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Exit codes", 1)[1].split("\n## ", 1)[0]
    rows = {int(code): meaning for code, meaning in re.findall(r"^\| (\d+) \| (.+?) \|$", section, re.M)}
    assert rows == errors.EXIT_CODES
    named = {v for k, v in vars(errors).items() if k.startswith("EXIT_") and isinstance(v, int)}
    assert named == set(errors.EXIT_CODES)
    for cls in (errors.InputNotFound, errors.BadInput, errors.PdfError, errors.LimitExceeded, errors.OutputError,
                errors.MissingExtra, errors.UsageError):
        assert cls.exit_code in errors.EXIT_CODES
    from pipeline.cli import build_parser

    epilog = build_parser().epilog
    for code, meaning in errors.EXIT_CODES.items():
        assert f"{code} {meaning.replace('`', '')}" in " ".join(epilog.split())


SECRET = "第1条（秘密）\n社外秘の文言ZQX-CANARY-7731を含む。\n"


def _inbox_with_a_row_outside(tmp_path: Path) -> Path:
    """inbox/ with one good document and a manifest whose second and third rows name files outside it."""
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(SAMPLES["ekyc"], inbox / "a.txt")
    (inbox / "manifest.csv").write_text(
        "file,key,vendor,service,title,version,effective_date\n"
        "a.txt,a,V,S,,,\n"
        "../secret.txt,leak,,,,,\n"
        f"{tmp_path / 'secret.txt'},leak2,,,,,\n", encoding="utf-8")
    return inbox


@pytest.mark.parametrize("command", ["run", "track", "batch"])
def test_a_manifest_row_outside_its_folder_is_refused_by_every_command(tmp_path, capsys, command):
    """One manifest reader for run, track and batch: the rows naming ../secret.txt and an absolute path
    are reported as failed inputs and never read, stored or copied into a report."""
    import sqlite3

    inbox = _inbox_with_a_row_outside(tmp_path)
    out = tmp_path / "out"
    reg = out / "reg.sqlite"
    argv = {
        "run": ["run", "--raw", str(inbox), "--normalized", str(out / "n"), "--reports", str(out / "r")],
        "track": ["track", str(inbox / "manifest.csv"), "--registry-path", str(reg), "--reports", str(out / "r")],
        "batch": ["batch", str(inbox / "manifest.csv"), "--registry-path", str(reg), "--reports", str(out / "r"),
                  "--no-progress", "--workers", "1"],
    }[command]
    code, _, err = cli(capsys, *argv)
    refused = [ln for ln in err.splitlines() if "outside the input folder" in ln]
    assert len(refused) == 2 and "../secret.txt" in refused[0], err
    # run exits with the first failure's code; batch and track finish (a failed file is listed, exit 0)
    assert code == (errors.EXIT_BAD_INPUT if command == "run" else errors.EXIT_OK)
    for p in out.rglob("*"):
        if p.is_file():
            assert b"ZQX-CANARY-7731" not in p.read_bytes(), p
    if command != "run":
        con = sqlite3.connect(reg)
        paths = [r[0] for r in con.execute("SELECT source_path FROM versions")]
        con.close()
        assert paths == [str(inbox / "a.txt")]
        assert "secret" not in " ".join(paths)
