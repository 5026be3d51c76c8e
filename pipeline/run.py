"""`clausediff run`: the whole pipeline on a corpus folder (raw/ by default).

normalize every document → check it → diff consecutive versions of the same
document (raw/manifest.csv says which files are versions of one document) →
compare the latest version of each document across vendors → write one report
folder per run with an index.html.
"""

from __future__ import annotations

import csv
import json
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import EXIT_BAD_INPUT, EXIT_OK, BadInput, ClausediffError
from .io import safe_name, write_atomic


@dataclass
class Entry:
    path: Path
    key: str
    vendor: str
    title: str
    version: str
    effective_date: str
    order: int


def read_manifest(raw: Path) -> list[Entry]:
    """The manifest's rows, or every supported file of the folder when there is no manifest."""
    from .cli import expand_inputs

    manifest = raw / "manifest.csv"
    entries: list[Entry] = []
    if manifest.exists():
        with manifest.open(encoding="utf-8-sig", newline="") as f:
            for i, row in enumerate(csv.DictReader(f)):
                file = (row.get("file") or "").strip()
                if not file:
                    continue
                p = raw / file
                key = (row.get("key") or "").strip() or str(Path(file).with_suffix(""))
                entries.append(Entry(p, key, row.get("vendor", ""), row.get("title", ""), row.get("version", ""),
                                     row.get("effective_date", ""), i))
        listed = {e.path.resolve() for e in entries}
        for i, p in enumerate(expand_inputs([str(raw)])):
            if p.resolve() not in listed and p.name != "manifest.csv" and p.name.upper() != "ATTRIBUTION.MD":
                entries.append(Entry(p, str(p.relative_to(raw).with_suffix("")), "", "", "", "", 10000 + i))
    else:
        for i, p in enumerate(expand_inputs([str(raw)])):
            entries.append(Entry(p, str(p.relative_to(raw).with_suffix("")), "", "", "", "", i))
    if not entries:
        raise BadInput("no documents found (add files or a manifest.csv)", str(raw))
    return entries


def _optional(module: str, name: str):
    try:
        mod = __import__(f"pipeline.{module}", fromlist=[name])
        return getattr(mod, name)
    except (ImportError, AttributeError):
        return None


def run_pipeline(args) -> int:
    from .api import read_document
    from .checks import findings_json, run_checks
    from .cli import _limits
    from .diff import diff
    from .serialize import diff_dict, document_dict, document_text

    started = time.perf_counter()
    raw = Path(args.raw)
    if not raw.is_dir():
        raise BadInput("input folder does not exist", str(raw))
    entries = read_manifest(raw)
    run_id = args.run_id or datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = Path(args.reports) / safe_name(run_id, "run")
    norm_dir = Path(args.normalized)
    limits = _limits(args)

    diff_html = _optional("reports.html", "diff_html")
    findings_html = _optional("reports.html", "findings_html")
    index_html = _optional("reports.html", "index_html")
    diff_markdown = _optional("reports.markdown", "diff_markdown")
    diff_tables = _optional("reports.tables", "diff_tables")
    write_tables = _optional("reports.tables", "write_tables")

    docs: dict[int, object] = {}
    failures: list[str] = []
    index: list[dict] = []
    rows = []
    all_findings = []
    for e in entries:
        try:
            doc = read_document(e.path, limits)
        except ClausediffError as err:
            failures.append(f"{err}")
            print(f"clausediff: skipped: {err}", file=sys.stderr)
            continue
        docs[e.order] = doc
        stem = safe_name(e.key.replace("/", "__") + (f"__{e.effective_date}" if e.effective_date else ""))
        write_atomic(norm_dir / f"{stem}.json", json.dumps(document_dict(doc), ensure_ascii=False, indent=1))
        write_atomic(norm_dir / f"{stem}.txt", document_text(doc))
        findings = run_checks(doc)
        all_findings.append((doc, findings))
        rows.append((e, doc, findings))
    if all_findings:
        write_atomic(out / "findings.json", json.dumps(findings_json(all_findings), ensure_ascii=False, indent=1))
        index.append({"title": "Findings (JSON)", "href": "findings.json", "kind": "checks",
                      "summary": f"{sum(len(f) for _, f in all_findings)} findings"})
        if findings_html is not None:
            write_atomic(out / "findings.html", findings_html(all_findings))
            index.insert(0, {"title": "Findings in every document", "href": "findings.html", "kind": "checks",
                             "summary": f"{sum(len(f) for _, f in all_findings)} findings"})

    # versions of one document, in order
    by_key: dict[str, list[Entry]] = {}
    for e, _, _ in rows:
        by_key.setdefault(e.key, []).append(e)
    diffs = []
    for key, versions in by_key.items():
        versions.sort(key=lambda x: (x.effective_date or "", x.order))
        for a, b in zip(versions, versions[1:]):
            result = diff(docs[a.order], docs[b.order])
            stem = safe_name(f"diff__{key.replace('/', '__')}__{a.effective_date or a.order}__{b.effective_date or b.order}")
            write_atomic(out / f"{stem}.json", json.dumps(diff_dict(result), ensure_ascii=False, indent=1))
            summary = result.summary()
            text = (f"{summary['substantive']} substantive changes, "
                    f"{summary['kinds'].get('editorial', 0)} editorial, {len(result.findings)} findings")
            if diff_html is not None:
                write_atomic(out / f"{stem}.html", diff_html(result))
                index.append({"title": f"新旧対照表: {key} {a.effective_date} → {b.effective_date}",
                              "href": f"{stem}.html", "kind": "diff", "summary": text})
            if diff_markdown is not None:
                write_atomic(out / f"{stem}.md", diff_markdown(result))
                index.append({"title": f"Diff (Markdown): {key}", "href": f"{stem}.md", "kind": "diff", "summary": text})
            if diff_tables is not None and write_tables is not None:
                write_tables(diff_tables(result), out, stem)
            index.append({"title": f"Diff (JSON): {key}", "href": f"{stem}.json", "kind": "diff", "summary": text})
            diffs.append((key, a, b, summary))

    # vendor comparison over the latest version of each document
    compare = _optional("compare", "compare")
    if compare is not None and len(by_key) >= 2:
        latest = [docs[sorted(v, key=lambda x: (x.effective_date or "", x.order))[-1].order] for v in by_key.values()]
        try:
            _write_comparison(compare(latest), out, index)
        except ClausediffError as err:
            failures.append(str(err))

    if index_html is not None:
        write_atomic(out / "index.html", index_html(index))
    else:
        write_atomic(out / "index.html", _plain_index(index))
    write_atomic(out / "run.json", json.dumps({
        "run": run_id, "documents": [str(e.path) for e, _, _ in rows], "failures": failures,
        "diffs": [{"key": k, "old": str(a.path), "new": str(b.path), "summary": s} for k, a, b, s in diffs],
    }, ensure_ascii=False, indent=1))

    _print_summary(rows, diffs)
    print(f"\n{len(rows)} documents in {time.perf_counter() - started:.1f}s; normalized → {norm_dir}/")
    print(f"report index: {out / 'index.html'}")
    if failures:
        print(f"{len(failures)} document(s) failed; see the messages above.", file=sys.stderr)
        return EXIT_BAD_INPUT
    return EXIT_OK


