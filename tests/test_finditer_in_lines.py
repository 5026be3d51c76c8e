"""checks.finditer_in_lines runs a pattern only on the lines that hold what its every match needs: for each pattern a
rule runs so, with the needles it is given, the matches are those of the pattern run on the whole text, on every
document of raw/ and the fixtures (sources and normalized texts alike). A needle list that misses what some match
holds would lose findings silently; this is where it shows."""

from pathlib import Path

import pytest

from pipeline.api import read_document
from pipeline.checks import conventions, conventions_widths, finditer_in_lines, placeholders, terms_undefined

ROOT = Path(__file__).resolve().parent.parent

# (pattern, needles, which text the rule runs it on)
RUNS = [(rx, needles, "normalized") for rx, needles in placeholders._NEEDS.items() if rx is not placeholders._UNIT_BLANK]
RUNS += [(placeholders._UNIT_BLANK, placeholders._NEEDS[placeholders._UNIT_BLANK], "source")]
RUNS += [(rx, needles, "source") for rx, needles in (
    (conventions_widths._LATIN, conventions_widths._ANY_LATIN),
    (conventions_widths._SPACED_NAME, conventions_widths._ANY_LATIN),
    (conventions_widths._MIXED_NUMBER, conventions_widths._HALF_DIGIT_OR_MARK),
    (conventions_widths._CODE, conventions_widths._ANY_LATIN),
    (conventions_widths._COUNTED, conventions_widths._ANY_DIGIT), (conventions._GROUP_MARK, (",", "，")),
    (conventions._TOUTEN_GROUPED, conventions._DIGIT_TOUTEN_DIGIT))]
# (term-undefined keeps only the names that hold a letter or katakana, _PROPER: the others it drops, wherever found)
RUNS += [(rx, terms_undefined._PROPER, "names") for rx in (terms_undefined._LATIN_NAME, terms_undefined._ORGANIZATION)]

DOCUMENTS = sorted(p for folder in (ROOT / "raw", ROOT / "tests" / "fixtures") for p in folder.rglob("*")
                   if p.suffix in (".txt", ".md", ".html") and p.stat().st_size < 400_000)


@pytest.fixture(scope="module")
def texts():
    out = []
    for p in DOCUMENTS:
        try:
            doc = read_document(p)
        except Exception:  # noqa: BLE001  (a fixture of a bad input: not this test's)
            continue
        out.append((p.name, doc.source.text, doc.norm.text))
    assert len(out) > 100
    return out


@pytest.mark.parametrize("rx, needles, which", RUNS, ids=lambda x: getattr(x, "pattern", str(x))[:30])
def test_the_lines_that_hold_the_needles_hold_every_match(texts, rx, needles, which):
    matched = 0
    for name, source, normalized in texts:
        text = source if which == "source" else normalized
        kept = (lambda m: terms_undefined._PROPER.search(m.group(0))) if which == "names" else (lambda m: True)
        whole = [m.span() for m in rx.finditer(text) if kept(m)]
        assert [m.span() for m in finditer_in_lines(rx, text, needles) if kept(m)] == whole, name
        matched += len(whole)
    if rx in (placeholders._MARK_BLANK, conventions_widths._COUNTED, terms_undefined._ORGANIZATION):
        assert matched > 0  # patterns the documents do use: the comparison was not of empty lists only
