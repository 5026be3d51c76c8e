"""The clausediff command line.

Every command ends with one of the exit codes of ``pipeline.errors.EXIT_CODES`` (the README
lists the same table). Expected failures print one line, never a traceback; ``--debug`` shows
the traceback of an internal error.
"""

from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

from .. import __version__, errors
from ..errors import EXIT_CODES, EXIT_INTERNAL, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, BadInput, ClausediffError
from ..ingest import Deadline, expand_inputs
from ..io import safe_name, write_atomic
from ..reports.formats import CHECK_FORMATS, COMPARE_FORMATS, DIFF_FORMATS, PARSE_FORMATS
from ..store import DEFAULT_PATH
from . import tracking
from .common import (OUTPUT_HELP, add_cache, add_limits, cache_of, fail_on, limits_of, render_to, require_output,
                     rules_failed)

# The stages (api: the tokenizer, the checks), the registry and the manifests are imported by the
# commands that use them, not here: `clausediff --help` or a usage error should not take 0.6 s to load
# them, nor `clausediff diff` load SQLite.

# ------------------------------------------------------------------ commands


def cmd_parse(args) -> int:
    from ..api import read_document

    render_to(PARSE_FORMATS[args.format], read_document(args.file, limits_of(args), cache_of(args)), args.output)
    return EXIT_OK


def cmd_normalize(args) -> int:
    import json

    from ..api import read_document
    from ..serialize import document_dict, document_text

    roots = args.paths or ["raw"]
    inputs = expand_inputs(roots)
    if not inputs:
        raise BadInput("no input documents found", ", ".join(roots))
    outdir = Path(args.output)
    used: set[str] = set()
    for path in inputs:
        doc = read_document(path, limits_of(args))
        stem = base = _doc_stem(path, roots)
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
    from ..api import compare_files, compare_versions

    fmt = DIFF_FORMATS[args.format]
    require_output(fmt, args.output)
    if args.registry:
        from ..store.registry import Registry

        reg = Registry(args.registry_path, create=False)
        old, new = reg.document_at(args.old), reg.document_at(args.new)
        reg.close()
        result = compare_versions(old, new)
    else:  # the same bytes are recognised by hash: parsed once, nothing compared or checked
        result = compare_files(args.old, args.new, limits_of(args), cache_of(args))
    render_to(fmt, result, args.output, args)
    return rules_failed(result.findings) or fail_on(args.fail_on, [f.severity for f in result.findings],
                                                     substantive=result.summary()["substantive"])


def cmd_check(args) -> int:
    from ..api import check_document, read_document

    results = []
    limits, cache = limits_of(args), cache_of(args)
    for path in expand_inputs(args.files):
        deadline = Deadline(limits.max_seconds, str(path))  # ingest → structure (spent inside) → checks
        doc = read_document(path, limits, cache)
        results.append((doc, check_document(doc, cache)))
        deadline.check("after the checks")
    render_to(CHECK_FORMATS[args.format], results, args.output)
    found = [f for _, fs in results for f in fs]
    return rules_failed(found) or fail_on(args.fail_on, [f.severity for f in found])


def cmd_compare(args) -> int:
    from ..api import read_document
    from ..compare import compare
    from ..store.manifest import manifests_near, rows_by_path

    fmt = COMPARE_FORMATS[args.format]
    require_output(fmt, args.output)
    limits, cache = limits_of(args), cache_of(args)
    docs = [read_document(p, limits, cache) for p in args.docs]
    # the names readers know the documents by: vendor and service from a manifest beside them
    rows = rows_by_path(manifests_near(args.docs))
    names = []
    for p in args.docs:
        row = rows.get(str(Path(p).resolve()))
        names.append(row.name if row else None)
    render_to(fmt, compare(docs, names=names), args.output)
    return EXIT_OK


def cmd_cache(args) -> int:
    from ..document_cache import DocumentCache, default_folder

    cache = DocumentCache(default_folder())
    if args.action == "clear":
        print(f"{cache.clear()} parsed document(s) deleted from {cache.folder}")
        return EXIT_OK
    info = cache.info()
    print(f"folder:  {info['folder']}\n"
          f"entries: {info['entries']} parsed document(s), {info['bytes'] / 2**20:.1f} MiB "
          f"(kept under {info['max_bytes'] / 2**20:.0f} MiB)\n"
          f"code:    {info['code']} (entries of other code are unreachable and evicted in time)")
    return EXIT_OK


def cmd_run(args) -> int:
    from ..jobs.run import run_corpus

    if args.workers is not None and args.workers < 1:
        raise BadInput("--workers must be 1 or more", str(args.workers))
    result = run_corpus(args.raw, args.normalized, args.reports, args.run_id, limits_of(args),
                        on_failure=lambda msg: print(f"clausediff: skipped: {msg}", file=sys.stderr),
                        reraise=args.debug, workers=args.workers, cache=cache_of(args))
    _print_run(result)
    if result.failures:
        print(f"{len(result.failures)} document(s) failed; see the messages above.", file=sys.stderr)
        return result.failures[0][1]  # the exit code of the first failure (4 bad input, 5 PDF, 6 limit …)
    return rules_failed([f for _, _, findings in result.documents for f in findings])


