"""What the blind readings of session 57 (pub489–pub494: a points service's 利用規定, an app developer's and a game
community's terms, a choir's 会則, a shop's and an app's terms on a common template, shops' privacy policies, a
society's exhibition terms, a 定款) showed the checks missing or telling wrongly: each construct tested in the real
document it was found in, with the near forms that must stay quiet."""

from pathlib import Path

import pytest
from conftest import EXTERNAL, doc_from_text, findings_added, needs_shared

from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"
POINTCOM = FIXTURES / "pub489" / "pointcom_kitei.php"
KAITO = FIXTURES / "pub489" / "kaito_terms.md"
POLEPOLE = FIXTURES / "pub490" / "polepole_kaisoku.tsx"
MOTOSHOP = FIXTURES / "pub491" / "motoshop_kiyaku.html"
STROLL = FIXTURES / "pub491" / "stroll_kiyaku.html"
NSCA = FIXTURES / "pub22" / "nsca_page.html"
BAZUCA = FIXTURES / "pub492" / "bazuca_system.blade.php"
BEEP = FIXTURES / "pub492" / "beep_privacy.blade.php"
KYOTO = FIXTURES / "pub492" / "kyotonatural_privacy.php"
LEVURE = FIXTURES / "pub493" / "levure_kiyaku.html"
MONSTER = FIXTURES / "pub493" / "monsterlife_terms.php"
CRI = FIXTURES / "pub494" / "cri_adx_le_eula.txt"
MW = FIXTURES / "pub494" / "mw_ossla_1j.txt"


def _doc(path: Path, text: str | None = None):
    return doc_from_text(path.read_text(encoding="utf-8") if text is None else text, path.name)


def _told(path: Path, rule: str, text: str | None = None):
    return [(f.excerpt, f.suggestion, f.severity) for f in run_checks(_doc(path, text), [rule])]


# ------------------------------------------------------------------ the company addressed in the speaker's own terms

def test_kisha_in_terms_that_speak_as_tousha_to_a_user_is_a_slip_for_tousha():
    """「風説を流布し、偽計若しくは威力を用いて貴社の信用を毀損し、または貴社の業務を妨害する行為」 among prohibited acts of
    terms that call the operator 当社 41 times and define ユーザー: the template's pledge, written from the other side."""
    told = [t for t in _told(POINTCOM, "term-inconsistent") if t[0] == "貴社"]
    assert told == [("貴社", "当社", "warning")] * 2


def test_kisha_stays_quiet_in_the_users_own_voice_and_where_the_document_addresses_a_company():
    raw = POINTCOM.read_text(encoding="utf-8")
    pledge = "偽計若しくは威力を用いて貴社の信用を毀損し、または貴社の業務を妨害する行為"
    assert pledge in raw
    # a consent the form has the user give: 「私は、貴社の…に同意します」
    consent = raw.replace(pledge, "私は、貴社の定める本規定に同意します")
    assert not [t for t in _told(POINTCOM, "term-inconsistent", consent) if t[0] == "貴社"]
    # a document that calls its counterpart 貴社 throughout (three times or more) addresses a company
    b2b = raw.replace(pledge, pledge + "。当社は貴社に対して通知する").replace("本サービス", "貴社のサービス", 1)
    assert not [t for t in _told(POINTCOM, "term-inconsistent", b2b) if t[0] == "貴社"]


# ------------------------------------------------------------------ numbering from zero

def test_articles_numbered_from_zero():
    """「第0条（法令の遵守等）」, then 第1条…第12条: articles are numbered from 第1条."""
    told = [t for t in _told(POINTCOM, "numbering-order")]
    assert told == [("第0条（法令の遵守等）", "第1条", "warning")]
    raw = POINTCOM.read_text(encoding="utf-8")
    assert not _told(POINTCOM, "numbering-order", raw.replace("第0条（", "第0.5条（"))  # (no article numbered 0: quiet)


# ------------------------------------------------------------------ いかなる … も, the も where it belongs

def test_ikanaru_before_a_clause_modifying_a_noun_takes_its_mo_after_that_nouns_phrase():
    """「…それ以外のいかなる原因に基づき生じた損害について、賠償する義務を一切負わない」: 基づき leads the clause that
    modifies 損害, and 損害について is what takes the も (「いかなる原因に基づいても」 would be no Japanese)."""
    told = [t for t in _told(POINTCOM, "grammar-slip") if t[0].startswith("いかなる")]
    assert told == [("いかなる原因に基づき生じた損害について", "いかなる原因に基づき生じた損害についても", "warning")]


