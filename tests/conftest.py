import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

# The command line keeps parsed documents in a cache (pipeline.document_cache): the tests' commands, in this
# process and in the ones they start, use a folder of their own, never the user's, and leave nothing behind.
if "CLAUSEDIFF_CACHE_DIR" not in os.environ:
    _CACHE_DIR = tempfile.mkdtemp(prefix="clausediff-test-cache-")
    os.environ["CLAUSEDIFF_CACHE_DIR"] = _CACHE_DIR
    atexit.register(shutil.rmtree, _CACHE_DIR, True)

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = SHARED / "seeds"
EXTERNAL = SHARED / "corpus" / "external"
REVISIONS = SHARED / "revisions"
RAW = ROOT / "raw"

sys.path.insert(0, str(ROOT))

# A check rule that raises fails its test with the traceback, not with a rule-failed finding (pipeline.errors).
import pipeline.errors  # noqa: E402

pipeline.errors.RAISE_RULE_ERRORS = True

SAMPLES = {
    "ekyc": RAW / "saporis" / "ekyc-terms.txt",
    "itrust": RAW / "cybertrust" / "itrust-terms.txt",
    "gmo_reseller": RAW / "gmo-globalsign" / "gmo-sign-reseller-terms.txt",
    "gmo_service": RAW / "saporis" / "gmo-sign-service-terms.txt",
    "basic": RAW / "secure-innovation" / "service-basic-terms.txt",
}


def needs_shared(path: Path):
    return pytest.mark.skipif(not path.exists(), reason=f"{path} not available (../shared missing)")


@pytest.fixture(scope="module")
def checked():
    """A getter of (document, findings) of a file, each read and checked once per test module: the blind readers' texts
    each test file asks several questions of."""
    from pipeline.api import read_document
    from pipeline.checks import run_checks
    cache: dict[Path, tuple] = {}

    def get(path: Path):
        if path not in cache:
            doc = read_document(path)
            cache[path] = (doc, run_checks(doc))
        return cache[path]
    return get


def told(checked, path: Path, rule: str) -> list:
    """(the document's text the finding spans, the finding) of each finding of ``rule`` in the file."""
    doc, found = checked(path)
    return [(doc.text[f.span[0]:f.span[1]], f) for f in found if f.rule == rule]


@pytest.fixture(scope="session")
def samples():
    from pipeline.api import read_document

    return {k: read_document(p) for k, p in SAMPLES.items()}


def findings_in_text(text: str, rule: str | None = None) -> list:
    """The findings of ``rule`` (all rules: None) on ``text`` read as a plain text file."""
    from pipeline.checks import run_checks

    return [f for f in run_checks(doc_from_text(text, "doc.txt")) if rule is None or f.rule == rule]


def said_in_text(text: str, rule: str, severities=("error", "warning")) -> list[tuple[str, str | None]]:
    """(excerpt, suggestion) of each finding of ``rule`` on ``text`` at one of ``severities``."""
    return [(f.excerpt, f.suggestion) for f in findings_in_text(text, rule) if f.severity in severities]


def told_whatever_the_layout(f) -> bool:
    """Is ``f`` an error or warning that a document laid out otherwise must report too? Not those about how the source
    itself is typed, which a rewriting of its layout changes: its stray spaces and half-width kana (the rendered page
    holds the normalized text), how its headings set their numbers apart (the rewriting writes each alike), and its
    markup (a page that sets each line of a text wrapped mid-word in a <p> of its own breaks the word where the text
    file only wraps it)."""
    return f.severity in ("error", "warning") and "半角カナ" not in f.message and f.rule not in ("stray-space", "markup-broken") \
        and not (f.rule == "convention-deviation" and "見出し" in f.message)


def doc_from_text(text: str, name: str = "snippet.txt"):
    from pipeline.api import document_from_source
    from pipeline.ingest import load_bytes

    return document_from_source(load_bytes(text.encode("utf-8"), name))


def suggestions_after_court(path: Path, published: str, slip: str, rule: str = "typo") -> list:
    """A sentence planted into a real document after its 東京地方裁判所: as ``published`` it must add no finding of
    ``rule``; the suggestions of what ``slip`` (the same sentence with a real slip) adds are returned."""
    court = "東京地方裁判所"
    assert findings_added(path, court, f"{court}。{published}", rule) == [], published
    return [f.suggestion for f in findings_added(path, court, f"{court}。{slip}", rule)]


def findings_added(path: Path, written: str, slip: str, rule: str):
    """The findings of ``rule`` that writing ``slip`` for the first ``written`` adds to a real document (the
    others are the document's own)."""
    from pipeline.checks import run_checks

    raw = path.read_text(encoding="utf-8")
    assert written in raw, written
    before = {(f.excerpt, f.message) for f in run_checks(doc_from_text(raw, path.name), [rule])}
    after = run_checks(doc_from_text(raw.replace(written, slip, 1), path.name), [rule])
    return [f for f in after if (f.excerpt, f.message) not in before]
