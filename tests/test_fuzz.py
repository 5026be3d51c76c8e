"""Fuzzing ingest (issue #9): damaged real documents through load_bytes → normalize → structure.

The seeds are real documents: the sample agreements of raw/ as UTF-8, Shift_JIS,
EUC-JP and UTF-16 text, a Mozilla Markdown version, and the PDF, Word and HTML
files tests/docgen.py lays out from a sample. Hypothesis mutates them — bit
flips, overwritten bytes, truncation, deleted and duplicated runs, random bytes
inserted, pieces spliced in from another seed — and sometimes gives the result
the wrong file name. The only allowed outcomes are a Document whose spans all
map into its source (the checks of test_properties), or one of our errors
(pipeline/errors.py) with a one-line message naming the file and a documented
exit code. Anything else — a library exception, a RecursionError, a hang past
the time limit — fails.

The run is bounded (derandomized, a fixed number of examples, a per-document
time limit and a watchdog) so that it runs in CI with ``make test``.
``make fuzz`` runs it longer with fresh random examples:
``CLAUSEDIFF_FUZZ_EXAMPLES`` (examples per target) and ``CLAUSEDIFF_FUZZ_RANDOM=1``.
"""

from __future__ import annotations

import hashlib
import io
import os
import signal
import tempfile
import zipfile
import time
from collections import Counter
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import RAW, SAMPLES
from hypothesis import HealthCheck, event, given, note, settings
from hypothesis import strategies as st
from test_properties import check_document, check_normalized

import docgen
from pipeline.errors import ClausediffError
from pipeline.ingest import Limits, load_bytes
from pipeline.normalize import normalize
from pipeline.structure import parse

_EXAMPLES = os.environ.get("CLAUSEDIFF_FUZZ_EXAMPLES")
_RANDOM = os.environ.get("CLAUSEDIFF_FUZZ_RANDOM") == "1"
SECONDS = 5.0  # per document, as --max-seconds
WATCHDOG = 60.0  # a document still running after this is a hang


def fuzz_settings(n: int):
    return settings(max_examples=int(_EXAMPLES) if _EXAMPLES else n, deadline=None, derandomize=not _RANDOM,
                    database=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                                          HealthCheck.function_scoped_fixture])


# ------------------------------------------------------------------ seeds


def _sample_lines(n: int = 60) -> list[str]:
    text = SAMPLES["ekyc"].read_text(encoding="utf-8")
    return [ln for ln in text.splitlines() if ln.strip()][:n]


@pytest.fixture(scope="module")
def seeds(tmp_path_factory) -> dict[str, bytes]:
    folder = tmp_path_factory.mktemp("fuzz-seeds")
    lines = _sample_lines()
    text = "\n".join(lines) + "\n"
    out = {
        "utf8.txt": text.encode("utf-8"),
        "sjis.txt": text.replace("\u301c", "~").encode("cp932", errors="replace"),
        "eucjp.txt": text.replace("\u301c", "~").encode("euc_jp", errors="replace"),
        "utf16.txt": text.encode("utf-16"),
        "terms.md": (RAW / "mozilla" / "accounts-tos-2025-06-04.md").read_bytes()[:8000].decode("utf-8", "ignore")
        .encode("utf-8"),
    }
    pdf = docgen.build_pdf(lines[:40], folder / "a.pdf", docgen.PdfStyle(furniture=True, table=docgen.FEE_TABLE))
    out["furniture.pdf"] = pdf.path.read_bytes()
    pdf2 = docgen.build_pdf(lines[:40], folder / "b.pdf", docgen.PdfStyle(columns=2, size=9, leading=14))
    out["columns.pdf"] = pdf2.path.read_bytes()
    docgen.build_docx(lines[:40], folder / "a.docx", table=docgen.FEE_TABLE)
    out["terms.docx"] = (folder / "a.docx").read_bytes()
    docgen.build_html(lines[:40], folder / "a.html", variant="dl")
    out["terms.html"] = (folder / "a.html").read_bytes()
    return out


# ------------------------------------------------------------------ mutations

OPS = ["flip", "flip", "set", "truncate", "delete", "duplicate", "insert", "splice", "zero"]


