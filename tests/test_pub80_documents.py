"""Published terms nobody had seen (pub80, tests/fixtures/pub80, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PORTAL = Path(__file__).parent / "fixtures" / "pub80" / "jukulabo.html"


def test_terms_typed_line_by_line_into_one_element():
    """The page's terms are lines of one <div>, no <br>: a browser runs them together, but 「第4条　口コミについて」 after an
    entry without 。 (「…行使しないものとすること」) is the writer's heading on its own line, not a citation in a run."""
    doc = read_document(PORTAL)
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 21)]
    assert doc.articles[3].title == "口コミについて" and doc.articles[12].title == "消費者契約法に基づく修正"
    found = run_checks(doc, ["reference-dangling", "numbering-gap"])
    assert not found, [(f.rule, f.excerpt) for f in found]


def test_groups_of_an_article_over_its_numbered_paragraphs():
    """第1条: 「(1)当社サービスの内容」, paragraphs 「1.」〜「7.」 under it, then 「(2)当社サービスの利用に当たって注意事項」: (2)
    goes on from the (1) of the article's lead, it is no list of paragraph 7 missing its first item."""
    assert not run_checks(read_document(PORTAL), ["numbering-gap"])


def test_tou_kiyaku_is_the_defined_document_not_its_operator():
    """「当規約」 where 「本規約」 and the operator 「当社サイト」 are defined: 当規約 can only be the document, so the finding
    suggests 本規約 and does not ask the reader to choose between the service and the operator."""
    found = [f for f in run_checks(read_document(PORTAL), ["term-inconsistent"]) if f.excerpt == "当規約"]
    assert found and all(f.suggestion == "本規約" for f in found), [(f.message, f.suggestion) for f in found]


def test_a_kanji_written_for_another_counts_inside_compounds():
    """「寄附」 five times (寄附金 among them) and 「寄付」 twice (寄付金): the same choice of kanji whether the word stands
    alone or heads a compound, unlike okurigana, which compounds drop (申込書 beside 申込み)."""
    doc = read_document(Path(__file__).parent / "fixtures" / "pub80" / "osyagarten.html")
    found = [f for f in run_checks(doc, ["notation-variance"]) if f.excerpt in ("寄付", "寄附")]
    assert [f.excerpt for f in found] == ["寄付"] and "寄附」5回" in found[0].message, [f.message for f in found]


def test_a_verbal_noun_asked_for_with_kudasai_alone():
    """「寄付金をゆうちょ銀行以外から振込む場合は次の内容で指定下さい」: ください after a verbal noun needs して (指定して下さい, as
    the sentence before it writes) or ご."""
    doc = read_document(Path(__file__).parent / "fixtures" / "pub80" / "osyagarten.html")
    found = run_checks(doc, ["grammar-slip"])
    assert [(f.excerpt, f.suggestion) for f in found] == [("指定下さい", "指定して下さい")]
