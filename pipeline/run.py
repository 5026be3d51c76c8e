"""`clausediff run`: the whole pipeline on a corpus folder (raw/ by default).

normalize every document → check it → diff consecutive versions of the same
document (raw/manifest.csv says which files are versions of one document) →
compare the latest version of each document across vendors → write one report
folder per run with an index.html.
"""

from __future__ import annotations

import csv
import json
import os
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from .errors import EXIT_INTERNAL, EXIT_OK, BadInput, ClausediffError, OutputError
from .io import remove_stale_temps, safe_name, write_atomic


@dataclass
class Entry:
    path: Path
    key: str
    vendor: str
    title: str
    version: str
    effective_date: str
    order: int
    error: str | None = None  # why the manifest row cannot be read (it points outside the folder)


def _inside_folder(file: str) -> bool:
    """A manifest's file name names a file inside the folder: relative, and no ``..`` climbs out."""
    if not file or os.path.isabs(file) or file.startswith(("/", "\\")) or (len(file) > 1 and file[1] == ":"):
        return False
    norm = os.path.normpath(file.replace("\\", "/"))
    return norm != ".." and not norm.startswith("../") and norm != "."


def _manifest_rows(manifest: Path) -> list[dict]:
    with manifest.open(encoding="utf-8-sig", newline="") as f:
        return [{k: v for k, v in row.items() if isinstance(k, str)} for row in csv.DictReader(f)]


def read_manifest(raw: Path) -> list[Entry]:
    """The manifest's rows, or every supported file of the folder when there is no manifest.

    A row whose file lies outside the folder (``../x``, ``/etc/passwd``) is kept with an error:
    a published manifest must not make the run read, and copy into its reports, other files.
    """
    from .cli import expand_inputs

    manifest = raw / "manifest.csv"
    entries: list[Entry] = []
    if manifest.exists():
        try:
            rows = _manifest_rows(manifest)
        except (UnicodeDecodeError, csv.Error) as e:
            raise BadInput(f"manifest.csv is not readable as UTF-8 CSV ({type(e).__name__}: {e})", str(manifest)) \
                from None
        except OSError as e:
            raise BadInput(f"cannot read manifest.csv: {e.strerror or e}", str(manifest)) from None
        for i, row in enumerate(rows):
            file = (row.get("file") or "").strip()
            if not file:
                continue
            p = raw / file
            key = (row.get("key") or "").strip() or str(Path(file).with_suffix(""))
            entry = Entry(p, key, row.get("vendor") or "", row.get("title") or "", row.get("version") or "",
                          row.get("effective_date") or "", i)
            if not _inside_folder(file):
                entry.error = f"{manifest}: row {i + 2}: file {file!r} is outside the input folder; not read"
            entries.append(entry)
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
    from .api import compare_versions as diff
    from .serialize import diff_dict, document_dict, document_text

    from .ingest import Deadline

    started = time.perf_counter()
    raw = Path(args.raw)
    if not raw.is_dir():
        raise BadInput("input folder does not exist", str(raw))
    run_id = args.run_id or datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    out = Path(args.reports) / safe_name(run_id, "run")
    norm_dir = Path(args.normalized)
    for folder, flag in ((norm_dir, "--normalized"), (Path(args.reports), "--reports")):
        _refuse_inside(folder, raw, flag)
    entries = read_manifest(raw)
    limits = _limits(args)
    for folder in (norm_dir, out):  # what a run killed mid-write (kill -9, power loss) left behind
        remove_stale_temps(folder)
    debug = getattr(args, "debug", False)
    stems: set[str] = set()

    def unique(stem: str) -> str:
        """Two keys that sanitize to one name (a/b and a__b) must not overwrite each other's files."""
        name, n = stem, 1
        while name.lower() in stems:
            n += 1
            name = f"{stem}-{n}"
        stems.add(name.lower())
        return name

    diff_html = _optional("reports.html", "diff_html")
    findings_html = _optional("reports.html", "findings_html")
    index_html = _optional("reports.html", "index_html")
    diff_markdown = _optional("reports.markdown", "diff_markdown")
    diff_tables = _optional("reports.tables", "diff_tables")
    write_tables = _optional("reports.tables", "write_tables")

    docs: dict[int, object] = {}
    failures: list[str] = []
    codes: list[int] = []
    index: list[dict] = []
    rows = []
    all_findings = []

    def failed(what: str, err: BaseException) -> None:
        """One bad document (or one failing diff) is reported and the run carries on."""
        if isinstance(err, ClausediffError):
            msg, code = str(err), err.exit_code
        else:
            if debug:
                raise err
            msg, code = f"{what}: internal error: {type(err).__name__}: {err} (rerun with --debug for details)", EXIT_INTERNAL
        failures.append(msg)
        codes.append(code)
        print(f"clausediff: skipped: {msg}", file=sys.stderr)

    for e in entries:
        if e.error:
            failed(str(e.path), BadInput(e.error))
            continue
        try:
            # one time budget per document: ingest, normalize, structure (spent inside) and the checks
            deadline = Deadline(limits.max_seconds, str(e.path))
            doc = read_document(e.path, limits)
            findings = run_checks(doc)
            deadline.check("after the checks")
        except Exception as err:
            failed(str(e.path), err)
            continue
        docs[e.order] = doc
        stem = unique(safe_name(e.key.replace("/", "__") + (f"__{e.effective_date}" if e.effective_date else "")))
        write_atomic(norm_dir / f"{stem}.json", json.dumps(document_dict(doc), ensure_ascii=False, indent=1))
        write_atomic(norm_dir / f"{stem}.txt", document_text(doc))
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
            try:
                result = diff(docs[a.order], docs[b.order])
            except Exception as err:
                failed(f"diff {a.path} → {b.path}", err)
                continue
            stem = unique(safe_name(
                f"diff__{key.replace('/', '__')}__{a.effective_date or a.order}__{b.effective_date or b.order}"))
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
        except OutputError:
            raise
        except Exception as err:
            failed("vendor comparison", err)

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
        return codes[0]  # the exit code of the first failure (4 bad input, 5 PDF, 6 limit, 8 internal …)
    return EXIT_OK


def _refuse_inside(folder: Path, raw: Path, flag: str) -> None:
    """Outputs never go into the input folder: nothing in raw/ is ever modified."""
    f, r = folder.resolve(), raw.resolve()
    if f == r or r in f.parents:
        raise OutputError(f"refusing to write {flag} output inside the input folder {raw}", str(folder))


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
