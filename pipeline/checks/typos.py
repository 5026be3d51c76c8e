"""typo: misspellings found by statistics and by the characters themselves, not by a list of known strings.

Detectors, each stating its evidence and, where one follows, its correction:

1. **Look-alike characters.** A Kangxi radical (⽤ U+2F64), a CJK radical supplement character or a CJK
   compatibility ideograph in the source looks exactly like a kanji but is another character: text pasted
   from a PDF carries them, and search, diff and the reader's copy-paste then fail. Normalization folds
   them (so the other checks read the kanji), which is why this rule reads the source. Likewise a katakana
   among kanji or a kanji among katakana that looks the same (反社会的勢カ, エ事, 二ーズ, and ー after a kanji: 同ー)
   when swapping it makes a word MeCab knows and the text as written is none, and a katakana ニ labelling a line
   between the lines labelled 一、 and 三、 (the kanji numeral 二). A Han character no Japanese
   character set holds (JIS X 0213, cp932) is a simplified Chinese form pasted in (用语): reported without a
   correction, which no table here gives.
2. **Compounds that are not words.** Two kanji that MeCab cannot read as one word of its dictionary (法|機, or
   習要 taken whole as an unknown word) next to each other inside a compound, where changing one of them to a kanji with the same on reading, or with the same
   radical and nearly the same stroke count, gives a word that e-Gov law text uses (法機 → 法規). The model
   (pipeline/data/law_model.json.gz, built by ``python -m pipeline.cli.build_law_model``) holds the word counts
   and the Unihan readings and radicals. Kanji numerals, counters after them (二号中) and 第/同/各 prefixes are never compounds of this kind.
   A kanji MeCab reads as an affix (際|新, 代|象) counts as lone too, if the correction makes the clause read
   better by the margin of a kanji slip (5). Where law text has no such word (the model holds three laws:
   現実, 撮影, 改築 are not among their words), a word of MeCab's dictionary will do, with a far wider margin: a
   warning where general Japanese writes it ten times in a million words or more (wordfreq's list), a note otherwise.
   A kanji MeCab reads as a symbol (緊|吸) counts as lone, and a one-kanji noun before a verb (操|失する) is weighed
   only by a law word that reads 8,000 better (その旨示されて: を left out, 7,000).
   A productive suffix after a compound MeCab reads as words (自治|体|別: data/suffix_kanji.tsv) makes no pair of
   this kind, nor does a variant form of a kanji (髙橋: data/kanji_variants.tsv) where its standard form makes a word,
   nor a prefix of quantity heading a noun after words (会則|全|項: data/prefix_kanji.tsv), nor (here and in 7) the
   junction of two words the document writes (本会|会員). Two kanji standing alone between kana or marks (皆様への
   通地を, 重大な過一に) that no dictionary knows, one kanji from a word law text uses twenty times or more, are a
   slip of it even where law text writes the two side by side across its words (普|通地|方) or the second is a
   numeral (typos_lone_pair.py); a number's counter (二分の一, ◯名様) and a word going on in kana (手触り) are not.
3. **Endings the document itself contradicts.** A clause ending whose last four kana law text never writes
   (されなし, のします), written once, where the document writes an ending one keystroke away at least three
   times (されない, のとします): the last kana changed (not a particle: ではない/できない are both Japanese;
   an inner change is as often another verb, かなうこと/ないこと) or one after the first dropped (ものします →
   ものとします); a kana put back is preferred to one changed (できませ → できません, not the reverse できます).
   The continuative form of the usual ending's word before a comma (ではなく、 beside ではない) goes on into a clause.

4. **Kana slips inside a phrase.** A hiragana run with a 3-gram law text never writes (and the document
   writes once) where changing or putting back one kana makes 3-grams law text writes often, and MeCab's
   own model of Japanese (the cost of its best reading, from a cost-only tagger) finds the clause far more
   natural (にえいて → において, するけと → すること); or, for a dropped kana, the document itself writes
   the phrase with it at least five times (置くものし、 → 置くものとし、), or law text's drafting 4-grams vouch for
   it (できるものし → ものとし; することできない → ことができない), never after a clause quoted by と for the verb
   that follows (放棄したとは見なされない). A correction into law's staple phrases (について, により) needs a smaller margin.
   Where law text is too thin a model of everyday Japanese (ことがあります, けたときは), the document's own
   phrase around the correction written five times, or every 3-gram of it written somewhere and a far wider
   margin, will do; a particle changed (unless only its voicing mark: か/が), a conjunction, auxiliary or prefix
   changed, or a verb's okurigana changed is another word, never reported this way. Nor is a conjunctive particle
   after a verb's 終止形 and before a comma (するものとするが、): two clauses joined, which law text never writes. Nor, by any path, is a change
   inside an adverb or conjunction the dictionary lists under a kanji spelling (すぐに → するに: 直ぐ), or a one-kana
   auxiliary made a particle (されず → されて). A kana typed twice or one too many (といいいます, ものとしいます) is
   taken out where the document writes the kana around the gap without it, never a kana of a particle (者のみ).
   A staple is judged by what the kana makes with those before it (する|こ|と of するそとなく, whatever word
   follows); where law text's 3-grams correct nothing, a kana one romaji key away (ko typed so, o or ke; mo typed
   ho: typos_romaji.py) will do with the margin MeCab needs alone, every 3-gram it makes written by law text or the
   document, not the run's first kana (the end of the word before, or a particle after a noun) nor kana that run
   on into a katakana or Latin name.
   A run MeCab reads as one noun closing a name quoted in 「」 (「自治連だより」) is the name as written.
5. **Kanji slips inside a compound.** A kanji that MeCab reads as a word of its own, whose pairs with both
   neighbours law text never writes and the document writes at most twice, and that becomes a word law text
   uses when changed to a kanji of the same on reading or radical (Unihan), with MeCab's cost falling by a
   wide margin (支払起限 → 支払期限, 弁更 → 変更). Numerals and their counters, and kanji that make a word
   with a neighbour as written (生|年月日), are left alone.
6. **A romaji letter left by the input method.** One lower-case consonant between a hiragana and Japanese
   text (賠償すr責任): the kana it stood for is not known, so no correction is offered.
7. **The document's own staples.** Where the law model cannot vouch, the document can: a pair of kanji, a
   kanji and its kana, or a katakana word it writes often (its staples: 組合員, 及び, ガーデンズ) beside a form
   written once that is one kanji of the same reading or shape, or one long-vowel mark, small tsu or small kana
   away (措合員, 九び, ガデンズ), even when the dictionary knows the rare form (措合, 成合); and, for kana slips
   in polite endings law text never writes (もほとします), the document's own frequent 3-grams. A word of the
   dictionary law text never writes, beside a pair the document writes only a few times, is a slip where the
   document writes that pair with the same neighbours (送信間数 among 送信件数 ×4, 同異を得 among 同意を得). Where
   the pair ends or starts a compound the document writes without its kanji (秘密情報法に among 秘密情報 ×21), the
   kanji is one too many, and is taken out rather than changed (not 方法). A suffix standing alone after a
   katakana word, written once, one kanji of the same reading or shape from the one the document writes after that
   word (本サービス当の among 本サービス等 ×91), with MeCab reading it better.
8. **A conjunction cut short between two words.** A conjunction written once as a kana run between two kanji
   words, where the document writes it one kana longer there ten times or more (起因また関連 among または ×23).
9. **A kanji dropped from the document's compound.** A run of kanji written once that is a compound the document
   writes at least twice with one kanji taken out of it, first or inside, where the kanji taken out makes a word
   with its neighbour (留資格 among 在留資格: 在留; 長間労働 among 長時間労働: 時間). A kanji that makes no word with its
   neighbour is a prefix of its own (再|委託先), and a compound cut short at its end mostly a word too (利用時).
10. **A verb form the tagger reads broken.** An い lost between a verb and いただく／いたす (お支払いただきます,
   お願いたします: the verb's continuative ends in い, and MeCab reads the verb without it); the dakuten lost from
   できる after a verbal noun (把握てきない: MeCab reads 的 in kana, then a verb's ending); 幣 for the humble 弊 before
   an organization noun (幣社, 幣団体); 及 dropped from 及び between two nouns (入会金び会費); the と of ものとします
   dropped after a verb (通知するものします) or, in law's forms, after an adjective (ないものして); a lone small Latin
   letter glued to a clause's end (送信する行為z); わ for the particle は or を inside a sentence (することわできない);
   こと typed as この or ごと before a particle (お送りするごともあります); いる of a thing the document writes with ある
   (事由がいるとき); a digit before 十 (5十以内) and an era mistyped before a year (平場14年).
11. **A loanword misspelled in katakana.** One long-vowel mark, small tsu or small kana dropped, added or out of
   place, or a kana struck twice, where the correction is a word of the dictionary MeCab reads far better
   (コミュニケション, アンケト), or the document writes it or its corrected part (サバー beside サーバー ×3,
   エイリアスメルアドレス beside メールアドレス); large kana for small out of the document's style (ネツトワーク).
12. **Fixed formulas one kana or kanji off.** The phrases that close clauses (ものとます, ならかない), the one that
   opens a definition (（会下「…」という。） for 以下) and the one that carries it on (…をいう。会下同じ。).

Detectors 2, 5 and the kanji pairs and kanji-with-kana forms of 7 are in typos_kanji.py, 9 in typos_dropped.py,
10 in typos_forms.py, 11 in typos_katakana.py, 12 in typos_formulas.py; what the detectors share
(the law model, MeCab's cost of a reading) in typos_base.py.

Recall and precision of 4 and 5 are measured by bench/bench_checks_planted.py (slips planted at random in
real documents; the findings on the documents as they are, read by hand).

Severity: look-alikes are errors (the text is wrong whatever it means); the statistical findings are
warnings. Everything the model does not know stays silent.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections import ChainMap, Counter
from functools import lru_cache
from itertools import chain

from . import Context, LineMemo, finditer, is_kanji, is_katakana, load_tsv, notation_groups, rule, spaced_in_source
from .chars import foreign_kanji
from ..grammar import int_to_kanji, kanji_to_int
from ..normalize import FOLD, VARIANT_IDEOGRAPHS
from ..tokens import is_known_word, tagged_line, tokenize, verbs_read_as_written
from .typos_base import (
    _KANJI_CH, _MIN_GAIN, _PARTICLES, _STAPLE_FIX, _STAPLE_GAIN, _SURE_GAIN, _dakuten_pair, _is_word, _path_cost,
    conjugated, general_frequency, kana3, model, reads_as_a_name, variable_letters,
)
from .typos_doubled import doubled_kanji_findings
from .typos_dropped import dropped_kanji_findings
from .typos_set_phrases import address_slip_findings, set_phrase_slip_findings, teki_as_homophone_findings
from .typos_formulas import definition_opening_findings, formula_slip_findings, kana_phrase_slip_findings
from .typos_hangul import hangul_in_japanese_findings
from .typos_katakana import katakana_findings
from .typos_lone_pair import lone_pair_findings
from .typos_triple import triple_slip_findings
from .typos_swapped import swapped_kanji_findings
from .typos_lost_bytes import lost_lead_byte_findings
from .typos_tail import clause_tail_findings
from .typos_romaji import romaji_slip_fix
from .typos_forms import (dropped_conjunction_findings, dropped_dakuten_findings, dropped_to_findings,
                          humble_hei_findings, humble_i_findings, lone_conjunction_kanji_findings, stray_letter_findings,
                          tripled_kana_findings, doubled_kana_findings, choon_between_digits_findings,
                          katakana_cut_at_sokuon_findings, doubled_conjunction_findings, katakana_he_findings,
                          pronounced_wa_findings, sa_ire_findings, voicing_slip_findings, koto_ka_findings,
                          item_closer_findings, potential_wish_findings, verb_naki_findings,
                          conjunction_kanji_slip_findings, koto_as_goto_findings, aru_as_iru_findings,
                          digit_then_ten_findings, era_slip_findings,
                          koto_as_kono_findings)
from .typos_kanji import (
    _compound_findings,
    _doc_compound_homophone_findings, _doc_context_findings,
    _doc_word_findings,
    _kanji_kana_findings,
    _kanji_slip_findings,
    _katakana_suffix_findings,
    _similar,
    _words_by_char,
)
from .terms_self import LEGAL_FORMS
from .wording import compound_particle_findings, listed_confusables


# ------------------------------------------------------------------ 1. look-alike characters

_LOOKALIKE = re.compile("[\u2e80-\u2ef3\u2f00-\u2fd5\uf900-\ufad9" + "".join(VARIANT_IDEOGRAPHS) + "]")


# One character that stands for a label of the list the document writes otherwise: ➁ (a dingbat, U+2780-2789) among
# ①②③, ⒈ (DIGIT ONE FULL STOP…, U+2488-249B) among 「1.」 「2.」. A list written in ➀➁➂ or ⒈⒉⒊ throughout is the
# writer's labels. (look-alike characters, the labels the document writes, what to write, how the labels are named,
# the severity: ➁ is compared as ② and no reader sees it; ⒈ reads as 1.)
_LABEL_LOOKALIKES = (
    (re.compile("[\u2780-\u2789]"), re.compile("[\u2460-\u2473]"), lambda ch: FOLD[ord(ch)], "「①②③」",
     "the circled numbers ①②③", "error"),
    (re.compile("[\u2488-\u249b]"), re.compile(r"(?m)^[ \u3000]*[0-9０-９]{1,2}[.．]"), lambda ch: f"{ord(ch) - 0x2487}.",
     "「1.」「2.」", "「1.」 「2.」", "warning"),
)


def _label_lookalike_findings(ctx: Context):
    src = ctx.doc.source.text
    for chars, labels, written, named_ja, named_en, severity in _LABEL_LOOKALIKES:
        if not chars.search(src) or not labels.search(src):
            continue
        for m in chars.finditer(src):
            i = ctx.doc.norm.index_of(m.start())
            if i is None:
                continue  # removed with page furniture
            ch, want = m.group(0), written(m.group(0))
            yield ctx.finding(
                "typo", (i, i + 1),
                f"「{ch}」（U+{ord(ch):04X}）は「{want}」に似た別の記号です。この文書はほかの番号を{named_ja}と書いています。"
                f"「{want}」と書きます。",
                f"「{ch}」 (U+{ord(ch):04X}) is a symbol that looks like 「{want}」, among labels the document writes as "
                f"{named_en}; write 「{want}」.",
                suggestion=want, severity=severity, excerpt=src[max(0, m.start() - 6):m.end() + 6])


_MANY_LOOKALIKES = 5  # kinds of look-alike in one text beyond which they are one slip of the copy, told once


def _lookalike_findings(ctx: Context):
    """Each look-alike is an error where the document first writes it (with how many times it does); its other places
    are notes: a PDF's text holds the same radical dozens of times, one slip of the copy to fix throughout."""
    yield from _label_lookalike_findings(ctx)
    src = ctx.doc.source.text
    found = list(_LOOKALIKE.finditer(src))
    times = Counter(m.group(0) for m in found)
    told: set[str] = set()
    # a text pasted from a PDF whose font maps many kanji to their radicals (「⽣」「⽤」「⾄」…): one error says so for
    # the whole text, with every character; each character's places are notes
    kinds = [ch for ch in times if FOLD.get(ord(ch), ch) != ch and len(FOLD.get(ord(ch), ch)) == 1]
    many = len(kinds) > _MANY_LOOKALIKES
    for m in found:
        ch = m.group(0)
        kanji = FOLD.get(ord(ch), ch)  # the kanji normalization compares it as
        if kanji == ch or len(kanji) != 1:
            continue  # no kanji it stands for
        i = ctx.doc.norm.index_of(m.start())
        if i is None:
            continue  # removed with page furniture
        if ch in VARIANT_IDEOGRAPHS:
            ja = f"「{ch}」（U+{ord(ch):04X}）は「{kanji}」の異体字で、日本語の文字集合（JIS X 0213）にない文字です。「{kanji}」と書きます。"
            en = (f"「{ch}」 (U+{ord(ch):04X}) is a variant form of 「{kanji}」 outside the Japanese character sets (JIS X "
                  f"0213); write 「{kanji}」.")
        else:
            name = unicodedata.name(ch, f"U+{ord(ch):04X}")
            ja = (f"「{ch}」は漢字「{kanji}」と同じ形の別の文字（{name}、U+{ord(ch):04X}）です。"
                  f"PDFからの貼り付けで混入しやすく、検索や照合で一致しません。")
            en = (f"「{ch}」 is {name} (U+{ord(ch):04X}), a look-alike of the kanji 「{kanji}」 (typical of text pasted "
                  f"from a PDF); search and comparison will not match it.")
        first = ch not in told
        told.add(ch)
        if times[ch] > 1:
            ja += f"（この文書に{times[ch]}か所）" if first else "（この文字の最初の箇所を参照）"
            en += f" ({times[ch]} places in the document.)" if first else " (See its first place.)"
        if many and len(told) == 1 and first:
            listed = "、".join(f"{c}→{FOLD[ord(c)]}" for c in kinds[:12]) + ("など" if len(kinds) > 12 else "")
            ja += (f"この文書には同じ種類の文字が{len(kinds)}種類、計{sum(times[c] for c in kinds)}か所あります（{listed}）。"
                   f"PDFのフォントが漢字を部首の文字に置き換えたものと思われ、全体をNFKC正規化すると直ります。")
            en += (f" The document holds {len(kinds)} such characters in {sum(times[c] for c in kinds)} places (a PDF's "
                   f"font mapping kanji to radicals); normalizing the whole text (NFKC) mends them.")
        severity = "error" if first and (not many or len(told) == 1) else "info"
        yield ctx.finding("typo", (i, i + 1), ja, en, suggestion=kanji, severity=severity,
                          excerpt=src[max(0, m.start() - 6):m.end() + 6])


# A character that looks like the one a date or a label needs, where only that one can stand: 「4月1目」 (目 for 日 after
# a month and a day's number), 「第l章」 (the letter l or I for the digit 1 in a label).
_DAY_AS_EYE = re.compile(r"(?<=[0-9０-９一二三四五六七八九十]月)(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})(?P<c>目)")
_LETTER_AS_ONE = re.compile(r"(?<=第)(?P<c>[lIｌＩ])(?=[0-9０-９]*[章条項号節款編])")
# 「弟5条」: 弟 (younger brother) for the 第 of a label, one stroke apart; no word has 弟 before a number and 条
_BROTHER_AS_DAI = re.compile(r"(?P<c>弟)[0-9０-９一二三四五六七八九十百]+[章条項号節款編]")
# 「完了確認·代金支払い」: the Latin middle dot (U+00B7, or the dot operators U+2219 and U+22C5) between Japanese words,
# where Japanese writes the katakana middle dot 「・」 (a page converted from another script's typography)
_LATIN_DOT = re.compile(r"[\u3041-\u30fa\u30fc\u4e00-\u9fff々](?P<c>[\u00b7\u2219\u22c5])[\u3041-\u30fa\u30fc\u4e00-\u9fff々]")


def _set_apart_in_source(ctx: Context, at: int) -> bool:
    """Does the source set the character at normalized ``at`` apart with a space on either side?"""
    src = ctx.doc.source.text
    a, b = ctx.doc.norm.source_span((at, at + 1))
    return src[a - 1:a] in (" ", "\u3000") or src[b:b + 1] in (" ", "\u3000")


def _lookalike_in_number_findings(ctx: Context):
    text = ctx.text
    for rx, right, what_ja, what_en in ((_DAY_AS_EYE, "日", "日付の「日」", "the 日 of a date"),
                                        (_LETTER_AS_ONE, "1", "番号の数字「1」", "the digit 1 of a label"),
                                        (_BROTHER_AS_DAI, "第", "番号の「第」", "the 第 of a label"),
                                        (_LATIN_DOT, "・", "中黒「・」", "the Japanese middle dot 「・」")):
        for m in ctx.finditer(rx):
            at = m.start("c")
            wrong = m.group("c")
            if rx is _LATIN_DOT and _set_apart_in_source(ctx, at):
                continue  # 「…削除されます · 文字起こしは…」: a separator set apart between sentences, not a word's dot
            yield ctx.finding(
                "typo", (at, at + 1),
                f"「{m.group(0)}」の「{wrong}」は{what_ja}の誤りと思われます（形の似た文字）。",
                f"「{wrong}」 in 「{m.group(0)}」 is a look-alike of {what_en}.",
                suggestion=text[m.start():at] + right + text[at + 1:m.end()], severity="warning",
                excerpt=text[max(0, m.start() - 4):m.end() + 4])


_MD_LINK_LABEL = re.compile(r"\[([^\]\n]{1,40})\]\([^)\n]*\)")


