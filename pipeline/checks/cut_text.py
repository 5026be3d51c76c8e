"""Where a text stops in the middle of a sentence: a page saved or pasted in part.

Its last line ends on a particle or a comma (「…締結を拒絶するとと」, 「…1月ごとの」, 「…事業者に対して、」), inside a
verb's ending (「…契約締結となりま」), inside a bracket it opened (「第3条 (利用申」, 「…無料(」), on the first kanji of a
word after kana (「…に関する重」, 「…親権者が申」), inside a katakana word it writes whole elsewhere (「…本ソフトウェ」), on
an article's heading with nothing after it (「第8条」), on a label with no text (「3」, 「◆第4」) or a caption in brackets
with no article under it (「(承認申請の方式)」), on a glossary's entry with no meaning (「(8) 「共済証書」」), a small kana
(「…キャ」) or a conjunction (「…及び」), or inside a clause: a verb not in a form that ends a sentence (「…説明を行い」,
「…第三者に提供す」), a noun after a case particle or a comma (「…事業者が提示」, 「…通知し、理事会」), or a clause with
no 。 where the text's other sentences all have one (「「取得情報」とは、…自動で取得する」). The articles such a text
cites past that point, its annexes, the bracket the unfinished sentence opened, the heading it ends with and the word
the end cuts are elsewhere, not missing.
"""

from __future__ import annotations

import re

from .. import grammar
from ..normalize import brackets_open
from ..tokens import tokenize
from .chars import KANJI, is_hiragana


def text_end(ctx) -> int:
    """Where the text of ``ctx`` ends, the spaces and line breaks after its last character left out."""
    return len(ctx.full.text.rstrip(" \u3000\t\n"))


def runs_to_the_cut(ctx, end: int) -> bool:
    """Does what ends at ``end`` (an article, a list) run to where a text that stops in mid-sentence stops: its rest
    past the cut, not missing?"""
    return end >= text_end(ctx) and cut_off_at(ctx) is not None


def cut_off_at(ctx) -> int | None:
    """Where the unfinished sentence starts, when the text of ``ctx`` (a checks Context) stops in the middle of one
    (the module's signals); None for a text that ends a sentence (with or without 。), an item, a date or a name."""
    def read() -> int | None:
        full = ctx.full
        text = full.text[:text_end(ctx)]
        last = _last_line(text)
        if len(last) < 2 and last not in _OPENING_BRACKETS or _DATED_ENTRY.match(last):
            return None  # (「- 2025年04月02日: …を修正」: an entry of a change log, which records, not a sentence)
        if _END_MARK.fullmatch(last):
            return None  # 「（以下余白）」, 「以上」: the mark a contract or a form closes its text with
        if _last_of_its_list(text, last):
            return None  # 「（4）…おそれがあるもの」⏎「（5）6ヶ月以内に消去することとなるもの」: a list's last item, as its others
        if sum(1 for line in text.rstrip().rsplit("\n", _LABEL_COLUMN * 2)[-_LABEL_COLUMN * 2:]
               if line.strip() and brackets_open(line.strip())) >= _LABEL_COLUMN:
            return None  # 「甲：●●●（住所」⏎「●●●（社名・屋号」⏎「●●（お名前」: a signature block's labels, each bracket left
            # open on its line (bracket-unbalanced tells them), no sentence the copy cut
        if any(told(last) for told in _LAST_LINE_SIGNALS) \
                or _ends_on_a_heading(full, len(text)) and not _furniture_after(full, len(text)) \
                or _ends_inside_a_word_it_writes(text) or _ends_unlike_its_sentences(text, last) \
                or _ends_out_of_register(text, last):
            return text.rfind("。") + 1  # (0 when the text has no sentence end at all: all of it is the sentence)
        return None
    return ctx.full.memo("base.cut_off_at", read)


# a bracket opened alone on the last line (「(」 of the next item's label): the text goes on past it
_OPENING_BRACKETS = frozenset("(（「『【〔")


# what a contract, a form or a notice writes below its last line to say nothing follows
_END_MARK = re.compile(r"[ \u3000]*[（(]?[ \u3000]*(?:以下余白|以\s*上)[ \u3000]*[）)]?[ \u3000]*")


