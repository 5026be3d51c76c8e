"""Build the statistical model of legal Japanese that the ``typo`` rule uses (pipeline/data/law_model.json.gz).

    .venv/bin/python -m pipeline.cli.build_law_model [--shared ../shared] [--unihan /usr/share/unicode]

What it reads: public-domain e-Gov law text only — ../shared/corpus/external/egov-xml/*.txt and
companies-act/*.md (航空法, 行政手続法, 会社法; a line shared by several versions counts once). Never the
documents the checks are measured on (the samples, kiyaku, Mozilla, KDDI).

What it writes (gzip-compressed JSON, a few hundred kB):
- ``kanji_pairs``: how often each pair of adjacent kanji occurs inside a kanji compound (法規 12, 滅失 9);
- ``kana3``: how often each run of three hiragana occurs (every hiragana run of three or more, so the short
  runs between two kanji count: 又は|ある → はある); a kana slip inside a phrase makes a 3-gram law text never writes;
- ``kana4``: how often each run of four hiragana occurs (されない 120, ものとす 1,900): an ending whose
  last four kana law text never writes (されなし) is improbable;
- ``kana_tails``: how often a hiragana run ends on each two kana before 、 or 。 (きは、 of ときは、, する。): a
  run that ends so where law text never does (ときま、) has its last kana slipped, the 3-grams inside it being
  common (ときま of ときまで);
- ``words``: how often each kanji compound that MeCab reads as one word occurs (法規, 滅失, 異議), for the
  correction a misspelled compound is compared with;
- ``kanji``: for each kanji of the Unihan database with a Japanese reading, its on readings, radical and
  residual stroke count (Unicode's Unihan_Readings and Unihan_RadicalStrokeCounts, from Debian's
  unicode-data package), so that a correction can be required to sound or look like the written kanji.
"""

from __future__ import annotations

import bz2
import gzip
import json
import re
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "pipeline" / "data" / "law_model.json.gz"
KANJI_RUN = re.compile(r"[\u3400-\u9fff々]{2,}")
KANA_RUN = re.compile(r"[ぁ-ゖ]{4,}")
KANA3_RUN = re.compile(r"[ぁ-ゖ]{3,}")
KANA_TAIL = re.compile(r"[ぁ-ゖ]{2}[、。]")  # (the last two kana of a run before its mark: one match a run)


def corpus_lines(shared: Path) -> list[str]:
    ext = shared / "corpus" / "external"
    files = sorted((ext / "egov-xml").glob("*.txt")) + sorted((ext / "companies-act").glob("*.md"))
    if not files:
        raise SystemExit(f"no e-Gov law text under {ext}")
    seen: dict[str, None] = {}
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            line = line.strip()
            if line:
                seen.setdefault(line, None)
    return list(seen)


def unihan(folder: Path) -> dict[str, list]:
    """kanji → [on readings (lower-case romaji), radical number, residual strokes]."""
    readings: dict[str, list[str]] = {}
    with bz2.open(folder / "Unihan_Readings.txt.bz2", "rt", encoding="utf-8") as fh:
        for line in fh:
            if "\tkJapaneseOn\t" in line:
                cp, _, val = line.rstrip("\n").split("\t")
                readings[chr(int(cp[2:], 16))] = val.lower().split()
    out: dict[str, list] = {}
    path = folder / "Unihan_IRGSources.txt.bz2"
    with bz2.open(path, "rt", encoding="utf-8") as fh:
        for line in fh:
            if "\tkRSUnicode\t" in line:
                cp, _, val = line.rstrip("\n").split("\t")
                ch = chr(int(cp[2:], 16))
                if ch in readings and "\u4e00" <= ch <= "\u9fff":
                    rad, _, strokes = val.split()[0].partition(".")
                    out[ch] = [readings[ch], int(rad.rstrip("'")), int(strokes or 0)]
    return out


def build(shared: Path, unihan_dir: Path) -> dict:
    from ..tokens import tokenize

    lines = corpus_lines(shared)
    pairs: Counter = Counter()
    kana4: Counter = Counter()
    kana3: Counter = Counter()
    tails: Counter = Counter()
    words: Counter = Counter()
    ntok = 0
    for line in lines:
        for m in KANJI_RUN.finditer(line):
            run = m.group(0)
            pairs.update(run[i:i + 2] for i in range(len(run) - 1))
        for m in KANA3_RUN.finditer(line):
            run = m.group(0)
            kana3.update(run[i:i + 3] for i in range(len(run) - 2))
        for m in KANA_RUN.finditer(line):
            run = m.group(0)
            kana4.update(run[i:i + 4] for i in range(len(run) - 3))
        tails.update(KANA_TAIL.findall(line))
        toks = tokenize(line)
        ntok += len(toks)
        words.update(t.surface for t in toks if len(t.surface) >= 2 and KANJI_RUN.fullmatch(t.surface))
    return {
        "source": "e-Gov law text: " + ", ".join(sorted({p.name for p in (shared / 'corpus/external/egov-xml').glob('*.txt')}
                                                    | {p.name for p in (shared / 'corpus/external/companies-act').glob('*.md')})),
        "lines": len(lines),
        "tokens": ntok,
        "kanji_pairs": dict(sorted(pairs.items())),
        "kana3": dict(sorted(kana3.items())),
        "kana4": dict(sorted(kana4.items())),
        "kana_tails": dict(sorted(tails.items())),
        "words": dict(sorted(words.items())),
        "kanji": unihan(unihan_dir),
    }


def write(model: dict, output: Path) -> int:
    """Write the model; returns its size in bytes. mtime 0: the same input gives the same bytes."""
    data = json.dumps(model, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    with gzip.GzipFile(output, "wb", mtime=0) as fh:
        fh.write(data)
    return output.stat().st_size
