"""The same terms written as a web page give the same structure and the same findings as the text file.

Each sample of raw/ (plain text from a PDF) is rendered the way web terms are written: Markdown with
「## 第N条（…）」 headings, paragraphs as a numbered list and each paragraph's items as a list nested under
it; HTML with <h2> headings, the paragraph number in a <p>, and the items in an <ol>. Every label is the
list's own 1. 2. 3., so only the nesting tells a paragraph from an item. A reader that lost the nesting reads
items as paragraphs and reports their 1. 2. as duplicate paragraph numbers (the false errors measured on
real Markdown terms in issue 16); one that keeps it finds what it finds in the text.
"""

import html
import re
import unicodedata

import pytest
from conftest import SAMPLES, doc_from_text, told_whatever_the_layout

from pipeline.api import read_document
from pipeline.checks import run_checks

_LABEL = re.compile(r"^\s*-?\s*(?:[0-9０-９]{1,2}[.．]|[（(][0-9０-９一-九]{1,2}[)）]|[①-⑳])\s*")


def _units(doc):
    """(article, heading, [(paragraph number, label, own text, [item texts])]) of each article."""
    t = doc.norm.text
    for a in sorted(doc.all_articles(), key=lambda a: a.span[0]):
        paras = []
        for p in a.paragraphs:
            first = p.items[0].span[0] if p.items else p.span[1]
            own = _LABEL.sub("", t[max(p.span[0], a.heading_span[1]):first].strip().replace("\n", ""), count=1)
            items = []
            for it in p.items:
                end = it.items[0].span[0] if it.items else it.span[1]
                items.append(_LABEL.sub("", t[it.span[0]:end].strip().replace("\n", ""), count=1))
            paras.append((p.number, p.label, own, items))
        yield a, t[a.heading_span[0]:a.heading_span[1]].strip(), paras


def _conventional(paras) -> bool:
    """Paragraphs numbered as a list would number them: the first unnumbered or 1, then 2, 3, …"""
    return all(n == k or (k == 1 and n is None) for k, (n, *_rest) in enumerate(paras, 1))


_WIDE = str.maketrans("0123456789.", "０１２３４５６７８９．")


def render(doc, fmt: str, paragraphs_as_list: bool = False, bullets: bool = False) -> str:
    """``doc`` as a web page. Items are always a list nested under their paragraph (numbered, or with
    ``bullets`` a <ul> / 「- 」 list); paragraphs keep the label the text gives them (in full width, as those
    files write it), or with ``paragraphs_as_list`` are themselves a list (<ol><li> / 「1. 」) where their
    numbering allows."""
    t = doc.norm.text
    out, pos = [], 0
    tag = "ul" if bullets else "ol"

    def md_items(items, indent=3):
        # (nested under 「10. 」, a list starts at the fourth column, where the item's text does: CommonMark nests
        # nothing indented less)
        return [f"{' ' * indent}{'-' if bullets else str(j) + '.'} {i}\n" for j, i in enumerate(items, 1)]

    def html_items(items):
        return f"<{tag}>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + f"</{tag}>"

    def plain(s, e):
        for line in t[s:e].split("\n"):
            if line.strip():
                out.append(f"<p>{html.escape(line.strip())}</p>" if fmt == "html" else line.strip() + "\n")

    for art, heading, paras in _units(doc):
        if art.span[0] > pos:
            plain(pos, art.span[0])
        out.append(f"<h2>{html.escape(heading)}</h2>" if fmt == "html" else f"## {heading}\n")
        as_list = paragraphs_as_list and _conventional(paras) and len(paras) > 1
        if as_list and fmt == "html":
            out.append("<ol>")
        for k, (number, label, own, items) in enumerate(paras, 1):
            if as_list:
                if fmt == "html":
                    out.append(f"<li>{html.escape(own)}{html_items(items) if items else ''}</li>")
                else:
                    out.append(f"{k}. {own}\n")
                    out.extend(md_items(items, len(f"{k}. ")))
                continue
            written = (label or "").translate(_WIDE)
            sep = "" if written.endswith("．") or not written else "\u3000"
            if own or written:
                line = f"{written}{sep}{own}"
                out.append(f"<p>{html.escape(line)}</p>" if fmt == "html" else line + "\n")
            if items:
                if fmt == "html":
                    out.append(html_items(items))
                else:
                    out.extend(md_items(items))
        if as_list and fmt == "html":
            out.append("</ol>")
        pos = art.span[1]
    plain(pos, len(t))
    if fmt == "html":
        return "<html><body>\n" + "\n".join(out) + "\n</body></html>\n"
    return "\n".join(out)


