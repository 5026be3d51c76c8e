"""Five article-heading styles of published pages (pub209–pub212 readings) that the structure read wrongly, each
stated here in sentences written for the test in the shape of the page (the pages themselves stay outside the
repository, as their stores ask), and a look-alike of each that stays as it was."""

from pipeline.api import read_document
from pipeline.checks import run_checks


def _doc(tmp_path, text, name="doc.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return read_document(p)


def _heads(doc):
    return [(a.number, a.title) for a in doc.articles]


# ------------------------------------------------------------------ 1. numbered heading lines 「1.取扱店の範囲」


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


# ------------------------------------------------------------------ 2. 「第1条)費用」: closed by a half bracket


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


# ------------------------------------------------------------------ 3. a list bullet before the heading


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


# ------------------------------------------------------------------ 4. a page flattened onto one line


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


# ------------------------------------------------------------------ 5. a lone paragraph label, then a citation


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