def _foreign_kanji_findings(ctx: Context):
    text = ctx.text
    # each Han character the document writes (a few thousand), weighed once: the BMP's blocks and those beyond it
    # (the BMP's blocks only: beyond it are the kanji of names JIS X 0213 holds, 𠮷 of 𠮷田, which Python's codec lacks)
    foreign = {ch for ch in set(ctx.scanned_text) if "\u3400" <= ch <= "\u9fff" and foreign_kanji(ch)}
    if not foreign:
        return
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    # (a Markdown link's label, 「[简体中文](./terms)」 in a page's language switcher, names the page in its language)
    labels = [m.span(1) for m in _MD_LINK_LABEL.finditer(src)] if ctx.doc.source.format == "markdown" else []
    for m in ctx.finditer(re.compile("[" + "".join(sorted(foreign)) + "]")):
        i, ch = m.start(), m.group(0)
        if labels and any(a <= offsets[i] < b for a, b in labels):
            continue
        yield ctx.finding(
            "typo", (i, i + 1),
            f"「{ch}」（U+{ord(ch):04X}）は日本語の文字集合（JIS X 0213）にない漢字です。中国語の簡体字などが混入したものと"
            f"思われます。",
            f"「{ch}」 (U+{ord(ch):04X}) is a Han character outside the Japanese character sets (JIS X 0213, cp932): "
            f"a simplified Chinese form, most likely, pasted into the text.",
            severity="warning", excerpt=text[max(0, i - 6):i + 6],
        )


# Katakana and kanji that look the same in most fonts: typed or OCR'd one for the other (反社会的勢カ, エ事, ロ座, 二ーズ).
_KANA_KANJI = {"カ": "力", "エ": "工", "ロ": "口", "ニ": "二", "ハ": "八", "タ": "夕", "ト": "卜", "ー": "一"}
_KANJI_KANA = {v: k for k, v in _KANA_KANJI.items()}
_KATA = re.compile(r"[\u30a1-\u30fa\u30fc]")
_IROHA = set("イロハニホヘト")
_HIRA = re.compile(r"[ぁ-ゖ]")
_AFTER_ONE = set("にのつをはがと")
_BEFORE_ONE = frozenset("のはがをにともでへや")  # the particles 一 may follow (各号の一に, 次の各号のいずれか一に)
_IROHA_BEFORE = set("号イロハニホヘト")
_IROHA_AFTER = set("又及若並、，からま")
# 一 among katakana is never looked at, so the scan skips it (the numeral 一 is everywhere in a law); ー only after
# a kanji.
_KANA_SIDE = "".join(k for k in _KANA_KANJI if k != "ー")
_KANJI_SIDE = "".join(k for k in _KANJI_KANA if k != "一")
# a kanji of the pairs (二 is everywhere in a law) only next to a katakana: the regex, not Python, skips the rest
# ー right after a kanji and before no katakana lengthens no vowel (it follows kana only): 同ー for 同一; after a
# hiragana of legal prose it lengthens none either (各号のーに for 各号の一に: a particle is never drawn out)
# A dash typed or converted for 一 between a particle and the kanji 一 makes a word with (「全部または－部」): no dash
# stands between a particle and a kanji in prose
_ONE_DASHES = "－‐―−"
_SWAPPABLE = re.compile(
    f"[{_KANA_SIDE}]|[{_KANJI_SIDE}](?=[\u30a1-\u30fa\u30fc])|(?<=[\u30a1-\u30fa\u30fc])[{_KANJI_SIDE}]"
    "|ー(?<=[\u4e00-\u9fff々ぁ-ゖ]ー)(?![\u30a1-\u30fa\u30fc])"
    f"|[{_ONE_DASHES}](?<=[ぁ-ゖ].)(?=[\u4e00-\u9fff])")


def _word_around(text: str, pos: int, char_class) -> tuple[int, int]:
    s = pos
    while s > 0 and char_class.match(text[s - 1]):
        s -= 1
    e = pos + 1
    while e < len(text) and char_class.match(text[e]):
        e += 1
    return s, e


def _swapped_findings(ctx: Context):
    """A lone katakana among kanji (勢カ → 勢力) or a lone kanji among katakana (二ーズ → ニーズ), where the swap
    makes a word MeCab knows and the text as written is not one."""
    text = ctx.text
    for m in ctx.finditer(_SWAPPABLE):
        p, c = m.start(), m.group(0)
        left, right = text[p - 1:p], text[p + 1:p + 2]
        if c in _ONE_DASHES:
            c = "ー"  # read as the long-vowel mark is: after a particle, before the kanji 一 makes a word with
        glued = False  # 「入力/出カポート」: the kanji word's last kanji typed as katakana, a katakana word after it
        if c in _KANA_KANJI:
            if _KATA.match(right) and _KANJI_CH.match(left) and not _KATA.match(left):
                rest = _word_around(text, p + 1, _KATA)[1]
                glued = rest - p > 2 and _is_word(left + _KANA_KANJI[c]) and _is_word(text[p + 1:rest]) \
                    and not _is_word(text[p:rest])
            if not glued and (_KATA.match(left) or _KATA.match(right) or not (
                    _KANJI_CH.match(left) or _KANJI_CH.match(right) or (c == "ー" and _HIRA.match(left)))):
                continue  # part of a katakana word, or not next to any kanji
            if c == "ー" and right.isdecimal():
                continue  # 「…父母会の会則ー1.」: a dash before a number (the title's part 1), no 一
            other, cls = _KANA_KANJI[c], _KANJI_CH
        elif c in _KANJI_KANA and c != "一":
            if _KANJI_CH.match(left) or _KANJI_CH.match(right) or not (_KATA.match(left) or _KATA.match(right)):
                continue  # part of a kanji compound, or not next to katakana
            if c in "二八" and re.match(r"[0-9０-９〇一二三四五六七八九十]", left + right):
                continue
            if left in "ノケヶ" and _KANJI_CH.match(text[p - 2:p - 1]):
                continue  # 「序ノ口」, 「霞ケ関」: kanji joined by a katakana particle, a name written so
            other, cls = _KANJI_KANA[c], _KATA
        else:
            continue
        if c in _IROHA and (left in _IROHA_BEFORE or right in _IROHA_AFTER):
            continue  # 「同号イ若しくはニ又は」: an item label (イロハニ), not a word
        def fixed(a: int, b: int, p=p, other=other) -> str:  # text[a:b] with the swap (no copy of the whole text)
            return text[a:p] + other + text[p + 1:b] if a <= p < b else text[a:b]

        if c == "ー" and _HIRA.match(left):
            # の一に, の一つ, の一部: 一 alone after a particle, before a particle or the kanji it makes a word with
            if not (right in _AFTER_ONE or (_KANJI_CH.match(right) and _is_word(other + right))):
                continue
            before = ctx.token_at(p - 1)
            if before is None or before.pos != "助詞" or before.surface not in _BEFORE_ONE:
                continue  # 「やみすきーは」, 「ぷらねたりー利用規約」: a name in hiragana drawn out, as names are
            s, e = p - 1, p + 2
        elif cls is _KANJI_CH:  # the kanji compound it belongs to: 勢|カ → 勢力, エ|事 → 工事
            pairs = [(p - 1, p + 1), (p, p + 2)]
            if c in _IROHA:
                if _KANJI_CH.match(left):
                    continue  # 「額ロ自己株式」: an item label glued to the item before
                pairs = [(p, p + 2)]
            if glued:
                pairs = [(p - 1, p + 1)]
            spans = [(a, b) for a, b in pairs if a >= 0 and b <= len(text) and all(_KANJI_CH.match(x) for x in fixed(a, b))]
            found = next(((a, b) for a, b in spans if _is_word(fixed(a, b)) and not _is_word(text[a:b])), None)
            if found is None:
                continue
            s, e = found
        else:
            s, e = _word_around(text, p, cls)  # the neighbours decide, not the character itself
            if e - s < 2 or not _is_word(fixed(s, e)) or _is_word(text[s:e]):
                continue
        word = fixed(s, e)
        c = m.group(0)
        kind_ja, kind_en = ("記号", "dash") if c in _ONE_DASHES else ("カタカナ", "katakana") if c in _KANA_KANJI else (
            "漢字", "kanji")
        yield ctx.finding(
            "typo", (p, p + 1),
            f"「{text[s:e]}」の「{c}」は形の似た{kind_ja}です。「{word}」（「{other}」）の誤りと思われます。",
            f"「{c}」 in 「{text[s:e]}」 is a look-alike {kind_en}; 「{word}」 was meant.",
            suggestion=word, severity="error", excerpt=text[max(0, s - 4):e + 4],
        )


# One hiragana inside a katakana word (イべント, ホームぺージ), or closing it with べ or ぺ (企画コンぺにて): べ/ベ, ぺ/ペ and
# へ/ヘ look the same, and an input method left in hiragana mode types the rest of a word so. Reported where the
# katakana form makes the token holding it a word of the dictionary and the hiragana as written is no particle or
# auxiliary (メールへアクセス is へ, a particle; べ and ぺ never are one).
_HIRA_IN_KATA = re.compile(r"(?<=[\u30a1-\u30fa\u30fc])(?:[ぁ-ゖ](?=[\u30a1-\u30fa\u30fc])|ぺ|べ(?![きくし]))")


def _hiragana_in_katakana_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_HIRA_IN_KATA):
        p, c = m.start(), m.group(0)
        s, e = p, p + 1
        while s > 0 and _KATA.match(text[s - 1]):
            s -= 1
        while e < len(text) and _KATA.match(text[e]):
            e += 1
        written, kata = text[s:e], chr(ord(c) + 0x60)
        at = p - s
        # (べ, ぺ and a kana before ー are no particle, whatever MeCab makes of プロべーション: no particle is drawn out)
        if c not in "べぺ" and text[p + 1:p + 2] != "ー" \
                and any(t.start <= at < t.end and t.pos in ("助詞", "助動詞") for t in tokenize(written)):
            continue
        fixed = written[:at] + kata + written[at + 1:]
        if not any(t.start <= at < t.end and t.end - t.start >= 2 and is_known_word(t.surface) for t in tokenize(fixed)):
            continue
        yield ctx.finding(
            "typo", (p, p + 1),
            f"カタカナ語「{written}」の中にひらがなの「{c}」があります。「{fixed}」（「{kata}」）の誤りと思われます。",
            f"A hiragana 「{c}」 inside the katakana word 「{written}」: 「{fixed}」 was meant.",
            suggestion=fixed, severity="warning", excerpt=text[max(0, s - 4):e + 4],
        )


# a label at the start of a line: a kanji numeral or an iroha kana, and the mark after it
_LINE_LABEL = re.compile(r"(?m)^([一二三四五六七八九十]{1,3}|[イロハニホヘト])([、．.）)]|\u3000)")


def _katakana_numeral_findings(ctx: Context):
    """A katakana ニ labelling a line between the lines labelled 一 and 三 with the same mark (一、 ニ、 三、): the kanji
    二 typed as the katakana that looks the same. Between イ and ハ it is the iroha label ニ's neighbour, and alone
    it is an iroha label: neither is reported."""
    text = ctx.text
    if "ニ" not in text:
        return
    yield from _counted_katakana_ni(ctx)
    labels = [(m.start(), m.group(1), m.group(2)) for m in _LINE_LABEL.finditer(text)]
    for k, (at, label, mark) in enumerate(labels):
        if label != "ニ" or k == 0 or k + 1 >= len(labels):
            continue
        (_, before, mark_b), (_, after, mark_a) = labels[k - 1], labels[k + 1]
        if before == "一" and after == "三" and mark_b == mark == mark_a:
            yield ctx.finding(
                "typo", (at, at + 1),
                f"「ニ{mark}」の「ニ」は形の似たカタカナです。「一{mark}」と「三{mark}」の間の「二」（漢数字）の誤りと思われます。",
                f"「ニ」 labelling the line between 「一{mark}」 and 「三{mark}」 is the katakana look-alike of the kanji "
                f"numeral 「二」.",
                suggestion="二", severity="error", excerpt=text[at:at + 10],
            )


def _counted_katakana_ni(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_KATAKANA_NI_COUNTED):
        at = m.start()
        yield ctx.finding(
            "typo", (at, at + 1),
            f"「{m.group(0)}」の「ニ」はカタカナです。数を表す漢数字「二」（「二{m.group(0)[1:]}」）の誤りと思われます。",
            f"「ニ」 in 「{m.group(0)}」 is the katakana look-alike of the kanji numeral 「二」 counting {m.group(0)[1:]}.",
            suggestion="二" + m.group(0)[1:], severity="warning", excerpt=text[max(0, at - 4):at + 6],
        )


# 「藤枝くらシェアシェアクラウドソーシングサイト」: a katakana word typed twice inside a name the document writes elsewhere
# with it once (「藤枝くらシェアクラウド…」). A name that doubles a word on purpose (ロハスロハス) is written so everywhere.
_DOUBLED_KATAKANA = re.compile(r"([\u30a1-\u30fa\u30fc]{3,})\1")


def _doubled_katakana_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_DOUBLED_KATAKANA):
        word, (s, e) = m.group(1), m.span()
        after, before = text[e:e + 4].split("\n")[0], text[max(0, s - 2):s].split("\n")[-1]
        single = before + word + after
        if len(after) < 2 or len(before) < 2 or single not in text:
            continue  # (with two characters before it: at a line's start the word once is inside the doubled one)
        yield ctx.finding(
            "typo", (s, e),
            f"「{word}」が二度続いています（「{m.group(0)}」）。この文書はほかで「{single}」と一度だけ書いています。",
            f"「{word}」 is written twice (「{m.group(0)}」); the document writes 「{single}」 with it once elsewhere.",
            suggestion=word, severity="warning", excerpt=text[max(0, s - 4):e + 4])


# 「次のニ種に区分する」: the katakana ニ before a counter, no katakana word around it, where the numeral 二 counts
_KATAKANA_NI_COUNTED = re.compile(r"(?<=[ぁ-ゖ\u4e00-\u9fff、])ニ(?:種類?|名|年|回|項|号|条|人|通|件|部|倍|箇所|か月|ヶ月|週間|日間|時間)"
                                  r"(?![\u30a1-\u30ff])")


# kanji that look like iroha labels: 口 (mouth) for ロ, 二 for ニ, 八 for ハ, 卜 for ト
_IROHA = "イロハニホヘトチリヌルヲ"
_IROHA_LOOKALIKE = {"口": "ロ", "二": "ニ", "八": "ハ", "卜": "ト"}
_IROHA_LABEL = re.compile(r"(?m)^[ \u3000]*([イロハニホヘトチリヌルヲ口二八卜])([、．.）)])")


def _kanji_iroha_findings(ctx: Context):
    """A kanji labelling a line of an iroha list where the sequence asks for the katakana it looks like (イ) 口) ハ):
    ロ; ハ) 二) ホ): ニ), with the same mark as the label before it, and the label after it (if any) going on."""
    text = ctx.text
    if not any(c in text for c in _IROHA_LOOKALIKE):
        return
    labels = [(m.start(1), m.group(1), m.group(2)) for m in _IROHA_LABEL.finditer(text)]
    for k, (at, label, mark) in enumerate(labels):
        kana = _IROHA_LOOKALIKE.get(label)
        if kana is None or k == 0:
            continue
        i = _IROHA.index(kana)
        _, before, mark_b = labels[k - 1]
        if i == 0 or before != _IROHA[i - 1] or mark_b != mark:
            continue
        if k + 1 < len(labels) and labels[k + 1][2] == mark and labels[k + 1][1] not in (_IROHA[i + 1:i + 2] or "-") \
                and labels[k + 1][1] != "イ":
            continue  # the list goes on otherwise (not with its next label, nor a new list from イ): not this sequence
        numeral_before = "一二三四五六七八九"[max(0, "一二三四五六七八九".find(label) - 1)] if label in "二八" else None
        if numeral_before and re.compile(rf"(?m)^[ \u3000]*{numeral_before}{re.escape(mark)}").search(text, 0, at):
            continue  # 「一、…⏎ イ、… ロ、… ハ、…⏎二、…」: the outer list of numerals goes on after the inner iroha one
        yield ctx.finding(
            "typo", (at, at + 1),
            f"「{label}{mark}」の「{label}」は形の似た漢字です。「{before}{mark}」の次のラベル「{kana}」（カタカナ）の誤りと思われます。",
            f"「{label}」 labelling the line after 「{before}{mark}」 is the kanji look-alike of the iroha label 「{kana}」.",
            suggestion=kana, severity="error", excerpt=text[at:at + 10])


# kanji that look like katakana labels, cited as an item (「第一項工号及びオ号」 for エ号): 工 for エ, 力 for カ, 口 for ロ,
# 夕 for タ, 卜 for ト, after what cites an item (第一項, ウ号及び…). (二号 and 八号 are numbers: not read.)
_KANA_LABEL_LOOKALIKE = {"工": "エ", "力": "カ", "口": "ロ", "夕": "タ", "卜": "ト"}
_LOOKALIKE_ITEM_CITED = re.compile(r"(?<=[項条、・び至はと])([工力口夕卜])号")


def _kanji_label_citation_findings(ctx: Context):
    """A kanji cited as an item (工号) where the document labels its items with the katakana it looks like ((エ) 会計):
    the label typed as its look-alike. No word is written so (工号, 力号 are no words)."""
    text = ctx.text
    for m in ctx.finditer(_LOOKALIKE_ITEM_CITED):
        kana = _KANA_LABEL_LOOKALIKE[m.group(1)]
        if not _labels_items_with(ctx, kana):
            continue
        at = m.start(1)
        yield ctx.finding(
            "typo", (at, at + 1),
            f"「{m.group(0)}」の「{m.group(1)}」は形の似た漢字です。この文書は号を「{kana}」（カタカナ）で付番しているので、"
            f"「{kana}号」の誤りと思われます。",
            f"「{m.group(1)}」 in 「{m.group(0)}」 is the kanji look-alike of the item label 「{kana}」, which the document uses.",
            suggestion=kana + "号", severity="error", excerpt=text[max(0, at - 4):at + 4])


def _labels_items_with(ctx: Context, kana: str) -> bool:
    """Does a line of the document start with the katakana label ``kana`` ((エ), エ）, エ.)?"""
    labels = ctx.full.memo("typos.kana_labels", lambda: frozenset(re.findall(
        r"(?m)^[ \u3000]*[(（]?([ア-ン])[)）.．、 \u3000]", ctx.full.text)))
    return kana in labels


# A lone katakana closing a hiragana word before a comma or a full stop (掲示したリ、配布したり): the IME's katakana
# mode, or a look-alike (リ/り, へ/ヘ), for the hiragana of the same sound. Iroha labels (イ又はロに掲げる) are followed
# by a particle, never by 、 or 。 right after hiragana; the hiragana must read better to MeCab as well.
_LONE_KATAKANA = re.compile(r"(?<=[ぁ-ゖ])[ァ-ヶ](?=[、。，．])")
# inside a hiragana word too (変更することがあリます): one katakana between hiragana, where the hiragana of the same
# sound reads better to MeCab over the word around it (an iroha label, 「…のほかハに掲げる」, reads worse as は)
_INNER_KATAKANA = re.compile(r"(?<=[ぁ-ゖ])(?<![ァ-ヶ]から)[ァ-ヶ](?=[ぁ-ゖ])"
                             r"(?!の|に|を|が|は|へ|と|で|や|も|から|まで|より|および|または|ならびに|もしくは)")
# (a katakana a particle or a conjunction follows is a noun: an iroha label cited, 「次のイからハに該当」「についてのロに
# 規定」「第2号アからカおよび第3号」; so is the end of a range of labels, 「アからカ」)


def _lone_katakana_findings(ctx: Context):
    text = ctx.text
    found = [(m, "") for m in ctx.finditer(_LONE_KATAKANA)]
    found += [(m, text[m.end():min(ctx.line_span(m.start())[1], m.end() + 4)]) for m in ctx.finditer(_INNER_KATAKANA)]
    for m, right in found:
        at = m.start()
        if at >= 2 and "\u30a1" <= text[at - 2] <= "\u30fa":
            continue  # (after a katakana word's own hiragana tail)
        kana = chr(ord(text[at]) - 0x60)
        left = text[max(ctx.line_span(at)[0], at - 8):at]
        if _path_cost(left + text[at] + right) - _path_cost(left + kana + right) <= 0:
            continue
        yield ctx.finding(
            "typo", (at, at + 1),
            f"「{left[-3:]}{text[at]}」の「{text[at]}」はカタカナです。ひらがなの「{kana}」の誤りと思われます。",
            f"「{text[at]}」 closing a hiragana word is katakana: 「{kana}」 was meant.",
            suggestion=kana, severity="warning", excerpt=text[max(0, at - 6):at + 3])


# A dash between two katakana (パ－トタイマ, パ-ト): the long-vowel mark ー was meant. A hyphen, a minus or a box-drawing
# line never joins the two halves of a katakana word; the document's words are written with ー, and its compounds
# with ・ (read on the corpus: the one dash between katakana is this slip).
# (or closing a katakana word before its particle, 「クエリ―を送信」 with U+2015 for ー: only where the word with ー is
# one the dictionary knows or the document writes; a dash may set a remark apart, 「サービス―以下…―は」)
_DASH_IN_KATAKANA = re.compile(r"(?<=[\u30a1-\u30fa])(?:[-－‐−―─━‑](?=[\u30a1-\u30fa])|[－‐−―─━‑](?=[をがはのにでともへや]))")