# lines among the last ones that leave a bracket open: a column of a form's labels, not a sentence cut
_LABEL_COLUMN = 3


# a line opening with a date and a colon: a change log's entry
_DATED_ENTRY = re.compile(r"[-・*•\s]*(?:(?:19|20)[0-9]{2}|(?:令和|平成|昭和)[0-9元]{1,2})"
                          r"[ \u3000]*[年/.\-][^:：\n]{0,12}[ \u3000]*[:：]")


def _furniture_after(ctx, end: int) -> bool:
    """Was a line removed after normalized offset ``end`` (「Copyright © 2012-2022 Mozilla Corporation」 under the last
    heading, 「著作権通知」)? The heading's text was that line, taken out as page furniture: the text is whole."""
    norm = ctx.doc.norm
    return 0 < end <= len(norm.text) and furniture_removed(norm, norm.offsets[end - 1], len(ctx.doc.source.text))


def furniture_removed(norm, start: int, end: int) -> bool:
    """Was a line taken out as page furniture (not markup) between source offsets ``start`` and ``end``?"""
    return any(start < r.start < end and r.kind != "markup" for r in norm.removed)


# a bulleted line: an item, which may end without 。
_BULLETED = re.compile(r"^[-・*•◦▪●○]")
# an item's label opening the line: an item may end on a noun of one kanji (「(3) 前各号に準ずる者」)
_ITEM_LINE = re.compile(r"^(?:[(（]?[0-9０-９一二三四五六七八九十]{1,3}[)）.．]|[\u2460-\u2473]|[-・*•])")


def _ends_on_a_cut_word(line: str) -> bool:
    """Does ``line`` end on one kanji read as a word of its own right after kana (「…に関する重」, 「…のために役」)? A
    sentence does not end on a bare kanji after a verb or a particle; a page's excerpt stops there in mid-word. Not
    an item (「(3) …準ずる者」), whose noun of one kanji ends it."""
    if _ITEM_LINE.match(line) and not _TOPIC_COMMA.search(line) or not KANJI.match(line[-1]) \
            or not is_hiragana(line[-2]):
        return False  # (an item that is a sentence, 「1. 貸越金額は、…確認・同意した金」, is read as one)
    toks = tokenize(line[-24:])
    # (a suffix right after a particle, 「…甲への支」, has no noun to end: the kanji opens a word that goes on)
    return len(toks) >= 2 and toks[-1].surface == line[-1] and (
        toks[-1].pos in ("名詞", "接頭辞", "記号") or toks[-1].pos == "接尾辞" and toks[-2].pos == "助詞")


# a topic and its comma: what makes an item's line a sentence (「「コンテンツ」とは、…」, 「貸越金額は、…」)
_TOPIC_COMMA = re.compile(r"(?:は|とは|が)[、，,]")


_KATAKANA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_KATAKANA_RUN_END = re.compile(r"(?<![\u30a1-\u30fa\u30fc])[\u30a1-\u30fa\u30fc]{2,}$")
_KANJI = re.compile(r"[\u4e00-\u9fff々]")
_KANJI_RUN_END = re.compile(r"(?<![\u4e00-\u9fff々])[\u4e00-\u9fff々]{3,}$")


def _ends_inside_a_word_it_writes(text: str) -> bool:
    """Does the text end on katakana (or on three kanji or more) that it writes elsewhere only as the start of a longer
    word (「…本サービ」 in terms of 本サービス, 「…本ソフトウェ」, 「…当社と利用希」 in terms of 利用希望者)? A finished
    text ends on a whole word; an excerpt stops wherever it was cut."""
    for run_end, letter in ((_KATAKANA_RUN_END, _KATAKANA), (_KANJI_RUN_END, _KANJI)):
        m = run_end.search(text)
        if m is None:
            continue
        run, longer, whole = m.group(0), 0, 0
        i = text.find(run)
        while 0 <= i < m.start():
            if not (i and letter.match(text, i - 1)):  # (a run of its own, not the tail of another word)
                if letter.match(text, i + len(run)):
                    longer += 1
                else:
                    whole += 1
            i = text.find(run, i + 1)
        if longer > 0 and whole == 0:
            return True
    return False


