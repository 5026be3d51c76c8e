"""Published terms nobody had seen (pub37, tests/fixtures/pub37, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub37"
VUE = FIXTURES / "ainavi-register.vue"


def test_page_templates_whose_styles_and_forms_fill_their_lines_are_pages():
    """A .php page whose inline <style> fills a hundred lines and a .vue form that writes one attribute per line
    close few elements per line: both had been read as plain text, their tags as the terms' words, their articles as
    one 前文 (four false warnings on 「h2 class」, 「a class」)."""
    php = read_document(FIXTURES / "aimapping-terms.php")
    assert php.source.format == "html" and len(php.articles) == 10
    vue = read_document(VUE)
    assert vue.source.format == "html"
    assert not [f for f in run_checks(vue, ["name-variant"]) if "class" in f.excerpt]


def test_a_stray_copy_of_the_first_article_stays_in_the_body():
    """第10条, then 第1条 word for word again, then 第11条 … 第27条: a copy pasted into the body, told as a duplicate
    number and a duplicate text, not a second set of rules of one article."""
    doc = read_document(VUE)
    numbers = [a.number for a in doc.articles]
    assert numbers[:12] == ["1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "1", "11"] and len(numbers) == 28
    assert not doc.annexes
    found = {(f.rule, f.article) for f in run_checks(doc, ["numbering-duplicate", "duplication"])}
    assert {("numbering-duplicate", "1"), ("duplication", "1")} <= found


def test_a_clause_quoted_for_the_verbal_noun_that_judges_it():
    """「…ことが適当ではないと判断した場合」: と quotes the clause for 判断した; no こと was dropped (ではないこと had been
    suggested)."""
    assert not [f for f in run_checks(read_document(VUE), ["typo"]) if "ではないと" in f.excerpt]


def test_the_one_registered_is_not_the_one_who_wishes_to_register():
    """「登録希望者」 is defined; 「登録者」 (the one who has registered) is another person, not the term clipped."""
    assert not [f for f in run_checks(read_document(VUE), ["term-inconsistent"]) if f.excerpt == "登録者"]


def test_an_articles_lead_and_items_pasted_into_another():
    """第11条（禁止事項） opens with 第12条（本サービスの提供の停止等）'s lead sentence and its six items, word for word, before
    its own list: told in 第11条, whose title the pasted lines do not fit."""
    found = [f for f in run_checks(read_document(VUE), ["duplication"]) if f.article in ("11", "12")]
    assert [(f.article, "第12条" in f.message) for f in found] == [("11", True)]
