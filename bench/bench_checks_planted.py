"""Recall of the checks on errors planted at random in real documents, and what they report on the documents as they are.

    .venv/bin/python bench/bench_checks_planted.py [--seed 16] [--per-kind 4] [--kinds a,b] [--show-missed] [--quick]

Why: the figure that matters is on real agreements nobody here has seen. This bench stands in for them.
It takes the real documents we have (raw/, the Mozilla terms, the KDDI HTML, the kiyaku bylaws, two e-Gov
laws) and, for each kind of error a proofreader marks in published terms, makes copies of a document with
one error planted at a position a seeded RNG draws from the document's own text. A planted error is found
when an error or warning finding overlaps it (positions compared in the source text, whatever the format).

The generator knows nothing of the rules' lists: it draws from the document (its definitions, its
citations, its sentences, its brackets), from the kana table, from Unicode (Kangxi radicals), and for
kanji substitutions from the law model's Unihan readings and radicals (a generic source of "kanji that
sound or look alike"). The e-Gov laws are what the law model was built from: their typo recall is printed
apart, as it flatters the statistics.

Kinds (the hidden set's misses):
  term-short     a defined term (「X」とは / 以下「X」という) at one of its uses cut by one or two trailing characters
  kana-slip      a kana inside a hiragana run that law text writes often changed to a neighbour in the kana table
  to-drop        と dropped from a ものとし…
  kanji-sub      a kanji of a compound replaced by one with the same on reading or the same radical
  lookalike      a kanji replaced by its Kangxi-radical look-alike (as pasted from a PDF)
  cite-shift     a citation 第N条 that fits its target (a kanji pair of the target's title follows it) moved to N±1
  sentence-rep   a sentence written twice (in a row, or pasted at the end of another paragraph)
  phrase-rep     a run of two or three words written twice in a row
  bracket-width  a full-width （…） closed or opened half-width
  katakana       a loanword of four katakana or more with a ー or ッ inside it dropped, or a small kana written
                 large (コミュニケション, インターネト, セキュリテイ)

Then every error/warning finding on the unplanted documents is printed with the verdict read by hand
(bench/planted_verdicts.tsv: real / false, and why); an unread finding is marked "?" and counted as false.
"""

from __future__ import annotations

import argparse
import glob
import random
import re
import sys
import time
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.api import document_from_source  # noqa: E402
from pipeline.checks import location_label, run_checks  # noqa: E402
from pipeline.checks.typos_base import model  # noqa: E402
from pipeline.ingest import load_bytes  # noqa: E402
from pipeline.tokens import tokenize  # noqa: E402

EXT = ROOT.parent / "shared" / "corpus" / "external"
VERDICTS = Path(__file__).with_name("planted_verdicts.tsv")
KINDS = ("term-short", "kana-slip", "to-drop", "kanji-sub", "lookalike", "cite-shift", "sentence-rep",
         "phrase-rep", "bracket-width", "katakana")
TYPO_KINDS = {"kana-slip", "to-drop", "kanji-sub", "lookalike", "katakana"}


def documents(quick: bool) -> list[tuple[str, bool]]:
    """(path, is e-Gov law text)."""
    files = sorted(glob.glob(str(ROOT / "raw/*/*.txt")))
    files += sorted(glob.glob(str(ROOT / "raw/mozilla/accounts-*.md")))[-1:]
    files += [str(EXT / "pdf/kddi_used-device-buyback-terms.html")]
    files += sorted(glob.glob(str(EXT / "tos/mozilla/subscription*.md")))
    files += sorted(glob.glob(str(EXT / "kiyaku/kiyaku_*[0-9].txt")))
    out = [(f, False) for f in files if Path(f).exists()]
    if not quick:
        out += [(f, True) for f in sorted(glob.glob(str(EXT / "egov-xml/*.txt")))]
    return out


# ------------------------------------------------------------------ where text may be edited

