"""clausediff batch: failures per file, resumability after SIGKILL, concurrent runs, the dask engine."""

from __future__ import annotations

import importlib.util
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import RAW

from pipeline.cli import main
from pipeline.jobs.batch import BatchRun
from pipeline.store.registry import Registry

from docgen import SEEDS

needs_seeds = pytest.mark.skipif(not SEEDS.is_dir(), reason=f"{SEEDS} not available (../shared missing): "
                                                           "the batch corpus is generated from the seeds")

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("bench_batch", ROOT / "bench" / "bench_batch.py")
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

SMALL_SEEDS = sorted(SEEDS.glob("*.txt"))[:1] + sorted(SEEDS.glob("*.txt"))[2:3]  # the two smallest


def counts(path) -> dict:
    con = sqlite3.connect(path)
    try:
        return {
            "versions": con.execute("SELECT COUNT(*) FROM versions").fetchone()[0],
            "distinct": con.execute("SELECT COUNT(DISTINCT sha256) FROM versions").fetchone()[0],
            "documents": con.execute("SELECT COUNT(*) FROM documents").fetchone()[0],
            "diffs": con.execute("SELECT COUNT(*) FROM diffs").fetchone()[0],
            "dup_diffs": con.execute("SELECT COUNT(*) - COUNT(DISTINCT new_version) FROM diffs").fetchone()[0],
        }
    finally:
        con.close()


def batch_argv(folder, tmp_path, *extra):
    return ["batch", str(folder), "--registry-path", str(tmp_path / "reg.sqlite"),
            "--reports", str(tmp_path / "reports"), "--no-progress", *extra]


def assert_complete(tmp_path, n_files: int, n_docs: int):
    c = counts(tmp_path / "reg.sqlite")
    assert c["versions"] == c["distinct"] == n_files
    assert c["documents"] == n_docs
    assert c["diffs"] == n_files - n_docs and c["dup_diffs"] == 0
    r = Registry(tmp_path / "reg.sqlite")
    assert r.pending_diffs() == []
    r.close()


@needs_seeds
def test_variants_are_versions_of_their_seed(tmp_path):
    files = bench.generate(tmp_path / "docs", 6, SMALL_SEEDS)
    texts = [f.read_text(encoding="utf-8") for f in files]
    assert len(set(texts)) == 6
    assert "改定第1号" in texts[2] and texts[2] != texts[0]


@needs_seeds
def test_bad_files_do_not_stop_the_batch(tmp_path, capsys):
    docs = tmp_path / "docs"
    bench.generate(docs, 4, SMALL_SEEDS)
    (docs / "empty.txt").write_bytes(b"")
    (docs / "binary.txt").write_bytes(bytes(range(256)) * 4)
    rc = main(batch_argv(docs, tmp_path, "--engine", "local", "--workers", "1"))
    err = capsys.readouterr().err
    assert rc == 0
    failed = [ln for ln in err.splitlines() if ln.startswith("failed")]
    assert len(failed) == 2 and any("empty.txt: file is empty" in ln for ln in failed)
    assert "4 new" in err and "2 failed" in err
    assert_complete(tmp_path, 4, 2)
    # asked for: exit 1 when any file failed
    assert main(batch_argv(docs, tmp_path, "--engine", "local", "--workers", "1", "--fail-on", "failed")) == 1
    # every file failed: the failure's own exit code
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    assert main(batch_argv(bad, tmp_path / "x")) == 4


def report_files(reports: Path) -> dict[str, bytes]:
    return {str(p.relative_to(reports)): p.read_bytes() for p in sorted(reports.rglob("*")) if p.is_file()}


def feed_links(reports: Path) -> list[tuple[str, str | None]]:
    """(entry id, rel=alternate link) of every feed entry."""
    atom = "{http://www.w3.org/2005/Atom}"
    root = ET.parse(reports / "feed.xml").getroot()
    out = []
    for e in root.findall(f"{atom}entry"):
        link = e.find(f"{atom}link[@rel='alternate']")
        out.append((e.find(f"{atom}id").text, None if link is None else link.get("href")))
    return out