def _dash_in_katakana_findings(ctx: Context):
    text = ctx.text
    src, offsets = ctx.doc.source.text, ctx.doc.norm.offsets
    for m in ctx.finditer(_DASH_IN_KATAKANA):
        at = m.start()
        if not _KATA.match(text, at + 1) and not (
                is_known_word(w := text[_word_around(text, at, _KATA_OR_DASH)[0]:at] + "ー") or w in ctx.full.text):
            continue  # (closing a word: only one the dictionary knows, or the document writes with ー)
        o = offsets[at]
        if src[o - 1:o] in (" ", "\u3000") or src[o + 1:o + 2] in (" ", "\u3000"):
            continue  # 「運営チーム - コミュニティの運営を…」: set apart by spaces, a term and its meaning (normalization joined them)
        s, e = _word_around(text, at, _KATA_OR_DASH)
        word = text[s:e]
        yield ctx.finding(
            "typo", (at, at + 1),
            f"「{word}」の「{text[at]}」は長音記号ではありません。長音は「ー」で書きます（「{word.replace(text[at], 'ー')}」）。",
            f"「{text[at]}」 in 「{word}」 is no long-vowel mark: 「{word.replace(text[at], 'ー')}」.",
            suggestion="ー", severity="warning", excerpt=word)


_KATA_OR_DASH = re.compile(r"[\u30a1-\u30fa\u30fc\-－‐−―─━‑]")


# A hyphen glued to the word before it and set apart from the next by a space, between two nouns (「スマホ- タブレット」,
# 「交通費- 宿泊費等」): the middle dot ・ a conversion to Markdown or plain text turned into a list's dash. A dash that
# joins or sets apart two words stands alone between spaces (「東京 - 大阪」), and one after a date's unit opens a
# range (「2024年4月- 現在」); neither is looked at.
_HYPHEN_FOR_MIDDLE_DOT = re.compile(r"(?<=[\u3400-\u9fff々\u30a1-\u30faー])(?<![年月日時])-[ \u3000]"
                                    r"(?=[\u3400-\u9fff々\u30a1-\u30fa])")


def _hyphen_for_middle_dot_findings(ctx: Context):
    src = ctx.doc.source.text
    if "- " not in src and "-\u3000" not in src:
        return
    text = ctx.text
    for m in finditer(_HYPHEN_FOR_MIDDLE_DOT, src):
        at = ctx.doc.norm.index_of(m.start())
        if at is None or not ctx.in_scope(at) or text[at:at + 1] != "-":
            continue
        lo, hi = ctx.line_span(at)
        a, b = max(lo, at - 4), min(hi, at + 5)
        yield ctx.finding(
            "typo", (at, at + 1),
            f"「{text[a:at]}- {text[at + 1:b]}」の「- 」は、語を並べる中黒「・」が変換で崩れたものと思われます。",
            f"「- 」 between two nouns (「{text[a:at]}- {text[at + 1:b]}」) is the middle dot 「・」 a conversion turned "
            f"into a dash.",
            suggestion="・", severity="warning", excerpt=text[a:b])


# ------------------------------------------------------------------ 3. endings the document contradicts

_ENDING = re.compile(r"(?<=[ぁ-ゖ])[。、）)」\n]")
_KANA4 = re.compile(r"[ぁ-ゖ]{4}")
_MIN_CONVENTION = 3
# An ending written this many times at most can still be a slip, if the document writes the usual ending
# _SLIP_RATIO times as often for each (a drafter who drops と in ものとします may do it twice in 60).
_MAX_SLIPS = 3
_SLIP_RATIO = 10


def _one_slip(written: str, usual: str) -> bool:
    """``written`` is ``usual`` with its last kana changed (not a particle) or one character after the first
    dropped (the last one too: できませ for できません)."""
    if len(written) == len(usual):
        # the last kana changed: されなし for されない (an inner change is as often another verb: かなう/ない)
        return (written[:-1] == usual[:-1] and written[-1] != usual[-1]
                and written[-1] not in _PARTICLES and usual[-1] not in _PARTICLES)
    if len(written) + 1 == len(usual):
        if usual[:-1] == written and usual[-1] in _PARTICLES:
            return False  # a particle more after the clause (あたっては for あたって、): both are Japanese
        # a kana dropped, never a kanji: 「とします」 is no slip of 「と致します」 (the kanji is a spelling, not the ending)
        return any(usual[:i] + usual[i + 1:] == written and "ぁ" <= usual[i] <= "ゖ" for i in range(1, len(usual)))
    return False


def _only_inside_kana(text: str, tail: str) -> bool:
    """Does a hiragana stand before ``tail`` wherever ``text`` writes it?"""
    at = text.find(tail)
    while at >= 0:
        if at == 0 or not "ぁ" <= text[at - 1] <= "ゖ":
            return False
        at = text.find(tail, at + 1)
    return True


def _times(n: int) -> str:
    return "1回だけ" if n == 1 else f"{n}回だけ"


def _times_en(n: int) -> str:
    return "once" if n == 1 else f"{n} times only"


# permission given by the て-form and よい/いい/差し支えない/構わない, も between them or not (してよい, してもよい)
_PERMISSION_WITHOUT_MO = re.compile(r"[てで](?:よい|良い|いい|差し支え|差支え|構わ|かまわ)")


def _ending_findings(ctx: Context):
    text = ctx.text
    kana4 = model()["kana4"]
    # endings whose last four kana law text never writes: few, so the document's tails are counted only then
    odd = [b for b in (m.start() for m in ctx.finditer(_ENDING))
           if text[b - 4:b] not in kana4 and _KANA4.fullmatch(text[b - 4:b])]
    if not odd:
        return
    tails = ctx.full.memo("typos.ending_tails", lambda: _ending_tails(ctx.full.text))
    usual_tails = [(t, c) for t, c in tails.items() if c >= _MIN_CONVENTION and re.fullmatch(r".*[ぁ-ゖ]{3}", t)]
    for b in odd:
        if tails[text[b - 5:b]] > _MAX_SLIPS:
            continue
        best = None
        for k in (4, 5, 6):
            if b < k:
                break
            written = text[b - k:b]
            for usual, c in usual_tails:
                # a kana dropped keeps every kana written, and is preferred to one changed: できませ is できません
                # cut short, not できます (which reverses it), however often the document writes either
                kept = len(usual) > len(written)
                if usual[0] == written[0] and _one_slip(written, usual) and (
                        best is None or (kept, c) > (best[3], best[0])):
                    best = (c, usual, written, kept)
        if best is None or 1 < tails[text[b - 5:b]] and tails[text[b - 5:b]] * _SLIP_RATIO > best[0]:
            continue  # written twice, the usual ending must be far more usual (ものします ×2 beside ものとします ×62)
        c, usual, written, kept = best
        n = tails[text[b - 5:b]]
        start = b - len(written)
        if kept and usual[1:] == written and start > 0 and text.count(text[start - 1] + usual) == 0:
            # 「負担とします」 beside 「こととします」 ×4: the usual tail is the written one with a kana before it, which the
            # kana actually before it (担) decides; 担ととします is no phrase the document writes
            continue
        if kept and start > 0 and not "ぁ" <= text[start - 1] <= "ゖ" and _only_inside_kana(text, usual):
            # 「（以下「当社」といいます。）」 beside 「…のことをいいます」 ×4: after a bracket the ending opens a word of its
            # own, and the usual tail (こ|とをいいます) is, wherever the document writes it, the end of a longer kana run
            continue
        if text[b] == "\n" and (written + text[b + 1:b + 9].lstrip(" \u3000")).startswith(usual):
            continue  # 「…といいま⏎す。」: a line wrapped inside the word, which the next line finishes
        if kept and _PERMISSION_WITHOUT_MO.search(written) and usual.replace("ても", "て", 1).replace("でも", "で", 1) \
                == written:
            continue  # 「装着してよい」 beside してもよい ×6: permission with or without も, both Japanese
        if _continuative_of(text[max(ctx.line_span(b)[0], start - 8):b + 1], written, usual):
            continue  # この限りではなく、ベンダは: ない in the form that joins two clauses, as written
        if {written[-2:], usual[-2:]} == {"ない", "なく"}:
            continue  # 「…作品の一部ではない、汎用のツール」: ない ending a clause that modifies the noun after it, beside
            # ではなく ×3: both forms are Japanese, the writer's choice of construction, no kana slipped
        tok = ctx.token_at(start)
        if tok is not None and tok.start < start and tok.pos in ("動詞", "形容詞") and _is_word(tok.lemma):
            continue  # つな|がります: the ending starts inside a verb the dictionary knows (つながる), its own inflection
        if _te_iru_chain(ctx, start, b):
            continue  # 「定められています」 beside 「総称していいます」 ×4: the te-form and いる, another verb, as written
        if written.startswith("しま") and tok is not None and tok.start == start and tok.lemma == "為る" \
                and _made_a_verb(ctx, start):
            continue  # 「お勧めしません」 beside 「かもしれません」 ×4: a noun made a verb by する, in its polite negative
        head = text[tok.start:start] if tok is not None and tok.start < start else ""
        yield ctx.finding(
            "typo", (start - len(head), b),
            f"「{written}」は法令文に現れない語尾で、この文書では{_times(n)}です。この文書で{c}回使われている"
            f"「{usual}」の誤りと思われます。",
            f"「{written}」 is an ending e-Gov law text never writes and this document writes {_times_en(n)}; the "
            f"document writes 「{usual}」 {c} times.",
            suggestion=head + usual, severity="warning",
            excerpt=text[max(0, b - 12):b + 1],
        )


def _ending_tails(text: str) -> Counter:
    """The last 4, 5 and 6 characters before each ending of ``text``, counted."""
    tails: Counter = Counter()
    for b in (m.start() for m in finditer(_ENDING, text)):
        for k in (4, 5, 6):
            if b >= k:  # (an ending at the text's start, 「はじめに」, has fewer kana before it: no tail of k)
                tails[text[b - k:b]] += 1
    return tails


def _made_a_verb(ctx: Context, at: int) -> bool:
    """Does the word ending at ``at`` take する as a verb: a noun (利用|し), or a verb's stem after the humble お or ご
    (お|勧め|し)?"""
    before = ctx.token_at(at - 1) if at > 0 else None
    if before is None or before.end != at:
        return False
    if before.pos == "名詞":
        return True
    prefix = ctx.token_at(before.start - 1) if before.start > 0 else None
    return before.pos == "動詞" and prefix is not None and prefix.end == before.start \
        and prefix.surface in ("お", "ご", "御")


_AFTER_TE = frozenset(("居る", "置く", "頂く", "下さる", "貰う", "仕舞う", "行く", "来る", "有る"))


def _te_iru_chain(ctx: Context, start: int, end: int) -> bool:
    """Is ``start…end`` a verb's te-form and a helping verb after it, with its auxiliaries (ています, ておきます,
    ていただく): an inflection written as Japanese writes it, whatever the document writes more often?"""
    toks = [t for t in tokenize(ctx.text[max(0, start - 6):end]) if t.end > min(6, start)]
    if len(toks) < 2 or toks[0].surface not in ("て", "で") or toks[0].pos != "助詞":
        return False
    if toks[1].pos != "動詞" or toks[1].lemma not in _AFTER_TE or not all(t.pos == "助動詞" for t in toks[2:]):
        return False
    last = toks[-1]  # (a form that ends the clause: ています, ていない; not ていれ, いる cut short before ば)
    return last.surface[-1] == last.lemma[-1] if last.pos == "動詞" else last.surface in ("ます", "ない", "た", "ん", "です")


def _continuative_of(s: str, written: str, usual: str) -> bool:
    """``s`` ends with ``written`` and a comma: does it end with the continuative form (連用形) of the word the usual
    ending ends with, the same word (ではなく、 beside ではない: MeCab reads ない either way, with the same part of
    speech, from the same kana), whose comma joins the clause to the next? An inflection, not a slip: the usual
    ending is where the document ends its sentences, and this one goes on. A kana changed into no form of the word
    (ではなし、) is still a slip."""
    if s[-1:] in "。）)」" and s[:-1].endswith(written) and len(written) == len(usual):
        # the other way round: 「一般人ではない。」 (or 「この限りではない）」, a bracket closed as a sentence) ends in the
        # conclusive form (終止形) of the word whose continuative form the usual ending is (ではなく、 mid-sentence)
        return _other_form(s[:-1] + "。", written, usual, ("句点", "終止形"), ("、", "連用形"))
    if not s.endswith(written + "、") or len(written) != len(usual):
        return False
    return _other_form(s, written, usual, ("読点", "連用形"), ("。", "終止形"))


def _other_form(s: str, written: str, usual: str, here: tuple[str, str], there: tuple[str, str]) -> bool:
    """Is ``written`` at the end of ``s`` (before its mark, ``here``: the mark's kind and the form expected) the same
    word as ``usual`` put in its place before the mark of ``there``, in the form expected there?"""
    toks = conjugated(s)
    if len(toks) < 2 or toks[-1][3] != here[0]:
        return False
    last = toks[-2]
    if not last[4].startswith(here[1]) or last[2] not in ("形容詞", "助動詞", "動詞"):
        return False
    other = conjugated(s[:len(s) - 1 - len(written)] + usual + there[0])
    match = next((t for t in other if t[0] == last[0]), None)
    return match is not None and match[1] == last[1] and match[2:4] == last[2:4] and match[4].startswith(there[1])


# ------------------------------------------------------------------ 4. kana slips inside a phrase

_KANA_RUN = re.compile(r"[ぁ-ゖ]{3,}")
# a kana 4-gram law text writes this often (in the model's count) is a drafting phrase (ものとし 80, るものと 176)
_LAW_PHRASE4 = 50
_HIRAGANA = [chr(c) for c in range(0x3041, 0x3094)]
_LAST_HIRAGANA = _HIRAGANA[-1]
_MIN_FIX = 30  # every kana 3-gram the correction makes occurs at least this often in law text
_COMMON_FIX = 500
# ... or, when the kana changed is inside a word (すること written するそと, かかわらず written かかわりず), its
# 3-grams at least _INSIDE_WORD_FIX times: one particle for another (申込のあった / があった, 皆様はかかる /
# にかかる) is grammar both ways, and only a clear MeCab verdict reports it.
_INSIDE_WORD_FIX = 200


# what a verb's euphonic stem takes after it: っ た or て (あった, によって), ん だ or で (選んだ)
_AFTER_EUPHONIC_STEM = {"っ": "たて", "ん": "だで"}


def _particle_for_particle(left: str, run: str, new: str, a: int, b: int) -> bool:
    """Is the kana changed at run[a:b] a particle of its own, and its replacement one too?"""
    if a == b:
        return False  # a kana put back, not changed
    if new[a:a + 1] and new[a] in _AFTER_EUPHONIC_STEM.get(run[a - 1:a] or left[-1:], ""):
        return False  # 「によっと提供」: after a verb's っ only て or た stand (によって); と there is no grammar
    def particle(s: str) -> bool:
        pos = len(left) + a
        t = next((t for t in tokenize(left + s) if t.start <= pos < t.end), None)
        return t is not None and t.end - t.start == 1 and t.pos == "助詞"
    return particle(run) and particle(new)


def _quoted_clause(s: str, p: int) -> bool:
    """Does s[:p] end with a clause quoted by the particle と (a verb or auxiliary in its 終止形, then と: 放棄したと),
    and s[p:] go on, after は or も at most, with the verb the quotation belongs to (見なされない, 解釈されない, 限らない,
    判断した)?
    Ordinary Japanese, however rarely law text writes it (it writes したものとみなす): no kana was dropped after と.
    Where no verb follows (解除したとは、甲は…) the gap may be a slip (したときは)."""
    toks = conjugated(s)
    i = next((i for i, t in enumerate(toks) if t[1] == p), None)
    if i is not None and i + 1 < len(toks) and s[toks[i][0]:toks[i][1]] != "と" and toks[i + 1][0] == p:
        i += 1  # the gap before と (ではない|と判断: not ではないこと), not after it
    if i is None or i == 0 or i + 1 >= len(toks):
        return False
    to, before = toks[i], toks[i - 1]
    if s[to[0]:to[1]] != "と" or to[3] != "格助詞" or before[1] != to[0]:
        return False
    if before[2] not in ("動詞", "助動詞", "形容詞") or not before[4].startswith("終止形"):
        return False  # (ではない|と: ない is an adjective)
    j = i + 1
    if toks[j][2] == "助詞" and toks[j][3] == "係助詞" and j + 1 < len(toks):
        j += 1
    # the verb, or a verbal noun and する (適当ではないと判断した, 違反したと認識する)
    return toks[j][2] == "動詞" or (toks[j][2] == "名詞" and j + 1 < len(toks) and toks[j + 1][2] == "動詞"
                                   and toks[j + 1][0] == toks[j][1] and s[toks[j + 1][0]] in "しすさせ")


# A dropped kana (ものし for ものとし) often makes MeCab no unhappier (もの|し|ます reads fine), so the
# document's own usage decides: the kana around the gap, with the dropped one back, written this often.
_DOC_CONVENTION = 5
# the kana a verb's continuative ends in, before ます (含まれ|ます, でき|ます, あり|ます); not で (です is whole) nor ま
_STEM_ENDS = "いきぎしじちにびみりえけげせぜてねべめれ"
# ... or written twice at least where law text writes each 4-gram of the phrase restored too (「行ってはならいものと
# します」 beside ならないものとします ×2: はならな 129, らないも 7 in the model), the two sources vouching together
_DOC_TWICE, _LAW_SEEN4 = 2, 5
@lru_cache(maxsize=None)
def _common_kana3() -> tuple[dict, dict, dict]:
    """The kana that can complete a 3-gram law text writes at least _MIN_FIX times, given its other two:
    (by the first two, by the outer two, by the last two)."""
    first: dict[str, set[str]] = {}
    outer: dict[str, set[str]] = {}
    last: dict[str, set[str]] = {}
    for g, n in kana3().items():
        if n >= _MIN_FIX and len(g) == 3:
            first.setdefault(g[:2], set()).add(g[2])
            outer.setdefault(g[0] + g[2], set()).add(g[1])
            last.setdefault(g[1:], set()).add(g[0])
    return first, outer, last


def _kana_edits(run: str, lo: int, hi: int, index: tuple[dict, dict, dict] | None = None):
    """One kana changed at lo…hi, one inserted there, or two there swapped. Only kana that make a common 3-gram with the kana
    written before or after them are tried: any other edit leaves a rare 3-gram through the slip. ``index``:
    the 3-grams taken as common (law text's, by default), as _common_kana3 gives them."""
    first, outer, last = index or _common_kana3()

    def allowed(before: str, after: str):
        sets = []
        if len(before) == 2:
            sets.append(first.get(before, ()))
        if before and after:
            sets.append(outer.get(before[-1] + after[0], ()))
        if len(after) == 2:
            sets.append(last.get(after, ()))
        if not sets:
            return _HIRAGANA
        if not all(sets):
            return ()
        ok = sets[0].intersection(*sets[1:]) if len(sets) > 1 else sets[0]
        return [k for k in sorted(ok) if k <= _LAST_HIRAGANA]  # in kana order, as _HIRAGANA lists them

    for p in range(lo, hi + 1):
        before, after = run[max(0, p - 2):p], run[p + 1:p + 3]
        ks = allowed(before, after)
        if len(before) == 2 and len(after) == 2:
            # (and those common with the kana before them alone: a staple the word after may be rare with, する|こ|と
            # before なく; _kana_fixes asks what law text writes after it)
            ks = sorted(set(ks).union(allowed(before, after[:1])))
        for k in ks:
            if k != run[p]:
                yield run[:p] + k + run[p + 1:], p, p + 1
    for p in range(max(lo, 1), hi + 2):
        for k in allowed(run[max(0, p - 2):p], run[p:p + 2]):
            yield run[:p] + k + run[p:], p, p
    # two kana typed in each other's place (得れらた for 得られた): the slip spans both
    for p in range(max(lo - 1, 0), min(hi, len(run) - 2) + 1):
        if run[p] != run[p + 1]:
            yield run[:p] + run[p + 1] + run[p] + run[p + 2:], p, p + 2


# The candidate corrections of a kana run depend on the run, the span where the slip lies and the law
# model only; the versions of a document repeat their odd runs, so they are listed once.
_KANA_FIXES = LineMemo()


