"""What the blind readings of session 46 (pub462–) showed the checks and the parse missing or misreading: each
construct tested in the real document it was found in, with the near forms that must stay quiet."""

from pathlib import Path

from conftest import doc_from_text, findings_added

from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _doc(path: Path):
    return doc_from_text(path.read_text(encoding="utf-8"), path.name)


# ------------------------------------------------------------------ a second set of rules after the first one's 附則

def test_rules_appended_after_the_supplementary_under_a_latin_led_name_are_a_part_of_their_own():
    """JJUG's 会則, its 附則, a ``----`` rule, then 「### JJUG 活動および事務局等に関する細則」 with its own 第1条–第7条 and
    附則: the 細則 is no part of the 会則's 附則 (the Latin acronym its name opens with hid it)."""
    doc = _doc(FIXTURES / "pub460" / "jjug_rule.md")
    assert [x.label for x in doc.annexes] == ["JJUG活動および事務局等に関する細則"]
    assert [a.number for a in doc.annexes[0].articles] == ["1", "1_2", "2", "3", "4", "5", "6", "7"]
    assert [len(s.articles) for s in doc.supplementary] == [0, 0]
    assert "細則" not in doc.supplementary[0].text


def test_the_supplementary_of_the_appended_rules_is_theirs_and_names_them():
    """Both 附則 say 「この会則は平成19年…より施行する」: right in the 会則's, a leftover in the 細則's (its reader
    marked it; 第7条 of the 細則 says 「この細則」)."""
    doc = _doc(FIXTURES / "pub460" / "jjug_rule.md")
    said = [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "この会則"]
    assert len(said) == 1, said
    assert said[0].span[0] > doc.annexes[0].span[0] and said[0].span[0] >= doc.supplementary[1].span[0]


# ------------------------------------------------------------------ 規程 (a set of rules) where a provision is cited

def test_kitei_of_an_article_cited_without_dai_or_of_all_the_articles_before_is_a_provision():
    """A 就業規則 writes 「第26条及び27条の規程によらず」, 「前各条の規程にかかわらず」, 「次条の規程は適用しない」 and
    「刑罰法規の各規程」: an article, the articles before or after, or laws hold provisions (規定), not a set of rules;
    the quote in the message stays on its line."""
    doc = _doc(FIXTURES / "pub461" / "proofninja_shugyo.md")
    said = {doc.norm.text[f.span[0] - 6:f.span[1]]: f for f in run_checks(doc, ["confusable-word"]) if f.excerpt == "規程"}
    for cited in ("及び27条の規程", "。前各条の規程", "前項の規程", "、次条の規程", "法規の各規程"):
        hit = [f for k, f in said.items() if k.endswith(cited[-6:])]
        assert hit and hit[0].suggestion == "規定", cited
        assert "\n" not in hit[0].message



# ------------------------------------------------------------------ a noun's の before a verbal noun used as a verb

def test_a_nouns_no_before_a_verbal_noun_that_ends_the_sentence_is_a_slip():
    """「会社は次のとおりの処分する。」 (a 就業規則, read blind): the verb 処分する takes no の; とおり qualifies it as it
    stands."""
    doc = _doc(FIXTURES / "pub461" / "proofninja_shugyo.md")
    said = [f for f in run_checks(doc, ["grammar-slip"]) if f.excerpt.startswith("の処分")]
    assert [f.suggestion for f in said] == ["処分"]


def test_a_nouns_no_before_a_verbal_noun_that_goes_on_to_the_next_clause_is_a_slip():
    """「個人情報に類するものの保護し遵守して取り扱うこと」 (a hosting company's terms, read blind): を was meant."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た機密情報、", "知り得た機密情報の保護し遵守して、", "grammar-slip")
    assert [f.suggestion for f in added] == ["を保護"], added


def test_a_subjects_no_in_a_relative_clause_stays_quiet():
    """の marks the subject of a clause that qualifies a noun: 当社の指定する口座, 当社の提供する、「…」サービス,
    甲の承諾し得る範囲; and a run MeCab reads as two words (一部変更) is no verbal noun."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    for quiet in ("会員の指定する機密情報、", "当社の提供する、機密情報、", "甲の承諾し得る機密情報、", "情報の一部変更し、"):
        assert findings_added(path, "知り得た機密情報、", quiet, "grammar-slip") == [], quiet


