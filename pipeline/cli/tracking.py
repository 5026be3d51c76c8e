"""track, history and batch: the registry's commands."""

from __future__ import annotations

import argparse
import json
import sys
from contextlib import contextmanager

from ..errors import EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK
from ..jobs.engines import ENGINES
from ..jobs.events import Events
from ..store import DEFAULT_PATH, FEED_ENTRIES
from .common import add_limits, fail_on, limits_of

DEFAULT_REPORTS = "reports"


class ConsoleEvents(Events):
    """Prints what a batch tells: failures always (stderr), versions with -v (stdout), a progress bar."""

    def __init__(self, verbose: bool, progress: bool):
        self.verbose, self.show_progress = verbose, progress

    def info(self, line: str) -> None:
        if self.verbose:
            print(line, flush=True)

    def failed(self, path: str, error: str) -> None:
        print(f"failed  {path}: {error}", file=sys.stderr, flush=True)

    @contextmanager
    def progress(self, label: str, total: int):
        if not self.show_progress or total == 0:
            yield lambda n=1: None
            return
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        with Progress(TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                      transient=False, console=Console(stderr=True)) as bar:
            tid = bar.add_task(label, total=total)
            yield lambda n=1: bar.advance(tid, n)


def _batch(args, sources: list[str], engine: str, verbose: bool, progress: bool) -> int:
    from ..jobs.batch import BatchRun  # loads the stages: only when a batch runs (see commands.py)

    run = BatchRun(sources, args.registry_path, reports=args.reports, manifests=args.manifest, engine=engine,
                   scheduler=getattr(args, "scheduler", None), workers=getattr(args, "workers", None),
                   chunk=getattr(args, "chunk", 8), limits=limits_of(args), feed=not args.no_feed,
                   feed_entries=args.feed_entries)
    st = run.run(ConsoleEvents(verbose, progress))
    print(f"{len(st.new)} new, {len(st.known)} already known, {len(st.failed)} failed, {st.diffs} diffs stored "
          f"in {st.seconds:.1f}s ({engine}, started in {st.engine_seconds:.1f}s)", file=sys.stderr)
    if st.failed and len(st.failed) == st.files:  # nothing could be read: the failure's own code
        return st.failed[0].get("exit_code") or EXIT_BAD_INPUT
    if st.rules_failed:
        return EXIT_INTERNAL  # each version told above; its other findings are stored
    return fail_on(getattr(args, "fail_on", None), st.severities, st.substantive, len(st.failed))


def cmd_track(args) -> int:
    return _batch(args, args.paths, "inline", verbose=True, progress=False)


def cmd_batch(args) -> int:
    return _batch(args, [args.source], args.engine, verbose=args.verbose, progress=not args.no_progress)


def cmd_history(args) -> int:
    from ..store.registry import Registry, one_line

    reg = Registry(args.registry_path, create=False)
    if not args.doc:
        rows = reg.documents()
        if args.format == "json":
            print(json.dumps([dict(r) for r in rows], ensure_ascii=False, indent=1))
        else:
            for r in rows:
                print(f"{r['key']}\t{r['n']} version(s)\t{r['title'] or ''}")
        return EXIT_OK
    doc = reg.find_document(args.doc)
    hist = reg.history(doc["id"])
    if args.format == "json":
        print(json.dumps({"key": doc["key"], "title": doc["title"], "vendor": doc["vendor"],
                          "service": doc["service"], "versions": hist}, ensure_ascii=False, indent=1))
        return EXIT_OK
    print(f"{doc['key']}  {doc['title'] or ''}" + (f"  [{doc['vendor']}]" if doc["vendor"] else ""))
    for h in hist:
        date = h["effective_date"] or "?"
        label = f" v{h['version']}" if h["version"] else ""
        change = "first version" if h["ordinal"] == 1 else (one_line(h["summary"]) if h["summary"] else "diff pending")
        print(f"  @{h['ordinal']:<3} {h['sha256'][:10]}  effective {date:<10}{label}  ingested {h['ingested_at'][:19]}"
              f"  {change}  ({h['path']})")
    return EXIT_OK


BATCH_HELP = """\
Exit status: 0 when the batch finished, even if some files failed (each failed
file is listed with its one-line error); 1 with --fail-on failed when any file
failed, with --fail-on error|warning when a check finding of that severity was
stored, with --fail-on substantive when a new version has substantive changes;
the exit code of the failure (3-7) when every file failed; 8 on an internal error.
Resumable: the registry is the journal. Each version is stored with its report
and each diff with its report, in one transaction. A killed batch leaves only
whole versions behind; rerunning it skips stored files (by SHA-256), finishes
the diffs that were not stored yet and writes every report file that is missing."""


def add_commands(sub) -> None:
    def common(p):
        p.add_argument("--registry-path", default=DEFAULT_PATH, help=f"SQLite registry (default {DEFAULT_PATH})")

    def outputs(p):
        p.add_argument("--reports", default=DEFAULT_REPORTS,
                       help="folder for the per-document reports and feed.xml (default reports/)")
        p.add_argument("--manifest", action="append", default=[],
                       help="a manifest.csv (file, vendor, service, title, version, effective_date, key); "
                            "manifest.csv beside the inputs and in their two parent folders is read too; "
                            "rows naming a file outside their manifest's folder are refused")
        p.add_argument("--no-feed", action="store_true", help="do not rewrite <reports>/feed.xml")
        p.add_argument("--feed-entries", type=int, default=FEED_ENTRIES, metavar="N",
                       help=f"the feed lists the newest N versions (default {FEED_ENTRIES}); older ones stay in "
                            "the registry (see history)")

    p = sub.add_parser("track", help="ingest new versions into the registry, diff them against the previous version",
                       description="Store new files (or folders, or the files of a manifest.csv) in the registry. "
                                   "A file whose SHA-256 is known is skipped; a new version of a known document is "
                                   "diffed against its latest version and a report is written to "
                                   "<reports>/<document>/.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    common(p)
    outputs(p)
    add_limits(p)
    p.set_defaults(func=cmd_track)

    p = sub.add_parser("history", help="list the versions of a document with a one-line change summary each")
    p.add_argument("doc", nargs="?", metavar="DOC", help="document key (or part of its key/title); omit to list documents")
    p.add_argument("--format", choices=["text", "json"], default="text")
    common(p)
    p.set_defaults(func=cmd_history)

    p = sub.add_parser("batch", help="ingest, check and diff many documents (parallel, resumable)",
                       description="Run ingest, checks and diffs (against the previous version of the same document) "
                                   "for every document of FOLDER or MANIFEST, in parallel.",
                       epilog=BATCH_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("source", nargs="?", default="raw", metavar="FOLDER|MANIFEST",
                   help="a folder of documents or a manifest.csv (default raw/)")
    p.add_argument("--engine", choices=[e for e in ENGINES if e != "inline"], default="local",
                   help="local: a process pool (default); dask: a Dask distributed cluster (needs dask[distributed])")
    p.add_argument("--scheduler", metavar="ADDRESS", help="Dask scheduler address (default: start a LocalCluster)")
    p.add_argument("--workers", type=int, default=None, help="worker processes (default: CPU count)")
    p.add_argument("--chunk", type=int, default=8, help="documents per task (default 8)")
    p.add_argument("--fail-on", choices=["failed", "error", "warning", "substantive"],
                   help="exit 1 when a file failed / a finding of this severity / a substantive change was found")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("-v", "--verbose", action="store_true", help="print every new version")
    common(p)
    outputs(p)
    add_limits(p)
    p.set_defaults(func=cmd_batch)
