"""date-invalid: a date that does not exist, an era year past its era's end, a weekday the calendar denies, an
hour past 12 after 午前 or 午後 (午後15時), or a range of hours in one half of the day that ends before it starts
(午後9時から午後8時).

Terms and rules carry dates in their 附則 (「令和5年4月31日から施行する」), their history (改定：2023年2月30日) and their
deadlines (2024年4月1日（火）). A date copied and edited by hand slips: a 31st in a month of 30 days, 平成32年 written
after 平成 ended (the era ran to 平成31年4月30日; 令和元年 began on 5月1日), a weekday left from last year's notice.
Each is a fact of the calendar, true of any document, and the finding states the date the writer may have meant.
Dates whose parts are blanks (令和＿年＿月＿日, ○年○月○日) are template-placeholder's.
"""

from __future__ import annotations

import calendar
import datetime
import re

from . import Context, rule
from ..grammar import ERA_BASE, ERAS, to_int

_NUM = r"[0-9]{1,4}|[〇一二三四五六七八九十百千]{1,6}"
_DATE = re.compile(
    rf"(?P<era>明治|大正|昭和|平成|令和)?(?P<y>{_NUM}|元)年[ \u3000]?(?P<m>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,3}})月"
    rf"[ \u3000]?(?P<d>[0-9]{{1,2}}|[一二三四五六七八九十]{{1,4}})日"
    r"(?:[ \u3000]?[（(](?P<w>[月火水木金土日])(?:曜日?)?[)）])?")
# a month and day with no year before it (4月31日): only whether the day exists in that month can be told
_MONTH_DAY = re.compile(r"(?<![0-9〇一二三四五六七八九十百千元年毎同翌前])(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日"
                        r"(?:[ \u3000]?[（(](?P<w>[月火水木金土日])(?:曜日?)?[)）])?")
# the years a paragraph names, which a month and day with its weekday and no year of its own falls in: 「2019年9月2日から」,
# 「令和元年」, a year in an event's name (「Coolest Projects International 2019」), not an amount or a count (2019円)
_YEAR_NAMED = re.compile(r"(?P<era>明治|大正|昭和|平成|令和)(?P<y>[0-9]{1,2}|元)年"
                         r"|(?<![0-9０-９A-Za-z.,/:#-])(?P<w>19[5-9][0-9]|20[0-6][0-9])(?![0-9０-９A-Za-z円件人名個本回%％万千百.,:]|/[0-9]|-[0-9])")

_WEEKDAYS = "月火水木金土日"


def _western(era: str | None, year: int) -> int:
    return year if era is None else ERA_BASE[era] + year


def _era_of(day: datetime.date) -> str:
    for era, (first, last) in ERAS.items():
        if first <= day and (last is None or day <= last):
            y = day.year - first.year + 1
            return f"{era}{'元' if y == 1 else y}年{day.month}月{day.day}日"
    return f"{day.year}年{day.month}月{day.day}日"


def _no_day(ctx: Context, span, written: str, month: int, year: int = 2024):
    """(year: the calendar year when written, else a leap year, in which 2月29日 exists)"""
    if 1 <= month <= 12:
        last = calendar.monthrange(year, month)[1]
        ja, en = f"{month}月は{last}日まで", f"{month}月 has {last} days"
    else:
        ja, en = "月は12月まで", "there are 12 months"
    return ctx.finding("date-invalid", span, f"「{written}」は存在しない日付です（{ja}）。",
                       f"「{written}」 does not exist ({en}).")


_LATER_YEAR = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}(?=年|/|-)")


def _written_before(text: str, era_end: datetime.date) -> bool:
    """Does the text read as written before an era ended: it names no later era (令和 after 平成) and no western year
    after the end? A date past the era's end is then a future date of its time, as a contract's term gives it."""
    later = [e for e, (first, _) in ERAS.items() if first > era_end]
    if any(e in text for e in later):
        return False
    return all(int(y) <= era_end.year - 1 for y in _LATER_YEAR.findall(text))


def _ends_a_term(text: str, start: int, era: str) -> bool:
    """Is the date at ``start`` the end of a term that opens with a date of the same era (「平成28年10月1日～」)?"""
    return re.search(rf"{era}[0-9０-９元]{{1,2}}年[0-9０-９]{{1,2}}月[0-9０-９]{{1,2}}日[ \u3000]*(?:[~～〜ー−-]|から)[ \u3000]*$",
                     text[max(0, start - 24):start]) is not None