def _shape(doc):
    return [(heading, [(n, len(items)) for n, _label, _own, items in paras]) for _a, heading, paras in _units(doc)]


def _errors_and_warnings(doc):
    return sorted((f.rule, unicodedata.normalize("NFKC", f.excerpt).replace(" ", ""))
                  for f in run_checks(doc) if told_whatever_the_layout(f))


@pytest.fixture(scope="module", params=sorted(SAMPLES))
def sample(request):
    return read_document(SAMPLES[request.param])


@pytest.mark.parametrize("fmt, name", [("md", "terms.md"), ("html", "terms.html")])
@pytest.mark.parametrize("paragraphs_as_list", [False, True])
def test_a_sample_written_as_a_web_page_reads_and_checks_the_same(sample, fmt, name, paragraphs_as_list):
    page = doc_from_text(render(sample, fmt, paragraphs_as_list), name)
    assert _shape(page) == _shape(sample)
    assert _errors_and_warnings(page) == _errors_and_warnings(sample)


@pytest.mark.parametrize("fmt, name", [("md", "terms.md"), ("html", "terms.html")])
def test_items_as_bullets_are_counted_as_a_reader_counts_them(sample, fmt, name):
    # 「- 」 in Markdown, <ul> in HTML: the items keep their places (第7号 is the seventh bullet)
    doc = doc_from_text(render(sample, fmt, paragraphs_as_list=True, bullets=True), name)
    assert _shape(doc) == _shape(sample)
    assert _errors_and_warnings(doc) == _errors_and_warnings(sample)


def test_the_nesting_is_what_tells_items_from_paragraphs(sample):
    # the same Markdown with the item lists not indented: a flat list of 1. 2. 3. after each paragraph, which
    # a reader can only take for paragraphs; the check says so (what it said of every web page before)
    flat = re.sub(r"(?m)^   (?=[0-9]+\. )", "", render(sample, "md", paragraphs_as_list=True))
    nested_items = sum(k for _h, paras in _shape(sample) for _n, k in paras)
    if not nested_items:
        pytest.skip("this sample has no items")
    assert _shape(doc_from_text(flat, "terms.md")) != _shape(sample)


@pytest.mark.parametrize("fmt, name", [("md", "terms.md"), ("html", "terms.html")])
def test_paragraphs_written_as_bullets_are_numbered_by_place(sample, fmt, name):
    # each article's paragraphs as a bulleted list right under its heading (<ul><li> / 「- 」), items nested:
    # a reader counts the bullets, so 「前項」 in the second one is the first (as in the text's numbering)
    out = []
    conventional = []
    for _art, heading, paras in _units(sample):
        if len(paras) < 2 or not all(n == k or (k == 1 and n is None) for k, (n, *_r) in enumerate(paras, 1)):
            continue
        conventional.append((heading, [(n, len(items)) for n, _l, _o, items in paras]))
        if fmt == "html":
            out.append(f"<h2>{html.escape(heading)}</h2><ul>" + "".join(
                f"<li>{html.escape(own)}" + ("<ol>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ol>"
                                               if items else "") + "</li>" for _n, _l, own, items in paras) + "</ul>")
        else:
            out.append(f"## {heading}\n")
            for _n, _l, own, items in paras:
                out.append(f"- {own}\n")
                out.extend(f"   {j}. {i}\n" for j, i in enumerate(items, 1))
    if not conventional:
        pytest.skip("no article of this sample has two paragraphs or more")
    doc = doc_from_text("\n".join(out), name)
    assert [(h, [(n or 1, k) for n, k in s]) for h, s in _shape(doc)] == \
           [(h, [(n or 1, k) for n, k in s]) for h, s in conventional]


@pytest.mark.parametrize("mark", ["circled", "paren"])
def test_items_flattened_onto_their_paragraphs_line(sample, mark):
    # a page copied flat: each paragraph's items on its own line after it, separated by spaces
    # (「…次の行為をしてはなりません。 ①… ②… ③…」); the items are read back, and a citation of the third is no
    # citation of a missing item
    lines = []
    for _art, heading, paras in _units(sample):
        lines.append(heading)
        for number, label, own, items in paras:
            written = (label or "").translate(_WIDE)
            sep = "" if written.endswith("．") or not written else "\u3000"
            labels = [chr(0x2460 + j) if mark == "circled" else f"({j + 1})" for j in range(len(items))]
            lines.append(f"{written}{sep}{own}" + "".join(f" {lab}{i}" for lab, i in zip(labels, items)))
    doc = doc_from_text("\n".join(lines) + "\n", "terms.txt")
    assert _shape(doc) == _shape(sample)
    dangling = [f.excerpt for f in run_checks(doc, ["reference-dangling"])]
    assert dangling == [f.excerpt for f in run_checks(sample, ["reference-dangling"])]