def _mutate(draw, buf: bytearray, seeds: dict[str, bytes]) -> None:
    for _ in range(draw(st.integers(1, 4))):
        if not buf:
            return
        op = draw(st.sampled_from(OPS))
        at = draw(st.integers(0, len(buf) - 1))
        n = draw(st.integers(1, 512))
        if op == "flip":
            buf[at] ^= 1 << draw(st.integers(0, 7))
        elif op == "set":
            buf[at] = draw(st.integers(0, 255))
        elif op == "truncate":
            del buf[at:]
        elif op == "delete":
            del buf[at:at + n]
        elif op == "duplicate":
            buf[at:at] = buf[at:at + n]
        elif op == "insert":
            buf[at:at] = draw(st.binary(min_size=1, max_size=32))
        elif op == "zero":
            buf[at:at + n] = bytes(len(buf[at:at + n]))
        else:
            other = seeds[draw(st.sampled_from(sorted(seeds)))]
            s = draw(st.integers(0, len(other) - 1))
            buf[at:at] = other[s:s + n * 4]
        event(f"mutation: {op}")


def _rezip(data: bytes, draw, seeds) -> bytes:
    """A Word file whose package is sound but whose XML parts (the body, numbering, styles) are damaged."""
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        parts = {i.filename: zin.read(i.filename) for i in zin.infolist()}
    xml = sorted(n for n in parts if n.endswith(".xml") and n.startswith("word/"))
    target = draw(st.sampled_from(["word/document.xml"] * 3 + xml))
    buf = bytearray(parts[target])
    _mutate(draw, buf, seeds)
    parts[target] = bytes(buf)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for n, b in parts.items():
            zout.writestr(n, b)
    event(f"damaged part: {target}")
    return out.getvalue()


class Case:
    """A damaged input; its repr stays short (the bytes are saved to a file when a case fails)."""

    def __init__(self, name: str, data: bytes):
        self.name, self.data = name, data

    def __repr__(self) -> str:
        return f"Case({self.name!r}, {len(self.data):,} bytes, sha256 {hashlib.sha256(self.data).hexdigest()[:16]})"

    def save(self) -> Path:
        folder = Path(tempfile.gettempdir()) / "clausediff-fuzz"
        folder.mkdir(exist_ok=True)
        p = folder / f"{hashlib.sha256(self.data).hexdigest()[:16]}-{self.name}"
        p.write_bytes(self.data)
        return p


@st.composite
def mutated(draw, seeds: dict[str, bytes], names: list[str]) -> Case:
    name = draw(st.sampled_from(names))
    if name.endswith(".docx") and draw(st.booleans()):
        buf = bytearray(_rezip(seeds[name], draw, seeds))
    else:
        buf = bytearray(seeds[name])
        _mutate(draw, buf, seeds)
    # mostly the seed's own name; sometimes a misleading one
    ext = name.rsplit(".", 1)[1]
    shown = draw(st.sampled_from([f"doc.{ext}"] * 4 + ["doc.txt", "doc.pdf", "doc.docx", "doc.html", "doc.md", "doc"]))
    return Case(shown, bytes(buf))


# ------------------------------------------------------------------ the target


