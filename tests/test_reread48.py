"""What the readings of session 48 (pub484–pub488: a clinic's and a cat café's pages, a condominium manager's guide,
a dataset's README, contract templates) and the findings earlier readers judged false showed the checks and the
ingest misreading: each construct tested in the real document it was found in, with the near forms that must stay
quiet or still be told."""

from pathlib import Path

from conftest import EXTERNAL, doc_from_text, findings_added, needs_shared

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"
SARA = FIXTURES / "pub484" / "sara_beginner.php"
STARMICA = FIXTURES / "pub487" / "starmica_residents.php"


def _doc(path: Path):
    return doc_from_text(path.read_text(encoding="utf-8"), path.name)


def _found(path: Path, rule: str):
    return run_checks(_doc(path), [rule])


# ------------------------------------------------------------------ headings over content that is not a title's text

def test_a_video_under_a_heading_is_recorded_and_the_heading_is_not_empty():
    """A clinic's page: 「オンライン カウンセリング」 over an embedded YouTube video, and an <h2> holding the page's
    opening notice (two sentences, a bracketed note each). Neither is a clause left out: the video is recorded where it
    stood, the notice is text."""
    doc = _doc(SARA)
    assert any(r.kind == "embedded-media" and "iframe" in r.text for r in doc.norm.removed)
    assert run_checks(doc, ["article-empty"]) == []


def test_a_heading_with_nothing_under_it_is_still_told():
    """The same page with the video taken out of its section: a heading over nothing among sections with text."""
    raw = SARA.read_text(encoding="utf-8")
    start = raw.index("<iframe")
    end = raw.index("</iframe>", start) + len("</iframe>")
    found = run_checks(doc_from_text(raw[:start] + raw[end:], SARA.name), ["article-empty"])
    assert [f.excerpt for f in found] == ["オンラインカウンセリング"]


# ------------------------------------------------------------------ honorifics

def test_the_humble_form_on_an_act_the_writer_urges_the_reader_to_do():
    """「ご来院前に…ご確認することを推奨しております」「…記入の上ご来院することを推奨しております」: what a writer
    recommends is the reader's act, which the humble ご…する lowers."""
    found = [f for f in _found(SARA, "grammar-slip") if "すること" in f.excerpt]
    assert {f.suggestion for f in found} == {"ご確認いただくことを", "ご来院になる"}


def test_the_humble_form_on_the_writers_own_act_stays_quiet():
    doc = doc_from_text("第1条（連絡）\n当社は、変更があった場合にご連絡することをお約束します。\n"
                        "2　当社は、お客様にご案内することを予定しております。\n", "t.txt")
    assert run_checks(doc, ["grammar-slip"]) == []


# ------------------------------------------------------------------ a sentence left open after a closed one

def test_the_last_sentence_of_a_paragraph_left_open_after_a_closed_one():
    """A condominium manager's lead text: 「…マンション管理を行っております。…最適なサポートをご提供いたします」,
    the page's only sentence that ends without 。."""
    found = [f for f in _found(STARMICA, "sentence-unterminated") if "同じ段落" in f.message]
    assert [f.excerpt for f in found] == ["ポートをご提供いたします"]


def test_a_writer_who_leaves_many_last_sentences_open_is_left_to_the_vote():
    """A club's rules that close 39 paragraphs' last sentences without 。 and 4 with one: its habit, no slip each."""
    found = _found(FIXTURES / "pub52" / "obkai.md", "sentence-unterminated")
    assert not [f for f in found if "同じ段落" in f.message]


# ------------------------------------------------------------------ who 当社 is

def test_a_company_writing_of_the_association_it_serves_needs_no_definition_of_itself():
    """The manager's page writes 「管理組合」 eight times, the owners' association it serves (a kind of body, no name);
    its own 「当社」 is not a template's word left behind that body's name."""
    assert _found(STARMICA, "term-undefined") == []


def test_a_body_named_by_its_name_still_makes_a_stray_tousha_a_slip():
    found = _found(FIXTURES / "pub25" / "omorode_terms.md", "term-undefined")
    assert {f.suggestion for f in found} == {"おもロード製作委員会"}


