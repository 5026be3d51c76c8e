"""``clausediff batch`` (and ``track``): ingest, checks and diffs for many documents.

Work is split in tasks of a few consecutive files. A worker (a process of a
``ProcessPoolExecutor``, a Dask worker, or the calling process for ``track``)
parses each file, runs the checks, and diffs it against the previous file of
the same document *in the same task*; it returns JSON-able results only. The
registry writes stay in the parent, one transaction per version, in input
order, so version ordinals do not depend on which worker finished first.

Diffs that a task could not make (the previous version is in another task, in
an earlier run, or was stored by a concurrent run) are found afterwards from
the registry itself (``Registry.pending_diffs``) and computed in a second
pass. The registry is the journal: a killed run leaves whole versions, a rerun
skips stored SHA-256s and finishes the pending diffs.
"""

from __future__ import annotations

import gc
import hashlib
import os
import sys
import time
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .errors import EXIT_FAIL_ON, EXIT_OK, BadInput, ClausediffError
from .ingest import Limits

# ------------------------------------------------------------------ worker side (no registry access)


def _checks(doc) -> list[dict]:
    try:
        from .checks import run_checks
    except ImportError:
        return []
    return [f.to_dict(doc) for f in run_checks(doc)]


def _markdown(result) -> str | None:
    try:
        from .reports.markdown import diff_markdown
    except ImportError:
        return None
    try:
        return diff_markdown(result)
    except Exception:  # a report bug must not lose the diff itself
        return None


def _diff(old_doc, new_doc) -> dict:
    import json

    from .api import compare_versions as diff
    from .serialize import diff_dict

    result = diff(old_doc, new_doc)
    d = diff_dict(result)
    return {"json": json.dumps(d, ensure_ascii=False), "summary": d["summary"], "markdown": _markdown(result)}


def _error(path: str, e: BaseException) -> dict:
    if isinstance(e, ClausediffError):
        msg, code = (e.message if e.path else str(e)), e.exit_code
    else:
        msg, code = f"internal error: {type(e).__name__}: {e}", 8
    return {"ok": False, "path": path, "error": " ".join(str(msg).split()), "exit_code": code}


def _read(path: str, data: bytes, limits: Limits):
    """ingest → normalize → structure, in a worker."""
    from .api import document_from_source
    from .ingest import load_bytes

    return document_from_source(load_bytes(data, path, limits))


def process_file(path: str, data: bytes, meta: dict | None, limits: Limits):
    """(result dict, Document or None) for one file."""
    import json

    from .ingest import Deadline
    from .serialize import document_dict

    meta = meta or {}
    try:
        # one time budget for the document: ingest → normalize → structure (spent inside) → checks
        deadline = Deadline(limits.max_seconds, path)
        doc = _read(path, data, limits)
        findings = _checks(doc)
        deadline.check("after the checks")
        md = doc.metadata or {}
        res = {
            "ok": True,
            "path": path,
            "sha256": doc.source.sha256,
            "format": doc.source.format,
            "title": meta.get("title") or doc.title,
            "key": _document_key(meta, doc, path),
            "vendor": meta.get("vendor"),
            "service": meta.get("service"),
            "version": meta.get("version") or md.get("version"),
            "effective_date": meta.get("effective_date") or md.get("effective_date"),
            "structure": json.dumps(document_dict(doc), ensure_ascii=False),
            "source_text": doc.source.text,
            "findings": findings,
            # serialized and compressed here, in the worker, not in the parent that commits every version
            "findings_json": [json.dumps(f, ensure_ascii=False) for f in findings],
            "source_z": zlib.compress(data, 1),
            "diff": None,
        }
        return res, doc
    except Exception as e:  # one bad file never stops the batch
        return _error(path, e), None


def _document_key(meta: dict, doc, path: str) -> str:
    from .registry import title_key

    return meta.get("key") or title_key(meta.get("title") or doc.title, path)


