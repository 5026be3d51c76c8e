"""Layouts of published terms, rules and 定款 that the structure stage read wrong (public documents of pub15 and
pub16). Each test rewrites a sample of raw/ in the page's layout, or uses a short snippet written the same way,
and asserts what a reader of the page sees."""

import html

import pytest
from conftest import doc_from_text
from test_format_invariance import _errors_and_warnings, _shape
from test_public_layouts import _to_last_article


def _body_lines(doc, a) -> list[str]:
    t = doc.norm.text
    return [x.strip() for x in t[a.heading_span[1]:a.span[1]].split("\n") if x.strip()]


def _span_heading_page(doc, spaced: bool) -> str:
    """``doc`` as a members' rules page whose headings hold the article's number in a <span> of its own:
    <h3><span>第1条</span>運営管理会社</h3> (``spaced``: a space after the </span>)."""
    out = ["<html><body><main><h1>会員規約</h1>"]
    for a in doc.articles:
        out.append(f"<article><h3><span>第{a.number}条</span>{' ' if spaced else ''}{html.escape(a.title)}</h3>"
                   + "".join(f"<p>{html.escape(x)}</p>" for x in _body_lines(doc, a)) + "</article>")
    return "\n".join(out) + "</main></body></html>\n"


@pytest.mark.parametrize("name", ["gmo_service", "basic"])
def test_an_article_number_in_a_span_of_its_own_is_set_apart_from_the_title(name):
    """<h3><span>第1条</span>運営管理会社</h3>: the page shows the number and the title apart; joined
    (「第1条運営管理会社」) the line was no heading, and a 28-article page lost every article (its items read as
    sections, 第10条 to 第28条 left in no unit). The sample so written reads as the page with a space after </span>."""
    sample = _to_last_article(name)
    assert all(a.title for a in sample.articles)
    glued = doc_from_text(_span_heading_page(sample, False), "kiyaku.html")
    spaced = doc_from_text(_span_heading_page(sample, True), "kiyaku.html")
    assert [(a.number, a.title) for a in spaced.articles] == [(a.number, a.title) for a in sample.articles]
    assert _shape(glued) == _shape(spaced)
    assert _errors_and_warnings(glued) == _errors_and_warnings(spaced)


def test_a_number_in_an_inline_element_before_a_particle_stays_a_citation():
    """<b>第2条</b>の規定… at the start of a line is a citation: no gap is put after the number."""
    page = ("<html><body><h3>第1条（目的）</h3><p>本規約は利用条件を定めます。</p><h3>第2条（料金）</h3>"
            "<p><b>第1条</b>の規定にかかわらず、料金は別に定めます。</p></body></html>")
    doc = doc_from_text(page, "terms.html")
    assert [a.number for a in doc.articles] == ["1", "2"]
    assert "第1条の規定にかかわらず" in doc.articles[1].paragraphs[0].text


def _label_newline_page(doc, newline: bool) -> str:
    """``doc`` as an association's 定款 page: each article a <p>, its caption and its lines separated by <br />, and
    the number of the article (``newline``) on a source line of its own above its first sentence, as 「第37条⏎
    本協会の…」, else followed by &nbsp;."""
    out = ["<html><body>"]
    for a in doc.articles:
        body = [html.escape(x) for x in _body_lines(doc, a)]
        sep = "\n  " if newline else "&nbsp;"
        out.append(f"<p>\n  （{html.escape(a.title)}）<br />\n  第{a.number}条{sep}{body[0]}<br />\n"
                   + "".join(f"  {x}<br />\n" for x in body[1:]) + "</p>")
    return "\n".join(out) + "</body></html>\n"


