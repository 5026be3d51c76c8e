"""The stages' caches (each line's normalized form and tokens, article signatures) are exact and bounded.

A batch worker keeps them across documents; a result must never depend on what the worker saw before.
"""

from __future__ import annotations

import json

from conftest import ROOT, SAMPLES

from pipeline import tokens
from pipeline.api import clear_caches, read_document
from pipeline.checks import run_checks
from pipeline.diff import diff
from pipeline.serialize import diff_dict, document_dict


def _everything(path) -> str:
    doc = read_document(path)
    return json.dumps([document_dict(doc), [f.to_dict(doc) for f in run_checks(doc)]], ensure_ascii=False)


def test_results_do_not_depend_on_what_was_processed_before():
    paths = list(SAMPLES.values()) + sorted((ROOT / "raw" / "mozilla").glob("*.md"))
    cold = {}
    for p in paths:
        clear_caches()
        cold[p] = _everything(p)
    # warm: every sample again, after all the others, in reverse order
    for p in reversed(paths):
        assert _everything(p) == cold[p], p


def test_a_diff_with_warm_caches_equals_the_cold_one():
    old, new = SAMPLES["gmo_reseller"], SAMPLES["gmo_service"]
    clear_caches()
    cold = diff_dict(diff(read_document(old), read_document(new)))
    for p in SAMPLES.values():
        read_document(p)
    warm = diff_dict(diff(read_document(old), read_document(new)))
    assert json.dumps(warm, ensure_ascii=False) == json.dumps(cold, ensure_ascii=False)


def test_the_token_cache_stays_under_its_bound_and_gives_the_same_tokens(monkeypatch):
    text = SAMPLES["itrust"].read_text(encoding="utf-8")
    clear_caches()
    expected = tokens.tokenize(text)
    monkeypatch.setattr(tokens, "CACHE_TOKENS", 2000)
    clear_caches()
    for p in SAMPLES.values():
        tokens.tokenize(p.read_text(encoding="utf-8"))
        assert tokens._cached_tokens <= 2000
        assert sum(len(v[0]) + 1 for v in tokens._CACHE.values()) == tokens._cached_tokens
    assert tokens.tokenize(text) == expected
    clear_caches()


def test_a_rules_per_line_memo_is_bounded_and_forgets_the_first_lines_first():
    from pipeline.checks import LineMemo, clear_caches as clear_check_caches

    memo = LineMemo(size=3)
    computed = []
    for line in ["甲", "乙", "丙", "甲", "丁", "甲"]:
        assert memo.get(line, lambda line=line: computed.append(line) or len(line)) == 1
    assert computed == ["甲", "乙", "丙", "丁", "甲"]  # 甲, met first, made room for 丁
    assert list(memo.data) == ["丙", "丁", "甲"]
    clear_check_caches()
    assert memo.data == {}
