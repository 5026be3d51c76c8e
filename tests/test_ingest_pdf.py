"""PDF ingest on generated and real PDFs.

The generated PDFs lay out the logical lines of the five sample agreements in
four layouts (docgen.py). Each test compares the reader's output with what
was drawn: the printed lines, the furniture in the margins, the table. The
real PDFs (a Word-made KDDI agreement, a WeasyPrint Mozilla one) are checked
against facts read off the pages by hand.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import docgen
from docgen import EXTERNAL, PdfStyle, squeeze
from pipeline.errors import BadInput, ClausediffError, LimitExceeded, PdfError
from pipeline.ingest import Limits, load, load_bytes
from pipeline.ingest.pdf import _is_page_number, read_pdf

SEEDS = docgen.seed_files()
pytestmark = pytest.mark.skipif(not SEEDS, reason="../shared/seeds not available")

LAYOUTS = {
    # running header (document code, "k / N"), footer ("- k -", copyright), footnotes with a URL
    "furniture": PdfStyle(furniture=True, footnote_every=2),
    # letter-spaced headings (均等割付), charSpace 5 pt, Gothic
    "spaced": PdfStyle(heading_char_space=5.0, heading_font=docgen.GOTHIC),
    # two columns with a full-width title on page 1
    "two-column": PdfStyle(columns=2, size=9, leading=14, title_size=14),
    # a fee table with grid lines after the text
    "table": PdfStyle(table=docgen.FEE_TABLE),
}
CASES = [(seed.name[:3], layout) for seed in SEEDS for layout in LAYOUTS]
KDDI = EXTERNAL / "pdf" / "kddi_used-device-buyback-terms.pdf"
MOZILLA = next((EXTERNAL / "tos" / "mozilla").glob("*.pdf"), None) if (EXTERNAL / "tos" / "mozilla").exists() else None


class Built:
    """Generated PDFs and what the reader made of them, built once per session."""

    def __init__(self, folder):
        self.folder = folder
        self._builds: dict = {}
        self._sources: dict = {}

    def build(self, seed_id: str, layout: str) -> docgen.PdfBuild:
        key = (seed_id, layout)
        if key not in self._builds:
            seed = next(s for s in SEEDS if s.name.startswith(seed_id))
            path = self.folder / f"{seed_id}-{layout}.pdf"
            self._builds[key] = docgen.build_pdf(docgen.seed_lines(seed), path, LAYOUTS[layout])
        return self._builds[key]

    def source(self, seed_id: str, layout: str):
        key = (seed_id, layout)
        if key not in self._sources:
            self._sources[key] = load(self.build(seed_id, layout).path)
        return self._sources[key]


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    return Built(tmp_path_factory.mktemp("pdf"))


def body_lines(text: str) -> list[str]:
    return [squeeze(ln) for ln in text.splitlines() if ln.strip()]


# ---------------------------------------------------------------- generated PDFs


@pytest.mark.parametrize("seed_id,layout", CASES)
def test_lines_come_back_as_printed(built, seed_id, layout, record_property):
    """Every printed line, in reading order, one per line; nothing else (white space aside)."""
    b = built.build(seed_id, layout)
    src = built.source(seed_id, layout)
    assert src.format == "pdf" and src.pages == b.pages
    same, total = docgen.fidelity(b.expected_text(), src.text)
    record_property("fidelity", f"{same}/{total}")
    print(f"\nPDF {seed_id} {layout}: {b.pages} pages, fidelity {same}/{total} = {same / total:.4%}")
    assert body_lines(src.text) == [squeeze(ln) for ln in b.printed]


@pytest.mark.parametrize("seed_id", [s.name[:3] for s in SEEDS])
def test_running_headers_footers_page_numbers_and_footnotes_are_removed_and_recorded(built, seed_id):
    b = built.build(seed_id, "furniture")
    src = built.source(seed_id, "furniture")
    assert sorted((r.page, r.text) for r in src.removed) == sorted(b.furniture + b.footnotes)
    kinds = {r.text if r.kind != "page-number" else "page-number": r.kind for r in src.removed}
    assert kinds[docgen.DOC_CODE] == "running-header"
    assert kinds[docgen.COPYRIGHT] == "running-footer"
    assert kinds[docgen.FOOTNOTE[0]] == kinds[docgen.FOOTNOTE[1]] == "footnote"
    numbers = sorted(r.text for r in src.removed if r.kind == "page-number")
    assert numbers == sorted([f"{k} / {b.pages}" for k in range(1, b.pages + 1)] + [f"- {k} -" for k in range(1, b.pages + 1)])
    for _, drawn in b.furniture + b.footnotes:
        if drawn not in b.expected_text():
            assert drawn not in src.text


@pytest.mark.parametrize("seed_id", [s.name[:3] for s in SEEDS])
def test_removals_point_at_the_page_boundary_they_came_from(built, seed_id):
    b = built.build(seed_id, "furniture")
    src = built.source(seed_id, "furniture")
    text = src.text
    for r in src.removed:
        assert r.start == r.end and 0 <= r.start <= len(text)
        page_lines = b.printed_pages[r.page - 1]
        if r.kind == "running-header" or (r.kind == "page-number" and "/" in r.text):
            assert squeeze(text[r.start:]).startswith(squeeze(page_lines[0])), r
        else:  # footer, bottom page number, footnote: right after the page's last line
            assert squeeze(text[: r.start]).endswith(squeeze(page_lines[-1])), r


@pytest.mark.parametrize("formats", [("Page {k}", "{k}ページ"), ("{k}", "－{k}－"), ("p. {k}", "Page {k} of {n}")])
def test_page_numbers_in_other_forms(tmp_path, formats):
    seed = SEEDS[0]
    b = docgen.build_pdf(docgen.seed_lines(seed), tmp_path / "n.pdf", PdfStyle(furniture=True, page_numbers=formats))
    src = load(b.path)
    # HeiseiKakuGo's CMap gives back U+FF0D (－) as U+2212 (−): compare minus signs as "-"
    dash = str.maketrans({"－": "-", "−": "-"})
    expected = sorted(f.format(k=k, n=b.pages).translate(dash) for f in formats for k in range(1, b.pages + 1))
    assert sorted(r.text.translate(dash) for r in src.removed if r.kind == "page-number") == expected
    assert body_lines(src.text) == [squeeze(ln) for ln in b.printed]


@pytest.mark.parametrize(
    "text,is_number",
    [
        ("2 / 5", True), ("- 3 -", True), ("3", True), ("Page 3", True), ("3ページ", True), ("－３－", True),
        ("p. 12", True), ("Page 3 of 10", True), ("第3頁", True), ("— 7 —", True), ("１２", True),
        ("第3条", False), ("(3)", False), ("2024年", False), ("3.", False), ("1. 総則", False), ("①", False),
        ("Page", False), ("12345", False),
    ],
)
def test_page_number_shapes(text, is_number):
    assert _is_page_number(text) is is_number


@pytest.mark.parametrize("seed_id", [s.name[:3] for s in SEEDS])
def test_letter_spaced_headings_come_out_whole(built, seed_id):
    b = built.build(seed_id, "spaced")
    src = built.source(seed_id, "spaced")
    lines = set(src.text.splitlines())
    assert b.headings_spaced
    for heading in b.headings_spaced:
        assert heading in lines  # exactly, without a space between the letters
    # the hazard is real: pdfplumber's default tolerance splits these headings
    import pdfplumber

    with pdfplumber.open(b.path) as pdf:
        naive = pdf.pages[0].extract_text()
    first = next(h for h in b.headings_spaced if h in "".join(b.printed_pages[0]))
    assert first not in naive.splitlines()
    assert " ".join(first[:3]) in naive


def test_two_column_pages_are_read_column_by_column(built):
    for seed_id, layout in CASES:
        src = built.source(seed_id, layout)
        two = [n for n in src.notes if "two-column" in n]
        if layout == "two-column":
            b = built.build(seed_id, layout)
            assert two == [f"two-column layout read left column first on pages 1–{b.pages}"]
        else:
            assert two == [], (seed_id, layout)


@pytest.mark.parametrize("seed_id", [s.name[:3] for s in SEEDS])
def test_ruled_table_is_found_and_kept_as_rows(built, seed_id):
    src = built.source(seed_id, "table")
    assert src.tables == [docgen.FEE_TABLE]
    rows = [" | ".join(r) for r in docgen.FEE_TABLE]
    lines = src.text.splitlines()
    at = lines.index(rows[0])
    assert lines[at : at + len(rows)] == rows  # one line per row, in order, wrapped cell joined
    assert lines[at - 2 : at] == ["別表　料金表", ""]
    assert lines[at + len(rows) :][:2] == ["", docgen.PdfStyle().table_note]


@pytest.mark.parametrize("seed_id", [s.name[:3] for s in SEEDS])
def test_blank_lines_mark_paragraph_gaps_only(built, seed_id):
    """A blank line before every heading drawn with extra space above it, and nowhere inside a page else."""
    b = built.build(seed_id, "spaced")
    src = built.source(seed_id, "spaced")
    lines = src.text.splitlines()
    after_blank = {squeeze(lines[i]) for i in range(1, len(lines)) if lines[i].strip() and not lines[i - 1].strip()}
    page_tops = {squeeze(p[0]) for p in b.printed_pages if p}
    headings = {squeeze(h) for h in b.headings_spaced}
    assert after_blank <= headings | page_tops
    for page in b.printed_pages:
        for ln in page[1:]:
            if ln in b.headings_spaced:
                assert squeeze(ln) in after_blank, ln


# ---------------------------------------------------------------- structure through the whole pipeline

# Wrap positions in the generated layouts that the normalizer (pipeline/normalize.py)
# gets wrong today; the reader's text is exact in these cases too (see the test above).
@pytest.mark.parametrize("seed_id,layout", CASES)
def test_structure_equals_the_source_texts(built, seed_id, layout, tmp_path, record_property):
    b = built.build(seed_id, layout)
    docgen.assert_same_document(b.expected_text(), built.source(seed_id, layout), tmp_path,
                                f"PDF {seed_id} {layout}", record_property)


# ---------------------------------------------------------------- real PDFs


@pytest.fixture(scope="module")
def kddi():
    if not KDDI.exists():
        pytest.skip("KDDI PDF not available")
    return load(KDDI)


def test_kddi_word_pdf_headings_whole_and_nothing_removed(kddi):
    assert kddi.pages == 10 and kddi.format == "pdf"
    lines = kddi.text.splitlines()
    for heading in ("第1条 利用契約の成立", "第10条 損害賠償", "第12条 反社会的勢力との取引排除", "第14条 管轄裁判所",
                    "別紙１「中古端末買取り条件」", "第12条 対価の支払", "別紙２「本サイト利用条件」", "第8条 免責"):
        assert heading in lines
    assert lines[0] == "中古端末買取り利用規約"
    assert [ln for ln in lines if ln][-1] == "以上"
    # this PDF has no page numbers, headers or footers: nothing may be taken out
    assert kddi.removed == []
    # a line wrapped in the PDF stays wrapped (the normalizer joins it)
    assert "本利用規約（以下「本規約」といいます）は、モバイルケアテクノロジーズ株式会社（以下「当" in lines
    # Word's quarter-em space between Japanese and Latin text is not a word space
    assert "中古端末の買取施策のWEB受付サイト（以下「本サイト」という）への掲載、電子メールその他" in lines


def test_kddi_payment_terms_table(kddi):
    assert len(kddi.tables) == 1
    (table,) = kddi.tables
    assert [row[0] for row in table] == ["支払い方法：", "支払い条件："]
    assert table[0][1] == "口座振込み"
    assert table[1][1].startswith("当社は、売買契約が成立した査定対象端末の買取代金を毎月末日締めとし、")
    assert table[1][1].endswith("別途異なる支払期限を定めた場合にはそれによるものとします。")
    assert "支払い方法： | 口座振込み" in kddi.text.splitlines()


def test_kddi_articles_per_part_and_equal_to_its_html_twin(kddi, record_property):
    from pipeline.api import document_from_source

    doc = document_from_source(kddi)
    parts: dict[str, list[str]] = {}
    for a in doc.all_articles():
        parts.setdefault(a.part, []).append(a.number)
    assert {k: len(v) for k, v in parts.items()} == {"main": 14, "annex-1": 12, "annex-2": 8}
    assert doc.article("1").title == "利用契約の成立"
    assert [p.number for p in doc.article("12").paragraphs] == [1, 2, 3, 4]
    assert [it.label for it in doc.article("9").paragraphs[1].items] == [f"({n})" for n in range(1, 8)]

    twin = document_from_source(load(KDDI.with_suffix(".html")))
    assert docgen.shape(doc) == docgen.shape(twin)
    same, total = docgen.fidelity(twin.norm.text, doc.norm.text)
    record_property("kddi_pdf_vs_html", f"{same}/{total}")
    print(f"\nKDDI PDF vs HTML: {same}/{total} normalized characters")
    # the only difference: the payment terms are a table in the PDF (cells joined by |), paragraphs in the HTML
    assert squeeze(doc.norm.text).replace("|", "") == squeeze(twin.norm.text)


@pytest.mark.skipif(MOZILLA is None, reason="Mozilla PDF not available")
def test_mozilla_weasyprint_pdf():
    src = load(MOZILLA)
    lines = src.text.splitlines()
    assert src.pages == 7 and src.removed == []
    assert lines[:2] == ["Mozilla サブスクリプションサービス | 利", "用規約"]
    assert "発効日 2026 年 3 月 24 日" in lines
    for heading in ("Mozilla VPN の提供に必要な許可", "Firefox Relay の提供に必要な許可", "本規約の更新または終了",
                    "Mozilla のお問い合わせ先"):
        assert heading in lines
    # Latin words keep their spaces (space glyphs in the PDF), and bullets start their lines
    assert "Attn: Mozilla – Legal Notices" in lines
    assert "MozillaVPN" not in src.text
    assert sum(1 for ln in lines if ln.startswith("• ")) == 17
    assert [ln for ln in lines if ln][-1] == "legal-notices@mozilla.com"
    # every line of the Markdown source's body text is in the PDF text, in order
    md = MOZILLA.with_name(MOZILLA.name.replace(".pdf", "").replace("_fabac95f", "_8cd9bb37") + ".md")
    if md.exists():
        raw = md.read_text(encoding="utf-8-sig")
        raw = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", raw)  # links → their text
        raw = re.sub(r"^#+\s*|^\s*[*-]\s+|\*\*|\{[^}]*\}", "", raw, flags=re.M)
        same, total = docgen.fidelity(raw, src.text)
        print(f"\nMozilla PDF vs its Markdown: {same}/{total}")
        assert same / total > 0.97


# ---------------------------------------------------------------- bad input


def _one_line(e: ClausediffError) -> str:
    msg = str(e)
    assert "\n" not in msg and msg.startswith("doc.pdf: ")
    return e.message


def test_encrypted_pdf_with_a_password(tmp_path):
    p = tmp_path / "locked.pdf"
    docgen.build_encrypted_pdf(p, user_password="secret")
    with pytest.raises(PdfError) as e:
        load_bytes(p.read_bytes(), "doc.pdf")
    assert e.value.exit_code == 5
    assert _one_line(e.value) == "encrypted PDF: it needs a password to open; save an unprotected copy first"


def test_encrypted_pdf_with_an_empty_password_is_read(tmp_path):
    p = tmp_path / "owner-only.pdf"
    docgen.build_encrypted_pdf(p, user_password="")
    src = load(p)
    assert src.text.splitlines()[:2] == ["第１条（目的）", "本約款は、暗号化されたＰＤＦの読み取りを確かめるためのものです。"]
    assert "encrypted PDF opened with the empty user password" in src.notes


def test_scanned_pdf_without_text_layer(tmp_path):
    p = tmp_path / "scan.pdf"
    docgen.build_image_only_pdf(p, pages=3)
    with pytest.raises(PdfError) as e:
        load_bytes(p.read_bytes(), "doc.pdf")
    assert e.value.exit_code == 5
    assert _one_line(e.value) == "no extractable text on pages 1–3: the PDF has no text layer; run OCR first"


def test_some_pages_image_only_proceeds_with_a_note(tmp_path):
    p = tmp_path / "mixed.pdf"
    docgen.build_image_only_pdf(p, pages=4, text_pages=(1, 4))
    src = load(p)
    assert body_lines(src.text) == [squeeze("第1条（テキストのある頁）本文はここにあります。"),
                                    squeeze("第4条（テキストのある頁）本文はここにあります。")]
    assert "no text layer on pages 2–3 (image only): their text is missing; run OCR for them" in src.notes


@pytest.mark.parametrize("cut", ["half", "trailer", "header-only"])
def test_truncated_pdf(built, cut):
    data = built.build(SEEDS[0].name[:3], "furniture").path.read_bytes()
    data = {"half": data[: len(data) // 2], "trailer": data[:-40], "header-only": data[:1024]}[cut]
    with pytest.raises(PdfError) as e:
        load_bytes(data, "doc.pdf")
    assert e.value.exit_code == 5
    assert "truncated or damaged PDF" in _one_line(e.value)


def test_corrupt_pdf_body():
    data = b"%PDF-1.7\n" + bytes(range(256)) * 20 + b"\ntrailer\n<< /Root 99 0 R >>\nstartxref\n12\n%%EOF\n"
    with pytest.raises(PdfError) as e:
        load_bytes(data, "doc.pdf")
    assert _one_line(e.value).startswith("corrupt PDF")


def test_text_file_named_pdf():
    with pytest.raises(BadInput) as e:
        load_bytes("第１条（目的）\n本約款は…\n".encode(), "doc.pdf")
    assert e.value.exit_code == 4
    assert _one_line(e.value) == "named .pdf but is not a PDF (no %PDF- header)"


def test_page_limit(built):
    data = built.build(SEEDS[0].name[:3], "furniture").path.read_bytes()
    with pytest.raises(LimitExceeded) as e:
        load_bytes(data, "doc.pdf", Limits(max_pages=2))
    assert e.value.exit_code == 6
    assert _one_line(e.value) == "PDF has 5 pages, over the page limit of 2 (see --max-pages)"


def test_time_limit(built):
    data = built.build(SEEDS[0].name[:3], "furniture").path.read_bytes()
    with pytest.raises(LimitExceeded) as e:
        read_pdf(data, "doc.pdf", Limits(max_seconds=0.0))
    assert "over the time limit of 0 s (stopped at page 1 of 5; see --max-seconds)" in e.value.message


@pytest.fixture(scope="module")
def small_pdf(tmp_path_factory):
    p = tmp_path_factory.mktemp("small") / "small.pdf"
    docgen.build_pdf(["第１条（目的）", "本約款は、テスト用の短い文書です。", "第２条（定義）", "用語の定義は次のとおりとする。"], p, PdfStyle())
    return p.read_bytes()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_damaged_pdfs_fail_cleanly(small_pdf, data):
    """Flipped, deleted or inserted bytes: a Source or one of our errors, never a library exception."""
    buf = bytearray(small_pdf)
    for _ in range(data.draw(st.integers(1, 8))):
        at = data.draw(st.integers(0, len(buf) - 1))
        op = data.draw(st.sampled_from(["flip", "delete", "insert"]))
        if op == "flip":
            buf[at] ^= data.draw(st.integers(1, 255))
        elif op == "delete":
            del buf[at : at + data.draw(st.integers(1, 64))]
        else:
            buf[at:at] = data.draw(st.binary(min_size=1, max_size=16))
    try:
        src = read_pdf(bytes(buf), "doc.pdf", Limits())
    except ClausediffError as e:
        assert "\n" not in str(e)
    else:
        assert isinstance(src.text, str)