@pytest.mark.parametrize("name", ["gmo_service", "basic"])
def test_a_line_break_after_an_article_number_separates_it_from_the_text(name):
    """「第37条⏎  本協会の事業年度は、…」 in a <p>: a browser shows 「第37条 本協会の…」 (the source line break is a
    space after the number). It was dropped as a break between two CJK characters, 「第37条本協会の…」 read as a
    citation, the article lost in the one before it and a numbering gap reported. The sample so written reads the
    articles, titles and findings of the page with &nbsp; after each number."""
    sample = _to_last_article(name)
    broken = doc_from_text(_label_newline_page(sample, True), "teikan.html")
    spaced = doc_from_text(_label_newline_page(sample, False), "teikan.html")
    assert [(a.number, a.title) for a in spaced.articles] == [(a.number, a.title) for a in sample.articles]
    assert [(a.number, a.title) for a in broken.articles] == [(a.number, a.title) for a in spaced.articles]
    assert _shape(broken) == _shape(spaced)
    assert _errors_and_warnings(broken) == _errors_and_warnings(spaced)


_WIDE = str.maketrans("0123456789", "０１２３４５６７８９")


def _item_lines(items) -> list[str]:
    out = []
    for it in items:
        out.append(f"{it.label}{it.text}".replace("\n", ""))
        out.extend(_item_lines(it.items))
    return out


def _numbered_page(doc, sep: str) -> str:
    """``doc`` as a rules page of <dl>: <dt>第N条（title）</dt>, then in <dd> the lines of the article separated by
    <br>, each paragraph after the first labelled 「２」 and ``sep`` before its text (「２　」, 「２、」, 「２」 glued)."""
    out = ["<html><body><dl>"]
    for a in doc.articles:
        lines = []
        for p in a.paragraphs:
            text = p.text.replace("\n", "")
            lines.append(text if p.number in (None, 1) else f"{str(p.number).translate(_WIDE)}{sep}{text}")
            lines.extend(_item_lines(p.items))
        out.append(f"<dt>第{a.number}条（{html.escape(a.title)}）</dt>\n<dd>" + "<br>\n".join(html.escape(x) for x in lines)
                   + "</dd>")
    return "\n".join(out) + "</dl></body></html>\n"


@pytest.mark.parametrize("sep", ["、", ""])
@pytest.mark.parametrize("name", ["gmo_service", "basic", "itrust"])
def test_paragraph_numbers_followed_by_a_comma_or_glued_to_the_text_are_read_in_sequence(name, sep):
    """「２、事務局の職員は…」 and 「２英文名は…」: 項 numbers written with 、 or without a space (a 規程's and a
    定款's pages). They were left in the first paragraph's text (「…。⏎2、事務局の職員は…」), so 「前項」 in them had
    nothing to point at. Where the number is the article's next one after a finished sentence, it is a 項: the
    sample so written reads the paragraphs, items and findings of the page that writes 「２　」."""
    sample = _to_last_article(name)
    assert sum(1 for a in sample.articles for p in a.paragraphs if p.number and p.number > 1) >= 10
    spaced = doc_from_text(_numbered_page(sample, "\u3000"), "kitei.html")
    loose = doc_from_text(_numbered_page(sample, sep), "kitei.html")
    assert [(a.number, a.title) for a in spaced.articles] == [(a.number, a.title) for a in sample.articles]
    assert _shape(loose) == _shape(spaced)
    assert _errors_and_warnings(loose) == _errors_and_warnings(spaced)


def test_items_numbered_with_a_comma_under_their_lead_and_the_paragraph_after_them():
    """A 規程's 「１、本人の同意があるとき。」 under 「ただし、次の各号のいずれかに該当する場合は、この限りでない。」 are its
    号, and 「２、対象となる個人情報は…」 after the 号 is the article's second 項 (it was read before the 号, in the
    lead's text)."""
    page = ("<html><body><dl><dt>第1条（取得）</dt><dd>事務局は、本人から個人情報を取得する。ただし、次の各号のいずれかに"
            "該当する場合は、この限りでない。<br>\n１、本人の同意があるとき。<br>\n２、法令等に定めがあるとき。<br>\n"
            "２、前項の規定は、委託先にも適用する。</dd>\n<dt>第2条（保管）</dt><dd>個人情報は、施錠して保管する。</dd>"
            "</dl></body></html>")
    doc = doc_from_text(page, "kitei.html")
    first = doc.articles[0]
    assert [(p.number, [(i.number, i.text) for i in p.items]) for p in first.paragraphs] == [
        (None, [(1, "本人の同意があるとき。"), (2, "法令等に定めがあるとき。")]), (2, [])]
    assert first.paragraphs[1].text == "前項の規定は、委託先にも適用する。"


