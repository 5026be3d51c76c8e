"""The registry's report folder: one Markdown report per stored version (its checks) and per stored
diff, at ``<reports>/<document>/<document>@<n>.md`` and ``<document>@<old>-<new>.md``.

The reports are a projection of the registry. A version's report and a diff's report are
rendered by the worker and committed in the same transaction as the version or the diff, so they
are one unit of work; the files are then written from the registry. ``sync_reports`` writes every
report whose file is missing, so a run killed between a commit and the write (or before the
writer thread got to it) loses nothing: the next run of batch or track writes it, with the same
bytes an uninterrupted run writes.

Rejected: committing the diff and queueing its report to a writer thread with nothing stored
(what batch did first): a kill between the two left a stored diff whose report no rerun wrote,
since a rerun skips stored diffs (1 to 22 reports of 236 lost in every killed run).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from ..io import inside, remove_stale_temps, safe_name, write_atomic
from .registry import Registry

FEED_NAME = "feed.xml"


def document_folder(key: str) -> str:
    """The folder (and file stem) of a document key: vendor/service → vendor__service. Keys that
    sanitize alike (``..`` and ``/..``) get a hash of the key, so two documents never share one."""
    parts = key.split("/")
    if all(p and safe_name(p) == p for p in parts) and len(key.encode("utf-8")) <= 120:
        return "__".join(parts)  # "__" never survives safe_name, so this cannot collide with a plain key
    return f"{safe_name(key)}-{hashlib.sha256(key.encode('utf-8', 'surrogatepass')).hexdigest()[:8]}"


def report_relpath(key: str, new_n: int, old_n: int | None = None) -> str:
    """Path of a report relative to the reports folder (also the feed's link to it)."""
    name = document_folder(key)
    tail = f"{new_n}" if old_n is None else f"{old_n}-{new_n}"
    return f"{name}/{name}@{tail}.md"


def report_path(reports: str | Path, key: str, new_n: int, old_n: int | None = None) -> Path:
    return inside(reports, report_relpath(key, new_n, old_n))


def write_report(reports: str | Path, key: str, new_n: int, old_n: int | None, markdown: str) -> Path:
    # not fsynced: the registry holds the report, and sync_reports rewrites a file that is missing
    # or whose size is not the report's (the registry's own commits are not fsynced either: WAL, NORMAL)
    return write_atomic(report_path(reports, key, new_n, old_n), markdown, durable=False)


def sync_reports(registry: Registry, reports: str | Path) -> list[Path]:
    """Write the report of every stored version and diff whose file is missing or has another size
    than the stored report; first remove the temporaries of writers that were killed. Returns the
    files written."""
    remove_stale_temps(reports, recursive=True)
    written = []
    for r in registry.report_index():
        target = report_path(reports, r["key"], r["new_n"], r["old_n"])
        try:
            size = target.stat().st_size
        except FileNotFoundError:
            size = None
        if size is None or size != r["size"]:
            written.append(write_report(reports, r["key"], r["new_n"], r["old_n"],
                                        registry.report_text(r["kind"], r["id"])))
    return written
