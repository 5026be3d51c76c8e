"""One test group per numbering construct of pipeline/grammar.py."""

import pytest

from pipeline import grammar


@pytest.mark.parametrize("line,number,title,rest", [
    ("第1条（目的）", "1", "目的", ""),
    ("第１条（目的）".translate(str.maketrans("１", "1")), "1", "目的", ""),
    ("第1条 約款の適用", "1", "約款の適用", ""),
    ("第26条 準拠法、裁判管轄", "26", "準拠法、裁判管轄", ""),
    ("第 5 条（サービスの利用条件等）", "5", "サービスの利用条件等", ""),
    ("第十五条", "15", None, ""),
    ("第二十一条の二　この法律は、次に定める。", "21_2", None, "この法律は、次に定める。"),
    ("第百三十二条の七十　国土交通大臣は、登録をする。", "132_70", None, "国土交通大臣は、登録をする。"),
    ("第百二十一条及び第百二十二条　削除", "121:122", None, "削除"),
    ("第19条 （サービスの廃止）", "19", "サービスの廃止", ""),
    # decorated as many terms are: a mark before, brackets around the number or the whole, a separator, 「」
    ("■第1条（目的）", "1", "目的", ""),
    ("(第1条) 名称および運営", "1", "名称および運営", ""),  # the number in brackets, the title after it
    ("（第5条）会員登録", "5", "会員登録", ""),
    ("第8条（会員（利用者）の義務、禁止行為）", "8", "会員（利用者）の義務、禁止行為", ""),  # brackets in the title
    ("【第8条】(会員(利用者)の義務)", "8", "会員(利用者)の義務", ""),
    ("◆ 第2条 定義", "2", "定義", ""),
    ("【第3条】利用料金", "3", "利用料金", ""),
    ("＜第4条＞ 禁止事項", "4", "禁止事項", ""),
    ("【第5条（免責）】", "5", "免責", ""),
    ("第6条．解除", "6", "解除", ""),
    ("第7条：準拠法", "7", "準拠法", ""),
    ("第8条 ‐ 分離可能性", "8", "分離可能性", ""),
    ("第9条「通知」", "9", "通知", ""),
    ("第1条 はじめに", "1", "はじめに", ""),  # a kana title opening with は (第1条は… cites)
    ("■第十条　この規約は、次に定める。", "10", None, "この規約は、次に定める。"),
    # the heading and the first paragraph on one line (a bold heading inline in a web page's <p>)
    ("第1条（目的）本規約は、利用条件を定める。", "1", "目的", "本規約は、利用条件を定める。"),
    ("第2条（変更）1.当社は、本規約を変更できる。", "2", "変更", "1.当社は、本規約を変更できる。"),
    ("第十条　第八条の規定は、前項の場合に準用する。", "10", None, "第八条の規定は、前項の場合に準用する。"),
])
def test_article_headings(line, number, title, rest):
    h = grammar.match_article_heading(line)
    assert h is not None
    assert (h.number, h.title, h.rest) == (number, title, rest)


@pytest.mark.parametrize("line", [
    "第21条の規定にかかわらず、当社は、サービス利用事業者の情報を第三者に取り扱わせることができる。",
    "第17条（責任の制限）、第18条（消費者契約に関する免責の特則）の規定は、なお効力を有する。",
    "第5条（サービスの利用条件等）第4項に規定する資料の情報等に誤りがあったことにより",
    "第2条に定める料金",
    "■第3条の規定により当社が定める料金",
    "【第3条の2】の規定は、適用しない。",
    "第2条（定義）に定める用語",
    "第5条（利用料金）2項に定める額",
    "第5条 の規定",
    "第5条 は、適用しない。",
])
def test_lines_beginning_with_a_reference_are_not_headings(line):
    assert grammar.match_article_heading(line) is None


def test_kanji_numbers():
    assert grammar.kanji_to_int("二十一") == 21
    assert grammar.kanji_to_int("百二十") == 120
    assert grammar.kanji_to_int("千二百三十四") == 1234
    assert grammar.kanji_to_int("二〇二五") == 2025
    assert grammar.kanji_to_int("元") == 1