def _kana_fixes(run: str, lo: int, hi: int, k3, index: tuple[dict, dict, dict] | None = None
                ) -> tuple[tuple[int, str, int, int], ...]:
    """(score, corrected run, a, b) of every edit whose 3-grams ``k3`` counts at least _MIN_FIX times (law
    text's counts; with ``index``, those and the document's own, as _known_kana3 gives them)."""
    edits = []
    for new, a, b in _kana_edits(run, lo, hi, index):
        grams = [new[i:i + 3] for i in range(max(0, a - 2), min(b, len(new) - 3) + 1)]
        if not grams:
            continue
        score = min(k3.get(g, 0) for g in grams)
        if k3 is kana3() and (staple := _staple_before_score(new, a, b)) >= _STAPLE_FIX:
            score = max(score, staple)
        if score < _MIN_FIX:
            # the 3-gram after the change holds none of it: a polite ending there (ことかできます: できま, which law
            # text never writes) does not turn away a correction into a staple (こと|が|でき), unless the change is one
            # particle for another (もできません → ができません: grammar both ways), a voicing mark aside
            score = _changed_grams_score(new, a, b)
            if score < _STAPLE_FIX or (a < b and not _dakuten_pair(run[a], new[a])
                                       and _particle_for_particle("", run, new, a, b)):
                continue
        edits.append((score, new, a, b))
    return tuple(edits)


_TRUSTED_POS = {"接続詞", "連体詞", "動詞", "形容詞", "助動詞"}


_CLOSING_QUOTES = "」』"


def _closes_a_quoted_name(left: str, run: str, right: str) -> bool:
    """Is ``run`` one word of the dictionary that MeCab reads as a noun, ending a name quoted in 「」 (「自治連だより」: a
    newsletter's title, だより 便り)? A quoted name is written as its owner named it, and its last word is a noun: the
    correction into law text's phrases (により) would make a particle of the name's end."""
    if max(left.rfind("「"), left.rfind("『")) <= max(left.rfind("」"), left.rfind("』")):
        return False  # (the quote must open before the run and stay open up to it)
    toks, known = tagged_line(left + run + right)
    base = len(left)
    return any(k and t.start == base and t.end == base + len(run) and t.pos == "名詞" for t, k in zip(toks, known))


# nouns that a predicate qualifies as grammar, not as words of their own (するたびに, するうちに, したまま): formal nouns
_FORMAL_NOUNS = frozenset(("たび", "うち", "まま", "ほど", "とき", "ところ", "こと", "もの", "ため", "よう", "はず", "わけ"))


# verbs that take a finished clause with と and は or も, denying or limiting what it says (「…であるとは限らない」,
# 「…するとは言えない」, 「…したとも認められない」): the clause, then that verb, is no run of slipped kana
_QUOTATIVE_JUDGING = frozenset(("限る", "言う", "云う", "認める", "解する", "考える", "見なす", "看做す", "思う", "判断",
                                "断定", "言い切る", "保証"))


def _after_predicate(left: str, run: str, right: str, unseen: list[int]) -> bool:
    """Does every 3-gram law text never writes span a finished predicate and what grammar lets follow it: the
    nominalizing の before a case particle (使用するのを妨げる, 支払うのが遅れた), a formal noun (ログオンするたびに), or the
    conjunctive が (自由とするが)? Law text says することを and とする。ただし; terms say するのを and とするが, which is no slip."""
    toks, _ = tagged_line(left + run + right)
    base = len(left)
    joins = []  # where a predicate meets the の or noun after it
    for a, b, c, d in zip(toks, toks[1:], list(toks[2:]) + [None], list(toks[3:]) + [None, None]):
        if a.pos not in ("動詞", "助動詞", "形容詞") or a.end != b.start or a.surface[-1] != a.lemma[-1]:
            continue
        if a.pos == "助動詞" and a.lemma == "り":
            continue  # 「関係を有すりこと」: MeCab's reading of 有す|り is classical Japanese's perfective り, which no
            # modern text writes; the run is 有すること with a kana slipped
        if b.surface == "と" and c is not None and c.surface in ("は", "も") and d is not None \
                and d.lemma in _QUOTATIVE_JUDGING:
            joins.append((b.start - 2, c.end))  # 「…であるとは限らず」: what is said or judged, then the verb saying it
            continue
        # (not the の before と: 「するのとする」 is ものとする with も dropped)
        if b.surface == "の" and b.pos == "助詞" and c is not None and c.surface in ("を", "が", "は", "も", "に", "で"):
            joins.append((b.start - 2, c.end))  # るのを, のを
        elif b.surface == "が" and b.pos2 == "接続助詞":
            joins.append((b.start - 2, b.end))  # 「退会は自由とするが幹事に届け出る」: a predicate, then が (but)
        elif b.surface in _FORMAL_NOUNS:
            # るたび, and たびに with the particle it takes; not what else follows (ものします is ものとします)
            joins.append((b.start - 2, b.end + (c is not None and c.pos == "助詞" and c.start == b.end)))
    return bool(joins) and all(any(s <= base + i and base + i + 3 <= e for s, e in joins) for i in unseen)


@lru_cache(maxsize=1)
def _kana_spellings() -> re.Pattern:
    """The spellings in hiragana of the words notation_variants.json knows in kanji too (または for 又は, ただし for
    但し): law text writes the kanji, so their kana 3-grams are none of its own. One pattern that finds each
    where it starts (a lookahead: spellings may overlap)."""
    words = sorted({v for g in notation_groups() for v in g
                    if len(v) >= 3 and all("ぁ" <= c <= "ゖ" for c in v)
                    and any(not ("ぁ" <= c <= "ゖ") for w in g for c in w)}, key=lambda v: (-len(v), v))
    # longest first: the alternation gives the longest spelling that starts at each place, and a shorter one
    # starting there lies inside it
    return re.compile("(?=(" + "|".join(map(re.escape, words)) + "))")


def _inside_kana_spelling(run: str, unseen: list[int]) -> bool:
    """Does every 3-gram law text never writes lie inside the kana spelling of a word law text writes in kanji
    (銀行振込またはクレジット: MeCab reads 振込ま|た|は, and または is no slip)?"""
    spans = [(m.start(), m.end(1)) for m in _kana_spellings().finditer(run)]
    return bool(spans) and all(any(a <= i and i + 3 <= b for a, b in spans) for i in unseen)


def _noun_particle_verb(left: str, run: str, right: str, unseen: list[int]) -> bool:
    """Do the 3-grams law text never writes lie in a noun's case particle and the verb after it, written in kana and
    known to MeCab's dictionary (「お客様がとった行動」: が|とっ|た, 取る)? Law text writes such verbs in kanji (取った), so
    its model has not seen the kana; the clause is whole as written."""
    toks, known = tagged_line(left + run + right)
    base = len(left)
    for k in range(1, len(toks) - 1):
        p, v = toks[k], toks[k + 1]
        if not (p.pos == "助詞" and p.pos2 == "格助詞" and toks[k - 1].pos in ("名詞", "接尾辞")
                and toks[k - 1].end == p.start and v.start == p.end
                and v.pos == "動詞" and v.pos2 in ("一般", "非自立可能") and known[k + 1] and v.end - v.start >= 2):
            continue
        # the verb and the past tense after it (とっ|た, 選ん|だ), or its connective after が or を (がやっ|て): a form MeCab
        # cannot read into a slip, as it reads かかわり|ず (for かかわらず) with an auxiliary of the wrong stem (nor に and
        # a connective, where compound particles are slipped: におうて for において, にづいて for について)
        after = toks[k + 2] if k + 2 < len(toks) else None
        if after is None or after.start != v.end or after.surface not in (
                ("た", "だ", "て", "で") if p.surface in ("が", "を") else ("た", "だ")):
            continue
        if v.surface[-1:] in _AFTER_EUPHONIC_STEM and after.surface not in _AFTER_EUPHONIC_STEM[v.surface[-1]]:
            continue  # 「問い合わせがあっだ場合」: after the verb's っ the past is た (あった), after its ん だ (選んだ)
        if all(p.start <= base + i and base + i + 3 <= after.end for i in unseen):
            return True
    return False


def _comparative_yori(left: str, run: str, right: str) -> bool:
    """Does the run end in a case particle and the adverb より before an adjective or an adjectival noun (「同意の下で
    より詳しい情報」, 「書面でより安全な方法」)? より is "more" there, the particle before it the noun's own: no slip of the
    compound particle により, which a verb follows (「同意の下でより取得した」 stays one)."""
    if not run.endswith("より") or len(run) < 3:
        return False
    toks, _ = tagged_line(left + run + right)
    at = len(left) + len(run) - 2
    for k in range(1, len(toks) - 1):
        t, before, after = toks[k], toks[k - 1], toks[k + 1]
        if t.start != at or t.surface != "より" or t.pos != "副詞":
            continue
        if before.pos != "助詞" or before.pos2 != "格助詞" or before.end != at or after.start != t.end:
            return False
        if after.pos in ("形容詞", "形状詞"):
            return True
        following = toks[k + 2] if k + 2 < len(toks) else None
        return after.pos == "名詞" and following is not None and following.start == after.end \
            and following.surface in ("な", "に") and following.pos == "助動詞"
    return False


def _permitted(left: str, run: str, right: str) -> bool:
    """Does the run hold a verb's te-form and the adjective いい (良い) after it, a permission (「使用していい範囲」)?"""
    toks, _ = tagged_line(left + run + right)
    return any(toks[k].surface in ("て", "で") and toks[k].pos == "助詞" and toks[k + 1].lemma == "良い"
               and toks[k + 1].start == toks[k].end and toks[k - 1].pos == "動詞" for k in range(1, len(toks) - 1))


# a noun, then あり or なし and の: whether the thing is there, said of what follows (「開発・制作実績ありの部員」,
# 経験ありの方, 在庫なしの商品): ordinary Japanese, which law text, writing 実績のある, has not seen
_PRESENCE_NO = re.compile(r"(?:あり|なし|有り|無し)の")


def _noun_ari_no(left: str, run: str, unseen: list[int]) -> bool:
    return _PRESENCE_NO.match(run) is not None and re.search(r"[\u4e00-\u9fff々\u30a1-\u30fa\u30fc]$", left) is not None \
        and max(unseen) <= 1


def _noun_ga_nai(left: str, run: str, right: str) -> bool:
    """Does the run hold a noun's が and the adjective ない after it (「引き取りがない場合」: 引き取り|が|ない)? A noun in
    kana before がない is ordinary Japanese that law text, writing its nouns in kanji, has not seen."""
    if "がな" not in run:
        return False
    toks, known = tagged_line(left + run + right)
    return any(toks[k].surface == "が" and toks[k].pos == "助詞" and toks[k - 1].pos == "名詞" and known[k - 1]
               and toks[k + 1].lemma == "無い" and toks[k - 1].end == toks[k].start and toks[k + 1].start == toks[k].end
               for k in range(1, len(toks) - 1))


def _inside_known_words(left: str, run: str, right: str, unseen: list[int]) -> bool:
    """Does every 3-gram law text never writes lie inside one word of three kana or more that MeCab's dictionary
    knows as a conjunction, adnominal or inflecting word (あるいは, いわゆる, うかがう)? The law model knows law text
    only; terms are written in everyday Japanese too, and such a word is no slip. A slip breaks words
    (に|え|い|て, の|おい|て) or makes one MeCab does not know (なしもの). Hiragana nouns and adverbs are not
    trusted: the dictionary holds so many (onomatopoeia above all) that a slip makes one as easily as it makes
    nothing (ことを written ことり, the adverb of a clink)."""
    toks, known = tagged_line(left + run + right)
    base = len(left)
    if any(t.pos == "感動詞" and t.start < base + len(run) and base < t.end for t in toks):
        return False  # 「あらかじかめ」 read あら|かじかめ: an interjection inside a clause of terms is a word the slip broke
    return all(any(k and t.pos in _TRUSTED_POS and t.start <= base + i and base + i + 3 <= t.end and t.end - t.start >= 3
                   for t, k in zip(toks, known)) for i in unseen)


def _kana_noun_of_a_compound_adjective(left: str, run: str, right: str, unseen: list[int]) -> bool:
    """Does every 3-gram law text never writes lie in a noun of three kana or more that general Japanese writes in kana
    (かおり, ゆとり, いのち: one in a million words at least) and that an adjective follows, making a compound of it
    (かおり高い, ゆとり豊かな)? Law text writes such words in kanji or not at all; a slip makes an odd noun (ことり for
    ことを), rarely a common one before an adjective."""
    toks, known = tagged_line(left + run + right)
    base = len(left)
    for t, k in zip(toks, known):
        if k and t.pos == "名詞" and t.end - t.start >= 3 and t.end == base + len(run) \
                and all(t.start <= base + i + 1 and base + i + 3 <= t.end for i in unseen):  # (の|かお: its particle before it)
            nxt = next((u for u in toks if u.start == t.end), None)
            return nxt is not None and nxt.pos in ("形容詞", "形状詞") and general_frequency(t.surface) >= 1e-6
    return False


# adverbs of kanji and kana that MeCab cuts after the kanji (何|ら): their kana is no run of its own
_SPLIT_ADVERBS = ("何ら",)


_QUOTATIVE_HEADS = frozenset("認思考見判")


# the question words a concession after them leaves open (いかなる形式であれ, 理由の如何であれ, 何であろうと)
_WHATEVER = re.compile(r"いかなる|如何|いかん|どのよう|どんな|何|誰|いずれ")


def _literary(left: str, run: str, right: str) -> bool:
    """Is the run written in the literary forms contracts keep: the classical なき and たる before a noun (「定めなき事項」,
    「正当な理由なき」, 「死亡したる時」), the kana of an adverb MeCab cuts (何|らこれを: 何ら), or という's continuative
    before a comma (「全国税労働組合（略称：全国税）といい、本部を…」)?"""
    if any(left.endswith(a[:-1]) and run.startswith(a[-1]) for a in _SPLIT_ADVERBS):
        return True
    if run.endswith("といい") and right.startswith(("、", "，", ",")):
        return True
    if run.endswith("ありと") and right[:1] in _QUOTATIVE_HEADS:
        return True  # 「必要ありと認めたる時」: the classical あり closing a clause the verb after と quotes
    if run.endswith(("であれ", "であろうと", "であっても")) and _WHATEVER.search(left):
        return True  # 「いかなる形式であれ」: the copula's imperative, conceding whatever the question word leaves open
    if "なき" not in run and "たる" not in run:
        return False
    # the classical なき and たる (たり's 連体形: 「死亡したる時」「認めたる事項」) before a noun, たる after a noun also
    # before の and a noun (「公務員たるの趣旨」: being a public servant, the old prose of 服務規程)
    toks, _known = tagged_line(left + run + right)

    def noun_after(k: int) -> bool:
        return k + 1 < len(toks) and (toks[k + 1].pos == "名詞" or toks[k].surface == "たる" and k > 0
                                      and toks[k - 1].pos in ("名詞", "接尾辞") and toks[k + 1].surface == "の"
                                      and k + 2 < len(toks) and toks[k + 2].pos == "名詞")
    return any((t.surface == "なき" and t.pos == "形容詞" or t.surface == "たる" and t.pos == "助動詞") and noun_after(k)
               for k, t in enumerate(toks))


_HONORIFIC = frozenset("ごお御")
# what the prefix honours: a noun (ご|自身), or a verb's stem in the humble and honorific forms terms are written
# in (書面をもって|お|知らせください, により|お|支払いいただきます)
_HONORED = frozenset({"名詞", "動詞"})


def _honorific(left: str, run: str, right: str, unseen: list[int]) -> bool:
    """Do the 3-grams law text never writes come from keigo, which law text never writes at all: the honorific prefix
    of the next noun or verb stem ending the run (などについて|ご|自身), or the run opening right after a noun that carries one
    (ご|協力|のほど)? Only the words of the run itself are weighed then, as in any other text."""
    toks, _known = tagged_line(left + run + right)
    base, end = len(left), len(left) + len(run)
    at = {t.start: k for k, t in enumerate(toks)}
    last = next((k for k, t in enumerate(toks) if t.start == end - 1 and t.end == end), None)
    if last is not None and toks[last].surface in _HONORIFIC and toks[last].pos == "接頭辞" \
            and last + 1 < len(toks) and toks[last + 1].pos in _HONORED and all(i + 3 == len(run) for i in unseen):
        return True  # (the one 3-gram ending in the prefix)
    k = at.get(base)
    return (k is not None and k >= 2 and toks[k - 1].pos == "名詞" and toks[k - 2].pos == "接頭辞"
            and toks[k - 2].surface in _HONORIFIC and toks[k - 2].end == toks[k - 1].start and unseen == [0])


# What follows a verb's stem in one word: the auxiliaries of negation, politeness, tense and voice (届か|ない,
# 届き|ます); and, after the honorific prefix, the verbs of the humble form (お|渡し|する, ご|案内|いたします).
_AUXILIARIES = frozenset({"ない", "ぬ", "ず", "ます", "た", "れる", "られる", "せる", "させる", "たい"})
_HUMBLE_VERBS = frozenset({"為る", "致す", "出来る", "頂く", "下さる", "申し上げる"})


def _conjugated(left: str, run: str, right: str, unseen: list[int]) -> bool:
    """Does every 3-gram law text never writes lie where a kanji verb the run ends inflects into the next word: its
    okurigana and an auxiliary (借主の元に届|かない: law text rarely says 届かない), or, after お/ご, the humble verb
    (お渡|しする)? MeCab must know the verb and read its stem from the kanji before the run."""
    toks, known = tagged_line(left + run + right)
    base = len(left)
    spans = []
    for k in range(len(toks) - 1):
        verb, nxt = toks[k], toks[k + 1]
        if verb.pos != "動詞" or not known[k] or not known[k + 1] or verb.end != nxt.start:
            continue
        # the kanji's okurigana opens the run (届|かない), or する after a verbal noun does (許可|されず)
        sahen = verb.start == base and verb.lemma == "為る" and k >= 1 and toks[k - 1].pos == "名詞" \
            and toks[k - 1].end == base
        if not (verb.start < base < verb.end or sahen):
            continue
        humble = k >= 1 and toks[k - 1].pos == "接頭辞" and toks[k - 1].surface in _HONORIFIC \
            and nxt.pos == "動詞" and nxt.lemma in _HUMBLE_VERBS
        j = k + 2 if humble else k + 1  # the auxiliaries in a row (さ|れ|ず; after お願い|し: たく, ます)
        while j < len(toks) and known[j] and toks[j].pos == "助動詞" and toks[j].lemma in _AUXILIARIES \
                and toks[j].start == toks[j - 1].end:
            j += 1
        if j > k + 1:
            spans.append((base, toks[j - 1].end))  # (お渡|しする: the humble verb, and what inflects it)
    return bool(spans) and all(any(s <= base + i and base + i + 3 <= e for s, e in spans) for i in unseen)


# Verbs that follow another verb to add an aspect or a direction (反映して|いきます, 尊重し|あって, あり|えます, 読み|始める):
# law text seldom writes them, so their kana make 3-grams it never writes, and they are Japanese as written
# (those of the first kind after the verb's て-form, the others right after its continuative)
_AFTER_TE_FORM = frozenset(("行く", "来る", "居る", "置く", "仕舞う", "見る", "貰う", "上げる", "呉れる"))
_AFTER_CONTINUATIVE = frozenset(("合う", "得る", "始める", "続ける", "出す", "込む", "過ぎる", "直す", "切る", "終わる",
                                 "掛ける"))


# the last kana of a verb's plain form (ある, する, 経過する)
_U_ROW = "うくぐすつぬぶむる"


def _verb_after_verb(left: str, run: str, right: str, unseen: list[int]) -> bool:
    """Does every 3-gram law text never writes touch a known subsidiary verb after a verb's て-form (反映して|いきます) or its
    continuative (尊重し|あって), in MeCab's reading of the run in its line; or the suffix なり after a noun (その人なり: as
    the person is)?"""
    toks, known = tagged_line(left + run + right)
    base = len(left)
    spans = []
    for k in range(1, len(toks)):
        t, before = toks[k], toks[k - 1]
        if not known[k] or not known[k - 1] or before.end != t.start:
            continue
        # (a verb in its plain form ends in the u-row and takes no て: 「事由があるてきは」 is ある|て|き to MeCab, a slip
        # of あるときは, no 来る after a て-form)
        after_te = before.surface in ("て", "で") and before.pos == "助詞" and k >= 2 and toks[k - 2].pos == "動詞" \
            and known[k - 2] and toks[k - 2].surface[-1] not in _U_ROW
        if t.pos == "動詞" and (t.lemma in _AFTER_TE_FORM and after_te
                                or t.lemma in _AFTER_CONTINUATIVE and before.pos == "動詞"):
            spans.append((before.start, t.end))
        elif t.pos == "接尾辞" and t.surface == "なり" and before.pos == "名詞":
            spans.append((before.start, t.end))
    return bool(spans) and all(any(s < base + i + 3 and base + i < e for s, e in spans) for i in unseen)


def _changed_grams_score(new: str, a: int, b: int) -> int:
    """The least count in law text of the 3-grams of ``new`` that hold the kana changed or put in at a…b: a
    staple phrase is judged by the kana the correction makes (こと|が|でき), not by the word after it (できる,
    1,170, which the run as written has too)."""
    k3 = kana3()
    grams = [new[i:i + 3] for i in range(max(0, a - 2), min(max(a, b - 1), len(new) - 3) + 1)]
    return min((k3.get(g, 0) for g in grams), default=0)


