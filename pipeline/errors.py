"""Errors that end a command with a clear one-line message and a documented exit code.

Exit codes (also listed in the README):
  0  success
  1  findings or changes at or above --fail-on
  2  usage error (bad arguments)
  3  input file missing or unreadable
  4  input rejected: empty, binary, undecodable, wrong format
  5  PDF problem: encrypted, no text layer (needs OCR), corrupt
  6  a configured limit was exceeded (size, pages, time)
  7  output could not be written
  8  internal error (a bug: please report it)
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
