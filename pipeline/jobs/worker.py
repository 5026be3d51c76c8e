"""The worker side of batch and track: no registry access, JSON-able results only.

A worker (a process of the local pool, a Dask worker, or the calling process for ``track``)
parses each file, runs the checks, renders the version's report, and diffs it against the
previous file of the same document *in the same task*, rendering the diff's report. A report is
rendered where its diff is made and travels with it: the parent commits the two together.
A renderer that fails fails that diff (it stays pending and is retried by the next run), it does
not store a diff without its report.
"""

from __future__ import annotations

import gc
import hashlib
import json
import os
import zlib
from collections import OrderedDict

from ..api import compare_versions, document_from_source
from ..checks import findings_markdown, run_checks
from ..errors import EXIT_INTERNAL, ClausediffError
from ..ingest import Deadline, Limits, load_bytes
from ..reports.markdown import diff_markdown
from ..serialize import diff_dict, document_dict
from ..store.registry import title_key


def _diff(old_doc, new_doc) -> dict:
    result = compare_versions(old_doc, new_doc)
    d = diff_dict(result)
    return {"json": json.dumps(d, ensure_ascii=False), "summary": d["summary"], "markdown": diff_markdown(result)}


def _error(path: str, e: BaseException) -> dict:
    if isinstance(e, ClausediffError):
        msg, code = (e.message if e.path else str(e)), e.exit_code
    else:
        msg, code = f"internal error: {type(e).__name__}: {e}", EXIT_INTERNAL
    return {"ok": False, "path": path, "error": " ".join(str(msg).split()), "exit_code": code}


# The documents this process read last, by (name, SHA-256 of the bytes, limits). The lead of a chunk is the last
# file of the chunk before, which this process has often just read and checked itself: that Document,
# its checks' findings memoized with it, serves again (the diff then needs no check of the old side).
# Two documents at most, so that memory stays flat.
_RECENT: OrderedDict[tuple[str, str, Limits], object] = OrderedDict()
_RECENT_MAX = 2


def _read(path: str, data: bytes, limits: Limits):
    """ingest → normalize → structure, in a worker (a Document is a function of its name and bytes, and
    of the limits it was read within)."""
    key = (path, hashlib.sha256(data).hexdigest(), limits)
    doc = _RECENT.pop(key, None)
    if doc is None:
        doc = document_from_source(load_bytes(data, path, limits))
    _RECENT[key] = doc
    while len(_RECENT) > _RECENT_MAX:
        _RECENT.popitem(last=False)
    return doc


def document_key(meta: dict, doc, path: str) -> str:
    """The manifest's key, else the key of the manifest's title or the document's own title."""
    return meta.get("key") or title_key(meta.get("title") or doc.title, path)


def process_file(path: str, data: bytes, meta: dict | None, limits: Limits):
    """(result dict, Document or None) for one file."""
    meta = meta or {}
    try:
        # one time budget for the document: ingest → normalize → structure (spent inside) → checks
        deadline = Deadline(limits.max_seconds, path)
        doc = _read(path, data, limits)
        findings = run_checks(doc)
        deadline.check("after the checks")
        found = [f.to_dict(doc) for f in findings]
        md = doc.metadata or {}
        res = {
            "ok": True,
            "path": path,
            "sha256": doc.source.sha256,
            "format": doc.source.format,
            "title": meta.get("title") or doc.title,
            "key": document_key(meta, doc, path),
            "vendor": meta.get("vendor"),
            "service": meta.get("service"),
            "version": meta.get("version") or md.get("version"),
            "effective_date": meta.get("effective_date") or md.get("effective_date"),
            "structure": json.dumps(document_dict(doc), ensure_ascii=False),
            "source_text": doc.source.text,
            "findings": found,
            # serialized and compressed here, in the worker, not in the parent that commits every version
            "findings_json": [json.dumps(f, ensure_ascii=False) for f in found],
            "source_z": zlib.compress(data, 1),
            "report": findings_markdown([(doc, findings)]),
            "diff": None,
        }
        return res, doc
    except Exception as e:  # one bad file never stops the batch
        return _error(path, e), None


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
            last[document_key(meta or {}, doc, path)] = (doc.source.sha256, doc)
        except Exception:  # the lead's own task reports its failure
            pass
    for path, data, meta in items:
        res, doc = process_file(path, data, meta, limits)
        if res["ok"]:
            prev = last.get(res["key"])
            if prev is not None:
                try:
                    res["diff"] = {"prev_sha": prev[0], **_diff(prev[1], doc)}
                except Exception as e:  # the diff stays pending: the sweep (or the next run) retries it
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
            out.append({**_error(name, e), "new": vid})
            prev = None
            continue
        if prev is not None:
            try:
                out.append({"ok": True, "old": prev[0], "new": vid, **_diff(prev[1], doc)})
            except Exception as e:
                out.append({**_error(name, e), "old": prev[0], "new": vid})
        prev = (vid, doc)
    return out


WORKER_GC_THRESHOLDS = (20000, 20, 50)


def warm() -> int:
    """Set up a worker process: load its tokenizer (pipeline.tokens keeps one per process) and
    make the cyclic garbage collector run less often. A worker builds tens of thousands of
    small tuples per document and keeps large caches; with the default thresholds the
    collector's scans took about 7 % of the time, and the documents hold no reference cycles
    that must be freed early."""
    from ..tokens import tagger

    gc.set_threshold(*WORKER_GC_THRESHOLDS)
    tagger()
    return os.getpid()