_ROMAJI_JA = "ローマ字入力で1キー違いの仮名で、法令文かこの文書に現れる並びになり、形態素解析上もずっと自然な文になります"
_ROMAJI_EN = ("one romaji key away as typed, made of 3-grams law text or the document writes, and far more natural "
              "Japanese to MeCab (path cost {gain} lower)")


_DEMONSTRATIVE_POS = frozenset(("代名詞", "連体詞"))


def _subsidiary_verb_at(text: str, at: int) -> bool:
    """Is the kana at ``at`` a verb that follows a て-form as its auxiliary (「返送されてきた」: 来る; ていく, ておく,
    てみる, てしまう)? Japanese writes these everywhere but law text, which rarely narrates: no slip of ていた."""
    toks = tokenize(text)
    for prev, tok in zip(toks, toks[1:]):
        if tok.start <= at < tok.end:
            return tok.pos == "動詞" and tok.pos2 == "非自立可能" and prev.surface in ("て", "で") and tok.lemma != "為る"
    return False


def _demonstrative_for_another(left: str, run: str, right: str, new: str, p: int) -> bool:
    """Is the kana changed at run[p] inside a pronoun or determiner made another (それら → これら, その → この)? The
    こ・そ・あ・ど words differ by one kana, each grammar: which thing is meant, only the writer knows."""
    t, k = _token_at(left, run, right, p)
    u, ku = _token_at(left, new, right, p)
    return t is not None and u is not None and k and ku and t.pos in _DEMONSTRATIVE_POS and u.pos in _DEMONSTRATIVE_POS


def _romaji_fix(left: str, run: str, right: str, lo: int, hi: int, in_doc: Counter) -> tuple[int, str] | None:
    """The kana one romaji key away that corrects the run (typos_romaji), where law text's common 3-grams do not. ``lo``
    and ``hi`` span every 3-gram law text never writes, not only where they all overlap: a polite ending after the
    slip is rare in law text too (おともあります: るおと, おとも, and ともあ after them), and so may be a phrase before
    it (たりすりこと: たりす, りすり, すりこ, りこと)."""
    k3 = kana3()

    def rejected(new: str, p: int) -> bool:
        return _another_word(left, run, right, new, p, p + 1) or _particle_for_particle(left, run, new, p, p + 1) \
            or _demonstrative_for_another(left, run, right, new, p) or _subsidiary_verb_at(left + run + right, len(left) + p)

    return romaji_slip_fix(left, run, right, lo, hi, k3, in_doc, rejected)  # (in_doc: every 3-gram written, once or more)


def _staple_before_score(new: str, a: int, b: int) -> int:
    """For one kana changed at ``a``, the least count in law text of the 3-grams that hold it with a kana before it
    (する|こ, る|こ|と of すること), when law text writes the one after it too (ことな, 17 times: the model's three laws
    write することなく seldom); 0 otherwise. A staple is judged by what the kana makes with the words before it:
    「連絡をするそとなく」 breaks こと after する, whatever word follows."""
    if b != a + 1 or a < 2 or a + 2 > len(new):
        return 0
    k3 = kana3()
    if a + 3 <= len(new) and not k3.get(new[a:a + 3]):
        return 0
    return min(k3.get(new[a - 2:a + 1], 0), k3.get(new[a - 1:a + 2], 0))


def _known_kana3(in_doc: Counter) -> tuple[ChainMap, tuple[dict, dict, dict]]:
    """Law text's common kana 3-grams with those the document writes _DOC_CONVENTION times or more added: their
    counts (a document's frequent 3-gram counts as common) and their index, as _kana_fixes takes them."""
    mine = {g: _MIN_FIX for g, n in in_doc.items() if n >= _DOC_CONVENTION}
    first, outer, last = (dict((k, set(v)) for k, v in d.items()) for d in _common_kana3())
    for g in mine:
        first.setdefault(g[:2], set()).add(g[2])
        outer.setdefault(g[0] + g[2], set()).add(g[1])
        last.setdefault(g[1:], set()).add(g[0])
    return ChainMap(mine, kana3()), (first, outer, last)


def _polite_fix(run: str, lo: int, hi: int, known: tuple[ChainMap, tuple[dict, dict, dict]], left: str,
                right: str) -> tuple[int, str] | None:
    """(gain, corrected run) of the best one-kana change or insertion at lo…hi whose 3-grams are each common in
    law text or written _DOC_CONVENTION times in the document, when MeCab reads it better by _SURE_GAIN at
    least; else None."""
    fixes = _kana_fixes(run, lo, hi, *known)
    if left and _KANJI_CH.match(left[-1]):
        # the okurigana of a verb (行えます: 行う made potential): a change there is another verb, not a slip
        fixes = [f for f in fixes if f[2] > 0]
    if not fixes:
        return None
    before = _path_cost(left + run + right)
    gain, new = max((before - _path_cost(left + new + right), new) for _, new, _, _ in fixes)
    return (gain, new) if gain >= _SURE_GAIN else None


# Law text is a thin model of the everyday Japanese terms are written in: ことがあります, けたときは, についてのみ
# are rare or absent in the model's three laws, and their slips (ことかあります, けたそきは, についでのみ) have no
# correction law text vouches for. Two other witnesses will do, each with MeCab reading the clause better:
# - the phrase itself, the four kana around the correction, written _DOC_PHRASE times or more in the document
#   (について ×40 beside にぬいて once), where MeCab reads the correction better by _DOC_PHRASE_GAIN (the slips gain
#   900–2,600: に|ぬい|て reads as a verb);
# - every 3-gram of the correction written somewhere, in law text or twice in the document, where MeCab reads the
#   correction better by _EVERYDAY_GAIN, far above what right but rare spellings gain (4,300 at most, above);
#   by _VOICING_GAIN only where the two differ by a voicing mark alone (ことかある, するとぎに: a slip of the eye
#   or of a kana input, and no right text on the corpus reads 3,000 better with its mark added or taken away).
_DOC_PHRASE = 5
_DOC_PHRASE_GAIN = 500
_EVERYDAY_GAIN = 6000
_VOICING_GAIN = 3000


# particles that list (AときやBとき, AかB): before a comma they join two cases, whatever law text writes more often
_LISTING = frozenset(("や", "か", "やら"))
# words a one-kana change turns into other words as often as into slips (または → までは, です → では, それ → その)
_WHOLE_POS = {"接続詞", "助動詞", "副詞", "連体詞", "代名詞"}


# adverbs and conjunctions: free-standing words. Those the dictionary writes in kanji (すぐ under 直ぐ, さらに under
# 更に) are the standard vocabulary written in kana; those it writes in kana only are mostly onomatopoeia and old or
# dialect words (ことり, ついと), which a slip makes as easily as it makes nothing
_STANDARD_POS = {"副詞", "接続詞"}


def _kanji_suffix(t, s: str) -> bool:
    """A suffix of two kana or more the dictionary lists under a kanji (ごと: 毎) in ``s``, closing its phrase: a
    particle after it that runs on in kana (するごとにより, a slip of することにより) makes no phrase of it."""
    return (t.pos == "接尾辞" and t.end - t.start >= 2 and bool(_KANJI_CH.search(t.lemma))
            and not re.match(r"[にでをが][\u3041-\u3093]", s[t.end:t.end + 2]))


# nouns that stand after の as a postposition does (管理のもと, 合意のうえ, 以下のとおり, そのまま): by their lemmas
_RELATION_LEMMAS = frozenset(("下", "元", "基", "上", "通り", "為", "外", "侭", "儘"))


def _no_then_relation(left: str, run: str, right: str) -> bool:
    """Is the kana run の and a noun of relation the tagger knows, whole (「管理|の|もと|取り扱う」)? Written in kana after
    の, such a noun is how the phrase is written, however rarely law text (which writes 下, 上) spells it so."""
    toks, _ = tagged_line(left + run + right)
    a, b = len(left), len(left) + len(run)
    for k, t in enumerate(toks[:-1]):
        if t.start == a and t.surface == "の" and t.pos == "助詞":
            n = toks[k + 1]
            return n.start == t.end and n.end >= b and n.pos == "名詞" and n.lemma in _RELATION_LEMMAS
    return False


def _particle_then_verb(text: str, at: int) -> bool:
    """Does the kana put back at ``at`` go right after a verb of its own that follows a case particle (「支障がで|ない」:
    が, then 出る written in kana)? Then the sentence as written is whole: a kana put back there (ができない) makes
    another one, not the one meant. (After a noun, 「もの|し」「こと|できない」, a particle went missing.)"""
    toks, _ = tagged_line(text)
    for k, t in enumerate(toks):
        if t.start < at <= t.end:
            return (k > 0 and t.pos == "動詞" and t.pos2 == "一般" and toks[k - 1].pos == "助詞"
                    and toks[k - 1].pos2 == "格助詞" and toks[k - 1].end == t.start)
    return False


def _law_fix(left: str, run: str, right: str, edits) -> tuple[int, str, int] | None:
    """(MeCab's gain, corrected run, its 3-grams' least count in law text) of the best of ``edits`` (score, new,
    a, b) when law text's common 3-grams and MeCab's verdict vouch for it; None when they do not."""
    before = _path_cost(left + run + right)
    gain, new, score, a, b = max((before - _path_cost(left + new + right), new, score, a, b)
                                 for score, new, a, b in sorted(edits, reverse=True)[:40])
    if gain < (_MIN_GAIN if _changed_grams_score(new, a, b) < _STAPLE_FIX else _STAPLE_GAIN):
        return None
    if gain < _SURE_GAIN and score < _COMMON_FIX and (
            score < _INSIDE_WORD_FIX or _particle_for_particle(left, run, new, a, b)):
        return None
    if _another_word(left, run, right, new, a, b):
        return None  # すぐに → するに, されず → されて: a word for a word, however MeCab ranks them
    if a == b and _particle_then_verb(left + run + right, len(left) + a):
        return None  # 支障がでない → ができない: the verb 出る in kana, whole as written
    return gain, new, score


_BEING = frozenset(("居る", "有る"))


def _token_at(left: str, run: str, right: str, a: int):
    """(token, known) of MeCab's reading of ``left + run + right`` that holds run[a]; (None, False) where none does."""
    toks, known = tagged_line(left + run + right)
    at = len(left) + a
    return next(((t, k) for t, k in zip(toks, known) if t.start <= at < t.end), (None, False))


def _another_word(left: str, run: str, right: str, new: str, a: int, b: int) -> bool:
    """Does the kana changed at run[a:b] (into new[a:b]) make a word of its own another word, not a slip: inside
    an adverb or conjunction of two kana or more the dictionary lists under a kanji spelling (すぐに → するに: MeCab
    prefers する after と, but すぐ, 直ぐ, is the everyday adverb), an auxiliary of two kana made another (したい → しない),
    or an auxiliary of one kana made a particle (されず → されて: two ways of joining a clause, grammar both; an
    auxiliary of one kana for another, かかわらじ →
    かかわらず, and one particle for another, のより → により, are left to MeCab's margin), or a conjunctive particle
    that joins two clauses as written (するものとするが、 → すると、: _clause_joint)? A voicing mark alone (か/が, て/で)
    is a slip of the eye whatever the grammar, and stays reportable, but at such a joint."""
    if a == b:
        return False
    base = len(left)
    if _clause_joint(left + run + right, base + a):
        return True  # (even for が written for か: the clause as written is grammar)

    t, k = _token_at(left, run, right, a)
    if t is not None and k and _kanji_suffix(t, left + run + right):
        return True  # 勤務するごとに (毎): even one voicing mark from こと, a word for a word
    if t is not None and k and t.pos == "助詞" and t.surface in _LISTING \
            and (left + run + right)[t.end:t.end + 1] in ("、", "，", ","):
        return True  # 「…認められたときや、他の…したとき」: や lists the cases; は would be another sentence
    if _dakuten_pair(run[a], new[a]):
        return False
    if t is None or not k:
        return False
    if t.pos in _STANDARD_POS and t.end - t.start >= 2 and _KANJI_CH.search(t.lemma):
        return True
    if _kana_verb_made_another(left, run, right, new, a):
        return True
    if t.pos == "動詞" and t.lemma in _BEING:
        u, ku = _token_at(left, new, right, a)
        if u is not None and ku and u.pos == "動詞" and u.lemma in _BEING and u.lemma != t.lemma:
            return True  # 「恋人がいる方」 → がある: いる of people and animals, ある of things, two verbs of being
    if t.pos == "助動詞" and _misattached_auxiliary(left + run + right, base + max(0, a - 1), base + b + 2):
        return False  # 「してはならたい」, 「によっせは」: an auxiliary after a form it never takes is the slip's reading
    if t.pos == "助動詞" and t.end - t.start == 1:
        u, ku = _token_at(left, new, right, a)
        return u is not None and ku and u.pos == "助詞" and u.end - u.start == 1
    if t.pos == "助動詞" and t.end - t.start >= 2:
        # したい → しない, しなかった → したかった: one auxiliary of the modern language for another, meaning its
        # opposite, both grammar (a word of one kana, or an old form, is left to MeCab: かかわらじ → かかわらず)
        u, ku = _token_at(left, new, right, a)
        return u is not None and ku and u.pos == "助動詞" and u.end - u.start >= 2
    return False


@lru_cache(maxsize=1)
def _auxiliary_attachment() -> dict[str, str]:
    return {row[0]: row[1] for row in load_tsv("auxiliary_attachment.tsv")}


def _misattached_auxiliary(s: str, lo: int, hi: int) -> bool:
    """Does MeCab read, among the tokens of ``s`` that start in lo…hi, an auxiliary after a verb or auxiliary in a
    form it never attaches to (data/auxiliary_attachment.tsv)?"""
    needs = _auxiliary_attachment()
    forms = {start: (pos, form) for start, _, pos, _, form in conjugated(s)}
    toks = tokenize(s)
    for before, t in zip(toks, toks[1:]):
        if not (lo <= t.start < hi) or t.pos != "助動詞" or t.lemma not in needs or before.end != t.start:
            continue
        pos, form = forms.get(before.start, ("", ""))
        if pos in ("動詞", "助動詞") and form and not form.startswith(needs[t.lemma]):
            return True
    return False


# each 3-gram of a phrase law text writes throughout (にかかわらず 218, について 1952; 以上としなく: 11, 28)
_PHRASE_FIX = 150


def _kana_verb_made_another(left: str, run: str, right: str, new: str, a: int) -> bool:
    """Is run[a] inside a verb of two kana or more that the dictionary spells with a kanji (とれ, 取れる), read as
    written (tokens.verbs_read_as_written: not におうて, 会う's old euphonic form), which the change makes another
    verb (「連絡が…以上とれなくなった」 → 以上と|し|なくなった)? A word for a word: MeCab may rank the other reading
    higher, but the verb written in kana is whole as written."""
    base = len(left)

    k3 = kana3()
    grams = [new[i:i + 3] for i in range(max(0, a - 2), min(a, len(new) - 3) + 1)]
    if grams and min(k3.get(g, 0) for g in grams) >= _PHRASE_FIX:
        return False  # 「本サービス上にこいて」 → において, 「有無にかさわらず」 → かかわらず: the correction is a phrase law
        # text writes throughout, which a verb read in the slip (恋う, 触る) does not stand against
    t, k = _token_at(left, run, right, a)
    if t is None or not k or t.pos != "動詞" or t.end - t.start < 2 or t.start < base or t.lemma in _BEING \
            or not _KANJI_CH.search(t.lemma) or (t.start, t.end) not in verbs_read_as_written(left + run + right):
        return False
    u, ku = _token_at(left, new, right, a)
    return u is not None and ku and u.pos == "動詞" and u.lemma != t.lemma


def _clause_joint(s: str, p: int) -> bool:
    """Is s[p] a one-kana conjunctive particle after a verb or auxiliary in its 終止形 and before a comma
    (するものとするが、, できるが、)? Two clauses joined the way Japanese joins them, whatever law text writes (it
    never concedes: するものとするが is not in the model) and however much more often MeCab has seen another
    particle there (すると、): a kana slip that makes this much grammar is rare, and one particle for another is
    another sentence."""
    toks = conjugated(s)
    i = next((i for i, t in enumerate(toks) if t[0] == p), None)
    if i is None or i == 0 or i + 1 >= len(toks):
        return False
    start, end, pos, pos2, _ = toks[i]
    before, after = toks[i - 1], toks[i + 1]
    return (end - start == 1 and pos == "助詞" and pos2 == "接続助詞" and before[1] == start
            and before[2] in ("動詞", "助動詞") and before[4].startswith("終止形") and after[3] == "読点")


def _index_of(grams) -> tuple[dict, dict, dict]:
    """The kana that may follow two, sit between two, or precede two kana, in ``grams`` (3-grams)."""
    first: dict[str, set[str]] = {}
    outer: dict[str, set[str]] = {}
    last: dict[str, set[str]] = {}
    for g in grams:
        if len(g) == 3:
            first.setdefault(g[:2], set()).add(g[2])
            outer.setdefault(g[0] + g[2], set()).add(g[1])
            last.setdefault(g[1:], set()).add(g[0])
    return first, outer, last


@lru_cache(maxsize=1)
def _law_written_kana3() -> tuple[dict, dict, dict]:
    return _index_of(kana3())


class _Union:
    """Two indexes of _index_of read as one (law text's, made once; the document's own)."""

    __slots__ = ("a", "b")

    def __init__(self, a: dict, b: dict):
        self.a, self.b = a, b

    def get(self, key, default=()):
        x, y = self.a.get(key), self.b.get(key)
        if x is None:
            return default if y is None else y
        return x if y is None else x | y


def _written_kana3(in_doc: Counter) -> tuple:
    """The index _kana_edits takes of the 3-grams written somewhere: in law text, or twice in the document."""
    law = _law_written_kana3()
    own = _index_of(g for g, n in in_doc.items() if n >= 2)
    return tuple(_Union(a, b) for a, b in zip(law, own))


# the kana of one row (か き く け こ): a verb's forms differ in the vowel of its last kana (いただか|ない, いただけ|ない)
_ROWS = ("あいうえお", "かきくけこ", "がぎぐげご", "さしすせそ", "ざじずぜぞ", "たちつてと", "だぢづでど", "なにぬねの",
         "はひふへほ", "ばびぶべぼ", "ぱぴぷぺぽ", "まみむめも", "やゆよ", "らりるれろ", "わゐゑを")
_ROW_OF = {c: i for i, row in enumerate(_ROWS) for c in row}


def _same_row(x: str, y: str) -> bool:
    return x != y and _ROW_OF.get(x, -1) == _ROW_OF.get(y, -2)


def _everyday_fix(run: str, lo: int, hi: int, left: str, right: str, in_doc: Counter, doc4: Counter,
                  index: tuple[dict, dict, dict]) -> tuple[str, str, str] | None:
    """(corrected run, evidence in Japanese, in English) of the best one-kana change or insertion at lo…hi that the
    document's own phrases or MeCab's clear verdict vouch for; else None. ``index``: _written_kana3's."""
    k3 = kana3()
    before = None
    best = None
    toks, known = tagged_line(left + run + right)
    base = len(left)
    for new, a, b in _kana_edits(run, lo, hi, index):
        grams = [new[i:i + 3] for i in range(max(0, a - 2), min(b, len(new) - 3) + 1)]
        if not grams or not all(k3.get(g, 0) or in_doc[g] >= 2 for g in grams):
            continue
        if a == 0 and left and _KANJI_CH.match(left[-1]):
            continue  # the okurigana of a verb (生じる, 生きる): another verb, not a slip
        if a < b:
            t, k = next(((t, k) for t, k in zip(toks, known) if t.start <= base + a < t.end), (None, False))
            if t is not None and k and (t.pos in _WHOLE_POS and t.end - t.start >= 2 or t.pos == "接頭辞"
                                        or _kanji_suffix(t, left + run + right)):
                continue  # inside または, です, お客様, するごとに (毎): a word of its own, which the change makes another
            if t is not None and t.pos == "助詞" and t.end - t.start == 1 and not _dakuten_pair(run[a], new[a]):
                continue  # a particle changed (のあった / があった, こともできる / ことでできる): grammar either way
            if _clause_joint(left + run + right, base + a):
                continue  # するものとするが、 (not か): two clauses joined, as written
            if t is not None and t.pos == "動詞" and len(new) == len(run) and _same_row(run[a], new[a]):
                continue  # いただかない / いただけない: another form of the same verb, both Japanese
            if _kana_verb_made_another(left, run, right, new, a):
                continue  # 以上とれなくなった / としなくなった: a verb in kana made another verb
        around4 = [new[i:i + 4] for i in range(max(0, a - 3), min(b, len(new) - 4) + 1)]
        n, phrase = min(((doc4[g], g) for g in around4), default=(0, new))
        if before is None:
            before = _path_cost(left + run + right)
        gain = before - _path_cost(left + new + right)
        if n >= _DOC_PHRASE and gain >= _DOC_PHRASE_GAIN:
            key = (1, n, gain)
        elif gain >= _EVERYDAY_GAIN:
            key = (0, gain, 0)
        elif gain >= _VOICING_GAIN and a < b and _dakuten_pair(run[a], new[a]):
            key = (0, gain, 1)
        else:
            continue
        if best is None or key > best[0]:
            best = (key, new, n, phrase, gain)
    if best is None:
        return None
    (kind, _, voicing), new, n, phrase, gain = best
    if not kind and voicing:
        return (new, "濁点の有無だけの違いで、形態素解析上はるかに自然な文になります",
                f"only a voicing mark apart, and far more natural Japanese to MeCab (path cost {gain} lower), every "
                f"3-gram written elsewhere")
    if kind:
        return (new, f"この文書で{n}回使われている並び（「{phrase}」）で、形態素解析上も自然な文になります",
                f"a phrase the document writes {n} times (「{phrase}」), and natural Japanese to MeCab (path cost "
                f"{gain} lower)")
    return (new, "形態素解析上はるかに自然な文になります",
            f"far more natural Japanese to MeCab (path cost {gain} lower), every 3-gram written elsewhere")