def test_ikanaru_with_its_mo_or_with_the_verb_as_the_predicate():
    written = "いかなる原因に基づき生じた損害について"
    assert not [f for f in findings_added(POINTCOM, written, "いかなる原因に基づき生じた損害についても", "grammar-slip")
                if "いかなる" in f.excerpt]
    assert not [f for f in findings_added(POINTCOM, written, "いかなる事由による損害についても", "grammar-slip")
                if "いかなる" in f.excerpt]
    # a clause with its noun, no も: the noun's phrase; a compound particle before the predicate: the particle's
    fixed = [f.suggestion for f in findings_added(POINTCOM, written, "いかなる事由による損害について", "grammar-slip")]
    assert fixed == ["いかなる事由による損害についても"]
    added = findings_added(POINTCOM, "損害について、賠償する義務を一切負わない",
                           "損害について、いかなる者に対して支払わないものとし、賠償する義務を一切負わない", "grammar-slip")
    assert [f.suggestion for f in added] == ["いかなる者に対しても"]


# ------------------------------------------------------------------ particles and words in set phrases

def test_a_party_run_into_jizen_no_lost_its_no():
    """「当方の判断において、ユーザ事前の承諾を得ることなく」: whose prior consent takes の."""
    told = [(f.excerpt, f.suggestion) for f in run_checks(_doc(KAITO), ["confusable-word"]) if f.excerpt == "事前の"]
    assert told == [("事前の", "の事前の")]
    assert not findings_added(KAITO, "ユーザ事前の承諾", "ユーザの事前の承諾", "confusable-word")


def test_chinshaku_between_selling_and_pledging_is_letting():
    """「アカウント及び取得したポイントの売却、賃借、質入れ等の一切の行為」: an owner lets (賃貸) what it may sell or pledge."""
    assert [t for t in _told(POINTCOM, "confusable-word") if t[0] == "賃借"] == [("賃借", "賃貸", "warning")]
    assert not findings_added(POINTCOM, "売却、賃借、質入れ", "売却、賃貸、質入れ", "confusable-word")
    assert not findings_added(POINTCOM, "売却、賃借、質入れ", "賃借人の売却", "confusable-word")


def test_koto_mokuteki_to_suru_lost_its_wo():
    """「指針を定めること及び以下の目的を達成すること目的とする」 (a student club's 会則): the purpose formula is
    ことを目的とする; planted in a real 会則 where 第3条 states its purpose."""
    added = findings_added(POLEPOLE, "広く教養の向上に努めることを目的とする", "広く教養の向上に努めること目的とする",
                           "grammar-slip")
    assert [(f.excerpt, f.suggestion) for f in added] == [("こと目的", "ことを目的")]


def test_sono_touga_after_a_noun_is_sono_hoka_touga():
    """「その他の事業を行う場合における、その種類その当該その他の事業に関する事項」 (an NPO's 定款): a pointer never
    follows a noun without its particle: the list formula その他当該 lost its 他."""
    told = [t for t in _told(NSCA, "confusable-word") if t[0] == "その当該"]
    assert told == [("その当該", "その他当該", "error")]


# ------------------------------------------------------------------ conventions

def test_a_date_in_digits_of_two_widths():
    """「(2020年７月１日設立)」 and 「この会則は、2020年７月22日から施行する。」 beside 「改訂2021年1月」, 「2022年2月」."""
    told = [(f.excerpt, f.suggestion, f.severity) for f in run_checks(_doc(POLEPOLE), ["convention-deviation"])
            if f.message.startswith("日付")]
    assert told == [("2020年７月１日", "2020年7月1日", "warning"), ("2020年７月22日", "2020年7月22日", "warning")]


def test_dates_of_two_widths_throughout_are_a_house_style():
    """A page that writes every date 「平成14年５月」 (seven of them) mixes widths on purpose, however oddly."""
    doc = _doc(FIXTURES / "pub116" / "hands.html")
    assert "平成14年５月" in doc.norm.text or "平成14年5月" in doc.norm.text
    assert not [f for f in run_checks(doc, ["convention-deviation"]) if f.message.startswith("日付")]


def test_a_comma_after_a_conjunction_where_the_document_sets_none():
    """「無料利用期間および，サブスクリプション料金は，随時変更される」: a note, where the page's other conjunctions
    have no comma after them."""
    def commas(text=None):
        return [(f.suggestion, f.severity) for f in run_checks(_doc(STROLL, text), ["convention-deviation"])
                if "接続詞の直後に読点" in f.message]

    told = commas()
    assert ("および", "info") in told
    # and/or: 「サービス利用者および、または公衆の生命」
    raw = STROLL.read_text(encoding="utf-8")
    assert "無料利用期間および，" in raw
    assert len(commas(raw.replace("無料利用期間および，", "無料利用期間および，または"))) == len(told) - 1


# ------------------------------------------------------------------ headings and references

