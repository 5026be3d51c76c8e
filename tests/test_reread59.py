"""What session 59's blind readers (V, W, X) found untold or told in a way a reader cannot use, on their texts
(pub506, pub507): each test fails on the code of the session's start."""

from __future__ import annotations

from pathlib import Path

from conftest import findings_added

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"
CABA = FIXTURES / "pub507" / "caba_agreement_index.php"
LEAPING = FIXTURES / "pub507" / "leapingfx_register.blade.php"
MASTER = FIXTURES / "pub507" / "service_master.html"
DAYONE = FIXTURES / "pub506" / "dayone_membership_agreement.js"
WRAITH = FIXTURES / "pub506" / "wraith_terms.ts"
MSBJ = FIXTURES / "pub506" / "msbj_legacy_content.ts"


def _told(doc, rule: str):
    return [(f.excerpt, f.suggestion, f.severity) for f in run_checks(doc, [rule])]


# ------------------------------------------------------------------ what a report quotes, as the source writes it

def test_an_excerpt_is_quoted_as_the_source_writes_it():
    """The contract writes its numbers full-width (「第８条」, 「第１７条の規定にもとづく損害賠償」): the report quotes it
    so, where a reader searching for the normalized 「第8条」 finds nothing, and the suggested 第18条 is written
    「第１８条」, as the document writes its numbers."""
    doc = read_document(CABA)
    shown = {f.rule: f.to_dict(doc) for f in run_checks(doc, ["numbering-gap", "reference-content-mismatch"])}
    assert shown["numbering-gap"]["excerpt"].startswith("第８条")
    assert shown["reference-content-mismatch"]["excerpt"] == "第１７条の規定にもとづく損害賠償"
    assert shown["reference-content-mismatch"]["suggestion"] == "第１８条"
    source = doc.source.text
    assert all(d["excerpt"] in source for d in shown.values())


def test_an_excerpt_already_written_as_the_source_is_kept():
    """A rule that quotes the source itself (the heading's separator 「第８条 (」) keeps its excerpt and suggestion."""
    doc = read_document(CABA)
    told = [f.to_dict(doc) for f in run_checks(doc, ["convention-deviation"]) if "条番号と見出しの間" in f.message]
    assert [(d["excerpt"][:5], d["suggestion"]) for d in told] == [("第８条 (", "第８条（")]


# ------------------------------------------------------------------ conventions

def test_a_half_width_definition_parenthesis_in_a_full_width_text_is_a_warning():
    """「その他これらに準ずる者(以下「反社会的勢力」という。)であること」 among 43 full-width pairs: the definition's own
    parenthesis, the document's drafting, told although no full-width pair shares its line."""
    told = [t for t in _told(read_document(MASTER), "convention-deviation") if "反社会的勢力" in (t[1] or "")]
    assert told == [("準ずる者(以下「反社会的勢力」という。)であるこ", "（以下「反社会的勢力」という。）", "warning")]


def test_a_half_width_parenthesis_of_the_texts_own_drafting_is_told():
    """「会員の定める利用料金 (0円の場合あり)を支払います」, 「ユーザー会員情報(メールアドレス、会員パスワードなど)を」 in
    terms of 21 full-width pairs: a condition and an example list are the document's own words, no quotation."""
    told = {t[1] for t in _told(read_document(DAYONE), "convention-deviation")}
    assert {"（0円の場合あり）", "（メールアドレス、会員パスワードなど）"} <= told


def test_a_list_whose_digits_are_in_the_other_width_is_told():
    """第13条's 「（1）既に公知のもの」…「（4）」 beside three lists written 「（１）」…: one note at its first label; and the
    spaces after 「（2）」「（3）」「（4）」, where the document's lists that space alike write none (the same space in
    第11条 was told before)."""
    told = [(e[:4], s) for e, s, _ in _told(read_document(LEAPING), "convention-deviation")]
    assert ("（1）既", "（１）") in told
    assert {("（2） ", None), ("（3） ", None), ("（4） ", None), ("（３） ", None), ("（４） ", None)} <= set(told)


# ------------------------------------------------------------------ particles

def test_to_before_a_compound_particle_is_ni():
    """「当社公式コミュニティグループの運営目的と照らして不適当と判断した行為」: 照らして takes に."""
    added = findings_added(DAYONE, "運営目的と照らして", "運営目的と照らして", "confusable-word")
    assert added == []  # (the text as published: told already)
    told = [(e, s) for e, s, _ in _told(read_document(DAYONE), "confusable-word")]
    assert ("と照らして", "に照らして") in told


def test_a_compound_verb_after_to_is_no_slip():
    """「AとBを照らし合わせて」: 照らし合わせる takes と."""
    assert findings_added(DAYONE, "運営目的と照らして不適当", "運営目的と照らし合わせて不適当", "confusable-word") \
        == []


# ------------------------------------------------------------------ notation

