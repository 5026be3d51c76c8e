"""checks.finditer searches a pattern that opens on look-behinds by its body first: it must find exactly the matches
pattern.finditer finds, on every such pattern of the rules and on real text (the samples, whole and in windows)."""

import importlib
import pkgutil
import re

import pytest
from conftest import SAMPLES

import pipeline.checks
from pipeline.checks import finditer
from pipeline.checks.base import _body_after_lookbehinds


def _lookbehind_patterns() -> list[re.Pattern]:
    found = {}
    for info in pkgutil.iter_modules(pipeline.checks.__path__):
        module = importlib.import_module(f"pipeline.checks.{info.name}")
        for value in vars(module).values():
            if isinstance(value, re.Pattern) and isinstance(value.pattern, str) \
                    and value.pattern.startswith(("(?<=", "(?<!")):
                found[(value.pattern, value.flags)] = value
    return list(found.values())


PATTERNS = _lookbehind_patterns()
TEXTS = {name: path.read_text(encoding="utf-8") for name, path in SAMPLES.items()}


def test_the_rules_hold_patterns_that_open_on_look_behinds():
    assert len(PATTERNS) > 50
    assert sum(_body_after_lookbehinds(p) is not None for p in PATTERNS) > 50


@pytest.mark.parametrize("name", sorted(TEXTS))
def test_the_same_matches_as_the_plain_search(name):
    text = TEXTS[name]
    windows = [(0, len(text)), (len(text) // 3, 2 * len(text) // 3), (1, len(text) - 1)]
    for p in PATTERNS:
        for s, e in windows:
            plain = [(m.span(), m.groups()) for m in p.finditer(text, s, e)]
            fast = [(m.span(), m.groups()) for m in finditer(p, text, s, e)]
            assert fast == plain, (p.pattern, s, e)


@pytest.mark.parametrize("pattern, text", [
    (r"(?<=a)b|c", "abcxbc"),  # a top-level alternative the look-behind does not open
    (r"(?<![あ])い(?=う)", "あいういう"),
    (r"(?<=[ぁ-ゖ])(?:こと|もの)", "することものこと"),
    (r"(?<=x)(?=y)", "xyxy"),  # a body that matches the empty string: the plain search
    (r"(?<=\))[(（]", "(a)(b)（c）"),  # a look-behind holding a bracket of its own
])
def test_constructed_patterns(pattern, text):
    rx = re.compile(pattern)
    assert [m.span() for m in finditer(rx, text)] == [m.span() for m in rx.finditer(text)]
