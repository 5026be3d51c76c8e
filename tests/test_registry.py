"""Registry, track, history, diff --registry and the Atom feed, on real documents."""

from __future__ import annotations

import json
import shutil
import sqlite3
import xml.etree.ElementTree as ET

import pytest

from conftest import RAW, SAMPLES

from pipeline.cli import main
from pipeline.errors import InputNotFound
from pipeline.store.registry import MIGRATIONS, SCHEMA_VERSION, Registry, title_key

from docgen import EXTERNAL

# the three real Mozilla versions are in raw/ (a fresh clone has them); the kiyaku ones in ../shared
FIREFOX = sorted((RAW / "mozilla").glob("accounts-tos-*.md"))
KIYAKU = [EXTERNAL / "kiyaku" / f"kiyaku_{y}.txt" for y in (2022, 2025, 2026)]
needs_kiyaku = pytest.mark.skipif(not all(p.exists() for p in KIYAKU),
                                  reason=f"{EXTERNAL / 'kiyaku'} not available (../shared missing)")
ATOM = "{http://www.w3.org/2005/Atom}"


def track(tmp_path, *paths, extra=()):
    return main(["track", *map(str, paths), "--registry-path", str(tmp_path / "reg.sqlite"),
                 "--reports", str(tmp_path / "reports"), *extra])


def reg(tmp_path) -> Registry:
    return Registry(tmp_path / "reg.sqlite")