def test_the_one_article_without_its_caption():
    """「第18条 理事又は監事のうち、その定数の3分の1を超える者が欠けたときは…」: 59 other articles of the 定款 have one."""
    told = [f for f in run_checks(_doc(NSCA), ["heading-untitled"])]
    assert [(f.excerpt, f.article) for f in told] == [("第18条", "18")]


@needs_shared(EXTERNAL / "egov-xml")
def test_an_article_alone_in_its_chapter_takes_the_chapters_title_as_its_caption():
    """行政手続法 第三十六条の三, alone under 「第四章の二 処分等の求め」."""
    from pipeline.api import read_document

    law = next((EXTERNAL / "egov-xml").glob("405AC0000000088_*.xml"))
    assert not run_checks(read_document(law), ["heading-untitled"])


def test_maejou_in_the_first_article_beside_a_paragraph_before_suggests_maekou():
    """The template's 「本規約の規定が前条の個別規定の規定と矛盾する場合」 in 第1条第3項, 個別規定 defined in its 第2項."""
    told = [(f.excerpt, f.suggestion) for f in run_checks(_doc(MOTOSHOP), ["reference-dangling"])]
    assert ("前条", "前項") in told


# ------------------------------------------------------------------ precision

def test_the_name_of_the_body_the_document_designates_is_no_typo():
    """「藤月観光協会（以下，「当社」といいます。）」: a name, not 同月."""
    assert not [f for f in run_checks(_doc(MOTOSHOP), ["typo"]) if "藤月" in f.excerpt]
    # the name alone, no designation after it: nothing vouches for it
    added = findings_added(MOTOSHOP, "藤月観光協会（以下", "藤月観光協会は（以下", "typo")
    assert [f.suggestion for f in added] == ["同月"]


def test_a_verb_with_kaneru_is_the_predicate_not_a_compound_particle():
    """「その場合返金には一切応じかねますので」: 応じかねる, "cannot accept", with 返金には before it; no 「一切に応じ」."""
    assert not [f for f in run_checks(_doc(BAZUCA), ["confusable-word"]) if "応じ" in f.excerpt]
    added = findings_added(BAZUCA, "返金には一切応じかねます", "返金状況応じて対応します", "confusable-word")
    assert [f.suggestion for f in added] == ["状況に応じて"]


def test_a_foreign_name_spaced_as_its_maker_spaces_it():
    """「Google アナリティクス オプトアウト アドオン」: the page's other copy of the name breaks a source line after
    オプトアウト, which the HTML reader joins (browsers show a space there): no evidence that the name is written joined."""
    told = [f for f in run_checks(_doc(BEEP), ["stray-space"]) if "アドオン" in f.excerpt]
    assert [f.severity for f in told] == ["info"]  # (the source's line break inside the name, told as such)


def test_words_of_set_phrases_and_formulas_typed_as_their_homophones():
    """「公衆衛生の向上又は自動の健全な育成の推進」 (a privacy policy quoting 個人情報保護法), 「ガイドラインその他のルールと
    内容とする契約」 and 「…を削除することに替えて」 (an exhibition's terms), 「…が含まれますが，この限りではありません」
    (a game community's terms: "including but not limited to")."""
    def said(path, word):
        return [(f.excerpt, f.suggestion) for f in run_checks(_doc(path), ["confusable-word"]) if f.excerpt == word]

    assert said(KYOTO, "自動") == [("自動", "児童")]
    assert said(LEVURE, "替え") == [("替え", "代え")]
    assert said(LEVURE, "と") == [("と", "を")]
    assert said(MONSTER, "この限りではありません") == [("この限りではありません", "これらに限られません")]


def test_the_right_forms_of_those_formulas_stay_quiet():
    assert not findings_added(LEVURE, "削除することに替えて", "削除することに代えて", "confusable-word")
    assert not findings_added(LEVURE, "削除することに替えて", "電池を新品に替えて", "confusable-word")
    assert not findings_added(LEVURE, "ルールと内容とする", "ルールを内容とする", "confusable-word")
    raw = MONSTER.read_text(encoding="utf-8")
    tail = "が含まれますが，この限りではありません"
    assert tail in raw
    assert not [f for f in run_checks(_doc(MONSTER, raw.replace(tail, "が含まれますが，これらに限られません")),
                                      ["confusable-word"]) if "限" in f.excerpt]
    # the exception formula where it belongs: 「ただし、…の場合は、この限りではありません」
    assert not [f for f in run_checks(_doc(MONSTER, raw.replace(tail, "。ただし、法令に基づく場合は、この限りではありません")),
                                      ["confusable-word"]) if "限" in f.excerpt]


