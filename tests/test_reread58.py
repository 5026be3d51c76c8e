"""What the blind readings of session 58 (pub495–pub497: a WordPress theme's contract template, an SNS operation
業務委託契約書, a supply contract written in a Next.js page, a school association's committee rules) showed the checks
missing or telling wrongly: each construct tested in the real document it was found in, with the near forms that must
stay quiet."""

import re
from pathlib import Path

from conftest import doc_from_text, findings_added

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"
APPREX = FIXTURES / "pub495" / "apprex_contract.php"
LUMA = FIXTURES / "pub496" / "luma_sns_itaku.txt"
BEAUTECH = FIXTURES / "pub496" / "beautech_supply_sale_page.tsx"
TOSHO = FIXTURES / "pub497" / "tosho_saisoku.law.txt"


def _told(doc, rule: str):
    return [(f.excerpt, f.suggestion, f.severity) for f in run_checks(doc, [rule])]


def _apprex(text: str | None = None):
    return doc_from_text(APPREX.read_text(encoding="utf-8") if text is None else text, APPREX.name)


# ------------------------------------------------------------------ a page a PHP theme keeps in a heredoc

def test_the_page_a_php_theme_holds_in_a_heredoc_is_read_and_checked():
    """The theme returns its contract template from a function (`return <<<'HTML'`), which its admin screen edits and
    its preview page prints through a variable: no block echoes the page, and the heredoc sits in the code ahead of
    the preview's <html>. It was read as 33 characters, 0 articles, no finding; the page is the template's 20
    articles, 公告 among them (広告 meant: it stands beside 宣伝)."""
    doc = read_document(APPREX)
    assert len(list(doc.all_articles())) == 20
    assert "甲が事前に許諾しない本サービス上での宣伝、公告、勧誘又は営業行為" in doc.source.text
    assert any("hold as a page" in n for n in doc.source.notes)
    assert ("公告", "広告", "warning") in [(e[:2], s, v) for e, s, v in _told(doc, "confusable-word")]


def test_a_heredoc_of_a_few_words_is_no_page():
    """A heredoc that holds markup but few Japanese words (a label, a snippet) is code's, not a page: cut to a title,
    nothing of it is read."""
    raw = APPREX.read_text(encoding="utf-8")
    start, end = raw.index("return <<<'HTML'\n") + len("return <<<'HTML'\n"), raw.index("\nHTML;")
    doc = doc_from_text(raw[:start] + "<h1>契約書の雛形</h1>" + raw[end:], APPREX.name)
    assert "契約書の雛形" not in doc.source.text and not re.search(r"第.条", doc.source.text)


def test_tags_shown_in_help_that_speaks_of_html_are_meant():
    """The admin screen's help 「HTML（見出し <h2>、段落 <p>、箇条書き <ul><li> 等）が使えます」 shows its tags on purpose
    (escaped in the source so that they show); the same tag shown in a line that does not speak of markup is told."""
    assert _told(_apprex(), "markup-broken") == []
    raw = APPREX.read_text(encoding="utf-8")
    help_line = "HTML（見出し <code>&lt;h2&gt;</code>、段落"
    shown = _told(_apprex(raw.replace(help_line, "本文（見出し <code>&lt;h2&gt;</code>、段落", 1)), "markup-broken")
    assert shown and all(e.startswith("<") for e, _, _ in shown)


# ------------------------------------------------------------------ paragraph numbers of two widths in one article

def test_paragraph_numbers_in_the_lesser_width_of_a_mixed_article_are_told():
    """第６条 numbers its paragraphs 「１.」「2.」「3.」 and 第１１条 「１.」「2.」「3.」「4.」, in a document whose other
    numbers are full width (33 against 11): the half-width ones are told, toward ２; the full-width 「１.」 was told
    instead, as 「この文書のこの形の項番号は半角です（11回）」."""
    found = [(e[:2], s) for e, s, _ in _told(_apprex(), "convention-deviation") if e[:1] in "12１２"]
    assert ("2.", "２") in found
    assert not [e for e, _ in found if e.startswith("１")]


# ------------------------------------------------------------------ a plain word inside an earlier definition

