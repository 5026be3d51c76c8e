"""Time to ingest a generated 30-page agreement PDF, next to plain extractors on the same file.

    .venv/bin/python bench/bench_pdf.py [--pages 30] [--repeat 3]

The PDF is laid out by tests/docgen.py from the sample agreements (reportlab,
HeiseiMin CID font, running header with "k / N", footer "- k -" and a
copyright line, footnotes every other page, A4). Measured in one run, best and
median of --repeat rounds, each from the PDF's bytes in memory:

  clausediff read_pdf   lines, furniture, footnotes, columns, tables (target < 2 s)
  pdfplumber            page.extract_text() with default settings (no layout work)
  pdfplumber chars      only parsing the characters (pdfminer), the floor for any pdfplumber reader
  pypdfium2             textpage.get_text_range() (C++, no positions kept)
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

import docgen  # noqa: E402
from pipeline.ingest import DEFAULT_LIMITS  # noqa: E402
from pipeline.ingest.pdf import read_pdf  # noqa: E402

TARGET_SECONDS = 2.0


def build(pages: int, folder: Path) -> tuple[bytes, int]:
    """Concatenate the sample agreements until the layout fills ``pages`` pages, then cut to that."""
    style = docgen.PdfStyle(furniture=True, footnote_every=2)
    lines: list[str] = []
    seeds = docgen.seed_files()
    if not seeds:
        raise SystemExit(f"no sample agreements in {docgen.SEEDS}")
    per_page = 42  # printed lines that fit an A4 page in this style, roughly
    i = 0
    while True:
        lines += docgen.seed_lines(seeds[i % len(seeds)])
        i += 1
        if len(lines) * 1.6 > pages * per_page:  # logical lines wrap onto ~1.6 printed lines
            break
    # shrink to the page count wanted
    while True:
        b = docgen.build_pdf(lines, folder / "bench.pdf", style)
        if b.pages <= pages:
            break
        lines = lines[: int(len(lines) * pages / b.pages) - 1]
    return b.path.read_bytes(), b.pages


def clausediff(data: bytes) -> int:
    return len(read_pdf(data, "bench.pdf", DEFAULT_LIMITS).text)


def plumber_text(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(p.extract_text() or "") for p in pdf.pages)


def plumber_chars(data: bytes) -> int:
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data)) as pdf:
        return sum(len(p.chars) for p in pdf.pages)


def pdfium_text(data: bytes) -> int:
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(data)
    try:
        return sum(len(doc[i].get_textpage().get_text_range()) for i in range(len(doc)))
    finally:
        doc.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--pages", type=int, default=30)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data, pages = build(args.pages, Path(tmp))
    print(f"PDF: {pages} pages, {len(data):,} bytes (reportlab, HeiseiMin-W3, header/footer/footnotes)")
    engines = [
        ("clausediff read_pdf", clausediff),
        ("pdfplumber extract_text", plumber_text),
        ("pdfplumber chars only", plumber_chars),
        ("pypdfium2 text", pdfium_text),
    ]
    times: dict[str, list[float]] = {name: [] for name, _ in engines}
    sizes: dict[str, int] = {}
    for _ in range(args.repeat):
        for name, fn in engines:  # interleaved, so that every engine sees the same machine state
            t = time.perf_counter()
            sizes[name] = fn(data)
            times[name].append(time.perf_counter() - t)
    print(f"{'engine':26} {'best s':>8} {'median s':>9} {'ms/page':>8} {'chars out':>10}")
    for name, _ in engines:
        best, med = min(times[name]), statistics.median(times[name])
        print(f"{name:26} {best:8.3f} {med:9.3f} {1000 * med / pages:8.1f} {sizes[name]:10,}")
    ours = statistics.median(times["clausediff read_pdf"])
    base = statistics.median(times["pdfplumber extract_text"])
    print(f"clausediff / pdfplumber extract_text: {ours / base:.2f}x")
    verdict = "OK" if ours < TARGET_SECONDS else "OVER TARGET"
    print(f"target < {TARGET_SECONDS:.0f} s for {pages} pages: {ours:.2f} s {verdict}")
    if ours >= TARGET_SECONDS:
        sys.exit(1)


if __name__ == "__main__":
    main()
