"""name-variant: a proper name written once or twice with one character off a name used many times.

One 「DMOサイン」 among many 「GMOサイン」, one 「ガーデンンズ」 among many 「ガーデンズ」, one 「クジレットカード」 (two
neighbours swapped) among many 「クレジットカード」.
Only proper-noun-like strings are compared: Latin-letter brand names (with their
katakana tail), katakana names (also each part between ・), and company names.
An acronym the document writes in capitals three times and more, written once or twice in mixed case among Japanese
(「ライブラリ、Api、データ」 beside API), is one too. Ordinary words that differ by one character (利用者/使用者,
サービス/サーバ) are not names; a variant that is itself a dictionary word is left alone, and so are
differences in long vowels, middle dots and small kana (サーバ/サーバー, ウエ/ウェ),
which are notation, not misspellings.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..tokens import is_known_word, tokenize
from . import URL, Context, finditer, load_tsv, rule
from .obsolete import statute_names
from .sentence_style import spoken_register
from .spaces import letter_spaced

_NAME = re.compile(r"[A-Za-z](?:[A-Za-z0-9&.\-]| (?=[A-Za-z0-9]))*[ァ-ヴー・]*|[ァ-ヴー・]{3,}")
_NOTATION_CHARS = set("ー・ ")
_KATAKANA = set(chr(c) for c in range(0x30A1, 0x30FB)) | {"ー"}
_SMALL = dict(zip("ァィゥェォャュョッヮヵヶ", "アイウエオヤユヨツワカケ"))
MIN_FREQUENT = 3  # the established spelling occurs at least this often
MAX_RARE = 2  # the variant occurs at most this often
RATIO = 3  # and at least this many times less often


def _series_label(s: str, e: tuple[str, str, int]) -> bool:
    """Is the character the edit changes in ``s`` a letter or digit standing alone as a label's last part (the D of
    「Phase 10.D」, the B of 「Plan B」, the 2 of 「Type-2」): no other letter or digit beside it?"""
    removed, added, i = e
    if len(removed) != 1 or len(added) != 1 or not (removed.isascii() and removed.isalnum()):
        return False
    before, after = s[i - 1:i], s[i + 1:i + 2]
    return not (before.isascii() and before.isalnum()) and not (after.isascii() and after.isalnum())


def _edit(a: str, b: str) -> tuple[str, str, int] | None:
    """The single edit turning a into b: (removed, added, position); None if more than one."""
    if a == b:
        return None
    if len(a) == len(b):
        diffs = [i for i, (x, y) in enumerate(zip(a, b)) if x != y]
        if len(diffs) == 1:
            i = diffs[0]
            return a[i], b[i], i
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]:
            i = diffs[0]
            return a[i:i + 2], b[i:i + 2], i  # two neighbours swapped (クジレット for クレジット)
        return None
    if abs(len(a) - len(b)) != 1:
        return None
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    for i in range(len(long_)):
        if long_[:i] + long_[i + 1:] == short:
            return (long_[i], "", i) if long_ is a else ("", long_[i], i)
    return None


def _capital_letter_dropped(rare: str, name: str, e: tuple[str, str, int]) -> bool:
    """A name in capitals, or with a capital inside it (JobBoard), with a letter inside it dropped or doubled (LINUP for
    the team's LINEUP, JobBoad for JobBoard): no word is built by a letter inside a name, as one is by a letter after
    it (HTTPS, APIs)."""
    named = (rare.isupper() and name.isupper()) or (_CAMEL.search(rare) and _CAMEL.search(name))
    # (a letter at the head of one of its words builds another name, as one after it does: GNU AGPL, GNU LGPL beside
    # GNU GPL)
    return len(rare) >= 5 and bool(named) and 0 < e[2] < min(len(rare), len(name)) and rare[e[2] - 1] not in " -/・"


_CAMEL = re.compile(r"^[A-Z][a-z]+[A-Z][a-z]")


def _notation_only(removed: str, added: str) -> bool:
    chars = {removed, added} - {""}
    if chars <= _NOTATION_CHARS:
        return True
    if removed and added and (_SMALL.get(removed) == added or _SMALL.get(added) == removed):
        return True
    if {removed, added} in ({"ヴ", "ブ"}, {"ヴ", "バ"}):
        return True
    return False


def _wrapped_piece(text: str, start: int, end: int, name: str) -> bool:
    """Is text[start:end] the part of ``name`` left after a line break inside it (a wrapped table cell)?"""
    lo = max(0, start - len(name))
    hi = min(len(text), end + len(name))
    if "\n" not in text[lo:hi]:
        return False
    joined = text[lo:start].replace("\n", "") + text[start:end] + text[end:hi].replace("\n", "")
    return name in joined


# a list's label glued to the item's first word (「a.ユーザーは」「iii.トークン」, the label's space gone in normalization)
_ITEM_LABEL = re.compile(r"^(?:[A-Za-z]|[ivx]{1,4})\.(?=[ァ-ヴー])")


# an identifier of page code (「<h1 className=…>」 of a page kept as its JSX source): lower-case words run together with a
# capital (className, onClick), which no brand writes (iPhone, eBay start with one letter; YouTube with a capital)
_CODE_IDENTIFIER = re.compile(r"(?<![A-Za-z])[a-z]{2,}[A-Z][A-Za-z]*")


def _candidates(text: str) -> Counter:
    c: Counter = Counter()
    for m in _NAME.finditer(text):
        s = _ITEM_LABEL.sub("", m.group(0)).strip("・")
        if len(s) < 4 or _CODE_IDENTIFIER.search(s):
            continue
        c[s] += 1
        if "・" in s:
            for part in s.split("・"):
                if len(part) >= 4 and part != s:
                    c[part] += 1
        elif " " in s:  # (a name that opens a phrase of English words: 「JobBoad Terms and conditions」)
            for part in s.split(" "):
                if len(part) >= 5 and _CAMEL.search(part):
                    c[part] += 1
    return c


def _in_code_span(ctx: Context, pos: int) -> bool:
    """Does normalized ``pos`` stand inside a Markdown code span of its source line (an odd number of backticks
    before it)?"""
    if ctx.doc.source.format != "markdown" or pos >= len(ctx.doc.norm.offsets):
        return False
    src, at = ctx.doc.source.text, ctx.doc.norm.offsets[pos]
    return src.count("`", src.rfind("\n", 0, at) + 1, at) % 2 == 1


@lru_cache(maxsize=1)
def _product_names() -> dict[str, tuple[str, ...]]:
    """The folded spelling (no case, no spaces) of each name of pipeline/data/product_names.tsv → its spellings, the
    current one first (a product renamed keeps its former name: Mac OS, now macOS)."""
    out: dict[str, tuple[str, ...]] = {}
    for name, _ in load_tsv("product_names.tsv"):
        out[_folded(name)] = out.get(_folded(name), ()) + (name,)
    return out


def _folded(s: str) -> str:
    return s.replace(" ", "").replace("\u3000", "").lower()


# a Latin name, its words set apart by single spaces (Fire Fox, Google Chrome); not a part of an address or a file's
# name (www.firefox…, mail@…, …/safari, chrome.exe), though a label's full stop may stand before it (「2.safari」)
# (the letters first: the engine tries the look-behinds only where a letter stands, in a law nearly nowhere)
_LATIN_NAME = re.compile(r"[A-Za-z](?<![A-Za-z0-9@/_\-][A-Za-z])(?<![A-Za-z]\.[A-Za-z])[A-Za-z]*(?:[ \u3000][A-Za-z]+)*"
                         r"(?![A-Za-z0-9@/_\-]|\.[A-Za-z])")


# a run of kanji (and の) a statute's name stands in, up to the 法 that closes it
_KANJI_RUN = re.compile(r"[\u4e00-\u9fff々の]{4,39}法")
# names this long at least are compared: a short one (民法, 会社法) is one kanji from another statute's
_MIN_STATUTE_NAME = 6


def _statute_name_findings(ctx: Context):
    """A statute's name one character off the name it is cited by (「個人情報法保護法」 for 個人情報保護法, a 法 typed
    twice; data/statute_numbers.tsv holds the names of the statutes agreements cite): a name is fixed, and no other
    statute's name is one character away from one of these."""
    if "法" not in ctx.scanned_text:
        return
    names, by_end = _statute_index()
    for m in ctx.finditer(_KANJI_RUN):
        run = m.group(0)
        for j in (k for k, c in enumerate(run) if c == "法"):
            for start in range(0, j - _MIN_STATUTE_NAME + 2):
                written = run[start:j + 1]
                if written in names:
                    break  # (the name as cited, ending here)
                # (one character off keeps its first two or its last two: the names sharing either are all there is to
                # compare, most runs of a law none)
                near = by_end.get(written[:2], ()) + by_end.get(written[-2:], ())
                right = next((n for n in near if _one_char_off(written, n)), None)
                if right is not None and right not in run:
                    yield ctx.finding(
                        "name-variant", (m.start() + start, m.start() + j + 1),
                        f"「{written}」は法令名「{right}」の誤記と思われます（1字違い）。",
                        f"「{written}」: the statute is 「{right}」 (one character off).",
                        suggestion=right)
                    break


