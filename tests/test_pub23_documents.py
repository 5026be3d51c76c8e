"""Published rules nobody had seen (pub23, tests/fixtures/pub23, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub23"
IKUJI = FIXTURES / "routeflags_ikuji.md"


def test_items_written_all_1_are_placed_by_the_number_a_reader_sees():
    """The 規程 writes every list item 「1.」, and Markdown shows them 1. 2. 3. …: a finding in the second item of
    第21条第1項 is in 第21条第1項2., not in a second 「1.」."""
    doc = read_document(IKUJI)
    found = [f.label for f in run_checks(doc, ["convention-deviation"]) if f.article == "21"]
    # (and 第21条第2項's 「前項1号」, cited without 第 where the 規程 cites 第N項 and 第N号 five times)
    assert found == ["第21条第1項1.", "第21条第1項2.", "第21条第2項"]


def test_provisions_written_kitei_for_a_set_of_rules():
    """「就業規則の規程に関わらず」, 「第３条から第８条までの規程」, 「第１０条から第１５条までの規程を準用」: provisions (規定) of
    another set of rules or of a range of articles, each written 規程, the name of a set of rules. Every one is told;
    the 規程 names itself 本規程 and この規程 rightly."""
    doc = read_document(IKUJI)
    said = [f.label for f in run_checks(doc, ["confusable-word"]) if f.suggestion == "規定"]
    assert said == ["第16条第1項", "第19条第1項", "第23条第3項", "第24条第1項", "第24条第3項"]


def test_a_line_right_under_a_markdown_list_item_goes_on_with_it():
    """「\\t7. 当社と契約した企業から…行うため。」⏎「\\tこの場合、当社は本サービス内で…わけではありません。」: with no blank
    line between, Markdown reads the second line as item 7's (a lazy continuation), not as the lead sentence of the
    paragraph over the list, which it would qualify as a whole."""
    doc = read_document(FIXTURES / "paspit_privacy_4.md")
    para = next(p for a in doc.all_articles() for p in a.paragraphs if p.items and "以下の目的で利用します" in p.text)
    assert para.text == "当社は前項で取得した利用者の個人情報を以下の目的で利用します。"
    assert para.items[6].text.startswith("当社と契約") and "この場合、当社は本サービス内で" in para.items[6].text


def test_the_documents_own_date_left_blank_is_told_each_time():
    """「この就業規則は、令和○年○月○日から施行する。」, 「制定日：令和○年○月○日」 (a 就業規則 template) and 「本規程は、
    平成　　年　　月　　日より施行する。」 (its blanks spaces, which normalization takes out): a rule with no date of effect
    is not in force, so each is told, not folded into 「a template?」 with the other blanks. A filled date, and
    生年月日, say nothing."""
    shugyo = read_document(FIXTURES / "umb_shugyo.md")
    dates = [f.excerpt for f in run_checks(shugyo, ["template-placeholder"]) if "日付の記入欄" in f.message]
    assert len(dates) == 3 and "令和○年○月○日から施行する" in dates[0]
    ikuji = read_document(IKUJI)
    assert [f.label for f in run_checks(ikuji, ["template-placeholder"]) if "日付の記入欄" in f.message] == ["附則"]
    from conftest import doc_from_text

    filled = doc_from_text("第1条（目的）\n会員は生年月日を届け出る。\n附則\nこの規程は、令和5年4月1日から施行する。\n", "r.txt")
    assert run_checks(filled, ["template-placeholder"]) == []
