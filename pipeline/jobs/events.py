"""What a batch tells whoever drives it (a module of its own: the CLI subclasses it without loading
the batch machinery before a batch command runs)."""

from __future__ import annotations

from contextlib import contextmanager


class Events:
    """What a batch tells whoever drives it. This one tells no one; the CLI prints."""

    def info(self, line: str) -> None:
        """A version stored, a file already known, a diff made."""

    def failed(self, path: str, error: str) -> None:
        """A file (or a diff) that failed; the batch carries on."""

    @contextmanager
    def progress(self, label: str, total: int):
        """Yields a function to call with the number of items done."""
        yield lambda n=1: None
