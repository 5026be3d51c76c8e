"""The rules' regular expressions compiled once per machine (pipeline/regex_cache.py): a pattern given back
from the store is the pattern ``re`` compiles (``re.Pattern`` equality compares the engine's code), a store
that cannot be read only costs the time, and ``re`` still refuses a bad pattern."""

import marshal
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# In a fresh process: the store installed in FOLDER, the rules imported (every pattern they compile at import).
_FILL = """
import sys
from pipeline import regex_cache
regex_cache.install(sys.argv[1])
from pipeline.checks import load_rules
load_rules()
"""

# Every pattern of the store (compiled with the classes' optimizer remembered) given back by the caching
# compiler, against re's own compile of it, with re's own optimizer.
_COMPARE = """
import sys
from pipeline import regex_cache
regex_cache.install(sys.argv[1])
state = regex_cache._state
known, original = dict(state["known"]), state["original"]
assert len(known) > 500, len(known)
import re._compiler
re._compiler._optimize_charset = re._compiler._optimize_charset.original
for (kind, p, flags) in known:
    given, fresh = re._compiler.compile(p, flags), original(p, flags)
    assert given == fresh and given.groupindex == fresh.groupindex and given.groups == fresh.groups, p
assert state["new"] == 0  # every one came from the store
print(len(known))
"""


def _python(code: str, folder: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-c", code, str(folder)], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=300)


def _store(folder: Path) -> Path:
    (store,) = folder.glob("patterns-*.marshal")
    return store


def test_a_pattern_from_the_store_is_the_pattern_re_compiles(tmp_path):
    filled = _python(_FILL, tmp_path)
    assert filled.returncode == 0, filled.stderr
    assert len(marshal.loads(_store(tmp_path).read_bytes())) > 500
    compared = _python(_COMPARE, tmp_path)
    assert compared.returncode == 0, compared.stderr


def test_a_store_that_cannot_be_read_is_written_again(tmp_path):
    assert _python(_FILL, tmp_path).returncode == 0
    store = _store(tmp_path)
    whole = store.read_bytes()
    store.write_bytes(whole[: len(whole) // 3])
    again = _python(_FILL, tmp_path)
    assert again.returncode == 0, again.stderr
    assert len(marshal.loads(store.read_bytes())) == len(marshal.loads(whole))


def test_re_still_refuses_a_bad_pattern_and_finds_as_before(tmp_path):
    code = """
import re, sys
from pipeline import regex_cache
regex_cache.install(sys.argv[1])
try:
    re.compile("[第")
except re.error:
    pass
else:
    raise SystemExit("a bad pattern compiled")
assert re.compile(r"第(?P<n>[0-9０-９]+)条").findall("第１条及び第23条") == ["１", "23"]
"""
    for _ in range(2):  # compiled, then given back from the store
        run = _python(code, tmp_path)
        assert run.returncode == 0, run.stderr + run.stdout


def test_an_overgrown_store_keeps_the_patterns_used_last(tmp_path):
    """A store past MAX_PATTERNS (stale patterns of old code and old documents) is written again with those this
    process used and the newest others, up to half of it: every command's start reads it whole."""
    from pipeline import regex_cache

    assert _python(_FILL, tmp_path).returncode == 0
    store = _store(tmp_path)
    used = marshal.loads(store.read_bytes())
    stale = {("str", f"stale{i}", 0): regex_cache._compiled_parts(f"stale{i}", 0) for i in range(regex_cache.MAX_PATTERNS)}
    store.write_bytes(marshal.dumps({**stale, **used}))
    again = _python(_FILL, tmp_path)
    assert again.returncode == 0, again.stderr
    kept = marshal.loads(store.read_bytes())
    assert set(used) <= set(kept) and len(kept) <= max(len(used), regex_cache.MAX_PATTERNS // 2)
    assert list(kept)[-len(used):] == [k for k in kept if k in used]  # the ones used last stand last
    compared = _python(_COMPARE, tmp_path)  # what is kept is still given back as re compiles it
    assert compared.returncode == 0, compared.stderr
