"""Errors that end a command with a clear one-line message and a documented exit code.

The table of exit codes is ``EXIT_CODES`` below, and only there: the command line's help is built
from it and a test holds the README's table to it.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_FAIL_ON = 1
EXIT_USAGE = 2
EXIT_NOT_FOUND = 3
EXIT_BAD_INPUT = 4
EXIT_PDF = 5
EXIT_LIMIT = 6
EXIT_OUTPUT = 7
EXIT_INTERNAL = 8
EXIT_INTERRUPTED = 130  # the shell's convention for Ctrl-C (128 + SIGINT), not one of ours

# A check rule that raises on a document is reported as a ``rule-failed`` finding naming it, and the other
# rules' findings stand (exit code 8 once the reports are written); ``--debug`` and the test suite set this
# to get the traceback instead.
RAISE_RULE_ERRORS = False

# code → meaning, in the words of the README's table
EXIT_CODES: dict[int, str] = {
    EXIT_OK: "success",
    EXIT_FAIL_ON: "`--fail-on` threshold reached (a finding of that severity, or a substantive change)",
    EXIT_USAGE: "usage error",
    EXIT_NOT_FOUND: "input file missing or unreadable",
    EXIT_BAD_INPUT: "input rejected: empty, whitespace only, binary, undecodable, wrong format "
                    "(e.g. a `.pdf` that is not a PDF), program source with no page text in its markup or strings (a `.tsx` form, a `.py` or `.dart` screen of labels: save it as HTML), a `.csv` table with no column of provisions' text, typesetting source (a Typst `.typ`: compile it to PDF)",
    EXIT_PDF: "PDF problem: encrypted, no text layer (OCR needed; the pages are named), corrupt or truncated",
    EXIT_LIMIT: "a limit was exceeded (size, pages, time)",
    EXIT_OUTPUT: "output could not be written",
    EXIT_INTERNAL: "internal error (a bug; rerun with `--debug` for the traceback); also a check that failed on a "
                   "document: the reports are written, hold the other checks' findings and name it (`rule-failed`)",
    EXIT_INTERRUPTED: "interrupted (Ctrl-C); a rerun finishes the work",
}


class ClausediffError(Exception):
    """An expected failure: printed as one line, no traceback."""

    exit_code = EXIT_INTERNAL

    def __init__(self, message: str, path: str | None = None):
        # one line whatever the cause says (lxml and pdfminer messages carry line breaks)
        message = " ".join(str(message).split())
        self.message = message
        self.path = path
        super().__init__(f"{path}: {message}" if path else message)


class InputNotFound(ClausediffError):
    exit_code = EXIT_NOT_FOUND


class BadInput(ClausediffError):
    exit_code = EXIT_BAD_INPUT


class PdfError(ClausediffError):
    exit_code = EXIT_PDF


class LimitExceeded(ClausediffError):
    exit_code = EXIT_LIMIT


class OutputError(ClausediffError):
    exit_code = EXIT_OUTPUT


class MissingExtra(ClausediffError):
    """An optional extra (dask, playwright) that a chosen option needs is not installed."""

    exit_code = EXIT_USAGE


class UsageError(ClausediffError):
    """Arguments that cannot work together (a binary --format without -o FILE)."""

    exit_code = EXIT_USAGE
