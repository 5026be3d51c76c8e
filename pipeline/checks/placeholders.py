"""template-placeholder: a blank of the template the document was written from, left unfilled.

「株式会社[運営会社名]（以下「当社」といいます）」, 「○○地方裁判所」, 「【　】」, 「＿＿＿」: the name, court or date the
template asked for. In published terms it is a slip; in a template published as one it is meant, so it is a note
(info), never a warning, and a document with many blanks (a template) is told so once. A Markdown link
([text](url)) is no placeholder. Two more leftovers of the drafting are told the same way: the template's example
after the sentence it was for (「…専属的合意管轄とします。（例：東京地方裁判所）」; an example inside a sentence,
「外部サービス（例：iCloud）」, is the document's own), and a note to the drafter (「黄色マーカーの箇所は運用前に確定して
ください」「該当するコンテンツがない場合、本項目は削除してください」「（東京地方裁判所を想定）」, a line opening with
「//」): an instruction about the document's own parts, or what its template assumed.
"""

from __future__ import annotations

import re

from ..tokens import is_known_word
from . import Context, finditer_in_lines, image_within, rule

# [運営会社名], ［住所］, [サービス名], [〇〇]: a bracketed noun of what is to be filled in
_BLANK_NOUN = r"(?:名|名称|住所|所在地|日付|年月日|金額|氏名|URL|メールアドレス|電話番号)"
# In square brackets, which a text writes only around a link's label or a blank, also the dates and the court a
# template leaves open ([施行日], [最終更新日], [管轄裁判所]); in 【】 these name a caption (【管轄裁判所】 本規約に…)
_SQUARE_BLANK_NOUN = r"(?:(?:施行|制定|改定|改訂|発効|最終更新|更新|開始|締結)日|(?:管轄|地方)?裁判所)"
_NAMED_BLANK = re.compile(
    rf"[\[［][^\[\]［］\n]{{0,12}}(?:{_BLANK_NOUN}|{_SQUARE_BLANK_NOUN}|〇〇|○○)[\]］](?!\()"
    # [100ドル], ［30日］: an amount or a period the drafter left in square brackets to be settled (the figure a
    # template proposes): the bracket marks a blank filled in, which the final text writes bare
    rf"|[\[［][0-9０-９][0-9０-９,，.]*(?:ドル|万円|円|営業日|日|か月|ヶ月|カ月|箇月|年|週間|%|％)(?:間|以内)?[\]］](?!\()"
    # <連絡先メールアドレス>, ＜会社名＞, ‹…›: angle brackets around what to write (a tag's name is never Japanese)
    rf"|[<＜〈‹][^<>＜＞〈〉‹›\n]{{0,16}}(?:{_BLANK_NOUN}|{_SQUARE_BLANK_NOUN}|〇〇|○○)[>＞〉›]"
    # 【裁判所名】, 【運営者名・チーム名】: the same in lenticular brackets (not a caption: 【重要】, 【第1条 目的】 name no blank);
    # 【商品名・仕様】, 【商品名・サイズ展開】: a blank's noun first, then what else to write about it
    rf"|【[^【】\n]{{0,12}}{_BLANK_NOUN}(?:・[^【】・\n]{{1,8}})*】")