_HEADING = re.compile(r"(?m)^第([0-9０-９]{1,3})条([（(][^）)\n]*[）)])")
_HEADING_LINE = re.compile(r"(?m)^[ \u3000]*(第[0-9０-９]{1,3}条)[ \u3000]*[（(]([^）)\n]*)[）)][ \u3000]*$")


@pytest.mark.parametrize("bracket", ["（）", "【】"])
def test_articles_numbered_1_2_with_the_title_in_brackets_are_cited_as_第N条(bracket):
    """Terms of service number their articles 「4.（利用手続等）」 and cite them 「第4条（利用手続等）」. The
    reseller sample cites 7 of its articles with their titles: rewritten in that style, it reads the same
    articles with the same titles, and no citation is reported (a title kept with its brackets made every
    titled citation a mismatch, and the message named the last article 「5.(」)."""
    path = SAMPLES["gmo_reseller"]
    raw = path.read_text(encoding="utf-8")
    restyled = _HEADING.sub(lambda m: f"{m.group(1)}．{bracket[0]}{m.group(2)[1:-1]}{bracket[1]}", raw)
    assert restyled.count(f"．{bracket[0]}") >= 30
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert [(a.number, a.title) for a in rewritten.articles] == [(a.number, a.title) for a in original.articles]
    assert [a.label for a in rewritten.articles][:3] == ["1．", "2．", "3．"]
    cited = {"reference-dangling", "reference-title-mismatch"}
    assert [(f.rule, f.excerpt) for f in run_checks(rewritten, cited)] == \
        [(f.rule, f.excerpt) for f in run_checks(original, cited)]


# itrust writes 「第1条 約款の適用」, no brackets
@pytest.mark.parametrize("name", sorted(n for n in SAMPLES if n != "itrust"))
@pytest.mark.parametrize("placed", ["（{t}）\n第{n}条", "第{n}条\n（{t}）"], ids=["above", "below"])
def test_a_caption_above_or_below_the_heading_titles_that_article(name, placed):
    """Contracts written like laws put the title on the line above: 「（サービス品質保証）⏎第４条」. In text from a PDF,
    whose lines are wrapped, the caption follows a paragraph's last line and was joined to it when that line
    ran to the full width (ekyc 第4条 lost its title). PDFs of terms also set it on the line below: 「第４条⏎
    （サービス品質保証）」, read as the first paragraph (the article left without a title, a titled citation of it
    unchecked, a changed title diffed as body text). Each sample rewritten either way reads the same titles and
    reports the same errors and warnings, and the caption is part of the article's heading."""
    path = SAMPLES[name]
    raw = path.read_text(encoding="utf-8")
    restyled, n = _HEADING_LINE.subn(lambda m: placed.format(n=m.group(1)[1:-1], t=m.group(2)), raw)
    assert n >= 15
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert [(a.number, a.title) for a in rewritten.articles] == [(a.number, a.title) for a in original.articles]
    text = rewritten.norm.text
    assert all(f"（{a.title}）" in text[a.span[0]:a.heading_span[1]] for a in rewritten.articles)
    assert _errors_and_warnings(rewritten) == _errors_and_warnings(original)


def test_a_caption_after_an_article_without_text_titles_the_next_one():
    """（目的）⏎ after a bare 第1条 heads 第2条 when 第2条 follows it, as in laws: it is no caption below 第1条."""
    doc = doc_from_text("第1条\n（目的）\n第2条\n本規約は、本サービスの利用条件を定めます。\n")
    assert [(a.number, a.title) for a in doc.articles] == [("1", None), ("2", "目的")]


