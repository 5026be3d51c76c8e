"""Change tracking: a SQLite registry of documents, their versions, diffs and findings.

The registry (default ``.clausediff/registry.sqlite``) is also the journal of
``clausediff track`` and ``clausediff batch``: every document version is
stored with its findings (and its diff against the previous version of the
same document, when known) in one transaction, and a file whose SHA-256 is
already stored is skipped. A killed run therefore leaves only whole versions
behind, and a rerun finishes the rest.

Concurrency: WAL journal, ``busy_timeout``, and ``BEGIN IMMEDIATE`` for every
write, so two runs on the same registry serialize their writes instead of
corrupting the file or failing with "database is locked".

Version references (``DOC@REF``): DOC is a document key (exact, or a unique
part of a key or title, or the numeric document id); REF is an ordinal
(``1``, ``v2``), ``latest``, or a SHA-256 prefix (at least 4 hex digits).
"""

from __future__ import annotations

import datetime as _dt
import json
import re
import sqlite3
import random
import time
import unicodedata
import zlib
from pathlib import Path

from ..errors import BadInput, ClausediffError, InputNotFound
from ..io import safe_name
from . import DEFAULT_PATH  # (defined in pipeline.store, for the command line)


# ------------------------------------------------------------------ schema migrations


def _m1_initial(con: sqlite3.Connection) -> None:
    _script(
        con,
        """
        CREATE TABLE IF NOT EXISTS documents (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL UNIQUE,
            vendor TEXT,
            service TEXT,
            title TEXT
        );
        CREATE TABLE IF NOT EXISTS versions (
            id INTEGER PRIMARY KEY,
            document_id INTEGER NOT NULL REFERENCES documents(id),
            sha256 TEXT NOT NULL UNIQUE,
            source_path TEXT,
            ingested_at TEXT NOT NULL,
            effective_date TEXT,
            version TEXT,
            title TEXT,
            format TEXT,
            structure TEXT,
            source_text TEXT,
            source_bytes BLOB
        );
        CREATE INDEX IF NOT EXISTS versions_document ON versions(document_id, id);
        CREATE TABLE IF NOT EXISTS diffs (
            id INTEGER PRIMARY KEY,
            old_version INTEGER NOT NULL REFERENCES versions(id),
            new_version INTEGER NOT NULL REFERENCES versions(id),
            json TEXT NOT NULL,
            summary TEXT NOT NULL,
            created_at TEXT NOT NULL,
            UNIQUE(old_version, new_version)
        );
        CREATE TABLE IF NOT EXISTS findings (
            id INTEGER PRIMARY KEY,
            version_id INTEGER NOT NULL REFERENCES versions(id),
            rule TEXT,
            severity TEXT,
            article TEXT,
            excerpt TEXT,
            message TEXT,
            json TEXT
        );
        CREATE INDEX IF NOT EXISTS findings_version ON findings(version_id);
        """
    )


def _script(con: sqlite3.Connection, sql: str) -> None:
    # not executescript(): it would COMMIT the migration transaction half-way
    for stmt in sql.split(";"):
        if stmt.strip():
            con.execute(stmt)


def _m2_diff_lookup(con: sqlite3.Connection) -> None:
    con.execute("CREATE INDEX IF NOT EXISTS diffs_new ON diffs(new_version)")
    con.execute("ALTER TABLE diffs ADD COLUMN substantive INTEGER NOT NULL DEFAULT 0")


def _m3_diff_report(con: sqlite3.Connection) -> None:
    # The diff's Markdown report, zlib-compressed, committed with the diff: the report is part of
    # the same unit of work, so a run killed after the commit can write the file from here.
    # Likewise each version's own report (its checks' findings), committed with the version.
    # report_size: its length in bytes of UTF-8, which the report file must have (store.reports.sync_reports).
    for table in ("diffs", "versions"):
        con.execute(f"ALTER TABLE {table} ADD COLUMN report BLOB")
        con.execute(f"ALTER TABLE {table} ADD COLUMN report_size INTEGER")


MIGRATIONS = [_m1_initial, _m2_diff_lookup, _m3_diff_report]
SCHEMA_VERSION = len(MIGRATIONS)


