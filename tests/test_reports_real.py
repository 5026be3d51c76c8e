"""Reports on real revisions: the source as displayed, grouped substitutions shown once in every
output, the table of contents, rows aligned by clause unit, full labels.

Mozilla (raw/) runs everywhere; kiyaku needs ../shared and skips without it."""

from __future__ import annotations

import io
import re
import unicodedata

import docx
import pytest

from conftest import EXTERNAL, RAW, needs_shared
from pipeline.api import compare_versions, read_document
from pipeline.classify import Group
from pipeline.diff import diff
from pipeline.reports.docx import diff_docx
from pipeline.reports.html import chapter_path, diff_html, findings_html
from pipeline.reports.markdown import diff_markdown
from pipeline.reports.tables import diff_tables
from pipeline.reports.taisho import pair_rows, source_display
from pipeline.reports.terminal import diff_terminal
from pipeline.textsig import squash

MOZ = RAW / "mozilla"
MOZ_2022, MOZ_2023 = MOZ / "accounts-tos-2022-04-07.md", MOZ / "accounts-tos-2023-10-27.md"
KIYAKU = EXTERNAL / "kiyaku"


def mozilla():
    return diff(read_document(MOZ_2022), read_document(MOZ_2023))


def tbody(h: str, label: str) -> str:
    """The <tbody> of the pair whose 備考 starts with ``label``."""
    for m in re.finditer(r'<tbody class="arow.*?</tbody>', h, re.S):
        if f'<div class="label">{label}</div>' in m.group(0):
            return m.group(0)
    raise AssertionError(label)