def _write_comparison(comparison, out: Path, index: list[dict]) -> None:
    comparison_dict = _optional("compare", "comparison_dict")
    comparison_html = _optional("compare", "comparison_html")
    comparison_frames = _optional("compare", "comparison_frames")
    comparison_markdown = _optional("compare", "comparison_markdown")
    if comparison_dict is not None:
        write_atomic(out / "compare.json", json.dumps(comparison_dict(comparison), ensure_ascii=False, indent=1))
        index.append({"title": "Vendor comparison (JSON)", "href": "compare.json", "kind": "compare", "summary": ""})
    if comparison_html is not None:
        write_atomic(out / "compare.html", comparison_html(comparison))
        index.insert(0, {"title": "Vendor comparison matrix", "href": "compare.html", "kind": "compare", "summary": ""})
    if comparison_markdown is not None:
        write_atomic(out / "compare.md", comparison_markdown(comparison))
    write_tables = _optional("reports.tables", "write_tables")
    if comparison_frames is not None and write_tables is not None:
        write_tables(comparison_frames(comparison), out, "compare")


def _plain_index(index: list[dict]) -> str:
    import html

    items = "\n".join(f'<li><a href="{html.escape(e["href"], quote=True)}">{html.escape(e["title"])}</a> '
                      f'{html.escape(e.get("summary", ""))}</li>' for e in index)
    return f'<!doctype html><meta charset="utf-8"><title>clausediff run</title><ul>{items}</ul>'


def _print_summary(rows, diffs) -> None:
    print(f"{'document':48} {'articles':>8} {'errors':>6} {'warnings':>8} {'info':>5}")
    for e, doc, findings in rows:
        sev = [f.severity for f in findings]
        name = str(e.path)
        if len(name) > 48:
            name = "…" + name[-47:]
        print(f"{name:48} {len(doc.articles):>8} {sev.count('error'):>6} {sev.count('warning'):>8} {sev.count('info'):>5}")
    for key, a, b, s in diffs:
        print(f"diff {key}: {a.effective_date or a.path.name} → {b.effective_date or b.path.name}: "
              f"{s['substantive']} substantive, {s['kinds'].get('editorial', 0)} editorial, "
              f"{s['kinds'].get('reference', 0)} reference changes")
