"""Layouts of published terms that the structure stage misread, so that text escaped the units a reviewer compares
and the checks read (pub17 and pub9 readings). Each test reads a verbatim cut of the published document
(tests/fixtures/pub17, sources in its README) and asserts what a reader of the rendered page sees."""

from pathlib import Path

from conftest import doc_from_text
from pipeline.api import read_document
from pipeline.parts import document_parts

FIXTURES = Path(__file__).parent / "fixtures" / "pub17"


def _article(doc, number: str, part: str = "main"):
    found = doc.article(number, part)
    assert found is not None, f"no article {number} in {part}"
    return found


def test_two_paragraph_blocks_of_an_article_on_a_web_page_are_two_paragraphs():
    """An NDA page's 第１２条 holds two <p>s: 「本契約は、…放棄されない。」 and 「乙は甲の書面による合意なしに、…」. The page shows
    two paragraphs (as a Markdown file's blank line makes two); they were read as one, so that 「第12条第2項」 named
    nothing and an edit to either was shown as an edit to one paragraph of both."""
    doc = read_document(FIXTURES / "nda_terms_art12.html")
    paras = _article(doc, "12").paragraphs
    assert [p.number for p in paras] == [None, 2]
    assert paras[0].text.startswith("本契約は、ここに規定する当事者間において") and paras[0].text.endswith("放棄されない。")
    assert paras[1].text.startswith("乙は甲の書面による合意なしに、本契約を譲渡しないものとする。")
    assert len(_article(doc, "13").paragraphs) == 1


def test_lines_a_br_breaks_inside_one_block_stay_one_paragraph():
    """The same text with a <br> where the page had </p><p>: one block the browser breaks a line in, one paragraph, as
    lines without a blank line between them are one paragraph in Markdown."""
    page = (FIXTURES / "nda_terms_art12.html").read_text(encoding="utf-8")
    joined = page.replace("放棄されない。</p>\n            <p>乙は", "放棄されない。<br>\n乙は")
    assert joined != page
    doc = doc_from_text(joined, "nda.html")
    paras = _article(doc, "12").paragraphs
    assert [p.number for p in paras] == [None]
    assert "放棄されない。\n乙は甲の書面による合意なしに" in paras[0].text


def test_bare_lines_after_a_lead_sentence_are_its_items_and_the_next_sentence_the_next_paragraph():
    """Poconest's terms (Markdown without list marks) list the grounds of 第3条 and 第8条 and the 14 禁止行為 of
    第7条 as bare lines between blank lines, after 「以下のいずれかの事由…」「以下の行為を…」. They were read as one
    extra paragraph, which numbered the paragraph after them one too high (「利用者は、登録情報に変更…」 read as
    第3条第4項, which a reader counts 第3項)."""
    doc = read_document(FIXTURES / "poconest_art3_7_8.md")
    a3 = _article(doc, "3")
    assert [p.number for p in a3.paragraphs] == [None, 2, 3]
    assert [it.text for it in a3.paragraphs[1].items] == [
        "利用登録の申請に際して虚偽の情報を届け出た場合", "過去に本規約に違反したことがある者からの申請である場合",
        "その他、当社が利用登録を相当でないと判断した場合"]
    assert [it.number for it in a3.paragraphs[1].items] == [1, 2, 3]
    assert a3.paragraphs[2].text.startswith("利用者は、登録情報に変更があった場合")
    a7 = _article(doc, "7")
    assert len(a7.paragraphs) == 1
    items = a7.paragraphs[0].items
    assert len(items) == 14 and items[0].text == "法令または公序良俗に違反する行為" \
        and items[-1].text == "その他、当社が不適切と判断する行為"
    a8 = _article(doc, "8")
    assert [p.number for p in a8.paragraphs] == [None, 2]
    assert len(a8.paragraphs[0].items) == 4
    assert a8.paragraphs[1].text.startswith("当社は、本条に基づき当社が行った措置により")


def test_one_line_that_completes_the_sentence_announcing_it_is_no_item_and_no_paragraph():
    """A 定款's 「この法人は、主たる事務所を以下に置く。」 then the address in a block of its own: the line completes the
    sentence; it is neither a list of one item nor the article's second paragraph."""
    doc = read_document(FIXTURES / "nearshore_teikan_art1_2.html")
    paras = _article(doc, "2").paragraphs
    assert len(paras) == 1 and not paras[0].items
    assert paras[0].text == "この法人は、主たる事務所を以下に置く。\n東京都千代田区神田司町2丁目13番"


def test_a_second_document_after_the_sections_is_a_part_of_its_own():
    """「GIS実習オープン教材」's page is its terms (## 1. to ## 6.) then 「## プライバシーポリシー」 with its own ### 1. to
    ### 3.: the policy went to the closing as loose lines, where no section is aligned or checked. It is now a part
    named by its heading, its sections numbered in it."""
    doc = read_document(FIXTURES / "gisoer_kiyaku.md")
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4", "5", "6"]
    assert [x.label for x in doc.annexes] == ["プライバシーポリシー"]
    policy = [(a.number, a.title, a.display_label) for a in doc.annexes[0].articles]
    assert policy == [("1", "適用範囲", "プライバシーポリシー1."), ("2", "個人情報の取得について", "プライバシーポリシー2."),
                      ("3", "プライバシーポリシーの改定について", "プライバシーポリシー3.")]
    assert not any("プライバシーポリシー" in b.text for b in doc.closing)
    assert "Google Analytics" in doc.annexes[0].articles[1].text
    # the diff sees the policy as a part of its own, beside the terms
    parts = {p.key: p.label for p in document_parts(doc)}
    assert parts.get("annex-1") == "プライバシーポリシー"


def test_a_policy_after_a_pages_articles_is_a_part_and_its_date_closes_the_terms():
    """Lumia's page: 受講規約 (<h4>第N条</h4>), its 「制定日：…」 in a <p>, a 特定商取引法 table, then <h2>プライバシーポ
    リシー</h2> with <h4>1. 事業者</h4> … <h4>9. 本ポリシーの改定</h4>. The date was read as the last article's text
    and the policy as closing lines; the date is the terms' history, the policy a part with nine sections."""
    doc = read_document(FIXTURES / "lumia_tail.html")
    assert [a.number for a in doc.articles] == ["13", "14", "15"]
    assert all("制定日" not in p.text for p in _article(doc, "15").paragraphs)
    assert [b.text for b in doc.closing if b.kind == "history"] == ["制定日：2026年9月16日"] * 2
    assert [x.label for x in doc.annexes] == ["プライバシーポリシー"]
    sections = doc.annexes[0].articles
    assert [a.number for a in sections] == [str(n) for n in range(1, 10)]
    assert sections[2].title == "利用目的" and sections[2].paragraphs[-1].text == "上記以外の目的には利用いたしません。"
    # the table of the 特定商取引法 page part stays outside both (no section heads it)
    assert any(b.text.startswith("販売事業者") for b in doc.closing)
