"""Four more article-heading layouts of published pages (pub214, pub215 readings) that the structure read wrongly,
each stated here in sentences written for the test in the shape of the page (the pages themselves stay outside the
repository, as their stores ask), and a look-alike of each that stays as it was."""

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


# ------------------------------------------------------------------ 1. a heading run onto the end of the line before


def test_a_heading_run_onto_the_line_before_after_its_last_sentence(tmp_path):
    """「…効力を生じます。第2条(規約の変更)」⏎「1.当会は…」 and 「…方。 第4条(退会)」 at the end of the text: the next
    article's heading, glued after the last 。 of the article before (before: read as a citation, its paragraph 1
    a duplicate of the article before's)."""
    text = ("第1条(適用)\n"
            "1.本規約は、会員が入会を申し込んだ時点から効力を生じます。第2条(規約の変更)\n"
            "1.当会は、本規約を変更することがあります。\n"
            "2.変更後の規約は、掲示した時から適用されます。\n"
            "第3条(入会資格)\n"
            "入会できるのは、次の方とします。\n"
            "(1)満18歳以上の方。\n"
            "(2)当会の除名処分を受けていない方。 第4条(退会)\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "適用"), ("2", "規約の変更"), ("3", "入会資格"), ("4", "退会")]
    assert doc.articles[0].text.endswith("効力を生じます。")
    assert [p.number for p in doc.articles[1].paragraphs] == [1, 2]
    assert not {"numbering-duplicate", "reference-dangling"} & _rules(doc)


def test_a_titled_citation_that_ends_a_line_out_of_sequence_stays_text(tmp_path):
    """A titled 第N条 after a 。 at a line's end whose number is not the next article's (「…存続します。第5条(秘密
    保持)」 in 第2条), a copy of the next heading that the next line writes again, and a citation 「第3条の規定により」
    inside a sentence: none is cut off as a heading."""
    text = ("第1条(目的)\n"
            "本規約は、第3条の規定により会員の権利を定めます。本規約の用語は第2条で定めます。第2条(定義)\n"
            "\n"
            "第2条(定義)\n"
            "本規約の用語は、次のとおりとします。本規約の終了後も、次の条項は存続します。第5条(秘密保持)\n"
            "第3条(会員)\n"
            "会員は、当会が承認した者とします。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "目的"), ("2", "定義"), ("3", "会員")]
    assert doc.articles[0].text.endswith("第2条(定義)")
    assert "第3条の規定により" in doc.articles[0].text
    assert doc.articles[1].text.endswith("存続します。第5条(秘密保持)")


# ------------------------------------------------------------------ 2. a whole contract on one line


ONE_LINE = ("業務委託契約書 委託者(以下甲という)と受託者(以下乙という)とは、清掃業務の委託に関して、次のとおり契約を"
            "締結する。 第1条 ( 目的 ) 甲は、乙に対して、事務所の清掃業務を委託する。 第2条 ( 報酬 ) 甲は、乙に対して、"
            "第4条に定める期日までに報酬を支払う。 第3条 ( 期間 ) 本契約の期間は、1年とする。 第2条 ( 報酬 )に"
            "定める金額は、毎年見直す。 第4条 ( 支払期日 ) 1. 甲は、毎月末日に報酬を支払う。 2. 振込手数料は、甲の負担"
            "とする。\n")


def test_a_contract_flattened_onto_one_line_without_marks(tmp_path):
    """「…締結する。 第1条 ( 目的 ) 甲は… 第2条 ( 報酬 ) …」 all on one line, no mark before the headings: each
    titled 第N条 after a 。 whose number runs on 1, 2, 3 … starts an article (before: 0 articles). 「第4条に定める」
    in a sentence and 「。第2条 ( 報酬 )に定める…」 (out of the run, a citation) are no cut."""
    doc = _doc(tmp_path, ONE_LINE)
    assert _heads(doc) == [("1", "目的"), ("2", "報酬"), ("3", "期間"), ("4", "支払期日")]
    assert "第4条に定める期日" in doc.articles[1].text
    assert "第2条(報酬)に定める金額" in doc.articles[2].text.replace(" ", "")
    assert doc.preamble is not None and doc.preamble.text.endswith("締結する。")


def test_a_heading_line_that_runs_on_into_the_next_heading(tmp_path):
    """「第1条(目的) 本規約は…定める。 第2条(会員) 会員は…。 第3条(会費) …」: a line that opens with a titled heading
    and goes on with the next ones after sentences, each cut where its heading starts; 「…月額とする。第4条(退会)」, a
    heading's line that ends with the next article's heading, is cut too."""
    text = ("会規約\n"
            "第1条(目的) 本規約は、会の運営を定める。 第2条(会員) 会員は、会の目的に賛同する者とする。\n"
            "第3条(会費) 会費は、月額とする。 第4条(退会)\n"
            "会員は、届け出により退会できる。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "目的"), ("2", "会員"), ("3", "会費"), ("4", "退会")]
    assert doc.articles[0].text.endswith("運営を定める。")
    assert doc.articles[3].text.endswith("退会できる。")


def test_a_one_line_text_with_one_titled_citation_after_a_sentence_stays_whole(tmp_path):
    """A line of sentences with one titled 第N条 after a 。 (no run 1, 2, …) and a citation 「第3条の規定により」 in
    a sentence: nothing is cut."""
    text = ("お知らせ 本サービスは、第3条の規定により提供を終了します。第1条(目的)に定める範囲で引き続き問い合わせを"
            "受け付けます。\n")
    doc = _doc(tmp_path, text)
    assert doc.articles == []


# ------------------------------------------------------------------ 3. 「- 第2条」 alone on a bullet line


def test_bare_bulleted_headings_each_over_its_bulleted_text(tmp_path):
    """「- 第1条」⏎「- 本会は、…(以下本会)と称する。」⏎「- 第2条」⏎「- …」: each bulleted 第N条 alone on its line heads
    the article whose text is the next bulleted line; a name defined with 以下 announces no list (before: 第1条 took
    第2条 and 第3条 as its text until the chapter heading)."""
    text = ("会則\n"
            "第1章 総則\n"
            "- 第1条\n"
            "- 本会は、みどり山岳会(以下本会)と称する。\n"
            "- 第2条\n"
            "- 本会は、山田商事株式会社(以下会社と称する)の施設を利用して活動する。\n"
            "- 第3条\n"
            "- 本会の事務所は、会社内に置く。\n"
            "第2章 会員\n"
            "- 第4条\n"
            "- 会員は、次の者とする。\n"
            "正会員\n"
            "家族会員\n"
            "- 第5条\n"
            "- 会員は、所定の会費を納める。\n")
    doc = _doc(tmp_path, text)
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4", "5"]
    assert [a.chapter for a in doc.articles[:3]] == ["第1章 総則"] * 3
    assert "第2条" not in doc.articles[0].text
    assert "reference-dangling" not in _rules(doc)


def test_a_bulleted_article_a_sentence_announces_stays_text(tmp_path):
    """「- 以下の条項は、…存続する。」⏎「- 第5条」 (not the next article's number) and 「- 第3条」 with the heading 第3条
    on the line after it: the articles the sentence cites, no headings."""
    text = ("第1条（目的）\n"
            "本契約は、業務の委託について定める。\n"
            "第2条（存続条項）\n"
            "- 本契約の終了後も、以下の条項は効力を有する。\n"
            "- 第5条\n"
            "- 第3条\n"
            "第3条（報酬）\n"
            "甲は、乙に報酬を支払う。\n")
    doc = _doc(tmp_path, text)
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    assert "- 第5条" in doc.articles[1].text or "-第5条" in doc.articles[1].text


# ------------------------------------------------------------------ 4. a table of contents with no 目次 line


CONTENTS = ("図書室利用規程\n"
            "第1章 総則(第1条-第2条)\n"
            "第2章 館内利用(第3条-第4条)\n"
            "第1節 閲覧(第3条)\n"
            "第2節 複写(第4条)\n"
            "第3章 貸出(第5条-第6条)\n"
            "第1節 個人貸出(第5条)\n"
            "第2節 団体貸出(第6条)\n"
            "第4章 雑則(第7条)\n"
            "第1章 総則\n"
            "(趣旨)\n"
            "第1条 この規程は、図書室の利用について定める。\n"
            "(定義)\n"
            "第2条 この規程において、資料とは、図書室が所蔵する図書をいう。\n"
            "第2章 館内利用\n"
            "第1節 閲覧\n"
            "(閲覧)\n"
            "第3条 資料は、閲覧室で閲覧する。\n"
            "第2節 複写\n"
            "(複写)\n"
            "第4条 資料の複写は、係員に申し出て行う。\n"
            "第3章 貸出\n"
            "第1節 個人貸出\n"
            "(個人貸出)\n"
            "第5条 個人は、資料を2週間借りることができる。\n"
            "第2節 団体貸出\n"
            "(団体貸出)\n"
            "第6条 団体は、資料を1か月借りることができる。\n"
            "第4章 雑則\n"
            "(委任)\n"
            "第7条 この規程に定めるもののほか、必要な事項は館長が定める。\n")


def test_chapter_lines_with_their_article_ranges_are_a_table_of_contents(tmp_path):
    """「第1章 総則(第1条-第2条)」 … 「第4章 雑則(第7条)」, the sections numbered again from 1 in each chapter, before the first article, no 目次 line over them: a table of
    contents, the chapters those the body heads again (before: read as chapters, numbering-order errors, and 「総則
    (第1条-第2条」 lost its closing bracket)."""
    doc = _doc(tmp_path, CONTENTS)
    assert [(c.label, c.title) for c in doc.chapters] == [
        ("第1章", "総則"), ("第2章", "館内利用"), ("第1節", "閲覧"), ("第2節", "複写"), ("第3章", "貸出"),
        ("第1節", "個人貸出"), ("第2節", "団体貸出"), ("第4章", "雑則")]
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 8)]
    assert doc.articles[5].chapter == "第3章 貸出 / 第2節 団体貸出"
    assert doc.preamble.text.startswith("図書室利用規程\n第1章 総則(第1条-第2条)")
    assert not {"numbering-order", "numbering-duplicate"} & _rules(doc)


def test_chapter_headings_without_a_range_stay_chapters(tmp_path):
    """Chapter headings with no article range, right before the first article, are the body's chapters."""
    text = ("図書室利用規程\n"
            "第1章 総則\n"
            "第1節 通則\n"
            "(趣旨)\n"
            "第1条 この規程は、図書室の利用について定める。\n"
            "第2章 雑則\n"
            "(委任)\n"
            "第2条 この規程に定めるもののほか、必要な事項は館長が定める。\n")
    doc = _doc(tmp_path, text)
    assert [(c.label, c.title) for c in doc.chapters] == [("第1章", "総則"), ("第1節", "通則"), ("第2章", "雑則")]
    assert _heads(doc) == [("1", "趣旨"), ("2", "委任")]
    assert doc.preamble.text == "図書室利用規程"


def test_a_bracket_inside_a_chapter_title_keeps_both_halves(tmp_path):
    """「第2章 雑則(補則)」: the title keeps its closing bracket (before: 「雑則(補則」); 「第1章 (総則)」 in brackets
    alone is 総則."""
    text = ("第1章 (総則)\n"
            "第1条 この規程は、図書室の利用について定める。\n"
            "第2章 雑則(補則)\n"
            "第2条 この規程に定めるもののほか、必要な事項は館長が定める。\n")
    doc = _doc(tmp_path, text)
    assert [(c.label, c.title) for c in doc.chapters] == [("第1章", "総則"), ("第2章", "雑則(補則)")]
