"""term-undefined: a designation or a party's role the document writes but never defines.

1. 「本システム」 written once in terms that define 「本サイト」 (and never 本システム); 「本サービス」 in terms
   that define 「本アプリ」. A document that gives its own designations by definition (以下「本サービス」という) and
   writes another 本X once or twice leaves it to the reader what that is: another thing, or the defined one
   under another name. Reported only where the document defines a designation of its own (not only 本規約 or 当社),
   and not for what needs no definition: the document itself (本規約, 本契約, 本プライバシーポリシー, 本文書), its
   parts (本条, 本条項, 本セクション), the body speaking (当社, 本会: the self-designation rule's matter), a
   designation of a defined noun (「サービス」 defined, 本サービス written), a defined term with a word after it
   (本サービス利用), and a designation written more often (本教材 twelve times is the document's own word).
   本ページ, 本画面 and 本ウェブサイト point at what the reader sees: nothing to define, unless the document names a
   page or site of its own by definition (then a note).
2. A role name (開示者, 受託者, ライセンシー; pipeline/data/party_roles.tsv) written once or twice, never defined, in a
   contract whose parties are 甲 and 乙 and which nowhere sets the role beside a letter (開示者（以下「甲」という）,
   甲（委託者）).
3. 「当社」 (弊社, 運営者) written undefined where the document names its operator by an organization's name, or by a
   role it defines for it (製作者, 管理者), at least five times and twice as often (「おもロード製作委員会は…」 37 times,
   「当社は…」 12): a template's 当社 left behind where the rest was replaced.
4. Another name of the operator's kind (the same last word: 「SVgaming Server」 beside 「…MORIO Server」 ×34; or the same
   legal form with a proper name, 株式会社サンプル beside 株式会社テスト) written at most three times, where the operator's
   name stands (the words after it are words the document writes after the operator's name: 「の独自の判断」「に通知」):
   the old name a find-and-replace missed when the terms were taken over; likewise a Latin name standing where the
   document writes its operator's designation (「Nomalogの定める方法」 among 36 「本サイト」, 「本サイトの定める方法」).
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from . import Context, finditer, finditer_in_lines, is_katakana, load_tsv, partial_text, rule, runs_to_the_cut
from .terms import (DEFINED_ELSEWHERE, SELF_NAME, defined_here, definiens, definition_entry_at, definitions,
                    in_a_glossary_cut_short, near_miss, where_defined)
from .terms_self import LEGAL_FORMS, SELF_FORM_SLIPS, organization_nouns
from .terms_variants import ENTRY_LABEL
from ..tokens import is_verbal_noun, tokenize

# 本 and 本件 only: 当 points at the body speaking or where the reader is (当ホテル, 当館, 当サイト, 当店), which needs
# no definition (read on 12 unseen terms: every undefined 当X was the writer's own hotel or site)
_DESIGNATION = re.compile(r"(?<![\u3400-\u9fff々])(?:本件|本)(?=[\u3400-\u9fff々\u30a1-\u30ffー])")
_NAME_CONT = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]")
# a designation the document defines: 本 or 当 and a name (当該 points back at something, it designates nothing)
_OWN = re.compile(r"(?!当該)[本当][\u3400-\u9fff々\u30a1-\u30ffーA-Za-zＡ-Ｚａ-ｚ0-9・]+")
# what a document calls itself (本規約, 本ソフトウェア使用許諾契約, 本プライバシーポリシー) or grants (本ライセンス, the licence a
# set of terms grants: read as undefined, a false warning on an app's terms, pub108): needs no definition
_SELF_KIND = re.compile(
    r"(?:規約|契約|約款|規程|規定|規則|会則|細則|要項|要綱|要領|ポリシー|文書|契約書|方針|定款|覚書|合意書|書面|条件|"
    r"ガイドライン|基準|約定|特約|協定|宣言|指針|マニュアル|告知|お知らせ|ライセンス|使用許諾|利用許諾|"
    # (a campaign's or a contest's notes call themselves 本注意事項, 本ルール, 本レギュレーション: pub147)
    r"注意事項|諸注意|ルール|レギュレーション|案内|説明書|手引き?|募集要項|応募要項)$")
# the document's own parts (本条, 本条項, 本セクション, 本別紙)
_PART = re.compile(r"^(?:条|項|号|章|節|款|条項|条文|項目|セクション|欄|表|別紙|別表|附則|付則|規定|書|紙|文|件|日|年度|月"
                   r"|概要|要約|目次|前文|本文|版|バージョン|リスト|一覧|一覧表|ファイル|(?:仲裁|管轄)?合意)$")
# (本概要: the summary a page of terms opens with; 本バージョン: the version of the document, or of the software it
# licenses, the reader holds; 本リスト, 本一覧: the list just given, 本ファイル: the file the text is read in; 本仲裁合意, 本合意:
# the clause or the agreement the sentence stands in, as 本条 is)
# 本 as "the real one, not the trial" before an act (本公開 after a preview, 本登録 after 仮登録, 本番, 本申込み): a stage
# of a process, the opposite of 仮, no designation of a thing that asks for a definition
_DEFINITIVE = re.compile(r"^(?:公開|登録|申込み?|申し込み|採用|稼働|導入|決定|番|予約|発注|注文|契約締結|審査|納品)$")
# where the reader is: this page, this screen, the site the document is published on (本ウェブサイト in a site's
# terms or privacy policy: two readers of unseen pages (pub25, pub26) judged a warning on it false, as no one
# asks which site is meant): a note
_DEICTIC = re.compile(r"^(?:ページ|頁|画面|ウェブページ|Webページ|WEBページ|ウェブサイト|Webサイト|WEBサイト|ウェブ|"
                      r"サイト|ホームページ|リポジトリ|レポジトリ)$")  # (本リポジトリ: the repository the file is read in)
# what a set of terms offers its users, named by its kind: terms that define one of these (本アプリ) and write another
# (本サービス) undefined name one offering two ways, however often (read on an app's terms, pub27 and pub35: 本サービス
# in four articles of terms that define only 本アプリ). Not the site or page the reader is on (_DEICTIC), nor a thing
# offered within (本教材, 本コンテンツ: written often, the document's own word).
_OFFERING = re.compile(r"^(?:サービス|アプリ|アプリケーション|システム|ツール|ソフトウェア|ソフト|プラットフォーム|ゲーム|"
                       r"プログラム|ボット|Bot|BOT)$")
_OFFERING_KIND = re.compile(r"(?<=[A-Za-zＡ-Ｚａ-ｚ\u30a1-\u30ff])(?:サービス|アプリ|アプリケーション|システム|ツール|ソフトウェア|"
                            r"プラットフォーム|ゲーム)$")
# a document writes its own word this often; a designation written at most this often, undefined, is a slip
_RARE = 2
_DETERMINERS = ("本", "本件", "当", "当社", "弊社")


# a noun the document writes by itself this often is its common word; 本 before it is "this" (本マテリアル among
# マテリアル ×17, 本秘密情報 among 秘密情報 ×20). Not what terms offer (_OFFERING: 本サービス beside a defined 本アプリ is a
# second name of it, however often サービス is written), nor the head of a defined term (本サービス, 「当社サービス」 defined)
_BARE_WORD = 3


def _written_bare(text: str, noun: str) -> int:
    """How often ``noun`` stands in ``text`` as a word of its own: not after a determiner (本, 当), nor inside a longer
    run of its script (マテリアル, not the end of ライセンスマテリアル; 契約, not 契約者)."""
    script = r"\u30a1-\u30ffー" if is_katakana(noun[0]) else r"\u3400-\u9fff々"
    return len(re.findall(rf"(?<![本当{script}]){re.escape(noun)}(?![{script}])", text))


def _own_designations(defs) -> list[str]:
    nouns = organization_nouns()
    return [t for t in defs if len(t) >= 3 and _OWN.fullmatch(t) and not _SELF_KIND.search(t) and t[1:] not in nouns]


# one-kanji nouns that say where or which of a thing, not what it is (本ページ上, 本サービス内)
_PLACE_SUFFIX = frozenset("上内中外等後前側") | {"全体", "全文", "全部",  # (and how much of it: 本文書全体)
                                                 "上部", "下部", "末尾", "冒頭", "最後", "最下部", "最上部"}  # (本ページ上部)


# (a translation, 本日本語訳 or 本訳, is the document itself in the language the reader reads, as 本ドキュメント and
# 本ドラフト are the document; not 内訳, a breakdown)
_DOCUMENT_KIND_END = re.compile(r"(?:約款|規約|規程|規則|会則|ポリシー|ガイドライン|契約書|ドキュメント|文書|ドラフト|(?<!内)訳)$")


_DOCUMENT_SUFFIX = frozenset(("書", "証", "票"))
_KANJI_ONLY = re.compile(r"[\u4e00-\u9fff々]{2,}")
# a verbal noun of two kanji or more, with the kana some write after it (手続き, 申込み)
_KANJI_ACT = re.compile(r"[\u4e00-\u9fff々]{2,}[きみし]?")


def _names_an_act(noun: str, prefix: str) -> bool:
    """Does ``noun`` name an act: a verbal noun of kanji (開発), or after 本件 (the matter at hand) a compound of nouns
    that ends in one (本件会員登録手続き: this registration procedure; 本コース受講 is the undefined 本コース and the act of
    taking it)?"""
    if _KANJI_ONLY.fullmatch(noun):
        return is_verbal_noun(noun)
    if prefix != "本件":
        return False
    words = tokenize(noun)
    return len(words) >= 2 and all(w.pos == "名詞" for w in words) and _KANJI_ACT.fullmatch(words[-1].surface) is not None \
        and is_verbal_noun(words[-1].surface)


def _run_end(ctx: Context, pos: int) -> int:
    """Where the nouns after the prefix at ``pos`` end (本|ウェブ|サイト, not the suffix 上 of 本サービス上)."""
    toks, i, base = ctx.tokens_from(pos)
    end = pos
    while i < len(toks) and toks[i].start + base == end:
        t = toks[i]
        if t.surface == "・" and end > pos and i + 1 < len(toks) and toks[i + 1].pos == "名詞" \
                and _NAME_CONT.match(toks[i + 1].surface[0]):
            end = t.end + base  # (本オンライン・プライバシーポリシー: a name of two words joined by a middle dot)
            i += 1
            continue
        if t.pos == "接尾辞" and t.surface in _DOCUMENT_SUFFIX and end > pos:
            return t.end + base  # (本確認書, 本申込書: the suffix of a written document ends the name: 本確認書|締結前)
        if t.pos != "名詞" or not _NAME_CONT.match(t.surface[0]) or end > pos and t.surface in _PLACE_SUFFIX:
            break
        if t.surface == "並び" and i + 1 < len(toks) and toks[i + 1].surface == "に":
            break  # 本特約並びに…: the conjunction 並びに, which MeCab may read as a noun and に
        end = t.end + base
        i += 1
    return end


# what follows a verbal noun named as the act at hand (本利用にあたって, 本申込みに際し)
_OCCASION = re.compile(r"(?:にあたって|に当たって|にあたり|に当たり|に際して|に際し|の際)")
# the name a title gives the document, before a bracket or a note (暗号資産取引説明書(契約締結前交付書面))
_TITLE_NAME = re.compile(r"[^(（【\[\s　]+")


_WORD_GOES_ON = re.compile(r"[\u3400-\u9fff々\u30a1-\u30ffー]*")


# how far before its first use a compound that ends in a designation's noun makes the designation point back at it
_JUST_BEFORE = 200


# what follows a word named in a collection a definition names together: 「本プログラム及びドキュメンテーション（以下あわせて
# 「本ソフトウェア」と言う）」: a part of what the term covers, not a term of its own
_IN_DEFINIENS = re.compile(r"[^。\n（(]{0,40}?[（(]以下[、，]?(?:あわせて|併せて|合わせて|総称して|これらを(?:総称して)?)")


# what the term means, in brackets right after it where it is used (「契約に係る本料金（商品購入代金）の金額」): the writer
# says what it is there, as a definition would
_GLOSS = re.compile(r"[（(](?!以下|第)[^（）()。\n]{2,30}[）)]")


def _starts_at_its_beginning(ctx: Context) -> bool:
    """Does the text hold a whole document, its articles from 第1条 (not a chapter of a longer one, not an extract)?"""
    main = [a for a in ctx.doc.articles if a.part == "main" and a.numbered]
    return bool(main) and main[0].number == "1" and not partial_text(ctx)


# what joins two names a definition gives together: 以下「本件システム及び本件サービス」という
_JOINED_NAMES = re.compile(r"及び|および|並びに|ならびに|又は|または|若しくは|もしくは|・|、")


def _defined_together(defs) -> frozenset[str]:
    """The names a definition gives two things at once (以下「本件システム及び本件サービス」という): each is defined."""
    return frozenset(part for t in defs if _JOINED_NAMES.search(t) for part in _JOINED_NAMES.split(t) if part)


def _undefined_designations(ctx: Context, defs):
    own = _own_designations(defs)
    together = _defined_together(defs)
    whole = _starts_at_its_beginning(ctx)
    # (a contract that defines its parties and terms, none of them a 本X, still defines the 本件X it writes)
    matter_only = not own
    if matter_only and not (whole and len(defs) >= 2):
        return
    text = ctx.text
    nouns = organization_nouns()
    title_name = _TITLE_NAME.match(ctx.doc.title or "")
    title_name = title_name.group(0) if title_name and len(title_name.group(0)) >= 3 else None
    places: dict[str, list[tuple[int, int]]] = {}
    for m in finditer(_DESIGNATION, text):
        s = m.start()
        t = ctx.token_at(s)
        if t is None or t.start != s or not (t.surface == "本" and t.pos == "接頭辞" or t.surface == "本件"):
            continue  # 本人, 当時, 本日: a word, not the prefix
        e = _run_end(ctx, m.end())
        if e == m.end() or any(len(d) > e - s and text.startswith(d, s) for d in defs):
            continue  # (本アプリ of the defined 本アプリ等, whose 等 is a suffix)
        if definition_entry_at(ctx, s):
            continue  # 「（3）本コンテンツ　本サービス上で提供される…」: a definition list's entry
        if text[e:e + 1] in "人者員官":
            continue  # 「本公証人は、当事者の嘱託により…」: 本 before a person's role, the one who speaks (本職), no thing
        if title_name and text.startswith(title_name, s + 1):
            continue  # 「本暗号資産取引説明書をお読み頂き」 under the title 暗号資産取引説明書: the document itself
        if text.startswith("本件", s) and e - s >= 6 and _KANJI_ONLY.fullmatch(text[e - 2:e]) \
                and is_verbal_noun(text[e - 2:e]):
            e -= 2  # 「本件目的遂行のために」: the act done for the thing designated (遂行, 達成), not part of its name
        if text.startswith("本件", s) and text[e:e + 1] in "物品":
            e += 1  # (本件成果物, 本件納入品: the suffix of a made thing ends its name)
        places.setdefault(text[s:e], []).append((s, e))
    for run, spans in places.items():
        prefix = "本件" if run.startswith("本件") else run[0]
        if matter_only and prefix != "本件":
            continue
        noun = run[len(prefix):]
        # 本サービス throughout terms that define only 本アプリ: two names for what the terms offer, however often
        # (the defined one named by its kind after a word of what it is: 本Webアプリ, 本スマホアプリ)
        offered = [d for d in own if _OFFERING.match(d[1:]) or _OFFERING_KIND.search(d[1:])] \
            if _OFFERING.match(noun) else []
        # (本件 designates the matter of a contract, which a contract that defines its terms defines too: 本件目的, 本件
        # 業務 written throughout and never defined leave its scope unsaid, however often; not in a part of a text)
        often = len(spans) > _RARE and not offered and not (prefix == "本件" and whole)
        if _JOINED_NAMES.search(run) and all(p in defs or p in together or p in _SPEAKER_WORDS
                                               for p in _JOINED_NAMES.split(run) if p):
            continue  # 「本件システム・当社」: two names the document gives, listed
        if run in defs or noun in defs or run in together or often or _SELF_KIND.search(run) \
                or SELF_NAME.match(run) or _DOCUMENT_KIND_END.search(noun):
            continue  # (本オンライン・プライバシーポリシー: a document, or a part of one, named by its kind)
        if _PART.match(noun) or _DEFINITIVE.match(noun) or noun in nouns or any(run.startswith(d) for d in defs):
            continue
        if not (_OFFERING.match(noun) or _DEICTIC.match(noun) or any(d.endswith(noun) for d in defs)) \
                and prefix != "本件" and _written_bare(text, noun) >= _BARE_WORD:
            continue  # 「本マテリアル」 once in a licence that speaks of マテリアル throughout: this material, the
            # document's own common word after 本 (this), no name of a thing to define
        if any(near_miss(run, d) for d in defs if d[0] in "本当"):
            continue  # a slip of a defined term (本利用料金 for 本料金): term-inconsistent says which
        if run in ctx.full.memo("terms_undefined.glossary_heads", lambda: _glossary_heads(ctx.full.text)) \
                or any(defined_here(text, e) or DEFINED_ELSEWHERE.match(text, e) or _GLOSS.match(text, e)
                       for _, e in spans):
            continue  # (「本アプリ（第2条において定義します。）」: defined in the article named, wherever that is; 「⑥ 本登録
            # 会員:」⏎「…登録を完了されたお客さま」: the head of a glossary's entry)
        if all(runs_to_the_cut(ctx, _WORD_GOES_ON.match(text, e).end()) or in_a_glossary_cut_short(ctx, a)
               for a, e in spans):
            continue  # 「5.「本業務用」 where the text stops: the word goes on past the cut (本業務用アプリ); a term of a
            # list of definitions the copy stops inside, which its later entries may define
        if all(_OCCASION.match(text, e) for _, e in spans) and is_verbal_noun(noun):
            continue  # 「本利用にあたっての注意事項」: this use, this application (the act at hand), not a thing to define
        if len(spans) == 1 and _names_an_act(noun, prefix):
            continue  # 「本開発に関する問い合わせ」, 「本件会員登録手続きの完了」: this development, this procedure, the act
            # the text is about, named once (a thing a document names, 本サービス, 本業務, is no verbal noun of kanji,
            # or is written again)
        if re.compile(rf"(?:[A-Za-zＡ-Ｚａ-ｚ][A-Za-z0-9Ａ-Ｚａ-ｚ０-９]*|[」』])[ \u3000]?{re.escape(noun)}").search(
                text, 0, spans[0][0]):
            continue  # 「PrizmX プロジェクト」 named before: 本プロジェクト points back at it by its kind (not 「３　サービス」, a
            # paragraph's number)
        if any(m.group(0) not in defs and not m.group(0).startswith(_DETERMINERS)
               # (named as an entry's head or in quotes: 「収集データ:」, 「「収集データ」」; not any word that ends so)
               for m in re.finditer(rf"[\u3400-\u9fff々\u30a1-\u30ffー]+{re.escape(noun)}(?=[:：」』])",
                                    text[max(0, spans[0][0] - _JUST_BEFORE):spans[0][0]])):
            continue  # 「2. 収集データ: …」⏎「3. 本データは…」: the data just named, by the word its name ends in (not the
            # document's own 当社サービス, which 本サービス is a slip of)
        named = "、".join(f"「{d}」" for d in (own or list(defs))[:3])
        # 本サービス written, 「当社サービス」 defined: the same noun under the document's own determiner
        same = [d for d in own if d != run and d.endswith(noun) and d[:-len(noun)] in _DETERMINERS]
        fix = same[0] if len(same) == 1 else offered[0] if len(offered) == 1 and not same else None
        deictic = bool(_DEICTIC.match(noun))
        if deictic and not any(_DEICTIC.match(d[1:]) for d in defs if d[:1] in "本当"):
            continue  # 「本ページにも改定日を記載します」 in terms that name no page or site of their own: the page read
        only = "" if len(spans) > _RARE else "だけ"
        for span in spans:
            if _IN_DEFINIENS.match(text, span[1]):
                continue
            yield ctx.finding(
                "term-undefined", span,
                f"「{run}」は定義されていません。この文書は{named}を定義していますが、「{run}」は定義せずに"
                f"{len(spans)}回{only}使っています。定義語を指すならその語に、別のものなら定義を置くべきです。",
                f"「{run}」 is not defined: the document defines {named} but writes 「{run}」 {len(spans)} time(s) "
                f"without a definition. If a defined thing is meant, use its term; otherwise define it.",
                suggestion=fix, severity="info" if deictic else None,
            )


@lru_cache(maxsize=1)
def _roles() -> tuple[str, ...]:
    return tuple(row[0] for row in load_tsv("party_roles.tsv"))


_LETTER_USES = 5
# a role said of someone in relation to a party (「甲または甲に対する許諾者」, 乙の委託者, 第三者である受託者): a third
# person of that role, not one of the two parties
# (and the role of what it names, 「甲および当該情報の開示者」: whoever disclosed that information, 甲 or anyone else)
_QUALIFIED_ROLE = re.compile(r"(?:[甲乙](?:に対する|への|に係る|の)|第三者である|その|(?:情報|資料|データ|書面|物品)の)$")


def _letter_uses(ctx: Context, letter: str, lo: int = 0, hi: int | None = None) -> int:
    """How often ``letter`` stands as a noun of its own (甲は, 甲及び乙) in text[lo:hi], counted up to _LETTER_USES."""
    n = 0
    for m in re.compile(letter).finditer(ctx.text, lo, len(ctx.text) if hi is None else hi):
        t = ctx.token_at(m.start())
        if t is not None and t.start == m.start() and t.end == m.end() and t.pos == "名詞":
            n += 1
            if n >= _LETTER_USES:
                break
    return n


def _piece_of(ctx: Context, pos: int) -> tuple[int, int]:
    """The text of one instrument around ``pos``: the annex it stands in (a contract form, a 細則 annexed), or the
    text before the first annex."""
    spans = sorted(a.span for a in ctx.doc.annexes if a.span[1] > a.span[0])
    if not spans or pos < spans[0][0]:
        return 0, spans[0][0] if spans else len(ctx.text)
    return next(((s, e) for s, e in spans if s <= pos < e), (0, len(ctx.text)))


def _after_a_relative_clause(ctx: Context, at: int) -> bool:
    """Does a clause ending in a verb describe the role written at ``at`` (「甲との間で本契約が成立した契約者」 in the
    meaning of another term)? Whoever fits the description, not one of the two parties by its name."""
    t = ctx.token_at(at - 1)
    return t is not None and t.end == at and t.pos in ("動詞", "助動詞") and t.surface[-1] in "たるだい"


def _undefined_roles(ctx: Context, defs):
    text = ctx.text
    if min(text.count("甲"), text.count("乙")) < _LETTER_USES or not any(r in text for r in _roles()):
        return  # not a contract of 甲 and 乙, or no role written (the cheap tests first: a law is long)
    if not all(_letter_uses(ctx, c) >= _LETTER_USES for c in "甲乙"):
        return  # 甲 and 乙 inside words (甲種, 乙女): not a contract of 甲 and 乙
    if any(t not in "甲乙" and t in _roles() for t in defs):
        return  # the contract defines its roles by name too: 甲 and 乙 are not its only designations
    for role in _roles():
        if role not in text or role in defs or any(role in t for t in defs):
            continue
        hits = [m for m in re.finditer(re.escape(role), text)
                if not (m.start() > 0 and _NAME_CONT.match(text[m.start() - 1]))
                and not (m.end() < len(text) and _NAME_CONT.match(text[m.end()]))
                and not _QUALIFIED_ROLE.search(text, max(0, m.start() - 8), m.start())
                and not _after_a_relative_clause(ctx, m.start())]
        if not hits or len(hits) > _RARE:
            continue
        set_beside = re.compile(rf"{role}[ \u3000]*[（(](?:以下[、,]?[ \u3000]*[「『]?)?[甲乙丙丁]|[甲乙][ \u3000]*[（(]{role}[）)]"
                                rf"|{role}は[ \u3000]*以下[、,]?[ \u3000]*[「『][甲乙丙丁][」』]"
                                rf"|{role}[^、。\n]{{0,20}}?を[ \u3000]*[「『]?[甲乙][」』]?[ \u3000]*(?:と|、|，)"
                                rf"|[甲乙]を[ \u3000]*[「『]?{role}[」』]?[ \u3000]*(?:と|、|，)"
                                rf"|[○〇●◯＿_＊*×]{{2,}}[ \u3000]*[（(]{role}[）)]"  # a form's blank, its role below
                                rf"|{role}(?:[ \u3000:：]+[^、。\n（(「」]{{1,30}}|[ \u3000]*[○〇●◯＿_＊*×]{{2,}}[^、。\n（(「」]{{0,10}}"
                                # 発注者xx市、xxx町清掃組合（以下「甲」）, 発注者である○○市（以下「甲」）
                                rf"|(?:である|たる)?[ \u3000]*[^。\n（(「」]{{1,30}}?)"
                                rf"[（(]以下[、,]?[ \u3000]*[「『]?[甲乙]")
        if set_beside.search(text) or set_beside.search(ctx.doc.source.text):
            # 開示者（以下「甲」という）, 【甲（委託者）】, 賃借人を甲、賃貸人を乙として, 借主 山田太郎（以下「乙」という。）,
            # 契約者は以下「甲」…と記載いたします, 保護者が契約者（以下「丙」という）,
            # 賃借人○○○○（以下「乙」という。）, 乙を委託者、甲を受託者として: the role is the letter's
            continue
        for m in hits:
            piece = _piece_of(ctx, m.start())
            if not all(_letter_uses(ctx, c, *piece) >= _LETTER_USES for c in "甲乙"):
                continue  # 「売主がその不足分を補充する」 in a 管理規約's 附則, the 甲 and 乙 of a contract form annexed to it
            yield ctx.finding(
                "term-undefined", m.span(),
                f"「{role}」は定義されていません。この契約は当事者を「甲」「乙」と呼んでおり、「{role}」がどちらを指すか"
                f"定めていません。",
                f"「{role}」 is not defined: the contract calls its parties 甲 and 乙 and never says which one "
                f"「{role}」 is.",
            )


# The name a document gives its operator when it defines no designation: an organization's name, written as
# the party throughout (おもロード製作委員会 37 times); 当社 beside it, undefined, is the template's word left behind
# an organization's name: a legal form before it, and what names a body after it (…株式会社, …委員会, …事務局)
_BODY_AFTER = r"製作委員会|実行委員会|運営委員会|委員会|株式会社|合同会社|有限会社|協会|事務局|運営チーム|財団|機構|組合|研究会|同好会"
_ORGANIZATION = re.compile(rf"(?:{LEGAL_FORMS})?[\u30a1-\u30fa\u30fcA-Za-zＡ-Ｚａ-ｚ0-9\u4e00-\u9fff々・]{{1,20}}?"
                           rf"(?:{_BODY_AFTER})")
_SPEAKER = re.compile(r"(?<![\u4e00-\u9fff々])(?:当社|弊社|当方|運営者|運営会社)(?![\u4e00-\u9fff々])")
_NAMED_OFTEN, _NAME_RATIO = 5, 2
_SPEAKER_WORDS = ("当社", "弊社", "当方", "運営者", "運営会社")
_SELF_WORDS = ("当社", "弊社", "当方")
# a role the operator of a service is given by definition (製作者, 管理者, 運営チーム)
_PROVIDER_ROLE = re.compile(r"(?:製作者|管理者|運営者|開発者|提供者|運営チーム|運営事務局|事務局|運営会社|委員会|運営)$")
# a role defined for the operator says who speaks: 当社 beside it is a template's word however rarely the role is written
_DEFINED_ROLE_USES = 2
# but a word of the speaker written ten times as often as the role is the document's own voice, not a template's left
_SPOKEN_OVER_ROLE = 10


_DEFINED_RIGHT_AFTER = re.compile(r"[ \u3000]*[（(][ \u3000]*以下[、,，]?[ \u3000]*[「『]")


def _definition_sentence(text: str, d) -> str:
    """The sentence of ``text`` that holds the definition ``d``, up to the term."""
    start = max(text.rfind("。", 0, d.span[0]), text.rfind("\n", 0, d.span[0])) + 1
    return text[start:d.span[0]]


_BODY_WORD = re.compile(rf"(?:{_BODY_AFTER})$")
_LEGAL_FORM = re.compile(rf"(?:{LEGAL_FORMS})")


def _generic_body(name: str) -> bool:
    """Is ``name`` a kind of body, not one body's name (管理組合, 運営委員会: common nouns, no legal form, no proper
    name)? Every condominium has its 管理組合: a page that writes of it as often as its own 当社 speaks of a body it
    serves, not of itself under another name."""
    if _LEGAL_FORM.search(name):
        return False
    head = _BODY_WORD.sub("", name)
    return all(t.pos == "名詞" and t.pos2 == "普通名詞" and re.fullmatch(r"[\u4e00-\u9fff々]+", t.surface)
               for t in tokenize(head))


# the users a service has: a role defined as one of them is the operator's counterparty
_USERS = re.compile(r"(?:ユーザー?|利用者|会員|お客様|顧客|登録者|購入者|申込者)(?:[等様]|の(?:うち|中で|方))?[」』]?$|"
                    r"(?:ユーザー?|利用者|会員|お客様|顧客)(?:をいい|のことをいい|を指し)")


def _against_the_speaker(text: str, role: str) -> bool:
    """Does ``text`` set ``role`` and the speaker side by side as two parties (「Xと当社との間」, 「当社とXは」)?"""
    r = re.escape(role)
    return re.search(rf"{r}(?:と|及び|および|並びに|ならびに)(?:当社|弊社|当方)|(?:当社|弊社|当方)(?:と|及び|および|並びに|ならびに){r}",
                     text) is not None


def _undefined_speaker(ctx: Context, defs):
    """「当社」 written undefined where the document names its operator by its name (「おもロード製作委員会は…」 37 times,
    「当社は…」 12: a template's 当社, most of them replaced) or by a role it defines for it (「製作者」). Quiet where 当社
    is defined or written as often."""
    text = ctx.text
    if any(w in defs for w in _SELF_WORDS):
        return  # the document says who speaks (以下「当社」): a role it defines besides is another person (運用管理者)
    # (not the noun a definition describes: 「当サービスの開発・運営者（以下「管理者」といいます）」 defines 管理者)
    spoken = [m for m in finditer(_SPEAKER, text)
              if m.group(0) not in defs and not _DEFINED_RIGHT_AFTER.match(text, m.end())]
    if not spoken:
        return
    # the operator's name: a role the document defines for it (「…（以下「製作者」といいます。）」), else an
    # organization's name it writes
    # (not a role whose definition names the speaker beside it: 「当社と提携する…サービスの提供者（総称して「サービス
    # 提供者」という）」 are the partners, 当社 someone else)
    # (nor a role defined as users of a kind, 「「コンテンツ提供者」とは、本サービスにコンテンツを提供するユーザー…」, nor one
    # the text sets against 当社 as the other party, 「コンテンツ提供者と当社との間で」: the speaker's counterparty)
    provider = [t for t in defs if _PROVIDER_ROLE.search(t) and t not in _SPEAKER_WORDS
                and not any(w in _definition_sentence(text, defs[t]) for w in _SPEAKER_WORDS)
                and not _USERS.search(definiens(text, defs[t])) and not _against_the_speaker(text, t)]
    # (a body's own designation defined, 以下「当グループ」: it speaks as that; a role defined besides is another person's,
    # the sellers it names サービス提供者. 当社 once or twice beside it is terms_self's, as any other form of the body)
    own = [t for t in defs if t[:1] == "当" and t[1:] in organization_nouns()]
    if own:
        if len(spoken) <= SELF_FORM_SLIPS:
            return
        provider = own
    defined = bool(provider)
    if provider:
        name = max(provider, key=text.count)
        n = text.count(name)
    else:
        names = Counter(m.group(0) for m in _ORGANIZATION.finditer(text))
        if not names:
            return
        name, n = names.most_common(1)[0]
        if any(name in t or t in name for t in defs) or _generic_body(name):
            return
        name = _with_its_lead(text, name)
    spoken = [m for m in spoken if m.group(0) not in name]
    if defined and len(spoken) > _SPOKEN_OVER_ROLE * n:
        return  # 当社 102 times beside a role written 3: the document speaks as 当社, the role is someone else's
    if not spoken or (n < _DEFINED_ROLE_USES if defined else n < _NAMED_OFTEN or n < _NAME_RATIO * len(spoken)):
        return
    for m in spoken:
        s = m.group(0)
        yield ctx.finding(
            "term-undefined", m.span(),
            f"「{s}」は定義されていません。この文書は運営者を「{name}」と書いており（{n}回）、「{s}」が誰を指すか"
            f"定めていません。",
            f"「{s}」 is not defined: the document names its operator 「{name}」 ({n} times) and never says who 「{s}」 is.",
            suggestion=name,
        )


def _speaker_beside_the_defined_one(ctx: Context, defs):
    """「当社」 written undefined where the document defines its operator by another of the words it speaks of itself with
    (「中澤圭志（以下「運営者」といいます）」, then 「当社は本サービスに関し…」 52 times): a template's word left where the
    operator was renamed. Told once, at its first place, with how often it is written: every place is the same slip."""
    named = [w for w in _SPEAKER_WORDS if w in defs]
    if len(named) != 1:
        return
    text = ctx.text
    # (the words a body calls itself by, never a role: 運営者 and 運営会社 also name others' — 「それぞれの運営会社の規約」,
    # 「本サービスの運営者たる地位」, a contact line 「運営者：…」)
    for word in _SELF_WORDS:
        if word in defs or word not in text:
            continue
        places = [m for m in finditer(_SPEAKER, text) if m.group(0) == word
                  and not _DEFINED_RIGHT_AFTER.match(text, m.end())]
        if not places:
            continue
        yield ctx.finding(
            "term-undefined", places[0].span(),
            f"「{word}」は定義されていません（{len(places)}回）。この文書は運営者を「{named[0]}」と定義しています"
            f"（{where_defined(ctx, defs[named[0]])}）。「{word}」を「{named[0]}」に揃えるか、定義を置きます。",
            f"「{word}」 ({len(places)} times) is not defined; the document defines its operator as 「{named[0]}」.",
            suggestion=named[0])


# A name in Latin letters (「MORIO Server」, 「Example Inc.」): its words, the last one its kind
_LATIN_NAME = re.compile(r"(?<![A-Za-z0-9])[A-Za-z][A-Za-z0-9&'.\-]*(?: [A-Za-z0-9&'.\-]+){1,4}(?![A-Za-z0-9])")
_LEFTOVER_MAJOR, _LEFTOVER_MINOR, _LEFTOVER_RATIO, _SHARED_CONTEXT = 10, 3, 5, 3


def _leftover_names(ctx: Context):
    """A name written once to three times in the operator's places (「SVgaming Serverの独自の判断」「予めSVgaming
    Serverに通知」) where the document names its operator by another name of the same kind (the same last word, or
    the same legal form) ten times and more, followed by the same words: the old name a find-and-replace left
    behind when the terms were taken over from another service. Quiet for a name that never stands where the
    operator's does (a payment provider 「Stripe, Inc.が提供する」)."""
    text = ctx.text
    by_kind: dict[str, Counter] = {}
    where: dict[str, list[int]] = {}
    for rx, kind_of in ((_LATIN_NAME, lambda n: n.rsplit(" ", 1)[-1].lower()),
                        (_ORGANIZATION, lambda n: _ORG_FORM.search(n).group(0))):
        # (a match lies on one line: on a line with no letter or katakana, every one is a kind, none a name)
        for m in finditer_in_lines(rx, text, _PROPER):
            name = m.group(0)
            if not _PROPER.search(name):
                continue  # 当該吸収合併存続株式会社: a kind of company the text speaks of, no one's name
            if rx is _LATIN_NAME and not name.rsplit(" ", 1)[-1][:1].isupper():
                continue  # 「The above copyright notice and」: English prose (a licence appended), no name's kind
            by_kind.setdefault(kind_of(name), Counter())[name] += 1
            where.setdefault(name, []).append(m.end())
    for kind, names in by_kind.items():
        (major, n), *rest = names.most_common()
        if n < _LEFTOVER_MAJOR:
            continue
        after_major = {text[e:e + 8] for e in where[major]}
        for minor, k in rest:
            if k > _LEFTOVER_MINOR or k * _LEFTOVER_RATIO > n or minor in major or major in minor:
                continue
            if not any(len(_words_after(text, e, after_major)) >= _SHARED_CONTEXT for e in where[minor]):
                continue
            full = _with_its_lead(text, major)
            for e in where[minor]:
                yield ctx.finding(
                    "term-undefined", (e - len(minor), e),
                    f"「{minor}」（{k}回）は、この文書が運営者を指して{n}回書く「{full}」と同じ位置（「{minor}"
                    f"{text[e:e + 6]}」）にあります。名称を置き換えたときの取り残しと思われます。",
                    f"「{minor}」 ({k} times) stands where the document writes its operator 「{full}」 ({n} times): a name "
                    f"left behind when the text was taken over.",
                    suggestion=full, severity="warning")


