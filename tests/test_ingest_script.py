"""ingest.script: terms kept as program source (a React/Next.js page component, a module holding them in a string) are
read as the page shows them, on published pages (pub490, pub496, pub505)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.api import read_document
from pipeline.checks import run_checks
from pipeline.errors import BadInput
from pipeline.ingest import expand_inputs, load_bytes

FIXTURES = Path(__file__).parent / "fixtures"
POLIDEBATE = FIXTURES / "pub505" / "polidebate_terms.tsx"
BEAUTECH = FIXTURES / "pub496" / "beautech_supply_sale_page.tsx"
POLEPOLE = FIXTURES / "pub490" / "polepole_kaisoku.tsx"
DAYONE = FIXTURES / "pub506" / "dayone_membership_agreement.js"
WRAITH = FIXTURES / "pub506" / "wraith_terms.ts"
MSBJ = FIXTURES / "pub506" / "msbj_legacy_content.ts"
PAGES = (POLIDEBATE, BEAUTECH, POLEPOLE, DAYONE)

_CODE = re.compile(r"className|useState|=>|import |\.map\(|export |\{\{|\}\}|onClick|key=")
_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff]")


def _flat(s: str) -> str:
    return re.sub(r"\s+", "", s)


def _shown_lines(path: Path) -> list[str]:
    """The lines of the file a browser shows: Japanese between tags or in the page's data, stripped of markup and
    quotes (code lines with Japanese in a comment, a message the code pops up, a form's default value left aside)."""
    out = []
    # a page's buttons are form controls, which the HTML reader leaves out (ingest.html's DROP_OTHER)
    # (and markup commented out, {/* <FormField … */}, is not shown)
    # (nor the <title> of its <Head>, which names the browser's tab); {' '} is a space the markup writes as code
    lines = re.sub(r"<Button\b.*?</Button>|\{/\*.*?\*/\}|<title>.*?</title>|\{\s*['\"] ['\"]\s*\}", "",
                   path.read_text(encoding="utf-8"), flags=re.S).splitlines()
    for k, ln in enumerate(lines):
        s = ln.strip()
        if not _JAPANESE.search(s) or re.match(r"(?://|/\*|\*|\{/\*|import|const|let|description:|[a-zA-Z]+: \"(?:有|1)\")", s):
            continue
        if re.match(r"[\w-]+=", s) or re.search(r"\w\(\s*[\"'`]", s) or re.search(r"\w\(\s*$", lines[k - 1]):  # toast.error("…"), setError(⏎"…"
            continue
        s = re.sub(r"<[^>]*>", "", s)
        s = re.sub(r"^(?:title|content|text|body):\s*", "", s)
        s = s.strip('",{}() ')
        if _JAPANESE.search(s):
            out.append(s)
    return out


@pytest.mark.parametrize("path", PAGES, ids=lambda p: p.name)
def test_every_line_the_page_shows_is_read_and_no_code(path):
    doc = read_document(path)
    text = _flat(doc.source.text + "".join(r.text for r in doc.source.removed))  # read, or recorded as left out
    missing = [ln for ln in _shown_lines(path) if _flat(ln) not in text]
    assert not missing, missing[:5]
    assert not _CODE.search(doc.source.text), _CODE.search(doc.source.text)
    assert any(r.kind == "script" for r in doc.source.removed)  # the code left out is recorded, never silently


def test_a_page_that_maps_its_data_reads_in_the_order_it_shows():
    """PoliDebate's terms keep each article as {title, content: (<p>…</p>)} in an array the page maps under its
    preamble; 第2条's prohibited acts are an array of strings mapped into <li>s inside the <ul>."""
    doc = read_document(POLIDEBATE)
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4", "5", "6", "7"]
    assert [a.title for a in doc.articles][:2] == ["サービス内容", "禁止事項"]
    text = doc.source.text
    assert text.index("本利用規約（以下「本規約」）は") < text.index("第1条（サービス内容）")  # the preamble, before
    second = doc.articles[1]
    assert "誹謗中傷、差別、脅迫、プライバシー侵害など他者を傷つける行為" in doc.norm.text[second.span[0]:second.span[1]]
    assert "トピック一覧に戻る" not in text  # the site's header: left out as navigation (main content read)


def test_a_page_component_contract_is_read_whole_and_checked():
    """The supply contract of a franchise's sign-up page (a Next.js client component, 1,057 lines of which the
    contract's 28 articles are JSX) is read as the page shows it; the reader's marked slips in it are told."""
    doc = read_document(BEAUTECH)
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 29)]
    told = {(f.rule, f.excerpt) for f in run_checks(doc)}
    assert ("confusable-word", "奴何") in told  # 「その弁済期の奴何にかかわらず」 (如何)
    assert ("term-undefined", "本条件書") in told  # the contract calls itself 本規約/本契約 everywhere else