# ------------------------------------------------------------------ 適正 (proper) beside a person's ability

def test_tekisei_beside_ability_is_aptitude():
    """Two 就業規則 read blind: 「その能力及び適正が欠けると認め」, 「業務遂行能力及び適正が不足」 (本採用の拒否, 解雇の事由)."""
    for name in ("mk_shugyo.md", "proofninja_shugyo.md"):
        said = [f for f in run_checks(_doc(FIXTURES / "pub461" / name), ["confusable-word"]) if f.excerpt == "適正"]
        assert [f.suggestion for f in said] == ["適性"], name


def test_tekisei_as_proper_stays_quiet():
    path = FIXTURES / "pub88" / "samurai_nda.php"
    for quiet in ("能力、適正な機密情報、", "知識の適正化を図る機密情報、", "手続及び適正な機密情報、"):
        assert findings_added(path, "知り得た機密情報、", quiet, "confusable-word") == [], quiet


# ------------------------------------------------------------------ a compound cut at its end

def test_a_compound_cut_at_its_end_where_its_last_kanji_alone_is_no_word():
    """「日単位の年次有給休を取得し」 among 22 年次有給休暇 (a 就業規則 read blind): 休 alone is no word; 暇 was dropped."""
    said = [f for f in run_checks(_doc(FIXTURES / "pub461" / "proofninja_shugyo.md"), ["typo"])
            if "年次有給休を" in f.excerpt]
    assert [f.suggestion for f in said] == ["年次有給休暇"]


def test_a_compound_cut_at_its_end_that_is_a_word_of_its_own_stays_quiet():
    """利用時 beside 利用時間, 見積額 beside 見積金額: a kanji that is a word or suffix ends a compound of its own."""
    path = FIXTURES / "pub461" / "proofninja_shugyo.md"
    for quiet in ("日単位の年次有給時を取得し", "日単位の年次有給額を取得し"):
        assert findings_added(path, "日単位の年次有給休を取得し", quiet, "typo") == [], quiet


# ------------------------------------------------------------------ spaces in a table's cells and after a note's mark

def test_a_space_cutting_a_compound_in_a_table_cell_is_told():
    """「①引受保険会社所定の事故状況説明書兼保 険金請求書」, a cell of an HTML table among 保険金 written throughout."""
    said = [f for f in run_checks(_doc(FIXTURES / "pub462" / "pequod_safety_pack.php"), ["stray-space"])
            if "保 険" in f.excerpt]
    assert [(f.severity, f.suggestion) for f in said] == [("warning", "明書兼保険金請求")]


def test_a_note_marks_space_and_a_short_cells_layout_stay_quiet():
    """「※1 修理可能とは、…」: the note's label set apart from its text; a short cell letter-spaced to its width
    (「保 険金」 alone in a cell) is its layout."""
    path = FIXTURES / "pub462" / "pequod_safety_pack.php"
    assert not [f for f in run_checks(_doc(path), ["stray-space"]) if "※" in f.excerpt]
    assert findings_added(path, ">「修理不能」の場合<", ">保 険金<", "stray-space") == []


# ------------------------------------------------------------------ citations of another set of rules

def test_a_citation_after_another_rules_name_following_honbun_is_that_rules():
    """「本学の教職員に就業規程第３５条第１項に規定する非違行為」: 本学 (the university) is no 本規程; the 就業規程 cited is
    the one 第1条 names, and its 第35条 is no article of these nine."""
    said = run_checks(_doc(FIXTURES / "pub463" / "aiu_discipline.md"), ["reference-dangling"])
    assert not said, said


def test_citations_listed_in_parallel_after_another_rules_name_are_that_rules():
    """「国際教養大学学則第３条に規定する国際教養学部、第３条の２に規定する大学院、第４条に規定する図書館…」."""
    said = run_checks(_doc(FIXTURES / "pub463" / "aiu_antisocial.md"), ["reference-dangling"])
    assert not said, said


def test_a_parallel_list_that_opens_with_an_own_article_stays_internal():
    doc = doc_from_text("第1条 この規程は、目的を定める。\n第2条 乙は、第1条に規定する学部、第9条に規定する者に通知する。\n",
                        "t.txt")
    assert [f.excerpt for f in run_checks(doc, ["reference-dangling"])] == ["第9条"]


