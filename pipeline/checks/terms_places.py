"""term-inconsistent, for the place a lodging's terms speak as: 当施設 twice in an inn's 宿泊約款 of 当館 ×40.

A hotel or an inn is the party of its 宿泊約款 and house rules, and names itself by the place it is: 当ホテル, 当館,
当旅館 (place_designations.tsv). A text keeps to one; another written at most twice, and a third as often at most,
among a name written five times or more is a sentence from another template. The place names are compared only
with one another: a company's 当社 beside the 当ホテル it runs is two things, and no finding.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import Context, load_tsv

_MAJORITY, _RATIO, _MINORITY = 5, 3, 2


@lru_cache(maxsize=None)
def _place_pattern() -> re.Pattern:
    nouns = sorted((row[0] for row in load_tsv("place_designations.tsv")), key=len, reverse=True)
    # (当館内, 当館所定: a place's suffix after it; not 当館長, the hall's director)
    return re.compile(rf"(?<![\u3400-\u9fff々])当(?:{'|'.join(nouns)})(?![\u3400-\u9fff々](?<![内外所]))")


def place_designation_variant_findings(ctx: Context, defs: dict):
    found = list(_place_pattern().finditer(ctx.full.text))
    counts = Counter(m.group(0) for m in found)
    if len(counts) < 2:
        return
    main, n_main = counts.most_common(1)[0]
    if n_main < _MAJORITY or sum(1 for form in counts if form in defs) > 1:
        return  # (a text that names itself both ways, 以下「当ホテル」又は「当館」, has two names on purpose)
    for m in found:
        form = m.group(0)
        n = counts[form]
        if form == main or form in defs or n > _MINORITY or n_main < _RATIO * n or not ctx.in_scope(m.start()):
            continue
        yield ctx.finding(
            "term-inconsistent", m.span(),
            f"「{form}」とありますが、この文書は自らを「{main}」と呼んでいます（{n_main}回、「{form}」{n}回）。",
            f"「{form}」: the text calls the place it speaks as 「{main}」 ({n_main} times, 「{form}」 {n} times).",
            suggestion=main,
        )