def plain(fragment: str) -> str:
    text = re.sub(r'<span class="gap"[^>]*>‸</span>', "", fragment)
    text = re.sub(r"<[^>]+>", "", text)
    return text.replace("&quot;", '"').replace("&#x27;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


# ------------------------------------------------------------------ display the source


def test_source_display_keeps_spacing_and_drops_markup():
    r = mozilla()
    doc = r.new
    contact = next(a for a in doc.articles if "Montgomery" in a.text)
    shown = source_display(doc, contact.span).text
    # the normalized text folds the spaces away; the display keeps them as the source has them
    assert "St,4th" in contact.text and "149 New Montgomery St, 4th Floor, San Francisco, CA 94105" in shown
    services = next(a for a in doc.articles if a.title == "本サービス")
    shown = source_display(doc, services.span).text
    assert "####" not in shown and "](https://" not in shown  # Markdown markup is not what a reader sees
    assert "(a) Mozilla VPN は、Mullvad と連携した Virtual Private Network です。" in shown
    # nothing but spacing differs from what was compared
    assert squash(shown) == squash(services.text)


def test_html_redline_and_markdown_show_the_source():
    r = mozilla()
    h = diff_html(r)
    body = tbody(h, "5.")
    assert re.search(r'<ins class="chg k-substantive"[^>]*>149 New Montgomery St, 4th Floor</ins>', body)
    assert re.search(r'<del class="chg k-substantive"[^>]*>2 Harrison St\. #175</del>', body)
    red = re.search(r'<section class="redline-item" id="red-row-n5".*?</section>', h, re.S).group(0)
    assert "<del" in red and "149 New Montgomery St, 4th Floor</ins>, San Francisco, CA 94105" in red
    md = diff_markdown(r)
    assert "**149 New Montgomery St, 4th Floor**, San Francisco" in md


@needs_shared(KIYAKU)
def test_kiyaku_display_keeps_full_width_spaces():
    r = diff(read_document(KIYAKU / "kiyaku_2025.txt"), read_document(KIYAKU / "kiyaku_2026.txt"))
    h = diff_html(r)
    art2 = plain(tbody(h, "第2条"))
    assert "区分所有権　建物の区分所有等に関する法律" in art2
    assert "(1)　送信者の使用に係る電子計算機" in art2
    assert "区分所有権建物" not in art2
    red = re.search(r'<section class="redline-item" id="red-row-n2".*?</section>', h, re.S).group(0)
    assert "区分所有権　建物の区分所有等に関する法律（<ins" in red


# ------------------------------------------------------------------ rows aligned by clause unit


@needs_shared(KIYAKU)
def test_kiyaku_rows_aligned_by_paragraph_and_item():
    r = diff(read_document(KIYAKU / "kiyaku_2025.txt"), read_document(KIYAKU / "kiyaku_2026.txt"))
    h = diff_html(r)
    body = tbody(h, "第7条")
    rows = re.findall(r'<tr class="urow"><td class="c-new">(.*?)</td><td class="c-old">(.*?)</td>', body, re.S)
    pairs = [(plain(n), plain(o)) for n, o in rows]
    assert pairs[0] == ("第７条（専有部分の範囲）", "第７条（専有部分の範囲）")
    # 第2項 and its items face each other, whatever the width of the number
    assert ("2　前項の専有部分を他から区分する構造物の帰属については、次のとおりとする。",
            "２　前項の専有部分を他から区分する構造物の帰属については、次のとおりとする。") in pairs
    assert ("三　窓枠及び窓ガラスは、専有部分に含まれないものとする。",
            "三　窓枠及び窓ガラスは、専有部分に含まれないものとする。") in pairs
    # the three items added to 第3項 are rows of their own with nothing on the old side
    added = [n for n, o in pairs if not o]
    assert added == ["(1)　共用の竪排水管", "(2)　火災警報設備", "(3)　インターホン設備"]
    # every row of a changed article: each side's rows, joined, are that article's text
    p = next(p for p in r.pairs if p.label == "第7条")
    new_rows = [row.new.text for row in pair_rows(r, p) if row.new]
    assert squash("".join(new_rows)) == squash(p.new.text)


# ------------------------------------------------------------------ table of contents


@needs_shared(KIYAKU)
def test_kiyaku_table_of_contents():
    r = diff(read_document(KIYAKU / "kiyaku_2025.txt"), read_document(KIYAKU / "kiyaku_2026.txt"))
    h = diff_html(r)
    toc = re.search(r'<nav id="toc">(.*?)</nav>', h, re.S).group(1)
    entries = re.findall(r'<li class="lv(\d)[^"]*"><a href="#(chap-\d+)">([^<]*)</a> <span class="cnt[^"]*">([^<]*)</span>',
                         toc)
    names = [e[2] for e in entries]
    # the 前文 (cover date, 改定履歴) is a part of its own, before the chapters
    assert names[:5] == ["前文", "第1章 総則", "第2章 専有部分等の範囲", "第3章 敷地及び共用部分等の共有", "第4章 用法"]
    # a 節 with changes is listed under its 章; an unchanged 節 is left to its 章's line
    levels = [(e[0], e[2]) for e in entries]
    assert ("2", "第2節 費用の負担") in levels and ("2", "第1節 総則") not in levels
    assert all(not e[3].startswith("変更なし") for e in entries if e[0] != "1")
    # 第2章 holds 第7条 (four substantive changes, read above) and 第8条 (unchanged)
    ch2 = next(e for e in entries if e[2] == "第2章 専有部分等の範囲")
    assert ch2[3] == "変更 1条・4件（実質的 4件）"
    # the top-level chapters count every changed article once
    changed = sum(1 for p in r.pairs if p.changes or p.status in ("inserted", "deleted"))
    top = [int(re.match(r"変更 (\d+)条", e[3]).group(1)) for e in entries if e[0] == "1" and e[3].startswith("変更 ")]
    # every changed unit counts once under its top-level entry: a 章, or a part (前文, 附則) outside them
    in_chapters = sum(1 for p in r.pairs if (p.changes or p.status in ("inserted", "deleted"))
                      and chapter_path(p.new or p.old))
    assert sum(top) == in_chapters <= changed
    # each entry links to its heading row in the table, followed by an article of that chapter
    for _, anchor, name, _ in entries:
        m = re.search(rf'<th colspan="3" class="lv\d" id="{anchor}">([^<]*)</th>', h)
        assert m and m.group(1) == name


# ------------------------------------------------------------------ grouped substitutions


def _group_by_hand(r):
    """Firefox → Mozilla made consistently: grouped here by the test, as classify will do."""
    places = [(p, c) for p, c in r.changes() if c.old_text == "Firefox" and c.new_text == "Mozilla"]
    assert len(places) >= 10
    for _, c in places:
        c.group = "g1"
    r.groups = [Group("g1", "rename", "editorial", ["rename"], "Firefox", "Mozilla", places)]
    return r, len(places)


def test_grouped_substitution_shown_once_everywhere():
    r, n = _group_by_hand(mozilla())
    total_subs = sum(1 for _, c in r.changes() if c.kind == "substantive")
    member_subs = sum(1 for _, c in r.changes() if c.group and c.kind == "substantive")
    places = sorted({p.label for p, c in r.changes() if c.group})

    md = diff_markdown(r)
    rows = [ln for ln in md.splitlines() if ln.startswith("| 「Firefox」→「Mozilla」")]
    assert len(rows) == 1 and f"| {n} |" in rows[0] and all(pl in rows[0] for pl in places)
    assert f"## 実質的変更（{total_subs - member_subs}件）" in md
    assert "| Mozilla | Firefox |" not in md

    h = diff_html(r)
    groups = re.search(r'<ul class="list" id="group-list">(.*?)</ul>', h, re.S).group(1)
    assert groups.count("<li") == 1 and f"{n}箇所" in groups
    sub_list = re.search(r'<ul class="list" id="substantive-list">(.*?)</ul>', h, re.S).group(1)
    assert "「Firefox」→「Mozilla」" not in sub_list and sub_list.count("<li>") == total_subs - member_subs
    assert "一括置換「Firefox」→「Mozilla」" in tbody(h, "3.")

    frames = diff_tables(r)
    ch = frames["changes"]
    grouped = ch[ch["group"] == "g1"]
    assert len(grouped) == 1 and int(grouped["count"].iloc[0]) == n
    assert len(ch) == sum(1 for _ in r.changes()) - n + 1

    d = docx.Document(io.BytesIO(diff_docx(r)))
    lines = [p.text for p in d.paragraphs if "一括置換" in p.text]
    assert len(lines) == 1 and f"{n}箇所" in lines[0]
    under = [run.text for row in d.tables[0].rows[1:] for run in
             (rr for para in row.cells[0].paragraphs for rr in para.runs) if run.underline]
    assert under.count("Mozilla") >= n  # the table still underlines every place

    term = diff_terminal(r)
    assert term.count("Firefox → Mozilla") == 1 and f"×{n}" in term


def assert_rename_shown_once(r) -> None:
    """Firefox → Mozilla: one line with its count in the Markdown 一括置換 table and the terminal,
    no row of its own in the list of substantive changes."""
    g = next(g for g in r.groups if "Firefox" in g.old_text and "Mozilla" in g.new_text)
    assert g.count >= 10
    md = diff_markdown(r)
    section = md.split("## 一括置換", 1)[1].split("\n## ", 1)[0]
    rows = [ln for ln in section.splitlines() if ln.startswith("| 「") and "Firefox" in ln]
    assert len(rows) == 1 and f"| {g.count} |" in rows[0]
    assert "| Mozilla | Firefox |" not in md.split("## 実質的変更", 1)[1].split("\n## ", 1)[0]
    assert diff_terminal(r).count(f"×{g.count}") == 1


def test_rename_shown_once_when_grouped_by_hand():
    assert_rename_shown_once(_group_by_hand(mozilla())[0])


def test_mozilla_rename_grouped_by_the_diff():
    assert_rename_shown_once(mozilla())


# ------------------------------------------------------------------ labels


@needs_shared(KIYAKU)
def test_findings_in_supplementary_carry_their_part():
    r = compare_versions(read_document(KIYAKU / "kiyaku_2025.txt"), read_document(KIYAKU / "kiyaku_2026.txt"))
    doc = r.new
    supp = [f for f in r.findings if (doc.locate(f.span[0])[0] or doc.articles[0]).part != "main"]
    assert supp, "the kiyaku 2026 附則 has findings"
    fh = findings_html([(doc, r.findings)])
    heads = [unicodedata.normalize("NFKC", plain(x)) for x in re.findall(r"<h3>(.*?)</h3>", fh)]
    for f in supp:
        art = doc.locate(f.span[0])[0]
        assert any(art.display_label in hd and hd.index(art.display_label) < 12 for hd in heads), art.display_label
    md = diff_markdown(r)
    assert "附則第" in md.split("## 指摘事項", 1)[1]
    # a finding in 附則第N条 is never shown on the row of 第N条 of the main text
    h = diff_html(r)
    for f in supp:
        main = next((p for p in r.pairs if p.new is not None and p.new.part == "main" and p.new_number == f.article), None)
        if main is not None:
            assert f.message not in plain(tbody(h, main.label)), (f.article, f.message)


def test_terminal_report_shows_the_source_text():
    """The terminal list quotes each side as the source writes it: the address keeps "St, 4th"."""
    from pipeline.reports.terminal import diff_terminal

    moz = sorted((RAW / "mozilla").glob("accounts-tos-*.md"))
    out = diff_terminal(diff(read_document(moz[0]), read_document(moz[1])))
    assert "149 New Montgomery St, 4th Floor" in out and "St,4th" not in out
