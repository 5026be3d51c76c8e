"""The Word 新旧対照表 and the XLSX change list as a legal team opens them, written by
``clausediff diff --format docx|xlsx`` on real version pairs and reopened with python-docx and
openpyxl. The underlined runs must be exactly the changes of the diff JSON of the same pair."""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import openpyxl
from docx.enum.section import WD_ORIENT

from conftest import EXTERNAL, RAW, needs_shared
from pipeline.cli import main
from pipeline.textsig import squash

MOZ = RAW / "mozilla"
MOZ_2022, MOZ_2023, MOZ_2025 = (MOZ / f"accounts-tos-{d}.md" for d in ("2022-04-07", "2023-10-27", "2025-06-04"))
KIYAKU = EXTERNAL / "kiyaku"
EKYC = RAW / "saporis" / "ekyc-terms.txt"
HEADER = ["新（改正後）", "旧（改正前）", "備考", "確認", "コメント"]


def run_cli(tmp_path: Path, old: Path, new: Path, fmt: str, *extra: str) -> Path:
    out = tmp_path / f"{old.stem}__{new.stem}{'_'.join(extra)}.{fmt}"
    assert main(["diff", str(old), str(new), "--format", fmt, "-o", str(out), *extra]) == 0
    return out


def diff_json(tmp_path: Path, old: Path, new: Path) -> dict:
    return json.loads(run_cli(tmp_path, old, new, "json").read_text(encoding="utf-8"))


def underlined(cell) -> list[str]:
    return [r.text for p in cell.paragraphs for r in p.runs if r.underline and r.text]


def cell_text(cell) -> str:
    return "\n".join("".join(r.text for r in p.runs) for p in cell.paragraphs)


def expected_marks(changes: list[dict], side: str) -> str:
    """The changed text of one side, in document order (by the change's source span)."""
    key = f"{side}_span"
    ch = sorted((c for c in changes if c[f"{side}_text"]), key=lambda c: (c[key][0], -c[key][1]))
    # a change inside another (a word edited in a moved paragraph) is underlined as part of it
    outer = [c for c in ch if not any(o is not c and o[key][0] <= c[key][0] and c[key][1] <= o[key][1]
                                      and (o[key][0], -o[key][1]) < (c[key][0], -c[key][1]) for o in ch)]
    return squash("".join(c[f"{side}_text"] for c in outer))


def document_entries(js: dict) -> list[dict]:
    """The units outside the main text that changed (前文, 見出し, 附則, 別紙…), one entry each with its
    changes, from the JSON's flat document_changes."""
    out: dict[tuple, dict] = {}
    for c in js["document_changes"]:
        key = (c["part"], c["label"], c["old_label"], c["new_label"], c["status"])
        e = out.setdefault(key, {"part": c["part"], "label": c["label"], "old_label": c["old_label"],
                                 "new_label": c["new_label"], "status": c["status"], "changes": []})
        e["changes"].append(c)
    return list(out.values())


def check_table(path: Path, js: dict, include_all: bool = False):
    """Every structural requirement of the Word table, and the underlines against the JSON."""
    d = docx.Document(str(path))
    sec = d.sections[0]
    assert sec.orientation == WD_ORIENT.LANDSCAPE
    assert round(sec.page_width.mm) == 297 and round(sec.page_height.mm) == 210
    assert len(d.tables) == 1
    table = d.tables[0]
    # column widths in the grid (what Word and LibreOffice lay out by): 新 and 旧 equal and widest
    grid = [col.width.mm for col in table.columns]
    assert abs(sum(grid) - 267) < 2 and grid[0] == grid[1] and grid[0] > 2 * max(grid[2:])
    hdr = table.rows[0]
    assert [c.text for c in hdr.cells] == HEADER
    assert hdr._tr.xpath("./w:trPr/w:tblHeader"), "header row does not repeat on each page"
    footer_xml = sec.footer._element.xml
    assert "PAGE" in footer_xml and "fldChar" in footer_xml, "no page number field in the footer"
    entries = js["alignment"] + document_entries(js)
    changed = [e for e in entries if e["status"] != "unchanged" or e["changes"]]
    total = sum(js["summary"]["status"].values())  # every unit of the document, in and outside the articles
    rows = table.rows[1:]
    assert len(rows) == (total if include_all else len(changed))
    omitted = total - len(changed)
    text = "\n".join(p.text for p in d.paragraphs)
    if omitted and not include_all:
        assert f"変更のない{omitted}件" in text
    else:
        assert "省略" not in text
    by_label = {}
    for row in rows:
        by_label.setdefault(row.cells[2].paragraphs[0].text, []).append(row)
    for e in changed:
        assert e["label"] in by_label, (e["label"], list(by_label)[:10])
        row = by_label[e["label"]].pop(0)
        new_cell, old_cell, rem, review, comment = row.cells
        assert review.text == "未確認" and comment.text == ""
        assert squash("".join(underlined(new_cell))) == expected_marks(e["changes"], "new"), e["label"]
        assert squash("".join(underlined(old_cell))) == expected_marks(e["changes"], "old"), e["label"]
        if e["status"] == "inserted" and e["part"] == "main":
            assert "新設" in rem.text and old_cell.text == "（新設）"
        if e["status"] == "deleted" and e["part"] == "main" and e["new"] is None:
            assert "削除" in rem.text and new_cell.text == "（削除）"
        if e.get("old") is not None and e.get("new") is not None and e["old_label"] != e["new_label"]:
            assert f"{e['old_label']}を{e['new_label']}とする" in rem.text
    return d, rows