@needs_seeds
def test_batch_resumes_after_sigkill(tmp_path):
    """Killed about half way (SIGKILL to the batch and its workers), then rerun: the registry and the
    reports folder hold exactly what an uninterrupted run leaves: every version, diff and Markdown
    report once, no temporary file, an intact database, a feed whose every entry links to its report."""
    n = 120
    docs = tmp_path / "docs"
    bench.generate(docs, n, SMALL_SEEDS)
    reg = tmp_path / "reg.sqlite"
    cmd = [sys.executable, "-m", "pipeline", *batch_argv(docs, tmp_path, "--engine", "local", "--workers", "1",
                                                         "--chunk", "2")]
    p = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.time() + 120
    stored = 0
    while time.time() < deadline and p.poll() is None:
        if reg.exists():
            try:
                stored = counts(reg)["versions"]
            except sqlite3.OperationalError:
                stored = 0
            if stored >= n // 2:
                break
        time.sleep(0.02)
    assert p.poll() is None, "the batch finished before it could be killed: make it slower"
    os.killpg(p.pid, signal.SIGKILL)  # the batch and its worker processes, mid-way
    p.wait()
    c = counts(reg)
    assert n // 2 <= c["versions"] < n and c["versions"] == c["distinct"]
    assert main(batch_argv(docs, tmp_path, "--engine", "local", "--workers", "2")) == 0
    assert_complete(tmp_path, n, len(SMALL_SEEDS))
    # a third run has nothing left to do
    assert main(batch_argv(docs, tmp_path, "--engine", "local", "--workers", "1")) == 0
    assert_complete(tmp_path, n, len(SMALL_SEEDS))

    clean = tmp_path / "clean"
    clean.mkdir()
    assert main(batch_argv(docs, clean, "--engine", "local", "--workers", "2")) == 0
    killed, uninterrupted = report_files(tmp_path / "reports"), report_files(clean / "reports")
    assert not [f for f in killed if f.endswith(".tmp")]
    reports = [f for f in killed if f.endswith(".md")]
    assert len(reports) == n + (n - len(SMALL_SEEDS))  # one per version, one per diff
    assert killed.keys() == uninterrupted.keys()
    assert [f for f in killed if f != "feed.xml" and killed[f] != uninterrupted[f]] == []
    con = sqlite3.connect(reg)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    links = feed_links(tmp_path / "reports")
    assert len(links) == 100 and all(href and (tmp_path / "reports" / href).is_file() for _, href in links)
    assert links == feed_links(clean / "reports")


@needs_seeds
def test_two_concurrent_batches(tmp_path):
    n = 40
    docs = tmp_path / "docs"
    bench.generate(docs, n, SMALL_SEEDS)
    cmd = [sys.executable, "-m", "pipeline", *batch_argv(docs, tmp_path, "--engine", "local", "--workers", "1")]
    ps = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
          for _ in range(2)]
    outs = [p.communicate(timeout=120) for p in ps]
    assert [p.returncode for p in ps] == [0, 0], outs
    assert_complete(tmp_path, n, len(SMALL_SEEDS))


@needs_seeds
def test_dask_engine_local_cluster(tmp_path):
    distributed = pytest.importorskip("distributed")
    n = 10
    docs = tmp_path / "docs"
    bench.generate(docs, n, SMALL_SEEDS)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster:
        run = BatchRun([str(docs)], str(tmp_path / "reg.sqlite"), reports=str(tmp_path / "reports"),
                       engine="dask", scheduler=cluster.scheduler_address, chunk=3)
        stats = run.run()
    assert len(stats.new) == n and not stats.failed
    assert_complete(tmp_path, n, len(SMALL_SEEDS))
    # same results as the local engine
    local = tmp_path / "local"
    local.mkdir()
    assert main(batch_argv(docs, local, "--engine", "local", "--workers", "1")) == 0
    q = "SELECT v.sha256, d.summary FROM diffs d JOIN versions v ON v.id = d.new_version ORDER BY v.sha256"
    a = sqlite3.connect(tmp_path / "reg.sqlite").execute(q).fetchall()
    b = sqlite3.connect(local / "reg.sqlite").execute(q).fetchall()
    assert a == b and len(a) == n - len(SMALL_SEEDS)
    assert (tmp_path / "reports" / "feed.xml").exists()