# A kana typed twice or one too many (といいいます, ものとしいます): law text's 3-grams cannot vouch for the run without
# it (terms speak politely, law text never does), but the document can: the kana around the gap, with the extra one
# taken out, written _DOC_CONVENTION times or more (_DOUBLED_CONVENTION where the kana doubles its neighbour, a key
# struck twice), and MeCab reading the clause better by _DOC_PHRASE_GAIN.
_DOUBLED_CONVENTION = 3
# ... or law text writes each 4-gram around the gap this often: a word of its own, not a chance junction of kana
_LAW_WORD4 = 20


# words that stand anywhere in a sentence, each whole: a kana that opens one is no kana too many
_WORDS_OF_THEIR_OWN = frozenset(("連体詞", "副詞", "接続詞", "代名詞"))


def _extra_kana(run: str, lo: int, hi: int, left: str, right: str, doc4: Counter,
                kana4: dict) -> tuple[int, str, int, bool] | None:
    """(times the document writes it, the run with one kana at lo…hi taken out, MeCab's gain, whether law text vouches
    for it) where the document writes the kana around the gap that often, or law text writes them as a phrase of its
    own (あらかじかめ → あらかじめ: らかじめ ×32 in the model, a word no document need write twice), and writes those
    around the kana as written once at most; else None. A kana of a particle is never taken out."""
    best = None
    before = None
    for p in range(max(lo, 1), min(hi, len(run) - 1) + 1):
        new = run[:p] + run[p + 1:]
        around = [new[i:i + 4] for i in range(max(0, p - 3), min(p - 1, len(new) - 4) + 1)]
        written = [run[i:i + 4] for i in range(max(0, p - 3), min(p, len(run) - 4) + 1)]
        if not around or not written or any(g in kana4 or doc4[g] > 1 for g in written):
            continue
        n = min(doc4[g] for g in around)
        doubled = run[p] in (run[p - 1], run[p + 1:p + 2])
        law = n < (_DOUBLED_CONVENTION if doubled else _DOC_CONVENTION)
        if law and min(kana4.get(g, 0) for g in around) < _LAW_WORD4 or (best is not None and n <= best[0]):
            continue
        toks, known = tagged_line(left + run + right)
        if law and not any((t.pos == "感動詞" or not kn) and t.start < len(left) + len(run) and len(left) < t.end
                           for t, kn in zip(toks, known)):
            continue  # law's phrase alone vouches only where the run reads as no words (あら|かじかめ): さもなければ,
            # なさらない, させたい are words, one kana from law's さなければ, ならない, させた
        k = next((k for k, t in enumerate(toks) if t.start <= len(left) + p < t.end), None)
        t = toks[k] if k is not None else None
        if t is None or t.pos == "助詞":
            continue  # 者のみとする: a particle, written or not as the clause means (のとする ×25 is no witness)
        if t.start == len(left) + p and known[k] and t.pos in _WORDS_OF_THEIR_OWN:
            continue  # 「すべて|その」: the kana opens a word of its own (その), not one typed twice (すべての ×40 no witness)
        if before is None:
            before = _path_cost(left + run + right)
        gain = before - _path_cost(left + new + right)
        if gain >= _DOC_PHRASE_GAIN:
            best = (n, new, gain, law)
    return best


def _slip_cluster(unseen: list[int], run: str) -> list[int] | None:
    """The one run of two or more consecutive indices among ``unseen`` (sorted), the others standing alone, and
    those that lie in the polite ending closing the run (「選択すりこともできます」: できます, which law text never
    writes, is no second slip); else None."""
    clusters: list[list[int]] = []
    for i in unseen:
        if clusters and i == clusters[-1][-1] + 1:
            clusters[-1].append(i)
        else:
            clusters.append([i])
    wide = [c for c in clusters if len(c) >= 2]
    if len(wide) > 1 and (m := _POLITE_END.search(run)) is not None:
        wide = [c for c in wide if c[0] + 3 <= m.start()]  # (a 3-gram that runs into the ending: ともで, もでき)
    return wide[0] if len(wide) == 1 else None


# the polite endings of terms of service (law text writes none of them), closing a kana run
_POLITE_END = re.compile(r"(?:でき|いたし|し|い|あり|なり|くだ|ござい)?(?:ます|ません|ました|さい)$")


# what a predicate nominalized by の is compared with: …するのと同様, 定めるのと同等
_COMPARED = re.compile(r"同様|同等|同じ|同一|同程度|同時|比べ|比較")


def _quoted_speech(left: str, run: str, right: str) -> bool:
    """Does ``run`` stand inside a quotation of words spoken (「…がやった」「…してしまった」 as excuses cited), one that
    ends a predicate in the plain past or present just before its 」, not a term (「本サービス」) or a sentence of the
    document quoted with its 。?"""
    close = right.find("」")
    if left.rfind("「") <= left.rfind("」") or close < 0 or "。" in right[:close]:
        return False
    return re.search(r"(?:た|だ|る|ない)$", run + right[:close]) is not None


def _places_of_run(text: str, run: str):
    """Where ``text`` writes ``run`` as a whole run of hiragana (_KANA_RUN: no hiragana on either side)."""
    i = text.find(run)
    while i >= 0:
        if not (i and "ぁ" <= text[i - 1] <= "ゖ") and not ("ぁ" <= text[i + len(run):i + len(run) + 1] <= "ゖ"):
            yield i
        i = text.find(run, i + 1)


_BROKEN_WORD_HEAD = re.compile(r"[ぁ-ゖ\u4e00-\u9fff々]{1,8}$")


_VERB_GOTONI = re.compile(f"[{_U_ROW}]ごとに(?!よ|つ|関|対|係|基)")  # (not ことにより, ことについて written with ご)
_PERIOD_BEFORE = re.compile(r"(?:時間|月|日|年|週)$")
_KATAKANA_END = re.compile(r"[\u30a1-\u30fa\u30fc]$")
_PARTICLE_STARTS = frozenset("のにをがはとでもへやか")
# する's forms, which make a verb of the word before them (リクエストする, アクセスした)
_SURU_FORMS = ("する", "した", "して", "しな", "しま", "され", "させ", "すれ", "しよ")
_LATIN_WORD = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9Ａ-Ｚａ-ｚ０-９]*")


def _named_with_latin(text: str, run: str, right: str) -> bool:
    """Does the run end in the kana head of a name that goes on in Latin letters (ふるまちPay), a name the document writes
    more than once?"""
    latin = _LATIN_WORD.match(right)
    if latin is None:
        return False
    return any(text.count(run[k:] + latin.group(0)) >= 2 for k in range(1, len(run) - 1))


def _more_of(ctx: Context, pos: int) -> bool:
    """Is the より at ``pos`` the adverb (more) before what it grades: an adjective, a state (円滑な), or a verbal noun
    made a verb (充実した)? Before a plain noun (制限のよりサービス) it is により with its に slipped."""
    t = ctx.token_at(pos)
    if t is None or t.pos != "副詞":
        return False
    after = ctx.token_at(t.end)
    if after is None:
        return False
    if after.pos in ("形容詞", "形状詞", "副詞"):
        return True
    nxt = ctx.text[after.end:after.end + 1]
    # (a state borrowed in katakana, graded before its に: 「従業員がよりオープンに参加できる」)
    if after.pos == "名詞" and (nxt in ("し", "す", "な", "的", "化") or nxt == "に" and is_katakana(after.surface[0])):
        return True
    # after the subject, the topic or the object (が, は, も, を; により takes none of them), より may grade the clause's
    # predicate further on: 「従業員がよりオープンソースソフトウェアの改善に参加しやすくする」 (…しやすく: more easily)
    return ctx.text[pos - 1:pos] in "がはもを" and _graded_ahead(ctx, t.end)


# how far a clause's predicate may stand after the より that grades it
_GRADED_WITHIN = 60


def _graded_ahead(ctx: Context, pos: int) -> bool:
    """Is there an adjective or a state (多い, 円滑な, …しやすい) after ``pos`` before the sentence ends?"""
    toks, starts, base = ctx.line_tokens(pos)
    i = bisect.bisect_left(starts, pos - base)
    for tok in toks[i:]:
        if tok.start + base - pos > _GRADED_WITHIN or tok.surface == "。":
            return False
        if tok.pos in ("形容詞", "形状詞") or tok.pos2 == "形容詞的":  # (…しやすく, …しにくい: 接尾辞 of an adjective's kind)
            return True
    return False


def _okurigana_then_words(ctx: Context, s: int, e: int) -> bool:
    """Does a word the tagger reads over the kanji before ``s`` end inside the kana run ``s…e``, a particle and words it
    knows after it (借受|け + が|できる), not a broken ending (得れ|らた)?"""
    t = ctx.token_at(s)
    if t is None or not (t.start < s < t.end <= e):
        return False
    toks, known = tagged_line(ctx.text[t.end:e])
    return bool(toks) and toks[0].pos == "助詞" and all(known)


def _noun_then_nashi(ctx: Context, s: int, e: int) -> bool:
    """Does the kana run ``s…e`` open inside a noun the tagger reads over the kanji before it, and go on with なし alone
    (自ら|なし)? A noun takes なし whole (許可なし, 自らなし); only a verb's or an auxiliary's stem takes ない (されない)."""
    t = ctx.token_at(s)
    if t is None or not (t.start < s < t.end < e) or t.pos not in ("名詞", "副詞"):
        return False
    toks, known = tagged_line(ctx.text[t.end:e])
    return len(toks) == 1 and toks[0].lemma == "無し" and all(known)


_NAMED_TOGETHER = re.compile(r"(?:総称し|略し|併せ|合わせ|あわせ|まとめ|一括し)$")
_NOUN_THEN_NOTHING = re.compile(r"も(?:ない|なく|なけれ|なかっ|ありません|ございません)")
_GET_IN_KANA = re.compile(r"をえ(?:る|た|て|ない|ず|られ|ます)")
_HISTORICAL_KANA_LETTERS = re.compile(r"[ひふへゐゑ]")
# a verb's ending in the historical kana orthography (行ふ, 従ひ, といふ): a kanji, then ふ or ひ, then what follows a verb
_HISTORICAL_ENDING = re.compile(r"(?:[\u4e00-\u9fff]|とい)[ふひ](?=[、。てはもをにのこと])|[ゐゑ]")


def _historical_kana(text: str) -> bool:
    """Is ``text`` written in the historical kana orthography (two verb endings of it at least, 行ふ and 従ひ): old rules
    of shrines and temples are, and their といひ, 行ふ are right there."""
    return len(set(_HISTORICAL_ENDING.findall(text))) >= 2


def _kana_slip_findings(ctx: Context, skip: list[tuple[int, int]]):
    text = ctx.text
    k3 = kana3()
    kana4 = model()["kana4"]
    # runs with a 3-gram law text never writes: few, so where they are and the document's own counts are
    # taken only if there are any
    odd_runs = {r for r in set(_KANA_RUN.findall(ctx.scanned_text))
                if any(r[i:i + 3] not in k3 for i in range(len(r) - 2))}
    if not odd_runs:
        return
    written = ctx.full.memo("typos.kana_runs", lambda: Counter(_KANA_RUN.findall(ctx.full.text)))
    odd = sorted((s, run) for run in odd_runs for s in _places_of_run(text, run) if ctx.in_scope(s))
    # the document's kana 3- and 4-grams, counted over its distinct runs (a few hundred, where it writes
    # thousands: は, には, ものとします…)
    in_doc: Counter = Counter()
    doc4: Counter = Counter()
    for r, n in written.items():
        for i in range(len(r) - 2):
            in_doc[r[i:i + 3]] += n
            if i < len(r) - 3:
                doc4[r[i:i + 4]] += n
    doc_known = None  # made when a run needs the document's own 3-grams
    written_index = None
    for s, run in odd:
        unseen = [i for i in range(len(run) - 2) if run[i:i + 3] not in k3 and in_doc[run[i:i + 3]] <= 1]
        if not unseen:
            continue
        odd_grams = len(unseen)
        lo, hi = max(unseen), min(unseen) + 2  # one slip lies in every 3-gram law text never writes
        if lo > hi:
            # terms speak politely (できません, ください), which law text never does: a lone 3-gram of that kind
            # away from the slip is no second slip. The slip is where 3-grams law text never writes cluster (a
            # kana slipped inside a run breaks two or three in a row); there must be exactly one such cluster.
            unseen = _slip_cluster(unseen, run)
            if unseen is None:
                continue
            lo, hi = max(unseen), min(unseen) + 2
        if any(a < s + len(run) and s < b for a, b in skip):
            continue
        line_start, line_end = ctx.line_span(s)
        if s == line_start and s >= 2 and (tail := _BROKEN_WORD_HEAD.search(text, max(0, s - 9), s - 1)) is not None:
            # 「…よくお読みい⏎ただき、」, 「…契約を結⏎ぶものとする」: a word broken by a PDF's line, the run's head on the
            # line before
            tail = tail.group(0)
            toks, known = tagged_line(text[max(line_start - 12, 0):s - 1] + run + text[s + len(run):s + len(run) + 4])
            at = (s - 1) - max(line_start - 12, 0)  # where the run starts in the joined text
            if any(k and t.start < at < t.end and t.start >= at - len(tail) for t, k in zip(toks, known)):
                continue  # a word MeCab knows spans the break
        left = text[max(line_start, s - 12):s]
        right = text[s + len(run):min(line_end, s + len(run) + 8)]
        head = ctx.token_at(s)
        if head is not None and head.start < s < head.end and head.pos == "副詞":
            continue  # 「決してないことを」: the run opens inside an adverb written in kanji and kana (決して), no slip
        if head is not None and head.start < s < head.end and head.pos == "形容詞" and _is_word(head.lemma) \
                and (nxt := ctx.token_at(head.end)) is not None and nxt.pos == "助詞" \
                and all(s + i + 3 <= nxt.end for i in unseen):
            continue  # 「少なくとも年1回」: an adjective written in kanji and kana (少なく) and its particle, no slip
        if _kana_noun_of_a_compound_adjective(left, run, right, unseen):
            continue  # 「文化のかおり高いまち」: 香り written in kana, then 高い (香り高い), no slip of のとおり
        if _inside_kana_spelling(run, unseen) or _inside_known_words(left, run, right, unseen) \
                or _noun_particle_verb(left, run, right, unseen) or _noun_ga_nai(left, run, right) \
                or _noun_ari_no(left, run, unseen) \
                or _honorific(left, run, right, unseen) or _conjugated(left, run, right, unseen) \
                or _after_predicate(left, run, right, unseen) or _literary(left, run, right) \
                or _verb_after_verb(left, run, right, unseen) or _comparative_yori(left, run, right):
            continue
        if right[:1] in _CLOSING_QUOTES and _closes_a_quoted_name(left, run, right):
            continue
        if _quoted_speech(left, run, right):
            continue  # 「兄弟姉妹がやった」などの理由: someone's words, quoted as spoken, not the document's own prose
        if run[-1] in "ごお" and is_kanji(right[:1]) and unseen == [len(run) - 3]:
            continue  # 「についてご不明点があれば」: the polite prefix of the noun after it ends the run
        if _KATAKANA_END.search(left) and run[0] not in _PARTICLE_STARTS and not run.startswith(_SURU_FORMS):
            continue  # 「生活協同組合コープながの理事長」: kana run on from a katakana word, a name's (コープながの), no particle
            # (nor する made a verb of the loanword: 「リクエストすることざでき」)
        if run.startswith("ぎめ") and _PERIOD_BEFORE.search(left):
            continue  # 「時間ぎめの駐車料金」, 月ぎめ: 決め after a period, a rate by the hour or the month
        if _VERB_GOTONI.search(run + right[:2]):
            continue  # 「○○分増すごとに」: a verb's plain form and ごとに (each time), as law writes 経過するごとに
        if run.endswith("とは") and not right.strip(" \u3000"):
            continue  # 「適合しないとは⏎部品や…などを指します」: a glossary's term closing its line, its meaning below
        if _named_with_latin(text, run, right):
            continue  # 「…との間でふるまちPayに係る」: the head of a name the document writes with its Latin part (ふるまちPay)
        if _GET_IN_KANA.search(run + right[:2]):
            continue  # 「承認をえる」: 得る written in kana
        if _HISTORICAL_KANA_LETTERS.search(run) and ctx.full.memo("typos.historical_kana", lambda: _historical_kana(ctx.full.text)):
            continue  # 「氏子といひ」, 「業務を行ふ」 in rules written in the historical kana orthography throughout
        if run.endswith("いい") and right[:1] in "、，":
            continue  # 「…を総称していい、別記に定めるもの」: いう's connective form (言い), as 「…といい、」 in every definition
        if run.endswith("とを") and right.startswith(("問わ", "問い")):
            continue  # 「明示的であると暗示的であるとを問わず」: AとBとを問わず, both sides listed with と
        if run[1:].startswith("もって") and is_kanji(left[-1:]):
            continue  # 「…法人を志向しもって組合員の…」: a verb's continuative, then もって (its 読点 left out), no をもって
        if run.endswith(("のより", "がより", "はより", "をより", "もより")) and _more_of(ctx, s + len(run) - 2):
            continue  # 「会員等のより充実した生活」, 「従業員がよりオープンに」: a particle, then より the adverb (more), no により
        if "ていい" in run and _permitted(left, run, right):
            continue  # 「ユーザが使用していい範囲」: the te-form and いい (may), a permission as plain prose gives it
        if run.endswith("ていう") and _NAMED_TOGETHER.search(left + run[:-3]):
            continue  # 「…を個別に又は総称していう。」: a definition's いう after 総称して, 併せて (no している)
        if _NOUN_THEN_NOTHING.match(run) and left and (is_kanji(left[-1]) or is_katakana(left[-1])):
            continue  # 「何らの意思表示もない場合」: a noun, も, then ない (no … at all), no slip of 表示しない
        if run.endswith("のと") and _COMPARED.match(right):
            continue  # 前条に定めるのと同等の義務: a predicate made a noun by の, compared (grammar-slip asks for it)
        if _no_then_relation(left, run, right):
            continue  # 「十分な管理のもと取り扱う」: の and もと (下), a noun of relation after it, as written
        edits = _KANA_FIXES.get((run, lo, hi), lambda run=run, lo=lo, hi=hi: _kana_fixes(run, lo, hi, k3))
        # a correction must take away what made the run odd: 「出産予定でないか」 → できないか keeps ないか, which law text
        # never writes either (the copula's でない was right); the document's own phrases may still correct the run
        edits_failed = bool(edits)
        edits = tuple(e for e in edits if sum(1 for i in range(len(e[1]) - 2) if e[1][i:i + 3] not in k3
                                              and in_doc[e[1][i:i + 3]] <= 1) < odd_grams)
        edits_failed = edits_failed and not edits
        if edits and _noun_then_nashi(ctx, s, s + len(run)):
            continue  # 「止宿人が自らなし、または加担した」: a noun written over its kanji and なし, no slip of ない
        if edits and _okurigana_then_words(ctx, s, s + len(run)):
            # 「概算額の借受けができる」: the run's first kana ends a word the tagger reads over the kanji before it
            # (借受け), and known words follow it (が|できる); a correction of that kana would unmake the word
            edits = tuple(e for e in edits if e[2] > 0)
            if not edits:
                continue
        dropped = law_dropped = twice = None
        for score, new, a, b in edits:
            # a kana put back, with two kana of the run before it at least: the phrase it restores is seen whole (もの|と|し),
            # not made up from one kana (執行可能|と|できる is no ことができる): is that how the document writes it?
            if a == b and a >= 2 and len(run) >= 4:
                around = [new[i:i + 3] for i in range(max(0, a - 2), min(a, len(new) - 3) + 1)]
                # the kana around the gap as written: the 4-gram two kana each side of it (ことでき, not ることで: することで
                # is a phrase of its own), or, at a run's end, those that span it
                gap = ([run[a - 2:a + 2]] if a + 2 <= len(run) else
                       [run[i:i + 4] for i in range(max(0, a - 3), min(a - 1, len(run) - 4) + 1)])
                if not (gap and all(g not in kana4 and doc4[g] <= 1 for g in gap)):
                    continue
                if _quoted_clause(left + run + right, len(left) + a):
                    continue  # 放棄したとは見なされない: a clause quoted for the verb that regards it, as written
                if _particle_then_verb(left + run + right, len(left) + a):
                    continue  # 支障がでない (出ない): a subject and its verb written in kana, no ができない with き dropped
                around4 = [new[i:i + 4] for i in range(max(0, a - 3), min(a, len(new) - 4) + 1)]
                n = min((in_doc[g] for g in around), default=0)
                if n >= _DOC_CONVENTION:
                    if dropped is None or n > dropped[0]:
                        dropped = (n, new)
                    continue
                if n >= _DOC_TWICE and around4 and min(kana4.get(g, 0) for g in around4) >= _LAW_SEEN4 \
                        and (twice is None or n > twice[0]):
                    twice = (n, new)  # (the fallback when neither source alone vouches: below)
                # a document that rarely writes the phrase: law text's own 4-grams around the kana put back
                # (できるものし → ものとし, あるものして → ものとして: the drafting phrases of every law)
                if around4 and min(kana4.get(g, 0) for g in around4) >= _LAW_PHRASE4 and (
                        law_dropped is None or score > law_dropped[0]):
                    law_dropped = (score, new)
        if dropped is None and law_dropped is None and twice is not None:
            dropped = twice
        if dropped is None and law_dropped is None and len(run) >= 2 and run[-1] == "す" and run[-2] in _STEM_ENDS \
                and right[:1] in "。．" and (n := ctx.full.memo("typos.polite_ends",
                                                               lambda: ctx.full.text.count("ます。"))) >= _DOC_CONVENTION:
            dropped = (n, run[:-1] + "ます")  # 「コンテンツが含まれす。」 in a text that ends its sentences ます。: ま dropped
        polite = None
        if not edits and not edits_failed:
            # terms write politely (できます, ものとします), which law text never does: the document's own frequent
            # 3-grams vouch for a correction, and MeCab must read it far better
            if doc_known is None:
                doc_known = _known_kana3(in_doc)
            polite = _polite_fix(run, lo, hi, doc_known, left, right)
        extra = everyday = law = None
        if polite is None and dropped is None and law_dropped is None:
            extra = _extra_kana(run, lo, hi, left, right, doc4, kana4)
        if polite is None and dropped is None and law_dropped is None and extra is None:
            if written_index is None:
                written_index = _written_kana3(in_doc)
            everyday = _everyday_fix(run, lo, hi, left, right, in_doc, doc4, written_index)
            if everyday is not None and edits:
                # law text's common 3-grams and MeCab's verdict decide first, as below; the document's phrase is
                # the fallback for what they turn away
                law = _law_fix(left, run, right, edits)
                if law is not None:
                    everyday = None
        romaji = None
        if extra is None and everyday is None and polite is None and dropped is None and law_dropped is None:
            if law is None and edits:
                law = _law_fix(left, run, right, edits)
            if law is None:  # law text's common 3-grams correct nothing: the kana one romaji key away may
                romaji = _romaji_fix(left, run, right, min(unseen), max(unseen) + 2, in_doc)
                if romaji is None:
                    continue
        lead = "1字違いの"
        if extra is not None:
            n, new, gain, law = extra
            lead = "余分な1字を除いた"
            written_ja = "法令文によくある並び" if law else f"この文書で{n}回以上書かれている並び"
            written_en = "law text writes often" if law else f"the document writes at least {n} times"
            ja = f"{written_ja}で、形態素解析上も自然な文になります"
            en = (f"the run with one kana too many taken out, which {written_en}, and natural Japanese to MeCab "
                  f"(path cost {gain} lower)")
        elif everyday is not None:
            new, ja, en = everyday
        elif polite is not None:
            gain, new = polite
            ja = "この文書でよく使われる並びで、形態素解析上も自然な文になります"
            en = f"made of 3-grams the document writes often, and natural Japanese to MeCab (path cost {gain} lower)"
        elif dropped is not None:
            n, new = dropped
            ja = f"この文書では{n}回以上そう書いています"
            en = f"the document writes it that way at least {n} times"
        elif law_dropped is not None:
            _, new = law_dropped
            ja = "法令文の定型の言い回しになります"
            en = "a set phrase of law text (every 4-gram common in e-Gov law text)"
        elif romaji is not None:
            gain, new = romaji
            ja, en = _ROMAJI_JA, _ROMAJI_EN.format(gain=gain)
        else:
            gain, new, score = law
            if _changes_a_sound_word(ctx, s, run, new):
                continue  # 「リンクをはる」 (張る), 「表示がなされず提供された」: a verb everyone writes, a negation, as written
            ja = f"法令文によくある並び（{score}回以上）で、形態素解析上も自然な文になります"
            en = f"common in law text (each 3-gram at least {score} times) and natural Japanese to MeCab (path cost {gain} lower)"
            at = next((i for i, (x, y) in enumerate(zip(run, new)) if x != y), None)
            if len(new) == len(run) and at is not None and _changed_grams_score(new, at, at + 1) < score:
                # (vouched for by what the kana makes with the kana before it: する|こ|と, whatever follows)
                ja = f"前の仮名と合わせて法令文によくある並び（{score}回以上）になり、形態素解析上も自然な文になります"
                en = (f"with the kana before it, common in law text (each such 3-gram at least {score} times), and "
                      f"natural Japanese to MeCab (path cost {gain} lower)")
        line_start = ctx.line_span(s)[0]
        away = "one kana away"
        if len(new) == len(run) and sum(x != y for x, y in zip(new, run)) == 2:
            lead, away = "2字を入れ替えた", "two kana swapped"
        yield ctx.finding(
            "typo", (s, s + len(run)),
            f"「{run}」は法令文に現れない仮名の並びで、この文書でもここだけです。{lead}「{new}」なら{ja}。",
            f"「{run}」 is a kana sequence e-Gov law text never writes and this document writes only here; {away}, "
            f"「{new}」 is {en}.",
            suggestion=new, severity="warning", excerpt=text[max(line_start, s - 6):s + len(run) + 4],
        )


