"""Layouts of published terms and rules that the structure stage read wrong (public documents of pub9).

Each test rewrites a sample of raw/ in the layout (or, where no sample has the construct, uses a short made-up
snippet written the same way) and asserts what a reader sees: the same articles, titles, paragraphs and items,
and the same errors and warnings as the original.
"""

import html
import re
import unicodedata

import pytest
from conftest import RAW, SAMPLES, doc_from_text, told_whatever_the_layout
from test_format_invariance import _errors_and_warnings, _shape, _units, render

from pipeline import grammar
from pipeline.api import compare_versions, read_document
from pipeline.checks import location_label, run_checks
from pipeline.parts import document_parts

_W = str.maketrans("０１２３４５６７８９", "0123456789")
_CHAPTER_LINE = re.compile(r"^(第[0-9０-９]{1,2}章)(?!第)")


def _chapter_local(raw: str, name: str) -> str:
    """``raw`` with the articles of every chapter numbered from 第1条, as clubs' 会則 number them: a citation of an
    article of the same chapter by its number there, of another chapter as 第X章第N条 (which the checks take for a
    citation they cannot resolve: the one list of citations that mixes both, the survival clause's, keeps its own
    chapter's)."""
    doc = doc_from_text(raw, name)
    chapter, local = {}, {}
    heads = set()
    for a in doc.articles:
        chapter[a.number] = a.chapter.split(" ")[0].translate(_W)
        local[a.number] = sum(1 for b in doc.articles if b.chapter == a.chapter and b.span[0] <= a.span[0])
        heads.add(unicodedata.normalize("NFKC", doc.norm.text[a.heading_span[0]:a.heading_span[1]].split("\n")[0].strip()))

    def cite(m, here):
        n = m.group(1).translate(_W)
        if n not in chapter:
            return m.group(0)
        return f"第{local[n]}条" if chapter[n] == here else f"{chapter[n]}第{local[n]}条"

    out, here = [], None
    for line in raw.split("\n"):
        c = _CHAPTER_LINE.match(line)
        if c:
            here = c.group(1).translate(_W)
        a = re.match(r"^第([0-9０-９]{1,3})条", line)
        if a and unicodedata.normalize("NFKC", line.strip()) in heads:
            line = f"第{local[a.group(1).translate(_W)]}条" + line[a.end():]
        else:
            line = re.sub(r"第([0-9０-９]{1,3})条", lambda m: cite(m, here), line)
        out.append(line)
    return re.sub(r"第[0-9]章第[0-9]条（[^）]*）(?:第[0-9０-９]項)?、", "", "\n".join(out))


def test_articles_numbered_from_1_in_every_chapter_are_numbered_per_chapter():
    """A club's 会則 numbers the articles of each chapter from 第一条 (第一章 第一条…第四条, 第二章 第一条…). Every
    restart was a duplicate-number error (35 on one public 会則). The reseller sample, its seven chapters so
    numbered, reports the errors and warnings of the original and no other; each article is known by its
    chapter (第5章第3条), and a citation 第2条 in 第7章 is 第7章's second article."""
    path = SAMPLES["gmo_reseller"]
    raw = path.read_text(encoding="utf-8")
    restyled = _chapter_local(raw, path.name)
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert rewritten.numbering == "chapter" and original.numbering == "document"
    assert [a.title for a in rewritten.articles] == [a.title for a in original.articles]
    assert [a.display_label for a in rewritten.articles][:4] == ["第1章第1条", "第2章第1条", "第2章第2条", "第3章第1条"]
    assert _errors_and_warnings(rewritten) == _errors_and_warnings(original)
    # the survival clause of 第7章 cites 第2条（提供の廃止）, 第5条（分離可能性）: its own chapter's, titles and all
    assert run_checks(rewritten, ["reference-title-mismatch", "reference-dangling"]) == []


def test_a_restart_in_one_chapter_only_is_still_a_duplicate():
    """Chapters that continue the numbering (第1章 第1条–第2条, 第2章 第3条…) with one chapter restarting at 第1条 are
    numbered through the document: the restart is a duplicate to report."""
    text = ("第1章 総則\n第1条（目的）\n本規約は利用条件を定めます。\n第2条（定義）\n用語は次のとおりです。\n"
            "第2章 利用\n第3条（登録）\n登録は当社が承認します。\n第4条（料金）\n料金は別に定めます。\n"
            "第3章 雑則\n第1条（準拠法）\n日本法とします。\n")
    doc = doc_from_text(text, "terms.txt")
    assert doc.numbering == "document"
    assert [f.rule for f in run_checks(doc, ["numbering-duplicate"])] == ["numbering-duplicate"]


def test_the_diff_of_chapter_numbered_rules_aligns_and_renumbers_within_the_chapter():
    """Two versions of such rules: a new first article in 第7章 renumbers that chapter's articles only. The diff pairs
    every article with its counterpart (第7章第1条 → 第7章第2条, the other chapters unchanged), and a citation 第2条
    left as it was in 第6章 still points at 第6章's second article, which kept its number: no stale reference (read
    through the renumbering of 第7章, it was one)."""
    path = SAMPLES["gmo_reseller"]
    v1 = _chapter_local(path.read_text(encoding="utf-8"), path.name)
    cited = "第2条の規定により利用契約が解除された場合も、前項と同様とします。"
    v1 = v1.replace("第1条（利用期間及び更新）", "第1条（利用期間及び更新）\n" + cited, 1)
    assert cited in v1
    lines, here = [], None
    for line in v1.split("\n"):
        c = _CHAPTER_LINE.match(line)
        if c:
            here = c.group(1).translate(_W)
        a = re.match(r"^第([0-9])条（[^）]*）[ \u3000]*$", line)
        if a and here == "第7章":
            n = int(a.group(1))
            if n == 1:
                lines += ["第1条（定義）", "本章において「利用者」とは、本サービスを利用する者をいいます。"]
            line = f"第{n + 1}条" + line[len(a.group(1)) + 2:]
        lines.append(line)
    old, new = doc_from_text(v1, "v1.txt"), doc_from_text("\n".join(lines), "v2.txt")
    assert new.articles[-1].display_label == "第7章第9条"
    result = compare_versions(old, new)
    pairs = [(p.status, p.old.display_label if p.old else None, p.new.display_label if p.new else None)
             for p in result.pairs if p.part == "main"]
    assert ("inserted", None, "第7章第1条") in pairs
    assert [(o, n) for s, o, n in pairs if s == "renumbered"] == [(f"第7章第{k}条", f"第7章第{k + 1}条") for k in range(1, 9)]
    assert all(s == "unchanged" for s, o, _n in pairs if o and not o.startswith("第7章"))
    assert [f for f in result.findings if f.rule == "reference-stale"] == []


def _page_lines(doc) -> list[str]:
    return [x.strip() for x in doc.norm.text.split("\n") if x.strip()]


def _to_last_article(name: str):
    """The sample up to the end of its last article (without its 以上 and its dates): terms whose page ends there."""
    doc = doc_from_text(SAMPLES[name].read_text(encoding="utf-8"), "terms.txt")
    return doc_from_text(doc.norm.text[:doc.articles[-1].span[1]] + "\n", "terms.txt")


_AFTER = {"変更履歴": ["- 2023年4月1日制定", "- 2024年10月1日改定"],
          "補則": ["1. 2024年4月1日から施行する。"],
          "契約同意署名": ["上記の契約内容を必ずご確認の上、入力をお願い致します。"]}


@pytest.mark.parametrize("article, block", [("##", "## 変更履歴"), ("###", "## 補則")])
def test_a_heading_after_the_last_article_in_markdown_is_outside_the_articles(article, block):
    """「# 変更履歴」 after 「# 第26条」, 「## 補則」 after 「### 第一条」: a heading at the level of the articles' or above is
    their sibling or their parent's. It was read as a sub-heading of the last article, its lines that article's
    paragraphs. The ekyc sample so written ends its last article where the text does; the block is text outside
    the articles, still compared (the closing part) and checked."""
    sample = _to_last_article("ekyc")
    page = re.sub(r"(?m)^## ", article + " ", render(sample, "md"))
    title = block.split(" ", 1)[1]
    plain = doc_from_text(page, "terms.md")
    doc = doc_from_text(page + f"\n{block}\n\n" + "\n".join(_AFTER[title]) + "\n", "terms.md")
    assert _shape(doc) == _shape(plain) == _shape(sample)
    assert doc.articles[-1].text == plain.articles[-1].text
    assert title in [b.text for b in doc.closing]
    closing = [p for p in document_parts(doc) if p.key == "closing"]
    assert closing and title in closing[0].articles[0].text
    assert _errors_and_warnings(doc) == _errors_and_warnings(plain)


def test_a_page_heading_after_articles_that_are_no_headings_is_outside_them():
    """A contract page sets its articles as text (第１条（目的）<br>…) and, after the last, <h3>契約同意署名</h3> and a
    note: read as a sub-heading and a paragraph of the last article. They are text outside the articles."""
    sample = _to_last_article("ekyc")
    body = "<br />\n".join(html.escape(x) for x in _page_lines(sample))
    note = _AFTER["契約同意署名"][0]
    plain = doc_from_text(f"<html><body><div>{body}</div></body></html>", "terms.html")
    page = doc_from_text(f"<html><body><div>{body}</div><h3>契約同意署名</h3><div>{note}</div></body></html>",
                         "terms.html")
    assert [(a.number, a.title) for a in page.articles] == [(a.number, a.title) for a in sample.articles]
    assert page.articles[-1].text == plain.articles[-1].text
    assert [b.text for b in page.closing][-2:] == ["契約同意署名", note]
    assert _errors_and_warnings(page) == _errors_and_warnings(plain)


