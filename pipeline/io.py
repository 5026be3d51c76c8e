"""Atomic output: a temporary file in the same folder, then a rename.

An interrupted run leaves either the old file or the new one, never half of one.
"""

from __future__ import annotations

import hashlib
import os
import re
import socket
import tempfile
import unicodedata
from pathlib import Path

from .errors import OutputError


def write_atomic(path: str | Path, data: str | bytes, encoding: str = "utf-8", durable: bool = True) -> Path:
    """Write ``data`` to ``path`` through a hidden temporary file in the same folder (fsynced), then
    rename it into place. Readers see the old file or the new one; a failure leaves the old one.

    ``durable=False`` skips the two fsyncs (about 6 ms a file here): for files that are copies of
    what a database already holds and that are checked and rewritten from it (the registry's
    report files). A killed process still leaves the old file or the new one; only a power loss
    may leave an empty one, which the check finds by its size."""
    p = Path(path)
    try:
        p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{_clip_bytes(p.name, 90)}.{_OWNER}-", suffix=".tmp", dir=p.parent)
        try:
            os.chmod(tmp, 0o666 & ~_UMASK)  # mkstemp makes 0600; reports are meant to be shared
            with os.fdopen(fd, "wb") as f:
                f.write(data.encode(encoding) if isinstance(data, str) else data)
                if durable:
                    f.flush()
                    os.fsync(f.fileno())
            os.replace(tmp, p)
            if durable:
                _fsync_dir(p.parent)
        except BaseException:
            try:
                os.unlink(tmp)
            except OSError:
                pass
            raise
    except OSError as e:
        raise OutputError(f"cannot write: {e.strerror or e}", str(p)) from None
    return p


# The hidden temporary name: ``.<name>.<owner>-XXXXXXXX.tmp``, the owner being the writing process
# (pid) and its host, so a later run can tell a temporary of a dead writer from one being written.
_HOST = hashlib.sha256(socket.gethostname().encode("utf-8", "surrogatepass")).hexdigest()[:6]
_OWNER = f"{os.getpid()}@{_HOST}"
_TEMP = re.compile(r"^\..+[.-][A-Za-z0-9_]{8}\.tmp$")
_TEMP_OWNER = re.compile(r"\.(\d+)@([0-9a-f]{6})-[A-Za-z0-9_]{8}\.tmp$")


def _after_fork() -> None:
    global _OWNER
    _OWNER = f"{os.getpid()}@{_HOST}"


os.register_at_fork(after_in_child=_after_fork)


def _writer_gone(name: str) -> bool:
    """The temporary's writer ran on this host and is no longer alive (so it was killed mid-write)."""
    m = _TEMP_OWNER.search(name)
    if m is None or m.group(2) != _HOST:
        return False
    pid = int(m.group(1))
    if pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # alive, owned by someone else
        return False
    return False


def remove_stale_temps(folder: str | Path, older_than: float = 3600.0, recursive: bool = False) -> list[Path]:
    """Delete temporary files that a killed run left behind (``write_atomic``'s hidden ``.name.….tmp``).

    A temporary goes when its writer is a process of this host that no longer runs, or when it is
    older than ``older_than`` seconds (a writer on another host sharing the folder, or a name from
    before the owner was recorded). A run writing into the same folder right now keeps its own.
    ``recursive`` also sweeps the subfolders (the registry's per-document report folders). Never
    raises.

    Rejected: the age rule alone (what this did first). A batch killed and rerun at once left its
    half-written report temporaries for an hour, so "a rerun leaves no temporary" did not hold.
    """
    import time

    removed: list[Path] = []
    try:
        entries = list(Path(folder).rglob(".*.tmp") if recursive else Path(folder).iterdir())
    except OSError:
        return removed
    cutoff = time.time() - older_than
    for p in entries:
        try:
            if _TEMP.match(p.name) and p.is_file() and not p.is_symlink() and (
                    _writer_gone(p.name) or p.stat().st_mtime < cutoff):
                p.unlink()
                removed.append(p)
        except OSError:
            continue
    return removed


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every file system lets a folder be fsynced)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _clip_bytes(s: str, max_bytes: int) -> str:
    """``s`` cut to at most ``max_bytes`` bytes of UTF-8, at a character boundary."""
    b = s.encode("utf-8", "surrogatepass")
    if len(b) <= max_bytes:
        return s
    return b[:max_bytes].decode("utf-8", "ignore")


_UMASK = os.umask(0)
os.umask(_UMASK)

_UNSAFE = re.compile(r"[^\w\-.]+", re.UNICODE)
# Device names Windows reserves in any folder, with or without an extension (reports get copied to shares).
_RESERVED = re.compile(r"^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(?:\.|$)", re.IGNORECASE)


def safe_name(name: str, fallback: str = "document", max_len: int = 80, max_bytes: int = 120) -> str:
    """A file name derived from a title that cannot leave its folder or misbehave on any file system.

    Only letters, digits, ``_``, ``-`` and ``.`` are kept (a run of anything else, ``/``, ``\\``,
    NUL, control and bidi characters included, becomes one ``_``); no leading dot or dash, so never
    ``..`` nor a hidden file nor an option; no Windows device name (CON, NUL, COM1, …); at most
    ``max_len`` characters and ``max_bytes`` bytes of UTF-8, which leaves room under the usual
    255-byte limit for a suffix and for the temporary name ``write_atomic`` uses.
    """
    s = unicodedata.normalize("NFKC", name or "")
    s = _UNSAFE.sub("_", s)
    s = re.sub(r"_+", "_", s)
    s = _clip_bytes(s[:max_len], max_bytes).strip("._-")
    if not s:
        s = fallback
    if _RESERVED.match(s):
        s = "_" + s
    return s


def inside(base: str | Path, target: str | Path) -> Path:
    """`target` resolved, guaranteed to be inside `base`."""
    b = Path(base).resolve()
    t = (b / target).resolve()
    if b != t and b not in t.parents:
        raise OutputError(f"refusing to write outside {b}", str(target))
    return t