def test_track_twice_skips_known(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in (SAMPLES["ekyc"], SAMPLES["basic"]):
        shutil.copy(p, docs)
    assert track(tmp_path, docs) == 0
    out = capsys.readouterr().out
    assert sum(ln.startswith("new ") for ln in out.splitlines()) == 2
    r = reg(tmp_path)
    before = r.counts()
    assert before["documents"] == 2 and before["versions"] == 2 and before["diffs"] == 0
    assert track(tmp_path, docs) == 0
    out = capsys.readouterr().out
    assert sum(ln.startswith("known ") for ln in out.splitlines()) == 2
    assert not any(ln.startswith("new ") for ln in out.splitlines())
    assert r.counts() == before
    # the stored structure is the serialize form, the source can be rebuilt
    row = r.con.execute("SELECT structure FROM versions LIMIT 1").fetchone()
    assert json.loads(row[0])["schema"] == "clausediff.document/1"


@needs_kiyaku
def test_new_version_is_diffed_and_listed(tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    shutil.copy(KIYAKU[0], docs)
    assert track(tmp_path, docs) == 0
    shutil.copy(KIYAKU[1], docs)
    assert track(tmp_path, docs) == 0
    out = capsys.readouterr().out
    assert "@2" in out and "substantive" in out
    r = reg(tmp_path)
    assert r.counts()["diffs"] == 1
    d = json.loads(r.con.execute("SELECT json FROM diffs").fetchone()[0])
    assert d["schema"] == "clausediff.diff/1" and d["summary"]["substantive"] > 0
    assert d["summary"]["articles_old"] == 76 and d["summary"]["articles_new"] == 85
    reports = list((tmp_path / "reports").rglob("*@1-2.*"))
    assert len(reports) == 1 and reports[0].stat().st_size > 100

    assert main(["history", "ソフィア", "--registry-path", str(tmp_path / "reg.sqlite")]) == 0
    out = capsys.readouterr().out
    lines = [ln for ln in out.splitlines() if ln.strip().startswith("@")]
    assert len(lines) == 2
    assert "first version" in lines[0] and "substantive" in lines[1]
    assert main(["history", "ソフィア", "--format", "json", "--registry-path", str(tmp_path / "reg.sqlite")]) == 0
    hist = json.loads(capsys.readouterr().out)
    assert [v["ordinal"] for v in hist["versions"]] == [1, 2]
    assert hist["versions"][1]["summary"]["articles_new"] == 85


def test_manifest_key_groups_renamed_document(tmp_path, capsys):
    docs = tmp_path / "raw"
    docs.mkdir()
    for p in FIREFOX:
        shutil.copy(p, docs)
    rows = ["file,vendor,service,title,version,effective_date,key"]
    for i, p in enumerate(FIREFOX, 1):
        rows.append(f"{p.name},Mozilla,Accounts,Mozilla Accounts ToS,{i},,mozilla-accounts-tos")
    (docs / "manifest.csv").write_text("\n".join(rows) + "\n", encoding="utf-8")
    assert track(tmp_path, docs) == 0
    r = reg(tmp_path)
    assert r.counts()["documents"] == 1 and r.counts()["versions"] == 3 and r.counts()["diffs"] == 2
    doc = r.find_document("mozilla-accounts-tos")
    assert doc["vendor"] == "Mozilla" and doc["service"] == "Accounts"
    hist = r.history(doc["id"])
    assert [h["version"] for h in hist] == ["1", "2", "3"]
    assert all(h["diffed"] for h in hist)
    # version effective dates come from the documents when the manifest leaves them empty
    assert hist[0]["effective_date"] == "2022-04-10"


def test_without_manifest_key_is_normalized_title(tmp_path):
    assert title_key("サービス利用基本約款（Ver.2.0）") == title_key("サービス利用基本約款 (Ver.2.1)") == "サービス利用基本約款"
    docs = tmp_path / "docs"
    docs.mkdir()
    for p in FIREFOX:
        shutil.copy(p, docs)
    assert track(tmp_path, docs) == 0
    r = reg(tmp_path)
    # the 2022 title differs (Firefoxクラウドサービス), the later two share one
    assert r.counts()["documents"] == 2 and r.counts()["versions"] == 3 and r.counts()["diffs"] == 1


@needs_kiyaku
def test_diff_registry_refs(tmp_path, capsys):
    assert track(tmp_path, *KIYAKU[:2]) == 0
    capsys.readouterr()
    path = str(tmp_path / "reg.sqlite")
    out = tmp_path / "d.json"
    assert main(["diff", "--registry", "ソフィア・ガーデンズ川崎@1", "ソフィア・ガーデンズ川崎@2", "--format", "json",
                 "-o", str(out), "--registry-path", path]) == 0
    d = json.loads(out.read_text(encoding="utf-8"))
    r = reg(tmp_path)
    shas = [v["sha256"] for v in r.versions(r.find_document("ソフィア")["id"])]
    assert [d["old"]["sha256"], d["new"]["sha256"]] == shas
    stored = json.loads(r.con.execute("SELECT json FROM diffs").fetchone()[0])
    assert d["summary"] == stored["summary"]
    # other reference forms
    assert r.resolve("ソフィア@latest")[2] == 2
    assert r.resolve("ソフィア@v1")[2] == 1
    assert r.resolve(f"ソフィア@{shas[1][:8]}")[2] == 2
    assert r.document_at("ソフィア@1").source.sha256 == shas[0]
    assert len(r.document_at("ソフィア@2").articles) == 85
    with pytest.raises(InputNotFound):
        r.resolve("ソフィア@7")
    with pytest.raises(InputNotFound):
        r.resolve("no-such-document@1")
    assert main(["diff", "--registry", "ソフィア@1", "ソフィア@9", "--registry-path", path]) == 3


def test_history_missing_registry(tmp_path, capsys):
    assert main(["history", "x", "--registry-path", str(tmp_path / "none.sqlite")]) == 3
    assert "registry" in capsys.readouterr().err


def test_migrations_upgrade_old_schema(tmp_path):
    path = tmp_path / "old.sqlite"
    con = sqlite3.connect(path)
    MIGRATIONS[0](con)
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    r = Registry(path)
    assert r.schema_version() == SCHEMA_VERSION == len(MIGRATIONS)
    cols = {row[1] for row in r.con.execute("PRAGMA table_info(diffs)")}
    assert "substantive" in cols
    assert r.con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    r.close()
    assert Registry(path).schema_version() == SCHEMA_VERSION  # reopening applies nothing twice


@needs_kiyaku
def test_feed_lists_versions(tmp_path):
    assert track(tmp_path, *KIYAKU) == 0
    feed = tmp_path / "reports" / "feed.xml"
    root = ET.parse(feed).getroot()
    assert root.tag == f"{ATOM}feed"
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 3
    titles = [e.find(f"{ATOM}title").text for e in entries]
    assert titles[0].endswith("@3") and titles[2].endswith("@1")
    summaries = [e.find(f"{ATOM}summary").text for e in entries]
    assert "substantive" in summaries[0] and "first version" in summaries[2]
    assert "→" in entries[0].find(f"{ATOM}content").text
    ids = {e.find(f"{ATOM}id").text for e in entries}
    assert len(ids) == 3


def test_feed_escapes_text(tmp_path):
    from pipeline.store.feed import build_feed

    tree = build_feed([{"key": "a<b>&c", "title": "<script>x</script> & \x01", "ordinal": 2, "sha256": "ab" * 32,
                        "ingested_at": "2025-01-01T00:00:00+00:00", "effective_date": None, "source_path": "x&y",
                        "summary": {"substantive": 1}, "diff": None}])
    data = ET.tostring(tree.getroot(), encoding="unicode")
    assert "<script>" not in data and "&lt;script&gt;" in data
    assert ET.fromstring(data).find(f"{ATOM}entry/{ATOM}title").text.startswith("<script>")


def test_feed_window_and_links(tmp_path):
    """The feed keeps the newest --feed-entries versions; each entry links (rel=alternate) to the report of
    its change (the diff against the version before it), and a first version to its own report."""
    assert track(tmp_path, *FIREFOX, extra=["--manifest", str(RAW / "manifest.csv")]) == 0
    reports = tmp_path / "reports"

    def entries():
        root = ET.parse(reports / "feed.xml").getroot()
        return [(e.find(f"{ATOM}title").text, e.find(f"{ATOM}link").attrib) for e in root.findall(f"{ATOM}entry")]

    got = entries()
    assert [t.split("@")[1][:1] for t, _ in got] == ["3", "2", "1"]
    assert [a["href"] for _, a in got] == ["mozilla__accounts-tos/mozilla__accounts-tos@2-3.md",
                                           "mozilla__accounts-tos/mozilla__accounts-tos@1-2.md",
                                           "mozilla__accounts-tos/mozilla__accounts-tos@1.md"]
    assert all(a["rel"] == "alternate" and (reports / a["href"]).is_file() for _, a in got)
    assert "13歳以上" in (reports / got[0][1]["href"]).read_text(encoding="utf-8")  # the 2025 revision's change
    # a smaller window: the feed is rewritten when something changes; the registry keeps every version
    shutil.copy(SAMPLES["ekyc"], tmp_path / "other.txt")
    assert track(tmp_path, tmp_path / "other.txt", extra=["--feed-entries", "2"]) == 0
    assert len(entries()) == 2 and reg(tmp_path).counts()["versions"] == 4


def test_report_files_are_rewritten_from_the_registry(tmp_path):
    """The report files are copies of what the registry holds: a rerun with nothing new rewrites one that is
    missing and one left empty (what a power loss may do to a file never fsynced), with the same bytes."""
    assert track(tmp_path, *FIREFOX) == 0
    folder = tmp_path / "reports" / "mozilla__accounts-tos"  # raw/manifest.csv names the key
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert len(before) == 5  # @1, @2, @3 and the diffs @1-2, @2-3
    gone, emptied = sorted(before)[:2]
    (folder / gone).unlink()
    (folder / emptied).write_bytes(b"")
    assert track(tmp_path, *FIREFOX) == 0  # every file known: nothing new stored
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_concurrent_tracks_of_one_corpus(tmp_path):
    """Two `track raw/` at once on one registry and one reports folder: every version and diff stored once,
    every report file written, no temporary left; a third track finds everything known and changes nothing."""
    import subprocess
    import sys

    from conftest import ROOT

    argv = [sys.executable, "-m", "pipeline", "track", str(RAW), "--registry-path", str(tmp_path / "reg.sqlite"),
            "--reports", str(tmp_path / "reports")]
    ps = [subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outs = [p.communicate(timeout=300) for p in ps]
    assert [p.returncode for p in ps] == [0, 0], outs
    r = reg(tmp_path)
    assert r.counts()["versions"] == 8 and r.counts()["documents"] == 6 and r.counts()["diffs"] == 2
    assert r.pending_diffs() == []
    files = {p.relative_to(tmp_path / "reports"): p.read_bytes() for p in (tmp_path / "reports").rglob("*") if p.is_file()}
    assert not [p for p in files if p.name.endswith(".tmp")]
    assert len([p for p in files if p.suffix == ".md"]) == 8 + 2
    assert track(tmp_path, RAW) == 0
    assert r.counts()["versions"] == 8
    again = {p.relative_to(tmp_path / "reports"): p.read_bytes() for p in (tmp_path / "reports").rglob("*") if p.is_file()}
    assert again == files  # idempotent: not even the feed is rewritten