# 「応答がない状態が【2日】間以上」, 「違約金として【24】万円」: a figure filled into the lenticular brackets that marked its
# blank, the brackets left around it inside the sentence (a caption's 【900㎡】 closing a heading stands alone)
_FILLED_BRACKET = re.compile(r"【(?<=[^\s>]【)[0-9０-９][0-9０-９,，.]*[^【】\s]{0,4}】(?=[\u3041-\u3096\u4e00-\u9fff])")
# a word of two characters letter-spaced alone in its cell or line (「| 区　　　　分 |」), as tables set their headings
_SPACED_CELL = re.compile(r"(?:^|(?<=[|｜ \u3000\n]))\S[ \u3000]+\S(?=[ \u3000]*(?:[|｜\n]|$))")
# an English sentence (eight words at least, a capital to open it, a stop to close it) left in a line of Japanese prose
# (「The matching period begins after GitHub accepts … Sponsors. GitHub Sponsors Matching Fund の資格を持つ…」): the
# source a translation was made from, a sentence left untranslated
_ENGLISH_SENTENCE = re.compile(r"(?<![A-Za-z0-9/.\-_])[A-Z][a-z]+(?: [A-Za-z,'’\-]+){7,}[.!?](?=\s|[ぁ-んァ-ン一-龥「（])")
_HIRAGANA = re.compile(r"[ぁ-ん]")
# a step of a menu path on either side (「設定 > [ユーザー名] > …」, 「[アカウント名] → 購入履歴」)
_MENU_STEP = re.compile(r"[>＞→][ \u3000]*$")
_MENU_STEP_AFTER = re.compile(r"[ \u3000]*[>＞→]")
# ○○, ●●, ××, 〇〇, △△, □□: marks standing for a word (a template names its second party △△ after its first
# ○○); ＿＿, ___: a line to write on; 【】 left empty
_MARK_BLANK = re.compile(r"([○●×〇◯△▲□■])\1+|＿{2,}|_{3,}|【[ \u3000]*】(?!は)")  # (「本文中の【 】は…」 speaks of the blanks)
# a dummy standing for the name (「特定非営利活動法人ダミー団体名」, 「株式会社ダミー」): what a template or a mock-up
# writes until the real name is known; no party of a published text is so named
_DUMMY_NAME = re.compile(r"ダミー(?:団体|法人|会社|事業者|店舗|サービス)?名|(?<=株式会社|合同会社|有限会社)ダミー"
                         r"|(?<=法人)ダミー|ダミーテキスト")
# a number left to fill in before its unit (「始業　午前 時 分」, 「昼食時間 分」, 「金　　　　円」, 「1. 万円以上の物品購入」): a
# space where the digits go, after a word, not a number; and a run of X standing for a name (株式会社ＸＸＸＸＸ)
# (each pattern opens on a character class, which the regex engine skips to: a lookbehind first is tried everywhere)
# 「支払を　　日以上遅滞」: two spaces at least where a count of days, weeks, months or years goes (stray-space leaves
# them alone too)
NUMBER_BLANK = r"[ \u3000]{2,}(?:日|週間|か月|ヶ月|カ月|箇月|年)(?=以上|以内|前|後|間|まで|を経過)"
_UNIT_BLANK = re.compile(r"[ \u3000]+(?:(?:時|分)(?![\u4e00-\u9fff])|万?円)|[XＸ]{3,}(?![A-Za-zＡ-Ｚａ-ｚ])"
                         # 「ssss円（税抜き）」: one letter typed over and over where the amount goes
                         r"|([A-Za-zＡ-Ｚａ-ｚ])\1{2,}(?=万?円|[%％])"
                         rf"|{NUMBER_BLANK}")
# what a blank never follows: a number (「5 時」, the space is the number's own) or a Latin letter (an X of a word)
# the characters around marks that stand inside a name of a file or an identifier (before|after): 「_〇〇.j」
_IN_IDENTIFIER = re.compile(r"[_/]\||.?\|[_.][A-Za-z0-9]")
_NUMBER_OR_LATIN = re.compile(r"[\d０-９一二三四五六七八九十百千〇A-Za-zＡ-Ｚａ-ｚ]")
# a date to fill in: 「令和○年○月○日」, or an era with no year at all (「平成　　年　　月　　日」, whose spaces
# normalization takes out: 「平成年月日」); an era is always followed by its year's number
_DATE_BLANK = re.compile(r"(?:(?:令和|平成|昭和)[○〇●◯□＿]{0,4}|[○〇●◯□＿]{1,4})年[○〇●◯□＿]{0,4}月[○〇●◯□＿]{0,4}日"
                         r"|(?:令和|平成|昭和)年月日"
                         # 「2026年__月__日」: the year written, the month and day left as underscores
                         r"|(?:(?:令和|平成|昭和)?[0-9０-９元]{1,4})?年[_＿]{1,4}月[_＿]{1,4}日"
                         # 「2025 年 ○ 月 ○ 日」: the year written, the month and day left as marks
                         r"|(?<![0-9０-９])[0-9０-９]{2,4}[ \u3000]*年[ \u3000]*[○〇●◯□][ \u3000]*月[ \u3000]*[○〇●◯□][ \u3000]*日"
                         # 「2023年**月**日」, 「2023年10月**日」: asterisks where the digits go
                         r"|(?<![0-9０-９])[0-9０-９]{2,4}年(?:[*＊]{1,2}月(?:[0-9０-９]{1,2}|[*＊]{1,2})|[0-9０-９]{1,2}月[*＊]{1,2})日"
                         # 「００００年００月００日」: zeros for every digit, no date anyone meant
                         r"|(?<![0-9０-９])[0０]{2,4}年[0０]{1,2}月[0０]{1,2}日")
