"""The per-line memos of typo, term-inconsistent and duplication: a line's cached result never carries
what one document made of it into another.

A batch checks the versions of a document one after another with the memos kept: each version must get
exactly the findings it gets alone, with every memo empty.
"""

from __future__ import annotations

import json

import pytest
from conftest import EXTERNAL, SAMPLES, doc_from_text, needs_shared

from pipeline.api import clear_caches
from pipeline.checks import RULES, _load_rules, context

_MEMO_RULES = ("typo", "term-inconsistent", "duplication")
KIYAKU = EXTERNAL / "kiyaku"


def _findings(text: str, name: str) -> list[dict]:
    _load_rules()
    doc = doc_from_text(text, name)
    ctx = context(doc)
    return [f.to_dict(doc) for r in _MEMO_RULES for f in RULES[r].func(ctx)]


def test_a_cached_line_follows_the_definitions_of_its_own_document():
    # gmo-sign-service defines 本料金 (第3条) and writes 本利用料金 once (第20条): a near miss of the
    # defined term. Without the definition the same line holds no near miss, memo or not.
    text = SAMPLES["gmo_service"].read_text(encoding="utf-8")
    without = text.replace("（以下「本料金」といいます。）", "", 1)
    assert without != text

    def near_misses(findings):
        return [f for f in findings if f["rule"] == "term-inconsistent" and "本利用料金" in json.dumps(f, ensure_ascii=False)]

    clear_caches()
    cold_with = _findings(text, "with.txt")
    clear_caches()
    cold_without = _findings(without, "without.txt")
    assert len(near_misses(cold_with)) == 1
    assert near_misses(cold_without) == []
    # warm, both ways round: the line 「本利用料金の支払を…」 is in the memo from the other version
    assert _findings(text, "with.txt") == cold_with
    assert _findings(without, "without.txt") == cold_without
    assert _findings(text, "with.txt") == cold_with


@needs_shared(KIYAKU)
@pytest.mark.parametrize("order", ["forward", "backward"])
def test_kiyaku_versions_checked_in_a_row_get_their_cold_findings(order):
    paths = sorted(KIYAKU.glob("kiyaku_20??.txt"))
    assert len(paths) == 3
    texts = {p.name: p.read_text(encoding="utf-8") for p in paths}
    cold = {}
    for name, text in texts.items():
        clear_caches()
        cold[name] = _findings(text, name)
    # the reviewed clipped terms (専有部, 区分者…) are there to be kept or lost
    assert all(any(f["rule"] == "term-inconsistent" for f in fs) for fs in cold.values())
    clear_caches()
    names = list(texts) if order == "forward" else list(reversed(texts))
    for name in names:
        assert _findings(texts[name], name) == cold[name], name
