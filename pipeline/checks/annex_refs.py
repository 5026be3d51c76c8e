"""Citations of a numbered 別表 or 別紙 the document does not hold (part of reference-dangling).

「(3) 宿泊料金(原則として別表第１の基本宿泊料による。)」 on a page whose 約款 has no 別表 at all: the reader is sent
to a table that is not there. Told where the document heads no annex of that kind with that number: not 別表第2 when
the document has 別表第1 and 別表第2, nor any number when it heads a 別表 without one (its numbering is its own). A
table of another law or rules (法別表第一, 施行令別表, 規則別表第2) is that text's, never this one's. A warning, not an
error: a 約款 may publish its tables on a page of their own, which the reader should then be told of.
"""

from __future__ import annotations

import re

from .. import grammar
from . import Context, cut_off_at, finditer, said_to_be_an_extract

# 別表第１, 別表1, 別紙２, 別表第一; not after the name of another text (…法, …令, …規則, …約款 別表)
_CITED = re.compile(r"(?<![法令則款程約])別[ \u3000]*(?P<kind>表|紙)[ \u3000]*(?P<dai>第)?[ \u3000]*"
                    r"(?P<num>[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?![0-9０-９条項号])")


def _number(s: str) -> int | None:
    return grammar.to_int(s.translate(grammar.WIDE_DIGITS))


def _headed(ctx: Context) -> dict[str, set[int | None]]:
    """The annexes the document heads, by kind (表, 紙): their numbers, None for one headed without a number. Its
    annexes, and a table headed inside the text (「別表１ 料金表」 as a line of the last article)."""
    labels = [x.label for x in ctx.doc.annexes if x.label.startswith("別")]
    labels += [head[0] for line in ctx.text.split("\n") if (head := grammar.match_annex(line.strip(" \u3000")))]
    out: dict[str, set[int | None]] = {}
    for label in labels:
        m = _CITED.search(label)
        out.setdefault(label[1], set()).add(_number(m.group("num")) if m else None)
    return out


# 「（昭和四十二年法律第八十一号）別表第一」: a law named with its number in brackets, then its table
_LAW_NUMBER_BEFORE = re.compile(r"第[0-9０-９〇一二三四五六七八九十百千]+号[）)][ \u3000]*$")


# an article of another text (規約第14条, 法第3条; not 本規約第14条), then, in the same sentence, the table it provides
_OTHER_TEXTS_ARTICLE = re.compile(r"(?<![本の])(?P<doc>規約|規程|規則|約款|法|令)第?[0-9０-９一二三四五六七八九十百]+条"
                                  r"(?:[^。\n]{0,60}(?:規定する|定める|定めた|掲げる|記載の|による)"
                                  # listed with it: 「規約13条第1項,別表4に表示する区分」
                                  r"|(?:第?[0-9０-９一二三四五六七八九十]+[項号])*[,，、・]|(?:第?[0-9０-９一二三四五六七八九十]+[項号])*(?:及び|並びに))"
                                  r"[ \u3000]*$")


# what a sentence says of the annex it opens with: where it is (「別表2は別紙で添付する」「別表1は当社ホームページに掲載
# する」「別紙は別途交付する」)
_SAYS_WHERE = re.compile(r"[ \u3000]*(?:は|を)[^。\n]{0,30}?(?:添付|別途|別に定め|掲載|ホームページ|ウェブサイト|サイト|交付|備え置|"
                         r"公表|掲示|閲覧)")


# what joins two annexes cited together (別表第1から別表第3まで, 別表第1及び別表第2): the second is of the same text
_JOINED = re.compile(r"[ \u3000]*(?:から|及び|並びに|又は|若しくは|ないし|乃至|、|，|・)[ \u3000]*")


def annex_dangling(ctx: Context):
    text = ctx.text
    cited = []
    others = None  # the end of the last annex cited as another text's (「（昭和48年条例第2号）別表第1」)
    for m in finditer(_CITED, text):
        if _heads_its_line(text, m):
            continue
        if _LAW_NUMBER_BEFORE.search(text, max(0, m.start() - 16), m.start()) \
                or others is not None and _JOINED.fullmatch(text, others, m.start()):
            others = m.end()  # (and the one cited with it: 「…別表第1から別表第3までに掲げる」)
            continue
        cited.append(m)
    if not cited or said_to_be_an_extract(ctx):
        return  # (an extract, 「改正・新設された条文のみを…抜粋」: the tables it cites are in the whole text)
    headed = _headed(ctx)
    cut = cut_off_at(ctx)
    title = ctx.doc.title or ""
    placed = {(m.group("kind"), _number(m.group("num"))) for m in cited if _SAYS_WHERE.match(text, m.end())}
    for m in cited:
        if (m.group("kind"), _number(m.group("num"))) in placed:
            continue  # 「なお、別表2は別紙で添付する。」: the document says where the table is
        other = _OTHER_TEXTS_ARTICLE.search(text, max(0, m.start() - 80), m.start())
        if other is not None and other.group("doc") not in title:
            continue  # 「規約第14条（…）第1項において規定する別表第4」 in a 細則: the table of the 規約 that article is of
        kind, n = m.group("kind"), _number(m.group("num"))
        have = headed.get(kind, set())
        if None in have or n in have or n is None:
            continue
        if not have and cut is not None:
            continue  # a text that stops in mid-sentence (cut_off_at): its annexes, which come last, are past the cut
        label = f"別{kind}" + ("第" if m.group("dai") else "") + m.group("num")
        if have:
            nums = "、".join(f"別{kind}{k}" for k in sorted(k for k in have if k is not None))
            ja, en = f"この文書にある別{kind}は{nums}です。", f"the document's are {nums}."
        else:
            ja, en = f"この文書には別{kind}がありません。", f"the document has no 別{kind}."
        yield ctx.finding(
            "reference-dangling", m.span(),
            f"「{label}」は参照先がありません。{ja}参照する表や書面を載せるか、掲載先を示すべきです。",
            f"「{label}」 is cited but not there: {en} Include it, or say where it is published.",
            # a 別紙 is often a form handed over apart from the text (申込書, 個別契約書): a note; a 別表 is the text's
            severity="info" if kind == "紙" else "warning",
        )


def _heads_its_line(text: str, m: re.Match) -> bool:
    """Is the match the heading of an annex (「別表第１」 opening its line, a title at most after it)?"""
    start = text.rfind("\n", 0, m.start()) + 1
    end = text.find("\n", m.end())
    line = text[start:end if end >= 0 else len(text)]
    return not text[start:m.start()].strip(" \u3000【（(■") and grammar.match_annex(line.strip(" \u3000")) is not None
