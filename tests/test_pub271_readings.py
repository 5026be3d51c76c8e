"""What the pub271–pub276 readings found on published terms (construction and repair work, sports clubs, parking and
self-storage, articles of incorporation and cooperatives, tickets and venues, streaming and paid memberships), read
as text and kept outside the repository. Each construct is tested here in text of the same shape written for the
test."""

from conftest import said_in_text

_said = said_in_text


# ------------------------------------------------------------------ a text that stops in mid-sentence

_OPENING = ("第1条（適用）\n1 この規約は、当社が提供する駐車場の利用に適用されます。\n"
            "2 この規約に定めのない事項は、第12条第3項の定めによります。\n"
            "第2条（利用）\n利用者は、当社所定の方法により駐車場を利用するものとします。\n")
_FINISHED = _OPENING + "第3条（変更）\n当社は、この規約を変更することができます。\n"


def _told_cut(text: str) -> bool:
    """Is it told, once and as a note, that the text stops in mid-sentence?"""
    return len(_said(text, "sentence-unterminated", ("info",))) == 1


def test_a_text_that_stops_inside_a_bracket_it_opened_is_cut():
    """「第3条 (利用申」, 「…無料(」: the page's excerpt stops inside the bracket its last line opened. 第12条 lies past
    the cut, not missing; the open bracket is the cut's."""
    for end in ("第3条（利用申", "第3条（変更）\n当社は、無料サービス（"):
        cut = _OPENING + end
        assert _said(cut, "reference-dangling") == [], end
        assert _said(cut, "bracket-unbalanced") == [], end
        assert _told_cut(cut), end


def test_a_text_that_stops_on_the_first_kanji_of_a_word_is_cut():
    """「…その他本サービスに関する重」, 「…手続きは親権者が申」: no sentence ends on a bare kanji after a verb or a
    particle; the excerpt stopped in mid-word."""
    for end in ("第3条（変更）\n当社は、本規約の変更その他本サービスに関する重",
                "第3条（手続）\n高校生の入会以降、全ての手続きは親権者が申"):
        cut = _OPENING + end
        assert _said(cut, "reference-dangling") == [], end
        assert _told_cut(cut), end


def test_a_text_that_stops_on_a_heading_is_cut():
    """A page that stops on 「第3条」 or on half of its title: the heading's text is past the cut, no empty article."""
    for end in ("第3条", "第3条 利用制"):
        cut = _OPENING + end
        assert _said(cut, "article-empty") == [], end
        assert _said(cut, "reference-dangling") == [], end


def test_a_finished_text_ending_on_an_item_is_not_cut():
    """An item ends on a noun of one kanji (「(3) 前各号に準ずる者」): a finished text may end so, and the article it
    cites past its end is missing."""
    text = _FINISHED + "第4条（禁止）\n利用者は、次の者を同乗させてはならない。\n(1) 未成年者\n(2) 前号に準ずる者\n"
    assert [e for e, _ in _said(text, "reference-dangling")] == ["第12条第3項"]
    assert [e for e, _ in _said(_FINISHED, "reference-dangling")] == ["第12条第3項"]


# ------------------------------------------------------------------ a kanji typed twice

_LEASE = ("第1条（目的）\nこの契約は、甲と乙との間の建物の{x}に関する事項を定める。\n"
          "第2条（期間）\n賃貸借の期間は2年とし、賃貸借の更新は甲乙協議のうえ定める。\n"
          "第3条（契約）\n乙は、その他の事項について甲の承諾を得る。その他の費用は乙の負担とする。\n")


def test_a_kanji_typed_twice_is_a_slip_the_document_corrects():
    """「賃賃借」 in a lease that writes 賃貸借 twice; 「その他他の」 where it writes 「その他の」: the doubled kanji is a
    slip, corrected as the document writes it."""
    assert _said(_LEASE.format(x="賃賃借"), "typo") == [("の建物の賃賃借に関す", "賃貸")]
    assert _said(_LEASE.format(x="賃貸借") + "第4条（その他）\n乙は、その他他の事項を守る。\n", "typo") == [
        ("は、その他他の事項を", "他")]


