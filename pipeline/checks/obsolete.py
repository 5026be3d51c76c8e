"""name-obsolete: an authority or a statute cited by a name it no longer has.

「特定個人情報保護委員会及び主務大臣等への報告」 in a 規程 of 2019: the commission was renamed 個人情報保護委員会 on
2016-01-01. Documents copy their lists of authorities and laws from older ones; a name the ministries'
reorganisation (郵政省, 通商産業省) or a statute's retitling (証券取引法, 薬事法) retired sends the reader to a body
or a law that does not exist under that name. The names, their successors and the year are general knowledge
(pipeline/data/obsolete_names.tsv). A name marked as former (旧郵政省, 郵政省（現総務省）, 改正前の…), the citation of
an amending act (証券取引法等の一部を改正する法律) and the 附則 of a law, which records its history, are not reported.
"""

from __future__ import annotations

import re
from functools import lru_cache

from . import Context, load_tsv, rule

# the name given as a former one, before or after it
_FORMER_BEFORE = re.compile(r"(?:旧|改正前の|当時の|かつての)$")
_FORMER_AFTER = re.compile(r"^(?:[（(](?:現|当時|現在の)|等?の一部を改正|改正法|時代)")


# the plain text every spelling of a row holds (労働省 of (?<!厚生)労働省): a row whose text is nowhere in the
# document is not scanned (one C-speed search each; the alternation of all rows cost 0.4 s on a law)
_PLAIN = re.compile(r"[\u3400-\u9fff々\u3041-\u30ff、（）]{2,}")


@lru_cache(maxsize=1)
def _names() -> tuple[tuple[str, re.Pattern, str, str, str], ...]:
    """(plain text, pattern, current name, year, why) of each row of obsolete_names.tsv."""
    return tuple((max(_PLAIN.findall(old), key=len), re.compile(old), new, year, why)
                 for old, new, year, why in load_tsv("obsolete_names.tsv"))


@rule("name-obsolete", "warning", "改称・廃止された名称", "renamed or abolished authority or statute")
def name_obsolete(ctx: Context):
    scanned = ctx.scanned_text
    found = []
    for plain, rx, new, year, why in _names():
        if plain in scanned:
            found += [(m, new, year, why) for m in ctx.finditer(rx)]
    text = ctx.text
    for m, new, year, why in sorted(found, key=lambda f: f[0].start()):
        s, e = m.span()
        if _FORMER_BEFORE.search(text[max(0, s - 5):s]) or _FORMER_AFTER.match(text[e:e + 8]):
            continue
        if ctx.region_of(s).startswith("supplementary"):
            continue  # a 附則 records what was, under the names of its day
        old = m.group(0)
        yield ctx.finding(
            "name-obsolete", (s, e),
            f"「{old}」は{year}年に改称・廃止されています（{why}）。現在の名称は「{new}」です。",
            f"「{old}」 was renamed or abolished in {year} ({why}); it is now 「{new}」.",
            suggestion=new.split("（")[0], excerpt=text[max(0, s - 6):e + 6])
