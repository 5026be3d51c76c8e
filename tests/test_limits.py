"""Limits (issue #9): the time per document across ingest → normalize → structure (→ checks), size, pages.

Over a limit a command ends with exit code 6 and one line naming the file, the stage it stopped at
and the flag that sets the limit.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time

import pytest
from conftest import EXTERNAL, ROOT, SAMPLES, needs_shared

from pipeline.errors import EXIT_LIMIT, EXIT_OK, LimitExceeded
from pipeline.ingest import Deadline, Limits, load_bytes
from pipeline.normalize import normalize
from pipeline.structure import parse

ACT = sorted((EXTERNAL / "companies-act").glob("*.md"))[:1]
ACT = ACT[0] if ACT else EXTERNAL / "companies-act" / "missing.md"


def run_cli(*args, cwd=ROOT):
    return subprocess.run([sys.executable, "-m", "pipeline", *args], capture_output=True, text=True, cwd=cwd)


@needs_shared(ACT)
def test_time_limit_on_the_companies_act_through_the_cli():
    """1.3 MB of law text cannot be read, normalized and parsed in 50 ms; the default limit is ample. (Parsed:
    not taken from the cache, where an earlier test may have left it, which spends no time on it.)"""
    r = run_cli("parse", str(ACT), "--max-seconds", "0.05", "--no-cache")
    assert r.returncode == EXIT_LIMIT, r.stderr
    assert r.stdout == ""
    (line,) = r.stderr.strip().splitlines()
    assert line.startswith(f"clausediff: error: {ACT}: processing took over the time limit of 0.05 s per document")
    assert "(stopped " in line and "see --max-seconds)" in line
    # the stage it stopped at is named
    assert any(stage in line for stage in ("after reading the file", "after normalization", "in structure parsing"))
    ok = run_cli("parse", str(ACT), "--format", "text")
    assert ok.returncode == EXIT_OK and ok.stderr == "" and len(ok.stdout.splitlines()) > 3000


@pytest.mark.parametrize("command", ["check", "run"])
def test_time_limit_covers_the_checks(tmp_path, monkeypatch, capsys, command):
    """`check` and `run` count the checks in the document's time (checks made slow here: 0.6 s)."""
    import pipeline.checks
    from pipeline.cli import main

    real = pipeline.checks.run_checks

    def slow_checks(doc, *a, **k):
        time.sleep(0.6)
        return real(doc, *a, **k)

    # where check and run find the checks (api.check_document asks pipeline.checks for them at call time)
    monkeypatch.setattr(pipeline.checks, "run_checks", slow_checks)
    if command == "check":
        argv = ["check", str(SAMPLES["ekyc"])]
    else:
        raw = tmp_path / "raw"
        raw.mkdir()
        shutil.copy(SAMPLES["ekyc"], raw / "a.txt")
        argv = ["run", "--raw", str(raw), "--normalized", str(tmp_path / "n"), "--reports", str(tmp_path / "r")]
    assert main([*argv, "--max-seconds", "5"]) == EXIT_OK
    capsys.readouterr()
    assert main([*argv, "--max-seconds", "0.4"]) == EXIT_LIMIT
    err = capsys.readouterr().err
    assert "over the time limit of 0.4 s per document (stopped after the checks; see --max-seconds)" in err


def test_structure_parsing_looks_at_the_clock_inside_its_loop():
    """A budget that runs out in the middle of the parse stops it there, naming the line."""
    text = "\n".join(f"第{i}条（目的）\n本規約は有効です。" for i in range(1, 800)) + "\n"
    src = load_bytes(text.encode(), "many.txt")
    norm = normalize(src)

    class RunsOut(Deadline):
        """Ample at the start of the parse, spent at its first look inside the loop."""

        def check(self, where):
            if "structure parsing at line" in where:
                self.expires = 0.0
            super().check(where)

    src.deadline = RunsOut(60.0, "many.txt")
    with pytest.raises(LimitExceeded) as e:
        parse(norm, src)
    assert e.value.exit_code == EXIT_LIMIT
    assert str(e.value) == ("many.txt: processing took over the time limit of 60 s per document "
                            "(stopped in structure parsing at line 512 of 1,598; see --max-seconds)")


def test_a_source_parsed_again_later_is_not_timed():
    """The budget belongs to one reading: parse spends it, a second parse of the same Source is not timed."""
    src = load_bytes(SAMPLES["ekyc"].read_bytes(), "ekyc.txt", Limits(max_seconds=30))
    assert isinstance(src.deadline, Deadline)
    parse(normalize(src), src)
    assert src.deadline is None
    parse(normalize(src), src)  # a Source kept in a cache and parsed much later


def test_time_limit_in_a_run_skips_the_document_and_says_so(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLES["ekyc"], raw / "a.txt")
    shutil.copy(SAMPLES["itrust"], raw / "b.txt")
    r = run_cli("run", "--raw", str(raw), "--normalized", str(tmp_path / "n"), "--reports", str(tmp_path / "r"),
                "--run-id", "x", "--max-seconds", "0")
    assert r.returncode == EXIT_LIMIT, r.stderr
    skipped = [ln for ln in r.stderr.splitlines() if ln.startswith("clausediff: skipped:")]
    assert len(skipped) == 2 and all("see --max-seconds" in ln for ln in skipped)
    assert "Traceback" not in r.stderr
    run = json.loads((tmp_path / "r" / "x" / "run.json").read_text(encoding="utf-8"))
    assert run["documents"] == [] and len(run["failures"]) == 2
    assert not (tmp_path / "n").exists() or not list((tmp_path / "n").iterdir())


def test_size_limit_names_the_flag(tmp_path):
    r = run_cli("parse", str(SAMPLES["ekyc"]), "--max-mb", "0.01")
    assert r.returncode == EXIT_LIMIT
    assert "over the input size limit of 10,485 bytes (see --max-mb)" in r.stderr
    with pytest.raises(LimitExceeded) as e:
        load_bytes(b"x" * 100, "x.txt", Limits(max_bytes=10))
    assert e.value.message == "input is 100 bytes, over the input size limit of 10 bytes (see --max-mb)"


def test_time_limit_in_the_registry_batch(tmp_path, capsys):
    """`track`/`batch` read each file through load_bytes and the parser: the budget is enforced there too."""
    from pipeline.cli import main

    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(SAMPLES["ekyc"], raw / "a.txt")
    code = main(["track", str(raw), "--registry-path", str(tmp_path / "reg.sqlite"), "--reports",
                 str(tmp_path / "reports"), "--max-seconds", "0"])
    err = capsys.readouterr().err
    assert code == EXIT_LIMIT, err
    assert "a.txt: processing took over the time limit of 0 s per document" in err and "see --max-seconds" in err