def test_two_words_meeting_on_one_kanji_are_no_slip():
    """会社|社員, 権利|利益, 上記|記載: each kanji belongs to a word of its own; 東京都|都市: a place's unit before a
    word opening with it; 1|日|日曜: a counter after a number; その|他|他人: the noun その governs, then a word."""
    for words in ("会社社員", "権利利益", "上記記載", "東京都都市計画", "毎月1日日曜日", "著作権その他他人の権利"):
        text = _LEASE.format(x="賃貸借") + f"第4条（通知）\n甲は、{words}について乙に通知する。\n"
        assert _said(text, "typo") == [], words


# ------------------------------------------------------------------ a space after a half-width bracket

def test_a_space_between_a_half_width_bracket_and_its_particle_is_stray():
    """「利用者様(以下「乙」という。) との間」: a particle is bound to the word the bracket closes, after a half-width
    bracket as after a full-width one."""
    text = ("第1条（目的）\nこの規約は、株式会社ABC(以下「甲」という。)と利用者様(以下「乙」という。) との間の"
            "駐車場の利用について定める。\n第2条（利用）\n乙は、甲の定める方法により駐車場を利用する。\n")
    assert _said(text, "stray-space") == [("いう。) との間の", "いう。)との間の")]


def test_a_document_that_sets_its_half_width_brackets_apart_by_habit_is_not_told():
    """「規約 (以下「本規約」) は」 throughout: the English habit of the writer, no slip of one place."""
    text = ("第1条（目的）\nこの規約 (以下「本規約」) は、株式会社ABC (以下「甲」) と利用者 (以下「乙」) との間の"
            "駐車場 (以下「本駐車場」) の利用について定める。\n第2条（利用）\n乙は、甲の定める方法により駐車場を利用する。\n")
    assert _said(text, "stray-space") == []


# ------------------------------------------------------------------ the parties' names

def test_a_defined_self_designation_holds_a_short_text_to_it():
    """A page of ticket terms that defines 当社 and writes 当事務局 and 当法人 once each: sentences from another body's
    terms. Defined, the name holds however short the text; undefined and written twice, nothing is told."""
    text = ("第1条（適用）\nこの規約は、株式会社ABC（以下「当社」といいます。）が販売するチケットに適用されます。\n"
            "第2条（申込み）\n1 当社は、申込みを承諾しないことがあります。\n2 当事務局は、虚偽の申込みを取り消します。\n"
            "第3条（変更）\n当法人は、本規約を変更できます。\n")
    assert sorted(_said(text, "term-inconsistent")) == [("当事務局", "当社"), ("当法人", "当社")]
    undefined = text.replace("（以下「当社」といいます。）", "")
    assert _said(undefined, "term-inconsistent") == []


def test_a_speaker_s_designation_in_a_contract_of_letters_is_told():
    """「当社所定の方法で支払う」 in a lease between 甲 and 乙: a sentence from terms a company writes in its own voice."""
    text = ("賃貸人山田太郎（以下「甲」という。）と賃借人鈴木一郎（以下「乙」という。）は、次のとおり契約を締結する。\n"
            "第1条（目的）\n甲は、乙に対し、駐車場を賃貸する。\n"
            "第2条（賃料）\n乙は、甲に対し、賃料を毎月末日までに当社所定の方法で支払う。\n")
    assert _said(text, "term-inconsistent") == [("当社", None)]
    assert _said(text.replace("当社所定", "甲所定"), "term-inconsistent") == []


def test_a_party_named_by_its_role_after_its_letter_is_told():
    """「発注者（以下「甲」という。）」, then 「発注者は請負者が…」 in an article: the template's role names where the
    contract's letters belong. A heading names the role on purpose; 下請負者 is another person."""
    text = ("第1条（総則）\n発注者（以下「甲」という。）及び請負者（以下「乙」という。）は、この約款に基づき契約を履行する。\n"
            "第2条（発注者の検査）\n甲は、工事の完成を検査する。\n"
            "第3条（解除）\n発注者は請負者（下請負者を含む。）が反社会的勢力であるときは、契約を解除できる。\n")
    assert sorted(_said(text, "term-inconsistent")) == [("発注者", "甲"), ("請負者", "乙")]