# 「2026年【　】月【　】日」: the year written, the month and day left as empty lenticular brackets
_BRACKET_DATE = re.compile(r"(?:(?:令和|平成|昭和)?[0-9０-９]{1,4}|(?:令和|平成|昭和)?【[ \u3000]*】)年【[ \u3000]*】月(?:【[ \u3000]*】)?日")
# a date written with X for its digits (【20XX年XX月XX日】, XXXX年XX月XX日)
_X_DATE = re.compile(r"(?:19|20|１９|２０|[XＸ]{2})?[XＸ]{2}年[XＸ]{1,2}月[XＸ]{1,2}日"
                     # 「最終更新日：YYYY/MM/DD」: the format itself where the date goes
                     r"|(?<![A-Za-z])(?:YYYY|yyyy)(?P<sep>[/.\-年])(?:MM|mm)(?P=sep)?[/.\-月]?(?:DD|dd)日?(?![A-Za-z])")
# the document's own date: when it takes effect or was made (its 施行日, 制定日, 改定日), which it cannot leave blank
_OWN_DATE = re.compile(r"施行|制定|改定|改正|実施|発効|効力")
# the template's example, standing after the sentence it was for: a name to put in (「（例：東京地方裁判所）」), not the
# document's own illustration, a clause closed by its own 。 or ending in など (「（例：…を外部講師に委託するなど。）」)
_EXAMPLE_AFTER = re.compile(r"(?<=。)[（(]例[:：](?![^（）()\n]*?(?:(?:など|等)。?|。)[）)])[^（）()\n]{1,30}[）)]")
# a request to the drafter about a part of the document: the verb is one of drafting (fill in, delete, settle,
# replace), its object a place of the text (箇所, 項目, 欄, マーカー); a request to the user (「出典を記載してください」)
# has no such object
# (found from its verb, which few lines hold, back to its sentence's start: a pattern opening on any 40 characters
# was tried at every position of a law)
_ASKED = r"(?:(?:記入|削除|確定|修正)(?:して|し)|(?:差し替え|差替え|置き換え|置換え)(?:て|して))ください"
_DRAFTING_VERB = re.compile(_ASKED)
_DRAFTING_PLACE = re.compile(r"箇所|本項目|本条|本項|この項目|この欄|記入欄|マーカー|部分")
# the drafter's aside in brackets: what the template assumed (「（東京地方裁判所を想定）」) or left to settle (「（要確認）」,
# 「（※適宜修正）」, 「[要議論・検討中]」); the document itself never says what it assumes of itself in a bracket
_DRAFTING_ASIDE = re.compile(
    r"[（(\[［【][※＊*]?[^（）()\[\]［］【】\n]{0,30}?(?:を想定(?:して(?:いる|います))?|要確認|要検討|要修正|要調整|要議論|要協議"
    r"|検討中|調整中|適宜(?:修正|変更|記載|調整))[）)\]］】]"
    # 「（※正式なメールアドレスに差し替えてください）」: a noted request to fill in or replace, which no reader is asked
    rf"|[（(][※＊*][^（）()\n]{{0,40}}?{_ASKED}。?[）)]"
    # 「【賞品ごとの当選枠を設ける場合はここに内訳を記載：例）…】」: where the drafter is to write something, bracketed
    r"|【[^【】\n]{0,40}?ここに[^【】\n]{0,20}?(?:記載|記入|入力)[^【】\n]{0,40}】")