# ------------------------------------------------------------------ a Markdown page with HTML blocks; Kramdown ids

def test_a_markdown_page_that_opens_with_html_blocks_is_read_as_markdown():
    """A MyST manual page opens with <style> and holds <div>s, under 「# 同梱品」 headings: read as HTML, each heading
    was a false markup-broken warning (eight). The note 「* 無償修理の場合」 opening an HTML paragraph is no emphasis."""
    doc = _doc(FIXTURES / "pub462" / "jackery_manual.md")
    assert doc.source.format == "markdown"
    assert not run_checks(doc, ["markup-broken"])


def test_a_lookalike_katakana_closing_a_kanji_word_before_a_katakana_word():
    """「入力/出カポート」: カ is 力 of 出力, before the word ポート; not a misspelt カーポート."""
    said = [(f.severity, f.suggestion) for f in run_checks(_doc(FIXTURES / "pub462" / "jackery_manual.md"), ["typo"])
            if "出カポ" in f.excerpt]
    assert said == [("error", "出力")]


def test_kramdown_heading_ids_and_a_copyright_line_under_the_last_heading():
    """Pocket's terms: 「## 準拠法 {: #governinglaw }」 is titled 準拠法; its body names カリフォルニア州法, a governing law;
    the last section 「著作権通知」 holds the copyright line, taken out as furniture: neither empty nor cut off."""
    doc = _doc(FIXTURES / "pub466" / "pocket_tos.md")
    titles = [a.title for a in doc.all_articles()]
    assert "準拠法" in titles and "著作権通知" in titles and not any("{" in (t or "") for t in titles)
    said = run_checks(doc, ["heading-mismatch", "article-empty", "sentence-unterminated"])
    assert not said, said


def test_a_suffix_closing_a_word_before_another_suffix_is_no_kanji_slip():
    """「合理的な弁護士料および費用」: 弁護|士|料, the lawyer's fee; not 弁護|資料."""
    said = [f for f in run_checks(_doc(FIXTURES / "pub466" / "pocket_tos.md"), ["typo"]) if "士料" in f.excerpt]
    assert not said, said


# ------------------------------------------------------------------ a university's 履修規程

def test_a_name_cut_by_the_definition_of_its_head_is_no_self_definition():
    """「国際教養大学（以下「本学」という。）学則（以下「学則」という。）」: 国際教養大学学則, shortened to 学則."""
    said = run_checks(_doc(FIXTURES / "pub464" / "aiu_rishu.md"), ["term-inconsistent"])
    assert not [f for f in said if f.excerpt == "学則"], said


def test_a_group_named_again_as_the_subject_of_a_clause_is_no_repeat():
    """「令和３年度以降入学者及び本学在学者及び本学在学者の属する年次に編入学…する者」: three groups, the third described
    by the second."""
    said = run_checks(_doc(FIXTURES / "pub464" / "aiu_rishu.md"), ["duplication"])
    assert not [f for f in said if "本学在学者" in f.excerpt], said


def test_a_statutes_words_quoted_are_no_repeat():
    """「その団体の構成団体の構成員」 (暴力団員による不当な行為の防止等に関する法律 第2条第2号's words, which 反社 clauses
    quote; data/statutory_repeats.tsv). A phrase typed twice whose copy runs on into a compound (「本約款の当事約款の
    当事者」, planted in the bench) is still told: nothing but the statute tells the two apart."""
    said = run_checks(_doc(FIXTURES / "pub463" / "aiu_antisocial.md"), ["duplication"])
    assert not said, said


def test_a_hiragana_be_inside_a_katakana_word_even_where_mecab_reads_a_particle():
    said = [f.suggestion for f in run_checks(_doc(FIXTURES / "pub464" / "aiu_rishu.md"), ["typo"])
            if "プロべ" in f.excerpt]
    assert said and set(said) == {"プロベーション"}


def test_a_kanji_slip_corrected_to_the_word_the_document_writes():
    """「成積」 in rules that write 成績 throughout: not 成稿 (another shape) or 上積, which MeCab rates a little higher."""
    said = [f.suggestion for f in run_checks(_doc(FIXTURES / "pub464" / "aiu_rishu.md"), ["typo"]) if "成積" in f.excerpt]
    assert said == ["成績"]


# ------------------------------------------------------------------ citations written short; a limit said twice