# the auxiliaries of negation: a kana of one changed turns the sentence's sense (なされず → なされた), which no law 3-gram
# may vouch for; and the share of general Japanese above which a word in kana is one every writer uses (はる: 張る)
_NEGATION = frozenset(("ず", "ぬ", "ない", "ん"))
_COMMON_VERB = 1e-5
_CASE_PARTICLES = frozenset("をがにへ")


def _changes_a_sound_word(ctx: Context, s: int, run: str, new: str) -> bool:
    """Does the kana ``new`` changes of ``run`` (at ``s``) stand in a negation's auxiliary, or in a verb in kana that
    MeCab misreads as an auxiliary after a case particle? Law text's 3-grams know the drafting phrases, not every verb
    a web page writes in kana."""
    if len(new) != len(run):
        return False
    at = next((i for i, (x, y) in enumerate(zip(run, new)) if x != y), None)
    t = ctx.token_at(s + at) if at is not None else None
    if t is None:
        return False
    if t.pos == "助動詞" and t.surface in _NEGATION:
        return True
    # 「リンクをはる」: MeCab reads はる as the Kansai honorific, which follows verbs, never a case particle; the kana are
    # a verb written in kana (張る), one everyone writes (a verb MeCab reads as such may still be a slip of a phrase:
    # におうて, にかかわりず)
    return t.pos == "助動詞" and s <= t.start and t.end <= s + len(run) and len(t.surface) >= 2 \
        and ctx.text[t.start - 1:t.start] in _CASE_PARTICLES and general_frequency(t.surface) >= _COMMON_VERB


# ------------------------------------------------------------------ a conjunction cut short between two nouns

# 起因また関連: a conjunction written as a kana run between two kanji words, once, where the document writes the
# run one kana longer between kanji _CONJUNCTION_CONVENTION times or more (または ×59). MeCab cannot vouch (it reads
# また|は as two words and prefers the short form), so the document's habit must be strong, and the run as written
# must be a conjunction to MeCab: a particle or a verb's ending between nouns (から, とし) is grammar either way.
_BETWEEN_KANJI = re.compile(r"[\u4e00-\u9fff々]([ぁ-ゖ]{2,3})(?=[\u4e00-\u9fff々])")
_CONJUNCTION_CONVENTION = 10


def _short_conjunction_findings(ctx: Context):
    text = ctx.text
    runs = Counter(_BETWEEN_KANJI.findall(text))
    # the runs written once that are a usual run with one kana after its first dropped: few, so only they are sought
    short: dict[str, list[str]] = {}
    for r, n in runs.items():
        if n >= _CONJUNCTION_CONVENTION:
            for i in range(1, len(r)):
                x = r[:i] + r[i + 1:]
                if runs.get(x) == 1:
                    short.setdefault(x, []).append(r)
    for run, longer in short.items():
        m = re.search(f"(?<=[\u4e00-\u9fff々]){run}(?=[\u4e00-\u9fff々])", text)
        if m is None:
            continue
        s, e = m.span()
        tok = ctx.token_at(s)
        if tok is None or (tok.start, tok.end) != (s, e) or tok.pos != "接続詞":
            continue
        new = max(longer, key=lambda r: runs[r])
        line_start = ctx.line_span(s)[0]
        yield ctx.finding(
            "typo", (s, e),
            f"「{run}」は語と語の間にこの文書でここだけの書き方です。この文書は同じ位置に1字多い「{new}」を"
            f"{runs[new]}回書いています。",
            f"「{run}」 between two words is written only here; the document writes 「{new}」 (one kana more) there "
            f"{runs[new]} times.",
            suggestion=new, severity="warning", excerpt=text[max(line_start, s - 6):e + 6],
        )


# ------------------------------------------------------------------ a romaji letter left by the input method

# A consonant typed for a kana and left unconverted (賠償すr責任, 解除でk場合): one lower-case Latin letter between
# a hiragana and Japanese text. None in 25 documents of the corpus (4 MB, the Companies Act included), where
# Latin letters come in words (eKYC, Web) or as upper-case marks (Aプラン, X線).
_ROMAJI_LEFT = re.compile(r"(?<=[ぁ-ゖ])[bcdfghjklmnpqrstvwxyz](?=[ぁ-ゖ\u4e00-\u9fff々])")


# lower-case letters that label items (「前項aおよびb」「a、b又はc」): a letter joined to another lone letter by a conjunction
_LETTER_LABELS = re.compile(r"(?<![A-Za-z])[a-z](?:および|及び|又は|または|若しくは|もしくは|並びに|ならびに|ないし|乃至|から|と|、|・)"
                            r"[a-z](?![A-Za-z])"
                            # (each closed by its bracket, run together or not: 「以下a)b)c)の情報」)
                            r"|(?<![A-Za-z])[a-z][)）](?:[、・]|および|及び|又は|または)?[a-z][)）]")


def _romaji_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_ROMAJI_LEFT):
        s = m.start()
        if m.group(0) in variable_letters(ctx):
            continue  # 「.4秒はx秒」: the document's variable x, written throughout
        line_start, line_end = ctx.line_span(s)
        if any(a <= s < b and (a == s or b == s + 1) for a, b in
               (x.span() for x in finditer(_LETTER_LABELS, text, max(line_start, s - 6), min(line_end, s + 7)))):
            continue  # 「前項aおよびb」: the items a and b, cited
        yield ctx.finding(
            "typo", (s, s + 1),
            f"仮名の間に英字「{m.group(0)}」が残っています（かな漢字変換の打ち残しと思われます）。",
            f"A Latin letter 「{m.group(0)}」 between kana: a consonant left unconverted by the input method.",
            severity="warning",
            excerpt=text[max(0, s - 4):s + 5],
        )


# 「第条の目的を達成するため」: a citation whose number was dropped (第 and its counter, nothing between). Not the
# words that end in 第 (次第, 落第, 及第) before a 項 or 号 of another word.
_NUMBERLESS_LABEL = re.compile(r"(?<![次落及私邸])第(?=[条項号])")


def _numberless_label_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_NUMBERLESS_LABEL):
        s = m.start()
        if spaced_in_source(ctx, s):
            continue  # 「就業規則第　条に基づいて」: a form's blank for the number, spaces kept to write it in
        yield ctx.finding(
            "typo", (s, s + 2),
            f"「{text[s:s + 2]}」の番号が抜けています（「第N{text[s + 1]}」の数字の入れ忘れと思われます）。",
            f"「{text[s:s + 2]}」 has no number: the number of the {text[s + 1]} it cites was left out.",
            severity="warning", excerpt=text[max(0, s - 4):s + 6],
        )


# 「第1頃の規定による申請」: the counter of a citation typed as its look-alike (頃 for 項), in a document that writes the
# counter right elsewhere. Not a counter of its own after 第N (第1順位: 順位 is a word, 第2期, 第3者).
_LABEL_COUNTERS = "条項号"
_COUNTED_LABEL = re.compile(r"第[0-9０-９一二三四五六七八九十百]{1,4}(?P<c>[\u4e00-\u9fff])")


def _label_counter_findings(ctx: Context):
    text = ctx.text
    words = model()["words"]
    for m in ctx.finditer(_COUNTED_LABEL):
        c = m.group("c")
        if c in _LABEL_COUNTERS or text[m.end():m.end() + 1] and c + text[m.end()] in words:
            continue
        right = next((x for x in _LABEL_COUNTERS if _similar(c, x) == "同じ部首で字形が近い"), None)
        if right is None or not re.search(rf"第[0-9０-９一二三四五六七八九十百]{{1,4}}{right}", text):
            continue
        s = m.start("c")
        yield ctx.finding(
            "typo", (s, s + 1),
            f"「{m.group(0)}」の「{c}」は、字形の近い「{right}」の誤りと思われます（この文書は「第N{right}」と書いています）。",
            f"「{m.group(0)}」: 「{c}」 looks like 「{right}」, the counter the document writes elsewhere (第N{right}).",
            suggestion=m.group(0)[:-1] + right, severity="warning", excerpt=text[max(0, m.start() - 3):m.end() + 3],
        )


# 「会則第一八条」: an article's number in kanji digits written place by place, as a year is (二〇二五年), where the
# document writes its numbers with 十 (第十四条): a label is never written so (法令: 第十八条, 第百二十条), and the
# document's own other labels say which form it meant.
# (not a law's number, 「法律第一六〇号」: e-Gov writes those place by place in its history of amendments)
_POSITIONAL_LABEL = re.compile(r"第([〇一二三四五六七八九]{2,3})(?=[条項章節款])")
_UNIT_LABEL = re.compile(r"第[〇一二三四五六七八九]*[十百][〇一二三四五六七八九十百]*[条項章節款]")


def _positional_label_findings(ctx: Context):
    yield from _positional_findings(ctx, _POSITIONAL_LABEL, _UNIT_LABEL, "第", "番号")


# 「二三時五九分まで」: a time in kanji digits written place by place where the document writes its numbers with 十
# (四十五日, 九十日): a time is never written so, only a year or a code is (二〇二五年). (Not a date: e-Gov's notes of
# amendments write 「令和四年一二月」 so.)
_POSITIONAL_COUNT = re.compile(r"(?<![〇一二三四五六七八九十百千第])([一二三四五六七八九][〇一二三四五六七八九]{1,2})(?=時|分)")
_UNIT_COUNT = re.compile(r"[一二三四五六七八九]?[十百][〇一二三四五六七八九十]*(?:時|分|日|か月|箇月|月|条|年)")


def _positional_count_findings(ctx: Context):
    yield from _positional_findings(ctx, _POSITIONAL_COUNT, _UNIT_COUNT, "", "数")


def _positional_findings(ctx: Context, written: re.Pattern, unit: re.Pattern, dai: str, what: str):
    """The numbers ``written`` finds in kanji digits place by place (its group 1), where the document writes one as
    ``unit`` finds it (with 十 or 百): the first such is quoted as the document's way."""
    text = ctx.text
    for m in ctx.finditer(written):
        digits = m.group(1)
        example = ctx.full.memo(f"typos.unit:{unit.pattern}",
                                lambda: next((u.group(0) for u in unit.finditer(ctx.full.text)), ""))
        if digits[0] == "〇" or not example:
            continue
        right = int_to_kanji(kanji_to_int(digits))
        counter = text[m.end():m.end() + 1]
        yield ctx.finding(
            "typo", m.span(1),
            f"「{dai}{digits}{counter}」は数字を一字ずつ並べた書き方です。この文書は「{example}」のように{what}を"
            f"書いているので、「{dai}{right}{counter}」と思われます。",
            f"「{dai}{digits}{counter}」 writes the number digit by digit; the document writes numbers with 十 or 百 "
            f"elsewhere (「{example}」): 「{dai}{right}{counter}」.",
            suggestion=right, severity="warning", excerpt=text[max(0, m.start() - 4):m.end() + 3],
        )


# 「金額を積することによって」: a kanji standing alone after a particle with する after it, which no dictionary knows as a
# verb (課する, 付する, 辞する are; 積する, 掌する, 別する are not): a compound lost a kanji (積算する, 識別する) or the
# verb was written otherwise (乗ずる). A kanji of law's words only (two of its compounds at least): a rare one may be
# an old verb the dictionary lacks (秩序を紊した).
_ONE_KANJI_VERB = re.compile(r"(?<=[をがにはもと、])[\u4e00-\u9fff](?=す[るれ]|し[てたまな]|され|させ|せず|すべ)")
_LAW_COMPOUNDS = 2


@lru_cache(maxsize=4096)
def _known_one_kanji_verb(k: str) -> bool:
    return is_known_word(k + "する") or is_known_word(k + "す") or is_known_word(k + "ずる")


def _one_kanji_verb_findings(ctx: Context):
    text = ctx.text
    words = None
    for m in ctx.finditer(_ONE_KANJI_VERB):
        k, s = m.group(0), m.start()
        if _known_one_kanji_verb(k):
            continue  # 課する, 関する, 有する: asked of the few kanji, before the line is tagged
        t = ctx.token_at(s)
        if t is None or (t.start, t.end) != (s, s + 1) or t.pos != "名詞":
            continue
        after = ctx.token_at(s + 1)
        if after is None or after.start != s + 1 or after.lemma != "為る":
            continue
        if words is None:
            words = _words_by_char()
        if len(words[0].get(k, ())) + len(words[1].get(k, ())) < _LAW_COMPOUNDS:
            continue
        verb = text[s:after.end]
        yield ctx.finding(
            "typo", (s, after.end),
            f"「{verb}」は辞書にない動詞です（一字の「{k}」に「する」が付いた形）。熟語の一字が落ちたか（「{k}○する」）、"
            f"別の動詞の誤りと思われます。",
            f"「{verb}」 is no verb: the one kanji 「{k}」 with する. A kanji of a compound was lost, or another verb meant.",
            severity="warning", excerpt=text[max(0, s - 4):after.end + 4],
        )


# 「外へ漏すこと」: a kanji standing alone after a particle and then す, which no dictionary knows as a verb (漏す), where
# one kana of okurigana put back between them makes one it knows (漏らす): the kana of the verb's ending was dropped
# (す closing a verb of five endings: not する, すれ, which make a one-kanji verb of サ変: _one_kanji_verb_findings')
_BARE_KANJI_SU = re.compile(r"(?<=[をがにはもとへで、])[\u4e00-\u9fff](?=す(?:こと|の|。|、|べ|ば|と|が|も))")
# the kana a one-kanji verb's okurigana puts before す (漏らす, 返す is one kanji: not needed; 生かす, 増やす, 費やす)
_OKURIGANA_BEFORE_SU = "らかやこさたなまわ"


def _dropped_okurigana_findings(ctx: Context):
    text = ctx.text
    for m in ctx.finditer(_BARE_KANJI_SU):
        k, s = m.group(0), m.start()
        if _known_one_kanji_verb(k):
            continue  # 課す, 付す, 称す: a verb of one kanji and す
        fixes = [k + x + "す" for x in _OKURIGANA_BEFORE_SU if _one_verb(k + x + "す")]
        if len(fixes) != 1:
            continue
        t = ctx.token_at(s)
        if t is None or (t.start, t.end) != (s, s + 1):
            continue  # (a kanji of a longer word read across it)
        yield ctx.finding(
            "typo", (s, s + 2),
            f"「{k}す」は辞書にない動詞です。送り仮名が一字抜けた「{fixes[0]}」と思われます。",
            f"「{k}す」 is no verb; a kana of okurigana was dropped: 「{fixes[0]}」.",
            suggestion=fixes[0], severity="warning", excerpt=text[max(0, s - 4):s + 6])


# 「ご利用いただくことに伴取得した」 where the document writes 「…ことに伴い当社が取得した」: a verb's continuative after に
# (伴い, 際し, 関し, 対し, 応じ) written with its kanji alone before the next word's kanji, its kana dropped
_CONTINUATIVE_AFTER_NI = re.compile(r"に([\u4e00-\u9fff])([いきしじちみりび])")
_BARE_STEM_AFTER_NI = re.compile(r"に([\u4e00-\u9fff])(?=[\u4e00-\u9fff])")


