"""Lines of another language than Japanese: a page that prints its terms in Japanese, then in Chinese and Korean.

Read as Japanese, a translation's articles are duplicates of the original's (第1条 again, eleven numbering errors on
one rental company's page), its words misspellings (35 typo warnings on correct Chinese), its commas slips. Such
lines are taken out before normalization (``without_other_languages``, which ``api.document_from_source`` runs):
blanked in the text (every offset kept), each recorded whole as a removal of kind ``other-language``. Nothing is
lost, and what the checks read, the normalized text and the source text alike (a rule counting a page's commas
over its source counted the Chinese 「，」), is the Japanese.

A line is Korean when it holds Hangul; Chinese when it holds a clause's worth of Han characters (8), a 。 or a ，,
and no kana at all, which Japanese prose never does (a kanji-only line of Japanese is a heading, an address, a
table's row, a list of nouns: no sentence). A run of
lines between two Japanese lines (lines with kana) is another language's when at least two of its lines are, and the
lines between them go with it (a translation's headings, 「第7条（預約業務之代辦）」, too short to tell by themselves);
up to three lines of Han characters alone right above the run are its titles (「租車条款」); other lines before its
first line and after its last stay (an English translation before a Chinese one).
"""

from __future__ import annotations

import copy
import re

from .model import Removal, Source

_KANA = re.compile(r"[\u3041-\u3096\u30a1-\u30fa]")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_HANGUL_IN_LINE = 2
_LINES_OF_A_RUN = 2
_CHINESE_CLAUSE = 8
_TITLE_LINES = 3  # lines above a run taken as its titles
_LATIN = re.compile(r"[A-Za-z]")
# ， parting clauses, not a number's thousands (「年会費12，000円」, a fee table's row of Japanese)
_CLAUSE_COMMA = re.compile(r"(?<![0-9０-９])，|，(?![0-9０-９])")


def _foreign(line: str) -> bool:
    if len(_HANGUL.findall(line)) >= _HANGUL_IN_LINE:
        return True
    if _KANA.search(line) is not None or "|" in line:
        return False  # (a table's row of kanji alone, 「所在地|伊丹市野間字東向298－9（参考：住居表示…）」, is Japanese)
    # a sentence closed by 。 or parted by ， without one kana (「※參考翻譯。具法律效力之正本以日文版為準。」): Japanese
    # writes kanji-only lines as headings, addresses and lists of nouns, none a sentence
    return len(_HAN.findall(line)) >= _CHINESE_CLAUSE and ("。" in line or _CLAUSE_COMMA.search(line) is not None)


def _heads_the_run(line: str) -> bool:
    """A line of Han characters alone (no kana, no Latin letter) right above a run: its title, 「租車条款」."""
    return _KANA.search(line) is None and _LATIN.search(line) is None and len(_HAN.findall(line)) >= 2


def other_language_lines(lines: list[str]) -> set[int]:
    """The indices of the lines that belong to runs of another language (see the module's doc)."""
    if not any(_HANGUL.search(ln) or (len(ln) >= _CHINESE_CLAUSE and _KANA.search(ln) is None) for ln in lines):
        return set()
    out: set[int] = set()
    run: list[int] = []  # the foreign lines of the current run (no Japanese line since its first)
    for i, ln in enumerate(lines + ["あ"]):  # (a Japanese line closes the last run)
        if _KANA.search(ln) is not None and not _HANGUL.search(ln):
            if len(run) >= _LINES_OF_A_RUN:
                first, titles = run[0], 0
                while first > 0 and first - 1 not in out and titles < _TITLE_LINES:
                    above = lines[first - 1]
                    if above.strip() and not _heads_the_run(above):
                        break
                    titles += bool(above.strip())
                    first -= 1  # (blank lines between a title and the run go with them)
                while first < run[0] and not lines[first].strip():
                    first += 1
                out.update(range(first, run[-1] + 1))
            run = []
        elif _foreign(ln):
            run.append(i)
    return out


def without_other_languages(src: Source) -> Source:
    """``src`` with its lines of another language blanked (spaces, the line breaks kept) and recorded as removals; the
    same object when it has none."""
    lines = src.text.split("\n")
    foreign = other_language_lines([ln.strip() for ln in lines])
    if not foreign:
        return src
    out, removals, at = [], [], 0
    for i, ln in enumerate(lines):
        if i in foreign and ln.strip():
            removals.append(Removal("other-language", ln.strip(), at, at + len(ln)))
            ln = re.sub(r"[^\r]", " ", ln)  # (a CRLF file's \r stays: normalization reads it with the line break)
        out.append(ln)
        at += len(lines[i]) + 1
    read = copy.copy(src)  # (the ingest's time budget, an attribute of the object, goes with it)
    read.text = "\n".join(out)
    read.removed = sorted(src.removed + removals, key=lambda r: r.start)
    read.notes = src.notes + [f"{len(removals)} line(s) in another language than Japanese (a translation printed "
                              f"after it) left out"]
    return read
