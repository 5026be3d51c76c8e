"""``clausediff batch`` (and ``track``): ingest, checks and diffs for many documents, resumable.

Work is split in tasks of a few consecutive files, run by an engine (jobs.engines) through the
worker functions (jobs.worker), which return JSON-able results only. The registry writes stay
here in the parent, one transaction per version, in input order, so version ordinals do not
depend on which worker finished first. Each version is committed with its findings, its own
report and (when the worker could make it) its diff and the diff's report.

Diffs that a task could not make (the previous version is in another task, in an earlier run,
or was stored by a concurrent run) are found afterwards from the registry itself
(``Registry.pending_diffs``) and computed in a second pass. The registry is the journal: a
killed run leaves whole versions, a rerun skips stored SHA-256s, finishes the pending diffs and
writes every report file that is missing (store.reports.sync_reports), so after any kill a rerun
leaves exactly what an uninterrupted run leaves.

Library code: the run reports what happens through ``Events`` (the CLI prints them) and returns
its ``Stats``; it never prints.
"""

from __future__ import annotations

import gc
import hashlib
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EXIT_BAD_INPUT, EXIT_LIMIT, EXIT_NOT_FOUND, BadInput, ClausediffError
from ..ingest import Limits
from ..store.feed import FEED_ENTRIES, write_feed
from ..store.manifest import MANIFEST_NAME, folder_documents, manifests_near, read_manifest, rows_by_path
from ..store.registry import Registry, one_line
from ..store.reports import FEED_NAME, sync_reports, write_report
from .engines import make_engine, require
from .events import Events
from .worker import WORKER_GC_THRESHOLDS, _error, diff_chain, process_chunk


@dataclass
class Stats:
    new: list = field(default_factory=list)
    known: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    diffs: int = 0
    reports: list = field(default_factory=list)
    severities: set = field(default_factory=set)
    substantive: int = 0
    # (path, rule ids) of the versions stored with a check that failed on them (rule-failed findings)
    rules_failed: list = field(default_factory=list)
    files: int = 0
    engine_seconds: float = 0.0  # starting the process pool or the Dask cluster
    seconds: float = 0.0


@dataclass
class Inputs:
    files: list[Path]
    meta: dict[str, dict]  # resolved path → manifest fields
    refused: list[dict]  # manifest rows whose file is outside their folder: never read


def collect_inputs(sources: list[str], manifests: list[str] = ()) -> Inputs:
    """The files of the sources (files, folders, manifest.csv files) with their manifest fields.

    The manifests named (a source or ``--manifest``) and the manifest.csv of each folder named
    are read with the one manifest reader; their rows outside their folder are refused.
    """
    files: list[Path] = []
    named = list(manifests)
    for s in sources:
        p = Path(s)
        if p.is_file() and p.suffix.lower() == ".csv":
            named.append(p)
            files.extend(row.path for row in read_manifest(p) if row.error is None)
        elif not p.exists():
            raise BadInput("no such file or folder", s)
        else:
            if p.is_dir() and (p / MANIFEST_NAME).is_file():
                named.append(p / MANIFEST_NAME)
            files.extend(folder_documents(p) if p.is_dir() else [p])
    refused = [{"path": row.file, "error": row.error, "exit_code": EXIT_BAD_INPUT}
               for m in dict.fromkeys(map(str, named)) for row in read_manifest(m) if row.error]
    rows = rows_by_path(manifests_near(sources, named))
    return Inputs(files, {k: r.meta() for k, r in rows.items()}, refused)


