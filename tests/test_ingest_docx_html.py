"""Word (.docx) and HTML ingest on documents generated from the sample agreements, and on the KDDI page."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

import docgen
from docgen import EXTERNAL
from pipeline.errors import BadInput
from pipeline.ingest import load, load_bytes
from pipeline.ingest.docx import format_number
from pipeline.ingest.html import list_label

SEEDS = docgen.seed_files()
SEED_IDS = [s.name[:3] for s in SEEDS]
pytestmark = pytest.mark.skipif(not SEEDS, reason="../shared/seeds not available")
KDDI_HTML = EXTERNAL / "pdf" / "kddi_used-device-buyback-terms.html"


def _seed(seed_id: str):
    return next(s for s in SEEDS if s.name.startswith(seed_id))


def _structure_matches(lines: list[str], src, tmp_path, label: str, record_property) -> None:
    docgen.assert_same_document("\n".join(lines), src, tmp_path, label, record_property)


# ---------------------------------------------------------------- .docx


@pytest.fixture(scope="module")
def docx_builds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("docx")
    out = {}
    for seed_id in SEED_IDS:
        table = docgen.FEE_TABLE if seed_id == SEED_IDS[0] else None
        out[seed_id] = docgen.build_docx(docgen.seed_lines(_seed(seed_id)), folder / f"{seed_id}.docx", table=table)
    return out


@pytest.mark.parametrize("seed_id", SEED_IDS)
def test_docx_lines_with_word_numbering_rendered(docx_builds, seed_id, tmp_path, record_property):
    b = docx_builds[seed_id]
    src = load(b.path)
    assert src.format == "docx"
    # the labels of 第N条, N． and (N) come from numbering.xml, not from the text
    assert b.numbered >= 20
    assert src.text.splitlines() == b.lines
    _structure_matches(b.lines, src, tmp_path, f"DOCX {seed_id}", record_property)


def test_docx_table_rows(docx_builds):
    src = load(docx_builds[SEED_IDS[0]].path)
    assert src.tables == [docgen.FEE_TABLE]
    assert src.text.splitlines()[-len(docgen.FEE_TABLE):] == [" | ".join(r) for r in docgen.FEE_TABLE]


def test_docx_number_formats_levels_restart_and_start(tmp_path):
    p = tmp_path / "formats.docx"
    expected = docgen.build_docx_formats(p)
    assert load(p).text.splitlines() == expected


@pytest.mark.parametrize("fmt", docgen.NUMBER_FORMATS)
def test_word_number_format_values(fmt):
    labels, eleventh = docgen.NUMBER_FORMATS[fmt]
    assert [format_number(n, fmt) for n in (1, 2, 3)] == labels
    if eleventh is not None:
        assert format_number(11, fmt) == eleventh


def test_docx_tracked_changes_footnotes_and_line_breaks(tmp_path):
    p = tmp_path / "tracked.docx"
    info = docgen.build_docx_tracked(p)
    src = load(p)
    assert src.text.splitlines() == info["text"]
    assert "000" not in src.text and "すべての利用者" not in src.text and "別表に定める" not in src.text
    got = [(r.kind, r.text, src.text[r.start : r.end], src.text[r.start : r.start + len(after)])
           for r, (_, _, _, after) in zip(src.removed, info["removed"])]
    assert got == info["removed"]
    assert len(src.removed) == len(info["removed"])
    assert src.tables == [info["table"]]
    assert "tracked changes read as accepted: 2 insertion(s), 2 deletion(s)" in src.notes


def test_docx_damaged_packages(tmp_path, docx_builds):
    good = docx_builds[SEED_IDS[0]].path.read_bytes()
    with pytest.raises(BadInput) as e:
        load_bytes(good[: len(good) // 2], "doc.docx")
    assert e.value.exit_code == 4 and "\n" not in str(e.value)
    assert e.value.message.startswith("damaged .docx")

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/other.xml", "<x/>")
    with pytest.raises(BadInput) as e:
        load_bytes(buf.getvalue(), "doc.docx")
    assert e.value.message == "not a Word document: the package has no word/document.xml"

    # a document.xml that is not XML
    src = zipfile.ZipFile(io.BytesIO(good))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        for item in src.infolist():
            data = src.read(item.filename)
            zf.writestr(item, b"<w:document><unclosed" if item.filename == "word/document.xml" else data)
    with pytest.raises(BadInput) as e:
        load_bytes(buf.getvalue(), "doc.docx")
    assert e.value.message.startswith("damaged .docx")

    with pytest.raises(BadInput) as e:
        load_bytes("第１条（目的）".encode(), "doc.docx")
    assert e.value.message == "named .docx but is not a Word document (not a ZIP package)"


# ---------------------------------------------------------------- HTML


@pytest.mark.parametrize("variant,charset", [("p", "utf-8"), ("dl", "shift_jis")])
@pytest.mark.parametrize("seed_id", SEED_IDS)
def test_html_main_content_lines(seed_id, variant, charset, tmp_path, record_property):
    b = docgen.build_html(docgen.seed_lines(_seed(seed_id)), tmp_path / "terms.html", variant=variant, charset=charset)
    src = load(b.path)
    assert src.format == "html" and src.encoding == charset
    # a browser collapses runs of spaces; everything else comes back line for line
    assert src.text.splitlines() == [re.sub(r"[ \t]+", " ", ln) for ln in b.lines]
    for dropped in b.dropped:
        assert dropped not in src.text
    kinds = sorted({r.kind for r in src.removed})
    assert kinds == ["navigation", "script"]
    assert any(r.text == "サイト共通ヘッダー ログイン" and r.start == 0 for r in src.removed)
    assert "main content read from <main>" in src.notes
    _structure_matches(b.lines, src, tmp_path, f"HTML {seed_id} {variant} {charset}", record_property)


def _html(body: str, head: str = '<meta charset="utf-8">') -> bytes:
    return f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>".encode("utf-8")


def test_html_ordered_lists_as_a_reader_sees_them():
    body = """
    <ol><li>一つ目<li>二つ目</ol>
    <ol type="a" start="3"><li>c の項目</li><li>d の項目</li></ol>
    <ol style="list-style-type: katakana-iroha"><li>イの項目</li><li>ロの項目</li></ol>
    <ol type="I"><li>first</li><li value="9">ninth</li><li>tenth</li></ol>
    <ol><li>外側<ol type="i"><li>内側一</li><li>内側二</li></ol></li><li>外側二</li></ol>
    <ul><li>箇条</li></ul>
    """
    src = load_bytes(_html(body), "lists.html")
    assert src.text.splitlines() == [
        "1. 一つ目", "2. 二つ目",
        "c. c の項目", "d. d の項目",
        "イ、イの項目", "ロ、ロの項目",
        "I. first", "IX. ninth", "X. tenth",
        "1. 外側", "i. 内側一", "ii. 内側二", "2. 外側二",
        "• 箇条",
    ]


@pytest.mark.parametrize("n,kind,label", [(4, "1", "4. "), (28, "a", "ab. "), (14, "I", "XIV. "), (12, "cjk-ideographic", "十二、"),
                                          (3, "katakana", "ウ、"), (7, "decimal-leading-zero", "07. ")])
def test_list_label(n, kind, label):
    assert list_label(n, kind) == label


def test_html_definition_lists_implied_end_tags_breaks_tables():
    body = """<main>
    <h2>第1条 利用契約の成立</h2>
    <dl><dt>第2条 通知の方法<dd>1. 本規約に関する通知は、
      当社所定の方法による。<dd>2. 前項の通知は、<br>掲載時に効力を生じる。</dl>
    <p>第一段落<p>第二段落 with <b>bold</b> and <a href="#">link</a>
    <table><caption>料金表</caption><tr><th>区分<th>月額</tr><tr><td>ライト<td>1,100円</td></tr>
      <tr><td>備考<td><p>一行目</p><p>二行目</p></td></tr></table>
    <div hidden>隠し要素</div><span style="display:none">非表示</span>
    <pre>  整形済み
    テキスト</pre>
    </main>"""
    src = load_bytes(_html(body), "t.html")
    assert src.text.splitlines() == [
        "第1条 利用契約の成立",
        "第2条 通知の方法",
        "1. 本規約に関する通知は、当社所定の方法による。",  # a source line break between CJK vanishes
        "2. 前項の通知は、",
        "掲載時に効力を生じる。",
        "第一段落",
        "第二段落 with bold and link",
        "料金表",
        "区分 | 月額",
        "ライト | 1,100円",
        "備考 | 一行目 二行目",
        "  整形済み",
        "    テキスト",
    ]
    assert src.tables == [[["区分", "月額"], ["ライト", "1,100円"], ["備考", "一行目 二行目"]]]



def test_a_page_laid_out_in_a_table_gives_its_cells_lines():
    """A page laid out in tables (a funeral company's membership terms: one cell of prose between empty spacer cells, in
    a table nested in another's cell) shows its <br>-separated lines as lines; read as rows, the whole page was one line
    and its headings ran into its sentences. A row of data cells, and a heading set upright a character a line, stay
    one line each."""
    body = """<table><tr><td width="1">&nbsp;</td><td><table>
      <tr><td colspan="5">&nbsp;</td></tr>
      <tr><td>&nbsp;</td><td colspan="3"><p><strong>◇入会金のみ、毎月の掛け金は不要</strong><br/>
      <br/>入会方法は簡単です。<br/>後日会員証をお届けいたします。<br/></p></td><td>&nbsp;</td></tr>
      <tr><td>&nbsp;</td><td>◇仕出し料理</td><td>&nbsp;</td><td>→優良店紹介</td></tr>
      <tr><td>遵<br>守<br>事<br>項</td><td>&nbsp;</td></tr>
    </table></td></tr></table>"""
    src = load_bytes(_html(body), "t.html")
    assert src.text.splitlines() == [
        "\u00a0",
        "◇入会金のみ、毎月の掛け金は不要",
        "入会方法は簡単です。",
        "後日会員証をお届けいたします。",
        "\u00a0 | ◇仕出し料理 | \u00a0 | →優良店紹介",
        "遵 守 事 項 | \u00a0",  # (the spaces a browser shows for the cell's breaks: Source.cell_breaks)
    ], src.text.splitlines()


def test_the_rules_of_a_rental_space_laid_out_in_a_table_are_read_as_articles():
    """A rental space's page (tests/fixtures/pub53/noie.html) holds its rules in one table cell: each rule is a line."""
    from pipeline.api import read_document

    doc = read_document(Path(__file__).parent / "fixtures" / "pub53" / "noie.html")
    lines = doc.norm.text.split("\n")
    assert "•利用目的" in lines and len(lines) > 50, lines[:5]

def test_html_article_and_body_fallbacks():
    src = load_bytes(_html("<nav>メニュー</nav><article><p>本文</p></article><footer>フッター</footer>"), "a.html")
    assert src.text == "本文\n" and "main content read from <article>" in src.notes
    src = load_bytes(_html("<header>ヘッダー</header><div><p>本文だけ</p></div>"), "b.html")
    assert src.text == "本文だけ\n"
    assert [(r.kind, r.text) for r in src.removed] == [("navigation", "ヘッダー")]


@pytest.mark.parametrize(
    "data,encoding",
    [
        ('<html><head><meta charset="Shift_JIS"></head><body><p>第１条（目的）①</p></body></html>'.encode("cp932"), "shift_jis"),
        ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=EUC-JP"></head><body><p>第１条（目的）</p></body></html>'.encode("euc_jp"), "euc-jp"),
        (b"\xef\xbb\xbf" + "<html><body><p>第１条（目的）</p></body></html>".encode(), "utf-8-sig"),
        ("<html><body><p>第１条（目的）</p></body></html>".encode("cp932"), "cp932"),  # no declaration: detected
    ],
)
def test_html_charsets(data, encoding):
    src = load_bytes(data, "page.html")
    assert src.encoding == encoding
    assert src.text.splitlines()[0].startswith("第１条（目的）")


def test_html_declared_charset_that_lies_is_detected_and_noted():
    data = '<html><head><meta charset="utf-8"></head><body><p>第１条（目的）</p></body></html>'.encode("cp932")
    src = load_bytes(data, "page.html")
    assert src.encoding == "cp932" and src.text == "第１条（目的）\n"
    assert any(n.startswith("declared charset utf-8 does not match the bytes") for n in src.notes)


@pytest.mark.skipif(not KDDI_HTML.exists(), reason="KDDI HTML not available")
def test_kddi_html_fragment():
    src = load(KDDI_HTML)
    lines = src.text.splitlines()
    assert lines[0] == "中古端末買取り利用規約"
    assert lines[2:4] == ["第1条 利用契約の成立", lines[3]] and lines[3].startswith("法人顧客向け中古端末の買取施策の利用契約は")
    assert sum(1 for ln in lines if re.match(r"第\d+条 ", ln)) == 34
    assert "支払い条件：" in lines and lines[-1] == "以上"
    # the <style> block at the top of the fragment is dropped and recorded
    assert [r.kind for r in src.removed] == ["script"] and ".terms{" in src.removed[0].text
    assert "font-size" not in src.text


# ---------------------------------------------------------------- never a library exception

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from pipeline.errors import ClausediffError  # noqa: E402
from pipeline.ingest import Limits  # noqa: E402
from pipeline.ingest.docx import read_docx  # noqa: E402
from pipeline.ingest.html import read_html  # noqa: E402


@pytest.fixture(scope="module")
def small_docx(tmp_path_factory):
    p = tmp_path_factory.mktemp("fuzz") / "t.docx"
    docgen.build_docx_tracked(p)
    return p.read_bytes()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_docx_fails_cleanly(small_docx, data):
    buf = bytearray(small_docx)
    for _ in range(data.draw(st.integers(1, 6))):
        at = data.draw(st.integers(0, len(buf) - 1))
        buf[at] ^= data.draw(st.integers(1, 255))
    try:
        src = read_docx(bytes(buf), "doc.docx", Limits())
    except ClausediffError as e:
        assert "\n" not in str(e)
    else:
        assert isinstance(src.text, str)


_HTML_TOKENS = list("<>/=\"' abcdlpt第条。\n&;#x") + [
    "<p>", "</p>", "<li>", "</li>", '<ol start="x">', "<ol type=\"i\">", "</ol>", "<table>", "<tr>", "<td>", "</table>",
    "<pre>", "</pre>", "<br>", "<main>", "<nav>", "</nav>", "<dd>", "<dt>", "&amp;", "<script>", "<div hidden>",
]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_HTML_TOKENS), max_size=80).map("".join))
def test_any_html_renders(markup):
    """Any tag soup gives a Source or one of our errors."""
    try:
        src = read_html(markup.encode("utf-8"), "page.html", Limits())
    except ClausediffError as e:
        assert "\n" not in str(e)
    else:
        assert src.format == "html" and isinstance(src.text, str)
        assert all(0 <= r.start <= r.end <= len(src.text) for r in src.removed)