_TITLED_HEADING = re.compile(r"(?m)^[ \u3000]*第([0-9０-９]{1,3})条[ \u3000]*[（(]([^）)\n]*)[）)][ \u3000]*$")
_CHAPTER_OR_ARTICLE = re.compile(r"(?m)^(第[0-9０-９]{1,3}[章条])[ \u3000]*[（(]?([^）)\n]*?)[）)]?[ \u3000]*$")


@pytest.mark.parametrize("name", ["gmo_service", "gmo_reseller"])
@pytest.mark.parametrize("entry", ["{n}. {t}", "{n}.{t}", "{n}. {t}…………{page}"])
def test_a_plain_table_of_contents_of_numbered_sections_heads_nothing(name, entry):
    """Terms numbered in sections (1.一般事項, 2.サービスの使用, …) open with their list, without a 目次 line. Its
    entries were read as twelve empty sections, and the whole body as the text of the last one (every finding
    located at 第12条第N項). The sample written in such sections reads the same sections and titles, and reports
    the same errors and warnings, with the list before it as without; the list is text before the first
    section."""
    raw = SAMPLES[name].read_text(encoding="utf-8")
    heads = [(m.group(1).translate(_W), m.group(2)) for m in _TITLED_HEADING.finditer(raw)]
    sections = _TITLED_HEADING.sub(lambda m: f"{m.group(1)}.{m.group(2)}", raw)
    title, body = sections.split("\n", 1)
    toc = "\n\n".join(entry.format(n=n, t=t, page=k // 4 + 1) for k, (n, t) in enumerate(heads))
    plain = doc_from_text(sections, "terms.txt")
    listed = doc_from_text(f"{title}\n\n{toc}\n\n{body}", "terms.txt")
    assert plain.style == listed.style == "section" and len(plain.articles) == len(heads)
    assert [(a.number, a.title) for a in listed.articles] == [(a.number, a.title) for a in plain.articles]
    assert _shape(listed) == _shape(plain)
    assert _errors_and_warnings(listed) == _errors_and_warnings(plain)
    front = listed.norm.text[listed.preamble.span[0]:listed.preamble.span[1]]
    assert heads[-1][1] in front


@pytest.mark.parametrize("entry", ["{h}（{t}）", "{h}　{t}"])
def test_a_table_of_contents_without_its_目次_line_heads_nothing(entry):
    """The reseller sample's chapters and articles listed before its body, as a 目次 lists them but without the
    目次 line: the entries were read as empty articles, then each article of the body as a duplicate."""
    path = SAMPLES["gmo_reseller"]
    raw = path.read_text(encoding="utf-8")
    title, body = raw.split("\n", 1)
    heads = [(m.group(1), m.group(2)) for m in _CHAPTER_OR_ARTICLE.finditer(body)]
    toc = "\n".join(entry.format(h=h, t=t) for h, t in heads)
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(f"{title}\n{toc}\n\n{body}", path.name)
    assert [(a.number, a.title, a.text) for a in rewritten.articles] == \
        [(a.number, a.title, a.text) for a in original.articles]
    assert _errors_and_warnings(rewritten) == _errors_and_warnings(original)


def test_a_chapter_and_its_first_articles_are_no_table_of_contents():
    """Headings one after the other that the body does not head again (a chapter, then its first article
    without text) are the body itself."""
    text = ("利用規約\n第1章 総則\n第1条（目的）\n第2条（定義）\n本規約の用語は次のとおりです。\n第3条（適用）\n"
            "本規約は全ての利用に適用されます。\n")
    doc = doc_from_text(text, "terms.txt")
    assert [a.number for a in doc.articles] == ["1", "2", "3"]


def test_a_markdown_heading_whose_title_lists_with_読点_is_a_title():
    """「### 第13条　通知不要の本サービスの変更、中断、中止および廃止等」: a title listing with 、 after a space read as a
    law's first sentence (no title, the paragraphs below it items of that sentence). The basic sample as a Markdown
    page with its titles so written (・ as 、) reads the articles, titles, paragraphs and items of the same page with
    the titles in brackets, and reports the same errors and warnings."""
    sample = doc_from_text(SAMPLES["basic"].read_text(encoding="utf-8"), "terms.txt")
    heading = re.compile(r"(?m)^## (第[0-9０-９]{1,3}条)[（(]([^）)\n]*)[）)][ \u3000]*$")
    page = heading.sub(lambda m: f"## {m.group(1)}（{m.group(2).replace('・', '、')}）", render(sample, "md"))
    spaced = heading.sub(lambda m: f"## {m.group(1)}\u3000{m.group(2)}", page)
    assert spaced.count("、中断、") == 1
    bracketed, plain = doc_from_text(page, "terms.md"), doc_from_text(spaced, "terms.md")
    assert [(a.number, a.title) for a in plain.articles] == [(a.number, a.title) for a in bracketed.articles]
    assert [s for _h, s in _shape(plain)] == [s for _h, s in _shape(bracketed)]
    assert _errors_and_warnings(plain) == _errors_and_warnings(bracketed)


def test_paragraphs_labelled_項_with_a_dot_and_their_items():
    """A web template labels its paragraphs 「1項.」「2項.」 and their items 1. 2. (or 一. 二.): read as one paragraph,
    a 「2項.」 glued to the item before it. The service sample so written reads the same paragraphs and items and
    reports the same errors and warnings."""
    path = SAMPLES["gmo_service"]
    raw = path.read_text(encoding="utf-8")
    restyled = re.sub(r"(?m)^([0-9０-９]{1,2})[．.][ \u3000]*", lambda m: f"{m.group(1).translate(_W)}項.\u3000", raw)
    # the items of a 項-labelled paragraph as 1. 2. (the template's), the others as 一. 二.
    lines, kou = [], False
    for line in restyled.split("\n"):
        if re.match(r"^[ \u3000]*第[0-9０-９]{1,3}条", line):
            kou = False
        elif re.match(r"^[0-9]{1,2}項\.", line):
            kou = True
        item = re.match(r"^([\u2460-\u2473])[ \u3000]*", line)
        if item:
            n = ord(item.group(1)) - 0x245F
            line = (f"{n}." if kou else "〇一二三四五六七八九十"[n] + ".") + "\u3000" + line[item.end():]
        lines.append(line)
    restyled = "\n".join(lines)
    assert restyled.count("項.\u3000") >= 20 and re.search(r"(?m)^1\.\u3000", restyled)
    assert re.search(r"(?m)^一\.\u3000", restyled)

    def shape(doc):
        return [(a.number, [(p.number, [it.number for it in p.items]) for p in a.paragraphs]) for a in doc.articles]
    original, rewritten = doc_from_text(raw, path.name), doc_from_text(restyled, path.name)
    assert shape(rewritten) == shape(original)
    assert _errors_and_warnings(rewritten) == _errors_and_warnings(original)


def test_kanji_item_labels_with_a_dot():
    """「一.　過度に暴力的な表現」: the kanji label with a list's dot is an item, as 「一　…」 is."""
    doc = doc_from_text("第1条（禁止事項）\n利用者は、次の表現を投稿してはなりません。\n一.　過度に暴力的な表現\n"
                        "二.　露骨な性的表現\n三．　差別的な表現\n", "terms.txt")
    assert [(it.label, it.number) for it in doc.articles[0].paragraphs[0].items] == [("一", 1), ("二", 2), ("三", 3)]


def test_a_nested_list_numbered_from_7_is_the_paragraphs_items_and_its_start_is_reported():
    """Items numbered 7–11 under a second paragraph (copied from a longer list): Markdown renders them 7. 8. …; they
    were glued into the paragraph's text and the numbering error went unreported. Each sample as a Markdown page
    with the items of one paragraph numbered from 7 reads those items, and reports their numbering once."""
    for name in ("gmo_service", "basic"):
        sample = doc_from_text(SAMPLES[name].read_text(encoding="utf-8"), "terms.txt")
        page = render(sample, "md", paragraphs_as_list=True)
        lists = list(re.finditer(r"(?m)(?:^   [0-9]+\. .*\n\n?)+", page))
        assert lists
        block = lists[0]
        shifted = re.sub(r"(?m)^   ([0-9]+)\. ", lambda m: f"   {int(m.group(1)) + 6}. ", block.group(0))
        moved = page[:block.start()] + shifted + page[block.end():]
        plain, doc = doc_from_text(page, "terms.md"), doc_from_text(moved, "terms.md")
        assert _shape(doc) == _shape(plain)
        added = [f for f in run_checks(doc) if f.severity != "info"]
        before = [f for f in run_checks(plain) if f.severity != "info"]
        assert len(added) == len(before) + 1
        assert [f.rule for f in added if f not in before and "7." in f.excerpt] == ["numbering-gap"]


def test_bullets_after_a_numbered_paragraph_are_its_items():
    """「2. 本アプリは以下の機能を提供します。」 followed by 「- 経路の記録」 bullets, not indented: a bullet list after the
    numbered one, whose bullets the paragraph announces. They were read as paragraphs 3, 4, … and the 「1. 運営者は…」
    after them (a new list, rendered 1. again) as text; they are items, and that 1. a duplicate paragraph number."""
    sample = doc_from_text(SAMPLES["basic"].read_text(encoding="utf-8"), "terms.txt")
    page = render(sample, "md", paragraphs_as_list=True, bullets=True)
    flat = re.sub(r"(?m)^   - ", "- ", page)
    assert flat != page
    assert _shape(doc_from_text(flat, "terms.md")) == _shape(sample)
    assert _errors_and_warnings(doc_from_text(flat, "terms.md")) == _errors_and_warnings(sample)
    text = ("# 第1条（内容）\n\n1. 本アプリは記録アプリです。\n2. 本アプリは以下の機能を提供します。\n- 経路の記録\n"
            "- 地図の表示\n1. 運営者は機能を変更できます。\n\n# 第2条（免責）\n\n第1条第3項の変更について、運営者は責任を負いません。\n")
    doc = doc_from_text(text, "terms.md")
    assert [(p.number, len(p.items)) for p in doc.articles[0].paragraphs] == [(1, 0), (2, 2), (1, 0)]
    assert [(f.rule, f.excerpt[:2]) for f in run_checks(doc) if f.severity != "info"] == [("numbering-duplicate", "1.")]


@pytest.mark.parametrize("name", ["gmo_service", "basic"])
def test_a_markdown_page_of_one_article_reads_as_that_article(name):
    """「# 第1条（登録の抹消）」, its paragraphs a list and their items a nested list: with one 第N条 only, the short items
    were taken for numbered sections (the heading the document's title, each item a section). Set as a heading,
    第N条 heads the page: each article of a sample with items, alone on such a page, reads as that article."""
    doc = doc_from_text(SAMPLES[name].read_text(encoding="utf-8"), "terms.txt")
    text = doc.norm.text
    listed = [a for a in doc.articles if any(p.items for p in a.paragraphs)]
    assert listed
    for art in listed:
        alone = doc_from_text(text[art.span[0]:art.span[1]] + "\n", "notice.txt")
        page = doc_from_text(render(alone, "md", paragraphs_as_list=True).replace("## 第", "# 第", 1), "notice.md")
        assert page.title is None and [(a.number, a.title) for a in page.articles] == [(art.number, art.title)]
        assert _shape(page) == _shape(alone)


def test_the_title_is_the_pages_heading_not_a_notice_above_it():
    """A repository's terms open with notices in English set as small headings (「### These terms of services are
    Japanese only.」), then 「# … 利用規約」: the first line was taken for the title. The page's highest heading
    before the body is its title."""
    sample = doc_from_text(SAMPLES["ekyc"].read_text(encoding="utf-8"), "terms.txt")
    page = render(sample, "md")
    first, rest = page.split("\n", 1)
    assert first.strip() == sample.title
    notices = "### These terms of service are provided in Japanese only.\n### Japanese governs their interpretation.\n\n"
    doc = doc_from_text(f"{notices}# {first}\n{rest}", "terms.md")
    assert doc.title == sample.title
    assert _shape(doc) == _shape(doc_from_text(page, "terms.md"))


def _captioned_page(doc, br_before_caption: bool) -> str:
    """``doc`` as a contract page whose articles stand in one <div>: each caption on a source line of its own above
    its 第N条, the lines of the text separated by <br>, and (unless ``br_before_caption``) no <br> between an
    article's last line and the next caption, so that a browser shows 「…ものとする。 （目的） 第1条」 on one line."""
    t = doc.norm.text
    out = ["<html><body><div>"]
    for a in doc.articles:
        body = [x.strip() for x in t[a.heading_span[1]:a.span[1]].split("\n") if x.strip()]
        out.append(("<br>\n" if br_before_caption and len(out) > 1 else "\n")
                   + f"（{html.escape(a.title)}）\n第{a.number}条<br>\n" + "<br>\n".join(html.escape(x) for x in body))
    return "".join(out) + "\n</div></body></html>\n"


@pytest.mark.parametrize("name", ["gmo_service", "basic", "gmo_reseller"])
def test_a_caption_rendered_on_the_line_of_the_text_before_titles_the_next_article(name):
    """「（外国人労働者の要件）」 and 「第５条」 on source lines of their own after a list, with no <br>: the page shows them
    on the line of the sentence before, where the article was not seen (第5条 to 第7条 absorbed into 第4条, a numbering
    gap and two duplicate item numbers reported). The sample on such a page reads the articles and titles, and
    reports the errors and warnings, of the same page with a <br> before each caption."""
    sample = _to_last_article(name)
    titled = [a for a in sample.articles if a.title]
    assert len(titled) == len(sample.articles)
    glued = doc_from_text(_captioned_page(sample, False), "contract.html")
    broken = doc_from_text(_captioned_page(sample, True), "contract.html")
    assert [(a.number, a.title) for a in broken.articles] == [(a.number, a.title) for a in sample.articles]
    assert [(a.number, a.title) for a in glued.articles] == [(a.number, a.title) for a in broken.articles]
    assert _errors_and_warnings(glued) == _errors_and_warnings(broken)
    assert glued.title is None or not glued.title.startswith("（")


def test_a_caption_inside_a_sentence_is_no_heading():
    """A parenthesis followed by a citation is text: 「（注）第5条の規定により…」, 「本サービス（有料）第2条に定める…」."""
    text = ("第1条（目的）\n本規約は、利用条件を定めます。（注）第2条の規定により、料金は別に定めます。\n"
            "第2条（料金）\n料金は、本サービス（有料）第1条に定める目的の範囲で定めます。\n")
    doc = doc_from_text(text, "terms.txt")
    assert [(a.number, a.title) for a in doc.articles] == [("1", "目的"), ("2", "料金")]
    assert [len(a.paragraphs) for a in doc.articles] == [1, 1]


def test_a_paragraph_after_an_item_list_on_a_web_page_is_the_next_paragraph():
    """Web terms write each paragraph as a <p> and the items of the first one as <p>s labelled (１) (２); the <p>s after
    them are the next paragraphs, as their own 「前項」 and a citation of 第2項 say (a published page's 第10条 had four).
    Read as the wrap of the last item (it ends without 「。」), they were lost, and 第2項 was reported as missing.
    A block is never the wrap of the one before it; in a text file a line still may be."""
    page = ("<html><body><h3>第1条（解除）</h3>"
            "<p>当社は、次の各号のいずれかに該当した場合には、本規約に基づく利用を停止することができる。</p>"
            "<p>(１) 本規約に違反した場合</p><p>(２) 支払を怠った場合</p>"
            "<p>前項の規定により利用が停止された場合には、利用者は当社に生じた損害を賠償する。</p>"
            "<p>第２項の規定により利用が停止された場合には、利用者は当社に対し一切の請求を行わない。</p>"
            "<h3>第2条（準拠法）</h3><p>本規約は日本法に準拠する。</p></body></html>")
    doc = doc_from_text(page, "terms.html")
    items = doc.articles[0].paragraphs[0].items
    assert [it.text for it in items] == ["本規約に違反した場合", "支払を怠った場合"]
    assert run_checks(doc, ["reference-dangling"]) == []


def test_two_lists_of_unnumbered_paragraphs_on_a_web_page_are_each_numbered_from_one():
    """The page's second unnumbered <p>, a sentence after the first list, is the next 項 (its items cite 「前項(１)」)
    and opens a list of its own, (１) (２) again: no duplicate item number."""
    page = ("<html><body><h3>第1条（反社会的勢力の排除）</h3>"
            "<p>当社及び利用者は、相手方に対し、次の各号の事項を確約する。</p>"
            "<p>(１) 自らが反社会的勢力ではないこと</p><p>(２) 自らの役員が反社会的勢力ではないこと</p>"
            "<p>当社又は利用者は、相手方が次の各号のいずれかに該当した場合には、本契約を解除することができる。</p>"
            "<p>(１) 前項(１)の確約に反する表明をしたことが判明した場合</p><p>(２) 前項(２)の確約に反した場合</p>"
            "<h3>第2条（準拠法）</h3><p>本規約は日本法に準拠する。</p></body></html>")
    doc = doc_from_text(page, "terms.html")
    assert [[it.label for it in p.items] for p in doc.articles[0].paragraphs] == [["(1)", "(2)"], ["(1)", "(2)"]]
    assert doc.articles[0].paragraphs[1].text.startswith("当社又は利用者は")
    assert run_checks(doc, ["numbering-duplicate", "numbering-gap", "numbering-order"]) == []
    # the same page with the second list's numbers slipped is still reported
    slipped = page.replace("<p>(２) 前項(２)", "<p>(１) 前項(２)")
    assert [f.rule for f in run_checks(doc_from_text(slipped, "terms.html"), ["numbering-duplicate"])] \
        == ["numbering-duplicate"]


def test_a_paragraph_opening_with_a_citation_of_an_earlier_one_is_the_next_paragraph():
    """A basic agreement cites its paragraphs by their bare labels, and some of its paragraphs open so: 「３．２．は、
    本契約に優先するものとする。」 is paragraph 3, saying that paragraph 2 prevails (and 「４．３．によって…」,
    「６．４．及び５．において…」). A label followed by another 「２．」 was not read: the line was glued to the paragraph
    before and a gap 2→4 reported. The sequence tells it (3 is the next paragraph, 2 one before it); where 3 is not
    the next paragraph, 「3.2.」 is a number in the text as before."""
    text = ("第１条　基本契約\n １．本契約は、個別契約に基づき締結される。\n"
            " ２　甲及び乙は、個別契約において異なる事項を定めることができる。\n ３．２．は、本契約に優先するものとする。\n"
            " ４．３．によって成立した合意は、変更することはできない。\n ５．４．及び３．において、甲及び乙は誠実に協力する。\n"
            "第２条　報酬\n １．報酬は、別途定める料率による。\n ３．２．は、改定前の料率とする。\n")
    doc = doc_from_text(text, "basic.txt")
    first, second = doc.articles
    assert [(p.number, p.text) for p in first.paragraphs][2:] == [
        (3, "2．は、本契約に優先するものとする。"),
        (4, "3．によって成立した合意は、変更することはできない。"), (5, "4．及び3．において、甲及び乙は誠実に協力する。")]
    assert [p.number for p in second.paragraphs] == [1]
    assert run_checks(doc, ["numbering-gap", "numbering-duplicate", "numbering-order"]) == []


def test_an_indented_list_under_a_numbered_paragraph_in_a_text_file_is_its_items():
    """A text file of terms indents the list of a paragraph by two spaces: 「1.運営者は…以下の事由がある場合…」 then
    「  1.虚偽の…」「  2.…」「  3.…」, then 「2.運営者は…」 at the margin. The indented lines were read as paragraphs 1–3
    and the real paragraph 2 glued to the last of them (a duplicate paragraph number reported). Indented below the
    numbered line before it and starting at 1, the list is that paragraph's items; a paragraph that a text file
    merely indents (「 2.」 one space in, after 「1.」) is still the next paragraph."""
    text = ("第1条（適用）\n本規約は、ユーザーに適用されます。\n\n第2条（利用登録）\n"
            "1.運営者は、申請者に以下の事由がある場合、登録を承認しないことがあります。\n"
            "  1.虚偽の事項を届け出た場合\n  2.本規約に違反したことがある場合\n  3.その他、運営者が相当でないと判断した場合\n"
            "2.運営者は、その理由を開示する義務を負いません。\n\n第3条（退会）\n1.ユーザーは、退会できます。\n"
            " 2.運営者は、退会の理由を問いません。\n")
    doc = doc_from_text(text, "terms.txt")
    second, third = doc.articles[1], doc.articles[2]
    assert [(p.number, [it.text for it in p.items]) for p in second.paragraphs] == [
        (1, ["虚偽の事項を届け出た場合", "本規約に違反したことがある場合", "その他、運営者が相当でないと判断した場合"]),
        (2, [])]
    assert second.paragraphs[1].text == "運営者は、その理由を開示する義務を負いません。"
    assert [(p.number, p.items) for p in third.paragraphs] == [(1, []), (2, [])]
    assert [f for f in run_checks(doc) if f.severity != "info"] == []


def test_list_items_that_carry_their_own_labels_on_a_web_page_are_read_by_them():
    """A page writes the paragraphs of an article and their items as the <li>s of one <ul>: 「1．利用者は、次の各号に…」
    「(1)第三者の権利を…」「(2)法令に…」, then 「2．当社は、前項に…」 as a <p>. The labels in the text were not read: the
    <li>s were numbered as paragraphs by their place, the items among them, and the <p> glued to the last item.
    The label of each <li> numbers it, as a reader reads it; an <ol>'s own numbers still number its items."""
    page = ("<html><body><main><h2>第1条（禁止事項）</h2><ul>"
            "<li>1．利用者は、次の各号に定める行為を行ってはならないものとします。</li>"
            "<li>(1)第三者の権利を侵害する行為。</li><li>(2)法令に反する行為。</li></ul>"
            "<p>2．当社は、前項に定める行為を行った利用者に対して、本サービスの利用を停止することができるものとします。</p>"
            "<h2>第2条（規約の変更）</h2><p>1．当社は、本規約を変更することができるものとします。</p>"
            "<h2>第3条（通知）</h2><p>当社は、次の方法で通知します。</p><ol><li>電子メール</li><li>本サイトへの掲示</li></ol>"
            "</main></body></html>")
    doc = doc_from_text(page, "terms.html")
    first, second, third = doc.articles
    assert [(p.number, p.label, [(it.label, it.text) for it in p.items]) for p in first.paragraphs] == [
        (1, "1．", [("(1)", "第三者の権利を侵害する行為。"), ("(2)", "法令に反する行為。")]), (2, "2．", [])]
    assert first.paragraphs[1].text.startswith("当社は、前項に定める行為")
    assert [p.number for p in second.paragraphs] == [1]
    assert [it.text for it in third.paragraphs[0].items] == ["電子メール", "本サイトへの掲示"]
    assert [f for f in run_checks(doc) if f.severity != "info"] == []


def test_clauses_headed_第N項_in_a_document_without_第N条_are_its_articles():
    """A shop's terms head their clauses 「第1項　著作権について」「第2項　禁止事項」… (in <dt><b>), where others write 第N条:
    nothing was read as an article, the whole page was the preamble, and no finding had a place. Where no line is a
    第N条 heading and the 第N項 headings go on 1, 2, 3, each is an article (labelled 第N項, titled) holding the text and
    the lists under it, and a finding is placed there. Under 第N条, 第N項 still names a paragraph."""
    page = ("<html><body><p>本規約は当社が運営する本サイトの利用に適用されます。</p><dl>"
            "<dt><b>第1項　著作権について</b></dt><dd><p>当社作成物の著作権は、当社に帰属しております。</p></dd>"
            "<dt><b>第2項　禁止事項</b></dt><dd><p>本サービスのご利用に際し、以下の行為を禁止します。</p>"
            "<ul><li>虚偽の申告を行うこと。</li><li>その他、当社が不適切と判断する行為。</li></ul></dd>"
            "<dt><b>第3項　お取引について</b></dt><dd><p>以下の事項に該当する場合、当社はお取引を解除できるものとします。</p>"
            "<ul><li>禁止事項に違反した場合</li><li>本規約に違反した場合</li></ul></dd></dl></body></html>")
    doc = doc_from_text(page, "terms.html")
    assert [(a.number, a.label, a.title) for a in doc.articles] == [
        ("1", "第1項", "著作権について"), ("2", "第2項", "禁止事項"), ("3", "第3項", "お取引について")]
    assert doc.preamble.text == "本規約は当社が運営する本サイトの利用に適用されます。"
    assert [len(a.paragraphs[0].items) for a in doc.articles] == [0, 2, 2]
    slip = doc_from_text(page.replace("当社はお取引", "当社ははお取引"), "terms.html")
    assert [location_label(slip, f) for f in run_checks(slip, ["doubled-particle"])] == ["第3項"]
    text = "第1条（変更）\n第1項　変更の手続\n当社は本規約を変更できます。\n第2項　変更の通知\n当社は変更を通知します。\n"
    assert [a.label for a in doc_from_text(text, "terms.txt").articles] == ["第1条"]
    # numbered again under each section, or set under a heading among others, 第N項 names paragraphs still
    sections = ("1. 総則\n第1項　目的\n本規約は利用条件を定めます。\n第2項　適用\n本規約は全員に適用されます。\n"
                "2. 変更\n第1項　手続\n当社は変更できます。\n第2項　通知\n当社は通知します。\n第3項　効力\n変更は通知で効力を生じます。\n")
    assert [a.title for a in doc_from_text(sections, "terms.txt").articles] == ["総則", "変更"]
    outlined = "# 規約\n\n## 目的\n\n本規約は利用条件を定めます。\n\n## 変更\n\n第1項 手続\n\n当社は変更できます。\n\n第2項 通知\n\n当社は通知します。\n"
    assert [a.title for a in doc_from_text(outlined, "terms.md").articles] == ["目的", "変更"]


@pytest.mark.parametrize("name", ["gmo_service", "basic"])
@pytest.mark.parametrize("ext, rule", [("md", "━" * 30), ("txt", "━" * 30), ("txt", "═══ ═══ ═══")])
def test_rule_lines_of_box_drawing_around_headings_are_decoration(name, ext, rule):
    """A contract frames each heading between two lines of ━ (「━━━━」 above and below 「第2条（業務範囲）」): the line
    under the heading was read as the article's first paragraph, empty and unnumbered, and its 1. 2. 3. as that
    paragraph's items (every finding placed at 「第12条3.」, a 「第3項」 reported missing). A line drawn of such strokes
    only is decoration, removed as a Markdown --- is: the sample so framed reads and checks as it does unframed."""
    raw = SAMPLES[name].read_text(encoding="utf-8")
    framed = _TITLED_HEADING.sub(lambda m: f"\n{rule}\n{m.group(0)}\n{rule}", raw)
    assert framed.count(rule) > 10
    plain, doc = doc_from_text(raw, f"terms.{ext}"), doc_from_text(framed, f"terms.{ext}")
    assert _shape(doc) == _shape(plain)
    assert _errors_and_warnings(doc) == _errors_and_warnings(plain)
    assert {r.kind for r in doc.norm.removed if r.text == rule} == {"rule"}



def _kanji(n: int) -> str:
    digits = "〇一二三四五六七八九"
    tens, ones = divmod(n, 10)
    return (("" if tens < 2 else digits[tens]) + "十" if tens else "") + (digits[ones] if ones else "")


def _kou_heading_page(doc, kanji: bool) -> str:
    """``doc`` as a club's 会則 page: each article a 「## 」 heading, each numbered paragraph a heading over its text,
    「### 二項」 and its items 「#### （一）」 headings over theirs (``kanji``), else 「### 2項」 and a list 「1. 」."""
    def unlabelled(text):  # an item's text without the label it carries in the sample (「(a)開示当事者が…」)
        label = grammar.match_item_label(text)
        return text[label.end:].strip() if label else text

    out = []
    for _art, heading, paras in _units(doc):
        out.append(f"## {heading}\n")
        for number, _label, own, items in paras:
            items = [unlabelled(it) for it in items]
            if number is None or not kanji:
                out += [f"### {number}項\n" if number else "", own + "\n"]
                out += [f"   {k}. {it}\n" for k, it in enumerate(items, 1)]
                continue
            out += [f"### {_kanji(number)}項\n", own + "\n"]
            out += [f"#### （{_kanji(k)}）\n\n{it}\n" for k, it in enumerate(items, 1)]
    return "\n".join(out)


def _places(doc) -> list[tuple]:
    return sorted((f.rule, f.article, f.paragraph) for f in run_checks(doc) if f.severity in ("error", "warning"))


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_paragraphs_headed_by_kanji_項_and_their_items_headed_by_kanji_labels(name):
    """A club's 会則 heads the paragraphs of its 第十三条 「### 一項」「### 二項（定時総会）」 (kanji, no 第) and the items of
    a paragraph 「#### （一）」「#### （二）」, each over its text. Only 「### 2項」 was read as a paragraph's heading: every
    paragraph was unnumbered (all findings placed at 第N条第1項) and each item heading a paragraph of its own. The
    sample so written reads the paragraphs and items of the sample, and reports the errors and warnings of the page
    headed 「### 2項」, at the same places."""
    sample = doc_from_text(SAMPLES[name].read_text(encoding="utf-8"), "terms.txt")
    page = _kou_heading_page(sample, kanji=True)
    assert "### 二項" in page and "#### （一）" in page
    doc, digits = doc_from_text(page, "kaisoku.md"), doc_from_text(_kou_heading_page(sample, kanji=False), "kaisoku.md")
    assert _shape(doc) == _shape(digits) == _shape(sample)
    assert _places(doc) == _places(digits)
    # a heading that is a bare item label under a heading naming no 項 is still a paragraph of its own
    other = doc_from_text("## 第1条（目的）\n\n### 総則\n\n#### （一）\n\n本規約は利用条件を定めます。\n", "kaisoku.md")
    assert [(p.number, p.items) for p in other.articles[0].paragraphs] == [(None, [])] * 2



def _sections_page(doc, fmt: str) -> str:
    """``doc`` (numbered in sections, 1.一般事項) as a web page: each section a heading <h2>1. 一般事項</h2> (「## 1. 」),
    its paragraphs <p>s and the items of a paragraph the <li><p>s of an <ol> (「   1. 」), as a vendor's API terms
    write them; the titles list with 、 on the web page, with ・ in Markdown."""
    def lines(s: str) -> list[str]:
        return [x.strip() for x in s.split("\n") if x.strip()]

    def para(s: str) -> str:
        return f"<p>{html.escape(s)}</p>" if fmt == "html" else s + "\n"

    def heading(art) -> str:
        if fmt == "html":
            return f"<h2>{art.number}. {html.escape(art.title.replace('・', '、'))}</h2>"
        return f"## {art.number}. {art.title}\n"

    def listed(items: list[str]) -> str:
        if fmt == "html":
            return "<ol>\n" + "\n".join(f"  <li><p>{html.escape(it)}</p></li>" for it in items) + "\n</ol>"
        return "\n".join(f"   {k}. {it}" for k, it in enumerate(items, 1)) + "\n"

    t = doc.norm.text
    out = [para(x) for x in lines(t[:doc.articles[0].span[0]])]
    for art, _heading, paras in _units(doc):
        out.append(heading(art))
        for _number, label, own, items in paras:
            out.append(para((label or "") + own))
            if items:
                out.append(listed(items))
    out += [para(x) for x in lines(t[doc.articles[-1].span[1]:])]
    body = "\n".join(out)
    return f"<html><body>\n{body}\n</body></html>\n" if fmt == "html" else body


@pytest.mark.parametrize("name, listing", [("gmo_service", True), ("basic", False)])
def test_numbered_sections_set_as_page_headings_are_the_sections(name, listing):
    """An API's terms head their sections <h2>1. 使用許諾</h2> … <h2>11. 利用規約の更新について</h2>, one of them titled
    with 、 (「4. 本サービスの運営、本サービスの内容の適正保持、補償」), and write a list <ol><li><p>…</p></li></ol>. The
    <li>'s number stood on a line of its own, read as a section titled 「.」, the run of those numbers taken for the
    sections: the real sections stayed in the preamble, the last ones in the closing text, unchecked. A browser shows
    the number beside the text, a heading's 、 lists its title, and where the page heads its sections so its lists'
    items are none: the sample so written reads the sections, titles, paragraphs and items of the same page in
    Markdown, and reports its errors and warnings at the same places."""
    raw = SAMPLES[name].read_text(encoding="utf-8")
    sections = doc_from_text(_TITLED_HEADING.sub(lambda m: f"{m.group(1)}.{m.group(2)}", raw), "terms.txt")
    page = doc_from_text(_sections_page(sections, "html"), "terms.html")
    md = doc_from_text(_sections_page(sections, "md"), "terms.md")
    assert md.style == page.style == "section"
    assert any("、" in a.title for a in page.articles) == listing  # (「6. 本サービス、規約の変更」)
    assert [(a.number, a.title.replace("、", "・")) for a in page.articles] == [(a.number, a.title) for a in md.articles] \
        == [(a.number, a.title) for a in sections.articles]
    assert [s for _h, s in _shape(page)] == [s for _h, s in _shape(md)]
    assert _places(page) == _places(md)
    short = ("<html><body><h2>1. 使用許諾</h2><p>当社は本サービスの使用を許諾します。</p><h2>2. 通知</h2>"
             "<p>当社は、次の方法で通知します。</p><ol><li><p>電子メール</p></li><li><p>郵送</p></li><li><p>掲示</p></li></ol>"
             "<h2>3. 本規約の変更、廃止</h2><p>当社は本規約を変更できます。</p></body></html>")
    doc = doc_from_text(short, "terms.html")
    assert [(a.title, [len(p.items) for p in a.paragraphs]) for a in doc.articles] == [
        ("使用許諾", [0]), ("通知", [3]), ("本規約の変更、廃止", [0])]
    # an <li>'s number on a line of its own (its text in a <p>) titles no section: 「.」 was its title
    assert grammar.match_section_heading("3.") is None and grammar.match_section_heading("3.", True) is None
    assert grammar.match_section_heading("4. 本サービスの運営、補償") is None  # in text, 、 starts a sentence


def _span_page(doc, kou: bool) -> str:
    """``doc`` as a licence's web page: each article a <div><span>第 1 条　使用許諾</span></div>, then a <div> holding each
    paragraph as a <span> ended by <br>, labelled 「第 1 項　」 (``kou``) or 「1．」, and its items as 「(1) 」 lines."""
    def unlabelled(text):
        label = grammar.match_item_label(text)
        return text[label.end:].strip() if label else text

    out = ["<html><body>"]
    for _art, heading, paras in _units(doc):
        lines = []
        for number, _label, own, items in paras:
            label = "" if number is None else (f"第 {number} 項\u3000" if kou else f"{number}．")
            lines.append(f"<span>{html.escape(label + own)}</span>")
            lines += [f"<span>({k}) {html.escape(unlabelled(it))}</span>" for k, it in enumerate(items, 1)]
        out.append(f'<div class="article"><span>{html.escape(heading)}</span></div>')
        out.append('<div class="articlemain">\n' + "<br>\n".join(lines) + "\n</div>")
    return "\n".join(out) + "\n</body></html>\n"


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_paragraphs_labelled_第N項_before_their_text_on_a_web_page(name):
    """A software licence's page writes each paragraph as 「<span>第 1 項　Uniant はユーザーに対し…</span><br>」: the
    label was not read, every article one unlabelled paragraph. 第N項 followed by a space and the text labels the
    paragraph: the sample so written reads the paragraphs and items of the sample, and reports the errors and
    warnings of the page labelled 「1．」, at the same places. A line going on with a citation (「第 2 項 の規定により」,
    「第2項 各号に」) is text."""
    sample = doc_from_text(SAMPLES[name].read_text(encoding="utf-8"), "terms.txt")
    page = _span_page(sample, kou=True)
    assert "第 2 項\u3000" in page
    doc, dotted = doc_from_text(page, "usla.html"), doc_from_text(_span_page(sample, kou=False), "usla.html")
    assert _shape(doc) == _shape(dotted) == _shape(sample)
    assert _places(doc) == _places(dotted)
    for wrapped in ("第 2 項 の規定により", "第2項　各号に掲げる", "第2項 及び第3項", "第2項の規定により"):
        assert grammar.match_paragraph_number(wrapped) is None


def test_a_table_captioned_as_an_appendix_inside_an_article_ends_where_the_articles_go_on():
    """A company's 就業規則 sets 「別表1　週所定労働日数が5日の者」 and its table inside 第31条: read as the start of the
    appendices, every later article (第32条–第46条) and chapter became the appendix's. The appendix holds the table and
    ends where the body's numbering goes on (the next article, or the next chapter); its text is still compared."""
    rules = ("# 就業規則\n\n## 第1章 総則\n\n#### 第1条 年次有給休暇\n1. 年次有給休暇の付与日数は、別表1の通りとする。\n\n"
             "別表1　週所定労働日数が5日の者\n\n| 勤続年数 | 入社日 | 1年 |\n| -------- | -------- | -------- |\n"
             "| 付与日数 | 10日 | 11日 |\n\n#### 第2条 請求\n1. 年次有給休暇の請求は、第3条に定める方法による。\n\n"
             "## 第2章 雑則\n\n#### 第3条 改廃\n1. この規則の改廃は、代表取締役が決定する。\n")
    doc = doc_from_text(rules, "rules.md")
    assert [a.label for a in doc.articles] == ["第1条", "第2条", "第3条"]
    assert [c.label for c in doc.chapters] == ["第1章", "第2章"]
    assert [(x.label, x.articles) for x in doc.annexes] == [("別表1", [])] and "11日" in doc.annexes[0].text
    assert run_checks(doc, ["reference-dangling"]) == []
    changed = compare_versions(doc, doc_from_text(rules.replace("11日", "12日"), "rules.md"))
    assert [c.new_text for p in changed.pairs for c in p.changes] == ["12"]


def test_a_markdown_list_indented_with_full_width_spaces():
    """A company's 給与規程 indents its items with full-width spaces in some lines and four spaces in others
    (「　　1. 出産し…」 beside 「    1. 結婚し…」), numbering them lazily: they were read as paragraphs 「1.」 written
    three times. A full-width space indents two columns, so both are items of the paragraph, numbered 1, 2, 3."""
    rules = ("# 給与規程\n\n#### 第1条 非常時払い\n\n"
             "1. 社員から次の各号の一に該当し請求があった場合は、既往の労働に対する給与を支払う。\n"
             "\u3000\u30001. 出産し、又は疾病にかかった場合\n    1. 結婚し、又は死亡した場合\n"
             "\u3000\u30001. やむを得ない事由により帰郷する場合\n\n#### 第2条 控除\n\n1. 給与から法令に定めるものを控除する。\n")
    doc = doc_from_text(rules, "rules.md")
    assert [(p.number, [it.number for it in p.items]) for p in doc.articles[0].paragraphs] == [(1, [1, 2, 3])]
    assert run_checks(doc, ["numbering-duplicate", "numbering-gap"]) == []


# A contract's execution clause, date and signatures after its last article, as contracts published in Markdown set
# them: after a thematic break, the signatures in a code block (a page of pub12); in text, the same lines bare
_EXECUTION = "以上、本契約成立の証として電磁的記録である本書に甲乙双方は電子署名し、署名済書類を双方共に保持するものとする。"
_SIGNATURES = ["甲", "  住所 東京都中央区湊3-9-4", "  氏名 株式会社サンプル", "  代表取締役 告原 和夫 印",
               "乙", "  住所 ${乙住所}", "  氏名 ${乙名} 印"]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_the_execution_clause_and_the_signatures_after_the_last_article_are_the_closing(fmt):
    """「以上、本契約成立の証として…」, the date and the parties' signatures after the last article were read as the last
    paragraph of that article (5 of 8 public contracts and 定款), and 双方共に and the signatory's name were checked as
    its text (9 false typo warnings placed in it). The execution clause binds no one: it opens the closing, and what
    follows it (the date, the code fence, the signatures) is the closing's. The ekyc sample so ended keeps its
    articles and what the rules find in them."""
    sample = _to_last_article("ekyc")
    if fmt == "md":
        page = render(sample, "md")
        tail = f"\n----\n\n{_EXECUTION}\n\n2024年4月1日\n\n```\n" + "\n".join(_SIGNATURES) + "\n```\n"
    else:
        page = "\n".join(_page_lines(sample)) + "\n"
        tail = f"\n{_EXECUTION}\n\n2024年4月1日\n\n" + "\n".join(s.strip() for s in _SIGNATURES) + "\n"
    name = f"contract.{fmt}"
    plain, doc = doc_from_text(page, name), doc_from_text(page + tail, name)
    assert _shape(doc) == _shape(plain) == _shape(sample)
    assert doc.articles[-1].text == plain.articles[-1].text
    assert [(b.kind, b.text) for b in doc.closing][0] == ("closing", _EXECUTION)
    assert "2024年4月1日" in [b.text for b in doc.closing]
    assert _in_articles(doc) == _in_articles(plain)


def _in_articles(doc):
    """The errors and warnings a rule places in an article (the closing's lines are still read, outside them)."""
    return sorted((f.rule, f.label, f.excerpt) for f in run_checks(doc)
                  if f.severity in ("error", "warning") and f.article is not None)


def test_an_execution_clause_that_is_an_articles_own_text_stays_its_text():
    """「第72条（規約原本等）⏎この規約を証するため、…1通作成し、これを規約原本とする。」 (a 管理規約): the first text under a
    heading is that article's, whatever it says; so is a numbered paragraph 「3. 本契約書を証するため、本書2通を作成し…」."""
    text = ("第1条（目的）\n本規約は管理について定める。\n第2条（規約原本等）\n"
            "この規約を証するため、区分所有者全員が書面に記名した規約を1通作成し、これを規約原本とする。\n"
            "２　規約原本は、理事長が保管する。\n")
    doc = doc_from_text(text, "kiyaku.txt")
    assert doc.closing == []
    assert [p.number for p in doc.articles[-1].paragraphs] == [None, 2]
    assert doc.articles[-1].paragraphs[0].text.startswith("この規約を証するため")


_DATING = ["本規程は、2019年3月6日に定められ、2018年12月14日以降の出張より適用される。",
           "本規程は、2024年10月1日に一部改訂し、2024年10月1日以降の出張・出社より適用される。"]


def test_sentences_dating_the_rules_after_the_last_article_are_their_history():
    """A company's 規程 ends, after its last article, with when it was made and amended (「本規程は、2019年3月6日に
    定められ、…適用される。」): read as the last article's text. Like 「2024年4月1日　制定」 they are the document's
    history; in a 附則 a sentence 「この規程は、…から施行する。」 is the 附則's own text, as before."""
    sample = _to_last_article("ekyc")
    page = render(sample, "md")
    plain = doc_from_text(page, "kitei.md")
    doc = doc_from_text(page + "\n\n" + "  \n".join(_DATING) + "\n", "kitei.md")
    assert _shape(doc) == _shape(plain)
    assert doc.articles[-1].text == plain.articles[-1].text
    assert [(b.kind, b.text) for b in doc.closing] == [("history", s) for s in _DATING]
    assert [h["date"] for h in doc.metadata["history"]] == ["2019-03-06", "2024-10-01"]
    fusoku = doc_from_text(page + "\n附則\n\nこの規程は、2024年10月1日から施行する。\n", "kitei.md")
    assert fusoku.supplementary[0].text == "この規程は、2024年10月1日から施行する。" and fusoku.closing == []


def test_a_date_under_the_last_of_unnumbered_sections_is_the_history():
    """A club's 会則 in Markdown sections without numbers ends 「2023年04月01日制定」 under its last section: read as that
    section's text. It is the document's date, as after a last article."""
    text = ("# 会則\n\n## 総則\n\n### 名称\n本会は研究会と称する。\n\n### 目的\n本会は研究を目的とする。\n\n"
            "## 会計\n\n### 会計年度\n本会の会計年度は毎年４月１日に始まり，翌年３月３１日に終わる。\n\n2023年04月01日制定\n")
    doc = doc_from_text(text, "kaisoku.md")
    assert doc.articles[-1].text.endswith("終わる。")
    assert [(b.kind, b.text) for b in doc.closing if b.kind != "text"] == [("history", "2023年04月01日制定")]
    assert doc.metadata["effective_date"] == "2023-04-01"


def test_a_chapter_named_附則_over_numbered_paragraphs_is_the_附則():
    """「## 第8章 附則」 over 「1. 本法人の最初の事業年度は…」 (a 定款): the 附則, set as the last chapter, was read as closing
    text. A chapter so named whose articles go on with the body's numbering (「第６章 附則」⏎「（法令の準拠）」⏎「第26条
    …」) stays a chapter of the body."""
    head = "# 定款\n\n## 第1章 総則\n\n### 第1条 (名称)\nこの法人は、一般社団法人サンプルと称する。\n\n" \
           "### 第2条 (事務所)\nこの法人は、主たる事務所を東京都新宿区に置く。\n\n"
    fusoku = ("## 第2章 附則\n\n1. 本法人の最初の事業年度は、本法人の設立の日から平成29年7月31日までとする。\n"
              "2. 本法人の設立時社員の氏名及び住所は、以下のとおりとする。\n\n"
              "以上、一般社団法人サンプルの設立のため、この定款を作成し、設立時社員が次に記名押印する。\n\n平成28年8月16日\n")
    doc = doc_from_text(head + fusoku, "teikan.md")
    assert [a.label for a in doc.articles] == ["第1条", "第2条"]
    assert len(doc.supplementary) == 1 and doc.supplementary[0].text.startswith("1.本法人の最初の事業年度")
    assert "以上" not in doc.supplementary[0].text
    assert [b.kind for b in doc.closing][:1] == ["closing"] and doc.closing[-1].text == "平成28年8月16日"
    chapter = doc_from_text(head + "## 第2章 附則\n\n### （法令の準拠）\n\n第3条 この定款に規定のない事項は、全て法令に従う。\n",
                            "teikan.md")
    assert [a.label for a in chapter.articles] == ["第1条", "第2条", "第3条"] and chapter.supplementary == []
    assert chapter.articles[-1].chapter.startswith("第2章")


def test_terms_inside_a_consent_form_or_a_read_only_textarea_are_read():
    """A page shows its terms inside the form that accepts them (a scroll box, then 「規約に同意する」 and a button):
    the whole form was dropped and the page gave 「no text found」. Terms in a read-only <textarea> were dropped
    silently. Only the controls are no text: the ekyc sample so published reads as the plain page."""
    sample = _to_last_article("ekyc")
    body = render(sample, "html")
    plain = doc_from_text(f"<html><body>{body}</body></html>", "terms.html")
    form = doc_from_text(f'<html><body><form action="apply" method="post"><div class="scroll">{body}</div>'
                         '<input type="checkbox" id="agree"><label for="agree">利用規約に同意する</label>'
                         '<select name="plan"><option>月額プラン</option></select>'
                         '<button type="submit">同意して申し込む</button></form></body></html>', "terms.html")
    assert _shape(form) == _shape(plain) == _shape(sample)
    assert _errors_and_warnings(form) == _errors_and_warnings(plain)
    assert "月額プラン" not in form.norm.text and "同意して申し込む" not in form.norm.text
    lines = "\n".join(html.escape(x) for x in _page_lines(sample))
    box = doc_from_text(f'<html><body><h2>会員登録</h2><form><textarea readonly rows="10">\n{lines}\n</textarea>'
                        "</form></body></html>", "terms.html")
    assert [(a.number, a.title) for a in box.articles] == [(a.number, a.title) for a in sample.articles]
    assert box.articles[-1].text == plain.articles[-1].text


def test_server_side_code_in_a_page_template_is_no_text():
    """A page saved as its PHP template (<?php get_template_part(…, array('title_ja' => '…')); ?>): html.parser ended
    the block at the first 「>」 (in 「=>」) and the rest of the code leaked into the preamble, an unbalanced bracket
    reported there. The code blocks, in the page and inside an attribute, are dropped whole."""
    sample = _to_last_article("ekyc")
    body = render(sample, "html")
    plain = doc_from_text(f"<html><body>{body}</body></html>", "terms.html")
    page = doc_from_text("<?php\nget_template_part(\n    'template-parts/page-hero',\n    null,\n"
                         "    array('title_ja' => '利用規約', 'image' => 'hero.jpg',)\n);\n?>\n"
                         f'<html><body><img src="<?php echo esc_url( $base . \'/a.png\' ); ?>" alt="">'
                         f"<?php while ( have_posts() ) : the_post(); ?>{body}<?php endwhile; ?></body></html>",
                         "terms.html")
    assert page.norm.text == plain.norm.text
    assert _errors_and_warnings(page) == _errors_and_warnings(plain)
    assert any(r.kind == "script" and "get_template_part" in r.text for r in page.source.removed)


def _titles_as_headings_page(doc) -> str:
    """``doc`` as a 定款 page sets it: the title of each article a heading (<h3>名称</h3>), then <dl><dt>第1条</dt>
    <dd>…</dd></dl>."""
    t = doc.norm.text

    def paras(s):
        return "".join(f"<p>{html.escape(line)}</p>" for line in s.split("\n") if line.strip())

    out = ["<html><body><h1>利用規約</h1>", paras(t[:doc.articles[0].span[0]])]
    for a in doc.articles:
        out.append(f"<h3>{html.escape(a.title)}</h3><dl><dt>{html.escape(a.label)}</dt>"
                   f"<dd>{paras(t[a.heading_span[1]:a.span[1]])}</dd></dl>")
    return "".join(out) + "</body></html>"


@pytest.mark.parametrize("name", ["ekyc", "basic"])
def test_the_page_heading_over_a_bare_article_number_is_its_title(name):
    """A 定款 page sets each title as a heading and the article as <dl><dt>第1条</dt><dd>…</dd></dl>: all 48 titles
    were lost, each read as an extra paragraph of the article before (the first as the preamble's). The heading
    over a bare 第N条 titles it, as a caption （名称） above it does; the sample so published reads as its text."""
    sample = _to_last_article(name)
    page = doc_from_text(_titles_as_headings_page(sample), "teikan.html")
    assert [(a.number, a.title) for a in page.articles] == [(a.number, a.title) for a in sample.articles]
    assert [paras for _heading, paras in _shape(page)] == [paras for _heading, paras in _shape(sample)]
    assert page.preamble.text.split("\n")[0] == "利用規約" and sample.articles[0].title not in page.preamble.text
    assert _errors_and_warnings(page) == _errors_and_warnings(sample)


def test_a_caption_over_an_article_whose_first_sentence_lacks_its_period_titles_it():
    """「（役　員）」 over 「第２条　本会に次の役員を置く」 (a 規約 page, the sentence without its 。): the sentence was read as the
    title, and the caption as the last line of the article before. Under a caption, what follows 第N条 is the first
    sentence, as in a law; a title in brackets after 第N条 stays the title."""
    page = ("<div><p><strong>（会　員）</strong><br>\n第１条　本会の会員は、自治会とする。</p>\n"
            "<p><strong>（役　員）</strong><br>\n第２条　本会に次の役員を置く<br>\n(1) 常任委員<br>\n(2) 会計監査　　２名</p>\n"
            "<p><strong>（会議）</strong><br>\n第３条　本会に総会を置く。</p></div>")
    doc = doc_from_text(page, "kiyaku.html")
    assert [(a.label, a.title) for a in doc.articles] == [("第1条", "会員"), ("第2条", "役員"), ("第3条", "会議")]
    assert doc.articles[0].paragraphs[-1].text == "本会の会員は、自治会とする。"
    assert doc.articles[1].paragraphs[0].text == "本会に次の役員を置く"
    assert [i.label for i in doc.articles[1].paragraphs[0].items] == ["(1)", "(2)"]
    assert grammar.captions_heading("（役員）", "第2条（役員）") is None


def _self_numbered_list_page(doc) -> str:
    """``doc`` as a 定款 page sets it: each article a flat <ol> whose <li>s carry the drafter's own labels (「2 」 before
    a paragraph, 「（1）」 before an item), the first paragraph's without one; the browser numbers them 1. 2. 3. too."""
    out = ["<html><body><h1>利用規約</h1>"]
    for a, _heading, paras in _units(doc):
        lis = []
        for k, (_n, _label, own, items) in enumerate(paras, 1):
            lis.append(f"<li>{'' if k == 1 else f'{k} '}{html.escape(own)}</li>")
            lis += [f"<li>（{j}） {html.escape(i)}</li>" for j, i in enumerate(items, 1)]
        out.append(f"<h3>{html.escape(a.title)}</h3><dl><dt>{a.label}</dt><dd><ol>{''.join(lis)}</ol></dd></dl>")
    return "".join(out) + "</body></html>"


@pytest.mark.parametrize("name", ["ekyc", "gmo_service"])
def test_list_items_that_number_themselves_are_read_by_their_own_labels(name):
    """<ol><li>理事長は…</li><li>2 監事は…</li><li>（1） 理事の…</li></ol> (a 定款 page): the browser's numbers 1. 2. 3.
    made every <li> a paragraph, so 「第28条第1項第2号」 had no item (3 false errors), and 34 stray spaces were
    reported in 「2. 2 社員とし」. A list two of whose items carry labels of their own numbers itself: the sample so
    published has its paragraphs and items, and reports what its text reports."""
    _page_reads_as_its_sample(name, _self_numbered_list_page, "teikan.html", _errors_and_warnings)


def _page_reads_as_its_sample(name, render, file_name, findings) -> None:
    """The sample ``name`` written as a page by ``render`` has the sample's articles, its paragraphs (numbered by place:
    an article of one paragraph is its paragraph 1) and items, and ``findings`` reports the same on both."""
    sample = _to_last_article(name)
    # (the samples with one level of items and paragraphs numbered 1, 2, 3, as the page forms hold them)
    assert not any(it.items for a in sample.articles for p in a.paragraphs for it in p.items)
    assert _conventional_numbers(sample)
    page = doc_from_text(render(sample), file_name)
    assert [(a.number, a.title) for a in page.articles] == [(a.number, a.title) for a in sample.articles]
    assert _numbered_shape(page) == _numbered_shape(sample)
    assert findings(page) == findings(sample)


def _numbered_shape(doc):
    return [[(n or 1, k) for n, k in paras] for _heading, paras in _shape(doc)]


def _conventional_numbers(doc) -> bool:
    return all(p.number in (k, None if k == 1 else k) for a in doc.articles for k, p in enumerate(a.paragraphs, 1))


_TEIKAN_CODE_BLOCK = """# 株式会社サンプル定款

### （目的）

第２条　当会社は，次の事業を営むことを目的とする。

    １　インターネットを利用した情報システムの企画及び運用
    ２　コンピュータのソフトウェアの企画、開発及び販売
    ３　前各号に附帯する一切の事業

### （株主名簿記載事項の記載の請求）

第３条　当会社の株式取得者が株主名簿記載事項を株主名簿に記載することを請求するには，株式取得者と株主名簿に記載された者が共同して請求しなければならない。

    　２　前項の規定にかかわらず，利害関係人の利益を害するおそれがない場合には，株式取得者が単独で請求することができる。
"""


def test_items_numbered_by_bare_digits_after_the_lead_sentence_are_items():
    """A 定款 in Markdown (its lines indented four spaces, a code block) lists the company's purposes 「１　…」「２　…」
    under 「…次の事業を営むことを目的とする。」: item 1 was glued to the lead sentence and 2–8 read as 第2項–第8項, so
    「前各号」 in the last was reported as dangling (「前各項」). A run from 1 after the article's first paragraph is
    its items; 「２　前項の…」 after a paragraph stays 第2項."""
    doc = doc_from_text(_TEIKAN_CODE_BLOCK, "teikan.md")
    purposes, register = doc.articles
    assert [p.number for p in purposes.paragraphs] == [None]
    assert [(i.number, i.text[:6]) for i in purposes.paragraphs[0].items] == [(1, "インターネッ"), (2, "コンピュータ"),
                                                                              (3, "前各号に附帯")]
    assert [p.number for p in register.paragraphs] == [None, 2] and register.paragraphs[0].items == []
    assert run_checks(doc, ["reference-dangling"]) == []


def _unnumbered_paragraphs_page(doc) -> str:
    """``doc`` in Markdown as contracts on GitHub write it: no paragraph numbers, a blank line between paragraphs,
    the items a list under theirs."""
    out = []
    for _a, heading, paras in _units(doc):
        out.append(f"## {heading}\n")
        for _n, _label, own, items in paras:
            out.append(f"{own}\n")
            if items:
                out.append("".join(f"{j}. {i}\n" for j, i in enumerate(items, 1)))
    return "\n".join(out)


@pytest.mark.parametrize("name", ["ekyc", "gmo_service"])
def test_unnumbered_paragraphs_separated_by_a_blank_line_are_the_articles_paragraphs(name):
    """A contract in Markdown numbers none of its paragraphs; a blank line separates them (「乙は…納品する。⏎⏎甲は前項に
    定める成果物の検査を行う。」), and a paragraph after an item list follows the list. They were read as one paragraph
    (the one after the list put before the items), so 「前項」 had no paragraph to point at. The sample so written has
    its paragraphs, numbered by place, and its items."""
    _page_reads_as_its_sample(name, _unnumbered_paragraphs_page, "contract.md", _dangling)


def _dangling(doc):
    return [(f.label, f.excerpt, f.message) for f in run_checks(doc, ["reference-dangling"])]


# a published 会員利用規約 (pub18, joto): each <li> of an <ol> writes its own 「1.」 glued to its text and the page hides
# the list's markers; the browser's counter is no second number (it made 18 「1. 1.」 findings of a doubled label)
JOTO_OL = (
    "<dl>\n<dt>第1条(利用料)</dt>\n<dd><ol>\n<li>1.本サービスの利用料は、330円（税込）/月となります。</li>\n"
    "<li>2.入会月、退会月共に、日割計算は行いません。</li>\n</ol></dd>\n<dt>第2条(決済)</dt>\n<dd><ol>\n"
    "<li>1.利用者は、当社に対し利用料を支払うものとします。</li>\n</ol></dd>\n</dl>\n"
)


def test_list_items_that_write_their_own_number_glued_to_the_text():
    doc = doc_from_text(JOTO_OL, "kiyaku.html")
    texts = [doc.norm.text[p.span[0]:p.span[1]] for a in doc.all_articles() for p in a.paragraphs]
    assert [t[:6] for t in texts] == ["1.本サービ", "2.入会月、", "1.利用者は"]
    assert run_checks(doc, ["item-list"]) == []
    # an amount at an item's start is no label: the list keeps its counter (「1. 1.5倍の料金」)
    amounts = JOTO_OL.replace("1.本サービスの利用料は", "1.5倍の料金は").replace("2.入会月", "2.5倍の月")
    doc = doc_from_text(amounts, "kiyaku.html")
    assert "1. 1.5倍の料金は" in doc.norm.text and "2. 2.5倍の月" in doc.norm.text


@pytest.mark.parametrize("name", ["basic", "gmo_service"])
@pytest.mark.parametrize("tag", ["ul", "ol"])
def test_articles_laid_out_as_the_items_of_one_list(name, tag):
    """A published 利用規約 (pub18) sets its articles as one list, <ul><li>第1条（適用）本規約は…</li>…, each paragraph
    a <p> and each list of items nested in its <li>. The bullet (or the <ol>'s number) the browser puts before an
    article made every heading 「• 第1条」, no article at all: the whole document was the preamble. The sample so laid
    out reads the same articles and titles, and reports its errors and warnings at the same places, as the sample; an
    item that cites an article first (「第11条（禁止事項）に違反するおそれがある場合」) stays an item."""
    sample = doc_from_text(SAMPLES[name].read_text(encoding="utf-8"), "terms.txt")
    t = sample.norm.text
    lis = []
    for art, heading, paras in _units(sample):
        body = []
        for _number, label, own, items in paras:
            body.append(f"<p>{html.escape((label or '') + own)}</p>")
            if items:
                body.append("<ol>" + "".join(f"<li>{html.escape(i)}</li>" for i in items) + "</ol>")
        lis.append(f"<li>{html.escape(heading.replace(chr(10), ' '))}{''.join(body)}</li>")
    head = "".join(f"<p>{html.escape(x)}</p>" for x in t[:sample.articles[0].span[0]].split("\n") if x.strip())
    tail = "".join(f"<p>{html.escape(x)}</p>" for x in t[sample.articles[-1].span[1]:].split("\n") if x.strip())
    page = doc_from_text(f"<html><body>{head}<{tag}>{''.join(lis)}</{tag}>{tail}</body></html>", "terms.html")
    assert [(a.number, a.title) for a in page.articles] == [(a.number, a.title) for a in sample.articles]
    assert [len(a.paragraphs) for a in page.articles] == [len(a.paragraphs) for a in sample.articles]
    # (the page is written from the normalized text, where the source's half-width ｡ is already folded and its stray
    # spaces removed)
    def places(doc):
        return sorted((f.rule, f.article, f.paragraph) for f in run_checks(doc) if told_whatever_the_layout(f))
    assert places(page) == places(sample)


@pytest.mark.parametrize("tag", ["pre", "textarea"])
def test_terms_shown_in_a_pre_or_a_read_only_textarea_read_as_the_text_file(tag):
    """Pages show the terms as the text file they were written in, hard-wrapped at a fixed width, inside a <pre> or
    a read-only <textarea> to scroll through (pub18: two published pages). Each wrapped line was kept as a line of its
    own: a word cut by the wrap (減⏎失) went unseen, the cut itself read as a stray space (わた っても), a line opening
    「と」 as a doubled particle. The sample's text file so shown reads and checks as the file does."""
    path = SAMPLES["basic"]
    text = doc_from_text(path.read_text(encoding="utf-8"), path.name)
    attrs = " readonly rows=\"20\"" if tag == "textarea" else ""
    page = doc_from_text(f"<html><body><h1>利用規約</h1><form><{tag}{attrs}>{html.escape(path.read_text(encoding='utf-8'))}"
                         f"</{tag}></form></body></html>", "terms.html")
    assert [(a.number, a.title) for a in page.articles] == [(a.number, a.title) for a in text.articles]
    assert _places(page) == _places(text)


def test_sections_headed_by_the_terms_of_a_definition_list():
    """A published 会員規約 (pub18) numbers no articles and heads its sections as the terms of a <dl>: <dt>会費</dt>
    <dd>会員は…。</dd>. The whole page read as one section under its <h1>. Mozilla's terms (sections, no 第N条) so
    laid out read the same sections, by title, with the same errors and warnings; a glossary's <dl> (each <dd> says what
    its term いう) stays the text of its section."""
    md = read_document(RAW / "mozilla" / "accounts-tos-2025-06-04.md")
    t = md.norm.text
    entries = []
    for a in md.articles:
        body = "<br>".join(html.escape(t[p.span[0]:p.span[1]].strip()).replace("\n", "<br>") for p in a.paragraphs)
        entries.append(f"<dt>{html.escape(a.title)}</dt><dd>{body}</dd>")
    page = doc_from_text(f"<html><body><h1>{html.escape(md.title)}</h1><dl>{''.join(entries)}</dl></body></html>",
                         "terms.html")
    assert [a.title for a in page.articles] == [a.title for a in md.articles]
    assert _errors_and_warnings(page) == _errors_and_warnings(md)
    glossary = ("<html><body><h1>用語</h1><dl><dt>本サービス</dt><dd>当社が提供するサービスをいいます。</dd>"
                "<dt>会員</dt><dd>本規約に同意して登録した者をいいます。</dd></dl></body></html>")
    assert len(doc_from_text(glossary, "terms.html").articles) <= 1


@pytest.mark.parametrize("tag", ["ul", "ol"])
def test_list_items_that_open_with_a_block_and_write_their_own_labels(tag):
    """A published 利用規約 (pub21) sets each paragraph as <li><p>1.本サービスの…</p><ul><li><p>（1）…</p></li></ul></li>:
    the bullet before each <p> stood on a line of its own, read as an item 「•」 before every （n）, and each （2）…（9）
    was told as a number skipped (44 false warnings on one page). A browser shows the marker beside the block; a
    <ul> whose items write their own labels shows no bullet that counts."""
    # (the page also opens one list with an empty <li><p></p></li>: no item, no bullet)
    page = (f"<html><body><h2>第3条（料金）</h2><{tag}><li><p>1.本サービスの料金は次のとおりです。</p><ul><li><p></p></li>"
            "<li><p>（1）パック：月額1,780円とします。</p></li><li><p>（2）単体：別表に定めます。</p></li></ul></li>"
            f"<li><p>2.前項1号のパックは解約できます。</p></li></{tag}></body></html>")
    doc = doc_from_text(page, "terms.html")
    (art,) = doc.articles
    if tag == "ul":
        assert [(p.number, [it.label for it in p.items]) for p in art.paragraphs] == [(1, ["（1）", "（2）"]), (2, [])]
    assert "\n•\n" not in doc.norm.text and "\n1.\n" not in doc.norm.text
    assert [f.rule for f in run_checks(doc) if f.rule.startswith("numbering") and f.label != "第3条"] == []