def test_a_goal_pursued_is_tsuikyuu_not_the_liability_pressed():
    """「暮らしやすさ、使いやすさを追及し」: a quality in -さ is a goal, pursued (追求); 追及 presses a liability."""
    found = [f for f in _found(STARMICA, "confusable-word") if f.excerpt == "追及"]
    assert [f.suggestion for f in found] == ["追求"]
    assert not findings_added(STARMICA, "使いやすさを追及し", "責任を追及し", "confusable-word")


# ------------------------------------------------------------------ precision: findings earlier readers judged false

def test_wo_before_a_relative_clause_belongs_to_the_verb_of_telling_after_it():
    """A graduate school's rules: 「成績変更の決定とその理由を該当する学生に直ちに伝え」: the を is 伝える's; 該当する
    学生 its recipient."""
    path = FIXTURES / "pub464" / "aiu_grad_rishu.md"
    assert not [f for f in _found(path, "grammar-slip") if "該当" in f.excerpt]
    assert findings_added(path, "その理由を該当する学生", "その理由を該当する場合", "grammar-slip")


def test_a_noun_with_ari_no_is_ordinary_japanese():
    """A university club's constitution: 「部活在籍1年以上または開発・制作実績ありの部員とする」 (経験ありの方)."""
    path = FIXTURES / "pub471" / "momoyama_tech_rules.md"
    assert not [f for f in _found(path, "typo") if "ありの" in f.excerpt]


def test_a_doubled_kana_opening_a_name_after_katakana_is_the_name():
    """A cat café's page: 「ねこカフェららべるからのお願い」; a kana doubled inside a phrase is still told."""
    path = FIXTURES / "pub484" / "cat_cafe_menu.blade.php"
    assert not [f for f in _found(path, "typo") if "らら" in f.excerpt]
    assert findings_added(path, "ストッキングの着用を", "ストッキングの着用をを", "doubled-particle")
    assert findings_added(path, "ご了承の上", "ご了承のの上", "doubled-particle")


def test_the_head_of_a_relative_clause_is_not_the_noun_a_list_repeats():
    """A dataset's README: 「曖昧性を解消させる文脈、語彙、文脈に関して…問題文」: the first 文脈 heads its clause, the
    second opens another item; a noun written twice among the bare nouns is still told."""
    path = FIXTURES / "pub472" / "jbbq_readme.md"
    assert not [f for f in _found(path, "duplication") if "文脈" in f.message]
    found = findings_added(path, "文脈、語彙、", "文脈、語彙、語彙、", "duplication")
    assert any(f.message.startswith("列挙の中で「語彙」") for f in found)


def test_a_katakana_compound_of_known_words_is_no_misspelling_of_a_name():
    """Daedalus's terms: 「ADA用パスコード」 beside パスワード ×4: パス|コード, another secret, not a slip of it; a
    misspelt パスワード is still told."""
    path = FIXTURES / "pub443" / "daedalus_terms_ja.md"
    assert not [f for f in _found(path, "name-variant") if "パスコード" in f.excerpt]
    found = findings_added(path, "ユーザーのパスワード", "ユーザーのパスワート", "name-variant")
    assert [f.suggestion for f in found] == ["パスワード"]


def test_a_space_after_a_parenthetical_in_a_document_that_sets_them_apart():
    """GitHub's privacy statement sets its half-width parentheticals apart (「情報 (クッキー ID や設定など) を収集」):
    the space after 「…限らない)」 is that habit; the spaces after 、 it writes are still told."""
    path = FIXTURES / "pub467" / "github_privacy_ja.md"
    found = _found(path, "stray-space")
    assert not [f for f in found if f.excerpt.startswith("らない)")]
    assert [f for f in found if f.excerpt.startswith("らびに、")]


# ------------------------------------------------------------------ contract templates (pub488)

NDA = FIXTURES / "pub488" / "shinonome_nda.md"
KARIBITO = FIXTURES / "pub488" / "karibito_chat_form.blade.php"


def test_the_matter_a_contract_writes_as_honken_is_defined_however_often_it_is_written():
    """An NDA template defines 甲, 乙, 本契約, 開示者, 受領者 and writes 「本件目的遂行のために」 three times: what the
    purpose is, the contract never says (the act done for it, 遂行, is no part of the name)."""
    found = _found(NDA, "term-undefined")
    assert [f.excerpt for f in found] == ["本件目的"] * 3