# a name of one Latin word standing among Japanese (「Nomalogは，」): not a URL's, an address's or a code's part
_LATIN_WORD = re.compile(r"(?<![A-Za-z0-9@/:_\-])(?<![A-Za-z]\.)[A-Za-z][A-Za-z0-9]{2,}(?![A-Za-z0-9@/.:_\-])")
_OPERATOR_WORDS = _SPEAKER_WORDS + ("本サイト", "当サイト")


def _leftover_names_for_designation(ctx: Context, defs):
    """A name in Latin letters, undefined, written two to five times where the document writes its operator's
    designation (「本サイト」 ×36): 「Nomalogは，ユーザーID…」「Nomalogの定める方法」 beside 「本サイトは，
    ユーザーに」「本サイトの定める方法」. Two words after the name (of four characters at least) that the document
    writes after its designation, at half of the name's places or more: the operator's name in a template taken over
    (a payment provider named twice, 「Stripeが提供する決済」, shares no such run)."""
    text = ctx.text
    # (defined or not: 「本サイト」 36 times, its definition lost in a broken bracket, is the operator still)
    ops = [d for d in _OPERATOR_WORDS if d in text] + [d for d in defs if _PROVIDER_ROLE.search(d)]
    if not ops:
        return
    op = max(ops, key=text.count)
    n = text.count(op)
    if n < _LEFTOVER_MAJOR:
        return
    after_op = [text[m.end():m.end() + 8] for m in re.finditer(re.escape(op), text)]
    names: dict[str, list[re.Match]] = {}
    for m in finditer(_LATIN_WORD, text):
        names.setdefault(m.group(0), []).append(m)
    for name, ms in names.items():
        if not 2 <= len(ms) <= 5 or name in defs or any(name in d for d in defs):
            continue
        shared = {m.start(): w for m in ms if len(w := _words_after(text, m.end(), after_op)) >= 4}
        if len(set(shared.values())) < 2 or len(shared) * 2 < len(ms):
            continue
        for m in ms:
            yield ctx.finding(
                "term-undefined", m.span(),
                f"「{name}」（{len(ms)}回）は定義されていません。この文書は運営者を「{op}」と書き（{n}回）、「{name}」は"
                f"その位置（「{name}{text[m.end():m.end() + 6]}」）に書かれています。他の文書から引き継いだ名称の"
                f"取り残しと思われます。",
                f"「{name}」 ({len(ms)} times) is not defined; it stands where the document writes its operator "
                f"「{op}」 ({n} times): a name left from the terms it was taken from.",
                suggestion=op, severity="warning")