@lru_cache(maxsize=1)
def _statute_index() -> tuple[frozenset[str], dict[str, tuple[str, ...]]]:
    """The statutes' names (long enough to compare), and each by its first two and by its last two characters."""
    names = frozenset(n for n in statute_names() if len(n) >= _MIN_STATUTE_NAME)
    by_end: dict[str, tuple[str, ...]] = {}
    for n in sorted(names):
        for key in {n[:2], n[-2:]}:
            by_end[key] = by_end.get(key, ()) + (n,)
    return names, by_end


def _one_char_off(a: str, b: str) -> bool:
    """Is ``a`` ``b`` with one character added, dropped or changed (_edit's single edit, not its swap of two)?"""
    e = _edit(a, b)
    return e is not None and len(e[0]) <= 1 and len(e[1]) <= 1


def _product_name_findings(ctx: Context, text: str):
    """A widely cited product's name written with its capitals or spaces off (「safari の場合」, 「MicroSoft Edge」,
    「Fire Fox」) among Japanese text: the whole run of Latin words is the name. Not a name in capitals throughout (a
    heading's YOUTUBE), nor one word of English prose (「Please use safari」 is one run of words, no name), nor one
    inside an address, a code span or a markup attribute."""
    names = _product_names()
    found = []
    for m in ctx.finditer(_LATIN_NAME):
        run = m.group(0)
        spellings = names.get(_folded(run))
        if spellings is None or run in spellings or (run.isupper() and len(run) > 4) or text[m.start():m.end()] != run:
            continue
        name = spellings[0]
        if _in_code_span(ctx, m.start()) or text[max(0, m.start() - 2):m.start()] in ('="', "='"):
            continue  # (a markup attribute's value, 「alt="facebook"」, in a template read as text: no prose)
        found.append((m, run, name))
    # a name written in lower case in a page that talks (「github」 throughout a coding school's FAQ): its casual voice,
    # a note; in terms and policies (「safari」「javascript」 in a Cookie section) a slip readers mark
    habit = any(run.islower() for _, run, _ in found) and spoken_register(ctx)
    for m, run, name in found:
        yield ctx.finding(
            "name-variant", m.span(),
            f"「{run}」は「{name}」の表記の誤りと思われます（大文字・小文字や空白の位置が正式の表記と違います）。",
            f"「{run}」 is 「{name}」 written with its capitals or spaces off.",
            suggestion=name, severity="info" if habit and run.islower() else None,
        )


