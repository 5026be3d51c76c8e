"""Rules nobody had seen (pub93, tests/fixtures/pub93, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub93"


def test_a_page_heading_with_its_title_run_on_after_the_number():
    """「### 第 9 条ソフトウェアの導入・利用」: set as a heading, 第 9 条 opens the article, no citation of it; read as the
    article before's text, it was an error (「第9条」 cites nothing) and a warning (第9条 missing)."""
    doc = read_document(HERE / "denx.md")
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 36)]
    assert doc.articles[8].title == "ソフトウェアの導入・利用"
    assert not [f for f in run_checks(doc) if f.rule in ("reference-dangling", "numbering-gap")]


def test_a_page_heading_with_its_first_sentence_run_on_after_the_number():
    """「### 第4条本連合は、前条の目的を達成するために次の事業を行う。」: the article, its sentence its text, and the
    number run into the text told as a departure from the other sixteen."""
    doc = read_document(HERE / "koganei.md")
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 18)]
    art = next(a for a in doc.articles if a.number == "4")
    assert art.title is None and art.body.startswith("本連合は、前条の目的を達成するために")
    found = run_checks(doc)
    assert not [f for f in found if f.rule in ("reference-dangling", "numbering-gap")]
    assert [f.excerpt[:8] for f in found if f.rule == "convention-deviation" and "条番号のすぐ後" in f.message] \
        == ["第4条本連合は、"]


def test_a_line_of_a_text_file_opening_with_a_citation_is_no_heading():
    """Not set as a heading, 「第2条各号に…」 or 「第2条本文の…」 opening a line is the citation it reads as."""
    doc = doc_from_text("第1条（目的）\n本規約は、利用条件を定める。\n第2条（定義）\n用語の意味は次のとおり。\n"
                        "第3条（適用）\n本規約の適用については、\n第2条本文の定めによる。\n")
    assert [a.number for a in doc.articles] == ["1", "2", "3"]


def test_runs_of_spaces_inside_a_sentence():
    """「教授のうちから 1    名を顧問として推薦する」「毎年4 月より9  月に至る分」「鍵の使用者が  BOX を退室する」: a run of
    spaces between a number and what it counts, or between a sentence's kana and a Latin word, is no separator anyone
    sets, whatever the club's habit with one space (「4 月」 stays a matter of its convention)."""
    found = [f for f in run_checks(read_document(HERE / "denx.md"), ["stray-space"]) if "続いています" in f.message]
    assert len(found) == 10 and all(f.severity == "warning" for f in found)
    assert {"から 1    名を顧問", "BOX        の鍵を借", "使用者が  BOX"} <= {f.excerpt for f in found}


def test_a_label_and_its_text_set_apart_by_spaces_is_no_run():
    doc = doc_from_text("第1条（目的）\n1     利用者及び当社は、本規約に従う。\n2     出品者は、商品を出品できる。\n")
    assert [f for f in run_checks(doc, ["stray-space"]) if "続いています" in f.message] == []


def test_a_meeting_taken_up_again_by_kore_is_convened_with_shoushuu():
    """「本連合の総会は定時総会及び臨時総会とし、会長がこれを召集する。」: 招集; 召集 is the 国会's alone."""
    found = [f for f in run_checks(read_document(HERE / "koganei.md"), ["confusable-word"]) if f.excerpt == "召集"]
    assert [f.suggestion for f in found] == ["招集"]
    assert run_checks(doc_from_text("第1条（国会）\n国会は、天皇がこれを召集する。\n"), ["confusable-word"]) == []


def test_a_fee_paid_to_the_club_named_between():
    """「会員は，本会則を認め，入会金を本会に収めた者である．」: money paid is 納める, the body paid standing between."""
    found = [f for f in run_checks(read_document(HERE / "denx.md"), ["confusable-word"]) if f.excerpt == "収め"]
    assert [f.suggestion for f in found] == ["納め"]
    assert run_checks(doc_from_text("第1条（成果）\n本会は、大会で優勝を手中に収めた。\n"), ["confusable-word"]) == []


def test_a_tab_inside_a_sentence():
    """「本会則は本会の運営に関する権利と義務の⇥根拠となるものである．」; a tab after a label, a term or a cell is none."""
    found = [f for f in run_checks(read_document(HERE / "denx.md"), ["stray-space"]) if "タブ" in f.message]
    assert [(f.excerpt, f.severity) for f in found] == [("権利と義務の\t根拠となるも", "warning")]
    doc = doc_from_text("第1条\t目的\n本規約は、利用条件を定める。\n第2条（定義）\n用語\t用語の意味\nAPIキー\t当社が付与する鍵をいう。\n")
    assert [f for f in run_checks(doc, ["stray-space"]) if "タブ" in f.message] == []


def test_heading_numbers_that_change_width_once():
    """第1条…第8条, then 第９条…第１７条: typed at two times, neither width the document's clear habit."""
    found = [f for f in run_checks(read_document(HERE / "koganei.md"), ["convention-deviation"]) if "変わっています" in f.message]
    assert [f.excerpt[:3] for f in found] == ["第９条"]


def test_the_house_style_of_one_digit_full_width_is_no_change():
    """第１条…第９条 then 第10条…: one digit full width and two half width, a house style held throughout."""
    text = "".join(f"第{str(n).translate(str.maketrans('0123456789', '０１２３４５６７８９')) if n < 10 else n}条（規定）\n"
                   f"本規約の規定を定める。\n" for n in range(1, 15))
    found = [f for f in run_checks(doc_from_text(text), ["convention-deviation"]) if "変わっています" in f.message]
    assert found == []


def test_a_lone_table_pipe_inside_a_sentence():
    """「年度終了後１ヶ月以内に監事の|監査を経て」: a cell separator no table row holds alone, shown as a stray mark."""
    found = run_checks(read_document(HERE / "koganei.md"), ["markup-broken"])
    assert [f.excerpt for f in found] == ["以内に監事の|監査を経て、"]
    doc = doc_from_text("# 規約\n\n| 用語 | 意味 |\n|---|---|\n| 会員 | 本会に入会した者をいう。 |\n\n用語|意味の一覧である。\n",
                        "table.md")
    assert run_checks(doc, ["markup-broken"]) == []


def test_a_sentence_without_the_full_stop_of_a_document_that_writes_its_periods_so():
    """The club writes 「，」 and 「．」; 「議題の処理の手順は活動方針に従う」 lacks its 「．」."""
    found = run_checks(read_document(HERE / "denx.md"), ["sentence-unterminated"])
    assert [(f.excerpt, f.suggestion) for f in found] == [("理の手順は活動方針に従う", "う．")]