@pytest.mark.parametrize("line,kind,number", [
    ("第1章 総則", "章", "1"),
    ("第四章の二　処分等の求め", "章", "4_2"),
    ("第１節 総則".translate(str.maketrans("１", "1")), "節", "1"),
    ("【第2章】利用契約", "章", "2"),
    ("■第3章 料金", "章", "3"),
    ("【第4章 禁止事項】", "章", "4"),
    ("第5章．雑則", "章", "5"),
])
def test_chapter_headings(line, kind, number):
    c = grammar.match_chapter_heading(line)
    assert c is not None and c.kind == kind and c.number == number


@pytest.mark.parametrize("line,heads,paged", [
    ("第1条　目的............1", ("条", "1"), True),  # …… after NFKC
    ("第12条（秘密保持）・・・・・4", ("条", "12"), True),
    ("第3条（利用料金） 2", ("条", "3"), True),
    ("第2章　利用契約.........3", ("章", "2"), True),
    ("第1条（目的）", ("条", "1"), False),
    ("第2章 利用契約", ("章", "2"), False),
])
def test_table_of_contents_entries(line, heads, paged):
    """A 目次 line: what it heads, and whether a page number follows (then it is an entry whatever comes after)."""
    assert grammar.toc_entry(line) == (heads, paged)


@pytest.mark.parametrize("line", ["本規約は、利用者に適用されます。", "目次", "1. 本サービスの内容 3"])
def test_lines_that_head_nothing_are_no_table_of_contents_entries(line):
    assert grammar.toc_entry(line) is None


@pytest.mark.parametrize("line,number,style", [
    ("1．本約款は", 1, "dot"),
    ("1. 本約款は", 1, "dot"),
    ("2　前項の場合", 2, "space"),
    ("12．当社は", 12, "dot"),
])
def test_paragraph_numbers(line, number, style):
    p = grammar.match_paragraph_number(line)
    assert p is not None and p.number == number and p.style == style


def test_decimal_is_not_a_paragraph_number():
    assert grammar.match_paragraph_number("1.5倍の料金") is None


@pytest.mark.parametrize("line,label,number,style", [
    ("(1) 本約款に違背して", "(1)", 1, "paren-number"),
    ("（1）本約款", "（1）", 1, "paren-number"),
    ("⑴ 本約款", "⑴", 1, "paren-number"),
    ("① 利用契約の申込", "①", 1, "circled"),
    ("⑳ その他", "⑳", 20, "circled"),
    ("一　法令　法律", "一", 1, "kanji"),
    ("三の二　子会社等", "三の二", 3, "kanji"),
    ("(ii) 施行令", "(ii)", 2, "roman"),
    ("(b) 情報", "(b)", 2, "latin"),
    ("- (1) 「本サービス」とは", "(1)", 1, "paren-number"),
    ("（ア）当社", "（ア）", 1, "paren-aiu|paren-iroha"),
    # a half bracket after the kana, under a Markdown bullet (「- イ）会長一名」, an unseen 会則, pub20)
    ("ロ）副会長一名", "ロ", 43, "aiu|iroha"),
    ("ハ)会計二名", "ハ", 26, "aiu|iroha"),
])
def test_item_labels(line, label, number, style):
    it = grammar.match_item_label(line)
    assert it is not None
    assert (it.label, it.number, it.style) == (label, number, style)


def test_ambiguous_labels_carry_both_readings():
    assert grammar.match_item_label("(i) 電子署名法").style == "roman|latin"
    assert grammar.match_item_label("イ　事実上の行為").style == "aiu|iroha"
    # ロ is 2nd in iroha order and 43rd in aiu order: the parser decides from the sequence
    assert grammar.match_item_label("ロ　申請により").style == "aiu|iroha"
    assert grammar.sequence_number("iroha", "ロ") == 2


@pytest.mark.parametrize("line,expected", [
    ("1. はじめに", ("1", "はじめに", 1)),
    ("2 Mozilla アカウント", ("2", "Mozilla アカウント", 1)),
    ("1.1 定義", ("1_1", "定義", 2)),
    # terms of service that number their articles 1., 2. with the title in brackets (and cite them 第4条(利用手続等))
    ("4.(利用手続等)", ("4", "利用手続等", 1)),
    ("2．【規約への同意】", ("2", "規約への同意", 1)),
])
def test_section_headings(line, expected):
    assert grammar.match_section_heading(line) == expected