def test_batch_from_manifest(tmp_path):
    docs = tmp_path / "inbox"
    docs.mkdir()
    for p in sorted((RAW / "mozilla").glob("accounts-tos-*.md")):
        shutil.copy(p, docs)
    rows = ["file,vendor,service,title,version,effective_date,key"]
    rows += [f"{p.name},Mozilla,Accounts,,{i},,mozilla-accounts" for i, p in enumerate(sorted(docs.iterdir()), 1)]
    manifest = docs / "list.csv"
    manifest.write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert main(["batch", str(manifest), "--registry-path", str(tmp_path / "reg.sqlite"), "--reports",
                 str(tmp_path / "reports"), "--no-progress", "--workers", "1"]) == 0
    assert_complete(tmp_path, 3, 1)
    r = Registry(tmp_path / "reg.sqlite")
    assert [v["version"] for v in r.versions(r.find_document("mozilla-accounts")["id"])] == ["1", "2", "3"]
    # a report per version (its checks) and per diff
    assert sorted(p.name for p in (tmp_path / "reports").glob("mozilla-accounts/*@*")) == \
        ["mozilla-accounts@1-2.md", "mozilla-accounts@1.md", "mozilla-accounts@2-3.md", "mozilla-accounts@2.md",
         "mozilla-accounts@3.md"]


def test_dask_missing_gives_one_clear_message(tmp_path, capsys, monkeypatch):
    """Dask is an optional extra: without it --engine dask stops with one line naming the extra (exit 2),
    before any file is read."""
    monkeypatch.setitem(sys.modules, "distributed", None)  # what an installation without the extra looks like
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in sorted((RAW / "mozilla").glob("accounts-tos-*.md")):
        shutil.copy(p, docs)
    assert main(batch_argv(docs, tmp_path, "--engine", "dask")) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "clausediff[dask]" in err[0] and "Traceback" not in err[0]
    assert not (tmp_path / "reg.sqlite").exists()


def test_a_chunk_lead_read_before_gives_the_results_of_a_fresh_read():
    """The worker keeps the last documents it read: the lead of a chunk (the last file of the chunk
    before) is served again with its findings. What the chunk returns must not depend on it."""
    from pipeline.ingest import Limits
    from pipeline.jobs import worker

    # one document (the 2022 version has another title: the manifest's key says they are versions)
    items = [(str(p), p.read_bytes(), {"key": "mozilla/accounts"})
             for p in sorted((RAW / "mozilla").glob("accounts-tos-*.md"))]
    assert len(items) == 3

    def run(keep: bool) -> list[dict]:
        out = []
        worker._RECENT.clear()
        for i in range(len(items)):
            if not keep:
                worker._RECENT.clear()
            out += worker.process_chunk(items[i:i + 1], Limits(), lead=items[i - 1] if i else None)
        return out

    fresh, kept = run(False), run(True)
    assert [r["diff"] for r in fresh][1:] == [r["diff"] for r in kept][1:]
    assert all(r["diff"] and r["diff"]["summary"]["substantive"] > 0 for r in kept[1:])  # real revisions
    assert [r["findings_json"] for r in fresh] == [r["findings_json"] for r in kept]
    # a smaller limit is not served a document read within a larger one
    worker._RECENT.clear()
    worker.process_chunk(items[:1], Limits())
    res = worker.process_chunk(items[:1], Limits(max_bytes=100))
    assert not res[0]["ok"]
