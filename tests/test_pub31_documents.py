"""Published terms nobody had seen (pub31, tests/fixtures/pub31, source in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks
from pipeline.checks.base import context
from pipeline.checks.terms import definitions

PAGE = Path(__file__).parent / "fixtures" / "pub31" / "wholphin_terms.html"


def test_a_short_name_given_together_is_a_definition():
    """「…（以下総称して「本サービス」）」 defines 本サービス: its 21 uses are the defined term, no slip of another (the
    reader judged 21 warnings false)."""
    doc = read_document(PAGE)
    assert "本サービス" in definitions(context(doc))
    assert not [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "本サービス"]


def test_a_definition_written_with_the_kanji_of_iu():
    """「…一定の情報（以下、「登録事項」と言います。）」 (an app's terms, pub31): と言います defines as といいます does."""
    doc = doc_from_text("利用規約\n第1条（登録）\n本サービスの登録を希望する者は、製作者の定める一定の情報（以下、「登録事項」と"
                        "言います。）を届け出るものとします。\n第2条（変更）\n登録事項に変更があったときは届け出るものとします。\n",
                        "terms.txt")
    assert "登録事項" in definitions(context(doc))


def test_terms_in_a_dialog_after_an_empty_main_are_the_page():
    """A layout's <main> holds only 「@yield('content')」; the terms are a dialog the page opens on a click, hidden until
    then and written after </html>. They had all been dropped ("0 findings", no word said): the page's text is the
    dialog's 18 articles."""
    doc = read_document(Path(__file__).parent / "fixtures" / "pub31" / "likewords_terms.html")
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 19)]
    assert "利用規約" in (doc.title or "")