def process_chunk(items: list[tuple[str, bytes, dict | None]], limits: Limits,
                  lead: tuple[str, bytes, dict | None] | None = None) -> list[dict]:
    """Parse + checks for each file; diff against the previous file of the same document in this chunk.

    ``lead`` is the file just before the chunk in the batch's order: it is parsed (not
    checked, not returned) so that the chunk's first file can be diffed against it here,
    instead of both being parsed again by the pending-diff pass.
    """
    out = []
    last: dict[str, tuple[str, object]] = {}
    if lead is not None:
        path, data, meta = lead
        try:
            doc = _read(path, data, limits)
            last[_document_key(meta or {}, doc, path)] = (doc.source.sha256, doc)
        except Exception:  # the lead's own task reports its failure
            pass
    for path, data, meta in items:
        res, doc = process_file(path, data, meta, limits)
        if res["ok"]:
            prev = last.get(res["key"])
            if prev is not None:
                try:
                    res["diff"] = {"prev_sha": prev[0], **_diff(prev[1], doc)}
                except Exception as e:
                    res["diff_error"] = _error(path, e)["error"]
            last[res["key"]] = (res["sha256"], doc)
        out.append(res)
    return out


def diff_chain(chain: list[tuple[int, bytes, str]], limits: Limits) -> list[dict]:
    """Diffs of consecutive stored versions [(version_id, bytes, name), …]; each is parsed once."""
    out = []
    prev = None
    for vid, data, name in chain:
        try:
            # a stored version is read whatever its size: it was within the limit when it was stored
            doc = _read(name, data, Limits(max(limits.max_bytes, len(data) + 1), limits.max_pages, limits.max_seconds))
        except Exception as e:
            out.append({"ok": False, "new": vid, **_error(name, e)})
            prev = None
            continue
        if prev is not None:
            try:
                out.append({"ok": True, "old": prev[0], "new": vid, **_diff(prev[1], doc)})
            except Exception as e:
                out.append({"ok": False, "old": prev[0], "new": vid, **_error(name, e)})
        prev = (vid, doc)
    return out


WORKER_GC_THRESHOLDS = (20000, 20, 50)


def _warm() -> int:
    """Set up a worker process: load its tokenizer (pipeline.tokens keeps one per process) and
    make the cyclic garbage collector run less often. A worker builds tens of thousands of
    small tuples per document and keeps large caches; with the default thresholds the
    collector's scans took about 7 % of the time, and the documents hold no reference cycles
    that must be freed early."""
    from .tokens import tagger

    gc.set_threshold(*WORKER_GC_THRESHOLDS)
    tagger()
    return os.getpid()


# ------------------------------------------------------------------ engines


class InlineEngine:
    name = "inline"

    def run(self, fn, tasks):
        for i, t in enumerate(tasks):
            try:
                yield i, fn(*t), None
            except Exception as e:
                yield i, None, e

    def close(self):
        pass


MAX_TASKS_PER_CHILD = 500


class LocalEngine:
    name = "local"

    def __init__(self, workers: int | None):
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        self.workers = max(1, workers or os.cpu_count() or 1)
        ctx = mp.get_context("forkserver")
        try:
            from .checks import RULE_MODULES

            # imported once in the fork server, so each new worker starts with them loaded
            ctx.set_forkserver_preload(["pipeline.batch", "pipeline.api", "pipeline.diff", "pipeline.serialize",
                                        "pipeline.reports.markdown", "pipeline.tokens"]
                                       + [f"pipeline.checks.{m}" for m in RULE_MODULES])
        except Exception:
            pass
        # A worker's caches are bounded (pipeline.tokens: CACHE_TOKENS) and it keeps them
        # across tasks, which is what makes successive versions cheap. Workers are still
        # replaced now and then, as a guard against leaks in third-party readers (PDF, Word).
        self.pool = ProcessPoolExecutor(max_workers=self.workers, mp_context=ctx, initializer=_warm,
                                        max_tasks_per_child=MAX_TASKS_PER_CHILD)

    def run(self, fn, tasks):
        from concurrent.futures import FIRST_COMPLETED, wait

        tasks = list(tasks)
        pending = {}
        nxt = 0
        limit = self.workers * 3
        while nxt < len(tasks) or pending:
            while nxt < len(tasks) and len(pending) < limit:
                pending[self.pool.submit(fn, *tasks[nxt])] = nxt
                nxt += 1
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for f in done:
                i = pending.pop(f)
                try:
                    yield i, f.result(), None
                except Exception as e:
                    yield i, None, e

    def close(self):
        self.pool.shutdown(wait=True, cancel_futures=True)