def test_no_clear_habit_suggests_the_standard_spelling():
    """「但し」 ×4 beside 「ただし」 ×2, 「予め」 ×2 beside 「あらかじめ」 (Dayone): no habit of the document's own, so the
    note suggests 公用文's ただし, あらかじめ rather than the count's winner."""
    told = {s for _, s, _ in _told(read_document(DAYONE), "notation-variance")}
    assert "「ただし」に統一" in told and "「但し」に統一" not in told


# ------------------------------------------------------------------ foreign names and glosses

def test_glossed_foreign_terms_are_not_misspelt_words():
    """A Buddhist association's site (msbj): 「サダナ（成就法）」 (a term its kanji gloss follows) is written as heard; and
    「身につけており」 is 付ける. (Still told: 「発掘者（テルトン）」, a katakana word in brackets after a Japanese one, as
    「従来型携帯電話（フィチャーフォン）」 is a loanword's slip; and the transliterated names joined by 中点,
    「ケン・コン・チョリン」: lists of common words are joined so too.)"""
    told = {e for e, _, _ in _told(read_document(MSBJ), "typo")}
    assert not [e for e in told if any(w in e for w in ("サダナ", "身につけ"))]


# ------------------------------------------------------------------ round 2 (readers Z, AA)

KEYDROP = FIXTURES / "pub508" / "keydrop_clause.html"
KJET = FIXTURES / "pub508" / "kjet_rentalbike_terms.tsx"
ARMS = FIXTURES / "pub508" / "arms_confidentiality_kitei.html"
NP = FIXTURES / "pub508" / "np_japan_kojinjoho_kitei.jsx"


def test_translations_printed_after_the_japanese_are_recorded_not_read():
    """KEYDROP's 貸渡約款 prints 第1条–第8条 in Japanese, then in English, Traditional Chinese and Korean: read as
    Japanese, the translations made eleven duplicate articles and 35 typo warnings on correct Chinese. The Chinese
    and Korean lines are removals of their own (kind other-language); the Japanese articles alone are read."""
    doc = read_document(KEYDROP)
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 9)]
    foreign = [r.text for r in doc.norm.removed if r.kind == "other-language"]
    assert any("租車條款" in t for t in foreign) and any("대여 약관" in t for t in foreign)  # (as the page writes them)
    assert not any("\uac00" <= c <= "\ud7a3" for c in doc.norm.text)
    errors = [(f.rule, f.excerpt) for f in run_checks(doc) if f.severity != "info"]
    # (第8条第5項, where 第8条 has two paragraphs, and 「…）を定めるところにより」 are real slips its reader marked)
    assert sorted(errors) == [("confusable-word", "を"), ("reference-dangling", "第8条第5項")]


def test_japanese_table_rows_of_kanji_alone_are_japanese():
    """「所在地|伊丹市野間字東向298－9（参考：住居表示兵庫県伊丹市野間一丁目7番20号）」 and the row under it: kanji with
    no kana, but a table's rows, no Chinese sentence (a condominium's 管理規約, pub499; the first form of the rule took
    them out)."""
    doc = read_document(FIXTURES / "pub499" / "estkita_kanrikiyaku.html")
    assert not [r for r in doc.norm.removed if r.kind == "other-language"]
    # nor a fee table's rows, 「（2）学生会員年会費10，000円」: a ， that groups digits parts no clause (pub22)
    doc = read_document(FIXTURES / "pub22" / "nsca_page.html")
    assert not [r for r in doc.norm.removed if r.kind == "other-language"]


def test_a_page_that_says_its_later_articles_are_elsewhere_cites_them_freely():
    """「第9条以降の条文は別途定めるところによります。」 after 第8条: its 第36条第1項 is no dangling reference."""
    told = [e for e, _, _ in _told(read_document(KEYDROP), "reference-dangling")]
    assert "第36条第1項" not in told and "第8条第5項" in told


def test_a_header_that_holds_the_preamble_is_read():
    """K-Jet's <header> holds the title and 「株式会社ケイジェット (以下「当店」という) は、この利用規約 (以下「本規約」という)
    の定めるところにより…」: the page's preamble, read (a site's banner, with no sentence, stays furniture)."""
    doc = read_document(KJET)
    assert "株式会社ケイジェット(以下「当店」という)は" in doc.norm.text.replace(" ", "")


def test_tousha_in_terms_whose_company_named_itself_toten():
    """K-Jet named itself 当店 and writes 「当社」 in three sentences: another template's word for the same company."""
    told = [(e, s) for e, s, _ in _told(read_document(KJET), "term-inconsistent") if e == "当社"]
    assert told and all(s == "当店" for _, s in told)


def test_a_company_that_speaks_as_tousha_before_naming_a_store_is_not_told():
    """「当社は、株式会社ABC（以下「当店」という）の店舗を運営する。」: the speaker is 当社, and 当店 another company."""
    assert findings_added(KJET, "株式会社ケイジェット (以下「当店」という) は、",
                          "当社は、株式会社ケイジェット (以下「当店」という) の店舗を運営し、", "term-inconsistent") == []