def _print_run(result) -> None:
    print(f"{'document':48} {'articles':>8} {'errors':>6} {'warnings':>8} {'info':>5}")
    for e, doc, findings in result.documents:
        sev = [f.severity for f in findings]
        name = str(e.path)
        if len(name) > 48:
            name = "…" + name[-47:]
        print(f"{name:48} {len(doc.articles):>8} {sev.count('error'):>6} {sev.count('warning'):>8} {sev.count('info'):>5}")
    for d in result.diffs:
        s = d.summary
        print(f"diff {d.key}: {d.old.effective_date or d.old.path.name} → {d.new.effective_date or d.new.path.name}: "
              f"{s['substantive']} substantive, {s['kinds'].get('editorial', 0)} editorial, "
              f"{s['kinds'].get('reference', 0)} reference changes")
    print(f"\n{len(result.documents)} documents in {result.seconds:.1f}s; normalized → {result.normalized}/")
    print(f"report index: {result.index}")


# ------------------------------------------------------------------ argument parsing


def _epilog() -> str:
    return "Exit codes: " + "; ".join(f"{code} {meaning.replace('`', '')}" for code, meaning in EXIT_CODES.items())


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(
        prog="clausediff",
        description="Clause diff and change tracking for Japanese agreements (約款・利用規約・契約書).",
        epilog=_epilog(),
    )
    ap.add_argument("--version", action="version", version=f"clausediff {__version__}")
    ap.add_argument("--debug", action="store_true", help="show tracebacks of internal errors")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("parse", help="print the structure of one document")
    p.add_argument("file")
    p.add_argument("--format", choices=PARSE_FORMATS.names(), default="json")
    p.add_argument("-o", "--output", help=OUTPUT_HELP)
    add_limits(p)
    add_cache(p)
    p.set_defaults(func=cmd_parse)

    p = sub.add_parser("normalize", help="write normalized/<doc>.json and .txt for each input")
    p.add_argument("paths", nargs="*", help="files or folders (default: raw/)")
    p.add_argument("-o", "--output", default="normalized", help="output folder, created if missing (default: normalized/)")
    add_limits(p)
    p.set_defaults(func=cmd_normalize)

    p = sub.add_parser("diff", help="compare two versions (or two vendors' documents)")
    p.add_argument("old", help="old version (file, or DOC@VERSION with --registry)")
    p.add_argument("new", help="new version")
    p.add_argument("--format", choices=DIFF_FORMATS.names(), default="text")
    p.add_argument("-o", "--output", help=OUTPUT_HELP)
    p.add_argument("--all", action="store_true", help="docx: list unchanged articles too (default: omitted, counted)")
    p.add_argument("--fail-on", choices=["error", "warning", "substantive"],
                   help="exit 1 when a finding of this severity (or a substantive change) is reported")
    p.add_argument("--registry", action="store_true", help="OLD and NEW are DOC@VERSION entries of the registry")
    p.add_argument("--registry-path", default=DEFAULT_PATH, help=f"SQLite registry (default {DEFAULT_PATH})")
    add_limits(p)
    add_cache(p)
    p.set_defaults(func=cmd_diff)

    p = sub.add_parser("check", help="report defects in documents")
    p.add_argument("files", nargs="+")
    p.add_argument("--format", choices=CHECK_FORMATS.names(), default="text")
    p.add_argument("-o", "--output", help=OUTPUT_HELP)
    p.add_argument("--fail-on", choices=["error", "warning"], help="exit 1 when a finding of this severity exists")
    add_limits(p)
    add_cache(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("run", help="run the whole pipeline on raw/ (normalize, check, diff versions, compare, reports)")
    p.add_argument("--raw", default="raw", help="input folder with manifest.csv (default: raw/)")
    p.add_argument("--normalized", default="normalized", help="folder for normalized output")
    p.add_argument("--reports", default="reports", help="folder for report runs")
    p.add_argument("--run-id", help="name of the run folder (default: a timestamp)")
    p.add_argument("--workers", type=int, default=None, metavar="N",
                   help="processes that read and check the documents (default: one per core; 1: this process only)")
    add_limits(p)
    add_cache(p)
    p.set_defaults(func=cmd_run)

    p = sub.add_parser("compare", help="compare the same clauses across vendors' documents")
    p.add_argument("docs", nargs="+")
    p.add_argument("--format", choices=COMPARE_FORMATS.names(), default="text")
    p.add_argument("-o", "--output", help=OUTPUT_HELP)
    add_limits(p)
    add_cache(p)
    p.set_defaults(func=cmd_compare)

    p = sub.add_parser("cache", help="show or clear the cache of parsed documents",
                       description="parse, diff, check and compare keep each document they parse, found by content "
                                   "hash, in $CLAUSEDIFF_CACHE_DIR (else $XDG_CACHE_HOME/clausediff, else "
                                   "~/.cache/clausediff). Deleting it is always safe.")
    p.add_argument("action", nargs="?", choices=["info", "clear"], default="info",
                   help="info: where it is and what it holds (default); clear: delete every entry")
    p.set_defaults(func=cmd_cache)

    tracking.add_commands(sub)
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
    raising = errors.RAISE_RULE_ERRORS
    if getattr(args, "debug", False):
        errors.RAISE_RULE_ERRORS = True  # a check that fails shows its traceback
    try:
        return args.func(args)
    except ClausediffError as e:
        print(f"clausediff: error: {e}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("clausediff: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    except Exception as e:  # a bug: say so plainly, keep the traceback for --debug
        if args.debug:
            raise
        print(f"clausediff: internal error: {type(e).__name__}: {e} (rerun with --debug for details)", file=sys.stderr)
        return EXIT_INTERNAL
    finally:
        errors.RAISE_RULE_ERRORS = raising
        if getattr(args, "debug", False):
            print(f"[{time.perf_counter() - started:.2f}s]", file=sys.stderr)
        if argv is None:
            # run as the program: the process ends next, and the interpreter's last collection would scan
            # every object of the documents for nothing (0.05-0.2 s for a law)
            gc.freeze()


if __name__ == "__main__":
    sys.exit(main())