@rule("date-invalid", "error", "存在しない日付・曜日の誤り", "date that does not exist or wrong weekday", scope="unit")
def date_invalid(ctx: Context):
    text = ctx.text
    dated: list[tuple[int, int]] = []
    for m in ctx.finditer(_DATE):
        dated.append(m.span())
        era, y_text = m.group("era"), m.group("y")
        year = 1 if y_text == "元" else to_int(y_text)
        month, day = to_int(m.group("m")), to_int(m.group("d"))
        if year is None or month is None or day is None:
            continue
        if year == month == day == 0:
            continue  # 「００００年００月００日」: a template's date to fill in (template-placeholder's), no date
        if era is None and year < 100:  # (a year of two digits, 24年, is no calendar year to weigh)
            if _era_dropped(text, m.start()):
                yield _no_era(ctx, m)
            continue
        written = m.group(0)
        if not (1 <= month <= 12) or day < 1 or day > calendar.monthrange(_western(era, year), month)[1]:
            yield _no_day(ctx, m.span(), written, month, _western(era, year))
            continue
        date = datetime.date(_western(era, year), month, day)
        if era is not None:
            first, last = ERAS[era]
            if date < first or (last is not None and date > last):
                if last is not None and date > last and _written_before(text, last) and _ends_a_term(text, m.start(), era):
                    # 「平成28年10月1日～平成31年9月30日」 in a text of 2016: a term given ahead, when the era's end was not
                    # known (a date of its own, 平成32年4月1日 alone, is still told)
                    continue
                yield ctx.finding(
                    "date-invalid", m.span(),
                    f"「{written}」は{era}の期間外です（{era}は{_era_of(first)}から"
                    + (f"{_era_of(last)}まで" if last else "") + f"）。{_era_of(date)}と思われます。",
                    f"「{written}」 lies outside the {era} era; {date.isoformat()} is {_era_of(date)}.",
                    suggestion=_era_of(date), severity="warning")
                continue
        w = m.group("w")
        if w is not None and _WEEKDAYS[date.weekday()] != w:
            right = _WEEKDAYS[date.weekday()]
            ws, we = m.span("w")
            yield ctx.finding(
                "date-invalid", (ws, we),
                f"「{written}」の曜日が違います。{_era_of(date) if era else f'{date.year}年{month}月{day}日'}は{right}曜日です。",
                f"{date.isoformat()} is a {calendar.day_name[date.weekday()]}, not 「{w}」.",
                suggestion=right, excerpt=written)
    for m in ctx.finditer(_MONTH_DAY):
        if any(a <= m.start() < b for a, b in dated):
            continue
        month, day = int(m.group("m")), int(m.group("d"))
        if month == 0 or day == 0:
            continue  # (a 0 is no date a writer meant: a code, a counter)
        if month > 12 or day > calendar.monthrange(2024, month)[1]:  # (a leap year: 2月29日 exists)
            yield _no_day(ctx, m.span(), m.group(0), month)
        elif m.group("w") is not None:
            yield from _weekday_in_no_year_named(ctx, m, month, day)
    yield from _half_day_findings(ctx)
    yield from _backward_hours_findings(ctx)
    yield from _month_dropped_findings(ctx)


def _weekday_in_no_year_named(ctx: Context, m: re.Match, month: int, day: int):
    """「今年も5月5日（水）に…International 2019が開催されました」: a month and day with a weekday, and no year of its own, in a
    paragraph that names its years. Where the day falls on that weekday in none of them, the weekday was left from
    another year's notice (5月5日 was a 日曜日 in 2019). A paragraph that names no year says nothing of which is meant."""
    _, para, _ = ctx.locate(m.start())
    a, b = para.span if para is not None else ctx.line_span(m.start())
    years = set()
    for y in _YEAR_NAMED.finditer(ctx.text, a, b):
        if y.group("w"):
            years.add(int(y.group("w")))
        elif (n := 1 if y.group("y") == "元" else to_int(y.group("y"))) is not None:
            years.add(_western(y.group("era"), n))
    years = sorted(y for y in years if day <= calendar.monthrange(y, month)[1])
    w = m.group("w")
    if not years or any(_WEEKDAYS[datetime.date(y, month, day).weekday()] == w for y in years):
        return
    days = "、".join(f"{y}年は{_WEEKDAYS[datetime.date(y, month, day).weekday()]}曜日" for y in years)
    right = _WEEKDAYS[datetime.date(years[0], month, day).weekday()] if len(years) == 1 else None
    yield ctx.finding(
        "date-invalid", m.span("w"),
        f"「{m.group(0)}」の曜日が、この段落に書かれた年のどれにも合いません（{month}月{day}日は{days}）。別の年の曜日が"
        f"残っていると思われます。",
        f"「{m.group(0)}」: {month}/{day} falls on 「{w}」 in none of the years this paragraph names "
        f"({', '.join(str(y) for y in years)}).",
        suggestion=right, excerpt=m.group(0), severity="warning")


# 「毎年1025日までに」: after a word that names a year (毎年, 翌年), a day of the year is its month and day; a number of
# three or four digits before 日 there is a month and day that lost its 月 (10月25日). Told only where the digits read
# one way as a date (a month 1–12 and a day that month has; 1231 is 12月31日, 131 either 1月31日 or 13月1日: 1月31日),
# and read as a day only before what follows a date, まで or に (「毎年120日以上の休日」 counts days).
_DAY_OF_A_YEAR = re.compile(r"(?:毎年|翌年|同年|本年|例年|前年|各年)(?:度)?(?:の)?(?P<n>[0-9]{3,4})日(?=まで|に|から|付|より|頃)")