def test_honken_in_a_chapter_of_a_longer_contract_is_defined_elsewhere():
    """A contract's third chapter alone (its articles from 第13条): 本件業務 is defined in a chapter not in the file."""
    found = _found(FIXTURES / "pub30" / "routeflags_itaku_chapter3.md", "term-undefined")
    assert not [f for f in found if f.excerpt.startswith("本件")]


def test_a_template_condition_continued_on_its_next_line_is_dropped_with_it():
    """「@if(!empty($service->…is_identify)」⏎「&& !empty(…is_nda))」: the second line is the directive's too, no text
    (its closing brackets were told as unbalanced)."""
    doc = _doc(KARIBITO)
    assert "is_nda" not in doc.norm.text
    assert not [f for f in run_checks(doc, ["bracket-unbalanced"]) if ")" in f.excerpt]


def test_the_polite_desiderative_after_a_humble_verb_is_no_kana_slip():
    """「キャンセルをお願いしたく存じます」: お願い|し|たく|存じ|ます, the humble verb and たい, which law text never writes."""
    assert not [f for f in _found(KARIBITO, "typo") if "したく" in f.excerpt]


# ------------------------------------------------------------------ a whole article cited for another's title

def test_an_article_cited_for_what_another_article_is_titled_by():
    """A club's constitution: 第2条（目的）, 第3条（場所）, then 「前条の目的達成のために」 in 第4条 and 「第3条の目的を阻害
    する活動」 in 第16条: the purpose is 第2条's."""
    found = _found(FIXTURES / "pub471" / "momoyama_tech_rules.md", "reference-content-mismatch")
    assert sorted((f.excerpt, f.suggestion) for f in found) == [("前条の目的", None), ("第3条の目的", "第2条")]


def test_the_same_slip_in_a_java_user_groups_rules():
    """JJUG's rules: 「第 3 条の2 本会は前条の目的を達成するため」, 前条 being 第3条（活動内容）."""
    found = _found(FIXTURES / "pub460" / "jjug_rule.md", "reference-content-mismatch")
    assert [f.excerpt for f in found if "目的" in f.message] == ["前条の目的"]


AVIATION_ACT = EXTERNAL / "egov-xml" / "327AC0000000231_20240401_505AC0000000063.xml"


@needs_shared(AVIATION_ACT)
def test_an_act_done_under_the_article_cited_is_no_title_slip():
    """The Civil Aeronautics Act cites 「第百三十条の二の許可」 and 「第三十二条の航空身体検査証明」: the permission and the
    certificate those articles require, whatever other article is titled 許可."""
    found = run_checks(read_document(AVIATION_ACT), ["reference-content-mismatch"])
    assert not [f for f in found if "を定めているのは" in f.message and f.excerpt.endswith(("許可", "証明"))]


def test_tsutomeru_and_ruisuru_take_ni():
    """「すべてを行うことを努めています」 (Ethereum's code of conduct), 「名誉権等の類する一切の権利」 (a shop's terms):
    努める and 類する take what they aim at or resemble with に; 務める takes を (「議長を務める」)."""
    coc = [f for f in _found(FIXTURES / "pub470" / "ethereum_coc.md", "confusable-word") if "努め" in f.excerpt]
    shop = [f for f in _found(FIXTURES / "pub482" / "banner_shop_terms.php", "confusable-word") if "類する" in f.excerpt]
    assert [f.suggestion for f in coc + shop] == ["に努め", "に類する"]
    doc = doc_from_text("第1条（役員）\n理事は、総会の議長を務めることを承諾する。これに類する行為も同様とする。\n", "t.txt")
    assert run_checks(doc, ["confusable-word"]) == []


def test_a_defined_kanrisha_written_once_as_kanrinin():
    """A Misskey server's terms define its operators as 「管理者」 and write 「管理人の所在地」 once (the court clause of
    a template): the same person, left undefined."""
    found = [f for f in _found(FIXTURES / "pub468" / "ikaskey_terms.md", "term-inconsistent") if f.excerpt == "管理人"]
    assert [f.suggestion for f in found] == ["管理者"]


