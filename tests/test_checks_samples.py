"""All checks on the five sample agreements, against reviewed lists of expected findings.

tests/expected_findings/<sample>.json lists every finding a reviewer accepted as
a real defect, with a note saying why. The test is two-way: nothing expected is
missing, and nothing unexpected is reported (a new false positive fails here).
The planted defects of the revision pairs (../shared/revisions/*/gold.json) must
be found in their new.txt.
"""

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from conftest import REVISIONS, SAMPLES, needs_shared

from pipeline.api import read_document
from pipeline.checks import run_checks

EXPECTED = Path(__file__).parent / "expected_findings"
KEY = ("rule", "severity", "article", "paragraph", "item", "excerpt")


@pytest.fixture(scope="module")
def reported():
    out = {}
    for name, path in SAMPLES.items():
        doc = read_document(path)
        out[name] = run_checks(doc)
    return out


def _key(d) -> tuple:
    return tuple(d[k] if isinstance(d, dict) else getattr(d, k) for k in KEY)


@pytest.mark.parametrize("name", list(SAMPLES))
def test_sample_findings_match_the_reviewed_list(name, reported):
    expected = json.loads((EXPECTED / f"{name}.json").read_text(encoding="utf-8"))["findings"]
    got = reported[name]
    missing = Counter(_key(e) for e in expected) - Counter(_key(f) for f in got)
    unexpected = Counter(_key(f) for f in got) - Counter(_key(e) for e in expected)
    assert not missing, f"expected findings not reported: {sorted(missing)}"
    assert not unexpected, f"findings nobody reviewed (false positives?): {sorted(unexpected)}"
    for e in expected:
        assert e.get("note"), "every expected finding carries the reviewer's note"
        if "message_contains" in e:
            matches = [f for f in got if _key(f) == _key(e)]
            assert any(e["message_contains"] in f.message for f in matches), (e, [f.message for f in matches])


def test_ekyc_known_defects(reported):
    """The defects the eKYC agreement is known for, asserted on their own."""
    fs = reported["ekyc"]
    dur = [f for f in fs if f.rule == "duration-malformed"]
    assert [(f.article, f.paragraph, f.excerpt) for f in dur] == [("8", 1, "1年月間")]
    assert {"1年間", "1か月間"} <= set(dur[0].suggestion.split(" / "))
    dang = [f for f in fs if f.rule == "reference-dangling"]
    assert [(f.article, f.excerpt) for f in dang] == [("15", "第20条（損害賠償）")]
    tm = [f for f in fs if f.rule == "reference-title-mismatch"]
    assert [(f.article, f.excerpt, f.severity, f.suggestion) for f in tm] == [
        ("16", "第14条（免責次項）", "warning", "第14条（免責事項）")]
    assert {f.excerpt for f in fs if f.rule == "period-conflict"} == {"1 ヶ月", "2か月前迄"}


def test_reference_with_a_space_inside_the_number_is_read_not_reported(reported):
    """eKYC 第16条 cites 「第１ ５条（本サービスの廃止）第２項」: it is 第15条, whose heading matches."""
    fs = reported["ekyc"]
    assert not [f for f in fs if f.rule.startswith("reference") and f.article == "16" and "15" in f.excerpt]


def test_the_reseller_terms_duplicate_paragraph_number(reported):
    dup = [f for f in reported["gmo_reseller"] if f.rule == "numbering-duplicate"]
    assert [(f.article, f.paragraph) for f in dup] == [("20", 2)]


def test_expected_files_only_hold_reviewed_fields():
    for path in sorted(EXPECTED.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert path.stem in SAMPLES
        for e in data["findings"]:
            assert set(e) <= set(KEY) | {"message_contains", "note"}, e


# ------------------------------------------------------------------ planted defects of the revision pairs


def _gold_cases():
    if not REVISIONS.exists():
        return []
    out = []
    for gold in sorted(REVISIONS.glob("*/gold.json")):
        for p in json.loads(gold.read_text(encoding="utf-8")).get("planted_findings", []):
            out.append(pytest.param(gold.parent.name, p, id=f"{gold.parent.name}-{p['rule']}-{p['article']}"))
    return out


# reference-stale is a diff finding (old vs new); a stale reference that carries a title also mismatches
# the title, and the README of the revisions accepts reference-title-mismatch for it.
_ACCEPTED = {"reference-stale": {"reference-title-mismatch"}}


@needs_shared(REVISIONS)
@pytest.mark.parametrize("case, planted", _gold_cases())
def test_planted_defects_are_found_in_new_versions(case, planted):
    doc = read_document(REVISIONS / case / "new.txt")
    fs = run_checks(doc)
    rules = _ACCEPTED.get(planted["rule"], {planted["rule"]})
    want = re.sub(r"\s", "", planted["excerpt"]).translate({0xFF10 + i: 0x30 + i for i in range(10)})
    hits = [f for f in fs if f.rule in rules and f.article == planted["article"]
            and (want in re.sub(r"\s", "", f.excerpt) or re.sub(r"\s", "", f.excerpt) in want)]
    assert hits, f"{planted} not found; reported: {[(f.rule, f.article, f.excerpt) for f in fs]}"