def _ends_on_a_heading(ctx, end: int) -> bool:
    """Does the text end on the heading of an article with no text (「第8条」, 「◆第6条 利用制」)?"""
    arts = list(ctx.doc.all_articles())
    if not arts:
        return False
    last = max(arts, key=lambda a: a.span[0])
    return last.heading_span[1] >= end - 1 and not ctx.text[last.heading_span[1]:end].strip()


# the rule that says where such a text stops (its finding stands on the cut: not dropped with the cut word's)
TELLS_THE_CUT = "sentence-unterminated"
# what the last line of a finished text never ends with: a case particle, a comma, or the first kana of a verb's
# ending (…としま|す, …とな|る). (Not へ: a page's last line may be a link, 「トップページへ」; nor て, り, え, し: a
# heading ends 「…について」, a note 「…リスクあり」, a list 「…の差し替え」, 「…なし」.)
_CUT_AFTER = frozenset("をにがはのとでやも、，,まな")


# the marks a line of a list or a heading opens with
_MARKS = "◆◇■□●○・•*\\-"
# a line that is only a label: a paragraph's or item's number, a bullet, or an article's 第N with no 条 yet
_BARE_LABEL = re.compile(rf"^[{_MARKS}]?[ \u3000]*(?:[(（]?[0-9０-９一二三四五六七八九十]{{1,3}}[)）.．、,]?"
                         r"|第[0-9０-９一二三四五六七八九十]{1,3}|[\u2460-\u2473])?$")
# a paragraph's number after the last sentence, its line break lost (「…してはならない。3」)
_LABEL_AFTER_A_SENTENCE = re.compile(r"。[ \u3000]*(?:[(（]?[0-9０-９]{1,3}[)）.．]?|[\u2460-\u2473])$")
# a label then one or two characters of its text (「12.無断」, 「2.当院」, 「•本」): an item's text is longer than that
_LABEL_AND_A_STUB = re.compile(rf"^(?:[{_MARKS}][ \u3000]*|[(（]?[0-9０-９]{{1,3}}[)）.．、][ \u3000]*|[\u2460-\u2473][ \u3000]*"
                               r"|[一二三四五六七八九十]{1,3}[ \u3000]+)"
                               r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff々]{1,2}$")
# a sentence's first word or two after the last one closed (「…受講を制限します。通常」): no sentence is that short
# (not 以上, which closes a document)
_STUB_AFTER_A_SENTENCE = re.compile(r"。[ \u3000]*(?!以上)[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff々]{1,4}$")
# one character after a case particle and its comma (「…(以下、「利用代金」という。)を、ク」), or after a word of a list
# the clause's topic opens (「乙は、住所、連絡先、名」): the next word cut after its first letter
_STUB_AFTER_A_COMMA = re.compile(r"[をがはにでと][、，][\u3041-\u3096\u30a1-\u30fa\u4e00-\u9fff]$"
                                 r"|(?:は|が)[、，][^。\n]*[\u4e00-\u9fff\u30a1-\u30fa\u30fc]{2}[、，][\u4e00-\u9fff\u30a1-\u30fa]$")
# a last sentence that announces what comes below it (「下記の条件により…受けることができる。」): the text goes on
_ANNOUNCES_BELOW = re.compile(r"(?:下記|次の各号|次のとおり|次の通り|以下のとおり|以下の通り)[^。]*。$")
# a glossary's entry with no meaning after it (「(8) 「共済証書」」), a small kana no word ends on (「…キャ」), or a
# conjunction (「…本施設及び」): the text goes on past them
_ENTRY_ALONE = re.compile(r"^(?:[(（]?[0-9０-９]{1,3}[)）.．]|[\u2460-\u2473])?[ \u3000]*[「『][^「」『』]{1,30}[」』]$")
_OPEN_END = re.compile(r"(?:[ぁぃぅぇぉゃゅょゎァィゥェォャュョヮ]|及び|並びに|又は?|若しくは|および|ならびに|または|もしくは)$")
# a caption of the article to come (「(承認申請の方式)」, 「【解約】」): a finished text does not end on one
_CAPTION = re.compile(r"^[(（【〔][^()（）【】〔〕0-9０-９]{1,30}[)）】〕]$")  # (not a date: 【制定：令和元年7月1日】)