def _continuatives(ctx: Context) -> dict[str, str]:
    """kanji → its continuative's kana, for the verbs the document writes after に in that form (伴 → い of 伴い)."""
    def build():
        out: dict[str, str] = {}
        for m in _CONTINUATIVE_AFTER_NI.finditer(ctx.full.text):
            k, kana = m.groups()
            if k not in out and _one_verb(k + kana):
                out[k] = kana
        return out
    return ctx.full.memo("typos.continuatives", build)


def _dropped_continuative_findings(ctx: Context):
    text = ctx.text
    if "に" not in ctx.scanned_text:
        return
    forms = None
    for m in ctx.finditer(_BARE_STEM_AFTER_NI):
        if forms is None:
            forms = _continuatives(ctx)
            if not forms:
                return
        k = m.group(1)
        kana = forms.get(k)
        if kana is None:
            continue
        s = m.start(1)
        pair = text[s:s + 2]
        t = ctx.token_at(s)
        if t is None or (t.start, t.end) != (s, s + 1) or t.pos != "動詞":
            continue  # 「に対象」「に反社会的勢力」: the kanji heads a word of its own (MeCab reads 伴 alone as the verb)
        if pair in model()["kanji_pairs"] or is_known_word(pair):
            continue
        yield ctx.finding(
            "typo", (s, s + 1),
            f"「{pair}」: 「{k}{kana}」の送り仮名が抜けていると思われます（この文書はほかで「に{k}{kana}」と書いています）。",
            f"「{pair}」: the okurigana of 「{k}{kana}」 was dropped (the document writes 「に{k}{kana}」 elsewhere).",
            suggestion=k + kana, severity="warning", excerpt=text[max(0, s - 6):s + 6])


@lru_cache(maxsize=4096)
def _one_verb(word: str) -> bool:
    toks = tokenize(word)
    return len(toks) == 1 and toks[0].pos == "動詞" and is_known_word(word)


@rule("typo", "warning", "誤字（統計・文字種による検出）", "misspelling found by statistics", scope="words")
def typo(ctx: Context):
    text = ctx.full.text  # the neighbours a finding is weighed by may stand outside a diff's changed units
    names = persons = None
    listed = None
    for f in _typo_findings(ctx):
        if listed is None:
            listed = [m.span() for m in listed_confusables(ctx)]
        if any(a < f.span[1] and f.span[0] < b for a, b in listed):
            continue  # 「自的」: a misspelling confusables.tsv names is that rule's, with its reason (one slip, one finding)
        if _points_at_nothing(ctx.full, f):
            continue  # 「本条の全項に関し」 in an article of one paragraph: 前項 would point at no paragraph
        if names is None:
            names = ctx.full.memo("typos.given_names", lambda: _given_names(ctx.full.text)
                                  + [m.span() for m in _BODY_NAME.finditer(ctx.full.text)] + _kana_body_names(ctx))
            persons = ctx.full.memo("typos.persons",
                                    lambda: [m.span("n") for m in _PERSON_AFTER_ROLE.finditer(ctx.full.text)])
        if names and any(a <= f.span[0] and f.span[1] <= b for a, b in names) and not _mends_legal_form(text, f) \
                and not _name_spelled_elsewhere(text, f):
            continue  # 「前条の納骨堂の名称は、「寳蓮寺照曜堂」とする。」: a name the document gives, as it chose it (not its
            # legal form, which the law gives: 「株織会社サポリス（以下「当社」）」 is 株式会社 mistyped)
        if persons and any(a <= f.span[0] and f.span[1] <= b for a, b in persons) and not reads_as_a_name(f.suggestion):
            continue  # 「審査委員長：原功（…）」: a person's name corrected to no name (原告); 渡偏 → 渡辺, a surname, is told
        # a multilingual title block (「Accommodation Policy⏎住宿条款⏎숙박 약관」): the Chinese line beside the Korean is no
        # Japanese compound to correct
        if _HANGUL.search(text, max(0, f.span[0] - 12), f.span[1] + 12) and not _HANGUL.search(text, *f.span):
            # (a Hangul particle typed in a Japanese line, 「個別契約의 定め」, is told as that)
            continue
        if _KATAKANA.search(text, f.span[0], f.span[1]) and any(
                m.start() < f.span[0] and f.span[1] <= m.end() for m in
                _LAW_TITLE.finditer(text, max(0, f.span[0] - 60), min(len(text), f.span[1] + 60))):
            # 『あん摩マツサージ指圧師、はり師、きゆう師等に関する法律』: a law's title as enacted, its old kana (a kanji
            # slipped into a title, 「暴力団因による…法律」, is still one)
            continue
        yield f


_LEGAL_FORM = re.compile(LEGAL_FORMS)


def _points_at_nothing(ctx: Context, f) -> bool:
    """Would ``f``'s correction be a 前項 in an article's first paragraph, or a 前条 in its part's first article?"""
    if f.suggestion not in ("前項", "前条"):
        return False
    art, para, _ = ctx.locate(f.span[0])
    if art is None:
        return False
    if f.suggestion == "前項":
        return para is None or not art.paragraphs or para is art.paragraphs[0]
    first = next((a for a in ctx.doc.all_articles() if a.part == art.part), None)
    return first is art


def _mends_legal_form(text: str, f) -> bool:
    """Does ``f``'s correction make a legal form (株式会社, 一般社団法人) of the name it stands in, written otherwise?"""
    if not f.suggestion:
        return False
    a, b = max(0, f.span[0] - 8), min(len(text), f.span[1] + 8)
    mended = text[a:f.span[0]] + f.suggestion + text[f.span[1]:b]
    at = f.span[0] - a
    return any(m.start() <= at < m.end() for m in _LEGAL_FORM.finditer(mended))


_KATAKANA_WORD = re.compile(r"[\u30a1-\u30faー]{3,}")


def _name_spelled_elsewhere(text: str, f) -> bool:
    """Is ``f`` a katakana word one mark off that the document writes corrected elsewhere (「ＧＭＯグロバルサイン・
    ホールディングス株式会社（以下「当社」）」 beside its グローバルサイン)? The name is the writer's, and so is its
    spelling elsewhere."""
    return bool(f.suggestion) and _KATAKANA_WORD.fullmatch(f.suggestion) is not None \
        and text.count(f.suggestion) > text.count(f.suggestion, *f.span)


# A name the document gives something (「名称は、「X」とする」, 「「X」と称する」): its kanji are the giver's choice, however
# unusual a pair of them reads (寺|照 of a temple's name and its hall's).
_GIVES_NAME = re.compile(r"名称は[、，]?[「『](?P<a>[^」』\n]{2,40})[」』]|[「『](?P<b>[^」』\n]{2,40})[」』](?:と称|という名称|を名称と)"
                         # unquoted: 「本会は、ポレポーレと称する」「この会の名称は、山の会とする」
                         r"|名称は[、，]?[ \u3000]*(?P<c>[^、。，．\s「」『』（）()]{2,30}?)と(?:する|します)[。\n]"
                         r"|は[、，]?[ \u3000]*(?P<d>[^、。，．\s「」『』（）()]{2,30}?)と称(?:する|します)"
                         # a form's field and its value, no hiragana, to the line's end (the space between them may
                         # be gone from the compared text): 「(1)　建物の名称　プリア常盤台パークフロント」, 「名称：…」
                         r"|名称[ \u3000:：]*(?P<e>[^\s、。，．「」『』（）()\u3041-\u3096]{2,40})(?=[ \u3000]*$)",
                         re.MULTILINE)


# a body's own name after its legal form, up to the word of its kind (「社団法人日本おうち整体協会」): its kana and kanji are
# its founders' choice, however unusual a pair of them reads
_BODY_NAME = re.compile(rf"(?:{LEGAL_FORMS})[^\s、。，,「」『』（）()]{{1,24}}?(?:協会|学会|連盟|組合|財団|機構|センター|クラブ|会)"
                        # a party named, then called 当社, 甲 or the like: 「…規約は、倉敷光作所（以下「管理者」という）」
                        r"|(?<=[、，,は\n])[\u3400-\u9fff々\u30a1-\u30fcA-Za-z0-9・]{2,24}(?=[ \u3000]*[（(]以下[、,]?[ \u3000]*「"
                        r"(?:[当弊][^」]{1,4}|[甲乙丙丁]|[^」]{0,6}者)」)")


# a body's name that opens with kana, up to the word of its kind (「運営事務局 わよう書道会」, 「さくら囲碁クラブ」): kana
# its founders chose, not kana of a sentence (which MeCab reads as one word of its own: および協会 is no name)
_KANA_BODY_NAME = re.compile(r"[ぁ-ゖ]{2,8}(?=[\u4e00-\u9fff]{1,6}(?:会|協会|連盟|組合|クラブ|財団|団)(?![\u4e00-\u9fff]))")


def _kana_body_names(ctx: Context) -> list[tuple[int, int]]:
    """The places of _KANA_BODY_NAME that open a name: not kana right after a kanji, which inflect it or are its
    particles (「前会計年度におけり管理組合」: における mistyped), unless the source sets them apart from it
    (「運営事務局 わよう書道会」)."""
    text = ctx.full.text
    return [m.span() for m in _KANA_BODY_NAME.finditer(text)
            if not is_known_word(m.group(0)) and not (
                m.start() and _KANJI_CH.match(text[m.start() - 1]) and not spaced_in_source(ctx.full, m.start() - 1))]


# a person named after the post they hold, in a list of officers or judges: 「審査委員長　：原功（国立研究開発法人…）」,
# 「担当者：山田太郎」. A name's kanji are its bearer's, however unusual a pair of them reads (原功 is no 原告).
_PERSON_AFTER_ROLE = re.compile(r"(?:長|者|員|役|師|官|代表|顧問|幹事|主査|座長|議長|理事|監事|委員)[ \u3000]*[:：][ \u3000]*"
                                r"(?P<n>[\u4e00-\u9fff々]{2,6})(?=[ \u3000]*(?:[（(、，,]|$))", re.MULTILINE)


def _given_names(text: str) -> list[tuple[int, int]]:
    """The places of every name the document gives, wherever it writes it."""
    names = {m.group("a") or m.group("b") or m.group("c") or m.group("d") or m.group("e")
             for m in _GIVES_NAME.finditer(text)}
    return sorted((m.start(), m.end()) for name in names for m in re.finditer(re.escape(name), text))


_KATAKANA = re.compile(r"[\u30a1-\u30fa]")
_HANGUL = re.compile(r"[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")
_LAW_TITLE = re.compile(r"[『「][^『』「」\n]{2,60}?(?:法律|法|政令|省令|規則)(?:[（(][^（）()\n]{1,15}[）)])?[』」]")


# A character the text lost in a conversion: U+FFFD, what a decoder writes for bytes it cannot read. After it, a Latin
# letter from @ to S is the second byte of a circled digit of Shift_JIS (①…⑳ are 0x8740…0x8753), the first byte lost:
# 「\ufffd@免許証」 was 「①免許証」.
_LOST_CHARACTER = re.compile("\ufffd(?P<trail>[@A-S])?")


# more lost characters than this, and the text was decoded wrongly as a whole: told once, with the count
_FEW_LOST = 8


def _lost_character_findings(ctx: Context):
    text = ctx.text
    if "\ufffd" not in ctx.scanned_text:
        return
    lost = ctx.full.text.count("\ufffd")
    first = ctx.full.text.find("\ufffd")
    for m in ctx.finditer(_LOST_CHARACTER):
        if lost > _FEW_LOST and m.start() != first:
            continue
        trail = m.group("trail")
        circled = chr(0x2460 + ord(trail) - 0x40) if trail else None
        many = f"この文書には{lost}か所あります（文書全体の文字コードの読み違いと思われます）。" if lost > _FEW_LOST else ""
        yield ctx.finding(
            "typo", m.span(),
            "変換できなかった文字（U+FFFD）があります。文字コードの変換で元の文字が失われています"
            + (f"（「{m.group(0)}」は丸数字「{circled}」がShift_JISから読めずに崩れた形です）。" if circled else "。") + many,
            "A character lost in a conversion (U+FFFD, written where bytes could not be decoded)"
            + (f": 「{m.group(0)}」 is the circled digit 「{circled}」 of Shift_JIS, its first byte lost." if circled else ".")
            + (f" The text has {lost} of them (decoded wrongly as a whole)." if many else ""),
            suggestion=circled, severity="warning", excerpt=text[max(0, m.start() - 6):m.end() + 6])


def _apart(found, spans: list[tuple[int, int]]) -> list:
    """The findings of ``found`` that overlap none of ``spans`` (a slip another detector told: one slip, one finding)."""
    return [f for f in found if not any(a < f.span[1] and f.span[0] < b for a, b in spans)]


def _typo_findings(ctx: Context):
    yield from _lost_character_findings(ctx)
    yield from lost_lead_byte_findings(ctx)
    yield from _lookalike_findings(ctx)
    yield from _foreign_kanji_findings(ctx)
    swapped = list(_swapped_findings(ctx))
    yield from swapped
    yield from _hiragana_in_katakana_findings(ctx)
    yield from hangul_in_japanese_findings(ctx)
    yield from _katakana_numeral_findings(ctx)
    yield from _lookalike_in_number_findings(ctx)
    yield from digit_then_ten_findings(ctx)
    yield from era_slip_findings(ctx)
    yield from _doubled_katakana_findings(ctx)
    yield from _kanji_iroha_findings(ctx)
    labels = list(_kanji_label_citation_findings(ctx))
    yield from labels
    yield from _lone_katakana_findings(ctx)
    yield from _dash_in_katakana_findings(ctx)
    yield from _hyphen_for_middle_dot_findings(ctx)
    # (a label typed as its look-alike, 工号, is no compound to read by statistics: 工業)
    # (a kanji typed twice that the document's own word vouches for, 送送受信 beside 送受信: the compound pass would read
    # the pair as another word, 葬送)
    doubled_first = list(doubled_kanji_findings(ctx))
    compounds = _apart(_compound_findings(ctx), [g.span for g in labels + doubled_first])
    slips = list(_kanji_slip_findings(ctx, [f.span for f in compounds]))
    yield from slips
    # (the affix pass may warn where the plain pass only noted: 相|種|方 is 相手方 by law text, not 手方 by MeCab's
    # dictionary; the warning takes the note's place, and a second note on the same kanji is none)
    affixed = list(_compound_findings(ctx, [f.span for f in compounds if f.severity != "info"]
                                      + [f.span for f in slips], affixes=True))
    warned = [f.span for f in affixed if f.severity != "info"]
    compounds = [f for f in compounds if f.severity != "info"] + _apart([f for f in compounds if f.severity == "info"], warned)
    noted = [f.span for f in compounds]
    compounds += [f for f in affixed if f.severity != "info"] + _apart([f for f in affixed if f.severity == "info"], noted)
    # a pair MeCab's dictionary alone mends is a note (info: 成積 → 上積, which MeCab rates a little higher); the
    # document's own word one kanji away (成績 ×40) is stronger evidence, and its warning takes the note's place
    sure = [f.span for f in compounds if f.severity != "info"]
    words = list(_doc_word_findings(ctx, sure + [f.span for f in slips]))
    words += _doc_context_findings(ctx, sure + [f.span for f in slips + words])
    words += lone_pair_findings(ctx, [f.span for f in compounds + slips + words])
    words += triple_slip_findings(ctx, sure + [f.span for f in slips + words])
    words += swapped_kanji_findings(ctx, sure + [f.span for f in slips + words])
    # a set phrase of laws and agreements with one kanji slipped (束やかに, 一債の): its own list knows the phrase, a
    # surer witness than MeCab's dictionary, whose note on the same kanji it replaces
    kanji_told = sure + [f.span for f in slips + words]
    for found in (set_phrase_slip_findings(ctx), teki_as_homophone_findings(ctx), address_slip_findings(ctx)):
        # (付随適: the phrase's first)
        kept = _apart(found, kanji_told)
        words += kept
        kanji_told += [f.span for f in kept]
    compounds = [f for f in compounds if f.severity != "info"
                 or not any(g.span[0] < f.span[1] and f.span[0] < g.span[1] for g in words)]
    yield from compounds
    # (a misconversion the confusables list names, 電機通信, is that rule's error, with its reason)
    listed = [m.span() for m in listed_confusables(ctx)]
    words += _doc_compound_homophone_findings(ctx, [f.span for f in compounds + slips + words] + listed)
    yield from words
    kanji_kana = list(_kanji_kana_findings(ctx, [f.span for f in compounds + slips + words]))
    # (a conjunction's kanji typed as a like one, 九び beside 及び ×20, that the document's own kana tell is theirs)
    kanji_kana += _apart(conjunction_kanji_slip_findings(ctx), [g.span for g in kanji_kana])
    yield from kanji_kana
    dropped = list(dropped_kanji_findings(ctx, [f.span for f in compounds + slips + words + kanji_kana]))
    yield from dropped
    kanji_kana += dropped
    doubled = _apart(doubled_first, [g.span for g in compounds + slips + words + kanji_kana])
    yield from doubled
    kanji_kana += doubled
    yield from _katakana_suffix_findings(ctx, [f.span for f in compounds + slips + words + kanji_kana])
    endings = list(_ending_findings(ctx))
    yield from endings
    # a compound particle written with の (場所のおいては) is the confusable-word rule's, with its reason: one
    # slip, one finding
    # (a わ for は or を is that slip, told with its particle; the kana run it stands in reads odd for that reason)
    wa = list(pronounced_wa_findings(ctx))
    yield from wa
    # (この before a particle is こと mistyped, with the right correction: the kana run's statistics would offer another)
    kono = list(koto_as_kono_findings(ctx))
    yield from kono
    kana_slips = list(_kana_slip_findings(ctx, [f.span for f in endings + wa + kono]))
    if kana_slips:  # few documents have any: the particles are looked for only then
        particles = [f.span for f in compound_particle_findings(ctx)]
        kana_slips = _apart(kana_slips, particles)
    yield from kana_slips
    # (a kana slipped at a clause's end into a run law text writes, ときま of ときまで: no odd 3-gram told it)
    tails = list(clause_tail_findings(ctx, [f.span for f in endings + wa + kono + kana_slips]))
    yield from tails
    kana_slips += tails
    yield from _short_conjunction_findings(ctx)
    yield from humble_i_findings(ctx)
    yield from dropped_dakuten_findings(ctx)
    yield from _apart(chain(koto_ka_findings(ctx), item_closer_findings(ctx)), [g.span for g in kana_slips])
    yield from voicing_slip_findings(ctx)
    yield from humble_hei_findings(ctx)
    yield from dropped_conjunction_findings(ctx)
    yield from lone_conjunction_kanji_findings(ctx)
    # (a kana struck once too often that the kana-run statistics already took out, with the document's count)
    tripled = _apart(tripled_kana_findings(ctx), [g.span for g in endings + kana_slips])
    yield from tripled
    yield from choon_between_digits_findings(ctx)
    yield from katakana_cut_at_sokuon_findings(ctx)
    yield from doubled_conjunction_findings(ctx)
    # (the document's own endings tell the same slip with their count where it writes ものとします often)
    dropped_to = _apart(dropped_to_findings(ctx), [g.span for g in endings + kana_slips])
    yield from dropped_to
    # (a formula one kana off that the document's endings, its kana runs or the lists already told, is theirs)
    told = [f.span for f in endings + kana_slips + dropped_to + tripled + wa] + listed
    formulas = _apart(chain(formula_slip_findings(ctx), kana_phrase_slip_findings(ctx)), told)
    yield from formulas
    # (a formula's kana dropped next to a kana that doubles it, 「しなければなない」, is the formula's slip: ら left out)
    told += [f.span for f in formulas]
    # (and ごと before a particle after a verb, こと voiced, where no formula or kana run told it: 「するごとができ」)
    yield from _apart(chain(doubled_kana_findings(ctx), potential_wish_findings(ctx), verb_naki_findings(ctx),
                            koto_as_goto_findings(ctx), aru_as_iru_findings(ctx)), told)
    yield from definition_opening_findings(ctx)
    yield from stray_letter_findings(ctx)
    yield from katakana_he_findings(ctx)
    yield from sa_ire_findings(ctx)
    yield from _romaji_findings(ctx)
    yield from _numberless_label_findings(ctx)
    yield from _label_counter_findings(ctx)
    yield from _positional_label_findings(ctx)
    yield from _positional_count_findings(ctx)
    yield from _dropped_continuative_findings(ctx)
    yield from _one_kanji_verb_findings(ctx)
    yield from _dropped_okurigana_findings(ctx)
    # (「出カポート」: the look-alike カ of 出力 read as the head of a katakana word, カーポート, is the swap's)
    yield from (f for f in katakana_findings(ctx) if not any(g.span[0] >= f.span[0] and g.span[1] <= f.span[1]
                                                             for g in swapped))