def test_a_plain_word_in_an_earlier_definition_is_no_clipped_term():
    """「「送信データ」とは、…乙が甲に対して送信するコンテンツ（文章、画像…）を意味します」 in 第２条 uses コンテンツ as the
    plain word another term is defined by, seven articles before 「（以下「本件コンテンツ」といいます。）」: it was told
    as a clipped 本件コンテンツ. The bare word written after that definition, where the document has no plain use of it
    before, is still told."""
    assert not [e for e, _, _ in _told(_apprex(), "term-inconsistent") if e == "コンテンツ"]
    raw = APPREX.read_text(encoding="utf-8").replace("乙が甲に対して送信するコンテンツ", "乙が甲に対して送信するデータ", 1)
    later = "登録編集した本件コンテンツについての著作権を除き"
    assert later in raw
    told = _told(_apprex(raw.replace(later, "登録編集したコンテンツについての著作権を除き", 1)), "term-inconsistent")
    assert ("コンテンツ", "本件コンテンツ") in [(e, s) for e, s, _ in told]


# ------------------------------------------------------------------ words that read alike, told by the words beside them

def test_confusables_of_a_supply_contract_are_told():
    """「所有権は甲に存ずるものとし」 (存する: what lies with someone), 「その代金決裁のあったとき」 (決済 settles a price),
    「乙の責に帰す事由」 (帰すべき, with 責め written without its め)."""
    told = {(e, s) for e, s, _ in _told(doc_from_text(LUMA.read_text(encoding="utf-8"), LUMA.name),
                                         "confusable-word")}
    assert {("存ずる", "存する"), ("決裁", "決済"), ("帰す", "帰すべき")} <= told


def test_their_right_neighbours_stay_quiet():
    """存ずる after ように (a manner of thinking) and 決裁 after an office holder (an approval) are meant."""
    for written, kept in (("所有権は甲に存ずるものとし", "そのように存ずるものとし"),
                          ("その代金決裁のあったとき", "その会長の決裁のあったとき")):
        assert findings_added(LUMA, written, kept, "confusable-word") == [], kept


def test_confusables_of_a_page_contract_are_told():
    """「一切の責務を担保するため」 (債務), 「弁済期の奴何にかかわらず」 (如何), 「乙に対して協議のうえ」 (乙と協議のうえ),
    「乙が被った損害について合理的な範囲で保証する」 (補償)."""
    doc = read_document(BEAUTECH)  # the page component itself (ingest.script)
    told = {(e, s) for rule in ("confusable-word",) for e, s, _ in _told(doc, rule)}
    assert {("責務", "債務"), ("奴何", "如何"), ("に対して", "と"), ("保証", "補償")} <= told


def test_tousha_in_a_contract_of_unquoted_letters_is_told():
    """「BEAUTECH株式会社（以下甲という。）と申込者（以下乙という。）」 names the parties without quotes; 「本規約を変更する
    ときは、当社は、その効力発生時期を定め」 is a sentence of a company's terms: which party is meant must be said."""
    told = [e for e, _, _ in _told(read_document(BEAUTECH), "term-inconsistent")]
    assert "当社" in told


# ------------------------------------------------------------------ a correction that would point at nothing

def test_no_correction_to_a_reference_that_points_at_nothing():
    """「本件業務とは、次の各号に掲げる業務とする。本条の全項に関し乙は…」 in an article of one paragraph: 前項 was
    suggested for 全項 (the same reading), which would cite no paragraph."""
    doc = doc_from_text(LUMA.read_text(encoding="utf-8"), LUMA.name)
    assert not [f for f in run_checks(doc, ["typo"]) if f.suggestion == "前項"]


# ------------------------------------------------------------------ the formula of a deleted provision

def test_the_space_of_a_deletion_formula_is_no_stray_space():
    """「「第甲条から第丙条まで 削除」と記載し」: a deleted provision's number and 削除 are set apart (as 「第甲条 削除」,
    quoted beside it, is); a space before 削除 after a noun's particle is still told."""
    doc = doc_from_text(TOSHO.read_text(encoding="utf-8"), TOSHO.name)
    assert not [e for e, _, _ in _told(doc, "stray-space") if "削除" in e]
    assert findings_added(TOSHO, "条項を削除する場合", "条項を 削除する場合", "stray-space")


# ------------------------------------------------------------------ a contract's word in terms that name their contract

APOMI = FIXTURES / "pub498" / "apomi_kiyaku.html"


def test_hon_keiyaku_in_terms_that_name_their_contract_is_told():
    """Terms that call themselves 本規約 and the contract made under them 利用契約 (six times) write 「利用者は本契約を解約
    することができ」 once: the contract or the terms, which the writer must say (no word is suggested)."""
    doc = read_document(APOMI)
    told = [(e, s) for e, s, _ in _told(doc, "term-inconsistent") if e == "本契約"]
    assert told == [("本契約", None)]


def test_hon_keiyaku_as_the_documents_own_word_stays_quiet():
    """Written three times, 本契約 is the document's own word for its contract, no leftover: the same terms with two
    more 本契約 for 利用契約 say nothing of it."""
    raw = APOMI.read_text(encoding="utf-8")
    assert raw.count("利用契約") >= 2
    doc = doc_from_text(raw.replace("利用契約", "本契約", 2), APOMI.name)
    assert not [e for e, _, _ in _told(doc, "term-inconsistent") if e == "本契約"]