# ------------------------------------------------------------------ slips of a word's form

def test_a_dropped_mono_before_toshi_is_told():
    """「…に限るとし、」 and 「…ものに限られるとし、」 for 〜ものとし; 「同意いただいたもの致します」 for ものと致します. What
    is assumed (「…であるとして」) and what is about to be done (「…しようとして」) take と as they stand."""
    text = ("第1条（利用）\n1 利用できる車両は、登録車両に限るとし、これ以外の車両は駐車できない。\n"
            "2 本規約に同意いただいたもの致します。\n3 当社は、事故が明らかであるとして利用を停止する。\n"
            "4 乙が危険物を持ち込もうとしているときも同様とする。\n")
    assert _said(text, "typo") == [("録車両に限るとし、これ", "ものとし"), ("意いただいたもの致します。", "ものと致し")]


def test_look_alike_characters_of_a_label_and_a_middle_dot_are_told():
    """「弟5条」 for 第5条; 「完了確認·代金支払い」 with the Latin middle dot U+00B7 where Japanese writes 「・」."""
    text = ("第1条（確認）\n乙は、弟5条の定めに従う。\n第2条（完了確認·代金支払い）\n甲は、代金を支払う。\n")
    said = _said(text, "typo")
    assert ("乙は、弟5条の定めに", "第5条") in said and ("（完了確認·代金支払い", "認・代") in said, said


# ------------------------------------------------------------------ precision

def test_an_adverbial_noun_or_a_parted_verb_before_a_ni_verb_is_no_dropped_ni():
    """「払い戻しには一切応じられません」: 一切 is an adverb; 「利益相反する取引」: 相反する, which MeCab parts after 利益.
    「本規約関する事項」 has lost its に."""
    text = ("第1条（払戻し）\n1 チケット料金の払い戻しには一切応じられません。\n2 理事は、利益相反する取引をしてはならない。\n"
            "3 本規約関する事項は、当社が定める。\n")
    assert [e for e, _ in _said(text, "grammar-slip")] == ["規約関する"]


def test_a_clause_denied_by_a_verb_of_judging_is_no_kana_slip():
    """「…指定座席であるとは限らず」: a clause, と and は, then 限る; no slipped kana."""
    text = ("第1条（座席）\n当社で購入したチケットが前方の指定座席であるとは限らず、また、整理番号は当社が定める。\n")
    assert _said(text, "typo", ("error", "warning", "info")) == []


def test_a_second_list_announced_under_an_item_starts_over():
    """(1)〜(3) of who may join, then 「また、下記いずれかの項目に当てはまる場合も入会をお断りいたします。」 and (1)〜(3)
    of who may not: two lists, no number used twice."""
    text = ("第2条（会員資格）\n会員は、次の各号に該当する方とします。\n(1)健康な方\n(2)暴力団員でない方\n"
            "(3)その他会社が認めた方\n また、下記いずれかの項目に当てはまる場合も入会をお断りいたします。\n"
            "(1)医師に運動を禁じられている方\n(2)指導に従わない方\n(3)その他会社が不適当と判断した方\n")
    assert _said(text, "numbering-duplicate") == []


def test_going_on_after_the_term_ends_is_a_renewal_not_a_survival():
    """「契約期間満了後も引き続き…利用の承諾を受けようとするときは」: how to renew, no duty outliving the contract."""
    text = ("第1条（利用期間）\n定期利用の期間は1年とする。\n"
            "第2条（定期利用契約の更新）\n定期利用者が、契約期間満了後も引き続き駐輪場の定期利用の承諾を受けようとするときは、"
            "当該定期券を持参し、更新の手続をしなければならない。\n")
    assert _said(text, "survival-missing") == []