@pytest.mark.parametrize("line", ["2年以内に退会した者は、再入会できない。", "3日前までに届け出るものとする。",
                                  "2名以上の理事の同意を要する。", "10万円を上限とする。"])
def test_a_number_counting_something_at_a_line_start_is_no_paragraph(line):
    """After a finished sentence, a line starting with what a number counts (「2年以内に」「3日前」「2名以上」) is the next
    sentence, even where 2 would be the article's next 項."""
    page = f"<html><body><h3>第1条（会員）</h3><p>会員は、会費を納める。<br>\n{line}</p></body></html>"
    doc = doc_from_text(page, "kitei.html")
    assert [p.number for p in doc.articles[0].paragraphs] == [None]
    assert doc.articles[0].paragraphs[0].text.endswith(line.replace("10万円", "10万円"))


def _list_page(doc, heading: str) -> str:
    """The paragraphs of ``doc``'s article with the most of them as a page of its own: its title (after ``heading``,
    「# 」 or nothing) and a Markdown list 1., 2., … of its paragraphs."""
    art = max(doc.articles, key=lambda a: len(a.paragraphs))
    lines = [f"{k}. {p.text.replace(chr(10), '')}" for k, p in enumerate(art.paragraphs, 1)]
    return f"{heading}{art.title}\n\n" + "\n".join(lines) + "\n"


def test_a_page_that_is_a_title_and_a_numbered_list_reads_the_list_as_provisions():
    """「#ChordWiki 利用規約」 (no space: Markdown shows it as text, not a heading) and a list 1.–11. of provisions: every
    provision was left in the preamble, no unit to check or compare. The title heads them as where it is set as a
    heading: the paragraphs of an article of a sample so written read the same either way."""
    sample = _to_last_article("basic")
    plain = doc_from_text(_list_page(sample, ""), "kiyaku.md")
    headed = doc_from_text(_list_page(sample, "# "), "kiyaku.md")
    assert len(headed.articles) == 1 and len(headed.articles[0].paragraphs) >= 10
    assert _shape(plain) == _shape(headed)
    assert [p.text for p in plain.articles[0].paragraphs] == [p.text for p in headed.articles[0].paragraphs]


def test_a_list_after_an_introduction_is_not_made_a_clause():
    """The title alone before the list heads it; a page that opens with sentences keeps them as its preamble."""
    text = ("利用規約\n本規約は、当サイトの利用条件を定めるものです。\n\n1. 利用者は本規約に同意したものとみなします。\n"
            "2. 当サイトは投稿を削除できるものとします。\n3. 当サイトは本規約を変更できるものとします。\n")
    assert doc_from_text(text, "kiyaku.md").articles == []


def _lines_of(doc, a, dot_items: bool) -> list[str]:
    """The lines of article ``a``: paragraphs labelled 「２　」, items indented, labelled as written or (``dot_items``,
    in an article whose one paragraph leads them) 「１．」."""
    lead_only = len(a.paragraphs) == 1 and a.paragraphs[0].number is None
    out = []
    for p in a.paragraphs:
        text = p.text.replace("\n", "")
        out.append(text if p.number in (None, 1) else f"{str(p.number).translate(_WIDE)}\u3000{text}")
        for it in p.items:
            label = f"{str(it.number).translate(_WIDE)}．" if dot_items and lead_only else it.label
            out.append(f"\u3000\u3000{label}{it.text.replace(chr(10), '')}")
            out.extend(f"\u3000\u3000\u3000{x}" for x in _item_lines(it.items))
    return out


def _pre_page(doc, dot_items: bool) -> str:
    """``doc`` as a club's 会則 page: the whole text in a <pre>, captions above 第N条."""
    out = ["<html><body><main><pre>"]
    for a in doc.articles:
        out.append(f"({html.escape(a.title)})\n\u3000第{str(a.number).translate(_WIDE)}条\u3000"
                   + "\n".join(html.escape(x) for x in _lines_of(doc, a, dot_items)))
    return "\n".join(out) + "\n</pre></main></body></html>\n"