class DaskEngine:
    name = "dask"

    def __init__(self, scheduler: str | None, workers: int | None):
        from distributed import Client, LocalCluster

        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            n = max(1, workers or os.cpu_count() or 1)
            self.cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=40)
            self.client = Client(self.cluster)
        try:
            self.client.run(_warm)  # one tagger per worker process, loaded before the first task
        except Exception:
            pass
        self.workers = max(1, len(self.client.scheduler_info().get("workers", {})) or 1)

    def run(self, fn, tasks):
        from distributed import as_completed

        tasks = list(tasks)
        limit = self.workers * 3
        index = {}
        nxt = 0
        ac = as_completed()
        while nxt < len(tasks) and nxt < limit:
            f = self.client.submit(fn, *tasks[nxt], pure=False)
            index[f.key] = nxt
            ac.add(f)
            nxt += 1
        for f in ac:
            i = index.pop(f.key)
            try:
                yield i, f.result(), None
            except Exception as e:
                yield i, None, e
            f.release()
            if nxt < len(tasks):
                g = self.client.submit(fn, *tasks[nxt], pure=False)
                index[g.key] = nxt
                ac.add(g)
                nxt += 1

    def close(self):
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def make_engine(name: str, scheduler: str | None = None, workers: int | None = None):
    if name == "inline":
        return InlineEngine()
    if name == "dask":
        return DaskEngine(scheduler, workers)
    return LocalEngine(workers)


# ------------------------------------------------------------------ the run (parent side)


@dataclass
class Stats:
    new: list = field(default_factory=list)
    known: list = field(default_factory=list)
    failed: list = field(default_factory=list)
    diffs: int = 0
    reports: list = field(default_factory=list)
    severities: set = field(default_factory=set)
    substantive: int = 0
    engine_seconds: float = 0.0  # starting the process pool or the Dask cluster


def collect_inputs(source: list[str], manifests: list[str]) -> tuple[list[Path], dict[str, dict]]:
    from .cli import expand_inputs
    from .registry import manifests_for, read_manifest

    files: list[Path] = []
    extra = list(manifests)
    for s in source:
        p = Path(s)
        if p.is_file() and p.suffix.lower() == ".csv":
            rows = read_manifest(p)
            extra.append(p)
            files.extend(Path(k) for k in rows)
        elif not p.exists():
            raise BadInput("no such file or folder", s)
        else:
            files.extend(expand_inputs([s]))
    return files, manifests_for(source, extra)


