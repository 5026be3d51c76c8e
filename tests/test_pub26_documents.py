"""Published pages nobody had seen (pub26, tests/fixtures/pub26, sources in its README), read whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.ingest import load

HOTEL = Path(__file__).parent / "fixtures" / "pub26" / "hotel_yakkan.html"


def test_a_caption_in_a_block_of_its_own_over_each_article_titles_it():
    """Each article of the hotel's 宿泊約款 is an <li>: a <div> with its caption (「適用範囲」, no brackets), then a <div>
    with 「第１条 当ホテル(館)が…」. The caption titles the article; it is neither a bullet item of the article before
    nor the preamble's text."""
    doc = read_document(HOTEL)
    assert [(a.number, a.title) for a in doc.articles] == [
        ("1", "適用範囲"), ("2", "宿泊契約の申込み"), ("3", "宿泊契約の成立等")]
    assert "適用範囲" not in doc.preamble.text
    assert "宿泊契約の申込み" not in doc.articles[0].text
    assert not any(a.text.rstrip().endswith("•") for a in doc.all_articles())


def test_the_next_set_of_rules_on_the_page_is_a_part_of_its_own():
    """After 宿泊約款 第３条 the page sets 「利用規約」, its preamble (「この利用規約（以下，「本規約」といいます。）は，…」)
    and its own 第1条〜第4条 in a nested list: a part named 利用規約, its preamble its own, not 第３条's text."""
    doc = read_document(HOTEL)
    assert "本規約" not in doc.articles[-1].text
    terms = doc.annexes[0]
    assert terms.label == "利用規約"
    assert "この利用規約" in terms.text
    assert [(a.number, a.title) for a in terms.articles][:2] == [("1", "適用"), ("2", "利用登録")]


def test_a_block_of_links_named_a_menu_is_navigation():
    """「FAQ 宿泊約款 利用規約 PRIVACY POLICY」, the links of the page's menu (class 「…__nav」), are no title."""
    source = load(HOTEL)
    assert "PRIVACY POLICY" not in source.text
    assert any("PRIVACY POLICY" in r.text for r in source.removed if r.kind == "navigation")
    assert "PRIVACY" not in (read_document(HOTEL).title or "")


def test_captions_without_brackets_in_a_plain_text_file(tmp_path):
    """The same 宿泊約款 as plain text, each caption on the line over its article: captions where the document
    writes one over every article; a single short line over one article is left as that article's text."""
    lines = []
    doc = read_document(HOTEL)
    for a in doc.articles:
        lines.extend(a.text.split("\n"))
    plain = tmp_path / "yakkan.txt"
    plain.write_text("宿泊約款\n\n" + "\n".join(lines) + "\n", encoding="utf-8")
    assert [(a.number, a.title) for a in read_document(plain).articles] == [
        ("1", "適用範囲"), ("2", "宿泊契約の申込み"), ("3", "宿泊契約の成立等")]
    one = tmp_path / "one.txt"  # only 第2条 has a line over it: no convention, the line stays 第1条's
    one.write_text("宿泊約款\n\n" + "\n".join(l for l in lines if l not in ("適用範囲", "宿泊契約の成立等")) + "\n",
                   encoding="utf-8")
    arts = read_document(one).articles
    assert [a.title for a in arts] == [None, None, None]
    assert arts[0].text.rstrip().endswith("宿泊契約の申込み")


def test_a_table_cited_that_the_document_does_not_hold():
    """「(3) 泊料金(原則として別表第１の基本宿泊料による。)」: the hotel's page holds no 別表 at all. Told as a warning (a
    約款 may publish its tables elsewhere, which the reader must then be told); quiet once the table is there, and for
    the table of a law named with its number."""
    from pipeline.checks import run_checks

    def cited(doc):
        return [f for f in run_checks(doc, ["reference-dangling"]) if f.excerpt.startswith("別表")]

    fs = cited(read_document(HOTEL))
    assert [(f.excerpt, f.severity, f.article) for f in fs][:1] == [("別表第1", "warning", "2")]
    from conftest import doc_from_text
    lines = [ln for a in read_document(HOTEL).articles for ln in a.text.split("\n")]
    with_table = "宿泊約款\n\n" + "\n".join(lines) + "\n\n別表第１　基本宿泊料\n1泊　10,000円\n"
    assert cited(doc_from_text(with_table, "yakkan.txt")) == []
    other_law = "宿泊約款\n\n" + "\n".join(lines).replace(
        "別表第1の基本宿泊料", "旅館業法施行令（昭和三十二年政令第百五十二号）別表第一の基本宿泊料") + "\n"
    assert "政令第百五十二号）別表第一" in other_law
    assert cited(doc_from_text(other_law, "yakkan.txt")) == []


def test_a_range_of_months_that_contradicts_its_own_length():
    """「前年4月1日から当年9月末日までの6か月」 spans 18 months, 「当年10月1日から当年3月末日までの6か月」 ends before it starts:
    the years are swapped (当年4月…9月, 前年10月…当年3月). Each is told; a range that counts right stays quiet."""
    from pipeline.checks import run_checks

    doc = read_document(HOTEL.parent / "denkiyagi_chingin.md")
    fs = [f for f in run_checks(doc, ["period-conflict"]) if "から" in f.excerpt]
    assert [("18か月" in f.message, "始まりより前" in f.message) for f in fs] == [(True, False), (False, True)]
    from conftest import doc_from_text
    fixed = doc.source.text.replace("前年4月1日から当年9月末日", "当年4月1日から当年9月末日").replace(
        "当年10月1日から当年3月末日", "前年10月1日から当年3月末日")
    assert not [f for f in run_checks(doc_from_text(fixed, "chingin.md"), ["period-conflict"]) if "から" in f.excerpt]


def test_including_but_not_limited_to_takes_the_finished_verb():
    """「鑑定内容・相談内容を含みが、これに限らない」: the set phrase is 「…を含むが、これに限らない」."""
    from pipeline.checks import run_checks

    fs = [f for f in run_checks(read_document(HOTEL.parent / "uranai_nda.html"), ["confusable-word"]) if f.excerpt == "含み"]
    assert [f.suggestion for f in fs] == ["含む"]


def test_no_previous_paragraph_suggested_where_it_holds_only_the_same_slip():
    """第33条: 第2項 and 第3項 both write 「前条の賃金計算期間」, and 第32条 sets a 計算対象期間. The citation is told, but
    第2項 says 賃金計算期間 only in the same slip: 「前項」 is no fix to suggest (the term is)."""
    from pipeline.checks import run_checks

    doc = read_document(HOTEL.parent / "denkiyagi_chingin.md")
    fs = [f for f in run_checks(doc, ["reference-content-mismatch"]) if "賃金計算期間" in f.excerpt]
    assert [(f.label, f.suggestion) for f in fs] == [("第33条第3項", None)]