def _definition_list_page(doc) -> str:
    """``doc`` as many sites publish terms: a page titled 利用規約 between the site's navigation and footer, each
    article a <dt> heading and a <dd> of paragraphs."""
    t = doc.norm.text

    def paras(s):
        return "".join(f"<p>{html.escape(line)}</p>" for line in s.split("\n") if line.strip())

    out = ['<html><body><header><nav><a href="/">ホーム</a> | <a href="/terms">利用規約</a> | '
           '<a href="/privacy">プライバシーポリシー</a></nav></header><main><h1>利用規約</h1>',
           paras(t[:doc.articles[0].span[0]]), "<dl>"]
    for a in doc.articles:
        out.append(f"<dt>{html.escape(t[a.heading_span[0]:a.heading_span[1]].strip())}</dt>"
                   f"<dd>{paras(t[a.heading_span[1]:a.span[1]])}</dd>")
    out += ["</dl>", paras(t[doc.articles[-1].span[1]:]), '</main><p><a href="#top">ページの先頭へ戻る</a></p>'
            "<footer>© 2024 Example Inc. All Rights Reserved.</footer></body></html>"]
    return "".join(out)


def test_a_sample_published_as_a_definition_list_in_site_chrome_reads_and_checks_the_same(sample):
    """The page's title 利用規約 is what sites call their terms, whatever the terms call themselves (本約款, with
    利用契約 defined): it is not a slip of 利用契約 (a false warning on ekyc and the reseller terms)."""
    text = doc_from_text(sample.norm.text, "terms.txt")
    page = doc_from_text(_definition_list_page(sample), "terms.html")
    assert [(a.number, a.title) for a in page.articles] == [(a.number, a.title) for a in text.articles]
    assert _errors_and_warnings(page) == _errors_and_warnings(text)


@pytest.mark.parametrize("decorated", ["■第{n}条（{t}）", "【第{n}条】{t}", "【第{n}条（{t}）】", "第{n}条．{t}",
                                       "第{n}条：{t}", "＜第{n}条＞ {t}", "◆ 第{n}条 {t}", "第{n}条「{t}」",
                                       "**第{n}条（{t}）**", "**第{n}条 {t}**", "第{n}条［{t}］", "第{n}条〔{t}〕",
                                       "第{n}条【{t}】", "第{n}条＜{t}＞"])
def test_decorated_article_headings_read_as_the_plain_ones(decorated):
    """Terms published on the web decorate their headings (■, 【】, ．, ：, 「」, Markdown's ** kept in a text file,
    the title in ［］ or 〔〕: a spa's 約款 of 第1条［目的］ read no article, and each heading was a dangling citation).
    The reseller sample with its headings so decorated reads the same articles and titles and reports the same
    errors and warnings; it read no article at all (the whole text one preamble, its numbering and citations
    unchecked, its diff unaligned)."""
    path = SAMPLES["gmo_reseller"]
    raw = path.read_text(encoding="utf-8")
    restyled = _HEADING.sub(lambda m: decorated.format(n=m.group(1), t=m.group(2)[1:-1]), raw)
    assert restyled != raw
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert [(a.number, a.title) for a in rewritten.articles] == [(a.number, a.title) for a in original.articles]
    assert _errors_and_warnings(rewritten) == _errors_and_warnings(original)


def _inline_heading_page(doc) -> str:
    """``doc`` as a page that sets each heading in bold at the start of the article's first paragraph:
    <p><strong>第1条（目的）</strong>本約款は、…</p>, the other paragraphs in <p>s of their own."""
    t = doc.norm.text
    out = ["<html><body><main>", "".join(f"<p>{html.escape(x)}</p>" for x in t[:doc.articles[0].span[0]].split("\n")
                                         if x.strip())]
    for a in doc.articles:
        lines = [x for x in t[a.heading_span[1]:a.span[1]].split("\n") if x.strip()]
        head = html.escape(t[a.heading_span[0]:a.heading_span[1]].strip())
        out.append(f"<p><strong>{head}</strong>{html.escape(lines[0]) if lines else ''}</p>")
        out.extend(f"<p>{html.escape(x)}</p>" for x in lines[1:])
    out.append("".join(f"<p>{html.escape(x)}</p>" for x in t[doc.articles[-1].span[1]:].split("\n") if x.strip()))
    return "".join(out) + "</main></body></html>"