def _month_dropped_findings(ctx: Context):
    for m in ctx.finditer(_DAY_OF_A_YEAR):
        n = m.group("n")
        readings = [(int(n[:k]), int(n[k:])) for k in (1, 2) if len(n) - k in (1, 2)]
        dates = [(mo, d) for mo, d in readings if 1 <= mo <= 12 and 1 <= d <= calendar.monthrange(2024, mo)[1]]
        if len(dates) != 1:
            continue
        mo, d = dates[0]
        yield ctx.finding(
            "date-invalid", m.span("n"),
            f"「{m.group(0)}」の「{n}日」は日付として読めません。「{mo}月{d}日」の「月」が抜けていると思われます。",
            f"「{m.group(0)}」: 「{n}日」 is no day of a year; 「{mo}月{d}日」 with its 月 dropped.",
            suggestion=f"{mo}月{d}日", severity="warning", excerpt=m.group(0))


# What may stand before a year of one or two digits and tell its era: the era's name or its letter (H28年, R5年), an
# apostrophe for the century (’23年), or a word the year belongs to (同年, 前年 are not dates; 平成 ２８年 spaced)
_ERA_BEFORE = re.compile(r"[\u3400-\u9fff々0-9A-Za-z'’‘]")


def _era_dropped(text: str, start: int) -> bool:
    """A date whose year, of one or two digits, has no era before it (「この規約は２８年１月２８日から発効」): 平成28年
    or 昭和28年, or 2028: the reader cannot tell which year is meant."""
    before = text[max(0, start - 8):start].rstrip(" \u3000\n")  # (the era may end the line before: 「令和⏎5年3月17日」)
    return not before or _ERA_BEFORE.match(before[-1]) is None


def _no_era(ctx: Context, m: re.Match):
    written = m.group(0)
    return ctx.finding(
        "date-invalid", m.span(),
        f"「{written}」の年に元号（平成・令和など）も西暦の4桁もなく、どの年か決まりません。",
        f"「{written}」: the year has neither an era (平成, 令和…) nor four digits; which year is meant cannot be told.",
        severity="warning")


# 午前 and 午後 count the hours of a half day, 0 to 12: 「午後15時」 says the hour twice, in two systems, and the
# reader cannot tell whether 15時 or 午後3時 is meant (a 宿泊約款's check-out, pub28)
_HALF_DAY_HOUR = re.compile(r"(?P<half>午前|午後)[ \u3000]?(?P<h>[0-9]{1,2}|[一二三四五六七八九十]{1,3})[ \u3000]?時")


def _half_day_findings(ctx: Context):
    for m in ctx.finditer(_HALF_DAY_HOUR):
        hour = to_int(m.group("h"))
        if hour is None or hour <= 12:
            continue
        half = m.group("half")
        twelve = hour - 12 if half == "午後" and hour <= 23 else None
        fix = f"{hour}時" if half == "午後" and hour <= 23 else None
        ja = (f"「{m.group(0)}」は午前・午後と24時間制の時刻が重なっています。{half}は0時から12時までを数えます"
              + (f"（「{fix}」または「午後{twelve}時」）。" if fix else "。"))
        yield ctx.finding(
            "date-invalid", m.span(), ja,
            f"「{m.group(0)}」 mixes {half} with a 24-hour clock: {half} counts 0 to 12 hours"
            + (f" (「{fix}」 or 「午後{twelve}時」)." if fix else "."),
            suggestion=fix, severity="warning")


# 「平日 午後9時から午後8時まで」: a time range within one half of the day (the same 午前 or 午後 on both ends) that ends
# before it starts. (Not 「午後10時から午前2時」 or 「22時から5時」: a night across midnight; the same half on both ends
# never crosses it.)
_HOUR_RANGE = re.compile(rf"(?P<half>午前|午後)[ \u3000]?(?P<h1>{_NUM})時(?:(?P<m1>[0-9]{{1,2}})分|(?P<half1>半))?[ \u3000]*(?:から|[~～〜])"
                         rf"[ \u3000]*(?P=half)[ \u3000]?(?P<h2>{_NUM})時(?:(?P<m2>[0-9]{{1,2}})分|(?P<half2>半))?")


def _minutes(hour: int, minutes: str | None, half: str | None) -> int:
    return (hour % 12) * 60 + (int(minutes) if minutes else 30 if half else 0)


def _backward_hours_findings(ctx: Context):
    for m in ctx.finditer(_HOUR_RANGE):
        h1, h2 = to_int(m.group("h1")), to_int(m.group("h2"))
        if h1 is None or h2 is None or h1 > 12 or h2 > 12:
            continue  # (午後15時: _half_day_findings tells it)
        if _minutes(h2, m.group("m2"), m.group("half2")) >= _minutes(h1, m.group("m1"), m.group("half1")):
            continue
        yield ctx.finding(
            "date-invalid", m.span(),
            f"「{m.group(0)}」は終わりの時刻が始まりより前です（同じ{m.group('half')}の範囲）。どちらかの時刻か午前・午後の誤りと"
            f"思われます。",
            f"「{m.group(0)}」 ends before it starts (both in the {m.group('half')} half of the day): a time or its "
            f"午前/午後 is wrong.", severity="warning")

