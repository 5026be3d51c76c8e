"""The clausediff command line.

Every command ends with one of the exit codes listed in pipeline/errors.py
(and the README). Expected failures print one line, never a traceback;
``--debug`` shows the traceback of an internal error.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from . import __version__
from .errors import EXIT_FAIL_ON, EXIT_INTERNAL, EXIT_OK, EXIT_USAGE, BadInput, ClausediffError
from .ingest import Limits

INPUT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".pdf", ".docx", ".html", ".htm"}


def _limits(args) -> Limits:
    return Limits(max_bytes=int(args.max_mb * 1024 * 1024), max_pages=args.max_pages, max_seconds=args.max_seconds)


def _emit(text: str, out: str | None) -> None:
    if out:
        from .io import write_atomic

        write_atomic(out, text)
    else:
        sys.stdout.write(text)
        if not text.endswith("\n"):
            sys.stdout.write("\n")


def expand_inputs(paths: list[str]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            out.extend(sorted(q for q in path.rglob("*") if q.is_file() and q.suffix.lower() in INPUT_SUFFIXES))
        else:
            out.append(path)
    return out


# ------------------------------------------------------------------ commands


def cmd_parse(args) -> int:
    from .api import read_document
    from .serialize import document_dict, document_text

    doc = read_document(args.file, _limits(args))
    if args.format == "json":
        _emit(json.dumps(document_dict(doc), ensure_ascii=False, indent=1), args.output)
    else:
        _emit(document_text(doc), args.output)
    return EXIT_OK


def cmd_normalize(args) -> int:
    from .api import read_document
    from .io import write_atomic
    from .serialize import document_dict, document_text

    inputs = expand_inputs(args.paths or ["raw"])
    if not inputs:
        raise BadInput("no input documents found", ", ".join(args.paths or ["raw"]))
    outdir = Path(args.output)
    used: set[str] = set()
    for path in inputs:
        doc = read_document(path, _limits(args))
        stem = base = _doc_stem(path, args.paths or ["raw"])
        n = 1
        while stem.lower() in used:  # terms.txt and terms.pdf: two outputs, not one overwriting the other
            n += 1
            stem = f"{base}-{n}"
        used.add(stem.lower())
        write_atomic(outdir / f"{stem}.json", json.dumps(document_dict(doc), ensure_ascii=False, indent=1))
        write_atomic(outdir / f"{stem}.txt", document_text(doc))
        print(f"{path} → {outdir / stem}.json ({len(doc.articles)} articles)")
    return EXIT_OK


def _doc_stem(path: Path, roots: list[str]) -> str:
    from .io import safe_name

    for r in roots:
        rp = Path(r)
        if rp.is_dir():
            try:
                rel = path.relative_to(rp)
                return safe_name(str(rel.with_suffix("")).replace("/", "__"))
            except ValueError:
                continue
    return safe_name(path.stem)


def cmd_diff(args) -> int:
    from .api import read_document
    from .api import compare_versions as diff
    from .serialize import diff_dict

    if args.registry:
        from .registry import Registry

        reg = Registry(args.registry_path)
        old = reg.document_at(args.old)
        new = reg.document_at(args.new)
    else:
        old = read_document(args.old, _limits(args))
        new = read_document(args.new, _limits(args))
    result = diff(old, new)
    fmt = args.format
    if fmt in ("docx", "xlsx"):  # binary reports (reports/docx.py, reports/tables.py): to a file only
        from .io import write_atomic
        from .reports.docx import diff_docx
        from .reports.tables import diff_xlsx

        if not args.output:
            print(f"clausediff: error: --format {fmt} needs -o FILE", file=sys.stderr)
            return EXIT_USAGE
        write_atomic(args.output, diff_docx(result, include_unchanged=args.all) if fmt == "docx" else diff_xlsx(result))
    elif fmt == "json":
        _emit(json.dumps(diff_dict(result), ensure_ascii=False, indent=1), args.output)
    elif fmt == "md":
        from .reports.markdown import diff_markdown

        _emit(diff_markdown(result), args.output)
    elif fmt == "html":
        from .reports.html import diff_html

        _emit(diff_html(result), args.output)
    else:
        from .reports.terminal import diff_terminal

        _emit(diff_terminal(result), args.output)
    return _fail_on(args, [f.severity for f in result.findings],
                    substantive=result.summary()["substantive"])


def _fail_on(args, severities: list[str], substantive: int = 0) -> int:
    level = getattr(args, "fail_on", None)
    if not level:
        return EXIT_OK
    if level == "error" and "error" in severities:
        return EXIT_FAIL_ON
    if level == "warning" and ({"error", "warning"} & set(severities)):
        return EXIT_FAIL_ON
    if level == "substantive" and substantive:
        return EXIT_FAIL_ON
    return EXIT_OK


def cmd_check(args) -> int:
    from .api import read_document
    from .checks import findings_json, findings_markdown, findings_table, run_checks
    from .ingest import Deadline

    results = []
    limits = _limits(args)
    for path in expand_inputs(args.files):
        deadline = Deadline(limits.max_seconds, str(path))  # ingest → structure (spent inside) → checks
        doc = read_document(path, limits)
        results.append((doc, run_checks(doc)))
        deadline.check("after the checks")
    if args.format == "json":
        _emit(json.dumps(findings_json(results), ensure_ascii=False, indent=1), args.output)
    elif args.format == "md":
        _emit(findings_markdown(results), args.output)
    else:
        _emit(findings_table(results), args.output)
    return _fail_on(args, [f.severity for _, fs in results for f in fs])


def cmd_run(args) -> int:
    from .run import run_pipeline

    return run_pipeline(args)


def cmd_compare(args) -> int:
    from .compare import cmd_compare as run

    return run(args)


def cmd_registry(args) -> int:
    from . import registry

    return registry.dispatch(args)


# ------------------------------------------------------------------ argument parsing


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="clausediff",
        description="Clause diff and change tracking for Japanese agreements (約款・利用規約・契約書).",
        epilog="Exit codes: 0 ok, 1 --fail-on threshold reached, 2 usage, 3 file not found, 4 bad input, "
               "5 PDF problem, 6 limit exceeded, 7 output not writable, 8 internal error.",
    )
    ap.add_argument("--version", action="version", version=f"clausediff {__version__}")
    ap.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    def limits(p):
        g = p.add_argument_group("limits")
        g.add_argument("--max-mb", type=float, default=50.0, help="largest input file in MB (default 50)")
        g.add_argument("--max-pages", type=int, default=500, help="most PDF pages (default 500)")
        g.add_argument("--max-seconds", type=float, default=120.0, help="longest time per document (default 120)")

    p = sub.add_parser("parse", help="print the structure of one document")
    p.add_argument("file")
    p.add_argument("--format", choices=["json", "text"], default="json")
    p.add_argument("-o", "--output", help="write to this file instead of standard output")
    limits(p)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("normalize", help="write normalized/<doc>.json and .txt for each input")
    p.add_argument("paths", nargs="*", help="files or folders (default: raw/)")
    p.add_argument("-o", "--output", default="normalized", help="output folder (default: normalized/)")
    limits(p)
    p.set_defaults(func=cmd_normalize)

    p = sub.add_parser("diff", help="compare two versions (or two vendors' documents)")
    p.add_argument("old", help="old version (file, or DOC@VERSION with --registry)")
    p.add_argument("new", help="new version")
    p.add_argument("--format", choices=["json", "md", "html", "text", "docx", "xlsx"], default="text")
    p.add_argument("-o", "--output")
    p.add_argument("--all", action="store_true", help="docx: list unchanged articles too (default: omitted, counted)")
    p.add_argument("--fail-on", choices=["error", "warning", "substantive"],
                   help="exit 1 when a finding of this severity (or a substantive change) is reported")
    p.add_argument("--registry", action="store_true", help="OLD and NEW are DOC@VERSION entries of the registry")
    p.add_argument("--registry-path", default=".clausediff/registry.sqlite")
    limits(p)
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("check", help="report defects in documents")
    p.add_argument("files", nargs="+")
    p.add_argument("--format", choices=["json", "md", "text"], default="text")
    p.add_argument("-o", "--output")
    p.add_argument("--fail-on", choices=["error", "warning"], help="exit 1 when a finding of this severity exists")
    limits(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("run", help="run the whole pipeline on raw/ (normalize, check, diff versions, compare, reports)")
    p.add_argument("--raw", default="raw", help="input folder with manifest.csv (default: raw/)")
    p.add_argument("--normalized", default="normalized", help="folder for normalized output")
    p.add_argument("--reports", default="reports", help="folder for report runs")
    p.add_argument("--run-id", help="name of the run folder (default: a timestamp)")
    limits(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("compare", help="compare the same clauses across vendors' documents")
    p.add_argument("docs", nargs="+")
    p.add_argument("--format", choices=["html", "md", "json", "csv", "xlsx", "text"], default="text")
    p.add_argument("-o", "--output")
    limits(p)
    p.set_defaults(func=cmd_compare)

    try:
        from .registry import add_commands
    except ImportError:
        add_commands = None
    if add_commands is not None:
        add_commands(sub, limits)
    return ap


def main(argv: list[str] | None = None) -> int:
    ap = build_parser()
    try:
        args = ap.parse_args(argv)
    except SystemExit as e:
        return int(e.code or 0) if e.code in (0, None) else EXIT_USAGE
    if not getattr(args, "command", None):
        ap.print_help()
        return EXIT_USAGE
    started = time.perf_counter()
    try:
        return args.func(args)
    except ClausediffError as e:
        print(f"clausediff: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("clausediff: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except Exception as e:  # a bug: say so plainly, keep the traceback for --debug
        if args.debug:
            raise
        print(f"clausediff: internal error: {type(e).__name__}: {e} (rerun with --debug for details)", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        if getattr(args, "debug", False):
            print(f"[{time.perf_counter() - started:.2f}s]", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