def test_a_word_general_japanese_writes_is_no_slip_of_the_documents_staple():
    """「評価及び試用する目的」 in a licence that writes 使用 27 times: 試用 (trial use) is meant. A word general Japanese
    never writes, one kanji from the staple, still is a slip."""
    assert not [f for f in run_checks(_doc(CRI), ["typo"]) if "試用" in f.excerpt]
    added = findings_added(CRI, "評価及び試用する目的", "評価及び仕用する目的", "typo")
    assert [f.suggestion for f in added] == ["使用"]


def test_a_katakana_witness_holds_the_kana_before_the_correction():
    """「モノワイヤレスソフトウェア使用許諾契約書」 beside the licence's own 「モノワイヤレスオープンソースソフトウェア」: the
    「ースソフト」 of オープンソース is no witness for a long mark after ワイヤレ (モノワイヤレースソフトウェア, no word)."""
    assert not [f for f in run_checks(_doc(MW), ["typo"]) if "ワイヤレス" in f.excerpt]


def test_a_products_former_name_is_no_misspelling():
    """「Mac OS」 (Apple's name until 2016) in a licence; 「MacOs」 is still the current name misspelt."""
    assert not [f for f in run_checks(_doc(CRI), ["name-variant"]) if "Mac" in f.excerpt]
    added = findings_added(CRI, "Mac OS", "MacOs", "name-variant")
    assert [(f.excerpt, f.suggestion) for f in added] == [("MacOs", "macOS")]


def test_ikanaru_as_the_object_of_a_clause_modifying_a_noun():
    """「…生じたいかなるクレーム、訴訟及び損害を賠償する責任を一切負いません」: the も belongs to 責任 (責任も), not in
    place of the を (「損害も賠償する」 is no Japanese)."""
    told = [(f.excerpt, f.suggestion) for f in run_checks(_doc(CRI), ["grammar-slip"]) if f.excerpt.startswith("いかなる")]
    assert told == [("いかなるクレーム、訴訟及び損害を賠償する責任を", "いかなるクレーム、訴訟及び損害を賠償する責任も")]


def test_a_noun_with_its_okurigana_before_kansuru_lost_its_ni():
    """「個人情報の取扱い関する同意条項」 (a deferred-payment service's terms, read by hand): 関する takes に after a noun,
    one written with its okurigana (取扱い, 手続き) as after 本規約; 相関する is a word."""
    raw = POINTCOM.read_text(encoding="utf-8")
    written = next(w for w in ("サービスの運営に関する", "に関する") if w in raw)
    added = findings_added(POINTCOM, written, "情報の取扱い関する", "grammar-slip")
    assert [f.suggestion for f in added] == ["取扱いに関する"]
    assert not findings_added(POINTCOM, written, "情報の取扱いに関する", "grammar-slip")
    assert not findings_added(POINTCOM, written, "情報が相関する", "grammar-slip")


def test_a_range_of_item_labels_past_the_articles_last_item():
    """「利用者はご自身または第三者を利用して、以下の(1)～(8)の行為を行ってはならない」 over a list of seven (a
    deferred-payment service's terms, read by hand; again in its second paragraph, 「上記の（１）～（８）の行為」): planted
    in a real list of five."""
    ekyc = Path(__file__).resolve().parent.parent / "raw" / "saporis" / "ekyc-terms.txt"
    written = "次の各号に掲げるいずれかの事由"
    added = findings_added(ekyc, written, "以下の(1)～(6)のいずれかの事由", "reference-dangling")
    assert [(f.excerpt, f.suggestion) for f in added] == [("以下の(1)～(6)", "5")]
    assert not findings_added(ekyc, written, "以下の(1)～(5)のいずれかの事由", "reference-dangling")


def test_a_polite_ending_typed_twice():
    """「販売店にご連絡くださいください」 (a deferred-payment service's terms, read by hand): said once; 「ますます」 is an
    adverb of its own."""
    raw = POINTCOM.read_text(encoding="utf-8")
    written = next(w for w in ("行ってください", "お問い合わせください", "ご了承ください", "ください") if w in raw)
    added = findings_added(POINTCOM, written, written + "ください", "duplication")
    assert [(f.message.split("（")[0], f.suggestion, f.severity) for f in added] == [
        ("「ください」が繰り返されています", "", "warning")]
    assert not findings_added(POINTCOM, written, "ますます" + written, "duplication")


@pytest.mark.parametrize("path", [FIXTURES / "pub491" / "nakatsugi_kiyaku.html", FIXTURES / "pub493" / "kasai_teikan.html"],
                         ids=lambda p: p.name)
def test_a_carefully_written_page_gets_no_error_or_warning(path):
    """A billing platform's terms and a history association's 定款, in which the readers found no error: nothing told."""
    assert not [f for f in run_checks(_doc(path)) if f.severity in ("error", "warning")]
