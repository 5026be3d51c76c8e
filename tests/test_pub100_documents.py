"""HTML terms nobody had seen (pub100, tests/fixtures/pub100, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub100"


def test_a_link_to_another_page_is_no_variant_of_a_defined_term():
    """「このサイトについて」, a link in the page's header and footer, names the about page: 本サイト is defined for the
    prose (a false term-inconsistent warning)."""
    found = run_checks(read_document(HERE / "fukushiru.html"))
    assert [f for f in found if f.severity in ("error", "warning")] == []
    text = "第1条（目的）\n本サイト（以下「本サイト」）は情報を提供します。本サイトは無料です。本サイトの利用は自由です。\n" \
           "第2条（禁止）\n本サイトの内容を改変してはなりません。本サイトに負荷をかけてはなりません。このサイトの画像も同様です。\n"
    assert [f.excerpt for f in run_checks(doc_from_text(text)) if f.rule == "term-inconsistent"] == ["このサイト"]


def test_chien_naku_is_a_style_note_and_a_bracket_opened_on_a_particle_a_slip():
    found = run_checks(read_document(HERE / "takashimadaira.html"))
    assert [(f.rule, f.severity, f.suggestion) for f in found if "遅延無く" in f.excerpt] == [
        ("legal-style", "info", "遅滞なく")]
    slips = [f for f in found if f.rule == "grammar-slip" and "において" in f.excerpt]
    assert len(slips) == 1 and "（において" in slips[0].excerpt


def test_a_statute_s_name_is_no_notation_of_the_document():
    """外国為替及び外国貿易法 keeps the law's 及び in a document that writes および: no variance."""
    found = run_checks(read_document(HERE / "grena.html"))
    assert not [f for f in found if f.rule == "notation-variance" and f.excerpt in ("及び", "および")]
    text = "第1条（目的）\n会員および当社は、外国為替及び外国貿易法を守る。会員および第三者も同様とする。\n"
    assert [f for f in run_checks(doc_from_text(text)) if f.rule == "notation-variance"] == []
    text = "第1条（目的）\n会員および当社は、書面及び電磁的方法で通知する。会員および第三者も同様とする。\n"
    # (two to one is no habit of the document's own: the note stands at the spelling to mend, 及び the standard's)
    assert [(f.excerpt, f.suggestion) for f in run_checks(doc_from_text(text)) if f.rule == "notation-variance"] \
        == [("および", "「及び」に統一")]


def test_a_euphonic_form_before_masu_is_reported():
    """「傷害保険に加入しておいます」: おい (置く's euphonic form) before ます, which no conjugation joins."""
    found = [f for f in run_checks(read_document(HERE / "takashimadaira.html")) if f.rule == "grammar-slip"
             and "おいます" in f.excerpt]
    assert len(found) == 1 and found[0].severity == "warning"


def test_continuative_forms_before_masu_say_nothing():
    """います, 行います, 用います; and 負う's 連用形 in kana, 「責任をおいません」, which MeCab reads as 置く."""
    text = ("第1条（責任）\n当社は、記録を書いています。会員は、本を読んでいます。当社は、運営を行います。\n"
            "会員は、IDを用います。当社は、いかなる場合も責任をおいません。当社は、変更いたします。\n")
    assert [f for f in run_checks(doc_from_text(text)) if f.rule == "grammar-slip"] == []