def test_docx_mozilla_underlines_are_the_changes(tmp_path):
    js = diff_json(tmp_path, MOZ_2022, MOZ_2023)
    path = run_cli(tmp_path, MOZ_2022, MOZ_2023, "docx")
    d, rows = check_table(path, js)
    assert sum(len(e["changes"]) for e in js["alignment"]) >= 15  # the pair really carries edits
    text = "\n".join(p.text for p in d.paragraphs)
    assert "Mozilla アカウントサービス規約" in text or "Mozillaアカウントサービス規約" in text
    assert "2023-11-01" in text  # the new version's date at the top
    # the source as the reader sees it: the address keeps its spaces ("St, 4th"), changed words underlined
    by_label = {r.cells[2].paragraphs[0].text: r for r in rows}
    assert "149 New Montgomery St, 4th Floor" in underlined(by_label["5."].cells[0])
    assert "2 Harrison St. #175" in underlined(by_label["5."].cells[1])
    # a paragraph per clause unit: the added list entry MDN Plus is one underlined paragraph of its own
    assert "MDN Plus" in [p.text for p in by_label["4."].cells[0].paragraphs]


def test_docx_all_lists_every_unit(tmp_path):
    js = diff_json(tmp_path, MOZ_2023, MOZ_2025)
    path = run_cli(tmp_path, MOZ_2023, MOZ_2025, "docx", "--all")
    check_table(path, js, include_all=True)


def _without_article(text: str, heading: str) -> str:
    """The document with one article (heading line up to the next article heading) removed."""
    start = text.index(heading)
    nxt = re.compile(r"^第[０-９0-9]+条", re.M).search(text, start + len(heading))
    return text[:start] + text[nxt.start():]


def test_docx_inserted_and_deleted_articles(tmp_path):
    full = EKYC.read_text(encoding="utf-8")
    (tmp_path / "full.txt").write_text(full, encoding="utf-8")
    (tmp_path / "cut.txt").write_text(_without_article(full, "第６条（サポート）"), encoding="utf-8")
    for old, new, status in (("full", "cut", "deleted"), ("cut", "full", "inserted")):
        o, n = tmp_path / f"{old}.txt", tmp_path / f"{new}.txt"
        js = diff_json(tmp_path, o, n)
        assert [e["status"] for e in js["alignment"] if e["status"] != "unchanged"] == [status]
        _, rows = check_table(run_cli(tmp_path, o, n, "docx"), js)
        assert len(rows) == 1
        shown = rows[0].cells[0 if status == "inserted" else 1]
        # the PDF-style wrapped lines are joined, the full-width text kept as written
        assert cell_text(shown).startswith("第６条（サポート）")


@needs_shared(KIYAKU)
def test_docx_kiyaku_2025_2026(tmp_path):
    old, new = KIYAKU / "kiyaku_2025.txt", KIYAKU / "kiyaku_2026.txt"
    js = diff_json(tmp_path, old, new)
    d, rows = check_table(run_cli(tmp_path, old, new, "docx"), js)
    statuses = {e["status"] for e in js["alignment"]}
    assert {"inserted", "deleted"} <= statuses
    top = [p.text for p in d.paragraphs[:3]]
    assert "ソフィア・ガーデンズ川崎" in top[0] and "2026年5月10日" in top[1] and "kiyaku_2025" in top[2]
    by_label = {r.cells[2].paragraphs[0].text: r for r in rows}
    # display the source: the full-width space between a defined term and its definition, 「(1)　」
    art2 = cell_text(by_label["第2条"].cells[0])
    assert "区分所有権　建物の区分所有等に関する法律" in art2
    assert "(1)　送信者の使用に係る電子計算機" in art2
    assert "昭和37年法律第69号。" in underlined(by_label["第2条"].cells[0])