# Real terms pages nest 「<h2>第N条</h2>」 → 「<h3>N項（…）</h3>」 → a list restarting at 1 (see ../shared/NOTES.md).
SUBSECTIONS_HTML = """<html><body><main>
<h1>サンプル利用規約</h1>
<h2>第1条（目的）</h2><p>本規約は、サービスの利用条件を定めます。</p>
<h2>第2条（アカウント）</h2>
<h3>1項（登録）</h3>
<ol><li>利用者は、登録を行うものとします。</li><li>利用者は、正確な情報を提供するものとします。</li></ol>
<h3>2項（管理）</h3>
<ol><li>利用者は、アカウントを管理するものとします。</li><li>当社は、責任を負います。</li></ol>
</main></body></html>"""


def test_html_headings_are_headings_and_html_lines_are_never_joined():
    """Each HTML block is a line of its own: 「2項（管理）」 after a long sentence ending in 。 is not a
    wrapped continuation of it, and an <h3> is a heading, so the list under it numbers from 1 again."""
    from pipeline.api import document_from_source
    from pipeline.checks import run_checks
    from pipeline.ingest import load_bytes

    doc = document_from_source(load_bytes(SUBSECTIONS_HTML.encode("utf-8"), "terms.html"))
    text = doc.norm.text
    assert "提供するものとします。\n2項（管理）" in text
    levels = {text[o:text.index("\n", o)]: lv for o, lv in doc.norm.headings}
    assert levels["サンプル利用規約"] == 1 and levels["第2条（アカウント）"] == 2 and levels["2項（管理）"] == 3
    art = doc.articles[1]
    # each <h3>「N項」 heads paragraph N, and the <ol> under it lists that paragraph's items
    assert [(p.number, p.text) for p in art.paragraphs] == [(1, "1項（登録）"), (2, "2項（管理）")]
    assert [[it.text[:6] for it in p.items] for p in art.paragraphs] == [
        ["利用者は、登", "利用者は、正"], ["利用者は、ア", "当社は、責任"]]
    assert run_checks(doc, ["numbering-duplicate", "numbering-gap", "numbering-order"]) == []


def test_a_heading_repeated_through_a_web_page_is_text_not_a_running_header():
    """A web page has no printed pages: 「従量料金」 heading each plan's section, far apart, is content,
    and so is a bare number on a line of its own (a table cell), however often it comes."""
    from pipeline.api import document_from_source
    from pipeline.ingest import load_bytes

    filler = "".join(f"<p>第{n}号の定めによる。</p>" for n in range(30))
    plans = "".join(f"<h3>従量料金</h3><p>プラン{n}の従量料金は次のとおりとします。</p><p>1000</p>{filler}" for n in range(3))
    page = f"<html><body><h1>料金表</h1><h2>第1条（料金）</h2>{plans}<h2>第2条（支払）</h2><p>支払う。</p></body></html>"
    doc = document_from_source(load_bytes(page.encode("utf-8"), "prices.html"))
    assert doc.norm.text.count("従量料金\n") == 3 and doc.norm.text.count("\n1000\n") == 3
    assert not [r for r in doc.norm.removed if r.kind in ("running-header", "page-number")]