# an address at a domain reserved for examples (RFC 2606: example.com, example.jp…): a template's, never anyone's
_EXAMPLE_ADDRESS = re.compile(r"[A-Za-z0-9._%+-]+@(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net|jp|co\.jp)(?![A-Za-z0-9.-])"
                              r"|https?://(?:[A-Za-z0-9-]+\.)*example\.(?:com|org|net|jp|co\.jp)(?![A-Za-z0-9.-])"
                              r"[A-Za-z0-9._~:/?#@!$&'*+,;=%-]*")  # (a path's characters: normalization drops the space after it)
# a telephone number of zeros (「弊社00-0000-0000までご連絡下さい」, 「TEL：03-0000-0000」): a Japanese number's exchange
# part never opens with 0, so one written 0000 is the template's, never anyone's line
_ZERO_PHONE = re.compile(r"(?<![0-9０-９\-－])[0０][0-9０-９]{0,4}[\-－‐ー(（)）][0０]{3,4}[\-－‐ー][0０]{4}(?![0-9０-９])")
# a drafter's marker of what is still to do (「(TODO: スタッフの確認方法)」, 「[TBD: Phase 10…]」, a page's 「TODO」 badge
# before its missing contact details): left in the published text
_TO_DO = re.compile(r"(?<![A-Za-z_])(?:TODO|FIXME|TBD)(?![A-Za-z_\u30a1-\u30fa\u30fc\u4e00-\u9fff])")  # (not 「TODOリスト」)
# a web address cut after its www. (「https://www.」): the host the template left for the drafter to write
_HOSTLESS_URL = re.compile(r"https?://www\.(?![A-Za-z0-9-])")
# a line that opens as a code comment (「// 会社名を入れる」): a note of whoever filled the template, never prose
# (or closes a line after its finished sentence: 「…に定めます。// 金額・請求サイクル・支払方法を記載」)
_COMMENT_LINE = re.compile(r"(?m)(?:^[ \u3000]*|(?<=[。）)])[ \u3000]*)//(?![/\w.-]*\.[a-z]{2,})[^\n]+")


# a template engine's variable left in the text (Mustache, Handlebars, Jinja, Liquid: 「金 {{monthlyFee}} 円」,
# 「{{company}}（以下「乙」という）」; a JavaScript template literal's 「${name}」): the blank the program was to fill
_TEMPLATE_VARIABLE = re.compile(r"\{\{[ \u3000]*[A-Za-z_][\w.\-]*[ \u3000]*\}\}|\$\{[ \u3000]*[A-Za-z_][\w.]*[ \u3000]*\}")


# What a line must hold for each pattern to be looked for on it: every match holds one of these, and none
# spans two lines. (The patterns open on a class or an alternation, which the regex engine tries at every
# character: a law of a million characters holds what they need on a few lines, or none.)
_SPACE_THEN = tuple(sp + w for sp in " \u3000" for w in ("時", "分", "円", "万"))
_NEEDS = {
    _UNIT_BLANK: _SPACE_THEN + ("X", "Ｘ", "円", "%", "％", "  ", "\u3000\u3000", " \u3000", "\u3000 "),
    _DATE_BLANK: ("月",),
    _X_DATE: ("XX", "ＸＸ", "XＸ", "ＸX", "YYYY", "yyyy"),
    _BRACKET_DATE: ("年【",),
    _NAMED_BLANK: ("[", "［", "<", "＜", "〈", "‹", "【"),
    _MARK_BLANK: tuple(c + c for c in "○●×〇◯△▲□■＿") + ("___", "【"),
    _DUMMY_NAME: ("ダミー",),
    _EXAMPLE_AFTER: ("例:", "例："),
    _EXAMPLE_ADDRESS: ("example.",),
    _ZERO_PHONE: ("0000", "００００"),
    _HOSTLESS_URL: ("://www.",),
    _TO_DO: ("TODO", "FIXME", "TBD"),
    _DRAFTING_ASIDE: ("想定", "要確認", "要検討", "要修正", "要調整", "要議論", "要協議", "検討中", "調整中", "適宜", "ください",
                      "ここに"),
    _COMMENT_LINE: ("//",),
    _TEMPLATE_VARIABLE: ("{{", "${"),
    _FILLED_BRACKET: ("【",),
}