def _z(text: str | None) -> tuple[bytes | None, int | None]:
    """(compressed UTF-8, length of the UTF-8) of a report."""
    if text is None:
        return None, None
    b = text.encode("utf-8")
    return zlib.compress(b, 6), len(b)


def _now() -> str:
    return _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")


# ------------------------------------------------------------------ document keys


_VERSION_TAIL = re.compile(
    r"[\(（\[［]\s*(?:ver(?:sion)?\.?\s*[\d.]+|v[\d.]+|第?\s*[\d.]+\s*版|[\d.]+\s*版|\d{4}[年./-]\d{1,2}(?:[月./-]\d{1,2}日?)?[^)）\]］]*)\s*[\)）\]］]",
    re.IGNORECASE,
)
_STEM_TAIL = re.compile(r"(?:[._\-]+(?:v?\d[\d.\-]*|[0-9a-f]{8,}|ja|en))+$", re.IGNORECASE)


def title_key(title: str | None, path: str | None = None) -> str:
    """The document key derived from a title: NFKC, no version/date suffix, no spaces, lower case.

    Without a title, the file stem with its version/date/hash tail removed.
    """
    s = unicodedata.normalize("NFKC", title or "")
    s = _VERSION_TAIL.sub("", s)
    s = re.sub(r"\s+", "", s).lower()
    if s:
        return s
    stem = Path(path or "document").name.split(".")[0] if path else "document"
    stem = _STEM_TAIL.sub("", unicodedata.normalize("NFKC", stem)) or stem
    return stem.lower()


# ------------------------------------------------------------------ the registry


