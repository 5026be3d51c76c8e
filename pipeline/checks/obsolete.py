"""name-obsolete: an authority or a statute cited by a name it no longer has, or by a name its law number denies.

「特定個人情報保護委員会及び主務大臣等への報告」 in a 規程 of 2019: the commission was renamed 個人情報保護委員会 on
2016-01-01. Documents copy their lists of authorities and laws from older ones; a name the ministries'
reorganisation (郵政省, 通商産業省) or a statute's retitling (証券取引法, 薬事法) retired sends the reader to a body
or a law that does not exist under that name. The names, their successors and the year are general knowledge
(pipeline/data/obsolete_names.tsv). A name marked as former (旧郵政省, 郵政省（現総務省）, 改正前の…), the citation of
an amending act (証券取引法等の一部を改正する法律) and the 附則 of a law, which records its history, are not reported.

A law number names one statute exactly (pipeline/data/statute_numbers.tsv): 「社員災害補償保険法（昭和22年法律第50号）」
is 労働者災害補償保険法 misnamed (a 就業規則 that replaced 労働者 with 社員 everywhere). Told where the name beside
the number is one of another statute, or shares most of its characters with one of this statute's names; a name
the table does not know and that is unlike them (a long title, an abbreviation of the writer's) is left alone.

The law a document restates as it was: 「未成年（20歳未満）」 after the age of majority became 18 (2022-04-01).
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

from . import Context, load_tsv, rule
from ..grammar import ERA_BASE, WIDE_DIGITS, to_int

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


# (号 lost where a PDF's text ends the line: 「運輸省告示第4 9」 alone on its line)
_ACT_NUMBER_AFTER = re.compile(r"(?:告示|令|訓令|通達)[ \u3000]*第[ \u30000-9０-９一二三四五六七八九十百千]+(?:号|[ \u3000]*$)",
                               re.M)
_DATE_BEFORE = re.compile(rf"(?:(?P<era>{'|'.join(ERA_BASE)})(?P<n>[0-9０-９]{{1,2}}|元)|(?P<y>[12][0-9]{{3}}))年"
                          r"(?:[0-9０-９]{1,2}月(?:[0-9０-９]{1,2}日)?)?[ \u3000]*$")


# a state other than Japan named right before a ministry's name: a katakana name, or a state's form of government
_FOREIGN_STATE_BEFORE = re.compile(r"(?:[\u30a1-\u30faー]|共和国|王国|連邦|合衆国|首長国|公国)$")


def _dated_before(before: str, year: str) -> bool:
    """Does ``before`` end with a date earlier than ``year`` (the renaming), right before the name?"""
    m = _DATE_BEFORE.search(before)
    if m is None or not year[:4].isdigit():
        return False
    n = m.group("n")
    when = int(m.group("y")) if m.group("y") else ERA_BASE[m.group("era")] + (1 if n == "元" else to_int(n.translate(WIDE_DIGITS)))
    return when < int(year[:4])


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
        if _FOREIGN_STATE_BEFORE.search(text, max(0, s - 12), s):
            continue  # 「インドネシア共和国労働省」, 「ベトナム労働省」: another state's ministry, named as it is
        if _dated_before(text[max(0, s - 20):s], year) or _ACT_NUMBER_AFTER.match(text, e):
            # 「平成2年11月22日運輸省告示第577号」, 「運輸省告示第372号」: an act of its day, cited by its date or its
            # number, under the name of the ministry that issued it
            continue
        old = m.group(0)
        yield ctx.finding(
            "name-obsolete", (s, e),
            f"「{old}」は{year}年に改称・廃止されています（{why}）。現在の名称は「{new}」です。",
            f"「{old}」 was renamed or abolished in {year} ({why}); it is now 「{new}」.",
            suggestion=new.split("（")[0], excerpt=text[max(0, s - 6):e + 6])
    yield from misnamed_statute_findings(ctx)
    yield from age_of_majority_findings(ctx)


_ERA_NUMBER = re.compile(
    r"[（(](?P<n>(?:明治|大正|昭和|平成|令和)[0-9０-９元一二三四五六七八九十]{1,3}年法律第[0-9０-９一二三四五六七八九十百千]{1,5}号)[）)]")
_NAME_BEFORE = re.compile(r"[\u3400-\u9fff々\u3041-\u309f\u30a1-\u30ff・、A-Z]{2,60}$")


def _arabic(number: str) -> str:
    """昭和二十二年法律第五十号 → 昭和22年法律第50号 (the table's form)."""
    def conv(m):
        v = m.group(0).translate(WIDE_DIGITS)
        if v.isdigit():
            return v
        if v == "元":
            return "1"
        n = to_int(v)
        return str(n) if n is not None else v
    return re.sub(r"[0-9０-９元一二三四五六七八九十百千]+", conv, number)


@lru_cache(maxsize=1)
def _statutes() -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """law number → names; name → law number, longest names first (a name ends with a shorter one: 労働基準法, 基準法)."""
    by_number = {n: tuple(names.split(",")) for n, names in load_tsv("statute_numbers.tsv")}
    by_name = {name: n for n, names in by_number.items() for name in names}
    return by_number, dict(sorted(by_name.items(), key=lambda kv: -len(kv[0])))


def statute_names() -> frozenset[str]:
    """Every name the statutes of data/statute_numbers.tsv are cited by."""
    return frozenset(_statutes()[1])


def _alike(a: str, b: str) -> bool:
    """Do two statute names share most of their characters, in order (社員災害補償保険法 / 労働者災害補償保険法)?"""
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= 0.7


def misnamed_statute_findings(ctx: Context):
    if "法律第" not in ctx.scanned_text:
        return
    by_number, by_name = _statutes()
    text = ctx.text
    for m in ctx.finditer(_ERA_NUMBER):
        number = _arabic(m.group("n"))
        names = by_number.get(number)
        if names is None:
            continue
        before = _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        run = before.group(0)
        if any(run.endswith(n) for n in names):
            continue
        # the name written: the run's tail after its last conjunction or comma (労基法及び|社員災害補償保険法)
        written = re.split(r"及び|並びに|又は|若しくは|および|ならびに|または|、|・(?=[^・]*法$)", run)[-1]
        if not written.endswith("法") and not written.endswith("法律"):
            continue
        other = next((n for x, n in by_name.items() if written.endswith(x)), None)
        if other is None and not any(_alike(written, n) for n in names):
            continue
        s = m.start() - len(written)
        title = names[0]
        ja = (f"「{written}」は{m.group('n')}の名称ではありません（{m.group('n')}は「{title}」"
              + (f"、「{written}」は{other}" if other else "") + "）。法令名か法令番号のどちらかが誤っています。")
        en = f"「{written}」 is not the statute numbered {number}, which is 「{title}」."
        yield ctx.finding("name-obsolete", (s, m.start()), ja, en, suggestion=None if other else title,
                          excerpt=text[max(0, s - 4):m.end()])


# 未成年 said to be under 20: the 民法 set the age of majority at 18 from 2022-04-01 (民法の一部を改正する法律, 平成30年
# 法律第59号). Terms copied from older ones still gloss 未成年 as 20歳未満 and ask a parent's consent of adults of 18 and
# 19. Only where the text equates the two (in a bracket after 未成年, or defining it): 20 stays the age of alcohol,
# tobacco and betting (「20歳未満の方へのたばこ製品の販売」), and a business may ask consent of its own choice.
_MINOR_AS_UNDER_20 = re.compile(r"未成年者?(?:[ \u3000]*[（(][^（）()。\n]{0,8}?|とは[、，]?[^。\n]{0,12}?)満?(?P<age>(?:20|２０|二十)歳未満)")
_MAJORITY_AT_18 = "2022"


def age_of_majority_findings(ctx: Context):
    if "未成年" not in ctx.scanned_text:
        return
    text = ctx.text
    for m in ctx.finditer(_MINOR_AS_UNDER_20):
        s, e = m.span("age")
        if ctx.region_of(s).startswith("supplementary") or _dated_before(text[max(0, m.start() - 20):m.start()],
                                                                          _MAJORITY_AT_18):
            continue  # (a 附則 records the law of its day)
        yield ctx.finding(
            "name-obsolete", (s, e),
            "成年年齢は2022年4月1日から18歳です（民法の一部を改正する法律、平成30年法律第59号）。未成年者は「18歳未満」"
            "の者で、「20歳未満」は改正前の定めです（20歳は飲酒・喫煙などの年齢として残っています）。",
            "The age of majority is 18 since 2022-04-01 (amended Civil Code, Act No. 59 of 2018): a minor is under 18, "
            "not under 20 (20 remains the age for alcohol and tobacco).",
            suggestion="18歳未満", excerpt=text[m.start():e + 4])