def editable(raw: str, suffix: str) -> list[tuple[int, int]]:
    """Stretches of the raw file that are text a reader sees (not HTML tags, not URLs, not Markdown link targets)."""
    if suffix in (".html", ".htm"):
        spans = [(m.start(), m.end()) for m in re.finditer(r"(?<=>)[^<>]+(?=<)", raw)]
        body = raw.find("<body")
        spans = [s for s in spans if s[0] > body]
    else:
        spans = [(0, len(raw))]
    out = []
    blocked = [m.span() for m in re.finditer(r"https?://\S+|\]\([^)]*\)", raw)]
    for s, e in spans:
        cuts = [b for b in blocked if b[0] < e and b[1] > s]
        pos = s
        for b0, b1 in cuts:
            if b0 > pos:
                out.append((pos, b0))
            pos = max(pos, b1)
        if pos < e:
            out.append((pos, e))
    return out


def matches(raw: str, spans, rx: re.Pattern) -> list[re.Match]:
    return [m for s, e in spans for m in rx.finditer(raw, s, e)]


# ------------------------------------------------------------------ the planters: (raw) -> new raw or None

GOJUON = ["あいうえお", "かきくけこ", "さしすせそ", "たちつてと", "なにぬねの", "はひふへほ", "まみむめも", "やゆよ",
          "らりるれろ", "わを", "がぎぐげご", "ざじずぜぞ", "だぢづでど", "ばびぶべぼ"]


def kana_neighbours(c: str) -> list[str]:
    for r, row in enumerate(GOJUON):
        if c in row:
            i = row.index(c)
            out = [row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)]
            for rr in (r - 1, r + 1):  # the same vowel in the next row of the table
                if 0 <= rr < len(GOJUON) and i < len(GOJUON[rr]) and len(GOJUON[rr]) == 5:
                    out.append(GOJUON[rr][i])
            voiced = unicodedata.normalize("NFC", c + "\u3099")
            if voiced != c + "\u3099":
                out.append(voiced)
            base = unicodedata.normalize("NFD", c)[0]
            if base != c:
                out.append(base)
            return out
    return []


def plant_term_short(raw, spans, rng, doc):
    terms = Counter()
    for m in re.finditer(r"「([^「」\n]{3,15})」(?:とは|と(?:いう|いい|いいます|総称|称))", raw):
        t = m.group(1)
        if re.fullmatch(r"[\u3400-\u9fff々\u30a1-\u30ffーA-Za-z0-9・]+", t):
            terms[t] = raw.count(t)
    cands = []
    for t, n in terms.items():
        if n < 3:
            continue
        for k in (1, 2):
            short = t[:-k]
            if len(short) < 2:
                continue
            # a short form the document uses on its own is no slip a proofreader would mark
            if len(re.findall(re.escape(short) + r"(?!" + re.escape(t[-k:]) + ")", raw)) > 0:
                continue
            for m in matches(raw, spans, re.compile(re.escape(t))):
                if raw[m.end():m.end() + 1] == "」" or raw[m.start() - 1:m.start()] == "「":
                    continue  # the definition itself
                cands.append((m.start(), m.end(), short))
    if not cands:
        return None
    s, e, short = rng.choice(cands)
    return raw[:s] + short + raw[e:]


def plant_kana_slip(raw, spans, rng, doc):
    kana4 = model()["kana4"]
    cands = []
    for m in matches(raw, spans, re.compile(r"[ぁ-ゖ]{4,}")):
        run = m.group(0)
        for i in range(len(run) - 3):
            if kana4.get(run[i:i + 4], 0) >= 200:  # a phrase law text writes all the time
                for j in range(i + 1, i + 4):
                    cands.append((m.start() + j, run[j]))
    rng.shuffle(cands)
    for pos, c in cands:
        nb = kana_neighbours(c)
        if nb:
            return raw[:pos] + rng.choice(nb) + raw[pos + 1:]
    return None


def plant_to_drop(raw, spans, rng, doc):
    cands = matches(raw, spans, re.compile(r"ものとし"))
    if not cands:
        return None
    m = rng.choice(cands)
    return raw[:m.start() + 2] + raw[m.start() + 3:]