# more blanks than this and the document is a template published as one: said once, not at every blank
_LEFT_OVER = 3


# what each kind of leftover is, said to the reader: (Japanese, English) with the text quoted
_SAID = {
    "blank": ("「{x}」はテンプレートの記入欄のままです。公開する文書では実際の名称・日付などを記入します。",
              "「{x}」 is a blank of the template, left unfilled."),
    "date": ("「{x}」は日付の記入欄のままです。この文書が効力を生じる日（施行日・制定日）は空欄にできません。",
             "「{x}」 is a date left blank: the date the document takes effect or was made cannot be left unfilled."),
    "example": ("「{x}」は文の後に残ったテンプレートの記入例です。記入例は削除するか、本文に反映します。",
                "「{x}」 is the template's example, left after its sentence."),
    "note": ("「{x}」は文書の作成者への指示で、公開前に削除されるべきものです。",
             "「{x}」 is an instruction to whoever drafts the document, left in."),
    "untranslated": ("「{x}」は訳されないまま日本語の本文に残った英語の文と思われます。",
                     "「{x}」 is an English sentence left untranslated in the Japanese text."),
    "filled": ("「{x}」の【】はテンプレートの記入欄の印です。値を記入したあとは括弧を外します。",
               "The 【】 of 「{x}」 mark the template's blank; the brackets stay around the value written into it."),
}
_KIND = {_TEMPLATE_VARIABLE: "blank", _DATE_BLANK: "date", _X_DATE: "date", _BRACKET_DATE: "date", _NAMED_BLANK: "blank", _MARK_BLANK: "blank", _DUMMY_NAME: "blank", _EXAMPLE_AFTER: "example",
         _EXAMPLE_ADDRESS: "blank", _ZERO_PHONE: "blank", _HOSTLESS_URL: "blank", _TO_DO: "note",
         _DRAFTING_ASIDE: "note", _COMMENT_LINE: "note", _FILLED_BRACKET: "filled"}


def _untranslated(text: str):
    """The English sentences of ``_ENGLISH_SENTENCE`` in a line that writes Japanese prose beside them."""
    for m in finditer_in_lines(_ENGLISH_SENTENCE, text, (".", "!", "?")):
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line_end = len(text) if line_end < 0 else line_end
        if _HIRAGANA.search(text, max(line_start, m.start() - 40), m.start()) or \
                _HIRAGANA.search(text, m.end(), min(line_end, m.end() + 40)):
            yield m


def _drafting_notes(text: str):
    """Spans of the requests to the drafter: a drafting verb (_DRAFTING_VERB) with a place of the text
    (_DRAFTING_PLACE) at most 30 characters before it in its sentence, from at most 40 characters before the place."""
    for m in _DRAFTING_VERB.finditer(text):
        start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
        places = list(_DRAFTING_PLACE.finditer(text, max(start, m.start() - 30 - 5), m.start()))
        if places:
            yield max(start, places[0].start() - 40), m.end()


# a quotation the document gives as an example of what is said or written: 「…」という, 「…」といった, 「…」のような
# (or listed with others: 「「〇〇時まで起きていて」「他の人と話すな」等、…」)
_QUOTED_EXAMPLE = re.compile(r"」(?:という|といった|のような|のように|などの|等の|等[、，]|など[、，]|「)")


_EXAMPLE_LEAD = re.compile(r"例[：:][^。\n]*$")
# a line above a list of examples: 「一例として次のような文が挙げられますが、これに限りません。」
_EXAMPLES_BELOW = re.compile(r"例[^。\n]{0,20}(?:次|以下)の(?:ような|とおり)|(?:次|以下)のような(?:例|文|投稿|発言|表現|書き込み)")
# how many lines above the one asked about such a lead may stand (the examples listed between)
_EXAMPLE_LINES = 4