@pytest.mark.parametrize("name", ["gmo_service", "itrust", "basic"])
def test_items_labelled_like_paragraphs_under_a_lead_sentence_are_its_items(name):
    """「第４条　本会は、…次に揚げる事業を行う。」⏎「１．ユネスコ精神の…」…「８．前各号に掲げるもののほか…」 in a <pre>:
    a run from 1 after the article's one unnumbered paragraph that points at what follows (次に, 以下の, 下記の) is its
    号, as 「前各号」 says (they were read as 項 1 to 8 after an unnumbered 項, and 「前各号」 as a dangling
    reference). The sample so written, the items under each such lead labelled 「１．」, reads as with 「（１）」."""
    sample = _to_last_article(name)
    assert sum(1 for a in sample.articles if len(a.paragraphs) == 1 and a.paragraphs[0].items) >= 2
    dotted = doc_from_text(_pre_page(sample, True), "kaisoku.html")
    bracketed = doc_from_text(_pre_page(sample, False), "kaisoku.html")
    assert [(a.number, a.title) for a in bracketed.articles] == [(a.number, a.title) for a in sample.articles]
    assert _shape(dotted) == _shape(bracketed)
    assert _errors_and_warnings(dotted) == _errors_and_warnings(bracketed)


def test_a_numbered_paragraph_after_an_unnumbered_one_that_announces_nothing_stays_a_paragraph():
    text = ("第1条（会費）\n会員は、会費を納める。\n1. 会費の額は、総会で定める。\n2. 納めた会費は返還しない。\n"
            "第2条（退会）\n会員は、いつでも退会できる。\n")
    doc = doc_from_text(text, "kaisoku.txt")
    assert [(p.number, len(p.items)) for p in doc.articles[0].paragraphs] == [(None, 0), (1, 0), (2, 0)]


def _wrapped_page(doc, wrap: bool) -> str:
    """``doc`` as an association's page of <br />s: each item that has one after it (and ends no sentence inside)
    broken after its first 、 onto a second source line (``wrap``), indented deeper, as 「（６）…展示会等の開催」⏎
    「その他…に関すること」⏎「（７）…」."""
    out = ["<html><body>"]
    for a in doc.articles:
        lines = [f"（{html.escape(a.title)}）", f"第{a.number}条&nbsp;"]
        first = True
        for p in a.paragraphs:
            text = html.escape(p.text.replace("\n", ""))
            if first:
                lines[-1] += text
                first = False
            else:
                lines.append(f"&nbsp;&nbsp;{p.number}&nbsp;{text}")
            for k, it in enumerate(p.items):
                body = it.text.replace("\n", "")
                cut = body.find("、")
                if wrap and k + 1 < len(p.items) and not it.items and 0 < cut < len(body) - 1 and "。" not in body[:-1]:
                    lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{it.label}{html.escape(body[:cut + 1])}")
                    lines.append("&nbsp;" * 12 + html.escape(body[cut + 1:]))
                else:
                    lines.append(f"&nbsp;&nbsp;&nbsp;&nbsp;{it.label}{html.escape(body)}")
                lines.extend("&nbsp;" * 8 + html.escape(x) for x in _item_lines(it.items))
        out.append("<p>\n  " + "<br />\n  ".join(lines) + "<br />\n</p>")
    return "\n".join(out) + "</body></html>\n"


