"""What the readings of session 34 found on published terms (pub283–pub286 as marked before any run, then the
pub287–pub292 sets: childcare and lessons, care and clinics, leases and share houses, crowdfunding and fan clubs,
recruitment and staffing, pets), read as text and kept outside the repository. Each construct is tested here in
text of the same shape written for the test."""

from conftest import said_in_text

_said = said_in_text

_HEAD = "第1条（目的）\n本規約は、当社が提供するサービス（以下「本サービス」という。）の利用条件を定めるものとします。\n"


# ------------------------------------------------------------------ a particle dropped

def test_wo_dropped_between_a_noun_headed_by_no_and_its_verb():
    """「所定の手続き行うものとします」: the noun is the verb's object, を fell out."""
    text = _HEAD + "第2条（退会）\n会員は、退会を希望する場合、速やかに所定の手続き行うものとします。\n"
    found = _said(text, "grammar-slip")
    assert found == [("手続き行う", "手続きを行う")]


def test_nouns_that_modify_the_verb_keep_it_without_wo():
    """A noun after の standing as an adverb or a time (「以下の通り定める」, 「協議のうえ定める」, 「翌月末日支払う」,
    「その都度行う」), a verb's stem inside a compound noun (「クレジット会社の立替払い等」) and a verb after a noun
    with no の (「自ら行う」, 「全額支払う」): no を is missing."""
    text = _HEAD + ("第2条（規約）\n当社は、本サービスの利用条件を以下の通り定めます。\n"
                    "2 料金の額は、両者が協議のうえ定める。\n3 会員は、利用料金を利用月の翌月末日支払うものとする。\n"
                    "4 当社は、点検を必要の都度行う。\n5 会員は、クレジット会社の立替払い等により支払うことができる。\n"
                    "6 会員は、前項の手続を自ら行い、料金を全額支払うものとする。\n")
    assert _said(text, "grammar-slip") == []


# ------------------------------------------------------------------ kana misspellings of set phrases

def test_wo_of_yamu_wo_enai_written_o_and_gozaimasu_unvoiced():
    """「やむおえない事情」 (を written お as it is said) and 「必要がこざいます」 (ご unvoiced): errors, each with the fix;
    the correct forms are quiet."""
    text = _HEAD + ("第2条（解約）\n会員は、やむおえない事情がある場合に限り、解約することができます。\n"
                    "2 解約には、当社所定の書面による同意をいただく必要がこざいます。\n")
    found = set(_said(text, "confusable-word"))
    assert found == {("やむおえな", "やむを得な"), ("こざいま", "ございま")}
    right = text.replace("やむおえない", "やむを得ない").replace("こざいます", "ございます")
    assert _said(right, "confusable-word") == []


# ------------------------------------------------------------------ a defined term written with its synonym

def test_the_deliverable_defined_as_nounyuubutsu_and_written_nouhinbutsu_once():
    """A contract defining 納入物 that writes 納品物 once has left the other name of the same deliverable undefined;
    納品書 and 納品する, other words, are quiet."""
    text = ("第1条（納入）\n受託者は、成果物（以下「納入物」という。）を委託者に納入し、納品書を交付するものとする。\n"
            "2 委託者は、納品物を受領した日から10日以内に検査を行うものとする。\n"
            "3 委託者は、納入物に契約不適合があるときは、受託者に通知するものとする。\n"
            "第2条（再納品）\n受託者は、前条第3項の通知を受けたときは、納入物を修補して再度納品するものとする。\n")
    found = _said(text, "term-inconsistent")
    assert found == [("納品物", "納入物")]


# ------------------------------------------------------------------ a text cut off inside a clause

_CITES_LATER = ("第1条（目的）\n本規約は、当院が提供するオンライン診療サービスの利用条件を定めます。第9条及び別紙1に定める"
                "事項も本規約の一部を構成します。\n第2条（説明）\n当院は、診療の内容を、利用者及びその家族に対して")


def test_texts_cut_inside_a_clause_are_cut():
    """A page's excerpt stopping where no sentence ends: a verb that goes on (「説明を行い」, 「第三者に提供す」), a
    noun after a case particle or after a clause's comma (「事業者が提示」, 「…通知し、理事会」), a lone kana (「…と
    い」), a label with no text (「…ならない。3」, 「◆第4」), a caption of the next article (「(承認申請の方式)」).
    Citations past the cut (第9条, 別紙1) are elsewhere: no dangling reference; the cut is told where it is."""
    for tail in ("説明を行い", "第三者に提供す", "、事業者が提示", "通知し、理事会", "同意したとい",
                 "説明を行う。3", "説明を行う。\n◆第4", "説明を行う。\n(承認申請の方式)"):
        text = _CITES_LATER + tail
        assert _said(text, "reference-dangling") == [], tail
        assert len(_said(text, "sentence-unterminated", ("info",))) == 1, tail


def test_finished_texts_ending_on_a_noun_or_a_date_are_not_cut():
    """A finished text ends on a sentence, an item's noun (「(5) 交通費等の実費」), a list's noun after の (「…の
    差し替え」), a headline ending on a noun (「【2025年3月31日】利用規約を追加」) or a date in brackets: its dangling
    citations are real."""
    for tail in ("説明を行う。", "説明を行う。\n(5) 交通費等の実費", "説明を行う。\n関数のオーバーライドまたは差し替え",
                 "説明を行う。\n【2025年3月31日】利用規約を追加", "説明を行う。\n【制定：令和元年7月1日】"):
        text = _CITES_LATER + tail
        assert [e for e, _ in _said(text, "reference-dangling")] == ["第9条", "別紙1"], tail
        assert _said(text, "sentence-unterminated", ("info",)) == [], tail


# ------------------------------------------------------------------ a word wrapped across lines; fields set apart

def test_an_ending_wrapped_across_a_line_break_is_no_slip():
    """「…（以下「保育サービス」といいま⏎す。）」: a hard-wrapped line, the next line finishes the word; the same
    ending cut short inside one line is told."""
    head = ("第1条（定義）\n当法人が運営する施設（以下「本施設」といいます。）、本施設を利用する者（以下「利用者」といいます。）"
            "及び利用者の親権者（以下「保護者」といいます。）について定めます。\n第2条（保育）\n"
            "当法人は、保育サービス（以下「保育サービス」と")
    assert _said(head + "いいま\nす。）を提供します。\n", "typo") == []
    assert _said(head + "いいま。）を提供します。\n", "typo") != []


def test_spaces_after_an_amount_setting_the_next_field_apart_are_layout():
    """「入会金:¥10,000   年会費:¥2,000」: two fields of one line, spaces between; a space inside a sentence of a text
    that writes digits next to words is still told."""
    articles = "".join(f"第{i}条（事項）\n会員は、{i}日以内に通知する。\n" for i in range(2, 12))
    text = "第1条（料金）\n料金は次のとおりとし、毎月25日までに支払う。\n入会金:¥10,000   年会費:¥2,000\n" + articles
    every = ("error", "warning", "info")
    assert _said(text, "stray-space", every) == []
    assert _said(text.replace("毎月25日", "毎月25 日"), "stray-space", every) != []
