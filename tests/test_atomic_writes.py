"""An interrupted run leaves the old report or the new one, never half a file (issue #9).

A write that fails half way, an interrupt (Ctrl-C) in the middle of a write, a process killed with
SIGKILL in the middle of writing a report, and runs killed at arbitrary moments: afterwards every
report and normalized file is complete, old or new, and the next run cleans up what a killed run left.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
import time
import zipfile
from pathlib import Path

import pytest
from conftest import RAW, ROOT

from pipeline import io as pio
from pipeline.errors import OutputError


class HalfWriter:
    """A file object that writes half of what it is given, then fails the way `fail` says."""

    def __init__(self, f, fail: BaseException):
        self.f, self.fail = f, fail

    def write(self, data):
        self.f.write(data[: len(data) // 2])
        self.f.flush()
        raise self.fail

    def __getattr__(self, name):
        return getattr(self.f, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return self.f.__exit__(*exc)


@pytest.mark.parametrize("fail", [OSError(errno.ENOSPC, "No space left on device"), KeyboardInterrupt()],
                         ids=["disk-full", "ctrl-c"])
def test_a_write_failing_half_way_leaves_the_old_file(tmp_path, monkeypatch, fail):
    target = tmp_path / "reports" / "index.html"
    pio.write_atomic(target, "<!doctype html><p>old report</p>\n")
    real = os.fdopen
    monkeypatch.setattr(pio.os, "fdopen", lambda fd, *a, **k: HalfWriter(real(fd, *a, **k), fail))
    new = "<!doctype html><p>" + "new report " * 10_000 + "</p>\n"
    with pytest.raises(OutputError if isinstance(fail, OSError) else KeyboardInterrupt) as e:
        pio.write_atomic(target, new)
    if isinstance(fail, OSError):
        assert "No space left on device" in str(e.value) and str(target) in str(e.value)
    assert target.read_text() == "<!doctype html><p>old report</p>\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["index.html"]  # no temporary file left


def test_write_atomic_with_a_long_name_and_a_folder_in_the_way(tmp_path):
    name = "あ" * 80 + ".json"  # 245 bytes: its temporary name must still fit in 255
    assert pio.write_atomic(tmp_path / name, "{}").read_text() == "{}"
    (tmp_path / "dir.json").mkdir()
    with pytest.raises(OutputError):
        pio.write_atomic(tmp_path / "dir.json", "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([name, "dir.json"])


# ------------------------------------------------------------------ real processes, really killed

DIE_WHILE_WRITING = textwrap.dedent("""
    import os, signal, sys
    sys.path.insert(0, {root!r})
    target = sys.argv[1]
    real = os.fdopen

    class Dying:
        def __init__(self, f):
            self.f = f
        def write(self, data):
            self.f.write(data[: len(data) // 2])
            self.f.flush()
            os.fsync(self.f.fileno())
            os.kill(os.getpid(), signal.SIGKILL)  # power cut half way through the report
        def __getattr__(self, name):
            return getattr(self.f, name)
        def __enter__(self):
            return self
        def __exit__(self, *exc):
            return self.f.__exit__(*exc)

    def fdopen(fd, *a, **k):
        f = real(fd, *a, **k)
        name = os.path.basename(os.readlink(f"/proc/self/fd/{{fd}}"))
        return Dying(f) if name.startswith("." + target + ".") and name.endswith(".tmp") else f

    os.fdopen = fdopen
    from pipeline.cli import main
    sys.exit(main(sys.argv[2:]))
""")


def run_args(raw: Path, out: Path) -> list[str]:
    return ["run", "--raw", str(raw), "--normalized", str(out / "normalized"), "--reports", str(out / "reports"),
            "--run-id", "r"]


def complete_run(raw: Path, out: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "pipeline", *run_args(raw, out)], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr


def outputs(out: Path) -> dict[str, bytes]:
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


def assert_whole(rel: str, data: bytes, old: dict[str, bytes], new: dict[str, bytes]) -> None:
    """A visible output is complete: the old run's file or the new run's (an .xlsx, which embeds its
    time of writing, must at least be a sound ZIP)."""
    if rel.endswith(".xlsx"):
        import io

        with zipfile.ZipFile(io.BytesIO(data)) as z:
            assert z.testzip() is None, rel
        return
    assert data in (old.get(rel), new.get(rel)), f"{rel} is neither the old nor the new version"


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """raw/ as shipped (old) and with one Mozilla version edited (new), and the outputs of a complete run of each."""
    base = tmp_path_factory.mktemp("versions")
    old_raw, new_raw = base / "old-raw", base / "new-raw"
    shutil.copytree(RAW, old_raw)
    shutil.copytree(RAW, new_raw)
    p = new_raw / "mozilla" / "accounts-tos-2025-06-04.md"
    p.write_text(p.read_text(encoding="utf-8").replace("13 歳", "16 歳").replace("13歳", "16歳"), encoding="utf-8")
    complete_run(old_raw, base / "old-out")
    complete_run(new_raw, base / "new-out")
    old, new = outputs(base / "old-out"), outputs(base / "new-out")
    assert old != new
    return old_raw, new_raw, old, new


@pytest.mark.parametrize("changed", ["reports/r/diff_mozilla_accounts-tos_2023-11-01_2025-05-13.html", "normalized/mozilla_accounts-tos_2025-05-13.json"],
                         ids=["report", "normalized"])
def test_killed_while_writing_a_file(tmp_path, versions, changed):
    old_raw, new_raw, old, new = versions
    out = tmp_path / "out"
    complete_run(old_raw, out)  # the previous run's reports are in place
    assert old[changed] != new[changed]
    script = tmp_path / "die.py"
    script.write_text(DIE_WHILE_WRITING.format(root=str(ROOT)))
    name = Path(changed).name
    r = subprocess.run([sys.executable, str(script), name, *run_args(new_raw, out)], capture_output=True, text=True,
                       cwd=ROOT)
    assert r.returncode == -signal.SIGKILL, r.stderr
    after = outputs(out)
    temps = [rel for rel in after if Path(rel).name.startswith(".")]
    assert len(temps) == 1 and temps[0].endswith(".tmp") and Path(temps[0]).name.startswith(f".{name}.")
    assert len(after[temps[0]]) < len(new[changed])  # the half-written bytes are there, under the temporary name
    assert after[changed] == old[changed]  # the file being written is the old one, whole
    for rel, data in after.items():
        if rel not in temps:
            assert_whole(rel, data, old, new)
    # the next run completes; a stale temporary file (older than an hour) is cleaned up
    os.utime(out / temps[0], (time.time() - 7200,) * 2)
    complete_run(new_raw, out)
    final = outputs(out)
    assert not [rel for rel in final if Path(rel).name.startswith(".")]
    for rel, data in final.items():
        if not rel.endswith(".xlsx"):
            assert data == new[rel], rel


def test_runs_killed_at_any_moment_leave_whole_files(tmp_path, versions):
    """SIGKILL at several moments of a run (starting up, normalizing, writing the diffs, the index)."""
    old_raw, new_raw, old, new = versions
    out = tmp_path / "out"
    complete_run(old_raw, out)
    for delay in (0.4, 0.8, 1.1, 1.4):
        p = subprocess.Popen([sys.executable, "-m", "pipeline", *run_args(new_raw, out)], cwd=ROOT,
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        p.send_signal(signal.SIGKILL)
        p.wait()
        for rel, data in outputs(out).items():
            if Path(rel).name.startswith("."):
                assert rel.endswith(".tmp")  # hidden temporary files only, never under a report's name
                continue
            assert_whole(rel, data, old, new)
        json.loads((out / "reports" / "r" / "run.json").read_text(encoding="utf-8"))


def test_temporaries_of_dead_writers_go_at_once_others_stay(tmp_path):
    """A temporary names its writer (pid@host): a rerun right after a kill removes those of writers that
    no longer run, and keeps those of a live writer or of another host (until they are an hour old)."""
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    live = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        host = pio._HOST
        other = "000000" if host != "000000" else "111111"
        names = {"dead": f".r.md.{dead.pid}@{host}-abcd1234.tmp", "live": f".r.md.{live.pid}@{host}-abcd1234.tmp",
                 "other host": f".r.md.{dead.pid}@{other}-abcd1234.tmp", "mine": f".r.md.{os.getpid()}@{host}-abcd1234.tmp"}
        sub = tmp_path / "doc"
        sub.mkdir()
        for n in names.values():
            (sub / n).write_text("half")
        (sub / "r.md").write_text("a report, not a temporary")
        assert pio.remove_stale_temps(tmp_path) == []  # not recursive: the subfolder is left alone
        removed = pio.remove_stale_temps(tmp_path, recursive=True)
        assert [p.name for p in removed] == [names["dead"]]
        old = time.time() - 7200
        for n in (names["live"], names["other host"]):
            os.utime(sub / n, (old, old))
        assert sorted(p.name for p in pio.remove_stale_temps(tmp_path, recursive=True)) == \
            sorted([names["live"], names["other host"]])
        assert sorted(p.name for p in sub.iterdir()) == sorted([names["mine"], "r.md"])
        # write_atomic's own temporaries carry the owner
        seen = []
        real = pio.os.replace
        pio.os.replace = lambda a, b: (seen.append(Path(a).name), real(a, b))[1]
        try:
            pio.write_atomic(sub / "x.md", "x")
        finally:
            pio.os.replace = real
        assert seen[0].startswith(f".x.md.{os.getpid()}@{host}-") and seen[0].endswith(".tmp")
    finally:
        live.kill()
        live.wait()
