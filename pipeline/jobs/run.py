"""``clausediff run``: the whole pipeline on a corpus folder (raw/ by default).

normalize every document → check it → diff consecutive versions of the same document (the
folder's manifest.csv says which files are versions of one document) → compare the latest
version of each document across vendors → write one report folder per run with an index.html
linking every file of it.

Library code: ``run_corpus`` takes plain arguments, returns a ``RunResult`` and prints nothing;
the CLI prints the summary and turns the failures into the exit code. One bad document (or one
failing diff) is recorded and the run carries on.
"""

from __future__ import annotations

import gc
import json
import multiprocessing as mp
import os
import pickle
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from ..api import check_document, compare_versions, read_document
from ..checks import known_findings, learn_findings, load_rules
from ..compare import compare, known_lemmas, learn_lemmas
from ..errors import EXIT_INTERNAL, BadInput, ClausediffError, OutputError
from ..ingest import DEFAULT_LIMITS, Deadline, Limits
from ..io import remove_stale_temps, safe_name, write_atomic
from ..reports.formats import CHECK_FORMATS, COMPARE_FORMATS, DIFF_FORMATS
from ..reports.index import IndexEntry, index_html
from ..reports.tables import diff_rows, write_tables
from ..serialize import document_dict, document_text
from ..store.manifest import MANIFEST_NAME, display_name, folder_documents, read_manifest

if TYPE_CHECKING:
    from ..document_cache import DocumentCache

@dataclass
class Entry:
    path: Path
    key: str
    vendor: str
    title: str
    version: str
    effective_date: str
    order: int
    service: str = ""
    error: str | None = None  # why the manifest row cannot be read (it points outside the folder)

    @property
    def name(self) -> str:
        """What readers call the document: vendor and service from the manifest (may be empty)."""
        return display_name(self.vendor, self.service)


def corpus_entries(raw: Path) -> list[Entry]:
    """The manifest's rows, then every other supported file of the folder (each its own document).

    A row whose file lies outside the folder is kept with its error (store.manifest).
    """
    manifest = raw / MANIFEST_NAME
    entries: list[Entry] = []
    if manifest.exists():
        for i, row in enumerate(read_manifest(manifest)):
            key = row.key or str(Path(row.file).with_suffix(""))
            entries.append(Entry(row.path, key, row.vendor or "", row.title or "", row.version or "",
                                 row.effective_date or "", i, row.service or "", row.error))
    listed = {e.path.resolve() for e in entries if e.error is None}
    for i, p in enumerate(folder_documents(raw)):
        if p.resolve() not in listed:
            entries.append(Entry(p, str(p.relative_to(raw).with_suffix("")), "", "", "", "", 10000 + i))
    if not entries:
        raise BadInput("no documents found (add files or a manifest.csv)", str(raw))
    return entries


@dataclass
class DiffDone:
    key: str
    old: Entry
    new: Entry
    summary: dict


@dataclass
class RunResult:
    run_id: str
    folder: Path  # the run's report folder
    normalized: Path
    documents: list[tuple[Entry, object, list]] = field(default_factory=list)  # (entry, Document, findings)
    diffs: list[DiffDone] = field(default_factory=list)
    failures: list[tuple[str, int]] = field(default_factory=list)  # (one-line message, exit code)
    seconds: float = 0.0

    @property
    def index(self) -> Path:
        return self.folder / "index.html"


def _refuse_inside(folder: Path, raw: Path, flag: str) -> None:
    """Outputs never go into the input folder: nothing in raw/ is ever modified."""
    f, r = folder.resolve(), raw.resolve()
    if f == r or r in f.parents:
        raise OutputError(f"refusing to write {flag} output inside the input folder {raw}", str(folder))


def _summary_ja(summary: dict, findings: int) -> str:
    kinds = summary.get("kinds") or {}
    return (f"実質的変更 {summary.get('substantive', 0)}件、形式的変更 {kinds.get('editorial', 0)}件、"
            f"参照の変更 {kinds.get('reference', 0)}件、指摘 {findings}件")


def _read_and_check(path: Path, limits: Limits, reraise_here: bool = False, cache: "DocumentCache | None" = None) -> tuple:
    """One document read and checked, within its time budget (ingest, normalize, structure and the checks): the
    document, its findings and what the checks learnt of it, or the error. Run in a worker process, or in this one.
    With a ``cache``, a file read before is neither parsed nor checked again."""
    try:
        deadline = Deadline(limits.max_seconds, str(path))
        doc = read_document(path, limits, cache)
        findings = check_document(doc, cache)
        deadline.check("after the checks")
        # what the diffs and the vendor comparison ask of the document later, computed here, its lines tagged already
        return doc, findings, (known_findings(doc), known_lemmas(doc)), None
    except Exception as err:  # handed back, to be recorded with the document's name
        if reraise_here:
            raise
        return None, None, None, _portable(err)


