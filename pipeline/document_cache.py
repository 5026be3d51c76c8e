"""Parsed documents kept on disk by content hash, so that a version is read and parsed once.

A reviewer diffs v1 → v2, renders the same pair again as HTML and Word, then diffs v2 → v3: every
run read and parsed each 1.3 MB text again, for the same result. ``DocumentCache`` keeps each parsed
``Document`` in a file named by what the result depends on, and nothing else:

- the input's bytes (SHA-256) and its file suffix (which chooses the reader);
- the code that read and parsed it: the size and modification time of every file of the ``pipeline``
  package and of its data files, and the Python version. Editing any of them makes every entry
  unreachable (and, left unread, it is evicted in time);
- the cache format.

An entry is written through a temporary file and a rename (``io.write_atomic``): a killed run leaves
the entry whole or absent. An entry that cannot be read (truncated by a full disk, written by another
version) is a miss, deleted, never an error: the cache only saves time, it never changes a result.
The folder is kept under ``max_bytes`` by deleting the entries read least recently.

Beside a document, the cache keeps the findings computed on the whole of it (``put_findings``): per rule, or
all of them. They depend on the document, the code and the tagger's dictionary (its version is in their
key), so a version checked once, or diffed as the new side of one revision, is not checked again when it is
the old side of the next one. And it keeps what a revision introduced (``put_introduced``), by the pair of
versions: the same pair rendered again in another format is not checked at all (the rules are not even
loaded).

The library functions take a cache as an argument (``api.read_document(path, cache=…)``); the command
line opens the default one (``default_cache``), which ``--no-cache`` or ``CLAUSEDIFF_CACHE=off`` turn off
and ``CLAUSEDIFF_CACHE_DIR`` moves.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .io import write_atomic

if TYPE_CHECKING:
    from .model import Document

# Raised when the pickled form of a Document changes in a way a code fingerprint would not show
# (a dataclass moved to another module without any file of the package changing size or time).
FORMAT = 1
DEFAULT_MAX_BYTES = 512 * 1024 * 1024
_SUFFIX = ".doc.pickle"
_FINDINGS_SUFFIX = ".findings.pickle"
_INTRODUCED_SUFFIX = ".introduced.pickle"
_ENTRY_SUFFIXES = (_SUFFIX, _FINDINGS_SUFFIX, _INTRODUCED_SUFFIX)
_PACKAGE = Path(__file__).resolve().parent


def default_folder() -> Path:
    """``$CLAUSEDIFF_CACHE_DIR``, else ``$XDG_CACHE_HOME/clausediff``, else ``~/.cache/clausediff``."""
    env = os.environ.get("CLAUSEDIFF_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "clausediff"


def cache_turned_off() -> bool:
    """Is ``CLAUSEDIFF_CACHE`` ``off`` (or ``0``, ``no``, ``false``)?"""
    return os.environ.get("CLAUSEDIFF_CACHE", "").strip().lower() in ("off", "0", "no", "false")


def default_cache() -> "DocumentCache | None":
    """The command line's cache: None when ``CLAUSEDIFF_CACHE`` is ``off`` (or ``0``, ``no``, ``false``)."""
    if cache_turned_off():
        return None
    return DocumentCache(default_folder())


_FINGERPRINT: str | None = None


def code_fingerprint() -> str:
    """What identifies the code that reads and parses: every file of the package (path, size, mtime),
    the Python version and the cache format. Computed once a process (about 2 ms)."""
    global _FINGERPRINT
    if _FINGERPRINT is None:
        h = hashlib.sha256(f"{FORMAT}|{sys.version_info[:2]}".encode())
        for root, dirs, files in os.walk(_PACKAGE):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                if name.endswith((".pyc", ".tmp")):
                    continue
                p = os.path.join(root, name)
                try:
                    st = os.stat(p)
                except OSError:
                    continue
                h.update(f"{os.path.relpath(p, _PACKAGE)}|{st.st_size}|{st.st_mtime_ns}\n".encode())
        _FINGERPRINT = h.hexdigest()
    return _FINGERPRINT


@lru_cache(maxsize=1)
def _tagger_versions() -> str:
    """The versions of the tagger and its dictionary: findings read tokens, parsed documents do not."""
    from importlib import metadata

    out = []
    for name in ("fugashi", "unidic-lite"):
        try:
            out.append(f"{name}={metadata.version(name)}")
        except metadata.PackageNotFoundError:
            out.append(f"{name}=none")
    return ",".join(out)


