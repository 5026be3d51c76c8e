"""Reports on real sample pairs: the 新旧対照表 HTML, Markdown, CSV/XLSX, checks report, index."""

from __future__ import annotations

import re
import unicodedata
from html.parser import HTMLParser
from pathlib import Path

import pandas as pd
import pytest

from conftest import REVISIONS as REV, SEEDS  # ../shared beside the clone, wherever it is
from pipeline.api import read_document
from pipeline.diff import diff
from pipeline.reports.html import diff_html, findings_html, index_html, row_ids
from pipeline.reports.markdown import diff_markdown, findings_markdown_report
from pipeline.reports.tables import diff_tables, write_tables

_cache: dict[str, object] = {}


def result_for(case: str):
    if not (REV / case).is_dir():
        pytest.skip(f"{REV / case} not available (../shared missing)")
    if case not in _cache:
        d = REV / case
        # only what the diff itself reports (the stale reference), independent of the rule set
        _cache[case] = diff(read_document(d / "old.txt"), read_document(d / "new.txt"))
    return _cache[case]


class Collector(HTMLParser):
    """ids, in-page hrefs, script/link/src usage and the rows of the 新旧対照表."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.scripts = 0
        self.external: list[str] = []
        self.rows: dict[str, dict] = {}
        self.event_attrs: list[str] = []
        self._row = None
        self._cell = None
        self._depth_tr = 0

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        for k, _ in attrs:
            if k.startswith("on"):
                self.event_attrs.append(k)
        if "id" in a:
            self.ids.append(a["id"])
        if tag == "a" and a.get("href", "").startswith("#"):
            self.hrefs.append(a["href"][1:])
        if tag == "script":
            self.scripts += 1
            if "src" in a:
                self.external.append(a["src"])
        if tag in ("link", "img", "iframe") or "src" in a:
            self.external.append(f"{tag}:{a}")
        if tag == "tbody" and "arow" in (a.get("class") or "").split():
            self._row = {"id": a["id"], "status": a.get("data-status"), "substantive": a.get("data-substantive"),
                         "changed": a.get("data-changed"), "cells": [], "tags": []}
            self.rows[a["id"]] = self._row
        elif self._row is not None and tag == "td":
            self._cell = []
            self._row["cells"].append(self._cell)
        if self._row is not None:
            self._row["tags"].append((tag, a))

    def handle_endtag(self, tag):
        if tag == "tbody" and self._row is not None:
            self._row = None
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def parse(html_text: str) -> Collector:
    c = Collector()
    c.feed(html_text)
    c.close()
    return c


def row_html(html_text: str, rid: str) -> str:
    """The <tbody> of one aligned pair (one <tr> per clause unit)."""
    m = re.search(rf'<tbody class="arow[^"]*" id="{re.escape(rid)}".*?</tbody>', html_text, re.S)
    assert m, rid
    return m.group(0)


def cells(html_text: str, rid: str) -> tuple[str, str, str]:
    """新 cells, 旧 cells (each side's unit rows joined by a line break) and the 備考 cell of a pair."""
    r = row_html(html_text, rid)
    same = re.search(r'<td class="c-same" colspan="2">(.*?)</td><td class="remarks"', r, re.S)
    if same:  # an unchanged article written the same on both sides is shown once across both columns
        rem = re.search(r'<td class="remarks"[^>]*>(.*?)</td></tr>', r, re.S).group(1)
        return same.group(1), same.group(1), rem
    new = "\n".join(re.findall(r'<td class="c-new">(.*?)</td><td class="c-old">', r, re.S))
    old = "\n".join(re.findall(r'<td class="c-old">(.*?)</td>(?:<td class="remarks"|</tr>)', r, re.S))
    rem = re.search(r'<td class="remarks"[^>]*>(.*?)</td></tr>', r, re.S).group(1)
    return new, old, rem


def check_links(c: Collector):
    ids = set(c.ids)
    assert len(ids) == len(c.ids), "duplicate ids"
    missing = [h for h in c.hrefs if h not in ids]
    assert not missing, missing


# ------------------------------------------------------------------ HTML diff report


def test_insertion_renumbering_and_stale_reference():
    r = result_for("c04_000_insert_staleref")
    h = diff_html(r)
    c = parse(h)
    check_links(c)
    # one row per aligned article, ids in alignment order
    assert list(c.rows) == row_ids(r.pairs)
    # 18 articles, the 前文, the 別紙 and the closing: every unit of the document has its row
    assert len(c.rows) == len(r.pairs) == 21
    # self-contained: exactly our inline script, nothing loaded from elsewhere
    assert c.scripts == 1 and not c.external
    assert "@page { size: A4 landscape" in h
    # the inserted article 13
    ins = c.rows["row-n13"]
    assert ins["status"] == "inserted" and ins["substantive"] == "1"
    new, old, rem = cells(h, "row-n13")
    assert "新設" in rem and "（新設）" in old
    assert r.new.article("13").title in new
    # renumbered articles: both numbers, 繰下げ, body collapsed
    for o, n in (("13", "14"), ("14", "15"), ("15", "16"), ("17", "18")):
        new, old, rem = cells(h, f"row-n{n}")
        assert "繰下げ" in rem, (o, n, rem)
        assert f"第{o}条を第{n}条とする" in rem
        assert new.startswith("<details>") and old.startswith("<details>")
        assert f"第{n}条" in new and f"第{o}条" in old
        assert "繰上げ" not in rem
    # unchanged article: no 繰上げ/繰下げ, 変更なし
    _, _, rem = cells(h, "row-n5")
    assert "変更なし" in rem and "繰" not in rem
    # the stale reference finding links to the row of new article 17 and is marked in its text
    assert len(r.findings) == 1
    m = re.search(r'<li id="finding-0">.*?href="#([^"]+)"', h, re.S)
    assert m and m.group(1) == "row-n17"
    new, _, rem = cells(h, "row-n17")
    marked = re.search(r'<mark class="finding sev-error"[^>]*>([^<]*)</mark>', new).group(1)
    assert marked == "第１７条（規定外事項）"  # as the source writes it; the finding's excerpt is normalized
    assert unicodedata.normalize("NFKC", marked) == unicodedata.normalize("NFKC", r.findings[0].excerpt)
    assert 'href="#finding-0"' in rem
    # only reference numbers changed in article 17: no 変更, but 繰下げ and the reference updates
    assert "<div>変更</div>" not in rem and "<div>繰下げ</div>" in rem and "参照条番号の更新 2件" in rem
    # the reference renumberings inside article 17 are marked on both sides
    assert re.search(r'<ins class="chg k-reference"[^>]*>１５</ins>', new)  # the source's digits
    _, old, _ = cells(h, "row-n17")
    assert re.search(r'<del class="chg k-reference"[^>]*>１４</del>', old)
    # no cross-document notice on two versions of one agreement
    assert 'id="cross-document"' not in h


def test_substantive_changes_marked_and_linked():
    r = result_for("c16_002_substantive")
    h = diff_html(r)
    c = parse(h)
    check_links(c)
    subs = [(p, ch) for p, ch in r.changes() if ch.kind == "substantive"]
    assert len(subs) == 6
    links = re.findall(r'<a class="sub-link" href="#([^"]+)">', h)
    assert len(links) == len(subs)
    assert set(links) == {"row-n8", "row-n11", "row-n12", "row-n21"}
    # substantive summary comes before the table
    assert h.index('id="substantive-list"') < h.index('id="taisho"')
    # filter data: exactly the rows with substantive changes
    assert {k for k, v in c.rows.items() if v["substantive"] == "1"} == set(links)
    assert {k for k, v in c.rows.items() if v["changed"] == "1"} == set(links)
    # changed words wrapped on both sides
    new, old, rem = cells(h, "row-n8")
    assert re.search(r'<ins class="chg k-substantive"[^>]*>ます</ins>', new)
    assert re.search(r'<del class="chg k-substantive"[^>]*>ません</del>', old)
    assert re.search(r'<del class="chg k-substantive"[^>]*>一切の</del>', old)
    assert "変更" in rem and "実質的変更 2件" in rem and "肯否の反転" in rem
    new, old, _ = cells(h, "row-n11")
    assert re.search(r"<ins [^>]*>当社</ins>", new) and re.search(r"<del [^>]*>お客さま</del>", old)
    new, old, _ = cells(h, "row-n21")
    assert re.search(r"<ins [^>]*>３． 当社は、お客さまが前項の複製を怠った[^<]*</ins>", new)  # with its label, as the source writes it
    assert "<del" not in old
    # marks never cut words outside the change: the unmarked text is the article as the source writes it
    art = r.new.article("8")
    ss, se = r.new.source_span(art.span)
    plain_new = re.sub(r'<span class="gap"[^>]*>‸</span>', "", cells(h, "row-n8")[0])
    plain_new = re.sub(r"<[^>]+>", "", plain_new).replace("&quot;", '"').replace("&#x27;", "'")
    plain_new = plain_new.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    # the same characters as the source (wrapped lines of the text export joined), one line per unit
    assert re.sub(r"\s", "", plain_new) == re.sub(r"\s", "", r.new.source.text[ss:se])
    assert plain_new.split("\n")[0] == "第８条（署名代行権限の付与）"  # full-width digits as written
    # redline view: inline deletion and insertion for article 8
    red = re.search(r'<section class="redline-item" id="red-row-n8".*?</section>', h, re.S).group(0)
    assert re.search(r"<del [^>]*>一切の</del>責任を負い<del [^>]*>ません</del><ins [^>]*>ます</ins>", red)
    # deleted wording shows as a gap marker in the new column (第12条第2項 ことができる)
    new, old, _ = cells(h, "row-n12")
    assert 'class="gap"' in new and re.search(r"<del [^>]*>ことができる</del>", old)
    # unchanged rows are collapsed, not counted as changes
    assert c.rows["row-n9"]["changed"] == "0" and "<details>" in cells(h, "row-n9")[0]
    assert '<td class="c-same" colspan="2"><details><summary>第9条' in row_html(h, "row-n9")  # once, not twice


def test_moved_article():
    r = result_for("c24_004_move")
    h = diff_html(r)
    c = parse(h)
    check_links(c)
    assert len(c.rows) == len(r.pairs)
    new, old, rem = cells(h, "row-n13")
    assert c.rows["row-n13"]["status"] == "moved"
    assert "移動" in rem and "繰上げ" in rem and "第24条を第13条とする" in rem
    assert "第24条" in old and "第13条" in new
    for n in range(14, 25):
        assert "繰下げ" in cells(h, f"row-n{n}")[2]
    # a structure list in the summary links the move
    assert re.search(r'id="structure-list".*?href="#row-n13"', h, re.S)
    # changed rows (the move and the reference updates) are what n/p visit
    changed = {k for k, v in c.rows.items() if v["changed"] == "1"}
    assert "row-n13" in changed and len(changed) == sum(1 for p in r.pairs if p.changes or p.status == "moved")


def test_deleted_and_split_articles():
    r = result_for("c07_001_delete")
    h = diff_html(r)
    c = parse(h)
    check_links(c)
    deleted = [i for i, p in zip(row_ids(r.pairs), r.pairs) if p.status == "deleted"]
    assert deleted == ["row-o24"]
    new, old, rem = cells(h, "row-o24")
    assert "（削除）" in new and "削除" in rem and "完全合意" in old
    assert "繰上げ" in cells(h, "row-n24")[2]  # old 25 → new 24
    r2 = result_for("c10_001_split")
    h2 = diff_html(r2)
    c2 = parse(h2)
    check_links(c2)
    splits = [i for i, p in zip(row_ids(r2.pairs), r2.pairs) if p.status == "split"]
    assert len(splits) == 2 and all("分割" in cells(h2, i)[2] for i in splits)


def test_cross_document_notice():
    seeds = sorted(SEEDS.glob("*.txt"))
    if len(seeds) < 2:
        pytest.skip("seed documents not available")
    r = diff(read_document(seeds[0]), read_document(seeds[1]))
    assert r.summary()["cross_document"]
    h = diff_html(r)
    assert 'id="cross-document"' in h and "この二つは別々の文書です" in h
    assert "unmatched articles are expected" in h
    check_links(parse(h))
    md = diff_markdown(r)
    assert "別々の文書です" in md


# ------------------------------------------------------------------ escaping

HOSTILE = '<script>alert(1)</script>'
ATTR = '" onmouseover="x'


def _hostile_pair(tmp_path: Path):
    old = (f"業務委託契約書{HOSTILE}\n\n"
           f"第１条（目的{ATTR}）\n本契約は、甲が乙に業務を委託する条件を定める。{HOSTILE}\n\n"
           f"第２条（報酬）\n甲は乙に対し、月額10万円を支払う。記号 {ATTR} & <b>太字</b>\n\n"
           "第３条（期間）\n本契約の期間は１年とする。\n")
    new = (f"業務委託契約書{HOSTILE}\n\n"
           f"第１条（目的{ATTR}）\n本契約は、甲が乙に業務を委託する条件を定める。{HOSTILE}\n\n"
           f"第２条（報酬）\n甲は乙に対し、月額20万円を支払う。記号 {ATTR}<img src=x onerror=alert(2)> & <b>太字</b>\n\n"
           f"第３条（再委託{ATTR}）\n乙は、甲の書面による承諾なく{HOSTILE}再委託してはならない。\n\n"
           "第４条（期間）\n本契約の期間は１年とする。\n")
    (tmp_path / "old.txt").write_text(old, encoding="utf-8")
    (tmp_path / "new.txt").write_text(new, encoding="utf-8")
    return diff(read_document(tmp_path / "old.txt"), read_document(tmp_path / "new.txt"))


def test_document_text_is_escaped_everywhere(tmp_path):
    r = _hostile_pair(tmp_path)
    assert any(HOSTILE in a.text for a in r.new.articles), "fixture must carry the markup into the model"
    h = diff_html(r)
    c = parse(h)
    assert c.scripts == 1  # ours only
    assert not c.event_attrs, c.event_attrs
    assert not c.external, c.external
    assert "<script>alert(1)" not in h and "<img src=x" not in h and "<b>太字" not in h
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in h
    assert ATTR not in h and "&quot; onmouseover=&quot;x" in h
    check_links(c)
    # also in the Markdown and the checks / index reports
    md = diff_markdown(r)
    assert "<script>" not in md and "<img" not in md and "&lt;script&gt;" in md
    fh = findings_html([(r.new, r.findings)])
    assert "<script>alert" not in fh and ATTR not in fh
    ih = index_html([{"title": HOSTILE + ATTR, "href": 'javascript:alert(1)', "kind": "diff", "summary": ATTR}])
    ci = parse(ih)
    assert ci.scripts == 0 and not ci.event_attrs and "javascript:" not in ih


# ------------------------------------------------------------------ Markdown


def test_markdown_report():
    r = result_for("c16_002_substantive")
    md = diff_markdown(r)
    assert md.startswith("# 電子印鑑GMOサイン利用約款")
    section = md.split("## 実質的変更（6件）", 1)[1].split("## 新旧対照", 1)[0]
    rows = [ln for ln in section.splitlines() if ln.startswith("| 第")]
    assert len(rows) == 6
    assert "| 第11条 | 当事者 | 当社 | お客さま |" in rows
    # compact 新旧対照 per changed article, changed words in bold
    assert "### 第8条（署名代行権限の付与）" in md
    assert "責任を負い**ます**。" in md and "責任を負い**ません**。" in md
    assert md.count("\n### ") == 4
    r4 = result_for("c04_000_insert_staleref")
    md4 = diff_markdown(r4)
    assert "新設" in md4 and "## 指摘事項（1件）" in md4 and "条ズレ" in md4
    fm = findings_markdown_report([(r4.new, r4.findings), (r.new, [])])
    assert "指摘2件" not in fm and "指摘1件" in fm and "指摘事項はありません" in fm


# ------------------------------------------------------------------ checks report and index


def test_findings_html_shows_the_sentence_and_links_the_article():
    r = result_for("c04_000_insert_staleref")
    fh = findings_html([(r.new, r.findings)])
    c = parse(fh)
    check_links(c)
    f = r.findings[0]
    art = r.new.article(f.article)
    # the sentence around the finding, not the whole clause, with the excerpt marked as the source writes it
    block = re.search(r'<div class="ctx">(.*?)</div>', fh, re.S).group(1)
    marked = re.search(r"<mark>(.*?)</mark>", block).group(1)
    assert unicodedata.normalize("NFKC", marked) == unicodedata.normalize("NFKC", f.excerpt)
    sentence = re.sub(r"</?mark>", "", block)
    assert sentence.endswith("。") and "。" not in sentence[:-1]
    assert len(sentence) < len(art.text) and sentence in re.sub(r"\s", "", r.new.source.text)
    # a link to the article, which is shown once (folded) below the findings
    assert re.search(r'<a class="art-link" href="#doc-0-art-1">第17条の条文</a>', fh)
    assert fh.count('<details class="article" id="doc-0-art-1">') == 1
    assert f.message in fh and "誤り" in fh


def test_index_links_every_report():
    entries = [{"title": "新旧対照表 c04", "href": "c04/diff.html", "kind": "diff", "summary": "新設1、繰下げ5"},
               {"title": "チェック", "href": "checks.html", "kind": "checks", "summary": {"findings": 3}}]
    ih = index_html(entries)
    hrefs = re.findall(r'<a href="([^"]+)">', ih)
    assert hrefs == ["c04/diff.html", "checks.html"]
    assert "新旧対照表 c04" in ih and "findings: 3" in ih


# ------------------------------------------------------------------ tables


def test_tables_csv_bom_and_xlsx_roundtrip(tmp_path):
    r = result_for("c04_000_insert_staleref")
    frames = diff_tables(r)
    assert set(frames) == {"alignment", "changes", "findings"}
    al = frames["alignment"]
    assert len(al) == len(r.pairs)
    row = al[al["new_article"] == "14"].iloc[0]
    assert row["old_article"] == "13" and row["status"] == "renumbered" and row["number_shift"] == "繰下げ"
    assert al[al["status"] == "inserted"]["remarks"].iloc[0].startswith("新設")
    assert len(frames["changes"]) == sum(len(p.changes) for p in r.pairs)
    assert frames["findings"]["rule"].tolist() == ["reference-stale"]

    paths = write_tables(frames, tmp_path / "out", "c04")
    names = sorted(p.name for p in paths)
    assert names == ["c04.xlsx", "c04_alignment.csv", "c04_changes.csv", "c04_findings.csv"]
    assert not [p for p in (tmp_path / "out").iterdir() if p.name.startswith(".")], "temp files left behind"
    for name in ("alignment", "changes", "findings"):
        raw = (tmp_path / "out" / f"c04_{name}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")
        back = pd.read_csv(tmp_path / "out" / f"c04_{name}.csv", encoding="utf-8-sig", dtype=str)
        assert list(back.columns) == list(frames[name].columns)
        assert len(back) == len(frames[name])
    back = pd.read_csv(tmp_path / "out" / "c04_findings.csv", encoding="utf-8-sig", dtype=str)
    assert back["excerpt"].iloc[0] == "第１７条（規定外事項）"  # quoted as the version writes it (full-width digits)
    assert "条ズレ" in back["message"].iloc[0]
    x = pd.read_excel(tmp_path / "out" / "c04.xlsx", sheet_name=None, dtype=str)
    assert set(x) == {"alignment", "changes", "findings"}
    assert x["findings"]["excerpt"].iloc[0] == "第１７条（規定外事項）"
    titles = set(x["alignment"]["new_title"].dropna())
    assert r.new.article("13").title in titles
    assert (x["alignment"]["status_ja"] == "新設").sum() == 1


def test_tables_from_rows_are_the_csv_pandas_writes_and_the_same_files_as_from_frames(tmp_path):
    """`clausediff run` writes the tables from plain rows (no pandas import): the CSV is what pandas'
    to_csv made of the same frames, and frames or rows give the same files, byte for byte."""
    from pipeline.api import compare_files

    moz = Path(__file__).resolve().parent.parent / "raw" / "mozilla"
    real = compare_files(moz / "accounts-tos-2022-04-07.md", moz / "accounts-tos-2023-10-27.md")
    assert len(real.pairs) > 10 and sum(len(p.changes) for p in real.pairs) > 10  # a real revision
    for k, r in enumerate((real, result_for("c04_000_insert_staleref"))):  # c04: with a finding
        _same_tables(r, tmp_path / str(k))


def _same_tables(r, tmp_path):
    from pipeline.reports.tables import as_table, csv_text, diff_rows

    frames, rows = diff_tables(r), diff_rows(r)
    formula = ("=", "+", "-", "@", "\t", "\r")  # what Excel reads as a formula, behind an apostrophe in CSV
    for name, df in frames.items():
        safe = df.copy()
        for c in safe.columns:
            if not pd.api.types.is_numeric_dtype(safe[c]):
                safe[c] = safe[c].map(lambda v: "'" + v if isinstance(v, str) and v.startswith(formula) else v)
        assert csv_text(rows[name]) == safe.to_csv(index=False, lineterminator="\r\n"), name
        assert csv_text(as_table(df)) == csv_text(rows[name]), name
    a = write_tables(frames, tmp_path / "frames", "m")
    b = write_tables(rows, tmp_path / "rows", "m")
    assert [p.name for p in a] == [p.name for p in b]
    for pa, pb in zip(a, b):
        assert pa.read_bytes() == pb.read_bytes(), pa.name


def test_tables_never_write_formulas(tmp_path):
    import openpyxl

    frames = {"changes": pd.DataFrame({"new_text": ["=HYPERLINK(\"http://x\",\"y\")", "普通の文", "@SUM(1)"],
                                       "n": [1, 2, 3]})}
    write_tables(frames, tmp_path, "f")
    csv = (tmp_path / "f_changes.csv").read_text(encoding="utf-8-sig")
    lines = csv.splitlines()
    assert lines[1].startswith("\"'=HYPERLINK") and lines[2] == "普通の文,2" and lines[3] == "'@SUM(1),3"
    wb = openpyxl.load_workbook(tmp_path / "f.xlsx")
    ws = wb["changes"]
    assert ws["A2"].data_type == "s" and ws["A2"].value.startswith("=HYPERLINK")
    assert ws["A3"].value == "普通の文" and ws["B4"].value == 3
    # rewriting replaces the file in place
    frames["changes"].loc[1, "new_text"] = "変更後"
    write_tables(frames, tmp_path, "f")
    assert openpyxl.load_workbook(tmp_path / "f.xlsx")["changes"]["A3"].value == "変更後"
