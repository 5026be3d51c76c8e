"""An Atom feed (``<reports>/feed.xml``) of the newest document versions in the registry.

Each entry is one stored version with a summary of its substantive changes against the previous
version, and a ``<link rel="alternate">`` to its report in the same folder: the diff's report
(``<document>/<document>@<n-1>-<n>.md``) once the diff is stored, otherwise the version's own
report (``<document>@<n>.md``: its checks; a document's first version has only that one).

The feed is a window: the newest ``FEED_ENTRIES`` versions (``--feed-entries`` on track and
batch). Older entries drop out of the file, not out of the registry (``clausediff history``
lists every version). Built with xml.etree, so every piece of text (titles, clause excerpts) is
escaped by the XML writer; written atomically.
"""

from __future__ import annotations

import datetime as _dt
import xml.etree.ElementTree as ET
from pathlib import Path

from ..io import write_atomic
from . import FEED_ENTRIES  # (defined in pipeline.store, for the command line)
from .registry import one_line
from .reports import FEED_NAME, report_relpath

ATOM = "http://www.w3.org/2005/Atom"


def _sub(parent, tag: str, text: str | None = None, **attrs) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: str(v) for k, v in attrs.items()})
    if text is not None:
        el.text = _clean(text)
    return el


def _clean(s: str) -> str:
    # characters XML 1.0 cannot carry at all (escaping does not help)
    return "".join(c for c in str(s) if c in "\t\n\r" or (ord(c) >= 0x20 and not 0xD800 <= ord(c) <= 0xDFFF
                                                          and c not in "\ufffe\uffff"))


def _short(s: str | None, n: int = 80) -> str:
    s = " ".join((s or "").split())
    return s if len(s) <= n else s[: n - 1] + "…"


def substantive_lines(diff: dict | None, limit: int = 20) -> list[str]:
    """One line per substantive change (article label, categories, old → new excerpt)."""
    if not diff:
        return []
    out = []
    for a in diff.get("alignment", []):
        # the pair's full label (附則第2条, 別紙1第3条), as the diff names it; older diffs have only the article's
        label = a.get("label") or a.get("new_label") or a.get("old_label") or "?"
        if a.get("status") == "inserted":
            out.append(f"{label}: inserted")
        elif a.get("status") == "deleted":
            out.append(f"{label}: deleted")
        for c in a.get("changes", []):
            if c.get("kind") != "substantive":
                continue
            cats = ",".join(c.get("categories") or [])
            out.append(f"{label}{'' if c.get('paragraph') is None else '第' + str(c['paragraph']) + '項'}"
                       f"{' [' + cats + ']' if cats else ''}: {_short(c.get('old_text'), 60)} → "
                       f"{_short(c.get('new_text'), 60)}")
    if len(out) > limit:
        out = out[:limit] + [f"… and {len(out) - limit} more"]
    return out



def build_feed(versions: list[dict], title: str = "clausediff: new document versions") -> ET.ElementTree:
    """The feed of these versions (dicts of ``Registry.recent_versions``, each with a ``link``:
    the report's path relative to the feed, or None)."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _sub(feed, "title", title)
    _sub(feed, "id", "urn:clausediff:feed")
    updated = max((v["ingested_at"] for v in versions), default=None) or \
        _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds")
    _sub(feed, "updated", updated)
    _sub(_sub(feed, "author"), "name", "clausediff")
    _sub(feed, "generator", "clausediff")
    for v in versions:
        e = _sub(feed, "entry")
        name = v.get("title") or v["key"]
        eff = f" (effective {v['effective_date']})" if v.get("effective_date") else ""
        _sub(e, "title", f"{name} @{v['ordinal']}{eff}")
        _sub(e, "id", f"urn:sha256:{v['sha256']}")
        _sub(e, "updated", v["ingested_at"])
        if v.get("link"):
            _sub(e, "link", rel="alternate", type="text/markdown", href=v["link"])
        if v.get("vendor"):
            _sub(e, "category", term=v["vendor"])
        if v["ordinal"] == 1:
            summary = "first version"
        elif v.get("summary") is None:
            summary = "diff pending"
        else:
            summary = one_line(v["summary"])
        _sub(e, "summary", f"{v['key']}@{v['ordinal']}: {summary}")
        lines = substantive_lines(v.get("diff"))
        body = "\n".join([f"source: {v.get('source_path') or ''}", f"sha256: {v['sha256']}", *lines])
        _sub(e, "content", body, type="text")
    return ET.ElementTree(feed)


def report_link(v: dict) -> str | None:
    """The report an entry links to (relative to the reports folder), None if none is stored."""
    if v.get("diff_report") and v["ordinal"] > 1:
        return report_relpath(v["key"], v["ordinal"], v["ordinal"] - 1)
    if v.get("has_report"):
        return report_relpath(v["key"], v["ordinal"])
    return None


def write_feed(registry, reports: str | Path, entries: int = FEED_ENTRIES) -> Path:
    """Write ``<reports>/feed.xml`` with the newest ``entries`` versions."""
    versions = [{**v, "link": report_link(v)} for v in registry.recent_versions(entries)]
    tree = build_feed(versions)
    ET.indent(tree, space=" ")
    data = ET.tostring(tree.getroot(), encoding="utf-8", xml_declaration=True)
    return write_atomic(Path(reports) / FEED_NAME, data)