class BatchRun:
    """One batch over ``sources`` into the registry at ``registry_path`` and the report folder
    ``reports`` (per-document Markdown reports and ``feed.xml``)."""

    def __init__(self, sources, registry_path, reports="reports", manifests=(), engine="local", scheduler=None,
                 workers=None, chunk=8, limits: Limits | None = None, feed=True, feed_entries=FEED_ENTRIES):
        self.sources = list(sources)
        self.registry_path = registry_path
        self.reports = reports
        self.manifests = list(manifests)
        self.engine_name = engine
        self.scheduler = scheduler
        self.workers = workers
        self.chunk = max(1, chunk)
        self.limits = limits or Limits()
        self.feed = feed
        self.feed_entries = feed_entries
        self.stats = Stats()
        self.events = Events()

    def run(self, events: Events | None = None) -> Stats:
        self.events = events or Events()
        started = time.perf_counter()
        require(self.engine_name)
        inputs = collect_inputs(self.sources, self.manifests)
        st = self.stats
        st.files = len(inputs.files) + len(inputs.refused)
        if not st.files:
            raise BadInput("no input documents found", ", ".join(self.sources))
        for r in inputs.refused:
            self._failed(r)
        reg = Registry(self.registry_path)
        known = reg.known_shas()
        plan: list[tuple[str, bytes, dict | None]] = []
        seen: set[str] = set()
        for f in inputs.files:
            try:
                size = f.stat().st_size
                if size > self.limits.max_bytes:
                    raise ClausediffError(f"file is {size:,} bytes, over the input size limit", str(f))
                data = f.read_bytes()
            except OSError as e:
                self._failed({"path": str(f), "error": e.strerror or str(e), "exit_code": EXIT_NOT_FOUND})
                continue
            except ClausediffError as e:
                self._failed({"path": str(f), "error": e.message, "exit_code": EXIT_LIMIT})
                continue
            sha = hashlib.sha256(data).hexdigest()
            if sha in known or sha in seen:
                st.known.append(str(f))
                self.events.info(f"known   {f} ({sha[:10]})")
                continue
            seen.add(sha)
            plan.append((str(f), data, inputs.meta.get(str(f.resolve()))))

        engine = None
        thresholds = gc.get_threshold()
        gc.set_threshold(*WORKER_GC_THRESHOLDS)  # see worker.warm; the parent unpickles every result
        # Report files are written (and fsynced) by a thread while the registry commits go on;
        # the reports themselves are already committed, so a kill loses no report (sync below).
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clausediff-reports")
        self._writes: list = []
        try:
            if plan or reg.pending_diffs():
                t = time.perf_counter()
                engine = make_engine(self.engine_name if len(plan) > 1 or self.engine_name == "inline"
                                     else "inline", self.scheduler, self.workers)
                st.engine_seconds = time.perf_counter() - t
            if plan:
                self._ingest(reg, engine, plan)
            self._sweep(reg, engine)
        finally:
            if engine is not None:
                engine.close()
            self._writer.shutdown(wait=True)
            gc.set_threshold(*thresholds)
        for fut in self._writes:  # a report that could not be written fails the run
            st.reports.append(str(fut.result()))
        if self.reports:
            st.reports += [str(p) for p in sync_reports(reg, self.reports)]
            if self.feed and (st.new or st.diffs or not (Path(self.reports) / FEED_NAME).exists()):
                write_feed(reg, self.reports, self.feed_entries)
        reg.close()
        st.seconds = time.perf_counter() - started
        return st

    def _failed(self, res: dict) -> None:
        self.stats.failed.append(res)
        self.events.failed(res["path"], res["error"])

    def _ingest(self, reg, engine, plan) -> None:
        tasks = [(plan[i:i + self.chunk], self.limits, plan[i - 1] if i else None)
                 for i in range(0, len(plan), self.chunk)]
        buffered: dict[int, list[dict] | None] = {}
        nxt = 0
        with self.events.progress(f"batch ({engine.name})", len(plan)) as advance:
            for i, results, err in engine.run(process_chunk, tasks):
                if err is not None:
                    results = [_error(p, err) for p, _, _ in tasks[i][0]]
                buffered[i] = results
                while nxt in buffered:
                    for res in buffered.pop(nxt):
                        self._commit(reg, res)
                    advance(len(tasks[nxt][0]))
                    nxt += 1

    def _commit(self, reg, res: dict) -> None:
        st = self.stats
        if not res["ok"]:
            self._failed(res)
            return
        out = reg.store(res)
        if out["status"] == "known":
            st.known.append(res["path"])
            self.events.info(f"known   {res['path']} ({res['sha256'][:10]})")
            return
        st.new.append(res["path"])
        st.severities.update(f.get("severity") for f in res.get("findings") or [])
        broken = sorted({f.get("excerpt") for f in res.get("findings") or [] if f.get("rule") == "rule-failed"})
        if broken:
            st.rules_failed.append((res["path"], broken))
            self.events.failed(res["path"], f"the check(s) {', '.join(broken)} failed on it; stored with the other "
                                            "checks' findings and a rule-failed finding")
        n = reg.ordinal(out["version_id"])
        if self.reports and res.get("report") is not None:
            self._write(res["key"], n, None, res["report"])
        msg = f"new     {res['key']}@{n}  {res['path']}"
        if out["diffed"]:
            d = res["diff"]
            self._after_diff(res["key"], n - 1, n, d)
            msg += f"  vs @{n - 1}: {one_line(d['summary'])}"
        elif out["prev_id"] is not None:
            msg += f"  (diff vs @{n - 1} pending)"
        else:
            msg += "  (new document)"
        self.events.info(msg)

    def _write(self, key: str, new_n: int, old_n: int | None, markdown: str) -> None:
        self._writes.append(self._writer.submit(write_report, self.reports, key, new_n, old_n, markdown))

    def _after_diff(self, key: str, old_n: int, new_n: int, d: dict) -> None:
        st = self.stats
        st.diffs += 1
        st.substantive += int(d["summary"].get("substantive") or 0)
        if self.reports:
            self._write(key, new_n, old_n, d["markdown"])

    def _sweep(self, reg, engine) -> None:
        """Diffs of stored versions against their predecessor that are not stored yet."""
        pending = reg.pending_diffs()
        if not pending:
            return
        # chains of consecutive pending pairs, cut every `chunk` versions
        chains: list[list[int]] = []
        for doc_id, prev, vid in pending:
            if chains and chains[-1][-1] == prev and len(chains[-1]) <= self.chunk:
                chains[-1].append(vid)
            else:
                chains.append([prev, vid])
        keys = {r["id"]: r["key"] for r in reg.con.execute("SELECT d.id, d.key FROM documents d")}
        doc_of = {vid: doc for doc, _, vid in pending}
        tasks = [([(vid, *reg.source_of(vid)) for vid in ch], self.limits) for ch in chains]
        with self.events.progress("diffs", len(pending)) as advance:
            for i, results, err in engine.run(diff_chain, tasks):
                if err is not None:
                    self.events.failed("diff task", str(err))
                    continue
                for r in results:
                    if not r["ok"]:
                        self.events.failed(f"diff of {r.get('path')}", r["error"])
                        continue
                    reg.store_diff(r["old"], r["new"], r["json"], r["summary"], r["markdown"])
                    key = keys.get(doc_of.get(r["new"]), "document")
                    old_n, new_n = reg.ordinal(r["old"]), reg.ordinal(r["new"])
                    self._after_diff(key, old_n, new_n, r)
                    self.events.info(f"diff    {key}@{old_n}→@{new_n}: {one_line(r['summary'])}")
                    advance(1)
