"""Published terms nobody had seen (pub29, tests/fixtures/pub29; pub25's in tests/fixtures/pub25), read whole."""

from pathlib import Path

from pipeline.api import read_document

FIXTURES = Path(__file__).parent


def _article(path: Path, number: str):
    return next(a for a in read_document(path).articles if a.number == number)


def test_a_sentence_set_apart_after_a_list_is_the_next_paragraph_in_the_order_written():
    """第13条: (1), (2), a blank line, then 「当社は、…２万円を超えて賠償する責任を負わないものとし…」. Read as the text of a
    paragraph whose items are (1) and (2), the sentence stood before them (the order of the article lost); it is the
    next paragraph, after them."""
    art = _article(FIXTURES / "fixtures" / "pub29" / "ichisan_terms.txt", "13")
    assert [(len(p.items), p.text[:5]) for p in art.paragraphs] == [(2, ""), (0, "当社は、本")]
    assert art.paragraphs[0].items[-1].span[1] < art.paragraphs[1].span[0]


def test_a_block_after_a_lists_last_entry_on_a_web_page_is_the_next_paragraph():
    """An NPO's terms (pub25): 第8条's lead sentence, <ul> of (1)〜(3) ending 「…判断した場合」, then
    <p>なお、当法人は、前項の利用制限によりお客様が被った損害について…</p>: the next paragraph, after the items."""
    art = _article(FIXTURES / "fixtures" / "pub25" / "lifedesign_terms.html", "8")
    assert [len(p.items) for p in art.paragraphs] == [3, 0]
    assert art.paragraphs[1].text.startswith("なお、当法人は")
    assert "なお" not in art.paragraphs[0].text


def test_a_label_before_a_count_is_the_label():
    """「4.1年間以上本サービスの利用がない場合」 between 3. and 5.: the entry 4 of the list, whose text opens with 1年間
    (read as the decimal 4.1, the entry was lost into 3 and a gap 3 → 5 reported)."""
    from pipeline.checks import run_checks

    path = FIXTURES / "fixtures" / "pub29" / "newsmemo_terms.html"
    art = _article(path, "7")
    fourth = [p for p in art.paragraphs if p.number == 4]
    assert fourth and fourth[0].text.startswith("1年間以上")
    assert not [f for f in run_checks(read_document(path), ["numbering-gap"]) if f.article == "7"]


def test_slips_of_a_studios_terms():
    """The terms define their operator 「製作者」 and write the template's 当社 three times; a statute named backwards
    (制限利息法 for 利息制限法), a conjunction without its は (若しく正規販売店), としての before a verb; and in another
    company's terms a body that never existed (金融証券取引所: 金融商品取引所)."""
    from pipeline.checks import run_checks

    doc = read_document(FIXTURES / "fixtures" / "pub29" / "sailing_terms.txt")
    fs = run_checks(doc, ["term-undefined", "confusable-word"])
    told = {(f.excerpt, f.suggestion) for f in fs}
    assert ("当社", "製作者") in told and sum(1 for f in fs if f.excerpt == "当社") == 3
    assert {("制限利息法", "利息制限法"), ("若しく", "若しくは"), ("ての", "て")} <= told
    ichisan = read_document(FIXTURES / "fixtures" / "pub29" / "ichisan_terms.txt")
    assert [f.suggestion for f in run_checks(ichisan, ["confusable-word"]) if f.excerpt == "金融証券取引所"] == ["金融商品取引所"]