def _ends_on_a_caption(line: str) -> bool:
    return bool(_CAPTION.match(line)) and "以上" not in line


# what a sentence ends on: a verb, adjective or auxiliary in its 終止形 (as written: ある, 大きい, ます, た, ない)
_FINAL_AUX = frozenset(("ない", "た", "だ", "れる", "られる", "せる", "させる", "う", "よう", "たい", "ます", "ぬ", "ん",
                        "らしい", "まい", "です", "ず", "べし", "り", "たり", "なり"))
_JAPANESE_END = re.compile(r"[\u3041-\u3096\u30a1-\u30fa\u30fc\u3400-\u9fff々]$")
# what a noun phrase ending a clause's line stands after when the clause goes on: a case particle (「…事業者が提示」,
# 「…利用者に請」), a comma after a clause or a topic (「…通知し、理事会」, 「…それ以後は廃棄処」)
_CASE_PARTICLES = frozenset(("を", "が", "に", "で", "から", "より", "へ"))
_COMMA = re.compile(r"[、，]|(?<=[\u3041-\u3096\u30a1-\u30fa\u3400-\u9fff々]),")  # (a text may write , for 、)


def _has_comma(s: str) -> bool:
    return _COMMA.search(s) is not None
_NOUN_PHRASE = frozenset(("名詞", "接尾辞", "接頭辞", "連体詞", "形状詞"))  # (形状詞: 有効 of 有効期間)


def _last_sentence_start(line: str) -> int:
    """Where the last sentence of ``line`` starts: after its last 。 that closes a sentence, not one inside brackets
    (「…権利を含みます。)を意味」 goes on with the sentence the bracket stands in)."""
    end = len(line)
    while (k := line.rfind("。", 0, end)) >= 0:
        if line[k + 1:k + 2] not in ")）」』":
            return k + 1
        end = k
    return 0


def _ends_inside_a_clause(line: str) -> bool:
    """Does ``line``, which does not end in 。, end inside a clause? A verb or auxiliary in a form that goes on (「…説明を
    行い」, 「…に提供す」 of 提供する, 「…締結され」), a lone hiragana MeCab cannot read as a word (「…同意したとい」,
    「…ご用意く」), or a noun phrase right after a case particle (「…事業者が提示」, 「…利用者に請」), a comma after a
    clause or a topic (「…通知し、理事会」, 「…それ以後は廃棄処」). Not an item's noun after の or a verb
    (「(5) 交通費等の実費」, 「(3) 前各号に準ずる者」), a heading, a title or a name; not a line ending in no kana or
    kanji (a date, an address, a URL); nor a noun phrase in a line with no comma before it: a headline may end on a
    noun after を (「【2025年3月31日】利用規約を追加」)."""
    if len(line) < 8 or not _JAPANESE_END.search(line):
        return False
    toks = tokenize(line[-40:])
    if len(toks) < 3:
        return False
    last, before = toks[-1], toks[-2]
    if last.pos in ("動詞", "形容詞"):  # (after its object, an adverb or a verbal noun: 「…の差し替え」 is a list's item)
        return last.surface[-1] != last.lemma[-1] and (
            before.pos == "助詞" and before.surface in _CASE_PARTICLES or before.pos in ("副詞", "形容詞")
            or last.lemma == "為る" and before.pos == "名詞")
    if last.pos == "助動詞":
        return last.surface not in _FINAL_AUX
    if len(last.surface) == 1 and is_hiragana(last.surface) and last.pos in ("記号", "名詞", "感動詞", "形状詞"):
        return True  # (「…回収するにあ」: あ of あたり, read as a filler; 「…支払債務そ」: そ of その)
    if last.pos == "助詞" and last.surface == "へ":
        return _has_comma(line)
    if last.pos == "助詞" and last.surface == "つ" and before.surface == "に":
        return True  # 「…傷等につ」: について cut after its first kana
    if last.pos == "助詞" and last.pos2 == "終助詞" and len(last.surface) == 1 and before.pos in ("動詞", "助動詞"):
        return True  # 「…次の各号に定めるい」: いずれか cut after its first kana, which MeCab reads as a final particle
    if last.pos == "助詞" and last.surface in ("て", "で") and before.pos in ("動詞", "助動詞"):
        # 「…個人正会員は、第19条に従って」, 「…利用回数が設定されて」: a clause that goes on; a heading (「…について」) has
        # no comma or topic before it
        return _has_comma(line) or "は" in line[:-3]
    if last.pos not in ("名詞", "接尾辞"):
        return False
    if not _has_comma(line[_last_sentence_start(line):]):
        return False  # a headline's noun may end it (「【2025年3月31日】利用規約を追加」); a clause cut has a comma before
    i = len(toks) - 1
    # (through the の that joins nouns: 「…をいい、有効期間の起算日」)
    while i > 0 and toks[i - 1].end == toks[i].start and (toks[i - 1].pos in _NOUN_PHRASE or (
            toks[i - 1].surface == "の" and toks[i - 1].pos == "助詞" and i > 1 and toks[i - 2].pos in _NOUN_PHRASE)):
        i -= 1
    if i == 0 or toks[i - 1].end != toks[i].start:
        return False
    before = toks[i - 1]  # (what stands before the noun phrase)
    if before.surface in _CASE_PARTICLES:
        return before.pos == "助詞"
    if before.pos == "助動詞" and before.surface in ("た", "だ") or before.pos == "動詞" and before.surface[-1] == before.lemma[-1]:
        # 「…甲は乙等がすでに納入した使用」: a noun a clause modifies, its predicate still to come after the topic
        return "は" in line[_last_sentence_start(line):]
    if before.surface in ("、", "，"):  # after a clause (「…通知し、理事会」), not in a list of nouns (「氏名、住所」)
        return i > 1 and toks[i - 2].pos not in _NOUN_PHRASE and toks[i - 2].pos != "補助記号"
    return before.surface in ("は", "も") and before.pos == "助詞"


