"""Reports are safe, data is safe (issue #9): hostile names cannot write outside the output folder,
raw/ is never modified, and what a manifest lists outside raw/ is never read.

Titles, manifest keys, vendors and dates such as ``../../etc/x``, names with ``/``, ``\\``, NUL,
``..``, leading dots, bidi overrides, Windows device names and 300 characters go through
``clausediff run``, ``diff -o``, ``normalize`` and ``track``. Afterwards every file that exists
anywhere in the test's folder is either an input or inside the output folder.
"""

from __future__ import annotations

import csv
import os
import shutil
from pathlib import Path

from conftest import SAMPLES

from pipeline.cli import main
from pipeline.errors import EXIT_BAD_INPUT, EXIT_OK, EXIT_OUTPUT

HOSTILE = ["../../etc/x", "..\\..\\etc\\x", "a/../../../b", "x\x00y/../../z", "..", ".", ".hidden", "...", "CON",
           "nul.txt", "com1", "-rf", "\u202etxt.exe", "ｘ／．．／ｙ", "あ" * 300, "x" * 300, "a:b|c?*<>\"", " ", ""]
CANARY = "機密カナリア：この文は出力に現れてはならない"


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file()}


def every_file(root: Path) -> list[Path]:
    return [p for p in root.rglob("*") if p.is_file() or p.is_symlink()]


def assert_only_inside(root: Path, before: set[Path], out: Path) -> list[Path]:
    """Files created anywhere under root since `before` are all inside `out`; returns them."""
    new = [p for p in every_file(root) if p not in before]
    outside = [p for p in new if out.resolve() not in p.resolve().parents]
    assert not outside, outside
    for p in new:
        assert len(p.name.encode()) <= 255 and not p.name.startswith(".") and "\x00" not in p.name, p.name
    return new


def title_doc(title: str, body_from: Path = SAMPLES["ekyc"], edit: str = "") -> str:
    text = body_from.read_text(encoding="utf-8")
    lines = text.splitlines()
    lines[0] = title.replace("\x00", "")  # the document's title line (a NUL would make the file binary)
    return "\n".join(lines).replace("本約款", "本約款" + edit, 1) + "\n"