def _portable(err: BaseException) -> BaseException:
    """``err``, or an exception that says the same and crosses a process boundary (one whose arguments pickle)."""
    try:
        pickle.loads(pickle.dumps(err))
        return err
    except Exception:
        return RuntimeError(f"{type(err).__name__}: {err}")


def _checked_documents(paths: list[Path], limits: Limits, workers: int | None, reraise: bool = False,
                       cache: "DocumentCache | None" = None):
    """(document, findings, None) or (None, None, error) of each path, in order. The documents
    are independent, so they are read and checked on every core (``workers`` processes; one: here, in order, as
    --debug wants its traceback); the diffs and reports after them need the whole set."""
    if workers is None:
        workers = min(len(paths), len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)
    if workers <= 1 or len(paths) <= 1 or "fork" not in mp.get_all_start_methods():
        for path in paths:
            doc, findings, _, err = _read_and_check(path, limits, reraise, cache)
            yield doc, findings, err
        return
    # The rules loaded here first (their modules compile some thousand patterns: half a second), once for every worker,
    # which a fork hands them to; this process needs them anyway for the diffs after this stage.
    load_rules()
    # fork: the workers start with this process's modules, rules and compiled patterns, in milliseconds. The pool is
    # gone before the first result is handed on, so no worker outlives this stage (the reports after it may be
    # killed half way: nothing of the run may be left holding its pipes); a worker whose parent dies dies with it.
    with ProcessPoolExecutor(max_workers=workers, mp_context=mp.get_context("fork"), initializer=_die_with_parent) as pool:
        results = pool.map(_read_and_check, paths, [limits] * len(paths), [False] * len(paths), [cache] * len(paths))  # every worker forked by now
        _preload_renderers()
        done = list(results)
    for doc, findings, known, err in done:
        if err is None:
            learn_findings(doc, known[0])  # the diffs ask for the new versions' findings: not computed again
            learn_lemmas(known[1])
        yield doc, findings, err


def _preload_renderers() -> None:
    """Import the report formats' modules (openpyxl with numpy: half a second) in a thread while the workers check:
    this process only waits for them then. After the fork, so no worker inherits an import half done. A module that
    fails to import is left to the report that needs it, which fails as it would have."""
    def load() -> None:
        for fmt in (*CHECK_FORMATS.in_run(), *DIFF_FORMATS.in_run(), *COMPARE_FORMATS.in_run()):
            try:
                fmt.preload()
            except Exception:
                pass

    threading.Thread(target=load, name="preload-renderers", daemon=True).start()


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when the process that forked it dies (a run killed while the documents are
    checked leaves no worker behind). Elsewhere nothing is asked: the pool's own shutdown ends its workers."""
    try:
        import ctypes
        import signal

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent died before the request was made
            os._exit(1)
    except Exception:
        pass


def run_corpus(raw: str | Path, normalized: str | Path = "normalized", reports: str | Path = "reports",
               run_id: str | None = None, limits: Limits = DEFAULT_LIMITS,
               on_failure: Callable[[str], None] | None = None, reraise: bool = False,
               workers: int | None = None, cache: "DocumentCache | None" = None) -> RunResult:
    """Run the pipeline on the corpus folder ``raw``. ``on_failure`` hears of each document or diff
    that fails, as it happens; ``reraise`` lets an internal error (a bug) through, for --debug. The documents are
    read and checked in ``workers`` processes (default: one per core; 1 for none). With a ``cache``
    (document_cache), a file read before is not parsed again, nor checked, nor a pair of versions diffed before
    checked again: a run on a folder where nothing changed only writes the reports."""
    started = time.perf_counter()
    raw = Path(raw)
    if not raw.is_dir():
        raise BadInput("input folder does not exist", str(raw))
    run_id = run_id or datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = Path(reports) / safe_name(run_id, "run")
    norm_dir = Path(normalized)
    for folder, flag in ((norm_dir, "--normalized"), (Path(reports), "--reports")):
        _refuse_inside(folder, raw, flag)
    entries = corpus_entries(raw)
    for folder in (norm_dir, out):  # what a run killed mid-write (kill -9, power loss) left behind
        remove_stale_temps(folder)
    result = RunResult(run_id, out, norm_dir)
    stems: set[str] = set()

    def unique(stem: str) -> str:
        """Two keys that sanitize to one name (a/b and a__b) must not overwrite each other's files."""
        name, n = stem, 1
        while name.lower() in stems:
            n += 1
            name = f"{stem}-{n}"
        stems.add(name.lower())
        return name

    def failed(what: str, err: BaseException) -> None:
        if isinstance(err, ClausediffError):
            msg, code = str(err), err.exit_code
        else:
            if reraise:
                raise err
            msg, code = f"{what}: internal error: {type(err).__name__}: {err} (rerun with --debug for details)", \
                EXIT_INTERNAL
        result.failures.append((msg, code))
        if on_failure is not None:
            on_failure(msg)

    index: list[IndexEntry] = []
    docs: dict[int, object] = {}
    checked = _checked_documents([e.path for e in entries if not e.error], limits, 1 if reraise else workers, reraise,
                                 cache)
    for e in entries:
        if e.error:
            failed(str(e.path), BadInput(e.error))
            continue
        doc, findings, err = next(checked)
        if err is not None:
            failed(str(e.path), err)
            continue
        docs[e.order] = doc
        stem = unique(safe_name(e.key.replace("/", "__") + (f"__{e.effective_date}" if e.effective_date else "")))
        write_atomic(norm_dir / f"{stem}.json", json.dumps(document_dict(doc), ensure_ascii=False, indent=1))
        write_atomic(norm_dir / f"{stem}.txt", document_text(doc))
        result.documents.append((e, doc, findings))

    # The documents live until the run ends: the collector need not scan them again while the diffs and
    # reports are made (the stages ran with it paused, and its first collections after them scanned
    # every object of every document). unfreeze() at the end hands them back to it.
    gc.freeze()
    try:
        return _reports(result, docs, out, index, unique, failed, run_id, started, cache)
    finally:
        gc.unfreeze()