@rule("name-variant", "warning", "固有名詞の表記ゆれ（誤記の疑い）", "variant spelling of a proper name")
def name_variant(ctx: Context):
    # web addresses are not prose: "firefox" in a link's address is no misspelling of Firefox
    text = URL.sub(lambda m: " " * len(m.group(0)), ctx.text)
    yield from _acronym_case_findings(ctx, text)
    named = list(_product_name_findings(ctx, text)) + list(_statute_name_findings(ctx))
    yield from named
    told = {f.span for f in named}  # (「Github」 told as GitHub's spelling: not again as a rare form of the document's)
    for f in _rare_form_findings(ctx, text):
        if f.span not in told and not _on_a_letter_spaced_line(ctx, f.span[0]):
            yield f


def _on_a_letter_spaced_line(ctx: Context, pos: int) -> bool:
    """Is ``pos`` on a line the source letter-spaces (「レ ン タ カ ー 貸 渡 約 款」, a title), whose letters normalization
    joins as it may (「レ ンタカー…」): no other spelling of a name."""
    src = ctx.doc.source.text
    at = ctx.doc.norm.source_span((pos, pos + 1))[0]
    end = src.find("\n", at)
    return letter_spaced(src[src.rfind("\n", 0, at) + 1:end if end >= 0 else len(src)])


