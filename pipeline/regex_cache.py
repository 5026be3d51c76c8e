"""Regular expressions compiled once per machine, not once per process.

The rules hold about 1,300 patterns, most with a class of the kanji block (``[\\u4e00-\\u9fff]``), and Python's
``re`` builds such a class code point by code point: 0.4 s of every command's start, more than checking a
page of terms. What ``re`` compiles a pattern into (its code: a list of integers, with its flags and groups)
depends only on the pattern, its flags and the Python that compiled it, so it is kept on disk, keyed by the
Python version and the regex engine's ``MAGIC``, and given back to the engine (``_sre.compile``) the next time:
the pattern object is the one ``re.compile`` would make (equal to it, as ``re.Pattern`` compares code;
``tests/test_regex_cache.py``).

``install(folder)`` puts a caching compiler in front of ``re``'s for the process: the command line does so
before it imports the rules; the library never does it by itself. Whatever goes wrong (a store written by
another Python, a truncated file, an engine whose internals changed) the pattern is compiled as ``re`` always
did; the store only saves time. New patterns are added to the store when the process exits, through a
temporary file and a rename (``io.write_atomic``).
"""

from __future__ import annotations

import atexit
import hashlib
import marshal
import sys
from pathlib import Path

import _sre
import re._compiler as _compiler
import re._parser as _parser

# A store past this many patterns holds those of code long gone and of documents long checked (each edit of a rule
# adds its new patterns, and some rules compile a pattern of a document's own words): it is written again with the
# patterns used last (this process's, then the newest of the others) up to half of it. A whole check uses about
# 1,500 (1.3 MB, read in 10 ms); a store of 15,000 took 0.18 s to read at every command's start.
MAX_PATTERNS = 4_000

_state: dict = {}


def _store_name() -> str:
    key = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}|{sys.maxunicode}"
    return f"patterns-{hashlib.sha256(key.encode()).hexdigest()[:16]}.marshal"


def _compiled_parts(p, flags: int) -> tuple:
    """What ``re._compiler.compile`` hands the engine for ``p``: (flags, code, groups, groupindex, indexgroup)."""
    parsed = _parser.parse(p, flags)
    code = _compiler._code(parsed, flags)
    groupindex = dict(parsed.state.groupdict)
    indexgroup = [None] * parsed.state.groups
    for k, i in groupindex.items():
        indexgroup[i] = k
    return int(flags | parsed.state.flags), [int(c) for c in code], parsed.state.groups - 1, groupindex, tuple(indexgroup)


def install(folder: str | Path) -> None:
    """Compile patterns through the store in ``folder`` for the rest of the process (once; later calls do nothing)."""
    if _state:
        return
    path = Path(folder) / _store_name()
    try:
        known = marshal.loads(path.read_bytes())
        if not isinstance(known, dict):
            known = {}
    except Exception:  # noqa: BLE001  (no store yet, or one that cannot be read: start afresh)
        known = {}
    original = _compiler.compile
    # (an overgrown store is written again at exit even when this process compiled nothing new)
    _state.update(path=path, known=known, used=set(), new=int(len(known) > MAX_PATTERNS), original=original)

    def compile(p, flags=0):
        if not isinstance(p, (str, bytes)) or flags & _compiler.SRE_FLAG_DEBUG:
            return original(p, flags)
        key = (type(p).__name__, p, int(flags))
        parts = known.get(key)
        if parts is not None:
            try:
                pattern = _sre.compile(p, *parts)
                _state["used"].add(key)
                return pattern
            except Exception:  # noqa: BLE001  (an entry the engine refuses: compiled as re does)
                del known[key]
        try:
            parts = _compiled_parts(p, flags)
            pattern = _sre.compile(p, *parts)
        except Exception:  # noqa: BLE001  (re raises its own error for a bad pattern, as it always did)
            return original(p, flags)
        known[key] = parts
        _state["used"].add(key)
        _state["new"] += 1
        return pattern

    _compiler.compile = compile
    _compiler._optimize_charset = _memoized_charsets(_compiler._optimize_charset)
    atexit.register(save)


def _memoized_charsets(optimize):
    """``re``'s optimizer of a character class, remembered for the process: it fills a table code point by code
    point (21,000 for the kanji block), and the rules' 1,500 patterns hold some 3,400 classes but only some 740
    distinct ones (most of the rest are the kanji block again). A pattern the store does not hold compiles in
    two thirds of the time, to the same code. Keyed on what the optimizer reads: the class's items (hashable
    tuples) and the case functions of the engine (module-level, so their identity is stable)."""
    memo: dict = {}

    def optimize_charset(charset, iscased=None, fixup=None, fixes=None):
        try:
            key = (tuple(charset), iscased, fixup, id(fixes) if fixes is not None else None)
            found = memo.get(key)
        except TypeError:  # an item the engine never hands over today (unhashable): optimized as re does
            return optimize(charset, iscased, fixup, fixes)
        if found is None:
            found = memo[key] = optimize(charset, iscased, fixup, fixes)
        out, hascased = found
        return list(out), hascased  # a list of the caller's own, as the optimizer gives

    optimize_charset.original = optimize
    return optimize_charset


def save() -> None:
    """Write the store when this process compiled patterns it did not hold (a store that cannot be written is skipped)."""
    if not _state or not _state["new"]:
        return
    from .io import write_atomic

    known, used = _state["known"], _state["used"]
    # the ones this process used last, so that the store's order is the order of last use (oldest first)
    known = {**{k: v for k, v in known.items() if k not in used}, **{k: known[k] for k in known if k in used}}
    if len(known) > MAX_PATTERNS:
        known = dict(list(known.items())[-max(len(used), MAX_PATTERNS // 2):])
    try:
        write_atomic(_state["path"], marshal.dumps(known), durable=False)
        _state["new"] = 0
    except Exception:  # noqa: BLE001  (a full disk or a read-only home must not fail a command)
        pass


def uninstall() -> None:
    """Give ``re`` its own compiler back (for the tests)."""
    if _state:
        _compiler.compile = _state["original"]
        _compiler._optimize_charset = getattr(_compiler._optimize_charset, "original", _compiler._optimize_charset)
        atexit.unregister(save)
        _state.clear()