def _meant_as_example(text: str, pos: int) -> bool:
    """Is the blank at ``pos`` a stand-in the document means: inside a quoted example (「◯◯をXX秒でクリアできた」という
    報告), or shown after 例： as how to fill it (「（引用例：<ページ名> <サイトURL>)」)?"""
    line_start = text.rfind("\n", 0, pos) + 1
    if _in_quoted_example(text, pos) or _EXAMPLE_LEAD.search(text, max(line_start, pos - 12), pos) is not None:
        return True
    return under_examples_lead(text, pos)


def under_examples_lead(text: str, pos: int) -> bool:
    """Does the line at ``pos`` stand in a list of examples, a line above it saying so (「一例として次のような文が挙げ
    られますが、これに限りません。」⏎「- ○○界隈は頭の悪い奴しかいない」)? Its words are quoted, not the writer's."""
    above = text.rfind("\n", 0, pos) + 1
    for _ in range(_EXAMPLE_LINES):
        if above <= 0:
            break
        above = text.rfind("\n", 0, above - 1) + 1
        if _EXAMPLES_BELOW.search(text, above, text.find("\n", above)):
            return True
    return False


def _in_quoted_example(text: str, pos: int) -> bool:
    """Does ``pos`` stand inside 「…」 (on its line) followed by という, といった, のような…?"""
    open_ = text.rfind("「", max(0, text.rfind("\n", 0, pos)), pos)
    if open_ < 0:
        return False
    close = text.find("」", pos)
    if close < 0 or "\n" in text[pos:close] or "「" in text[open_ + 1:pos] or "」" in text[open_ + 1:pos]:
        return False
    return bool(_QUOTED_EXAMPLE.match(text, close))


def _trimmed(text: str, s: int, e: int) -> tuple[int, int]:
    """(s, e) without the spaces and quote or list marks it opens with."""
    return s + len(text[s:e]) - len(text[s:e].lstrip(" \u3000>＞*")), e


def _blanks(ctx: Context) -> list[tuple[tuple[int, int], str]]:
    def scan():
        src, offsets, text = ctx.doc.source.text, ctx.doc.norm.offsets, ctx.full.text
        out = []
        for m in finditer_in_lines(_UNIT_BLANK, src, _NEEDS[_UNIT_BLANK]):  # (in the source: normalization takes out a space between words)
            before = src[m.start() - 1:m.start()]
            unit_char = m.group(0).strip(" \u3000")
            if not before or _NUMBER_OR_LATIN.match(before) or before.isspace() and m.group(0)[0] in " \u3000":
                continue
            if before == "}":
                continue  # 「金 {{monthlyFee}} 円」: the variable before the space is the blank, told as such
            if unit_char in "時分" and _SPACED_CELL.match(src, max(0, m.start() - 1)) and is_known_word(before + unit_char):
                continue  # 「| 区　　　　分 |」: a table's heading letter-spaced across its cell (区分), no time to fill in
                # (「| 金　　　円 |」 stays a blank: 金円 is a word too, and a cell of it is where the amount goes)
            if unit_char.endswith("円") and is_known_word(src[m.end() - 1:m.end() + 1]):
                continue  # 「協議の上, 円満に解決」: 円 opens a word (円満, 円滑, 円形), no amount to fill in
            unit = m.group(0).lstrip(" \u3000")
            a = ctx.doc.norm.index_of(m.end() - len(unit))
            b = ctx.doc.norm.index_of(m.end() - 1)
            if a is not None and b is not None:
                out.append(((a, b + 1), "blank"))
        for rx, kind in _KIND.items():
            for m in finditer_in_lines(rx, text, _NEEDS[rx]):
                e = m.end()
                if rx is _NAMED_BLANK and src[offsets[e - 1] + 1:offsets[e - 1] + 2] == "(":
                    continue  # a Markdown link, [運営会社名](https://…)
                if rx is _NAMED_BLANK and (_MENU_STEP.search(text, max(0, m.start() - 3), m.start())
                                           or _MENU_STEP_AFTER.match(text, e)):
                    continue  # 「設定 > [ユーザー名] > サブスクリプション」: a menu path names the item the user sees
                if rx is _TO_DO and text[m.start() - 2:m.start()].endswith(("「", "「※")) and text[e:e + 1] == "」":
                    continue  # 「末尾に「※TBD」と付記されています」: the marker quoted, spoken of
                if rx is _MARK_BLANK and _IN_IDENTIFIER.match(text[max(0, m.start() - 1):m.start()] + "|"
                                                              + text[e:e + 2]):
                    continue  # minecraft_〇〇.json: a wildcard inside a file's or an identifier's name, meant so
                out.append((_trimmed(text, m.start(), e), kind))
        out += [(_trimmed(text, s, e), "note") for s, e in _drafting_notes(text)]
        out += [(m.span(), "untranslated") for m in _untranslated(text)]
        # (the marks of a date blank are one blank: 令和○年○月○日, not ○ three times)
        dates = [span for span, kind in out if kind == "date"]
        out = [(span, kind) for span, kind in out
               if kind == "date" or not any(a <= span[0] < b for a, b in dates)]
        out = [(span, kind) for span, kind in out if kind != "blank" or not _meant_as_example(text, span[0])]
        # (「お問い合わせは【<img src="address.png">】まで」: the address stands there as a picture, no blank)
        out = [(span, kind) for span, kind in out if not _holds_an_image(ctx, span)]
        return sorted(set(out))
    return ctx.full.memo("placeholders.blanks", scan)