WCA = FIXTURES / "pub471" / "wca_regulations.md"


def test_numbers_a_document_says_it_keeps_after_deletions_are_no_gap():
    """The WCA regulations: 「条項の一部が削除された場合に改めて番号を振り直していないため、条項番号に抜けがある場合が
    あります」, and 第6条 is not there. Without that note the gap is told."""
    assert _found(WCA, "numbering-gap") == []
    raw = WCA.read_text(encoding="utf-8")
    note = "改めて番号を振り直していないため、条項番号に抜けがある場合があります"
    assert note in raw
    found = run_checks(doc_from_text(raw.replace(note, "番号を付けています"), WCA.name), ["numbering-gap"])
    assert [f.excerpt for f in found] == ["第7条：競技環境"]


def test_commas_in_a_list_of_latin_symbols_glossed_in_brackets():
    """The WCA guidelines: 「M, e, r, Y（大文字）, T, U1」: the commas of a list of move symbols, not 読点 of Japanese."""
    found = _found(FIXTURES / "pub471" / "wca_guidelines.md", "convention-deviation")
    assert not [f for f in found if "大文字" in f.excerpt]


def test_a_missing_survival_clause_names_the_article_that_survives_alone():
    """A web agency's contract: 第12条第3項 sets a duty after the end (「本契約終了後、乙は…返却または削除する」) and no
    clause keeps it in force; 第7条 keeps only itself (「本条の義務は、本契約終了後も3年間有効とします」), which the
    message names, so the reader does not take it for an oversight of the tool."""
    found = _found(FIXTURES / "pub488" / "hicre_itaku.md", "survival-missing")
    assert len(found) == 1 and "第12条" in found[0].message and "第7条は同条の定めだけを" in found[0].message


# ------------------------------------------------------------------ findings judged false in the session's own review

def test_a_picture_where_a_word_would_stand_is_no_missing_word():
    """A job board's steps: 「右上の <img src="img/postbutton.jpg" alt="" /> をクリック」: the button's picture is the
    object; without it the particle after の is a word missing."""
    path = FIXTURES / "pub444" / "job_board_employer.php"
    assert not [f for f in _found(path, "grammar-slip") if "右上の" in f.excerpt]
    found = findings_added(path, '右上の <img src="img/postbutton.jpg" alt="" /> をクリック', "右上のをクリック", "grammar-slip")
    assert [f.excerpt for f in found if "右上の" in f.excerpt]


def test_a_full_width_label_before_a_half_width_number_is_no_mixed_number():
    """A dispatch contract's table: 「失効 | １．31日以上の派遣契約」, 「…明らかにすること。 ２．31日未満」: item labels."""
    found = _found(FIXTURES / "pub449" / "haken_contract.blade.php", "convention-deviation")
    assert not [f for f in found if "31" in f.excerpt]


def test_a_survival_finding_names_a_section_as_its_page_does():
    """Pocket's terms head unnumbered sections (「終了」): the finding names 「終了」, not a 第16条 the page never writes."""
    found = _found(FIXTURES / "pub466" / "pocket_tos.md", "survival-missing")
    assert [("「終了」" in f.message, "第16条" in f.message) for f in found] == [(True, False)]


def test_a_blank_form_repeated_for_each_partner_is_no_paste():
    """A DAO LLC's articles list two partners by the same blank form (「名称● 住所● 出資の目的及びその価額金銭金●円」)."""
    found = _found(FIXTURES / "pub469" / "llcdao_teikan.md", "duplication")
    assert not [f for f in found if "●" in f.excerpt]


def test_a_signature_blocks_open_brackets_are_told_not_read_as_a_cut_text():
    """The chat form's NDA closes with two signature blocks whose six labels open a bracket each and never close it
    (「●●●（住所」⏎「●●●（社名・屋号」⏎「●●（お名前」): the brackets are told; the text is not taken for a copy cut
    in mid-sentence."""
    doc = _doc(KARIBITO)
    found = run_checks(doc, ["bracket-unbalanced", "sentence-unterminated"])
    assert [(f.rule, "他に5か所" in f.message) for f in found] == [("bracket-unbalanced", True)]