@pytest.mark.parametrize("name", ["gmo_service", "basic"])
def test_an_item_wrapped_onto_a_second_line_keeps_it(name):
    """「（２）正当な理由なく、…催告しても」⏎「その支払いに応じず、…退会と決議したとき」⏎「（３）…」 on a page of <br />s or in
    a <pre>: the second line was read as the text of the paragraph that leads the items (its 「前項の」 sentence then
    a jumble). A line between two items of one list, after an item that ended no sentence, goes on with the item
    before it. The sample so written reads its paragraphs, items and findings as with every item on one line."""
    sample = _to_last_article(name)
    wrapped = doc_from_text(_wrapped_page(sample, True), "teikan.html")
    whole = doc_from_text(_wrapped_page(sample, False), "teikan.html")
    assert _wrapped_page(sample, True).count("&nbsp;" * 12) >= 5
    assert [(a.number, a.title) for a in whole.articles] == [(a.number, a.title) for a in sample.articles]
    assert _shape(wrapped) == _shape(whole)
    texts = [[[i.text.replace("\n", "") for i in p.items] + [p.text.replace("\n", "")] for p in a.paragraphs]
             for a in wrapped.articles]
    assert texts == [[[i.text.replace("\n", "") for i in p.items] + [p.text.replace("\n", "")] for p in a.paragraphs]
                     for a in whole.articles]
    assert _errors_and_warnings(wrapped) == _errors_and_warnings(whole)


def test_a_numbered_list_after_a_table_at_an_articles_head_is_its_paragraphs():
    """「第5条（利用料金および支払方法）」, a fee table, then <ol> 1.–3. (web terms whose 第1条 is the same <ol> alone): the
    table leads no list, so 1.–3. are the article's 項, as the page shows them, not 号 of the table. A lead sentence
    before the list still makes it its items."""
    ol = ("<ol><li>お客様は、当社が指定する期日までに月額利用料を支払うものとします。</li>"
          "<li>独自ドメインの費用は、お客様の負担とします。</li><li>当社は、利用料金を改定できるものとします。</li></ol>")
    page = ("<html><body><main><h2>第1条（適用）</h2><ol><li>本規約は、当社とお客様との一切の関係に適用されます。</li>"
            "<li>個別規定が優先します。</li></ol><h2>第2条（利用料金および支払方法）</h2>{head}" + ol + "</main></body></html>")
    table = "<table><tr><th>初期費用</th><td>0円</td></tr><tr><th>支払方法</th><td>当社が定める方法</td></tr></table>"
    tabled = doc_from_text(page.format(head=table), "terms.html")
    assert [(p.number, len(p.items)) for p in tabled.articles[1].paragraphs] == [(None, 0), (1, 0), (2, 0), (3, 0)]
    led = doc_from_text(page.format(head="<p>利用料金は次のとおりとします。</p>"), "terms.html")
    assert [(p.number, len(p.items)) for p in led.articles[1].paragraphs] == [(None, 3)]


def _decimal_page(doc, decimal: bool) -> str:
    """``doc`` as a Markdown NDA: 「## 第N条　title」, each paragraph labelled 「N.M 」 (``decimal``) or 「M　」, its items
    below it as written, blank lines between."""
    out = []
    for a in doc.articles:
        out.append(f"## 第{a.number}条　{a.title}")
        for k, p in enumerate(a.paragraphs, 1):
            label = f"{a.number}.{k} " if decimal else f"{str(k).translate(_WIDE)}\u3000"
            out.append(label + p.text.replace("\n", ""))
            out.extend(_item_lines(p.items))
    return "\n\n".join(out) + "\n"


@pytest.mark.parametrize("name", ["gmo_service", "itrust"])
def test_paragraphs_numbered_with_their_articles_number_are_its_paragraphs(name):
    """「1.1 本契約において…」「1.2 開示の状況から…」 under 「## 第1条」 (an NDA in Markdown): the paragraphs were one
    unnumbered text (1.2 glued to the item before it, 4.2's 「前項」 pointing at nothing). A line numbered N.M in 第N条,
    M the article's next paragraph, is its paragraph M: the sample so written reads as with 「２　」 labels."""
    sample = _to_last_article(name)
    decimal = doc_from_text(_decimal_page(sample, True), "nda.md")
    plain = doc_from_text(_decimal_page(sample, False), "nda.md")
    assert [(a.number, a.title) for a in plain.articles] == [(a.number, a.title) for a in sample.articles]
    assert [[(p.number, len(p.items)) for p in a.paragraphs] for a in decimal.articles] \
        == [[(p.number or 1, len(p.items)) for p in a.paragraphs] for a in plain.articles]
    # the same findings (an excerpt may start with the label, 「28.1本約款…」 for 「1本約款…」)
    assert [r for r, _ in _errors_and_warnings(decimal)] == [r for r, _ in _errors_and_warnings(plain)]


