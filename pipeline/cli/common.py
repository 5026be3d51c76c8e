"""What every command shares: limits from the arguments, writing output, --fail-on."""

from __future__ import annotations

import gc
import sys

from ..errors import EXIT_FAIL_ON, EXIT_INTERNAL, EXIT_OK, UsageError
from ..ingest import DEFAULT_LIMITS, Limits
from ..io import write_atomic
from ..reports.formats import Format


def add_limits(p) -> None:
    d = DEFAULT_LIMITS
    g = p.add_argument_group("limits")
    g.add_argument("--max-mb", type=float, default=d.max_mb, help=f"largest input file in MB (default {d.max_mb:g})")
    g.add_argument("--max-pages", type=int, default=d.max_pages, help=f"most PDF pages (default {d.max_pages})")
    g.add_argument("--max-seconds", type=float, default=d.max_seconds,
                   help=f"longest time per document in seconds (default {d.max_seconds:g})")


def limits_of(args) -> Limits:
    return Limits.of(args.max_mb, args.max_pages, args.max_seconds)


def add_cache(p) -> None:
    p.add_argument("--no-cache", action="store_true",
                   help="read and parse every input again, neither taking parsed documents from the cache nor "
                        "adding them (default: kept by content hash in $CLAUSEDIFF_CACHE_DIR, else "
                        "~/.cache/clausediff; CLAUSEDIFF_CACHE=off turns it off everywhere)")


def cache_of(args):
    """The parsed-document cache the command reads and fills, or None (--no-cache, CLAUSEDIFF_CACHE=off)."""
    if getattr(args, "no_cache", False):
        return None
    from ..document_cache import default_cache

    return default_cache()


OUTPUT_HELP = "write to this file instead of standard output (missing folders are created)"


def emit(data: str | bytes, out: str | None, fmt: Format | None = None) -> None:
    """Write a rendered report to ``out`` (atomically, folders created) or to standard output."""
    if out:
        write_atomic(out, data, encoding=fmt.encoding if fmt else "utf-8")
        return
    if isinstance(data, bytes):  # a renderer that returned bytes for a format not declared binary
        raise UsageError("this format is binary: give -o FILE (it is not written to a terminal)")
    sys.stdout.write(data)
    if not data.endswith("\n"):
        sys.stdout.write("\n")


def require_output(fmt: Format, out: str | None) -> None:
    """A binary format needs -o FILE; commands call this before the work, not after it."""
    if fmt.binary and not out:
        raise UsageError(f"--format {fmt.name} needs -o FILE (binary output is not written to the terminal)")


def render_to(fmt: Format, result, out: str | None, args=None) -> None:
    """Render with the options the format declares, taken from the parsed arguments."""
    require_output(fmt, out)
    # The documents and the result live until the command ends: the collector need not scan them again.
    # The stages ran with it paused (tokens.paused_gc), so the first collections while rendering found
    # hundreds of thousands of young objects to scan: 0.15 s of a 0.17 s render of a law's diff.
    gc.freeze()
    try:
        arguments = {name: getattr(args, name) for name in fmt.arguments() if hasattr(args, name)}
        emit(fmt.render(result, **arguments), out, fmt)
    finally:
        gc.unfreeze()  # a caller that goes on (the tests, a script calling main) collects as before


def rules_failed(findings) -> int:
    """EXIT_INTERNAL, after a line on stderr, when a check rule failed on a document: its findings are
    missing (the report says so, in a ``rule-failed`` finding whose excerpt is the rule's id), the other
    rules' stand."""
    failed = sorted({f.excerpt for f in findings if f.rule == "rule-failed"})
    if not failed:
        return EXIT_OK
    print(f"clausediff: internal error: the check(s) {', '.join(failed)} failed; the reports say so and hold "
          "the other checks' findings (rerun with --debug for the traceback)", file=sys.stderr)
    return EXIT_INTERNAL


def fail_on(level: str | None, severities, substantive: int = 0, failed: int = 0) -> int:
    """EXIT_FAIL_ON when the --fail-on threshold is reached."""
    sev = set(severities)
    reached = {
        None: False,
        "error": "error" in sev,
        "warning": bool({"error", "warning"} & sev),
        "substantive": bool(substantive),
        "failed": bool(failed),
    }[level]
    return EXIT_FAIL_ON if reached else EXIT_OK