class DocumentCache:
    """A folder of parsed documents, each in one file named by :meth:`key`."""

    def __init__(self, folder: str | Path, max_bytes: int = DEFAULT_MAX_BYTES):
        self.folder = Path(folder)
        self.max_bytes = max_bytes
        self.hits = self.misses = 0
        # the folder's size as last counted, plus what this object wrote since: counting means a stat of every
        # entry (a thousand in a busy cache: 25 ms, each write of a diff), so it is counted again only on the first
        # write and when the estimate passes max_bytes (another process's writes are counted by that process)
        self._estimate: int | None = None

    @staticmethod
    def key(sha256: str, name: str) -> str:
        """The entry of an input with these bytes (their SHA-256) read under this file name."""
        suffix = Path(name).suffix.lower()
        return hashlib.sha256(f"{sha256}|{suffix}|{code_fingerprint()}".encode()).hexdigest()

    def _path(self, key: str, suffix: str = _SUFFIX) -> Path:
        return self.folder / key[:2] / f"{key}{suffix}"

    def _findings_path(self, doc: "Document") -> Path:
        key = self.key(doc.source.sha256, doc.source.path)
        return self._path(hashlib.sha256(f"{key}|{_tagger_versions()}".encode()).hexdigest(), _FINDINGS_SUFFIX)

    def get(self, sha256: str, path: str | Path) -> "Document | None":
        """The document parsed from these bytes, its source's path set to ``path``; None when not kept."""
        p = self._path(self.key(sha256, str(path)))
        try:
            data = p.read_bytes()
        except OSError:
            self.misses += 1
            return None
        try:
            doc = pickle.loads(data)
            if doc.source.sha256 != sha256:
                raise ValueError("entry of other bytes")
        except Exception:  # noqa: BLE001  (an unreadable entry is a miss, whatever broke it)
            self._forget(p)
            self.misses += 1
            return None
        try:
            os.utime(p)  # read now: evicted last
        except OSError:
            pass
        self.hits += 1
        return replace(doc, source=replace(doc.source, path=str(path)))

    def put(self, doc: "Document") -> None:
        """Keep ``doc`` (parsed from ``doc.source``). A cache that cannot be written is skipped silently."""
        src = doc.source
        if src.sha256:
            self._write_entry(self._path(self.key(src.sha256, src.path)), doc)

    def get_findings(self, doc: "Document") -> dict:
        """The findings kept for ``doc`` (rule id → findings; ``"*"`` → all of them); empty when none."""
        if not doc.source.sha256:
            return {}
        return self._read_entry(self._findings_path(doc), dict) or {}

    def put_findings(self, doc: "Document", known: dict) -> None:
        """Keep the findings computed on the whole of ``doc`` (``checks.known_findings``), replacing those kept."""
        if doc.source.sha256 and known:
            self._write_entry(self._findings_path(doc), known)

    def _introduced_path(self, old: "Document", new: "Document") -> Path:
        keys = [self.key(d.source.sha256, d.source.path) for d in (old, new)]
        return self._path(hashlib.sha256(f"{keys[0]}|{keys[1]}|{_tagger_versions()}".encode()).hexdigest(),
                          _INTRODUCED_SUFFIX)

    def get_introduced(self, old: "Document", new: "Document") -> "list | None":
        """The findings the revision ``old`` → ``new`` introduced, as kept by :meth:`put_introduced`; None when not kept."""
        if not old.source.sha256 or not new.source.sha256:
            return None
        return self._read_entry(self._introduced_path(old, new), list)

    def put_introduced(self, old: "Document", new: "Document", found: list) -> None:
        """Keep the findings the revision ``old`` → ``new`` introduced (``checks.introduced_findings``)."""
        if old.source.sha256 and new.source.sha256:
            self._write_entry(self._introduced_path(old, new), list(found))

    def _read_entry(self, p: Path, kind: type):
        """The ``kind`` pickled at ``p`` (read now: evicted last); None when there is none, or none that can be read
        (then deleted: an unreadable entry is a miss)."""
        try:
            data = p.read_bytes()
        except OSError:
            return None
        try:
            entry = pickle.loads(data)
            if not isinstance(entry, kind):
                raise ValueError(f"not an entry of {kind.__name__}")
        except Exception:  # noqa: BLE001  (whatever broke it)
            self._forget(p)
            return None
        try:
            os.utime(p)
        except OSError:
            pass
        return entry

    def _write_entry(self, p: Path, entry) -> None:
        try:
            data = pickle.dumps(entry, protocol=pickle.HIGHEST_PROTOCOL)
            write_atomic(p, data, durable=False)
        except Exception:  # noqa: BLE001  (a full disk or a read-only home must not fail a diff)
            return
        if self._estimate is not None:
            self._estimate += len(data)
        if self._estimate is None or self._estimate > self.max_bytes:
            self._evict()

    def _forget(self, p: Path) -> None:
        try:
            p.unlink()
        except OSError:
            pass

    def entries(self) -> list[Path]:
        """Every entry: documents, their findings and the findings of revisions."""
        return sorted(Path(e.path) for e in self._entry_files())

    def _entry_files(self) -> list[os.DirEntry]:
        # (os.scandir: a fifth of the time of a glob for each kind of entry, in a folder of 256 subfolders)
        out = []
        try:
            subfolders = [d.path for d in os.scandir(self.folder) if d.is_dir(follow_symlinks=False)]
        except OSError:
            return out
        for sub in subfolders:
            try:
                out.extend(e for e in os.scandir(sub) if e.name.endswith(_ENTRY_SUFFIXES))
            except OSError:
                continue
        return out

    def _evict(self) -> None:
        """Delete the entries read least recently until the folder holds at most ``max_bytes``."""
        stats = self._stats()
        total = sum(s for _, s, _ in stats)
        for _, size, p in sorted(stats):
            if total <= self.max_bytes:
                break
            self._forget(p)
            total -= size
        self._estimate = total

    def _stats(self) -> list[tuple[float, int, Path]]:
        """(last read, size, path) of each entry still there."""
        out = []
        for e in self._entry_files():
            try:
                st = e.stat()
            except OSError:
                continue
            out.append((st.st_mtime, st.st_size, Path(e.path)))
        return out

    def info(self) -> dict:
        """Where the cache is, how many entries it holds, their size and its bound (``clausediff cache``)."""
        sizes = [size for _, size, _ in self._stats()]
        return {"folder": str(self.folder), "entries": len(sizes), "bytes": sum(sizes), "max_bytes": self.max_bytes,
                "code": code_fingerprint()[:12]}

    def clear(self) -> int:
        """Delete every entry, and the compiled patterns (regex_cache) and word list (word_frequencies) kept beside
        them; the number of entries deleted."""
        n = 0
        for p in self.entries():
            self._forget(p)
            n += 1
        for pattern in ("patterns-*.marshal", "word-frequencies-*.marshal"):
            for p in self.folder.glob(pattern):
                self._forget(p)
        return n