def _reports(result: RunResult, docs: dict, out: Path, index: list, unique: Callable[[str], str],
             failed: Callable[[str, BaseException], None], run_id: str, started: float,
             cache: "DocumentCache | None" = None) -> RunResult:
    """The checks' report, the diffs of each document's versions, the vendor comparison, run.json and the
    index, from the documents run_corpus read."""
    all_findings = [(doc, fs) for _, doc, fs in result.documents]
    if all_findings:
        files = []
        for fmt in CHECK_FORMATS.in_run():
            files.append(f"findings{fmt.suffix}")
            write_atomic(out / files[-1], fmt.render(all_findings), encoding=fmt.encoding)
        n = sum(len(f) for _, f in all_findings)
        index.append(IndexEntry("全文書の指摘", "checks", f"{len(all_findings)}文書、指摘 {n}件", files))

    # versions of one document, in order
    workbook_written = any(f.suffix == ".xlsx" for f in DIFF_FORMATS.in_run())
    by_key: dict[str, list[Entry]] = {}
    for e, _, _ in result.documents:
        by_key.setdefault(e.key, []).append(e)
    for key, versions in by_key.items():
        versions.sort(key=lambda x: (x.effective_date or "", x.order))
        for a, b in zip(versions, versions[1:]):
            try:
                diff = compare_versions(docs[a.order], docs[b.order], cache)
            except Exception as err:
                failed(f"diff {a.path} → {b.path}", err)
                continue
            stem = unique(safe_name(
                f"diff__{key.replace('/', '__')}__{a.effective_date or a.order}__{b.effective_date or b.order}"))
            files = []
            for fmt in DIFF_FORMATS.in_run():
                files.append(f"{stem}{fmt.suffix}")
                write_atomic(out / files[-1], fmt.render(diff), encoding=fmt.encoding)
            # the CSV tables beside them; the workbook of the same tables is the diff's XLSX format, written above
            files += [p.name for p in write_tables(diff_rows(diff), out, stem, workbook=not workbook_written)]
            summary = diff.summary()
            title = b.title or docs[b.order].title or key
            index.append(IndexEntry(f"{title}（{key}）{a.effective_date or a.path.name} → "
                                    f"{b.effective_date or b.path.name}",
                                    "diff", _summary_ja(summary, len(diff.findings)), files))
            result.diffs.append(DiffDone(key, a, b, summary))

    # vendor comparison over the latest version of each document, named as the manifest names them
    if len(by_key) >= 2:
        latest = [sorted(v, key=lambda x: (x.effective_date or "", x.order))[-1] for v in by_key.values()]
        try:
            comparison = compare([docs[e.order] for e in latest], names=[e.name or None for e in latest])
            files = []
            for fmt in COMPARE_FORMATS.in_run():
                files.append(f"compare{fmt.suffix}")
                write_atomic(out / files[-1], fmt.render(comparison), encoding=fmt.encoding)
            index.append(IndexEntry("約款比較（最新版どうし）", "compare",
                                    f"{len(latest)}文書、{len(comparison.used_topics())}トピック", files))
        except OutputError:
            raise
        except Exception as err:
            failed("vendor comparison", err)

    write_atomic(out / "run.json", json.dumps({
        "run": run_id, "documents": [str(e.path) for e, _, _ in result.documents],
        "failures": [m for m, _ in result.failures],
        "diffs": [{"key": d.key, "old": str(d.old.path), "new": str(d.new.path), "summary": d.summary}
                  for d in result.diffs],
    }, ensure_ascii=False, indent=1))
    index.append(IndexEntry("実行記録", "run", f"{len(result.documents)}文書、差分 {len(result.diffs)}件",
                            ["run.json"]))
    write_atomic(out / "index.html", index_html(index, run_id, [m for m, _ in result.failures]))
    result.seconds = time.perf_counter() - started
    return result