_FOOTER = ("<br />\n<p>\n  一般社団法人&nbsp;&nbsp;日本テスト協会&nbsp;&nbsp;事務局<br />\n  東京都中央区日本橋小網町7-2&nbsp;&nbsp;テストビル7F<br />\n"
           "  TEL.03-3663-6281&nbsp;&nbsp;FAX.03-3667-9637<br />\n</p>\n")


@pytest.mark.parametrize("name", ["gmo_service", "basic"])
def test_a_contact_footer_after_the_last_article_is_no_part_of_it(name):
    """A 定款 page ending with the association's office, address and 「TEL.03-…　FAX.03-…」 after its last article: the
    lines were read into that article (and a stray-space info raised on the address). The sample so written reads
    its articles and findings as without the footer, which is the document's closing."""
    sample = _to_last_article(name)
    page = _label_newline_page(sample, False)
    footed = doc_from_text(page.replace("</body>", _FOOTER + "</body>"), "teikan.html")
    bare = doc_from_text(page, "teikan.html")
    assert _shape(footed) == _shape(bare)
    assert footed.articles[-1].paragraphs[-1].text == bare.articles[-1].paragraphs[-1].text
    assert [b.text for b in footed.closing][-1].startswith("TEL.03-3663-6281")
    assert _errors_and_warnings(footed) == _errors_and_warnings(bare)


def test_contact_lines_a_last_article_announces_are_its_own():
    text = ("第1条（目的）\n本規約は利用条件を定めます。\n第2条（お問い合わせ）\n本規約に関するお問い合わせは、以下の窓口までお願いします。\n"
            "株式会社テスト　お客様窓口\nTEL 03-1234-5678\n")
    doc = doc_from_text(text, "terms.txt")
    assert doc.articles[-1].paragraphs[-1].text.endswith("TEL 03-1234-5678")


_KAISOKU = ("<html><body><main><pre>\n(会費)\n　第１条　本会の会員は、別に細目をもって定めるところにより、会費を負担しなければならない。\n"
            "(会計年度)\n　第２条　本会の会計年度は、毎年４月１日に始まり、翌年３月３１日をもって終わる。\n\n附則\n{fusoku}\n"
            "</pre></main></body></html>")


def test_rules_named_after_the_supplementary_provisions_are_a_part_of_their_own():
    """「附則」⏎「この会則は、…から施行する。」⏎「細目」⏎「（会費）」⏎「第１条　会則第１条に規定する会費は次による。」 (a club's
    会則): the 細目 the 会則 delegates to were read as the 附則's articles (its text ending 「…施行する。⏎細目」). A word
    alone on its line after the 附則's text, over articles numbered from 第1条 again, names a part of its own."""
    page = _KAISOKU.format(fusoku="この会則は、２０２１年４月２４日から施行する。\n\n細目\n（会費）\n"
                                  "　第１条　会則第１条に規定する会費は次による。\n個人会員　　５，０００円\n")
    doc = doc_from_text(page, "kaisoku.html")
    assert [s.text for s in doc.supplementary] == ["この会則は、2021年4月24日から施行する。"]
    assert [s.articles for s in doc.supplementary] == [[]]
    assert [(x.label, [(a.number, a.title) for a in x.articles]) for x in doc.annexes] == [("細目", [("1", "会費")])]


def test_the_supplementary_provisions_own_articles_stay_theirs():
    """附則 with articles of its own (「（施行期日）⏎第１条」) keeps them: a caption is no part's name."""
    page = _KAISOKU.format(fusoku="（施行期日）\n　第１条　この会則は、２０２１年４月２４日から施行する。\n"
                                  "（経過措置）\n　第２条　従前の会費は、なお効力を有する。\n")
    doc = doc_from_text(page, "kaisoku.html")
    assert [[a.number for a in s.articles] for s in doc.supplementary] == [["1", "2"]]
    assert doc.annexes == []