def _rare_form_findings(ctx: Context, text: str):
    counts = _candidates(text)
    frequent = [(s, n) for s, n in counts.items() if n >= MIN_FREQUENT]
    by_len: dict[int, list[tuple[str, int]]] = {}
    for s, n in frequent:
        by_len.setdefault(len(s), []).append((s, n))
    reported: set[str] = set()
    for rare, rn in counts.items():
        if rn > MAX_RARE or rare in reported:
            continue
        best = None
        for L in (len(rare) - 1, len(rare), len(rare) + 1):
            for name, n in by_len.get(L, []):
                if n < RATIO * rn or name == rare:
                    continue
                e = _edit(rare, name)
                if e is None or _notation_only(e[0], e[1]):
                    continue
                if e[2] == 0 and e[0] and e[1] and e[0].lower() == e[1].lower():
                    continue  # Software / software: an English sentence or title capitalizes its first word
                if e[0].isdigit() and e[1].isdigit():
                    continue  # DojoCon Japan 2018 beside 2019: a number names another year, edition or version
                if _series_label(rare, e) and _series_label(name, (e[1], e[0], e[2])):
                    continue  # Phase 10.D beside Phase 10.F, Plan A beside Plan B: members of one series (pub153)
                latin_only = rare.isascii()
                if latin_only and (len(rare) < 5 or not (e[0] and e[1])) and not _capital_letter_dropped(rare, name, e):
                    continue  # HTTP/HTTPS, API/APIs: different words, not misspellings
                if rare.startswith(name) or name.startswith(rare):
                    if not latin_only and (e[2] >= min(len(rare), len(name)) - 1):
                        continue  # a longer word built on the name (サービス / サービスズ is rare; 会員 / 会員等)
                if e[2] == 0 and len(rare) > len(name) and rare[0].isascii() and rare[1] in _KATAKANA:
                    continue  # a letter glued before a katakana name builds another name (Qコンテンツ, Tポイント): no
                    # keystroke slip adds a Latin letter before a word typed in kana
                if best is None or n > best[1]:
                    best = (name, n)
        if best is None:
            continue
        if is_known_word(rare) or opposite_of(rare, best[0]):
            continue  # the variant is an ordinary word of its own, or the name's opposite (オフライン beside オンライン)
        name, n = best
        # every occurrence of the variant, as a whole run (not inside a longer name)
        for m in re.finditer(re.escape(rare), text):
            before = text[m.start() - 1:m.start()]
            after = text[m.end():m.end() + 1]
            if (before and re.match(r"[A-Za-z0-9ァ-ヴー_]", before)) or (after and re.match(r"[A-Za-z0-9ァ-ヴー_]", after)):
                continue  # (inside a longer name, or an identifier joined by _: builtin_shaders is Unity's, as written)
            if _wrapped_piece(text, m.start(), m.end(), name):
                continue  # オ / プション: a table cell wrapped inside the name
            if _in_code_span(ctx, m.start()):
                continue  # 「| **SSID:** | `UTokyo-WiFi` |」: a code span shows a value as it is typed (a network's ID)
            reported.add(rare)
            yield ctx.finding(
                "name-variant", m.span(),
                f"「{rare}」は、この文書で{n}回使われている「{name}」の誤記と思われます。",
                f"「{rare}」 is probably a misspelling of 「{name}」, which the document uses {n} times.",
                suggestion=name,
            )


# A Latin word of a few letters standing among Japanese: 「ライブラリ、Api、データ」
_SHORT_LATIN = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,6}(?![A-Za-z0-9])")


def _acronym_case_findings(ctx: Context, text: str):
    """An acronym the document writes in capitals (API, three times) written once or twice in mixed case (Api) among
    Japanese text: the shift key slipped, or the name was typed from memory. Not a word in lower case (api in a
    path or a command), nor one of English prose (a Latin letter or a space next to it)."""
    places = list(finditer(_SHORT_LATIN, text))
    words = Counter(m.group(0) for m in places)
    # (not as often in either case, nor the mixed one defined 「Ban」とは: the document's word, twice spelt)
    rare = {w for w, n in words.items() if n <= MAX_RARE and not w.isupper() and not w.islower()
            and words.get(w.upper(), 0) >= max(MIN_FREQUENT, 2 * n) and f"「{w}」" not in text}
    for m in (m for m in places if m.group(0) in rare):
        w = m.group(0)
        before, after = text[m.start() - 1:m.start()], text[m.end():m.end() + 1]
        if not (before and after) or before.isascii() or after.isascii():
            continue  # (beside a space, a letter or the text's edge: English, a heading, a code)
        yield ctx.finding(
            "name-variant", m.span(),
            f"「{w}」は、この文書で{words[w.upper()]}回大文字で書かれている「{w.upper()}」の誤記と思われます。",
            f"「{w}」 is probably 「{w.upper()}」, which the document writes in capitals {words[w.upper()]} times.",
            suggestion=w.upper(),
        )


@lru_cache(maxsize=None)
def _opposites(table: str = "katakana_opposites.tsv") -> frozenset[tuple[str, str]]:
    """The pairs of ``table`` (a part and its opposite), both ways round."""
    pairs = set()
    for row in load_tsv(table):
        pairs |= {(row[0], row[1]), (row[1], row[0])}
    return frozenset(pairs)


def opposite_of(rare: str, name: str) -> bool:
    """Do the two names differ by one part that is the other's opposite (オフ + ライン, オン + ライン), or by one kanji
    that is the other's opposite (館外利用, 館内利用)?"""
    if len(rare) == len(name):
        diff = [(x, y) for x, y in zip(rare, name) if x != y]
        if len(diff) == 1 and diff[0] in _opposites("kanji_opposites.tsv"):
            return True
    # (one part written for the other where the dictionary reads one name as a word and the other as two: パスワード,
    # パス|コード)
    if any(x in rare and rare.replace(x, y, 1) == name for x, y in _opposites()):
        return True
    a, b = [t.surface for t in tokenize(rare)], [t.surface for t in tokenize(name)]
    if len(a) != len(b):
        return False
    differ = [(x, y) for x, y in zip(a, b) if x != y]
    return len(differ) == 1 and differ[0] in _opposites()