def test_a_list_of_citations_broken_off_at_its_last_dai():
    """A university's rules on research funds: 「…第２３条、第２４条、第２９条から第」 ends its paragraph, a line of markup
    (「{: .kou}」) and a blank line part it from 「３６条の規定に準じ…」, shown as a paragraph of its own. A line wrapped
    inside a citation, or a placeholder article (「第甲条から第丙条まで」), is no citation cut."""
    found = [f for f in _found(FIXTURES / "pub463" / "aiu_research_funds.md", "reference-dangling") if "途切れ" in f.message]
    assert [(f.label, f.excerpt) for f in found] == [("第37条第11項", "第29条から第")]
    doc = doc_from_text("第1条（削除）\n条項を削除する場合は、「第甲条から第丙条まで　削除」と記載する。\n"
                        "2　第1条から第\n3条までの規定は、準用しない。\n", "t.txt")
    assert not [f for f in run_checks(doc, ["reference-dangling"]) if "途切れ" in f.message]


def test_an_item_left_open_where_every_other_item_of_its_list_closes_with_a_period():
    """A recruitment agency's contract: 第4条's eight items each end 「…こと。」 but the sixth, 「…空港までの送迎を行う
    こと」; its 第7条 the same with the first. Items closing on a note in brackets (「…決定した日とする）」) are left
    alone, and so are lists that close none of their items."""
    found = [f for f in _found(FIXTURES / "pub36" / "tokutei-mou.blade.php", "sentence-unterminated")
             if "ほかの号" in f.message]
    assert sorted(f.label for f in found) == ["第4条6.", "第7条1."]
    quiet = _found(FIXTURES / "pub23" / "routeflags_ikuji.md", "sentence-unterminated")
    assert not [f for f in quiet if "ほかの号" in f.message]


def test_a_one_kanji_verb_that_lost_a_kana_of_its_okurigana():
    """A study group's rules: 「…情報やリソースは外へ漏すこと」: 漏す is no verb, 漏らす is; 課す and 付す are verbs of
    one kanji and す, and stay quiet."""
    path = FIXTURES / "pub460" / "mokumoku_rules.md"
    found = [f for f in _found(path, "typo") if "漏す" in f.message]
    assert [f.suggestion for f in found] == ["漏らす"]
    assert not findings_added(path, "外へ漏すこと", "外へ課すこと", "typo")


def test_a_grades_sign_typed_half_width_among_full_width_ones():
    """A graduate school's 学則: 「Ａ+、Ａ、Ａ－、Ｂ＋、Ｂ、Ｂ－、…Ａ＋～Ｄ」: the first grade's sign slipped to half width."""
    found = [f for f in _found(FIXTURES / "pub464" / "aiu_graduate_gakusoku.md", "convention-deviation")
             if f.suggestion == "Ａ＋"]
    assert [f.label for f in found] == ["第24条第1項"]
    doc = doc_from_text("第1条（評価）\n成績はA+、A、B+、B及びCで表す。\n", "t.txt")
    assert not [f for f in run_checks(doc, ["convention-deviation"]) if "記号" in f.message]


def test_a_bracket_closed_on_the_next_block_under_a_heading_the_page_does_not_mark_up():
    """A dispatch notice: 「２　就業場所」 (plain text the structure reads as a section's heading), 「（〒 …」 and
    「TEL…）」 in the next block: the page shows one parenthetical over two lines. The stray 「（」 after 「派遣元事業主）」
    is still told."""
    found = _found(FIXTURES / "pub449" / "haken_notice.blade.php", "bracket-unbalanced")
    assert [f.excerpt for f in found] == ["株式会社（派遣元事業主）（とは、次のとおり労働者"]


def test_a_defined_role_written_once_with_its_first_kanji_slipped():
    """The research-funds rules define 「統括管理責任者」 (第4条第2項) and write it 54 times, once 「総括管理責任者」:
    the first kanji slipped. Names that differ by a determiner, a rank or a number (本/各, 副/正, 第一) are left to
    their own checks."""
    found = [f for f in _found(FIXTURES / "pub463" / "aiu_research_funds.md", "term-inconsistent")
             if "先頭の1字違い" in f.message]
    assert [(f.excerpt, f.suggestion) for f in found] == [("総括管理責任者", "統括管理責任者")]