def test_a_component_that_sniffs_as_html_is_read_by_its_grammar():
    """A choir's 会則 (pub490) returns its markup at once, so its bytes look like HTML: its style={{ width: "100%" }}
    is code all the same, and its articles are all read."""
    doc = read_document(POLEPOLE)
    assert doc.source.format == "html" and any("program source (.tsx)" in n for n in doc.source.notes)
    assert len(doc.articles) == 16
    assert "100%" not in doc.source.text and "width" not in doc.source.text


def test_source_with_no_page_text_is_refused_with_a_way_out():
    """A component whose markup holds a title and no text (and no strings of sentences) is code, not a page."""
    page = ("import { z } from 'zod'\nexport const schema = z.object({ name: z.string().min(1, '氏名を入力してください') })\n"
            "export default function Terms() {\n  return (<h1 className=\"t\">出店規約</h1>)\n}\n")
    with pytest.raises(BadInput, match="program source.*no page text.*save it as HTML"):
        load_bytes(page.encode("utf-8"), "seller-terms.tsx")


def test_a_folder_is_not_searched_for_program_source(tmp_path):
    """A site's folder holds far more code than pages: a folder given to check or batch yields its documents only;
    a component is read when it is named."""
    (tmp_path / "terms.txt").write_text("第1条（目的）\n本規約は、当社のサービスに適用する。\n", encoding="utf-8")
    (tmp_path / "page.tsx").write_bytes(POLIDEBATE.read_bytes())
    assert [p.name for p in expand_inputs([tmp_path])] == ["terms.txt"]
    assert [p.name for p in expand_inputs([tmp_path / "page.tsx"])] == ["page.tsx"]


def test_the_line_breaks_react_turns_into_spaces_are_seen():
    """JSX joins the lines of a text with a space: 「甲及⏎                    び乙」 shows as 「甲及 び乙」 on the page
    (the reader of the contract marked both, 「甲及 び乙」 and 「原 本」), where a browser's HTML would join them."""
    told = {f.excerpt for f in run_checks(read_document(BEAUTECH), ["stray-space"])}
    assert {"し、甲及 び乙が合", "イルを原 本とし、"} <= told


def test_a_module_whose_string_is_the_terms_is_read_as_that_text():
    """Wraith CI's terms are a template string 「export const ja = `この利用規約…`」 beside their English: the Japanese
    string is the document, read as text, the code and the English left out."""
    doc = read_document(WRAITH)
    assert doc.source.format == "text" and "string at line 1" in doc.source.notes[0]
    assert doc.norm.text.startswith("この利用規約（以下「本規約」といいます）は、諏訪システム")
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 18)]
    assert "export" not in doc.source.text and "Terms of Service" not in doc.source.text


