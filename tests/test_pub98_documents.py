"""Service terms nobody had seen (pub98, tests/fixtures/pub98, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub98"


def test_a_definition_that_gives_two_names_defines_both():
    """「株式会社NOTCH（以下「当団体」または「弊団体」といいます。）」: both are the operator's names; neither is a
    variant of the other (three false term-inconsistent warnings on 当団体)."""
    text = ('<dl><dt class="caption">ご利用にあたって</dt><dd>当サイトは株式会社NOTCH（以下「当団体」または「弊団体」といいます。）'
            'が開設し、管理・運営しています。</dd>\n<dd>当サイトでは、個人情報について弊団体のプライバシーポリシーに基づき、'
            '適切に取り扱います。</dd>\n<dd>当団体は、利用者のサービス利用が不適切と判断する場合、投稿を削除する場合があります。</dd>\n'
            '<dd>当団体は、当サイトの内容について責任を負いません。弊団体は内容について責任を負いません。</dd></dl>\n')
    assert [f for f in run_checks(doc_from_text(text, "notice.html")) if f.rule == "term-inconsistent"] == []


def test_a_mistyped_second_name_is_the_typo_not_the_name_used():
    """「（以下 当団体または幣団体）」, then 弊団体 twice among 当団体: the 幣 of the definition is the slip (弊 is the
    humble prefix), and 弊団体 is the name the definition meant."""
    found = run_checks(read_document(HERE / "notch.php"))
    assert [(f.rule, f.suggestion, f.severity) for f in found if "幣団体" in f.excerpt] == [("typo", "弊団体", "error")]
    assert not [f for f in found if f.rule == "term-inconsistent" and f.excerpt == "弊団体"]


def test_a_full_width_space_inside_a_word_is_reported():
    found = [f for f in run_checks(read_document(HERE / "notch.php")) if f.rule == "stray-space" and "情報" in f.message]
    assert len(found) == 1 and "個人情\u3000報" in found[0].excerpt


def test_spaces_between_words_and_after_labels_say_nothing_of_a_split_word():
    text = ("第1条（目的）\n個人情報\u3000保護方針を定める。\n"
            "第2条（定義）\n一\u3000定期運送用操縦士は、次のとおりとする。\n"
            "第3条（期間）\n本契約は、令和\u3000年\u3000月\u3000日から効力を生じる。\n")
    assert [f for f in run_checks(doc_from_text(text)) if "途中に全角空白" in f.message] == []


def test_jikou_in_the_last_numbered_paragraph_has_no_target():
    """第12条 「1　当社は…」「2　当社は…次項に定める場合を除き、当社は一切責任を負いません。」: no paragraph 3."""
    found = [f for f in run_checks(read_document(HERE / "tablet.php")) if f.rule == "reference-dangling"]
    assert [(f.article, f.excerpt) for f in found] == [("12", "次項")]


def test_jikou_with_a_next_paragraph_or_unnumbered_paragraphs_says_nothing():
    numbered = "第1条（停止）\n1　当社は、次項に定める場合に停止できます。\n2　当社は、保守の場合に停止できます。\n"
    unnumbered = "第1条（停止）\n当社は、停止できます。\n当社は、次項に定める場合を除き、責任を負いません。\n"
    for text in (numbered, unnumbered):
        assert [f for f in run_checks(doc_from_text(text)) if f.rule == "reference-dangling"] == []


def test_an_escaped_tag_shown_as_text_is_reported():
    """「</dl><dl>&lt;dt &gt;-個人情報保護に関する方針の見直しについて」: the page shows 「<dt >」 before the caption."""
    found = [f for f in run_checks(read_document(HERE / "notch.php")) if f.rule == "markup-broken"]
    assert len(found) == 1 and found[0].excerpt.startswith("<dt") and found[0].severity == "warning"


def test_a_particle_before_nado_is_reported():
    """「損害賠償の請求がなどが起こった場合」: など lists nouns; が before it is a slip."""
    found = [f for f in run_checks(read_document(HERE / "notch.php")) if f.rule == "doubled-particle"]
    assert sorted(f.excerpt for f in found if "など" in f.excerpt) == ["害賠償の請求がなどが起こっ"]


def test_the_document_s_own_example_in_brackets_is_no_template_leftover():
    """「…委託するケースもございます。（例：体験プログラムのファシリテーターを外部講師に委託するなど。）」 is the
    document's own illustration (a clause closed by its 。); a template's example is a name to fill in."""
    found = run_checks(read_document(HERE / "notch.php"))
    assert not [f for f in found if f.rule == "template-placeholder"]
    text = "第1条（管轄）\n本規約に関する紛争は、管轄裁判所を専属的合意管轄とします。（例：東京地方裁判所）\n"
    assert [f.rule for f in run_checks(doc_from_text(text)) if f.rule == "template-placeholder"] == ["template-placeholder"]