def test_a_branch_article_cited_without_its_jou():
    """「第４２の２による科目」 in a 学則 that has 第42条の2."""
    said = [(f.excerpt, f.suggestion) for f in run_checks(_doc(FIXTURES / "pub464" / "aiu_gakusoku.md"),
                                                           ["reference-dangling"]) if "の2" in f.excerpt]
    assert said == [("第42の2", "第42条の2")]


def test_a_branch_number_of_a_table_or_a_missing_article_stays_quiet():
    doc = doc_from_text("第1条 甲は、別表第2の1に定める料金を払う。\n第2条 乙は、第5の2による。\n第2条の2 丙は従う。\n", "t.txt")
    assert not [f for f in run_checks(doc, ["reference-dangling"]) if "の" in f.excerpt]


def test_an_item_cited_without_dai_where_the_document_cites_lower_units_with_it():
    """「第３３条４号により編入学した者」 among 17 「第N条第N項」."""
    said = [f.suggestion for f in run_checks(_doc(FIXTURES / "pub464" / "aiu_gakusoku.md"), ["convention-deviation"])
            if f.excerpt.endswith("4号")]
    assert said == ["第4号"]


def test_the_limit_nomi_said_twice_around_one_verb():
    """Pocket's terms: 「仲裁人に提出された書類のみに基づいてのみ仲裁を行う」."""
    said = [f.excerpt for f in run_checks(_doc(FIXTURES / "pub466" / "pocket_tos.md"), ["grammar-slip"])]
    assert "のみに基づいてのみ" in said


def test_a_loanword_misspelt_by_many_writers():
    said = [f.suggestion for f in run_checks(_doc(FIXTURES / "pub464" / "aiu_rishu.md"), ["confusable-word"])
            if "レクレーション" in f.excerpt]
    assert said and set(said) == {"レクリエーション"}


def test_the_proviso_with_sono():
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た機密情報、", "知り得た機密情報、ただし、その限りではない。", "legal-style")
    assert [f.suggestion for f in added] == ["この限りでない"]


# ------------------------------------------------------------------ lists under a lead and under an item

def test_an_item_opening_with_a_count_and_a_list_under_an_item_are_items():
    """The 履修規程's 第21条: 「１．…２．…３．６０単位以上（ＥＡＰを含めて）修得しているが…」 (３．６０ read as a decimal
    took items 3–5 for paragraphs, a false numbering-duplicate error), and under paragraph ２'s item （２）, 「１．」–「５．」;
    第25条's items （１）, （２） each with a list 「１．」… (a false numbering-gap warning)."""
    doc = _doc(FIXTURES / "pub464" / "aiu_rishu.md")
    arts = {a.number: a for a in doc.articles}
    a21 = arts["21"]
    assert [p.number for p in a21.paragraphs] == [None, 2, 3, 4, 5, 6, 7, 8]
    assert [i.label for i in a21.paragraphs[0].items] == ["1．", "2．", "3．", "4．", "5．"]
    assert [i.label for i in a21.paragraphs[1].items[1].items] == ["1．", "2．", "3．", "4．", "5．"]
    a25 = arts["25"]
    assert len(a25.paragraphs) == 1
    assert [len(i.items) for i in a25.paragraphs[0].items[:2]] == [2, 4]
    assert not run_checks(doc, ["numbering-duplicate", "numbering-gap"])


def test_spaces_in_a_markdown_tables_cells_are_its_layout():
    """「| 学部・学科等 | 入学定員 | 編入学定員 ２年次 | … |」 and 「平成２２年度 入学定員」: headers of two levels flattened
    into one cell (19 false notes of a 学則); a space between two words of a cell is no space inside one."""
    said = run_checks(_doc(FIXTURES / "pub464" / "aiu_gakusoku.md"), ["stray-space"])
    assert not [f for f in said if "定員" in f.excerpt], said


def test_a_citation_typed_in_the_other_width():
    """「第1項の資格」 in a 学則 citing 第１項, 第２条… in full width (75 times); a document typed both ways in whole
    passages (the bylaws of 2022: 19 the other way) is told nothing."""
    said = [f.suggestion for f in run_checks(_doc(FIXTURES / "pub464" / "aiu_gakusoku.md"), ["convention-deviation"])
            if "の数字が" in f.message]
    assert said == ["第１"]


# ------------------------------------------------------------------ pub467, pub468: policies and server rules