def plant_kanji_sub(raw, spans, rng, doc):
    kanji = model()["kanji"]
    by_reading: dict[str, list[str]] = defaultdict(list)
    by_radical: dict[tuple, list[str]] = defaultdict(list)
    for ch, (readings, rad, strokes) in kanji.items():
        for r in readings:
            by_reading[r].append(ch)
        by_radical[rad, strokes].append(ch)
    words = model()["words"]
    cands = [m for m in matches(raw, spans, re.compile(r"[\u4e00-\u9fff]{2,}"))]
    rng.shuffle(cands)
    for m in cands:
        run = m.group(0)
        i = rng.randrange(len(run))
        c = run[i]
        if c not in kanji or c in "〇一二三四五六七八九十百千万第条項号":
            continue
        readings, rad, strokes = kanji[c]
        pool = [x for r in readings for x in by_reading[r]] + by_radical[rad, strokes] + by_radical[rad, strokes + 1]
        # kanji a legal writer types: ones law text uses
        pool = sorted({x for x in pool if x != c and any(x in w for w in _common_words())})
        if not pool:
            continue
        new = run[:i] + rng.choice(pool) + run[i + 1:]
        if words.get(new, 0) >= 2:
            continue  # another word of its own: no proofreader could call it a slip without the meaning
        return raw[:m.start() + i] + new[i] + raw[m.start() + i + 1:]
    return None


_COMMON: set[str] | None = None


def _common_words() -> set[str]:
    global _COMMON
    if _COMMON is None:
        _COMMON = {w for w, c in model()["words"].items() if c >= 20}
    return _COMMON


_KANGXI = {unicodedata.normalize("NFKC", chr(cp)): chr(cp) for cp in range(0x2F00, 0x2FD6)}


def plant_lookalike(raw, spans, rng, doc):
    cands = [m for m in matches(raw, spans, re.compile("[" + "".join(_KANGXI) + "]"))]
    if not cands:
        return None
    m = rng.choice(cands)
    return raw[:m.start()] + _KANGXI[m.group(0)] + raw[m.end():]


_NUM = "0-9０-９〇一二三四五六七八九十百"
_CITE = re.compile(rf"第([{_NUM}]+)条(?!の)")
_KD = "〇一二三四五六七八九"


def _to_int(s: str) -> int | None:
    s = s.translate(str.maketrans("０１２３４５６７８９", "0123456789"))
    if s.isdigit():
        return int(s)
    n, cur = 0, 0
    for ch in s:
        if ch in _KD:
            cur = _KD.index(ch)
        elif ch == "十":
            n += (cur or 1) * 10
            cur = 0
        elif ch == "百":
            n += (cur or 1) * 100
            cur = 0
        else:
            return None
    return n + cur