# ------------------------------------------------------------------ a list of amended articles, a contract form annexed

ESTKITA = FIXTURES / "pub499" / "estkita_kanrikiyaku.html"
AMEND = FIXTURES / "pub499" / "estkita_amend.html"
XSERVER_20 = FIXTURES / "pub500" / "xserver_20thcp_campaign.php"
XSERVER_SPRING = FIXTURES / "pub500" / "xserver_spring2024_campaign.php"


def test_a_page_of_the_amended_articles_only_is_no_whole_text():
    """「本資料は改正・新設された条文のみを改正番号順に抜粋したものです。」: the articles come in the amendments' order and
    skip the others; eight numbering-order errors, five gaps and the 別表第5 and 第27条 the whole 規約 holds were told."""
    doc = read_document(AMEND)
    told = {f.rule for f in run_checks(doc, ["numbering-order", "numbering-gap", "reference-dangling"])}
    assert told == set()
    raw = AMEND.read_text(encoding="utf-8")
    raw = raw.replace("条文のみを改正番号順に抜粋したものです", "条文を改正番号順に掲げます", 1).replace("条文一覧", "規約")
    assert run_checks(doc_from_text(raw, AMEND.name), ["numbering-order"]), "the page no longer saying it is an extract"


def test_a_kanji_written_with_its_okurigana_before_the_run_was_not_dropped():
    """「緊急連絡先の届け出義務を追加」 beside 届出義務: 届 stands before 出義務 with its okurigana; 届 was told dropped."""
    doc = read_document(AMEND)
    assert not [f for f in run_checks(doc, ["typo"]) if f.suggestion == "届出義務"]


def test_roles_in_the_rules_are_not_the_parties_of_a_contract_form_annexed():
    """The 規約's 附則 write 売主 (the developer) and its pledge form 「○○○○（賃貸人）」; the 甲 and 乙 are those of the
    storage-room contract form printed after the 使用細則: 売主 and 賃貸人 were told undefined as the contract's parties.
    In the contract form itself a role stays told."""
    doc = read_document(ESTKITA)
    assert not [f.excerpt for f in run_checks(doc, ["term-undefined"]) if f.excerpt in ("売主", "賃貸人")]


def test_the_word_a_definition_names_the_part_of_is_no_cut_name():
    """「住戸番号を付した住戸（以下「住戸部分」という。）」: 住戸 is the document's word (住戸１戸につき, 各住戸に), the
    definition names its part; it was told as 住戸部分 cut short. 耐震(以下単に「耐震改修」…) stays told
    (test_checks_issue16)."""
    doc = read_document(ESTKITA)
    assert not [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "住戸"]


def test_an_auxiliary_after_te_is_no_romaji_slip():
    """「宛先住所不明などの理由で返送されてきた場合や」: 来る after a て-form (返送されてきた, sent back to us) was corrected
    to されていた, one romaji key away."""
    for path in (XSERVER_20, XSERVER_SPRING):
        assert not [f for f in run_checks(read_document(path), ["typo"]) if "されてきた" in f.excerpt], path.name


def test_a_section_heading_that_opens_its_list_leaves_no_gap():
    """The questions it will not answer, an <ol>: 「1.賞品の仕様や詳細な内容について」 read as a section's heading, and
    「2.」「3.」 as its paragraphs, were told to start at 第2項."""
    assert not run_checks(read_document(XSERVER_20), ["numbering-gap"])


def test_a_picture_between_brackets_is_no_blank_and_a_space_after_an_exclamation_is_set():
    """「お問い合わせは【<img src="./img/address.png">】まで」: the address is a picture, no blank of a template; 「新生活
    応援！ 春のプレゼントキャンペーン」: the space after ！ is typesetting, no stray space."""
    doc = read_document(XSERVER_SPRING)
    assert not run_checks(doc, ["template-placeholder"])
    assert not [f for f in run_checks(doc, ["stray-space"]) if "！" in f.excerpt]


CUBEHOTEL = FIXTURES / "pub501" / "cubehotel_yakkan.html"


def test_confusables_of_a_hotels_terms_and_a_boards_rules_are_told():
    """「合法的範囲を越える負担」 (a range is exceeded: 超える), 「受諾物の盗難」 (受託物: 受諾 accepts an offer); in the
    condominium's amended articles, 「その議は出席理事の過半数で決し」 (議事)."""
    told = {(e, s) for e, s, _ in _told(read_document(CUBEHOTEL), "confusable-word")}
    assert {("越", "超"), ("受諾物", "受託物")} <= told
    told = {(e, s) for e, s, _ in _told(read_document(AMEND), "confusable-word")}
    assert ("議", "議事") in told


