"""term-inconsistent asks whether a term is written at least n times without counting past n (terms._uses):
the answer is str.count's, overlapping occurrences included."""

from __future__ import annotations

import random

from conftest import doc_from_text

from pipeline.checks import context
from pipeline.checks.terms import _count, _uses


def test_at_least_as_str_count():
    rng = random.Random(17)
    for _ in range(200):
        text = "".join(rng.choice("ああい\n会社") for _ in range(rng.randrange(0, 40)))
        ctx = context(doc_from_text("本文" + text))
        for term in ("あ", "ああ", "あい", "会社", "社会", "ん"):
            n = ctx.text.count(term)
            for k in range(0, n + 3):
                assert _uses(ctx, term, k) == (n >= k), (ctx.text, term, k)
            assert _count(ctx, term) == n


def test_a_scan_that_stopped_early_leaves_the_exact_count_to_count():
    ctx = context(doc_from_text("当社は当社の当社を当社に。"))
    assert _uses(ctx, "当社", 2)
    assert _count(ctx, "当社") == 4
    assert not _uses(ctx, "当社", 5)