@pytest.mark.parametrize("name", sorted(n for n in SAMPLES if n != "itrust"))
def test_a_heading_on_the_line_of_its_first_paragraph_still_heads_the_article(name):
    """<p><strong>第1条（目的）</strong>本約款は、…</p> gives one line 「第1条（目的）本約款は、…」 (or 「…（目的）1.本約款は」).
    Such a page was read without articles (every citation a dangling error); it now reads the articles and titles
    of the text and reports the same errors and warnings. (itrust titles its articles without brackets, 「第1条
    約款の適用」: glued to the text, nothing tells where such a title ends.)"""
    text = read_document(SAMPLES[name])
    page = doc_from_text(_inline_heading_page(text), "terms.html")
    plain = doc_from_text(text.norm.text, "terms.txt")
    assert [(a.number, a.title) for a in page.articles] == [(a.number, a.title) for a in plain.articles]
    assert _errors_and_warnings(page) == _errors_and_warnings(plain)


@pytest.mark.parametrize("written", ["付則", "【附則】", "■附則", "【付則】"])
def test_supplementary_provisions_written_付則_or_decorated_are_附則(written):
    """The reseller sample ends with two 附則 dated 2023 and 2025. Written 付則 (the other spelling terms use) or
    decorated, they were read as more text of the last article: its 附則 unseen and any numbered 附則 paragraph
    counted with the article's. They are the same two 附則, with their dates, and the last article ends where it did."""
    path = SAMPLES["gmo_reseller"]
    raw = path.read_text(encoding="utf-8")
    restyled = raw.replace("附則（", written + "（")
    assert restyled.count(written + "（") == 2
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert [s.date for s in rewritten.supplementary] == [s.date for s in original.supplementary] == ["2023-06-15", "2025-05-12"]
    last = lambda d: d.norm.text[d.articles[-1].span[0]:d.articles[-1].span[1]]  # noqa: E731
    assert last(rewritten) == last(original)
    assert _errors_and_warnings(rewritten) == _errors_and_warnings(original)


@pytest.mark.parametrize("decorated", ["【第{n}章】{t}", "■第{n}章 {t}", "【第{n}章 {t}】", "第{n}章．{t}"])
def test_decorated_chapter_headings_read_as_the_plain_ones(decorated):
    """The reseller sample's seven chapters, decorated as web terms decorate them: read as chapters, not as
    text at the end of the article before each."""
    path = SAMPLES["gmo_reseller"]
    raw = path.read_text(encoding="utf-8")
    restyled, n = re.subn(r"(?m)^第([0-9０-９]{1,2})章[ \u3000]+(\S+)[ \u3000]*$",
                          lambda m: decorated.format(n=m.group(1), t=m.group(2)), raw)
    assert n == 7
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert [(c.number, c.title) for c in rewritten.chapters] == [(c.number, c.title) for c in original.chapters]
    assert [(a.number, a.chapter, a.text) for a in rewritten.articles] == \
        [(a.number, a.chapter, a.text) for a in original.articles]


_CHAPTER_OR_ARTICLE = re.compile(r"(?m)^(第[0-9０-９]{1,3}[章条])[ \u3000]*[（(]?([^）)\n]*?)[）)]?[ \u3000]*$")


@pytest.mark.parametrize("entry", ["{h}（{t}）", "{h}　{t}…………{page}", "{h}（{t}）・・・・・{page}", "{h}（{t}） {page}",
                                   "{h}　{t}"])