@needs_shared(KIYAKU)
def test_docx_kiyaku_renumbering(tmp_path):
    old, new = KIYAKU / "kiyaku_2022.txt", KIYAKU / "kiyaku_2025.txt"
    js = diff_json(tmp_path, old, new)
    d, rows = check_table(run_cli(tmp_path, old, new, "docx"), js)
    remarks = [r.cells[2].text for r in rows]
    assert any("第69条を第68条とする" in r for r in remarks)


# ------------------------------------------------------------------ XLSX


def test_xlsx_review_columns(tmp_path):
    js = diff_json(tmp_path, MOZ_2022, MOZ_2023)
    wb = openpyxl.load_workbook(run_cli(tmp_path, MOZ_2022, MOZ_2023, "xlsx"))
    ws = wb["changes"]
    header = [c.value for c in ws[1]]
    assert "確認" in header and "コメント" in header
    col = header.index("確認") + 1
    n = ws.max_row - 1
    changes = [c for e in js["alignment"] for c in e["changes"]] + js["document_changes"]
    # one row per change, in and outside the articles; a repeated substitution is one row
    assert js["groups"] and n == sum(1 for c in changes if not c["group"]) + len(js["groups"])
    assert {ws.cell(row=r, column=col).value for r in range(2, n + 2)} == {"未確認"}
    letter = ws.cell(row=1, column=col).column_letter
    dvs = [dv for dv in ws.data_validations.dataValidation if dv.type == "list"]
    assert len(dvs) == 1
    assert dvs[0].formula1 == '"未確認,確認済,要協議"'
    assert f"{letter}2:{letter}{n + 1}" in str(dvs[0].sqref)
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:")
    # full labels, new and old text as the diff JSON has them
    labels = [ws.cell(row=r, column=header.index("label") + 1).value for r in range(2, n + 2)]
    assert labels[0] == "前文"  # the title and the last-updated date come first
    assert any(lab.startswith("1.") for lab in labels)
    texts = {(ws.cell(row=r, column=header.index("old_text") + 1).value,
              ws.cell(row=r, column=header.index("new_text") + 1).value) for r in range(2, n + 2)}
    assert ("2 Harrison St. #175", "149 New Montgomery St,4th Floor") in texts
    for name in ("alignment", "findings"):
        assert wb[name].freeze_panes == "A2" and wb[name].auto_filter.ref


def test_binary_formats_need_an_output_file(capsys):
    assert main(["diff", str(MOZ_2022), str(MOZ_2023), "--format", "docx"]) == 2
    assert "-o FILE" in capsys.readouterr().err


COMPANIES_ACT = EXTERNAL / "companies-act"


@needs_shared(COMPANIES_ACT)
def test_docx_companies_act_2022_09(tmp_path):
    """会社法 in force 2022-09-01: new articles (新設), branch-office registration deleted, 1,000 unchanged
    articles omitted and counted."""
    old, new = sorted(COMPANIES_ACT.glob("*.md"))[:2]
    js = diff_json(tmp_path, old, new)
    d, rows = check_table(run_cli(tmp_path, old, new, "docx"), js)
    assert len(js["alignment"]) - len(rows) > 1000
    remarks = [r.cells[2].text for r in rows]
    assert sum("新設" in r for r in remarks) >= 6
    assert any("削除" in r for r in remarks)
    by_label = {r.cells[2].paragraphs[0].text: r for r in rows}
    # 第301条: この款 → この節 (the definitions moved up a level), underlined on both sides
    assert "この節" in underlined(by_label["第三百一条"].cells[0])
    assert "この款" in underlined(by_label["第三百一条"].cells[1])


def test_word_and_excel_files_are_the_same_bytes_for_the_same_diff(tmp_path):
    """A rerun (after a kill, or of the same pair) writes exactly the same files: no time stamps."""
    import time

    first = run_cli(tmp_path / "a", MOZ_2022, MOZ_2023, "docx").read_bytes()
    time.sleep(2.1)  # past the two-second resolution of a zip entry's time
    second = run_cli(tmp_path / "b", MOZ_2022, MOZ_2023, "docx").read_bytes()
    assert first == second and first.startswith(b"PK")
    assert docx.Document(str(run_cli(tmp_path / "c", MOZ_2022, MOZ_2023, "docx"))).tables
    assert run_cli(tmp_path / "d", MOZ_2022, MOZ_2023, "xlsx").read_bytes() == \
        run_cli(tmp_path / "e", MOZ_2022, MOZ_2023, "xlsx").read_bytes()