def test_effect_sent_out_takes_wo():
    """「…から効力が発する」 planted in the hotel's terms for 「効力を発する」 is told; 「効力が発生する」 stays quiet."""
    anchor = "当ホテルは、宿泊当日並びに"
    told = findings_added(CUBEHOTEL, anchor, "この約款は令和6年4月1日から効力が発する。" + anchor, "confusable-word")
    assert [(f.excerpt, f.suggestion) for f in told] == [("が", "を")]
    assert findings_added(CUBEHOTEL, anchor, "この約款は令和6年4月1日から効力が発生する。" + anchor,
                          "confusable-word") == []


MYNAVI = FIXTURES / "pub502" / "mynavi_kaigo_kiyaku.html"


def test_an_enumeration_bracketed_in_the_width_the_document_does_not_use_is_noted():
    """第16条's 「（1）」「（2）」 in a page whose other 18 labels are 「(1)」…: the list agrees with itself, not with the
    document; told once, at its first label. A list of the document's own width stays quiet."""
    told = [(e[:3], s) for e, s, _ in _told(read_document(MYNAVI), "convention-deviation") if e.startswith("（1）")]
    assert told == [("（1）", "(1)")]
    raw = MYNAVI.read_text(encoding="utf-8")
    assert raw.count("（1）") == 1 and raw.count("（2）") == 1
    doc = doc_from_text(raw.replace("（1）", "(1)").replace("（2）", "(2)"), MYNAVI.name)
    assert not [f for f in run_checks(doc, ["convention-deviation"]) if "列挙の記号" in f.message]


# ------------------------------------------------------------------ a licence's names, set phrases and emphasis

GPL_JA = FIXTURES / "pub504" / "keyro_LICENSE_ja.txt"


def test_licence_translation_reads_without_false_warnings():
    """The GPL's Japanese translation: 「GNU AGPL」 and 「GNU LGPL」 are licences of their own, not misspellings of 「GNU
    GPL」 (a letter at the head of a word builds another name); 「追加的許可に関わりなく」 is the noun 関わり and 無い,
    no verb's ない; 「…の一部ではない、汎用のツール」 a clause ending in ない that modifies the noun after it, no slip of
    ではなく; an emphasis marked across two lines of its paragraph pairs. Each was told as a warning."""
    doc = read_document(GPL_JA)
    told = [(f.rule, f.excerpt) for f in run_checks(doc, ["name-variant", "grammar-slip", "typo", "markup-broken"])]
    assert not [t for t in told if t[1] in ("GNU AGPL", "GNU LGPL") or "関わりなく" in t[1] or "ではない、" in t[1]]
    assert not [t for t in told if t[0] == "markup-broken"]
    assert ("typo", "やキーを必要としてならない。 7.") in told or any("としてならない" in e for _, e in told)


def test_a_capital_dropped_inside_a_name_and_an_unpaired_mark_are_still_told():
    """A letter doubled inside the name (「GNU GPPL」, a slip of GPL) and an emphasis mark
    left alone in its paragraph stay told."""
    raw = GPL_JA.read_text(encoding="utf-8")
    doc = doc_from_text(raw.replace("、GNU GPL が適用", "、GNU GPPL が適用", 1), GPL_JA.name)
    assert "GNU GPPL" in [f.excerpt for f in run_checks(doc, ["name-variant"])]
    doc = doc_from_text(raw.replace("全く存在しません。*詳しくは", "全く存在しません。詳しくは", 1), GPL_JA.name)
    assert [f for f in run_checks(doc, ["markup-broken"])]


def test_a_citation_reported_as_another_text_wrote_it_is_no_dangling_reference():
    """「議案書では改正#8を第44条第10項新設と記載したが、…本条第7項に統合」: an editorial note on what a proposal said,
    a paragraph never made; the same citation stated as the rules' own is told."""
    raw = ESTKITA.read_text(encoding="utf-8")
    assert not [f for f in run_checks(read_document(ESTKITA), ["reference-dangling"]) if f.excerpt == "第44条第10項"]
    m = re.search(r"第44条第10項新設と記載したが", raw)
    assert m is not None
    stated = raw[:m.start()] + "第44条第10項に定めるとおりとするが" + raw[m.end():]
    assert [f for f in run_checks(doc_from_text(stated, ESTKITA.name), ["reference-dangling"])
            if f.excerpt == "第44条第10項"]