def test_section_heading_rejects_sentences_and_quantities():
    assert grammar.match_section_heading("1. 本サービスは、当社が提供するものです。") is None
    assert grammar.match_section_heading("3 か月前までに") is None


def test_a_decimal_alone_on_its_line_is_no_paragraph_label():
    """「4.1年間以上本サービスの利用がない場合」 after 3. is paragraph 4 and its count; 「2.5年」 alone on its line (a cell
    of a table of years of service under paragraph 1, pub461) is a decimal: paragraphs 2–6 of that article were lost."""
    assert grammar.label_before_a_count("4.1年間以上本サービスの利用がない場合", 4) is not None
    assert grammar.label_before_a_count("2.5年", 2) is None
    assert grammar.label_before_a_count("6.5年以上", 6) is None
    from pathlib import Path

    from conftest import doc_from_text

    path = Path(__file__).parent / "fixtures" / "pub461" / "proofninja_shugyo.md"
    doc = doc_from_text(path.read_text(encoding="utf-8"), path.name)
    art = next(a for a in doc.all_articles() if a.number == "38")
    assert [p.number for p in art.paragraphs] == list(range(1, 14))


def test_a_table_row_is_no_section_heading():
    """A tournament's score table, 「順位|点数」 then 「1 |12」「2 |9」…, under its sections 1–6 (pub457): read as
    headings, its rows numbered sections 1–6 again and the real sections were lost in the preamble."""
    assert grammar.match_section_heading("1 |12") is None
    assert grammar.match_section_heading("2｜9") is None
    from conftest import doc_from_text

    rows = "\n".join(f"{n} |{p}" for n, p in ((1, 12), (2, 9), (3, 7)))
    text = (f"# 大会規約\n\n1 はじめに\n本規約は大会の形式を定めます。\n2 参加資格\n参加者は登録を要します。\n"
            f"3 試合方式\n試合は3試合行います。\n順位|点数\n{rows}\n4 禁止事項\n不正行為を禁止します。\n")
    doc = doc_from_text(text, "rules.md")
    assert [(a.number, a.title) for a in doc.all_articles()] == [
        ("1", "はじめに"), ("2", "参加資格"), ("3", "試合方式"), ("4", "禁止事項")]


def test_blocks():
    assert grammar.match_supplementary("附則（2023年6月15日実施）") == ("附則", "2023-06-15")
    assert grammar.match_supplementary("附 則") == ("附則", None)
    # 付則 is the other spelling terms of service use, and headings are decorated
    assert grammar.match_supplementary("付則") == ("附則", None)
    assert grammar.match_supplementary("【附則】") == ("附則", None)
    assert grammar.match_supplementary("■付則（2024年4月1日施行）") == ("附則", "2024-04-01")
    assert grammar.match_supplementary("附則の規定により") is None
    assert grammar.match_supplementary("【附則") is None
    assert grammar.match_annex("別紙 1 本サービスの内容") == ("別紙1", "本サービスの内容")
    assert grammar.match_annex("別紙に定めるものとします。") is None
    # a page sets its table apart with a note mark (pub46); a note that refers to it goes on as a sentence
    assert grammar.match_annex("※別表2（第4条関連）") == ("別表2", "第4条関連")
    assert grammar.match_annex("※別表1のとおりとする。") is None
    assert grammar.is_closing("以上") and grammar.is_closing("[以下余白]")
    assert grammar.match_history("2024年12月1日制定") == ("制定", "2024-12-01")
    assert grammar.match_history("発効日:2021年10月11日(Ver.1.5.3)") == ("発効日", "2021-10-11")
    assert grammar.find_date("令和元年5月1日施行") == "2019-05-01"


@pytest.mark.parametrize("line", ["（第3条の規定により…）", "（第1条第2項参照）", "（目的）", "(1) 申し込み"])
def test_bracketed_citations_and_captions_are_no_headings(line):
    assert grammar.match_article_heading(line) is None


