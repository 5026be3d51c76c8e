"""A check rule that raises on a document (a bug met on text nobody foresaw) costs that rule's findings only:
the others are reported, the report names the failed rule (rule-failed), and the command exits 8 once the
reports are written. With --debug the traceback is shown instead."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from conftest import SAMPLES

from pipeline import errors
from pipeline.api import clear_caches, read_document
from pipeline.checks import base, run_checks
from pipeline.cli import main

SAMPLE = SAMPLES["ekyc"]


@pytest.fixture
def typo_rule_raises(monkeypatch):
    """The typo rule raises an IndexError on every document, as a rule reading past the text's end did."""
    base._load_rules()

    def boom(ctx):
        yield from ()
        raise IndexError("string index out of range")

    monkeypatch.setitem(base._REGISTRY, "typo", replace(base._REGISTRY["typo"], func=boom))
    monkeypatch.setattr(errors, "RAISE_RULE_ERRORS", False)
    clear_caches()
    yield
    clear_caches()


def test_the_other_rules_findings_stand_and_the_failure_is_a_finding(typo_rule_raises):
    found = run_checks(read_document(SAMPLE))
    failed = [f for f in found if f.rule == "rule-failed"]
    assert [f.excerpt for f in failed] == ["typo"]
    assert "IndexError" in failed[0].message and failed[0].severity == "error"
    assert not any(f.rule == "typo" for f in found)
    # the sample's known findings of other rules are all there
    assert {"duration-malformed", "reference-dangling", "period-conflict"} <= {f.rule for f in found}


def test_check_writes_its_report_and_exits_8(typo_rule_raises, tmp_path, capsys):
    out = tmp_path / "findings.json"
    code = main(["check", str(SAMPLE), "--format", "json", "-o", str(out), "--no-cache"])
    assert code == errors.EXIT_INTERNAL
    assert "typo" in capsys.readouterr().err
    rules = [f["rule"] for f in json.loads(out.read_text(encoding="utf-8"))["findings"]]
    assert "rule-failed" in rules and "reference-dangling" in rules


def test_a_diff_tells_the_failure_though_both_versions_have_it(typo_rule_raises, tmp_path):
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    text = SAMPLE.read_text(encoding="utf-8")
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("。", "。\n", 1), encoding="utf-8")
    out = tmp_path / "diff.json"
    assert main(["diff", str(old), str(new), "--format", "json", "-o", str(out), "--no-cache"]) == errors.EXIT_INTERNAL
    assert "rule-failed" in out.read_text(encoding="utf-8")


def test_debug_shows_the_traceback(typo_rule_raises, tmp_path):
    with pytest.raises(IndexError):
        main(["--debug", "check", str(SAMPLE), "--format", "json", "-o", str(tmp_path / "f.json"), "--no-cache"])


def test_track_stores_the_version_names_the_check_and_exits_8(typo_rule_raises, tmp_path, capsys):
    reg = tmp_path / "reg.sqlite"
    code = main(["track", str(SAMPLE), "--registry-path", str(reg), "--reports", str(tmp_path / "reports")])
    assert code == errors.EXIT_INTERNAL
    err = capsys.readouterr().err
    assert "typo" in err and "1 new" in err
    from pipeline.store.registry import Registry

    r = Registry(str(reg), create=False)
    assert len(r.documents()) == 1
    r.close()