def test_paragraph_labels_written_n_kou_are_no_citations():
    """「### 1項（適用範囲）」 heads a paragraph of a Misskey server's terms (67 false notes: 「1項」→「第1項」)."""
    doc = _doc(FIXTURES / "pub468" / "yamisskey_terms.md")
    assert not [f for f in run_checks(doc, ["legal-style"]) if f.suggestion and f.suggestion.endswith("項")]


def test_a_front_matter_title_over_a_page_opening_on_its_date_or_a_sections_word():
    assert _doc(FIXTURES / "pub467" / "github_privacy_ja.md").title == "GitHubのプライバシーについての声明"
    assert _doc(FIXTURES / "pub468" / "yamisskey_terms.md").title == "利用規約"


def test_the_title_said_again_as_a_heading_and_other_page_habits():
    """GitHub's statement: the title as a heading over the sections is no empty article; 「Github」 is told once per place;
    a PDF's name in a link (…statement(07.22.20)(FR).pdf) holds no bracket of the text; 「情報 (…) を」, a parenthetical
    set apart on both sides, is the page's habit."""
    doc = _doc(FIXTURES / "pub467" / "github_privacy_ja.md")
    said = run_checks(doc, ["article-empty", "bracket-unbalanced", "name-variant", "stray-space"])
    assert not [f for f in said if f.rule in ("article-empty", "bracket-unbalanced")], said
    named = [f.span for f in said if f.rule == "name-variant"]
    assert named and len(named) == len(set(named))
    assert not [f for f in said if f.rule == "stray-space" and f.excerpt.endswith(("を収集し", "を用いて", "を無効に"))]


def test_homophones_of_children_and_oneself():
    said = {f.excerpt: f.suggestion for f in run_checks(_doc(FIXTURES / "pub467" / "github_privacy_ja.md"),
                                                         ["confusable-word"])}
    assert said.get("自動") == "児童" and said.get("自信") == "自身"


def test_numbering_that_runs_on_under_captions_and_a_humble_form_without_its_i():
    doc = _doc(FIXTURES / "pub467" / "vivliostyle_privacy.md")
    assert not run_checks(doc, ["numbering-gap"])
    assert [f.suggestion for f in run_checks(doc, ["confusable-word"]) if f.excerpt == "たします"] == ["いたします"]


def test_quoted_examples_of_posts_are_neither_blanks_nor_the_writers_sentences():
    assert not run_checks(_doc(FIXTURES / "pub468" / "yamisskey_moderation.md"), ["template-placeholder"])
    doc = _doc(FIXTURES / "pub468" / "shrimpia_rules.md")
    assert not run_checks(doc, ["template-placeholder"])
    assert not [f for f in run_checks(doc, ["sentence-unterminated"]) if "頭の悪い" in f.excerpt]


def test_slips_of_a_server_s_terms():
    doc = _doc(FIXTURES / "pub468" / "ikaskey_terms.md")
    said = {(f.excerpt, f.suggestion) for f in run_checks(doc, ["confusable-word", "typo"])}
    for slip in (("物", "もの"), ("目次", "黙示"), ("いかんせん", "いかん")):
        assert slip in said, slip
    assert any(s == "及び" for _, s in said)


def test_a_dash_closing_a_katakana_word_before_its_particle():
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た機密情報、", "知り得たクエリ―を、", "typo")
    assert [f.suggestion for f in added] == ["ー"]
    assert findings_added(path, "知り得た機密情報、", "知り得たサービス―以下同じ―は、", "typo") == []


# ------------------------------------------------------------------ setext headings; statutes' names

def test_setext_headings_and_a_title_nested_in_the_front_matter():
    """The Berlin Code of Conduct in Japanese: 「目的」⏎「----」… nine sections underlined, all read as the preamble
    before; the page's title sits under 「header:」 in its front matter."""
    doc = _doc(FIXTURES / "pub470" / "berlin_coc.md")
    assert doc.title == "ベルリン行動規範"
    assert [a.title for a in doc.articles][:3] == ["目的", "オープン［ソース／文化／技術］の市民権", "期待される行動"]
    assert len(doc.articles) == 9
    assert all(set(line) - {"-", "="} for line in doc.norm.text.splitlines() if line)