@pytest.mark.parametrize("line,number", [("2項", 2), ("第3項", 3), ("12項　", 12)])
def test_a_paragraph_label_alone_on_its_line(line, number):
    label = grammar.match_paragraph_number(line)
    assert label is not None and label.number == number and label.end == len(line)


@pytest.mark.parametrize("line,number", [("1号", 1), ("第6号", 6)])
def test_an_item_label_alone_on_its_line(line, number):
    label = grammar.match_item_label(line)
    assert label is not None and label.number == number and label.end == len(line)


@pytest.mark.parametrize("line", ["2項に定める場合", "第3号の規定により", "1号機"])
def test_labels_with_text_after_them_are_no_label_lines(line):
    assert grammar.match_paragraph_number(line) is None or grammar.match_paragraph_number(line).style != "kou"
    assert grammar.match_item_label(line) is None or grammar.match_item_label(line).style != "gou"


@pytest.mark.parametrize("line,number,end", [("1項.　本規約は適用されます。", 1, 4), ("2項．管理者は責任を負いません。", 2, 3),
                                             ("第3項. 当社は…", 3, 5), ("1 項.　本規約は適用されます。", 1, 5)])
def test_a_paragraph_label_named_項_with_a_dot(line, number, end):
    lab = grammar.match_paragraph_number(line)
    assert (lab.style, lab.number, lab.end) == ("kou", number, end)


@pytest.mark.parametrize("line,number", [("一.　過度に暴力的な表現", 1), ("二．露骨な性的表現", 2), ("十.その他", 10)])
def test_a_kanji_item_label_with_a_dot(line, number):
    lab = grammar.match_item_label(line)
    assert (lab.style, lab.number) == ("kanji", number)


@pytest.mark.parametrize("line,number,title,rest", [
    ("（要件）第2条　労働者は、次の要件を満たすものとする。", "2", "要件", "労働者は、次の要件を満たすものとする。"),
    ("(目的) 第1条", "1", "目的", ""),
])
def test_a_caption_and_its_heading_on_one_line(line, number, title, rest):
    h = grammar.match_captioned_heading(line)
    assert (h.number, h.title, h.rest) == (number, title, rest)
    assert line[h.rest_offset:] == rest
    assert grammar.is_structural_start(line)


@pytest.mark.parametrize("line", ["（注）第5条の規定により、料金は別に定めます。", "（目的）第1条（目的）", "（第3条）", "（目的）"])
def test_a_parenthesis_before_a_citation_or_a_titled_heading_is_no_captioned_heading(line):
    assert grammar.match_captioned_heading(line) is None


@pytest.mark.parametrize("line,heads,paged", [("1. 一般事項", ("節", "1"), False), ("12.サービスヘルプ", ("節", "12"), False),
                                              ("3. 禁止事項............4", ("節", "3"), True)])
def test_table_of_contents_entries_of_numbered_sections(line, heads, paged):
    assert grammar.toc_entry(line, sections=True) == (heads, paged)
    assert grammar.toc_entry(line) is None


def test_a_latin_word_in_brackets_before_a_citation_is_no_caption():
    assert grammar.match_captioned_heading("(error) 第20条 → 特記事項「第10条第2項」") is None


def test_captions_set_off_by_a_mark_or_lenticular_brackets():
    # a hotel's 宿泊約款 (pub21): <dt>■適用範囲</dt><dd>第１条　…; Word templates write 【目的】
    for line, title in (("（目的）", "目的"), ("■適用範囲", "適用範囲"), ("【目的】", "目的"), ("◆ 宿泊契約の申込み", "宿泊契約の申込み")):
        assert grammar.is_caption(line) and grammar.caption_title(line) == title, line
    h = grammar.captions_heading("■適用範囲", "第1条　当ホテルが宿泊客との間で締結する宿泊契約は、この約款による。")
    assert h is not None and h.number == "1"
    # a sentence behind a mark is no caption
    for line in ("■お客様へのお願い。", "■当ホテルは、宿泊客の責任を負います。"):
        assert not grammar.is_caption(line), line
