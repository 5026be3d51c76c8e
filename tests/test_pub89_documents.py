"""Terms nobody had seen (pub89, tests/fixtures/pub89, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub89"
VIEW = FIXTURES / "bsmap.php"


def test_a_page_template_opening_with_a_php_short_echo_tag_is_html():
    """`<?= render('include/static_header'); ?>` then the page's markup: read as text, its tags were words (「dl class」
    taken for the operator's name) and no section was found; read as HTML, the fourteen sections are its articles."""
    doc = read_document(VIEW)
    assert doc.source.format == "html"
    assert [a.number for a in doc.articles][:14] == [str(n) for n in range(1, 15)]
    assert "class" not in doc.norm.text


def test_sections_the_document_calls_kou_are_cited_so():
    """「投稿情報の投稿が第12項に定める禁止事項に該当する場合」 in section 9: the document numbers its sections 1, 2, 3… and
    calls them 項 (下記第１項(1)); section 12 is 使用上の禁止事項. No dangling paragraph of section 9."""
    found = run_checks(read_document(VIEW), ["reference-dangling"])
    assert not [f for f in found if "第12項" in f.excerpt], [f.message for f in found]


def test_the_enactment_sentence_names_the_rules_as_laws_do():
    """「(付則)この規約は２８年１月２８日から発効します。」: この規約は…発効 is the 附則's set phrase (この法律は…から施行する),
    not the defined 本規約 written otherwise."""
    found = [f for f in run_checks(read_document(VIEW), ["term-inconsistent"]) if f.excerpt == "この規約"]
    assert not found, [f.message for f in found]


def test_the_pointer_word_before_toori_lost_its_no():
    """「使用される用語の定義は以下とおりです」: 以下 takes の before とおり (以下のとおり); 以下どおり is no Japanese."""
    found = [(f.excerpt, f.suggestion) for f in run_checks(read_document(VIEW), ["confusable-word"]) if "とおり" in f.excerpt]
    assert found == [("以下とおり", "以下のとおり")]


def test_a_glossary_dash_set_apart_by_spaces_is_no_long_vowel():
    """「- 運営チーム - コミュニティの運営を主導しているグループ」: the dash between spaces separates a term from its meaning."""
    assert not [f for f in run_checks(read_document(FIXTURES / "tamago.md"), ["typo"]) if "-" in f.excerpt]


def test_a_numbered_citation_after_hon_is_malformed():
    """「本12条に定めるいずれか」: 本条 (this section) and 第12条 crossed; the reader cannot tell which is meant."""
    found = [f for f in run_checks(read_document(FIXTURES / "gos2.php"), ["reference-dangling"]) if "混ざった" in f.message]
    assert [(f.excerpt, f.suggestion, f.severity) for f in found] == [("本12条", "第12条", "error")]


def test_a_count_after_mae_is_no_such_citation():
    """前2条 is the two articles before (a count), 資本1 the 本 of a word: neither is told."""
    from conftest import doc_from_text

    doc = doc_from_text("第1条（目的）\n本規約を定める。\n第2条（範囲）\n前条の規定による。\n第3条（適用）\n前2条の規定は、"
                        "資本1億円以上の法人に適用する。\n")
    assert [f for f in run_checks(doc, ["reference-dangling"]) if "混ざった" in f.message] == []


def test_a_date_without_its_era():
    """「(付則)この規約は２８年１月２８日から発効します。」: 平成28年? 2028年? The year of two digits has no era."""
    found = [f for f in run_checks(read_document(VIEW), ["date-invalid"])]
    assert [(f.excerpt, f.severity) for f in found] == [("28年1月28日", "warning")]


def test_a_year_whose_era_stands_before_it_is_a_date():
    from conftest import doc_from_text

    doc = doc_from_text("第1条（施行）\n本規約は平成 ２８年１月２８日、H28年4月1日、’23年4月1日、2023年4月1日に改定した。"
                        "同年6月1日にも改定した。\n")
    assert run_checks(doc, ["date-invalid"]) == []


def test_a_space_after_a_parenthetical_inside_a_sentence():
    """「利用(複製、送信、転載、改変などの行為を含みます。)　してはなりません」: the sentence goes on after the bracket."""
    found = [f for f in run_checks(read_document(FIXTURES / "gos2.php"), ["stray-space"]) if "括弧書きの後" in f.message]
    assert [f.excerpt for f in found] == ["含みます。)\u3000してはなりま"]


def test_a_space_after_a_caption_a_label_or_a_field_name_is_quiet():
    from conftest import doc_from_text

    doc = doc_from_text("第1条（目的）　この規約は、利用条件を定める。\n2　次の事項を定める。\n(5)　その他必要な事項\n"
                        "門限（ロビー階正面玄関）　なし\n")
    assert [f for f in run_checks(doc, ["stray-space"]) if "括弧書きの後" in f.message] == []