def test_items_written_as_elements_of_a_list_without_li_are_items():
    """<ul class="ethics-sub-list"><a>a）…</a><a>b）…</a></ul>: each <a> on a line of its own, as the page styles
    them; joined, their labels a）b） were told as eight unbalanced brackets, a stray letter and a gap."""
    doc = read_document(ARMS)
    assert "a）「ArmS 9-1機密保持規程」\n•b）「ArmS 2-1倫理規程」" in doc.norm.text
    told = {f.rule for f in run_checks(doc) if f.severity != "info"}
    assert "bracket-unbalanced" not in told and "numbering-gap" not in told


def test_a_list_after_a_sentence_announcing_it_starts_over():
    """第6条: 「1.書面の交付…2.…3.その他当社が定める方法」, then 「また、次に該当する場合は、開示いたしかねます…」 and a
    second list from 「1.ご本人が確認できない場合」: two lists, no duplicate 1."""
    assert not [f for f in run_checks(read_document(NP), ["numbering-duplicate"])]


# ------------------------------------------------------------------ round 2 (reader Y)

NOTAS = FIXTURES / "pub509" / "notas_freelance_terms.tsx"


def test_a_definition_that_ends_in_the_naming_formula_is_told():
    """「④「クライアント」とは、利用者のうち、…求人募集をしようとする者といいます。」 beside ③'s 「…者をいいます。」: a term
    defined with とは says what it means with を."""
    told = [(e, s) for e, s, _ in _told(read_document(NOTAS), "grammar-slip")]
    assert ("をしようとする者といいます。", "を") in told


def test_a_naming_sentence_keeps_its_to():
    """「建物部分を共用部分といいます。」 names a thing; it opens with no 「…」とは."""
    assert findings_added(NOTAS, "求人募集をしようとする者といいます。", "求人募集をしようとする者をいいます。この者をクライアント"
                          "といいます。", "grammar-slip") == []


def test_an_invitation_to_offer_is_yuuin_written_for_yuuin():
    """「案件に関する申込みの誘因をすることができる」: 申込みの誘引 is the legal term; 誘因 is a cause."""
    told = [(e, s) for e, s, _ in _told(read_document(NOTAS), "confusable-word")]
    assert ("誘因", "誘引") in told


def test_set_phrases_and_terms_of_the_rental_pages():
    """Reader AA's finds: 「（以下、約款及び細則を「レンタルガイド記載事項」といいます。）を定めるところにより」 (の定める
    ところにより), 「当社の事業活動遂行に伴う債券回収」 (債権回収), and 「第５章　使用」 among twelve 「第 N 章」 headings."""
    keydrop = {(e, s) for e, s, _ in _told(read_document(KEYDROP), "confusable-word")}
    assert ("を", "の") in keydrop
    kjet = read_document(KJET)
    assert ("債券", "債権") in {(e, s) for e, s, _ in _told(kjet, "confusable-word")}
    assert [s for e, s, _ in _told(kjet, "convention-deviation") if e.startswith("第５章")] == ["第5章"]
    assert ("データー", "「データ」に統一") in {(e, s) for e, s, _ in _told(read_document(KEYDROP), "notation-variance")}


# ------------------------------------------------------------------ round 3 (reader AC)

def test_headings_written_two_ways_with_no_majority_get_one_note():
    """あるやうむ's policy writes nine headings 「第1条 (利用目的)」 and nine 「第8条（第三者提供）」: no form is the odd one
    out, so no heading was told; one note says the document keeps two forms."""
    doc = read_document(FIXTURES / "pub511" / "alyawmu_privacy_page.tsx")
    told = [f for f in run_checks(doc, ["convention-deviation"]) if "2通りに書かれています" in f.message]
    assert len(told) == 1 and told[0].severity == "info" and "9回" in told[0].message


def test_wo_before_doui_is_ni():
    """「登録情報が提供されることを同意しておりますので」: 同意する takes に; 「…する旨を同意した」 (a content clause with 旨)
    is drafting's own and stays quiet."""
    told = [(e, s) for e, s, _ in _told(read_document(NOTAS), "grammar-slip")]
    assert ("供されることを同意して", "に") in told
    assert findings_added(NOTAS, "提供されることを同意しており", "提供される旨を同意しており", "grammar-slip") == []


def test_rules_that_count_over_the_source_do_not_count_a_translation():
    """Wi2's terms print Chinese panes after the Japanese: their 「，」 (236) were counted with the Japanese 「、」 (178)
    and the page was told it mixes its commas. The translation's lines are blanked in the text the rules read."""
    doc = read_document(FIXTURES / "pub513" / "wi2_terms.blade.php")
    assert sum(1 for r in doc.source.removed if r.kind == "other-language") > 100
    assert "，" not in doc.source.text.replace("，000", "")
    assert not [f for f in run_checks(doc, ["convention-deviation"]) if "読点" in f.message]


def test_a_status_word_the_user_definition_names_is_no_leftover():
    """「本サービスを利用する会員、体験参加者、保護者その他の利用者（以下「利用者」）は、…」: 会員 is one of the kinds of
    user the definition names, not another template's word for 利用者 (reader AG's false warning)."""
    doc = read_document(FIXTURES / "pub512" / "vans_dance_terms.tsx")
    assert not [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "会員"]