class Registry:
    def __init__(self, path: str | Path = DEFAULT_PATH, create: bool = True):
        self.path = Path(path)
        if not create and not self.path.exists():
            raise InputNotFound("no registry here (run `clausediff track` or `clausediff batch` first)", str(self.path))
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.con = sqlite3.connect(str(self.path), timeout=120, isolation_level=None)
        except (OSError, sqlite3.Error) as e:
            raise ClausediffError(f"cannot open registry: {e}", str(self.path)) from None
        self.con.row_factory = sqlite3.Row
        self.con.execute("PRAGMA busy_timeout = 120000")
        # Switching to WAL and the first migration may meet SQLITE_BUSY without the busy
        # handler being called (another run is creating the same file): retry for a while.
        deadline = time.monotonic() + 120
        while True:
            try:
                if self.con.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
                    self.con.execute("PRAGMA journal_mode = WAL")
                self.con.execute("PRAGMA synchronous = NORMAL")
                self.con.execute("PRAGMA foreign_keys = ON")
                self.migrate()
                break
            except sqlite3.OperationalError as e:
                if ("locked" not in str(e) and "busy" not in str(e)) or time.monotonic() > deadline:
                    raise
                time.sleep(0.05 + random.random() * 0.1)

    # -- plumbing

    def close(self) -> None:
        self.con.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def _begin(self) -> None:
        self.con.execute("BEGIN IMMEDIATE")

    def migrate(self) -> None:
        have = self.con.execute("PRAGMA user_version").fetchone()[0]
        if have >= SCHEMA_VERSION:
            return
        self._begin()
        try:
            have = self.con.execute("PRAGMA user_version").fetchone()[0]  # another run may have migrated
            self.con.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT)")
            for n, m in enumerate(MIGRATIONS[have:], start=have + 1):
                m(self.con)
                self.con.execute("INSERT OR REPLACE INTO schema_version VALUES (?, ?)", (n, _now()))
                self.con.execute(f"PRAGMA user_version = {n}")
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def schema_version(self) -> int:
        return self.con.execute("PRAGMA user_version").fetchone()[0]

    # -- reads

    def known_shas(self) -> set[str]:
        return {r[0] for r in self.con.execute("SELECT sha256 FROM versions")}

    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0]
                for t in ("documents", "versions", "diffs", "findings")}

    def documents(self) -> list[sqlite3.Row]:
        return self.con.execute(
            "SELECT d.*, COUNT(v.id) AS n, MAX(v.ingested_at) AS last FROM documents d "
            "LEFT JOIN versions v ON v.document_id = d.id GROUP BY d.id ORDER BY d.key").fetchall()

    def find_document(self, ref: str) -> sqlite3.Row:
        ref = ref.strip()
        con = self.con
        row = con.execute("SELECT * FROM documents WHERE key = ?", (ref,)).fetchone()
        if row is None:
            row = con.execute("SELECT * FROM documents WHERE key = ?", (title_key(ref),)).fetchone()
        if row is None and ref.isdigit():
            row = con.execute("SELECT * FROM documents WHERE id = ?", (int(ref),)).fetchone()
        if row is None:
            rows = [r for r in con.execute("SELECT * FROM documents")
                    if ref in r["key"] or (r["title"] and ref in r["title"]) or safe_name(r["key"]) == ref]
            if len(rows) == 1:
                row = rows[0]
            elif len(rows) > 1:
                raise BadInput("ambiguous document: " + ", ".join(r["key"] for r in rows[:5]), ref)
        if row is None:
            raise InputNotFound("no such document in the registry (see `clausediff history`)", ref)
        return row

    def versions(self, document_id: int) -> list[sqlite3.Row]:
        return self.con.execute(
            "SELECT id, document_id, sha256, source_path, ingested_at, effective_date, version, title, format "
            "FROM versions WHERE document_id = ? ORDER BY id", (document_id,)).fetchall()

    def latest(self, document_id: int) -> sqlite3.Row | None:
        return self.con.execute("SELECT id, sha256 FROM versions WHERE document_id = ? ORDER BY id DESC LIMIT 1",
                                (document_id,)).fetchone()

    def resolve(self, ref: str) -> tuple[sqlite3.Row, sqlite3.Row, int]:
        """(document, version, ordinal) of DOC@REF (REF: 1, v2, latest, or a SHA-256 prefix)."""
        doc_ref, at, vref = ref.rpartition("@")
        if not at:
            doc_ref, vref = ref, "latest"
        doc = self.find_document(doc_ref)
        vs = self.versions(doc["id"])
        if not vs:
            raise InputNotFound("document has no versions", doc["key"])
        v = vref.strip().lower()
        if v in ("", "latest", "last", "head"):
            return doc, vs[-1], len(vs)
        m = re.fullmatch(r"v?(\d{1,6})", v)
        if m and (v.startswith("v") or len(v) < 4 or int(m.group(1)) <= len(vs)):
            n = int(m.group(1))
            if 1 <= n <= len(vs):
                return doc, vs[n - 1], n
            raise InputNotFound(f"version {n} does not exist ({doc['key']} has {len(vs)})", ref)
        if re.fullmatch(r"[0-9a-f]{4,64}", v):
            hits = [(i, r) for i, r in enumerate(vs, 1) if r["sha256"].startswith(v)]
            if len(hits) == 1:
                return doc, hits[0][1], hits[0][0]
            if len(hits) > 1:
                raise BadInput("ambiguous SHA-256 prefix", ref)
        raise InputNotFound("no such version (use a number, latest or a SHA-256 prefix)", ref)

    def source_of(self, version_id: int) -> tuple[bytes, str]:
        row = self.con.execute("SELECT source_bytes, source_text, source_path FROM versions WHERE id = ?",
                               (version_id,)).fetchone()
        if row is None:
            raise InputNotFound("no such version", str(version_id))
        data = zlib.decompress(row["source_bytes"]) if row["source_bytes"] is not None else row["source_text"].encode()
        return data, row["source_path"] or f"version-{version_id}.txt"

    def document_at(self, ref: str):
        """The Document of DOC@REF, rebuilt from the stored original bytes."""
        from ..api import document_from_source
        from ..ingest import Limits, load_bytes

        _, v, _ = self.resolve(ref)
        data, name = self.source_of(v["id"])
        return document_from_source(load_bytes(data, name, Limits(max_bytes=max(len(data), 1) * 2)))

    def diff_row(self, old_id: int, new_id: int) -> sqlite3.Row | None:
        return self.con.execute("SELECT * FROM diffs WHERE old_version = ? AND new_version = ?",
                                (old_id, new_id)).fetchone()

    def history(self, document_id: int) -> list[dict]:
        out = []
        prev = None
        for n, v in enumerate(self.versions(document_id), 1):
            d = self.diff_row(prev["id"], v["id"]) if prev is not None else None
            nf = self.con.execute("SELECT COUNT(*) FROM findings WHERE version_id = ?", (v["id"],)).fetchone()[0]
            out.append({"ordinal": n, "id": v["id"], "sha256": v["sha256"], "ingested_at": v["ingested_at"],
                        "effective_date": v["effective_date"], "version": v["version"], "path": v["source_path"],
                        "title": v["title"], "findings": nf,
                        "summary": json.loads(d["summary"]) if d is not None else None,
                        "diffed": d is not None or prev is None})
            prev = v
        return out

    def pending_diffs(self) -> list[tuple[int, int, int]]:
        """(document_id, previous version id, version id) of versions whose diff is not stored yet."""
        rows = self.con.execute(
            "SELECT p.document_id, p.prev, p.vid FROM (SELECT id AS vid, document_id, "
            "LAG(id) OVER (PARTITION BY document_id ORDER BY id) AS prev FROM versions) AS p "
            "WHERE p.prev IS NOT NULL AND NOT EXISTS "
            "(SELECT 1 FROM diffs d WHERE d.old_version = p.prev AND d.new_version = p.vid) "
            "ORDER BY p.document_id, p.vid").fetchall()
        return [(r[0], r[1], r[2]) for r in rows]

    def ordinal(self, version_id: int) -> int:
        return self.con.execute(
            "SELECT COUNT(*) FROM versions WHERE document_id = (SELECT document_id FROM versions WHERE id = ?) "
            "AND id <= ?", (version_id, version_id)).fetchone()[0]

    def recent_versions(self, limit: int) -> list[dict]:
        """The newest ``limit`` versions, newest first, each with its summary and diff against the
        version before it (when stored)."""
        rows = self.con.execute(
            "SELECT v.id, v.sha256, v.ingested_at, v.effective_date, v.version, v.title AS vtitle, v.source_path, "
            "v.report IS NOT NULL AS has_report, "
            "d.key, d.title, d.vendor, d.service, d.id AS document_id FROM versions v "
            "JOIN documents d ON d.id = v.document_id ORDER BY v.id DESC LIMIT ?", (limit,)).fetchall()
        out = []
        for r in rows:
            diff = self.con.execute("SELECT summary, json, report IS NOT NULL AS has_report FROM diffs "
                                    "WHERE new_version = ? ORDER BY id DESC LIMIT 1",
                                    (r["id"],)).fetchone()
            out.append({**dict(r), "ordinal": self.ordinal(r["id"]),
                        "summary": json.loads(diff["summary"]) if diff else None,
                        "diff": json.loads(diff["json"]) if diff else None,
                        "diff_report": bool(diff and diff["has_report"])})
        return out

    # -- writes

    def store(self, res: dict, diff_ok: bool = True) -> dict:
        """Store one processed version (a result of pipeline.jobs.worker.process_file) in one transaction,
        with its findings, its report and, when the worker made it, its diff and the diff's report.

        Returns {"status": "new"|"known", "version_id", "document_id", "prev_id", "diffed"}.
        The precomputed diff is stored only if it was made against the version that is
        the document's latest at commit time; otherwise it is left to ``pending_diffs``.
        """
        con = self.con
        self._begin()
        try:
            row = con.execute("SELECT id, document_id FROM versions WHERE sha256 = ?", (res["sha256"],)).fetchone()
            if row is not None:
                con.execute("COMMIT")
                return {"status": "known", "version_id": row[0], "document_id": row[1], "prev_id": None,
                        "diffed": False}
            con.execute("INSERT OR IGNORE INTO documents (key, vendor, service, title) VALUES (?, ?, ?, ?)",
                        (res["key"], res.get("vendor"), res.get("service"), res.get("title")))
            doc = con.execute("SELECT id FROM documents WHERE key = ?", (res["key"],)).fetchone()
            doc_id = doc[0]
            con.execute("UPDATE documents SET title = COALESCE(?, title), vendor = COALESCE(?, vendor), "
                        "service = COALESCE(?, service) WHERE id = ?",
                        (res.get("title"), res.get("vendor"), res.get("service"), doc_id))
            prev = con.execute("SELECT id, sha256 FROM versions WHERE document_id = ? ORDER BY id DESC LIMIT 1",
                               (doc_id,)).fetchone()
            cur = con.execute(
                "INSERT INTO versions (document_id, sha256, source_path, ingested_at, effective_date, version, title, "
                "format, structure, source_text, source_bytes, report, report_size) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (doc_id, res["sha256"], res.get("path"), _now(), res.get("effective_date"), res.get("version"),
                 res.get("title"), res.get("format"), res.get("structure"), res.get("source_text"),
                 res["source_z"], *_z(res.get("report"))))
            vid = cur.lastrowid
            findings = res.get("findings") or []
            texts = res["findings_json"]
            con.executemany("INSERT INTO findings (version_id, rule, severity, article, excerpt, message, json) "
                            "VALUES (?,?,?,?,?,?,?)",
                            [(vid, f.get("rule"), f.get("severity"), f.get("article"), f.get("excerpt"),
                              f.get("message"), js) for f, js in zip(findings, texts)])
            diffed = False
            d = res.get("diff")
            if diff_ok and prev is not None and d is not None and d.get("prev_sha") == prev[1]:
                self._insert_diff(prev[0], vid, d["json"], d["summary"], d.get("markdown"))
                diffed = True
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return {"status": "new", "version_id": vid, "document_id": doc_id,
                "prev_id": prev[0] if prev is not None else None, "diffed": diffed}

    def _insert_diff(self, old_id: int, new_id: int, js: str, summary: dict, report: str | None) -> None:
        self.con.execute("INSERT OR IGNORE INTO diffs (old_version, new_version, json, summary, created_at, substantive, "
                         "report, report_size) VALUES (?,?,?,?,?,?,?,?)",
                         (old_id, new_id, js, json.dumps(summary, ensure_ascii=False), _now(),
                          int(summary.get("substantive") or 0), *_z(report)))

    def store_diff(self, old_id: int, new_id: int, js: str, summary: dict, report: str | None = None) -> None:
        """Store a diff and its Markdown report in one transaction."""
        self._begin()
        try:
            self._insert_diff(old_id, new_id, js, summary, report)
            self.con.execute("COMMIT")
        except BaseException:
            self.con.execute("ROLLBACK")
            raise

    def report_index(self) -> list[dict]:
        """Every stored version and diff that has a report: kind ("version" or "diff"), id, document
        key, ordinals (``old_n`` None for a version), size of the report in bytes."""
        rows = self.con.execute(
            "WITH o AS (SELECT id, document_id, report_size, "
            "ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY id) AS n FROM versions) "
            "SELECT 'version' AS kind, o.id, d.key, NULL AS old_n, o.n AS new_n, o.report_size AS size FROM o "
            "JOIN documents d ON d.id = o.document_id WHERE o.report_size IS NOT NULL "
            "UNION ALL "
            "SELECT 'diff', df.id, d.key, vo.n, vn.n, df.report_size FROM diffs df JOIN o vn ON vn.id = df.new_version "
            "JOIN o vo ON vo.id = df.old_version JOIN documents d ON d.id = vn.document_id "
            "WHERE df.report_size IS NOT NULL ORDER BY 3, 5, 1").fetchall()
        return [dict(r) for r in rows]

    def report_text(self, kind: str, row_id: int) -> str:
        """The stored Markdown report of a version or a diff."""
        table = {"version": "versions", "diff": "diffs"}[kind]
        row = self.con.execute(f"SELECT report FROM {table} WHERE id = ?", (row_id,)).fetchone()
        if row is None or row["report"] is None:
            raise InputNotFound(f"no stored report for this {kind}", str(row_id))
        return zlib.decompress(row["report"]).decode("utf-8")


# ------------------------------------------------------------------ summaries and reports


def one_line(summary: dict | None) -> str:
    if summary is None:
        return "—"
    st = summary.get("status") or {}
    kinds = summary.get("kinds") or {}
    parts = [f"{summary.get('substantive', 0)} substantive"]
    for k in ("inserted", "deleted", "moved", "split", "merged", "renumbered"):
        if st.get(k):
            parts.append(f"{st[k]} {k}")
    other = sum(v for k, v in kinds.items() if k != "substantive")
    if other:
        parts.append(f"{other} minor")
    cats = summary.get("substantive_categories") or {}
    if cats:
        parts.append("(" + ", ".join(f"{k} {v}" for k, v in sorted(cats.items(), key=lambda x: -x[1])[:4]) + ")")
    if summary.get("findings"):
        parts.append(f"{summary['findings']} findings")
    return ", ".join(parts)
