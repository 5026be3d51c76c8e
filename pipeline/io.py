"""Atomic output: a temporary file in the same folder, then a rename.

An interrupted run leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from .errors import OutputError


def write_atomic(path: str | Path, data: str | bytes, encoding: str = "utf-8") -> Path:
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent)
        try:
            os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; reports are meant to be shared
            with os.fdopen(fd, "wb") as f:
                f.write(data.encode(encoding) if isinstance(data, str) else data)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, p)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror or e}", str(p)) from None
    return p


_UMASK = os.umask(0)
os.umask(_UMASK)

_UNSAFE = re.compile(r"[^\w\-.]+", re.UNICODE)


def safe_name(name: str, fallback: str = "document", max_len: int = 80) -> str:
    """A file name derived from a title that cannot leave its folder (no /, .., control chars)."""
    s = unicodedata.normalize("NFKC", name or "")
    s = _UNSAFE.sub("_", s).strip("._")
    s = re.sub(r"_+", "_", s)
    if not s or set(s) <= {".", "_"}:
        s = fallback
    return s[:max_len]


def inside(base: str | Path, target: str | Path) -> Path:
    """`target` resolved, guaranteed to be inside `base`."""
    b = Path(base).resolve()
    t = (b / target).resolve()
    if b != t and b not in t.parents:
        raise OutputError(f"refusing to write outside {b}", str(target))
    return t
