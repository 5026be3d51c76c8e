"""Three more layouts of published pages (pub216–pub220 readings) that the structure read wrongly, each stated here
in sentences written for the test in the shape of the page (the pages themselves stay outside the repository, as
their stores ask), and a look-alike of each that stays as it was."""

from pipeline.api import read_document
from pipeline.checks import run_checks


def _doc(tmp_path, text, name="doc.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return read_document(p)


def _heads(doc):
    return [(a.number, a.title) for a in doc.articles]


def _rules(doc):
    return {f.rule for f in run_checks(doc)}


# ------------------------------------------------------------------ 1. a heading mid-line, its article's text after it


def test_a_heading_mid_line_after_a_sentence_with_its_text_after_it(tmp_path):
    """「…優先するものとします。第2条(貸渡条件) 借主は、…」: the next article's heading, its bracketed title and its
    first sentence glued after the last 。 of the article before (before: read as a citation, a dangling reference
    and a gap before 第3条)."""
    text = ("第1条(適用)\n"
            "1.本約款は、当社が行う貸渡しに適用します。\n"
            "2.特約をした場合には、その特約が本約款に優先するものとします。第2条(貸渡条件) 借主は、貸渡期間を当社と"
            "あらかじめ取り決めるものとします。\n"
            "第3条(契約の成立)\n"
            "契約は、車両を引き渡した時に成立します。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "適用"), ("2", "貸渡条件"), ("3", "契約の成立")]
    assert doc.articles[0].text.endswith("優先するものとします。")
    assert doc.articles[1].body.startswith("借主は")
    assert not _rules(doc) & {"reference-dangling", "numbering-gap"}


def test_a_citation_after_a_sentence_stays_in_its_sentence(tmp_path):
    """Look-alikes: 「。第2条(貸渡条件)に定める…」 cites the next article (its title runs on into a particle), and
    「。第3条(契約の成立) の規定は…」 cites one that is not next: both stay text of the article before."""
    text = ("第1条(適用)\n"
            "1.本約款は、当社が行う貸渡しに適用します。\n"
            "2.特約をした場合には、その特約が本約款に優先するものとします。第2条(貸渡条件)に定める条件は別に定めます。"
            "第3条(契約の成立) の規定は、この場合に適用しません。\n"
            "第2条(貸渡条件)\n"
            "借主は、貸渡期間を取り決めます。\n"
            "第3条(契約の成立)\n"
            "契約は、車両を引き渡した時に成立します。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "適用"), ("2", "貸渡条件"), ("3", "契約の成立")]
    assert doc.articles[0].text.endswith("この場合に適用しません。")


# ------------------------------------------------------------------ 2. a 要綱's sections headed 第N (第1 趣旨)


def test_a_yoko_whose_sections_are_headed_dai_n_without_jo(tmp_path):
    """「第1 趣旨」「第2 定義」「第3 相談窓口」 over their text, 「1 本庁窓口」 sub-headings inside 第3: the 第N lines
    are the sections (before: no article at all, or the sub-headings 1, 2 read as the sections)."""
    text = ("○さくら町文書事務取扱要領\n"
            "令和6年4月1日\n"
            "第1 趣旨\n"
            "この要領は、文書の取扱いに関し必要な事項を定めるものとする。\n"
            "第2 定義\n"
            "この要領で使う用語の意義は、規則の例による。\n"
            "第3 相談窓口\n"
            "1 本庁窓口\n"
            "文書の相談は、総務課で受け付ける。\n"
            "2 支所窓口で行う事務\n"
            "支所は、次の事務を行う。\n"
            "(1) 文書の受付に関すること。\n"
            "(2) 文書の送付に関すること。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "趣旨"), ("2", "定義"), ("3", "相談窓口")]
    assert [a.label for a in doc.articles] == ["第1", "第2", "第3"]
    assert [p.label for p in doc.articles[2].paragraphs] == ["1", "2"]


def test_dai_n_lines_that_do_not_run_1_2_3_or_stand_among_articles_head_nothing(tmp_path):
    """Look-alikes: 「第1 趣旨」 and 「第3 窓口」 with no 第2 between (the numbers do not run), and 「第1 趣旨」 lines
    in a text of 第N条 headings: both read as before."""
    gap = ("○さくら町文書事務取扱要領\n"
           "第1 趣旨\n"
           "この要領は、文書の取扱いに関し必要な事項を定めるものとする。\n"
           "第3 窓口\n"
           "1 本庁窓口\n"
           "文書の相談は、総務課で受け付ける。\n"
           "2 支所窓口\n"
           "支所でも受け付ける。\n"
           "3 出張所窓口\n"
           "出張所でも受け付ける。\n")
    doc = _doc(tmp_path, gap)
    assert [a.label for a in doc.articles] != ["第1", "第3"]
    assert "第1" not in [a.label for a in doc.articles]
    among = ("第1条(目的)\n"
             "この規程は、文書の取扱いを定める。\n"
             "第1 趣旨\n"
             "第2 定義\n"
             "第2条(窓口)\n"
             "文書の相談は、総務課で受け付ける。\n")
    doc = _doc(tmp_path, among, "among.txt")
    assert [a.number for a in doc.articles] == ["1", "2"]


# ------------------------------------------------------------------ 3. 「- 」 bullet lines as the 号 of the sentence above


def test_bulleted_lines_under_a_sentence_are_its_items(tmp_path):
    """「次の事業を行う。」⏎「- 1 会員相互の親睦」…「- 3 前各号に附帯する事業」, and unnumbered 「- 申込者の氏名」 lines
    cited as 第二号: the items of the sentence above (before: no 号, 「前各号」 and 「第二号」 dangling citations)."""
    text = ("第1条(目的)\n"
            "本会は、会員の事業の発展を目的とする。\n"
            "第2条(事業)\n"
            "本会は、前条の目的を達成するため、次の事業を行う。\n"
            "- 1 会員相互の親睦を図る\n"
            "- 2 地域の行事への協力\n"
            "- 3 前各号に附帯する事業\n"
            "第3条(申込書)\n"
            "- 申込みは、書面で行います。\n"
            "- 申込書には次の事項を記載します。\n"
            "- 申込者の氏名及び住所\n"
            "- 希望する日時\n"
            "- 前項の申込書に第二号の記載がないときは、当会が定めます。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "目的"), ("2", "事業"), ("3", "申込書")]
    items = [(it.label, it.number, it.text) for it in doc.articles[1].paragraphs[0].items]
    assert items == [("1", 1, "会員相互の親睦を図る"), ("2", 2, "地域の行事への協力"), ("3", 3, "前各号に附帯する事業")]
    third = [(it.label, it.number) for p in doc.articles[2].paragraphs for it in p.items]
    assert third == [("•1", 1), ("•2", 2)]
    assert "前項の申込書に第二号" not in doc.articles[2].paragraphs[-1].items[-1].text
    assert "reference-dangling" not in _rules(doc)


def test_bulleted_sentences_and_bullets_under_no_sentence_stay_as_they_were(tmp_path):
    """Look-alikes: bulleted lines that are sentences (「- …受け付けます。」) after a sentence, and bullets under a
    caption that ends no sentence (「連絡先」): no items."""
    text = ("第1条(受付)\n"
            "- 当会は、申込みを窓口で受け付けます。\n"
            "- 前項の申込みは、書面で行います。\n"
            "第2条(連絡先)\n"
            "連絡先\n"
            "- 事務局\n"
            "- 電話窓口\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "受付"), ("2", "連絡先")]
    assert not [it for a in doc.articles for p in a.paragraphs for it in p.items]