@contextmanager
def watchdog(seconds: float):
    """Fail instead of hanging (SIGALRM: the tests run in the main thread of their process)."""
    def on_alarm(signum, frame):
        raise TimeoutError(f"still running after {seconds:g} s: a hang")

    old = signal.signal(signal.SIGALRM, on_alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def ingest_target(name: str, data: bytes, outcomes: Counter | None = None) -> None:
    """load_bytes → normalize → parse: a Document whose spans hold, or one of our errors."""
    outcomes = Counter() if outcomes is None else outcomes
    limits = Limits(max_bytes=10 * 1024 * 1024, max_pages=50, max_seconds=SECONDS)
    started = time.monotonic()
    with watchdog(WATCHDOG):
        try:
            src = load_bytes(data, name, limits)
            norm = normalize(src)
            doc = parse(norm, src)
        except ClausediffError as e:
            msg = str(e)
            assert "\n" not in msg and msg.startswith(f"{name}: ") and e.message, msg
            assert 3 <= e.exit_code <= 7, (e.exit_code, msg)
            event(f"rejected: {type(e).__name__}")
            outcomes[f"rejected: {type(e).__name__}"] += 1
            src = None
    # the time budget holds: nothing runs far past it, whether it ends in a document or an error
    assert time.monotonic() - started < 2 * SECONDS
    if src is None:
        return
    event(f"read as {src.format}")
    outcomes[f"read: {src.format}"] += 1
    outcomes["articles"] += len(doc.articles)
    check_normalized(src, norm)
    check_document(doc)


def _names(seeds, *suffixes):
    return sorted(n for n in seeds if n.endswith(suffixes))


def _fuzz(seeds, suffixes: tuple[str, ...], n: int) -> Counter:
    outcomes: Counter = Counter()

    @fuzz_settings(n)
    @given(mutated(seeds, _names(seeds, *suffixes)))
    def run(case):
        try:
            ingest_target(case.name, case.data, outcomes)
        except BaseException:
            note(f"input saved to {case.save()}")
            raise

    run()
    print(f"\nfuzz {'/'.join(suffixes)}: {dict(sorted(outcomes.items()))}")
    return outcomes


def _read(outcomes: Counter, fmt: str) -> int:
    return outcomes[f"read: {fmt}"]


def _rejected(outcomes: Counter) -> int:
    return sum(v for k, v in outcomes.items() if k.startswith("rejected"))


def test_fuzz_text_and_markdown(seeds):
    out = _fuzz(seeds, (".txt", ".md"), 400)
    # the mutations reach the parser as well as the decoder's checks
    assert _read(out, "text") + _read(out, "markdown") >= 20 and out["articles"] >= 50 and _rejected(out) >= 10


def test_fuzz_pdf(seeds):
    out = _fuzz(seeds, (".pdf",), 150)
    assert _read(out, "pdf") >= 5 and out["rejected: PdfError"] >= 5


def test_fuzz_docx_and_html(seeds):
    out = _fuzz(seeds, (".docx", ".html"), 250)
    assert _read(out, "html") >= 5 and _read(out, "docx") >= 5 and _rejected(out) >= 5


def test_fuzz_seeds_are_read_whole(seeds):
    """The seeds themselves read as the documents they are (so the mutations start from real input)."""
    docs = {}
    for name, data in seeds.items():
        src = load_bytes(data, f"doc.{name.rsplit('.', 1)[1]}")
        docs[name] = doc = parse(normalize(src), src)
        check_normalized(src, doc.norm)
        check_document(doc)
    md = docs.pop("terms.md")
    assert md.style == "section" and len(md.articles) >= 3  # Mozilla's terms: numbered sections
    text_articles = [a.number for a in docs.pop("utf8.txt").articles]
    assert text_articles[:4] == ["1", "2", "3", "4"]
    for name, doc in docs.items():  # the same agreement in every encoding and format
        assert [a.number for a in doc.articles][:4] == text_articles[:4], name


# ------------------------------------------------------------------ structured hostile HTML


@fuzz_settings(60)
@given(st.lists(st.sampled_from(["<div>", "</div>", "<ol>", "</ol>", "<li>", "<table>", "<tr>", "<td>", "</table>",
                                 "<b>", "</b>", "<p>", "第1条（目的）", "本規約は有効です。", "<br>", "&#xD800;", "&#0;",
                                 "<dl><dt>", "<dd>", "<pre>", "</pre>", "<span hidden>"]), max_size=40),
       st.integers(0, 3000))
def test_fuzz_deeply_nested_html(tokens, depth):
    """Nesting thousands of elements deep (the reader walks the tree recursively) is read, not a crash."""
    markup = "<html><body>" + "<div><span>" * depth + "".join(tokens) + "第2条　本文。" + "</span></div>" * (depth // 2)
    outcomes = Counter()
    ingest_target("page.html", markup.encode("utf-8"), outcomes)
    if "<span hidden>" not in tokens:  # text a browser shows is always there to read: never rejected
        assert outcomes["read: html"] == 1