def test_a_class_component_page_is_read_and_its_slips_told():
    """Dayone's 利用規約 is a Google Docs export pasted into a React class component's render(): its 28 articles are
    read, and two of the slips its reader marked are told as errors or warnings (棄損 for 毀損, a half-width ･)."""
    doc = read_document(DAYONE)
    assert len(doc.articles) == 28
    told = {(f.rule, f.excerpt[:2]) for f in run_checks(doc) if f.severity != "info"}
    assert ("confusable-word", "棄損") in told
    assert any(rule == "convention-deviation" for rule, _ in told)  # 「第三者サイト･サービス」


def test_strings_of_markup_in_a_data_module_are_read_as_markup():
    """A site-content module keeps its 定款 as one record's HTML string (「<p>【名称】<br />第1条 当法人は…</p>」): the
    markup is read as markup, not shown as text, and the 定款's 32 articles are there."""
    doc = read_document(MSBJ)
    assert "<p>" not in doc.source.text and "<br" not in doc.source.text
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 33)]
    assert "当法人は、一般社団法人マンガラ・シュリ・ブティ・ジャパンと称し" in doc.norm.text


DOORREVO = FIXTURES / "pub510" / "doorrevo_fee_confirm.jsx"
YSBASE = FIXTURES / "pub510" / "ysbase_terms_page.tsx"


def test_a_component_s_title_prop_is_shown_as_its_caption():
    """YS-BASE writes each article as <Section title="第1条（適用範囲）">…</Section>: the component shows the title, so
    the 11 articles are read (none were, the prop dropped as code); an HTML element's title, a tooltip, is not."""
    doc = read_document(YSBASE)
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 12)]
    assert doc.articles[0].title == "適用範囲"


def test_one_branch_of_a_conditional_is_read():
    """「{isMobile ? (<p>合計金額…円</p>) : (<p>合計金額…円</p>)}」: the page shows one of the two; both read, the text was
    told as a repeated sentence."""
    doc = read_document(DOORREVO)
    assert "合計金額円合計金額円" not in _flat(doc.norm.text)
    assert not [f for f in run_checks(doc, ["duplication"]) if "合計金額" in f.excerpt]


YSC = FIXTURES / "pub512" / "ysc_rules_page.tsx"
SALUTE = FIXTURES / "pub512" / "salute_gym_terms.tsx"


def test_a_number_badge_before_an_article_heading_is_decoration():
    """「<h3><span class="badge">1</span>第1条(名称)</h3>」: read as 「1 第1条(名称)」, no article was found (and four
    title-mismatch warnings were false); the badge is left out, recorded, and the club's 29 articles are read."""
    doc = read_document(YSC)
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 30)]
    assert doc.articles[0].title == "名称"
    assert sum(1 for r in doc.source.removed if r.kind == "markup" and r.text.isdigit()) == 29
    assert not [f for f in run_checks(doc, ["reference-title-mismatch"])]


def test_a_heading_component_s_number_and_title_props_make_the_heading():
    """「<ArticleHeading num="第1条" title="適用" />」: the component shows 第1条（適用）; its 16 articles are read (none
    were: the number prop was dropped as code)."""
    doc = read_document(SALUTE)
    assert [(a.number, a.title) for a in doc.articles][:2] == [("1", "適用"), ("2", "入会")]
    assert len(doc.articles) == 16


def test_a_bold_paragraph_number_before_a_citation_stays():
    """「<p><b>1</b> 第1条の規定にかかわらず、…</p>」: a paragraph numbered 1 that cites 第1条, no heading's badge."""
    page = ("<html><body><h2>第1条（目的）</h2><p><b>1</b> 第1条の規定にかかわらず、当社は通知する。</p>"
            "<h2>第2条（定義）</h2><p>本規約は有効とする。</p></body></html>")
    doc = read_document_from(page, "x.html")
    assert "1 第1条の規定にかかわらず" in doc.norm.text


def read_document_from(text: str, name: str):
    from pipeline.api import document_from_source

    return document_from_source(load_bytes(text.encode("utf-8"), name))
