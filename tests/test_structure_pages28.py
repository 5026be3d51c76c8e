"""Twelve article-heading and list layouts of published pages (pub209–pub224 readings) that the structure read wrongly,
each stated here in sentences written for the test in the shape of the page (the pages themselves stay outside the
repository, as their stores ask), and a look-alike of each that stays as it was. Three rounds: numbered heading
lines, half-bracket labels, bullets, inline marks, a lone paragraph label; headings run on after 。, a contract on
one line, bare bulleted headings, contents without 目次; a heading mid-line, 要綱 sections 第N, bulleted 号."""

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

# ------------------------------------------------------------------ 1.1. numbered heading lines 「1.取扱店の範囲」


SHORT_NUMBERED = (
    "会員規定\n\n\n"
    "1.会員の範囲\n\n"
    "\u3000会員とは、当会に入会を申し込み、当会が承認した個人をいいます。\n\n"
    "2.会費の決済、返金\n\n\n"
    "3.会員証\n\n\n"
    "4.届出事項の変更、会員証の再発行等\n\n\n"
    "5.通知\n\n"
    "\u3000当会からの通知は、届出の住所にあてて発送したときに到達したものとみなします。\n"
)


def test_short_numbered_headings_with_a_listing_title_are_the_sections(tmp_path):
    """「2.会費の決済、返金」: a title that lists with 、 among numbered heading lines that are the document's only
    sequence 1..n, no 。 in any, most bodies cut away: each heads a section (before: none did, all 前文)."""
    doc = _doc(tmp_path, SHORT_NUMBERED)
    assert _heads(doc) == [("1", "会員の範囲"), ("2", "会費の決済、返金"), ("3", "会員証"),
                           ("4", "届出事項の変更、会員証の再発行等"), ("5", "通知")]
    assert doc.articles[0].paragraphs[0].text.startswith("会員とは")
    assert doc.preamble.text == "会員規定"


def test_numbered_items_inside_a_section_stay_its_items(tmp_path):
    """The same style with a list 「1.氏名、住所」 under a section: the numbers run 1..n twice, so the titles that
    list with 、 are not read as headings, and the list stays the text of the section it stands in."""
    text = ("会員規定\n"
            "1.会員の範囲\n"
            "会員とは、当会が承認した個人をいいます。\n"
            "2.届出事項\n"
            "会員は、次の事項を届け出るものとします。\n"
            "1.氏名、住所\n"
            "2.電話番号、電子メールアドレス\n"
            "3.通知\n"
            "当会からの通知は、届出の住所にあてて発送します。\n")
    doc = _doc(tmp_path, text)
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    assert "1.氏名、住所" in doc.articles[1].text


def test_numbered_list_inside_an_article_stays_items(tmp_path):
    """Under 第N条, a list 「1.…」「2.…」 with 、 in its entries is the article's, never sections."""
    text = ("第1条（届出）\n"
            "会員は、次の事項を届け出るものとします。\n"
            "1.氏名、住所\n"
            "2.電話番号、電子メールアドレス\n"
            "3.生年月日\n"
            "第2条（通知）\n"
            "当会からの通知は、届出の住所にあてて発送します。\n")
    doc = _doc(tmp_path, text)
    assert [a.number for a in doc.articles] == ["1", "2"]
    assert "電話番号" in doc.articles[0].text


# ------------------------------------------------------------------ 1.2. 「第1条)費用」: closed by a half bracket