def _holds_an_image(ctx: Context, span: tuple[int, int]) -> bool:
    """Does a picture with no words of its own stand inside ``span`` (normalized offsets) in the source?"""
    offsets = ctx.doc.norm.offsets
    if not ctx.doc.source.images or span[1] <= span[0] or span[1] > len(offsets):
        return False
    return image_within(ctx, offsets[span[0]], offsets[span[1] - 1])


@rule("template-placeholder", "info", "テンプレートの記入欄の残存", "template blank left unfilled")
def template_placeholder(ctx: Context):
    text = ctx.text
    # the document's own date is a finding of its own, however many blanks the template has: a rule with no date of
    # effect is not in force (「この就業規則は、令和○年○月○日から施行する。」, 「制定日：令和○年○月○日」)
    blanks, own = _own_dates(ctx.full.text, _blanks(ctx))
    yield from _said(ctx, own)
    # (a sentence left untranslated is told where it stands: no blank of a template, however many the page has)
    yield from _said(ctx, [b for b in blanks if b[1] == "untranslated"])
    blanks = [b for b in blanks if b[1] != "untranslated"]
    if len(blanks) > _LEFT_OVER:
        (s, e), _ = blanks[0]
        if ctx.scope is None or any(a <= s < b for a, b in ctx.scope):
            yield ctx.finding(
                "template-placeholder", (s, e),
                f"この文書には記入欄が{len(blanks)}か所あります（最初は「{text[s:e]}」）。テンプレートのまま公開されていませんか。",
                f"The document holds {len(blanks)} template blanks (the first 「{text[s:e]}」): a template, unfilled?",
                excerpt=text[max(0, s - 6):e + 6].replace("\n", " "))
        return
    yield from _said(ctx, blanks)


def _own_dates(text: str, blanks: list) -> tuple[list, list]:
    """(the other blanks, the date blanks on a line that says the document takes effect or was made). Another date
    to fill in (a contract's 締結日) is a blank like any other."""
    own, others = [], []
    for (s, e), kind in blanks:
        line = text[text.rfind("\n", 0, s) + 1:(text.find("\n", e) + 1 or len(text) + 1) - 1]
        if kind == "date" and _OWN_DATE.search(line):
            own.append(((s, e), kind))
        else:
            others.append(((s, e), "blank" if kind == "date" else kind))
    return others, own


def _said(ctx: Context, blanks: list):
    text = ctx.text
    for (s, e), kind in blanks:
        if ctx.scope is not None and not any(a <= s < b for a, b in ctx.scope):
            continue
        ja, en = _SAID[kind]
        yield ctx.finding(
            "template-placeholder", (s, e), ja.format(x=text[s:e]), en.format(x=text[s:e]),
            excerpt=text[max(0, s - 6):e + 6].replace("\n", " "))
