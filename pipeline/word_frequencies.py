"""How often general Japanese writes a word: wordfreq's list for Japanese (its "large" list: Wikipedia, subtitles,
news, books and the web, about 215,000 words), looked up a word at a time.

wordfreq reads its list whole: importing it (langcodes, ftfy, regex) and building the dict of 215,000 words takes
0.3 s in every process, a quarter of checking a page of terms, while a check asks for a few hundred words. So the
command line keeps the list in its cache folder (``use_store``) as ``PARTS`` small dicts, a word's part chosen by a
hash that does not change between processes (CRC-32 of its UTF-8), each part read when one of its words is first
asked for; and, for the rule that reads every common word (typos_triple), the words written at least
``FREQUENT`` apart, most written first. The store is built from wordfreq's own dict on first use (and again when
wordfreq's data file changes), so the values are wordfreq's, bit for bit (``tests/test_word_frequencies.py``).
Without a store (the library alone, or the cache turned off) the list is read from wordfreq as it always was.
"""

from __future__ import annotations

import importlib.util
import marshal
import zlib
from pathlib import Path
from typing import Iterator

PARTS = 4096

# The share the store's list of common words reaches down to (1e-6: one word in a million, 30,597 words): the
# rules ask for no rarer ones; a call for rarer ones reads the whole list.
FREQUENT = 1e-6

_FORMAT = 1  # bump when the layout of the store changes

_state: dict = {}


def _data_file() -> Path | None:
    """wordfreq's list for Japanese, found without importing wordfreq (its import is most of the cost)."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.origin:
        return None
    path = Path(spec.origin).parent / "data" / "large_ja.msgpack.gz"
    return path if path.exists() else None


def _store_path(folder: Path, data: Path) -> Path:
    st = data.stat()
    key = zlib.crc32(f"{_FORMAT}|{data}|{st.st_size}|{st.st_mtime_ns}".encode())
    return folder / f"word-frequencies-{key:08x}.marshal"


def _part_of(word: str) -> int:
    return zlib.crc32(word.encode("utf-8")) % PARTS


def use_store(folder: str | Path) -> None:
    """Look words up through the store in ``folder`` for the rest of the process (built there if missing). Whatever
    goes wrong (no wordfreq data file found, a store that cannot be read or written) the list is read from wordfreq."""
    if _state:
        return
    _state["folder"] = Path(folder)


def _store() -> dict | None:
    """The store's parts (bytes, read on demand) and its common words, or None to read wordfreq whole."""
    if "store" in _state:
        return _state["store"]
    store = None
    folder = _state.get("folder")
    data = _data_file() if folder is not None else None
    if data is not None:
        path = _store_path(folder, data)
        try:
            loaded = marshal.loads(path.read_bytes())
            if isinstance(loaded, dict) and len(loaded.get("parts", ())) == PARTS:
                store = loaded
        except Exception:  # noqa: BLE001  (no store yet, or one that cannot be read: build it)
            store = None
        if store is None:
            store = _build(path)
    _state["store"] = store
    _state["parts"] = {}
    return store


def _build(path: Path) -> dict | None:
    """Write the store from wordfreq's dict; the store (with the whole dict kept for this process), or None."""
    from .io import write_atomic

    whole = _whole_list()
    parts: list[dict[str, float]] = [{} for _ in range(PARTS)]
    for word, share in whole.items():
        parts[_part_of(word)][word] = share
    frequent = [(w, s) for w, s in whole.items() if s >= FREQUENT]
    store = {"parts": [marshal.dumps(p) for p in parts], "frequent": marshal.dumps(frequent)}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, marshal.dumps(store), durable=False)
    except Exception:  # noqa: BLE001  (a full disk or a read-only home must not fail a command)
        pass
    _state["whole"] = whole  # read whole already: no part needs reading in this process
    return store


def _whole_list() -> dict[str, float]:
    if "whole" not in _state:
        from wordfreq import get_frequency_dict
        _state["whole"] = get_frequency_dict("ja", "large")
    return _state["whole"]


def frequency(word: str) -> float:
    """The share of the words of general Japanese text that are ``word`` (0.0 for one the list lacks)."""
    if "whole" not in _state:
        store = _store()
        if store is not None and "whole" not in _state:  # (a store built just now keeps the whole list instead)
            i = _part_of(word)
            part = _state["parts"].get(i)
            if part is None:
                part = _state["parts"][i] = marshal.loads(store["parts"][i])
            return part.get(word, 0.0)
    return _whole_list().get(word, 0.0)


def words_at_least(share: float) -> Iterator[tuple[str, float]]:
    """Each word general Japanese writes ``share`` or more, with its share, most written first (wordfreq's order)."""
    store = _store() if "whole" not in _state else None
    if store is not None and share >= FREQUENT and "whole" not in _state:  # (as in frequency)
        for w, s in marshal.loads(store["frequent"]):
            if s >= share:
                yield w, s
        return
    for w, s in _whole_list().items():
        if s >= share:
            yield w, s


def reset() -> None:
    """Forget the store and every word read (for the tests)."""
    _state.clear()