_ORG_FORM = re.compile(f"{_BODY_AFTER}|{LEGAL_FORMS}")  # the kind of an organization's name


# a proper name holds letters or katakana (株式会社サンプル, MORIO Server); kanji alone name kinds as often as bodies
_PROPER = re.compile(r"[A-Za-zＡ-Ｚａ-ｚ\u30a1-\u30fa]")


def _words_after(text: str, end: int, afters) -> str:
    """The longest run of the words after ``end`` (eight characters at most) that the text writes after the
    operator's name too (one of ``afters``): 「の独自の判断」 after 「SVgaming Server」 and 「…MORIO Server」."""
    here = text[end:end + 8]
    best = ""
    for a in afters:
        n = 0
        while n < len(here) and n < len(a) and here[n] == a[n]:
            n += 1
        if n > len(best):
            best = here[:n]
    return best


def _with_its_lead(text: str, name: str) -> str:
    """The name with the kana every use of it starts with (おも|ロード製作委員会: the pattern starts at the katakana)."""
    starts = [m.start() for m in re.finditer(re.escape(name), text)]
    while starts and all(s > 0 for s in starts) and len({text[s - 1] for s in starts}) == 1 \
            and re.match(r"[ぁ-ゖ\u30a1-\u30fa\u30fc\u4e00-\u9fff]", text[starts[0] - 1]):
        name = text[starts[0] - 1] + name
        starts = [s - 1 for s in starts]
    return name


