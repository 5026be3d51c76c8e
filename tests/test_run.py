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