def _like(n: int, written: str) -> str:
    if re.fullmatch("[0-9]+", written):
        return str(n)
    if re.fullmatch("[０-９]+", written):
        return str(n).translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    out = ""
    if n >= 100:
        out += ("" if n // 100 == 1 else _KD[n // 100]) + "百"
        n %= 100
    if n >= 10:
        out += ("" if n // 10 == 1 else _KD[n // 10]) + "十"
        n %= 10
    if n:
        out += _KD[n]
    return out


def plant_cite_shift(raw, spans, rng, doc):
    titles = {}
    for a in doc.articles:
        if a.number and a.number.isdigit() and a.title:
            titles[int(a.number)] = a.title
    if len(titles) < 5:
        return None
    heading_lines = {m.start() for m in re.finditer(rf"(?m)^[#\s*]*第[{_NUM}]+条", raw)}
    cands = []
    for m in matches(raw, spans, _CITE):
        line_start = raw.rfind("\n", 0, m.start()) + 1
        if raw[line_start:m.start()].strip("#* \u3000") == "" or m.start() in heading_lines:
            continue  # an article's own heading
        n = _to_int(m.group(1))
        if n is None or n not in titles or raw[m.start() - 1:m.start()] in "法令則":
            continue
        after = raw[m.end():m.end() + 25]
        title_pairs = {titles[n][i:i + 2] for i in range(len(titles[n]) - 1)}
        if not any(after[i:i + 2] in title_pairs for i in range(len(after) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", after[i:i + 2])):
            continue  # nothing after the citation says what it cites: no reader could tell a shift
        for d in (-1, 1):
            if n + d in titles:
                cands.append((m, n + d))
    if not cands:
        return None
    m, new = rng.choice(cands)
    return raw[:m.start(1)] + _like(new, m.group(1)) + raw[m.end(1):]


def plant_sentence_rep(raw, spans, rng, doc):
    sents = [m for m in matches(raw, spans, re.compile(r"(?<=。)[^。\n「」（）]{15,80}。"))]
    sents = [m for m in sents if re.search(r"[\u4e00-\u9fff]", m.group(0)) and not m.group(0).lstrip().startswith(("#", "|", "<", "-"))]
    if not sents:
        return None
    m = rng.choice(sents)
    sent = m.group(0).strip(" \u3000")
    if rng.random() < 0.5:
        return raw[:m.end()] + sent + raw[m.end():]
    others = [x for x in sents if x is not m]
    if not others:
        return None
    o = rng.choice(others)
    return raw[:o.end()] + sent + raw[o.end():]


def plant_phrase_rep(raw, spans, rng, doc):
    lines = [m for m in matches(raw, spans, re.compile(r"[^\n]{30,}"))]
    rng.shuffle(lines)
    for m in lines[:20]:
        toks = tokenize(m.group(0))
        idx = [i for i, t in enumerate(toks) if t.pos == "名詞" and re.search(r"[\u4e00-\u9fff\u30a1-\u30ff]", t.surface)]
        if not idx:
            continue
        i = rng.choice(idx)
        k = rng.choice((2, 3))
        if i + k > len(toks):
            continue
        seg = toks[i:i + k]
        if any(not re.fullmatch(r"[\u3040-\u30ff\u4e00-\u9fff0-9０-９々ー]+", t.surface) for t in seg):
            continue
        s, e = m.start() + seg[0].start, m.start() + seg[-1].end
        if e - s < 3:
            continue
        return raw[:e] + raw[s:e] + raw[e:]
    return None


_SMALL_TO_LARGE = dict(zip("ィッャュョェォァゥ", "イツヤユヨエオアウ"))


def plant_katakana(raw, spans, rng, doc):
    cands = []
    for m in matches(raw, spans, re.compile(r"[\u30a1-\u30fa\u30fc]{4,}")):
        w = m.group(0)
        for i in range(1, len(w) - 1):  # inside the word: a ー dropped at the end is a house style
            if w[i] in "ーッ" or w[i] in _SMALL_TO_LARGE:
                cands.append((m.start() + i, w[i]))
    if not cands:
        return None
    pos, c = rng.choice(cands)
    if c in _SMALL_TO_LARGE and rng.random() < 0.5:
        return raw[:pos] + _SMALL_TO_LARGE[c] + raw[pos + 1:]
    return raw[:pos] + raw[pos + 1:]


def plant_bracket_width(raw, spans, rng, doc):
    pairs = [m for m in matches(raw, spans, re.compile(r"（[^（）()\n]{1,40}）"))]
    if not pairs:
        return None
    m = rng.choice(pairs)
    if rng.random() < 0.5:
        return raw[:m.end() - 1] + ")" + raw[m.end():]
    return raw[:m.start()] + "(" + raw[m.start() + 1:]


PLANTERS = {
    "term-short": plant_term_short, "kana-slip": plant_kana_slip, "to-drop": plant_to_drop,
    "kanji-sub": plant_kanji_sub, "lookalike": plant_lookalike, "cite-shift": plant_cite_shift,
    "sentence-rep": plant_sentence_rep, "phrase-rep": plant_phrase_rep, "bracket-width": plant_bracket_width,
    "katakana": plant_katakana,
}


# ------------------------------------------------------------------ measuring

def read(raw: str, name: str):
    return document_from_source(load_bytes(raw.encode("utf-8"), name))


def changed_region(a: str, b: str) -> tuple[int, int]:
    """The stretch of ``b`` that differs from ``a`` (source text of the two documents)."""
    n = min(len(a), len(b))
    p = 0
    while p < n and a[p] == b[p]:
        p += 1
    s = 0
    while s < n - p and a[len(a) - 1 - s] == b[len(b) - 1 - s]:
        s += 1
    return p, len(b) - s


def found(doc, region: tuple[int, int]) -> list:
    lo, hi = region[0] - 1, region[1] + 1  # a deletion leaves an empty region: a finding touching it counts
    offs = doc.norm.offsets
    out = []
    for f in run_checks(doc):
        if f.severity not in ("error", "warning"):
            continue
        a = offs[f.span[0]]
        b = offs[max(f.span[0], f.span[1] - 1)] + 1
        if a < hi and b > lo:
            out.append(f)
    return out


def load_verdicts() -> dict[tuple[str, str, str], tuple[str, str]]:
    out = {}
    if VERDICTS.exists():
        for line in VERDICTS.read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            doc, rule, excerpt, verdict, why = (line.split("\t") + ["", "", "", "", ""])[:5]
            out[doc, rule, excerpt] = (verdict, why)
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=16)
    ap.add_argument("--per-kind", type=int, default=4, help="planted copies per document and kind")
    ap.add_argument("--kinds", default=",".join(KINDS))
    ap.add_argument("--show-missed", action="store_true")
    ap.add_argument("--quick", action="store_true", help="without the e-Gov laws")
    args = ap.parse_args()
    kinds = args.kinds.split(",")
    verdicts = load_verdicts()
    t0 = time.process_time()
    hit: Counter = Counter()
    tried: Counter = Counter()
    missed: list[str] = []
    fp_rows: list[str] = []
    real = total = 0
    for path, is_law in documents(args.quick):
        raw = Path(path).read_text(encoding="utf-8")
        name = Path(path).name
        suffix = Path(path).suffix
        doc = read(raw, path)
        base_src = doc.source.text
        for f in run_checks(doc):
            if f.severity not in ("error", "warning"):
                continue
            v, why = verdicts.get((name, f.rule, f.excerpt), ("?", "not read yet"))
            total += 1
            real += v == "real"
            fp_rows.append(f"  {v:5} {name[:28]:28} {f.rule:26} {location_label(doc, f):18} 「{f.excerpt[:40]}」 {why}")
        spans = editable(raw, suffix)
        group = "law" if is_law else "doc"
        for kind in kinds:
            for i in range(args.per_kind):
                rng = random.Random(f"{args.seed}:{name}:{kind}:{i}")
                new = PLANTERS[kind](raw, spans, rng, doc)
                if new is None or new == raw:
                    continue
                try:
                    pdoc = read(new, path)
                except Exception:
                    continue
                region = changed_region(base_src, pdoc.source.text)
                tried[group, kind] += 1
                fs = found(pdoc, region)
                if fs:
                    hit[group, kind] += 1
                else:
                    src = pdoc.source.text
                    missed.append(f"  {kind:13} {name[:28]:28} …{src[max(0, region[0] - 12):region[1] + 12]}…".replace("\n", "⏎"))
    print(f"recall per kind (seed {args.seed}, {args.per_kind} per document and kind; found = an error/warning finding overlaps it)")
    for group, label in (("doc", "real terms and bylaws"), ("law", "e-Gov laws (the law model's own text)")):
        if not any(g == group for g, _ in tried):
            continue
        print(f" {label}:")
        n = h = 0
        for kind in kinds:
            t, k = tried[group, kind], hit[group, kind]
            n += t
            h += k
            print(f"   {kind:14} {k:3}/{t:<3} {k / t if t else 0:.2f}")
        print(f"   {'all':14} {h:3}/{n:<3} {h / n if n else 0:.2f}")
    if args.show_missed:
        print("missed:")
        print("\n".join(missed))
    print(f"error/warning findings on the unplanted documents: {total}, real {real} "
          f"({real / total if total else 1:.2f}); verdicts from {VERDICTS.name}")
    print("\n".join(fp_rows))
    print(f"CPU time: {time.process_time() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