# what the last line of a text cut off shows, the cheap tests first (the last one tags the line)
_LAST_LINE_SIGNALS = (lambda line: line[-1] in _CUT_AFTER, brackets_open, _BARE_LABEL.match,
                      _LABEL_AFTER_A_SENTENCE.search, _LABEL_AND_A_STUB.match, _ENTRY_ALONE.match, _OPEN_END.search,
                      _STUB_AFTER_A_SENTENCE.search, _STUB_AFTER_A_COMMA.search, _ANNOUNCES_BELOW.search,
                      _ends_on_a_caption, _ends_on_a_cut_word, _ends_inside_a_clause)


# a definition opened (「「取得情報」とは、」) and its meaning never given (をいう): the sentence goes on past the end
_OPEN_DEFINITION = re.compile(r"[」』]とは[、，,]?(?!.*(?:をいう|をいい|を指|を意味|のこと))")


def _finished(line: str) -> bool:
    """Does ``line`` end on a predicate in the form that ends a sentence (施行します, 置くものとする)?"""
    toks = tokenize(line[-20:])
    if not toks:
        return False
    last = toks[-1]
    return last.pos in ("動詞", "形容詞") and last.surface[-1] == last.lemma[-1] \
        or last.pos == "助動詞" and last.surface in _FINAL_AUX


# a document's sentences end in 。 when this share of its lines with a comma do, and there are this many of them
_ENDS_IN_KUTEN, _SENTENCE_LINES = 0.9, 3
_SENTENCE_LINE = re.compile(r"^.{12,}$")


def _label_number(line: str) -> int | None:
    """The number of the item label a (normalized) line opens with: (5), 5), ⑤, 五."""
    lab = grammar.match_item_label(line)
    return lab.number if lab is not None else None


def _last_of_its_list(text: str, last: str) -> bool:
    """Does the text end on the last item of a list whose item before it is labelled one less and ends as this one does,
    without 。 (a list of nouns, 「…おそれがあるもの」)? Items of that kind are whole without 。."""
    n = _label_number(last)
    if n is None or n < 2 or last.endswith(("。", "、", "，")):
        return False
    lines = [ln.strip(" \u3000\t") for ln in text.rstrip().split("\n")[-8:-1] if ln.strip()]
    before = lines[-1] if lines else ""
    # (ending as the one before does, on the same noun: 「…おそれがあるもの」, 「…消去することとなるもの」; not 「…又は第3号の」)
    return _label_number(before) == n - 1 and not before.endswith("。") and len(last) > 2 \
        and last[-2:] == before[-2:]