class BatchRun:
    def __init__(self, sources, registry_path, reports="reports", manifests=(), engine="local", scheduler=None,
                 workers=None, chunk=8, limits: Limits | None = None, fail_on=None, feed=True):
        self.sources = list(sources)
        self.registry_path = registry_path
        self.reports = reports
        self.manifests = list(manifests)
        self.engine_name = engine
        self.scheduler = scheduler
        self.workers = workers
        self.chunk = max(1, chunk)
        self.limits = limits or Limits()
        self.fail_on = fail_on
        self.feed = feed
        self.stats = Stats()

    @classmethod
    def from_args(cls, args, engine: str):
        from .cli import _limits

        sources = getattr(args, "paths", None) or [getattr(args, "source", "raw")]
        return cls(sources, args.registry_path, reports=args.reports, manifests=args.manifest, engine=engine,
                   scheduler=getattr(args, "scheduler", None), workers=getattr(args, "workers", None),
                   chunk=getattr(args, "chunk", 8), limits=_limits(args), fail_on=getattr(args, "fail_on", None),
                   feed=not args.no_feed)

    def _say(self, msg: str) -> None:
        if self.verbose:
            print(msg, flush=True)

    def run(self, verbose: bool = False, progress: bool = True) -> int:
        from .registry import Registry

        self.verbose = verbose
        started = time.perf_counter()
        files, manifest = collect_inputs(self.sources, self.manifests)
        if not files:
            raise BadInput("no input documents found", ", ".join(self.sources))
        reg = Registry(self.registry_path)
        known = reg.known_shas()
        plan: list[tuple[str, bytes, dict | None]] = []
        seen: set[str] = set()
        st = self.stats
        for f in files:
            try:
                size = f.stat().st_size
                if size > self.limits.max_bytes:
                    raise ClausediffError(f"file is {size:,} bytes, over the input size limit", str(f))
                data = f.read_bytes()
            except OSError as e:
                st.failed.append({"path": str(f), "error": e.strerror or str(e), "exit_code": 3})
                continue
            except ClausediffError as e:
                st.failed.append({"path": str(f), "error": e.message, "exit_code": 6})
                continue
            sha = hashlib.sha256(data).hexdigest()
            if sha in known or sha in seen:
                st.known.append(str(f))
                self._say(f"known   {f} ({sha[:10]})")
                continue
            seen.add(sha)
            plan.append((str(f), data, manifest.get(str(f.resolve()))))
        for e in st.failed:
            print(f"failed  {e['path']}: {e['error']}", file=sys.stderr)

        engine = None
        thresholds = gc.get_threshold()
        gc.set_threshold(*WORKER_GC_THRESHOLDS)  # see _warm; the parent unpickles every result
        # Reports are written (and fsynced) by a thread while the registry commits go on.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="clausediff-reports")
        self._writes: list = []
        try:
            if plan or reg.pending_diffs():
                t = time.perf_counter()
                engine = make_engine(self.engine_name if len(plan) > 1 or self.engine_name == "inline"
                                     else "inline", self.scheduler, self.workers)
                st.engine_seconds = time.perf_counter() - t
            if plan:
                self._ingest(reg, engine, plan, progress)
            self._sweep(reg, engine, progress)
        finally:
            if engine is not None:
                engine.close()
            self._writer.shutdown(wait=True)
            gc.set_threshold(*thresholds)
        for fut in self._writes:  # a report that could not be written fails the run, as it did inline
            st.reports.append(str(fut.result()))
        if self.feed and (st.new or not (Path(self.reports) / "feed.xml").exists()):
            from .feed import write_feed

            write_feed(reg, Path(self.reports) / "feed.xml")
        elapsed = time.perf_counter() - started
        reg.close()
        print(f"{len(st.new)} new, {len(st.known)} already known, {len(st.failed)} failed, {st.diffs} diffs stored "
              f"in {elapsed:.1f}s ({self.engine_name}, started in {st.engine_seconds:.1f}s)", file=sys.stderr)
        return self._exit_code(len(files))

    def _exit_code(self, n_files: int) -> int:
        st = self.stats
        if st.failed and len(st.failed) == n_files:
            return st.failed[0].get("exit_code") or 4
        f = self.fail_on
        if f == "failed" and st.failed:
            return EXIT_FAIL_ON
        if f == "error" and "error" in st.severities:
            return EXIT_FAIL_ON
        if f == "warning" and ({"error", "warning"} & st.severities):
            return EXIT_FAIL_ON
        if f == "substantive" and st.substantive:
            return EXIT_FAIL_ON
        return EXIT_OK

    def _progress(self, enabled: bool, total: int, label: str):
        from contextlib import nullcontext

        if not enabled or total == 0:
            return nullcontext(None)
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        return Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                        transient=False, console=Console(stderr=True))

    def _ingest(self, reg, engine, plan, progress) -> None:
        tasks = [(plan[i:i + self.chunk], self.limits, plan[i - 1] if i else None)
                 for i in range(0, len(plan), self.chunk)]
        buffered: dict[int, list[dict] | None] = {}
        nxt = 0
        with self._progress(progress, len(plan), f"batch ({engine.name})") as bar:
            tid = bar.add_task("batch", total=len(plan)) if bar else None
            for i, results, err in engine.run(process_chunk, tasks):
                if err is not None:
                    results = [_error(p, err) for p, _, _ in tasks[i][0]]
                buffered[i] = results
                while nxt in buffered:
                    res_list = buffered.pop(nxt)
                    chunk_items = tasks[nxt][0]
                    for res in res_list:
                        self._commit(reg, res)
                    if bar:
                        bar.advance(tid, len(chunk_items))
                    nxt += 1

    def _commit(self, reg, res: dict) -> None:
        st = self.stats
        if not res["ok"]:
            st.failed.append(res)
            print(f"failed  {res['path']}: {res['error']}", file=sys.stderr)
            return
        out = reg.store(res)
        if out["status"] == "known":
            st.known.append(res["path"])
            self._say(f"known   {res['path']} ({res['sha256'][:10]})")
            return
        st.new.append(res["path"])
        st.severities.update(f.get("severity") for f in res.get("findings") or [])
        n = reg.ordinal(out["version_id"])
        msg = f"new     {res['key']}@{n}  {res['path']}"
        if out["diffed"]:
            d = res["diff"]
            self._after_diff(reg, res["key"], out["prev_id"], out["version_id"], d)
            from .registry import one_line

            msg += f"  vs @{n - 1}: {one_line(d['summary'])}"
        elif out["prev_id"] is not None:
            msg += f"  (diff vs @{n - 1} pending)"
        else:
            msg += "  (new document)"
        self._say(msg)

    def _after_diff(self, reg, key: str, old_id: int, new_id: int, d: dict) -> None:
        from .registry import write_report

        st = self.stats
        st.diffs += 1
        st.substantive += int(d["summary"].get("substantive") or 0)
        if self.reports:
            self._writes.append(self._writer.submit(write_report, self.reports, key, reg.ordinal(old_id),
                                                    reg.ordinal(new_id), d["json"], d.get("markdown")))

    def _sweep(self, reg, engine, progress) -> None:
        """Diffs of stored versions against their predecessor that are not stored yet."""
        from .registry import one_line

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
        keys = {r["id"]: r["key"] for r in reg.con.execute(
            "SELECT d.id, d.key FROM documents d")}
        doc_of = {vid: doc for doc, _, vid in pending}
        tasks = []
        for ch in chains:
            items = []
            for vid in ch:
                data, name = reg.source_of(vid)
                items.append((vid, data, name))
            tasks.append((items, self.limits))
        with self._progress(progress, len(pending), "diffs") as bar:
            tid = bar.add_task("diffs", total=len(pending)) if bar else None
            for i, results, err in engine.run(diff_chain, tasks):
                if err is not None:
                    print(f"failed  diff task: {err}", file=sys.stderr)
                    continue
                for r in results:
                    if not r["ok"]:
                        print(f"failed  diff of {r.get('path')}: {r['error']}", file=sys.stderr)
                        continue
                    reg.store_diff(r["old"], r["new"], r["json"], r["summary"])
                    key = keys.get(doc_of.get(r["new"]), "document")
                    self._after_diff(reg, key, r["old"], r["new"], r)
                    self._say(f"diff    {key}@{reg.ordinal(r['old'])}→@{reg.ordinal(r['new'])}: "
                              f"{one_line(r['summary'])}")
                    if bar:
                        bar.advance(tid, 1)