# a glossary's entry: its label, the term, a colon, the meaning after it or on the next line (「⑥ 本登録会員:」)
_GLOSSARY_HEAD = re.compile(rf"(?m)^[ \u3000]*{ENTRY_LABEL}[ \u3000]*(?P<term>[^\s:：、。「」（）()]{{2,20}})[ \u3000]*[:：]")


def _glossary_heads(text: str) -> set[str]:
    """The terms the document's glossary entries head."""
    return {m.group("term") for m in _GLOSSARY_HEAD.finditer(text)} if ":" in text or "：" in text else set()


@rule("term-undefined", "warning", "定義のない呼称", "designation used but never defined")
def term_undefined(ctx: Context):
    defs = definitions(ctx)
    # (not in what follows the last article and its signatures: a web page's commentary on the contract, 「業務委託契約書と
    # は、発注者（委託者）が…」, speaks of parties in general, and its 「本テンプレート」 of the page; none of it binds)
    closing = [b.span for b in ctx.doc.closing]
    for f in (*_undefined_designations(ctx, defs), *_undefined_roles(ctx, defs), *_undefined_speaker(ctx, defs),
              *_speaker_beside_the_defined_one(ctx, defs),
              *_leftover_names(ctx), *_leftover_names_for_designation(ctx, defs)):
        if not any(a <= f.span[0] < b for a, b in closing):
            yield f