def make_corpus(root: Path) -> Path:
    raw = root / "raw"
    raw.mkdir()
    (root / "secret.txt").write_text(f"第1条（秘密）\n{CANARY}\n第2条（秘密）\n{CANARY}\n", encoding="utf-8")
    rows = []
    for i, name in enumerate(HOSTILE):
        f = f"doc{i:02d}.txt"
        # two versions of every hostile key: the diff reports are named after the key and the dates
        (raw / f).write_text(title_doc(name or "無題", edit=""), encoding="utf-8")
        (raw / f"doc{i:02d}-v2.txt").write_text(title_doc(name or "無題", edit="（改定版）"), encoding="utf-8")
        for file, date in ((f, name), (f"doc{i:02d}-v2.txt", name + "2")):
            rows.append({"file": file, "key": name, "vendor": name, "service": name, "title": name,
                         "version": name, "effective_date": date})
    rows.append({"file": "../secret.txt", "key": "leak", "vendor": "", "service": "", "title": "",
                 "version": "", "effective_date": ""})
    rows.append({"file": str(root / "secret.txt"), "key": "leak2", "vendor": "", "service": "", "title": "",
                 "version": "", "effective_date": ""})
    with (raw / "manifest.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(rows)
    return raw


def test_run_with_hostile_titles_keys_vendors_and_dates(tmp_path, capsys, monkeypatch):
    raw = make_corpus(tmp_path)
    cwd = tmp_path / "cwd" / "deep"
    cwd.mkdir(parents=True)
    monkeypatch.chdir(cwd)  # "../../etc/x" taken relative to the working folder would land in tmp_path/etc
    out = tmp_path / "out"
    before_raw = snapshot(raw)
    before = set(every_file(tmp_path))
    code = main(["run", "--raw", str(raw), "--normalized", str(out / "normalized"), "--reports", str(out / "reports"),
                 "--run-id", "../../etc/run"])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT, err  # the two rows pointing outside raw/ are refused
    refused = [ln for ln in err.splitlines() if "outside the input folder" in ln]
    assert len(refused) == 2 and "../secret.txt" in refused[0]
    new = assert_only_inside(tmp_path, before, out)
    assert snapshot(raw) == before_raw, "raw/ was modified"
    # nothing from outside raw/ was read into any output
    for p in new:
        assert CANARY.encode() not in p.read_bytes(), p
    # every document was read and written under its own name: nothing overwrote anything
    normalized = sorted((out / "normalized").glob("*.json"))
    assert len(normalized) == 2 * len(HOSTILE)
    run_dir = out / "reports" / "etc_run"
    diffs = sorted(run_dir.glob("diff_*.json"))
    assert len(diffs) == len([k for k in HOSTILE if k.strip()])  # a blank key: each file is its own document
    assert not (tmp_path / "etc").exists() and not (tmp_path / "cwd" / "etc").exists()


def test_diff_report_of_documents_titled_like_paths(tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "in").mkdir()
    old, new = tmp_path / "in" / "old.txt", tmp_path / "in" / "new.txt"
    old.write_text(title_doc("../../etc/x"), encoding="utf-8")
    new.write_text(title_doc("../../etc/x", edit="（改定）"), encoding="utf-8")
    before = set(every_file(tmp_path))
    for fmt in ("html", "md", "json", "text"):
        assert main(["diff", str(old), str(new), "--format", fmt, "-o", str(tmp_path / "out" / f"r.{fmt}")]) == EXIT_OK
    new_files = assert_only_inside(tmp_path, before, tmp_path / "out")
    assert sorted(p.name for p in new_files) == ["r.html", "r.json", "r.md", "r.text"]
    html = (tmp_path / "out" / "r.html").read_text(encoding="utf-8")
    assert "../../etc/x" in html  # the title is shown (escaped text), it just names no file


def test_normalize_with_hostile_file_names(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    names = ["CON.txt", "-rf.txt", "..hidden.txt", "a\u202eb.txt", "x.txt", "x.md", "nul.md", ("あ" * 80) + ".txt"]
    for n in names:
        shutil.copy(SAMPLES["basic"], raw / n)
    before_raw = snapshot(raw)
    before = set(every_file(tmp_path))
    assert main(["normalize", str(raw), "-o", str(tmp_path / "out")]) == EXIT_OK
    new = assert_only_inside(tmp_path, before, tmp_path / "out")
    assert len(new) == 2 * len(names)  # x.txt and x.md do not overwrite each other
    assert snapshot(raw) == before_raw
    stems = {p.stem.lower() for p in new}
    assert not stems & {"con", "nul", "com1"}


def test_track_reports_of_documents_titled_like_paths(tmp_path, capsys, monkeypatch):
    """The registry names its report folders after the document key, which comes from the title."""
    monkeypatch.chdir(tmp_path)
    raw = tmp_path / "raw"
    raw.mkdir()
    for i, title in enumerate(("../../etc/x", ".hidden", "CON")):
        (raw / f"doc{i}-1.txt").write_text(title_doc(title), encoding="utf-8")
    before_raw = snapshot(raw)
    out = tmp_path / "out"
    argv = ["track", str(raw), "--registry-path", str(out / "reg.sqlite"), "--reports", str(out / "reports")]
    assert main(argv) == EXIT_OK
    for p in list(raw.glob("*-1.txt")):
        p.with_name(p.name.replace("-1", "-2")).write_text(p.read_text(encoding="utf-8").replace("本約款", "本約款（改定）", 1),
                                                             encoding="utf-8")
    before_raw = snapshot(raw)
    before = set(every_file(tmp_path))
    assert main(argv) == EXIT_OK
    capsys.readouterr()
    new = [p for p in assert_only_inside(tmp_path, before, out) if p.suffix in (".md", ".json")]
    # per document, in a folder named after its key, sanitized: the new version's report and the diff's
    assert sorted(p.parent.name.split("-")[0] for p in new) == ["_con", "_con", "etc_x", "etc_x", "hidden", "hidden"]
    assert sorted(p.name[len(p.parent.name):] for p in new) == ["@1-2.md"] * 3 + ["@2.md"] * 3
    assert snapshot(raw) == before_raw


def test_track_reports_of_keys_that_sanitize_alike_do_not_overwrite_each_other(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    out = tmp_path / "out"
    argv = ["track", str(raw), "--registry-path", str(out / "reg.sqlite"), "--reports", str(out / "reports")]
    for version in (1, 2):
        for i, title in enumerate(("..", "/..")):
            (raw / f"doc{i}-{version}.txt").write_text(title_doc(title, edit="（改定）" * (version - 1)),
                                                      encoding="utf-8")
        assert main(argv) == EXIT_OK
    capsys.readouterr()
    assert len(list((out / "reports").rglob("*@1-2.md"))) == 2


def test_outputs_inside_raw_are_refused(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLES["ekyc"], raw / "a.txt")
    before = snapshot(raw)
    for flags in (["--reports", str(raw / "reports")], ["--normalized", str(raw)], ["--reports", str(raw / ".." / "raw")]):
        code = main(["run", "--raw", str(raw), "--normalized", str(tmp_path / "n"), "--reports", str(tmp_path / "r"),
                     *flags])
        err = capsys.readouterr().err
        assert code == EXIT_OUTPUT and "inside the input folder" in err, err
    assert snapshot(raw) == before
    assert not (tmp_path / "n").exists() and not (tmp_path / "r").exists()


def test_unreadable_manifest_is_a_clear_error(tmp_path, capsys):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLES["ekyc"], raw / "a.txt")
    (raw / "manifest.csv").write_bytes("file,key\na.txt,鍵\n".encode("cp932"))
    code = main(["run", "--raw", str(raw), "--normalized", str(tmp_path / "n"), "--reports", str(tmp_path / "r")])
    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT and "manifest.csv is not readable as UTF-8 CSV" in err
    assert len(err.strip().splitlines()) == 1


def test_raw_files_keep_their_bytes_and_times_through_a_run(tmp_path, capsys):
    from conftest import RAW

    raw = tmp_path / "raw"
    shutil.copytree(RAW, raw)
    os.utime(raw / "manifest.csv", ns=(1_000_000_000_000_000_000, 1_000_000_000_000_000_000))
    before = snapshot(raw)
    assert main(["run", "--raw", str(raw), "--normalized", str(tmp_path / "n"), "--reports", str(tmp_path / "r"),
                 "--run-id", "t"]) == EXIT_OK
    capsys.readouterr()
    assert snapshot(raw) == before
