"""General Japanese's word list read a part at a time from a store in the cache folder (pipeline/word_frequencies.py):
the same values as wordfreq's own dict, no import of wordfreq once the store exists, and a store that is broken or
cannot be written costs time only."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from wordfreq import get_frequency_dict

from pipeline import word_frequencies

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def wordfreq_dict() -> dict[str, float]:
    return get_frequency_dict("ja", "large")


@pytest.fixture
def fresh():
    word_frequencies.reset()
    yield word_frequencies
    word_frequencies.reset()


def _lookups_from_a_new_process(folder: Path, words: list[str]) -> tuple[list[float], bool]:
    code = (
        "import sys, json\n"
        "from pipeline import word_frequencies as w\n"
        f"w.use_store({str(folder)!r})\n"
        "shares = [w.frequency(x) for x in json.loads(sys.argv[1])]\n"
        "print(json.dumps([shares, 'wordfreq' in sys.modules]))\n"
    )
    import json
    out = subprocess.run([sys.executable, "-c", code, json.dumps(words)], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    shares, imported = json.loads(out.stdout)
    return shares, imported


def test_every_word_has_wordfreqs_share_through_the_store(tmp_path, fresh, wordfreq_dict):
    fresh.use_store(tmp_path)
    fresh.frequency("契約")  # builds the store (and keeps the whole list for this process)
    assert list(tmp_path.glob("word-frequencies-*.marshal"))
    fresh.reset()
    fresh.use_store(tmp_path)  # a later process: the store read a part at a time
    assert all(fresh.frequency(w) == share for w, share in wordfreq_dict.items())
    assert "whole" not in fresh._state  # no part of that came from wordfreq's list read whole
    for absent in ("あいうえおか", "契約書式様式", ""):
        assert absent not in wordfreq_dict and fresh.frequency(absent) == 0.0


def test_common_words_in_wordfreqs_order(tmp_path, fresh, wordfreq_dict):
    fresh.use_store(tmp_path)
    fresh.frequency("契約")
    fresh.reset()
    fresh.use_store(tmp_path)
    for least in (1e-6, 1e-5, 3e-4):
        assert list(fresh.words_at_least(least)) == [(w, s) for w, s in wordfreq_dict.items() if s >= least]
    # rarer than the store's list reaches: wordfreq's whole list, the same answer
    assert list(fresh.words_at_least(1e-7)) == [(w, s) for w, s in wordfreq_dict.items() if s >= 1e-7]


def test_library_alone_reads_wordfreq(fresh, wordfreq_dict):
    assert fresh.frequency("慎重") == wordfreq_dict["慎重"] > 1e-5
    assert fresh.frequency("預金") == wordfreq_dict["預金"]


def test_a_new_process_reads_the_store_without_wordfreq(tmp_path):
    words = ["慎重", "預金", "サーバー", "サバー", "不具合", "本規約に"]
    first, imported_first = _lookups_from_a_new_process(tmp_path, words)
    second, imported_second = _lookups_from_a_new_process(tmp_path, words)
    expected = get_frequency_dict("ja", "large")
    assert first == second == [expected.get(w, 0.0) for w in words]
    assert imported_first and not imported_second  # built from wordfreq once, then read from the store alone


def test_broken_or_unwritable_store_costs_time_only(tmp_path, fresh, wordfreq_dict):
    fresh.use_store(tmp_path)
    fresh.frequency("契約")
    (store,) = tmp_path.glob("word-frequencies-*.marshal")
    store.write_bytes(store.read_bytes()[:1000])  # truncated
    fresh.reset()
    fresh.use_store(tmp_path)
    assert fresh.frequency("慎重") == wordfreq_dict["慎重"]
    assert len(store.read_bytes()) > 1000  # written again
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    fresh.reset()
    fresh.use_store(blocked / "cache")  # cannot be made
    assert fresh.frequency("預金") == wordfreq_dict["預金"]
    assert [w for w, _ in fresh.words_at_least(1e-4)] == [w for w, s in wordfreq_dict.items() if s >= 1e-4]