def test_article_label_closed_by_a_half_bracket(tmp_path):
    """「- 第1条)受講料」「第2条)契約期間」: the label closed with ) only, a list's 1) under it (before: 0 articles)."""
    text = ("受講規約\n"
            "- 第1条)受講料\n"
            "1) 入会金と月謝が必要です。\n"
            "2) 月謝を改める場合は、1か月前までにお知らせします。\n"
            "第2条)契約期間\n"
            "1) 契約は1か月ごとに自動で更新されます。\n"
            "第3条)支払方法\n"
            "1) 毎月末日までにお支払いください。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "受講料"), ("2", "契約期間"), ("3", "支払方法")]


def test_a_wrapped_bracketed_citation_closed_by_a_half_bracket_stays_text(tmp_path):
    """「(前条及び⏎第3条)に定める…」: a bracketed citation wrapped before its ) goes on as a sentence."""
    text = ("第1条（目的）\n"
            "本規約は、会員の権利(前条及び\n"
            "第3条)に定めるものを含む。)を定める。\n"
            "第2条（定義）\n"
            "本規約の用語は、次のとおりとする。\n")
    doc = _doc(tmp_path, text)
    assert [a.number for a in doc.articles] == ["1", "2"]


# ------------------------------------------------------------------ 1.3. a list bullet before the heading


def test_bulleted_lines_and_a_space_inside_the_label(tmp_path):
    """Every line a page's bullet 「- 」, the captions above the headings, an empty bullet between, and the heading
    written 「- 第 2条 甲は…」 (before: 0 articles)."""
    text = ("駐輪場使用契約書\n"
            "貸主(以下「甲」という。)と借主(以下「乙」という。)は、次のとおり契約を締結する。\n"
            "- (承諾)\n"
            "-\n"
            "- 第 1条 乙は、甲が定める利用約款を守ることを確認する。\n"
            "- 2 駐輪場の出入りは、甲の指定する方法によるものとする。\n"
            "- (使用区画)\n"
            "-\n"
            "- 第 2条 甲が乙に貸す区画は、次のとおりとする。\n"
            "- (1) 名称 申込みの対象の駐輪場\n"
            "- (2) 所在地 申込みの対象の住所\n"
            "- (車両)\n"
            "-\n"
            "- 第 3条 乙は、届け出た自転車のみを駐輪するものとする。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "承諾"), ("2", "使用区画"), ("3", "車両")]
    assert [p.number for p in doc.articles[0].paragraphs] == [None, 2]
    assert len(doc.articles[1].paragraphs[0].items) == 2


def test_a_bullet_before_a_titled_heading(tmp_path):
    """「- 第4条（…）」 and 「• 第1条」 are the headings they carry."""
    text = ("• 第1条（目的）\n"
            "本規約は、会の運営を定める。\n"
            "- 第2条（会員）\n"
            "会員は、会の目的に賛同する者とする。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "目的"), ("2", "会員")]


def test_a_bulleted_citation_stays_text(tmp_path):
    """「- 第3条の規定により…」 in a bulleted list cites; it heads nothing."""
    text = ("第1条（目的）\n"
            "本規約は、次の場合に適用する。\n"
            "- 第3条の規定により会員が届け出た場合\n"
            "第2条（会員）\n"
            "会員は、会の目的に賛同する者とする。\n")
    doc = _doc(tmp_path, text)
    assert [a.number for a in doc.articles] == ["1", "2"]
    assert "第3条の規定により" in doc.articles[0].text


def test_bulleted_articles_a_sentence_announces_stay_its_text(tmp_path):
    """「以下は…存続する。」⏎「・第3条」⏎「・第4条」: the articles the sentence cites, listed with bullets, head
    nothing; nor does a run of three titled ones with no text between (a page's list of links to its articles)."""
    text = ("第1条（目的）\n"
            "本契約は、業務の委託について定める。\n"
            "第2条（存続条項）\n"
            "以下は、本契約の終了後も存続する。\n"
            "・第3条\n"
            "・第4条\n"
            "第3条（報酬）\n"
            "甲は、乙に報酬を支払う。\n"
            "第4条（秘密保持）\n"
            "乙は、秘密を守る。\n")
    doc = _doc(tmp_path, text)
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4"]
    assert "・第4条" in doc.articles[1].text
    links = ("会員規約\n"
             "- 第1条（適用）\n"
             "- 第2条（会員）\n"
             "- 第3条（会費）\n"
             "この規約は、当店の会員に適用します。\n")
    assert _doc(tmp_path, links).articles == []


def test_bulleted_titled_headings_under_an_announcing_preamble(tmp_path):
    """「…以下のとおり本規約を定めます。」⏎「- 第1条（定義）」⏎「- 本規約の用語は…」: each bulleted heading over its
    bulleted text heads its article."""
    text = ("当店は、以下のとおり本規約を定めます。\n"
            "- 第1条（定義）\n"
            "- 本規約の用語は、次のとおりとします。\n"
            "- 第2条（会員）\n"
            "- 会員は、当店が承認した者とします。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "定義"), ("2", "会員")]


# ------------------------------------------------------------------ 1.4. a page flattened onto one line


def test_marked_headings_inline_after_a_sentence_end(tmp_path):
    """「…同意を要します。 第一章 総則 ◆第1 条 (所在地) …です。 ◆第2 条 (運営) …」: each marked heading after a
    sentence's end starts an article, and the chapter between a 。 and the first one is a chapter (before: none)."""
    text = ("教室規約 本規約には、教室の受講に際して承知いただく事項を記載しています。 第一章 総則 "
            "◆第1 条 (所在地) 教室の住所は東京都の中央区です。 ◆第2 条 (運営) 教室は当社が運営します。 "
            "◆第3 条 (目的) 1.外国語の学習を支援します。 2.異文化の理解を深めます。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "所在地"), ("2", "運営"), ("3", "目的")]
    assert doc.articles[0].text.endswith("教室の住所は東京都の中央区です。")
    assert [(c.label, c.title) for c in doc.chapters] == [("第一章", "総則")]
    assert doc.articles[0].chapter == "第一章 総則"


def test_a_citation_inside_a_one_line_sentence_is_not_split(tmp_path):
    """「…第3条の規定により…」 inside a sentence (no ◆, no 。 before it) and 「◆第5条の規定…」 (a mark before a
    citation) stay where they are."""
    text = ("第1条（目的） 本規約は、第3条の規定により会員の権利を定めます。 詳細は◆第5条の規定によります。\n"
            "第2条（会員） 会員は、会の目的に賛同する者とします。\n")
    doc = _doc(tmp_path, text)
    assert [a.number for a in doc.articles] == ["1", "2"]
    assert "第5条の規定" in doc.articles[0].text


# ------------------------------------------------------------------ 1.5. a lone paragraph label, then a citation


LONE_LABEL = ("第1条(定義)\n\n"
              "この特約の用語は、次のとおりとします。\n\n"
              "第2条(支払)\n\n"
              "(1)\n\n"
              "当会社は、被保険者が死亡した場合は、保険金を受取人に支払います。\n\n"
              "(2)\n\n"
              "第9条(受取人の変更)(1)または(2)の規定により相続人が受取人となる場合は、相続分の割合により支払います。\n\n"
              "(3)\n\n"
              "第9条(受取人の変更) 当会社は、相続人が2名以上であるときは、代表者を定めるよう求めます。\n\n"
              "第3条(責任)\n\n"
              "当会社は、前条の保険金を支払った後は、責任を負いません。\n")


def test_a_line_after_a_lone_paragraph_label_is_its_text(tmp_path):
    """「(2)」 alone, then 「第9条(受取人の変更)(1)または(2)の規定により…」: paragraph (2)'s text citing 第9条, not an
    article 第9条 (before: 第9条 read, and a numbering gap 第4条–第8条 reported)."""
    doc = _doc(tmp_path, LONE_LABEL)
    assert [a.number for a in doc.articles] == ["1", "2", "3"]
    assert "第9条(受取人の変更)(1)または(2)の規定により" in doc.articles[1].text
    assert "相続人が2名以上" in doc.articles[1].text
    assert [f for f in run_checks(doc) if f.rule == "numbering-gap"] == []


def test_a_heading_whose_line_cites_paragraphs_is_a_citation(tmp_path):
    """「第9条(…)(1)または(2)の規定により…」 at a paragraph's start, no lone label before it, cites; a heading whose
    first paragraph opens with its own label on the line, 「第2条(支払)(1)当会社は…」, stays a heading."""
    text = ("第1条(定義)\n"
            "この特約の用語は、次のとおりとします。\n"
            "第9条(受取人の変更)(1)または(2)の規定により相続人が受取人となる場合は、相続分の割合により支払います。\n"
            "第2条(支払)(1)当会社は、被保険者が死亡した場合は、保険金を支払います。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "定義"), ("2", "支払")]


def test_a_title_only_heading_after_a_lone_label_is_still_a_heading(tmp_path):
    """A heading that holds no text, 「第3条(責任)」, after an empty 「(2)」 cut by the page: it heads its article."""
    text = ("第1条(定義)\n"
            "この特約の用語は、次のとおりとします。\n"
            "第2条(支払)\n"
            "(1)\n"
            "当会社は、保険金を支払います。\n"
            "(2)\n"
            "第3条(責任)\n"
            "当会社は、前条の保険金を支払った後は、責任を負いません。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "定義"), ("2", "支払"), ("3", "責任")]


# ------------------------------------------------------------------ 2.1. a heading run onto the end of the line before


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


# ------------------------------------------------------------------ 2.2. a whole contract on one line


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


# ------------------------------------------------------------------ 2.3. 「- 第2条」 alone on a bullet line


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


# ------------------------------------------------------------------ 2.4. a table of contents with no 目次 line


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


# ------------------------------------------------------------------ 3.1. a heading mid-line, its article's text after it


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


# ------------------------------------------------------------------ 3.2. a 要綱's sections headed 第N (第1 趣旨)


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


# ------------------------------------------------------------------ 3.3. 「- 」 bullet lines as the 号 of the sentence above


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
