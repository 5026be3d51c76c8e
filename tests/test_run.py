"""`clausediff run` end to end on the bundled raw/ corpus, into a temporary folder."""

import json
import shutil
import subprocess
import sys

from conftest import RAW, ROOT


def test_run_on_raw(tmp_path):
    before = {p: p.read_bytes() for p in RAW.rglob("*") if p.is_file()}
    r = subprocess.run([sys.executable, "-m", "pipeline", "run", "--raw", str(RAW), "--normalized",
                        str(tmp_path / "normalized"), "--reports", str(tmp_path / "reports"), "--run-id", "t1"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    out = tmp_path / "reports" / "t1"
    assert f"report index: {out / 'index.html'}" in r.stdout
    index = (out / "index.html").read_text(encoding="utf-8")
    run = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert len(run["documents"]) == 8 and run["failures"] == []
    # the three Mozilla versions give two diffs; the 2023 → 2025 revision adds the 13-years age sentence
    assert [d["key"] for d in run["diffs"]] == ["mozilla/accounts-tos", "mozilla/accounts-tos"]
    diffs = sorted(out.glob("diff_mozilla*2025-05-13.json"))
    d = json.loads(diffs[0].read_text(encoding="utf-8"))
    subs = [c for e in d["alignment"] for c in e["changes"] if c["kind"] == "substantive"]
    assert any("13歳以上" in (c["new_text"] or "") for c in subs)
    for href in ("findings.html", "compare.html"):
        assert (out / href).exists() and href in index
    assert len(list((tmp_path / "normalized").glob("*.json"))) == 8
    # nothing in raw/ is ever modified, and no temporary file is left behind
    assert before == {p: p.read_bytes() for p in RAW.rglob("*") if p.is_file()}
    assert not list(out.glob(".*.tmp"))


def test_run_reports_a_bad_file_and_carries_on(tmp_path):
    raw = tmp_path / "raw"
    shutil.copytree(RAW / "saporis", raw / "saporis")
    (raw / "broken.pdf").write_bytes(b"not a pdf at all")
    r = subprocess.run([sys.executable, "-m", "pipeline", "run", "--raw", str(raw), "--normalized",
                        str(tmp_path / "n"), "--reports", str(tmp_path / "r"), "--run-id", "x"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 4
    assert "broken.pdf" in r.stderr and "Traceback" not in r.stderr
    assert (tmp_path / "r" / "x" / "index.html").exists()


def test_a_second_run_takes_what_the_first_checked_from_the_cache(tmp_path, monkeypatch):
    """A run over a folder where nothing changed neither parses nor checks a document again (the cache keeps each
    document and its findings by content hash), and writes the same reports; a file changed since is read afresh."""
    import dataclasses

    import pipeline.checks.base as base
    from pipeline.document_cache import DocumentCache
    from pipeline.jobs import run as run_module

    raw = tmp_path / "raw"
    shutil.copytree(RAW / "mozilla", raw / "mozilla")
    lines = (RAW / "manifest.csv").read_text(encoding="utf-8").splitlines()
    (raw / "manifest.csv").write_text("\n".join(lines[:1] + [ln for ln in lines if "mozilla/" in ln]) + "\n", encoding="utf-8")
    cache = DocumentCache(tmp_path / "cache")

    def outputs(run_id):
        folder = tmp_path / "reports" / run_id
        return {p.name: p.read_bytes() for p in folder.glob("*.json")}

    first = run_module.run_corpus(raw, tmp_path / "n1", tmp_path / "reports", "first", workers=1, cache=cache)
    assert len(first.documents) == 3 and len(first.diffs) == 2 and not first.failures

    checked = []  # the documents any rule reads from now on

    def counted(func):
        def run(ctx):
            checked.append(ctx.doc.source.path)
            return func(ctx)
        return run

    for rid, r in list(base._REGISTRY.items()):
        monkeypatch.setitem(base._REGISTRY, rid, dataclasses.replace(r, func=counted(r.func)))
    second = run_module.run_corpus(raw, tmp_path / "n2", tmp_path / "reports", "second", workers=1, cache=cache)
    assert checked == []  # every finding, and each revision's introduced ones, taken from the cache
    assert outputs("second") == {k: v.replace(b'"first"', b'"second"') for k, v in outputs("first").items()}

    # the newest version edited: it is checked again (and the one before it, as the old side of the changed
    # revision, where the diff asks); the first version is not
    versions = sorted((raw / "mozilla").glob("accounts-tos-*.md"))
    newest = versions[-1]
    newest.write_text(newest.read_text(encoding="utf-8").replace("13 歳以上", "16 歳以上"), encoding="utf-8")
    third = run_module.run_corpus(raw, tmp_path / "n3", tmp_path / "reports", "third", workers=1, cache=cache)
    assert str(newest) in checked and str(versions[0]) not in checked
    assert not third.failures
    diffs = sorted(k for k in outputs("third") if k.startswith("diff_"))
    assert len(diffs) == 2 and "16歳以上" in outputs("third")[diffs[-1]].decode("utf-8")