def test_a_table_of_contents_before_the_terms_heads_nothing(entry):
    """Long terms open with a 目次 listing their chapters and articles, in the headings' own words or otherwise
    (dot leaders and a page number, a space for the brackets). Its entries are no headings: the reseller sample
    with such a 目次 reads the same chapters, articles and titles and reports the same errors and warnings. With
    page numbers the entries had been read as a second copy of every article (29 duplicate-number errors); with
    the title written otherwise, as articles the body then repeated."""
    path = SAMPLES["gmo_reseller"]
    raw = path.read_text(encoding="utf-8")
    body = raw.split("\n", 1)
    heads = [(m.group(1), m.group(2)) for m in _CHAPTER_OR_ARTICLE.finditer(body[1])]
    assert len(heads) > 30
    toc = "\n".join(entry.format(h=h, t=t, page=k // 3 + 1) for k, (h, t) in enumerate(heads))
    restyled = f"{body[0]}\n目次\n{toc}\n\n{body[1]}"
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert [(c.number, c.title) for c in rewritten.chapters] == [(c.number, c.title) for c in original.chapters]
    assert [(a.number, a.title, a.text) for a in rewritten.articles] == \
        [(a.number, a.title, a.text) for a in original.articles]
    assert _errors_and_warnings(rewritten) == _errors_and_warnings(original)
    # nothing of the 目次 is lost: it is text before the first article
    preamble = rewritten.norm.text[rewritten.preamble.span[0]:rewritten.preamble.span[1]]
    assert "目次" in preamble and unicodedata.normalize("NFKC", heads[-1][0]) in preamble


@pytest.mark.parametrize("name", sorted(n for n in SAMPLES if n != "itrust"))
def test_an_article_number_in_brackets_before_the_title_heads_the_article(name):
    """「(第1条) 名称および運営」: some terms bracket the number and write the title after it. Such a page read no
    article at all, and every citation in it was a dangling error."""
    path = SAMPLES[name]
    raw = path.read_text(encoding="utf-8")
    restyled, n = _HEADING_LINE.subn(lambda m: f"({m.group(1)}) {m.group(2)}", raw)
    assert n >= 15
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert [(a.number, a.title) for a in rewritten.articles] == [(a.number, a.title) for a in original.articles]
    assert _errors_and_warnings(rewritten) == _errors_and_warnings(original)




def test_chapters_in_angle_brackets_are_chapters_with_no_stray_space():
    """「＜第5章 その他の事項＞」: the space after the chapter's number is its separator, as in 「第5章 その他の事項」,
    not a stray space (an info finding on every chapter of such a page)."""
    path = SAMPLES["gmo_reseller"]
    raw = path.read_text(encoding="utf-8")
    restyled, n = re.subn(r"(?m)^(第[0-9０-９]{1,2}章)[ \u3000]+(\S+)[ \u3000]*$", r"＜\1 \2＞", raw)
    assert n == 7
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert [(c.number, c.title) for c in rewritten.chapters] == [(c.number, c.title) for c in original.chapters]
    assert run_checks(rewritten, ["stray-space"]) == run_checks(original, ["stray-space"]) == []


def test_paragraph_and_item_labels_alone_on_their_lines():
    """Some web terms set 「1項」「2号」 alone on a line, the text below (「2項⏎当社は、…」「1号⏎本規約に違反する…」).
    They were read as text of one paragraph: no item, no paragraph to cite. The service sample written so reads the
    same paragraphs and items and reports the same errors and warnings."""
    path = SAMPLES["gmo_service"]
    raw = path.read_text(encoding="utf-8")
    wide = str.maketrans("０１２３４５６７８９", "0123456789")
    restyled = re.sub(r"(?m)^([0-9０-９]{1,2})[．.][ \u3000]*", lambda m: f"{m.group(1).translate(wide)}項\n", raw)
    restyled = re.sub(r"(?m)^([\u2460-\u2473])[ \u3000]*", lambda m: f"{ord(m.group(1)) - 0x245F}号\n", restyled)  # ① → 1号
    assert restyled.count("項\n") >= 20 and restyled.count("号\n") >= 10

    def shape(doc):
        return [(a.number, [(p.number, [it.number for it in p.items]) for p in a.paragraphs]) for a in doc.articles]
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert shape(rewritten) == shape(original)
    assert _errors_and_warnings(rewritten) == _errors_and_warnings(original)


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_a_single_article_reads_as_that_article(name):
    """A notice or an excerpt holding one article (「第5条 会員の禁止事項」 and its list 1) 2) …) was taken for a document
    of numbered sections: its items became sections 「1」 titled 「)公序良俗に反する行為」. Each article of a sample that
    has items, alone, reads as that article with the same paragraphs and items."""
    doc = read_document(SAMPLES[name])
    text = doc.norm.text
    listed = [a for a in doc.articles if any(p.items for p in a.paragraphs)]
    assert listed
    for art in listed:
        alone = doc_from_text(text[art.span[0]:art.span[1]] + "\n", "notice.txt")
        assert [(a.number, a.title) for a in alone.articles] == [(art.number, art.title)]
        assert [(p.number, [it.number for it in p.items]) for p in alone.articles[0].paragraphs] == \
            [(p.number, [it.number for it in p.items]) for p in art.paragraphs]


@pytest.mark.parametrize("name", ["gmo_service", "basic", "ekyc"])
def test_a_law_style_heading_with_a_spaced_number_has_no_stray_space(name):
    """Terms printed as laws are (（約款の変更）⏎第2 条 当社は、…) and copied from a PDF keep a space inside the number
    and one after it. The one after 「第2 条」 separates the heading from its first sentence: it was reported as a
    stray space where the sentence starts with kana (「第3 条 この約款、…」). The sample so rewritten reports the
    stray spaces of the text and no other."""
    path = SAMPLES[name]
    raw = path.read_text(encoding="utf-8")
    wide = str.maketrans("０１２３４５６７８９", "0123456789")
    restyled, n = re.subn(r"(?m)^[ \u3000]*第([0-9０-９]{1,3})条[ \u3000]*[（(]([^）)\n]*)[）)][ \u3000]*\n+(?![ \u3000]*[0-9０-９（(①-⑳])",
                          lambda m: f"（{m.group(2)}）\n第{m.group(1).translate(wide)} 条 ", raw)
    assert n >= 3
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert [(a.number, a.title) for a in rewritten.articles] == [(a.number, a.title) for a in original.articles]
    heads = [a.heading_span for a in rewritten.articles]
    spaced = [f for f in run_checks(rewritten, ["stray-space"])
              if any(s <= f.span[0] <= e + 2 for s, e in heads)]
    assert spaced == []


def test_a_numbered_table_of_terms_as_printed_in_a_pdf():
    """Telecom 約款 define their words in a table: 「1 電気通信設備 電気通信を行うための…」, one numbered row a term,
    the meaning wrapped over the column. itrust's definitions printed so: a row that filled the line was joined to
    the next (「…設備2 電気通信サービ」, then a numbering gap reported), and the space between the term's column and
    its meaning's was reported as stray. Each row now starts its line and the columns hold no stray space."""
    raw = SAMPLES["itrust"].read_text(encoding="utf-8")
    rows = re.findall(r"(?m)^-? ?\(([0-9]{1,2})\) ?「([^」]{2,20})」とは、([^。\n]{10,200})", raw)
    assert len(rows) >= 6
    width = 38
    lines = ["第1条（用語の定義）", "この約款においては、次の用語はそれぞれ次の意味で使用します。"]
    for n, (_, term, meaning) in enumerate(rows, 1):
        row = f"{n} {term} {meaning}"
        lines += [row[i:i + width] for i in range(0, len(row), width)]
    doc = doc_from_text("\n".join(lines) + "\n", "yakkan.txt")
    starts = [line for line in doc.norm.text.split("\n") if re.match(r"[0-9]{1,2} ", line)]
    assert [s.split(" ")[0] for s in starts] == [str(n) for n in range(1, len(rows) + 1)]
    assert all(s.split(" ", 1)[1].startswith(term) for s, (_, term, _) in zip(starts, rows))
    assert run_checks(doc, ["stray-space", "numbering-gap", "numbering-duplicate"]) == []


def test_front_matter_and_html_comments_of_a_markdown_page_are_not_text(sample):
    """Terms kept in a site's repository open with YAML front matter (---, title: …, ---) and keep clauses out of the
    page in HTML comments (<!-- an old clause: 1. … -->). Neither is shown to a reader: read as text, the title was
    「title:利用規約」 and a commented-out 「1.」 a duplicate paragraph number. Both are recorded removals."""
    page = render(sample, "md", paragraphs_as_list=True)
    old_clause = "<!-- 旧規定（削除予定）\n1. 当社は、本サービスの内容を予告なく変更できるものとします。\n-->\n"
    first_list = page.index("\n1. ") + 1
    hidden = "---\ntitle: \"利用規約\"\nlayout: page\n---\n\n" + page[:first_list] + old_clause + page[first_list:]
    doc = doc_from_text(hidden, "terms.md")
    plain = doc_from_text(page, "terms.md")
    assert _shape(doc) == _shape(plain)
    assert doc.title == plain.title and "title" not in (doc.title or "")
    assert _errors_and_warnings(doc) == _errors_and_warnings(plain)
    removed = " ".join(r.text for r in doc.norm.removed if r.kind == "markup")
    assert "layout: page" in removed and "予告なく変更できる" in removed


def test_a_number_after_a_list_label_stays_apart_from_it():
    """「2. ６ヶ月以上利用がない場合」 (a published page's list of grounds): with the space gone, 2.6 read as one number,
    item 2 became a sub-item of item 1 and item 3 a numbering gap."""
    page = ("# 第1条（登録の抹消）\n\n当社は、お客さまが次の各号のいずれかに該当した場合、登録を抹消できます。\n\n"
            "1. 規約に違反した場合\n2. ６ヶ月以上利用がない場合\n3. 12か月以上料金を支払わない場合\n\n# 第2条（管轄）\n\n"
            "東京地方裁判所を専属的合意管轄裁判所とします。\n")
    doc = doc_from_text(page, "terms.md")
    assert [it.number for it in doc.articles[0].paragraphs[0].items] == [1, 2, 3]
    assert [f.rule for f in run_checks(doc) if f.severity in ("error", "warning")] == []


_MD_NUMBER = re.compile(r"^(\s*)[0-9]+\. ")


def _lazy(page: str, least: int = 3) -> str:
    """``page`` with the labels of every list of ``least`` items or more written 1."""
    lines = page.split("\n")
    lists: dict[int, list[int]] = {}  # indentation → the line indices of the list open there
    done: list[list[int]] = []
    for k, line in enumerate(lines):
        if not line.strip():
            continue
        m = _MD_NUMBER.match(line)
        indent = len(m.group(1)) if m else len(line) - len(line.lstrip())
        for w in [w for w in lists if (w > indent if m else w >= indent)]:
            done.append(lists.pop(w))
        if m:
            lists.setdefault(indent, []).append(k)
    for group in done + list(lists.values()):
        if len(group) >= least:
            for k in group:
                lines[k] = _MD_NUMBER.sub(lambda x: x.group(1) + "1. ", lines[k])
    return "\n".join(lines)


def test_a_markdown_list_numbered_1_1_1_reads_as_the_page_shows_it(sample):
    """Markdown shows an ordered list from its first number on: writers number every item 「1.」 (a published
    association's rules, an NDA in a repository). Read literally, each 「1.」 was a duplicate paragraph or item number
    (14 false errors on two pages) and a citation of 第4項 a dangling one. The sample written as a page with every list
    label 1. reads the same paragraphs and items, and reports the same errors and warnings but the numbering ones."""
    page = render(sample, "md", paragraphs_as_list=True)
    lazy = _lazy(page)
    assert lazy != page
    doc, plain = doc_from_text(lazy, "terms.md"), doc_from_text(page, "terms.md")
    assert _shape(doc) == _shape(plain)

    def not_numbering(d):
        return [f for f in _errors_and_warnings(d) if not f[0].startswith("numbering")]
    assert not_numbering(doc) == not_numbering(plain)


def test_a_list_of_two_numbered_1_1_is_lazy(sample):
    """1. 1. renders as 1. 2. on the page, whether the writer numbered lazily or typed 1 twice: nothing a reader of the
    page would correct (a club's 会則: 「1. 正会員は…」「1. 賛助会員は…」; a university's notice, pub472: 「1. 以下の申請
    フォームを…」「1. 以下のリンクに…」, each a false numbering-duplicate error)."""
    page = render(sample, "md", paragraphs_as_list=True)
    all_lazy = _lazy(page, least=2)
    doc, plain = doc_from_text(all_lazy, "terms.md"), doc_from_text(page, "terms.md")
    assert _shape(doc) == _shape(plain)
    assert [f for f in _errors_and_warnings(doc) if f[0].startswith("numbering")] == \
        [f for f in _errors_and_warnings(plain) if f[0].startswith("numbering")]
    # the same 1. 1. where no other list is numbered lazily is read as the page shows it too
    two = "## 第1条（会員）\n\n1. 正会員は、連絡会の承認を経て入会する。\n1. 賛助会員は、世話人会の承認を経て入会する。\n"
    assert [f.rule for f in run_checks(doc_from_text(two, "rules.md"))] == []


def test_unnumbered_headings_that_group_the_clauses_are_no_articles():
    """A contract in a repository: 「## 当事者」「## 締結日」 and 「## 締結内容」, under which 「### 目的」「### 機密情報」…
    hold the clauses. The headings that hold the text are the articles, not the one that only groups them (the
    clauses were read as paragraphs of one article 締結内容, and 「本条第4項」 of 機密保持 as dangling)."""
    doc = read_document(SAMPLES["gmo_reseller"])
    arts = [a for a in doc.articles if a.title][:6]
    body = "".join(f"### {a.title}\n\n" + "\n".join(
        f"{k}. {p.text.splitlines()[0]}" for k, p in enumerate(a.paragraphs, 1) if p.text.strip()) + "\n\n"
        for a in arts)
    page = "# 利用契約書\n\n## 当事者\n\n### 甲\n\n株式会社サンプル\n\n## 締結日\n\n2024年4月1日\n\n## 締結内容\n\n" + body
    parsed = doc_from_text(page, "contract.md")
    assert [a.title for a in parsed.articles][-len(arts):] == [a.title for a in arts]