def test_a_rule_after_a_blank_line_is_no_setext_underline():
    doc = doc_from_text("# 規約\n\n第1条 甲は乙に通知する。\n\n----\n\n第2条 乙は従う。\n", "t.md")
    assert [a.number for a in doc.articles] == ["1", "2"]


def test_a_statutes_name_one_character_off():
    """「個人情報法保護法」 (a policy read by pub467's reader): 個人情報保護法 with a 法 typed twice."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た機密情報、", "知り得た機密情報（個人情報法保護法に定める個人情報を含む。）、",
                           "name-variant")
    assert [f.suggestion for f in added] == ["個人情報保護法"]
    for quiet in ("個人情報保護法", "個人情報の保護に関する法律", "労働者派遣法", "消費者契約法"):
        assert findings_added(path, "知り得た機密情報、", f"知り得た機密情報（{quiet}による。）、", "name-variant") == [], quiet


# ------------------------------------------------------------------ pub469: a JSP page, footnotes, この of another noun

def test_a_jsp_page_opening_on_its_directives_is_html():
    """「<%@ page language="java" …%>」⏎「<%@ include … %>」⏎「<html>」: the page's markup under its directives (read as
    plain text before, no article found)."""
    doc = _doc(FIXTURES / "pub469" / "kumgang_agreement.jsp")
    assert doc.source.format == "html"
    assert len(doc.articles) >= 20 and doc.articles[0].title == "目的"
    assert doc.title is None or "|" not in doc.title


def test_kono_pointing_at_another_noun_just_named():
    doc = _doc(FIXTURES / "pub469" / "kumgang_agreement.jsp")
    assert not [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "このサービス"]


def test_markdown_footnote_marks_and_labels_are_markup():
    """「第5条（社員の氏名又は名称、住所、出資及び責任）[^7]」: the mark left as the first paragraph's text made the
    numbered paragraphs items (a false numbering-duplicate error in 第13条); 「[^15]:  これらの」 a stray space."""
    doc = _doc(FIXTURES / "pub469" / "llcdao_teikan.md")
    assert "[^" not in doc.norm.text
    arts = {a.number: a for a in doc.articles}
    assert len(arts["5"].paragraphs) == 5
    assert not run_checks(doc, ["numbering-duplicate"])
    assert not [f for f in run_checks(doc, ["stray-space"]) if "]:" in f.excerpt]


def test_a_verbal_noun_made_the_doer_of_suru():
    """「電子公告による公告がすることができない場合」 (a DAO's template 定款): 公告をする; 会社がする合併 (a body) stays quiet."""
    doc = _doc(FIXTURES / "pub469" / "llcdao_teikan.md")
    assert [f.suggestion for f in run_checks(doc, ["grammar-slip"]) if "公告がする" in f.message] == ["を"]
    path = FIXTURES / "pub88" / "samurai_nda.php"
    for quiet in ("会社がする合併の機密情報、", "嫌な予感がする機密情報、"):
        assert findings_added(path, "知り得た機密情報、", quiet, "grammar-slip") == [], quiet



def test_a_documents_word_and_a_suffix_is_no_clipped_term():
    """「サービス内の掲載権」 beside the defined サービス別案内 (the 約款 writes サービス some hundred times): within the
    service, no clipped 別案内."""
    doc = _doc(FIXTURES / "pub469" / "kumgang_agreement.jsp")
    assert not [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "サービス内"]


def test_a_long_vowel_written_both_ways_is_no_misspelling():
    """「メンテナー」 beside 「メンテナ」 (a translated kernel document): a notation, not a word to correct to メーンテナー."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た機密情報、", "メンテナの知り得たメンテナーの機密情報、", "typo")
    assert not [f for f in added if "メンテナー" in f.excerpt], added


def test_a_pair_of_coordinates_after_a_comma_and_a_space_is_no_list_label():
    """「12c2) (x, y) は、上層を時計回りに x 掛ける 30 度…」 (the WCA regulations in Japanese): (x, y) is balanced; y) after
    「, 」 is no label."""
    assert not run_checks(_doc(FIXTURES / "pub471" / "wca_regulations.md"), ["bracket-unbalanced"])


def test_hon_of_another_kind_of_body_the_document_names():
    """A student club's rules call themselves 本団体 thirteen times and once say 本大学: the 桃山学院大学 they name."""
    doc = _doc(FIXTURES / "pub471" / "momoyama_tech_rules.md")
    assert not [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "本大学"]