def _last_line(text: str) -> str:
    return text[text.rfind("\n") + 1:].strip(" \u3000\t")


def _open_clause(last: str, topic: bool = False) -> bool:
    """Is ``last`` a clause with no 。 at its end: a comma in it (or, with ``topic``, a は), Japanese at its end, and no
    bullet before it (a bulleted item ends without 。: 「•その他，当社が…相当でないと判断した場合」)?"""
    return len(last) >= 2 and last[-1] not in "。．.」』）)" and (_has_comma(last) or topic and "は" in last) \
        and _JAPANESE_END.search(last) is not None and not _BULLETED.match(last)


def _ends_unlike_its_sentences(text: str, last: str) -> bool:
    """Does the last line, a clause (a comma or a topic in it) with no 。 at its end, stop where the document's other
    sentences all end in 。: on no predicate that ends a sentence (「…のいずれ」), or inside a definition whose meaning it
    never gives (「「取得情報」とは、…当社が自動で取得する」)? A page's excerpt stops so; a whole sentence that lost its
    。 (「…から施行します」) and a document that ends its sentences without 。 are left alone."""
    if not _open_clause(last, topic=True):
        return False
    if _finished(last) and not _OPEN_DEFINITION.search(last):
        return False  # 「…から施行します」: a whole sentence that lost its 。 (sentence-unterminated tells it), no cut
    return _ends_sentences_in_kuten(text)


_POLITE_END = re.compile(r"(?:ます|ません|です|でした|ました|ください|下さい)[」』）)]*[。．]$")


def _ends_out_of_register(text: str, last: str) -> bool:
    """Does the last line, a clause with no 。, end on a plain predicate (「…変更することがあり、当社が任意に定めた」) in a
    text whose sentences all end politely (ます, です)? A polite text's sentence does not end so: the clause goes on
    past the end (定めた方法により…)."""
    if not _open_clause(last) or _ITEM_LINE.match(last) or _POLITE_END.search(last + "。") or not _finished(last):
        return False
    clauses = _clauses(text)
    polite = sum(1 for ln in clauses if _POLITE_END.search(ln.rstrip("」』）)") if ln.endswith(("。", "．")) else ""))
    return len(clauses) >= _SENTENCE_LINES and polite >= _ENDS_IN_KUTEN * len(clauses)


def _clauses(text: str) -> list[str]:
    """The lines of ``text`` before its last that are clauses (a comma in them, some length; not an item's line)."""
    lines = [ln.strip(" \u3000") for ln in text.split("\n")[:-1]]
    return [ln for ln in lines if _has_comma(ln) and _SENTENCE_LINE.match(ln) and not _ITEM_LINE.match(ln)]


def _ends_sentences_in_kuten(text: str) -> bool:
    """Do the lines of ``text`` before its last, those that are clauses, end in 。?"""
    clauses = _clauses(text)  # (not an item's line, which names a thing without 。: 「(2) 業務概要、業務調査・経歴書」)
    ended = sum(1 for ln in clauses if ln.rstrip("」』）)")[-1:] in ("。", "．"))
    return len(clauses) >= _SENTENCE_LINES and ended >= _ENDS_IN_KUTEN * len(clauses)


def stops_without_its_kuten(ctx) -> bool:
    """Does the text of ``ctx`` stop on a clause with no 。 where its other sentences all have one, a whole sentence
    though it reads (「…さらに1年間継続するものとし、その後も同様とします」)? Not a cut for sure (a finished text may
    drop its last 。), but enough to leave the articles past its end unasked for: a page's excerpt stops so. Not a text
    that reaches its 附則 (「…から施行します」 closes it), whatever its last 。."""
    def read() -> bool:
        if ctx.doc.supplementary:
            return False
        text = ctx.full.text[:text_end(ctx)]
        return _open_clause(_last_line(text)) and _ends_sentences_in_kuten(text)
    return ctx.full.memo("cut_text.stops_without_its_kuten", read)
