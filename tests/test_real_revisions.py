"""Real revisions of published documents: the specific changes a reviewer must be shown, and the
specific silences, outside article bodies as much as inside (issue 13).

Documents: the condominium bylaws (kiyaku 2025 → 2026), Mozilla's terms (raw/mozilla), the Companies
Act in e-Gov Markdown (three consecutive versions) and the KDDI buy-back terms in HTML.
"""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import EXTERNAL, RAW, needs_shared

from pipeline import grammar
from pipeline.api import read_document
from pipeline.diff import diff
from pipeline.serialize import diff_dict

KIYAKU = EXTERNAL / "kiyaku"
ACT = EXTERNAL / "companies-act"
KDDI = EXTERNAL / "pdf" / "kddi_used-device-buyback-terms.html"
ACT_0617 = ACT / "20220617_417AC0000000086_20220617_504AC0000000068.md"
ACT_0901 = ACT / "20220901_417AC0000000086_20220901_501AC0000000070.md"
ACT_1001 = ACT / "20221001_417AC0000000086_20221001_502AC1000000078.md"
_cache: dict = {}


def _diff(old: Path, new: Path):
    key = (old, new)
    if key not in _cache:
        _cache[key] = diff(read_document(old), read_document(new))
    return _cache[key]


def _changes(result, part=None, label=None):
    return [(p, c) for p, c in result.changes()
            if (part is None or p.part == part) and (label is None or p.label == label)]


def _one(result, old_text, new_text, **where):
    found = [(p, c) for p, c in _changes(result, **where)
             if old_text in (c.old_text or "") and new_text in (c.new_text or "")]
    assert found, f"no change {old_text!r} → {new_text!r} in {where}: " + repr(
        [(p.label, c.old_text, c.new_text) for p, c in _changes(result, **where)][:20])
    return found[0]


# ------------------------------------------------------------------ the bylaws 2025 → 2026


@needs_shared(KIYAKU)
def test_bylaws_cover_date_and_revision_history_are_substantive_changes_of_the_front_matter():
    r = _diff(KIYAKU / "kiyaku_2025.txt", KIYAKU / "kiyaku_2026.txt")
    pair, c = _one(r, "4月1", "5月10", part="front")
    assert pair.label == "前文" and c.kind == "substantive"
    # 改定履歴 row 5: the 標準管理規約 edition and the approving general meeting
    _, c = _one(r, "6年", "7年", part="front")
    assert c.kind == "substantive"
    _, c = _one(r, "27", "28", part="front")
    assert c.kind == "substantive"


@needs_shared(KIYAKU)
def test_bylaws_heading_and_chapter_title_edits_are_shown_as_editorial_notation():
    r = _diff(KIYAKU / "kiyaku_2025.txt", KIYAKU / "kiyaku_2026.txt")
    pair, c = _one(r, "および", "及び", label="第11条")
    assert c.kind == "editorial" and "title" in c.categories and pair.status == "modified"
    pair, c = _one(r, "および", "及び", part="heading")
    assert c.kind == "editorial" and pair.label == "第3章"


@needs_shared(KIYAKU)
def test_bylaws_supplementary_provisions_are_compared():
    r = _diff(KIYAKU / "kiyaku_2025.txt", KIYAKU / "kiyaku_2026.txt")
    sup = _changes(r, part="supplementary-1")
    assert len(sup) >= 20 and {p.label for p, _ in sup} == {"附則第2条"}
    assert all(c.kind == "editorial" for _, c in sup)  # および→及び, また→又: notation only


@needs_shared(KIYAKU)
def test_bylaws_paragraph_moved_inside_an_article_is_one_editorial_move():
    r = _diff(KIYAKU / "kiyaku_2025.txt", KIYAKU / "kiyaku_2026.txt")
    changes = _changes(r, label="第51条")
    assert [(c.kind, c.categories, c.new_text) for _, c in changes] == [
        ("editorial", ["moved"], "3\u3000理事会の議長は、理事長が務める。")]
    # reordered items of 第27条: 専門知識を有する者の活用 moved from 十一 to 九, text unchanged
    moved = [c for _, c in _changes(r, label="第27条") if "moved" in c.categories]
    assert [(c.item, c.old_text, c.new_text) for c in moved] == [
        ("九", "十一\u3000専門知識を有する者の活用に要する費用", "九\u3000専門知識を有する者の活用に要する費用")]


@needs_shared(KIYAKU)
def test_an_edit_in_the_supplementary_provisions_fails_the_substantive_gate(tmp_path):
    """40mm → 80mm in a 附則 item was 'changes: none' with exit 0."""
    old = KIYAKU / "kiyaku_2026.txt"
    new = tmp_path / "kiyaku_2026_edited.txt"
    text = old.read_text(encoding="utf-8")
    assert text.count("40mm") == 1
    new.write_text(text.replace("40mm", "80mm"), encoding="utf-8")
    r = _diff(old, new)
    (pair, c), = _changes(r)
    assert pair.part == "supplementary-1" and pair.label.startswith("附則第") and c.kind == "substantive"
    cli = [sys.executable, "-m", "pipeline", "diff", str(old), str(new), "--fail-on", "substantive"]
    assert subprocess.run(cli, capture_output=True).returncode == 1


# ------------------------------------------------------------------ KDDI 別紙


@needs_shared(KDDI)
def test_an_edit_in_an_annex_article_is_a_substantive_change_labelled_with_its_annex(tmp_path):
    new = tmp_path / "kddi.html"
    text = KDDI.read_text(encoding="utf-8")
    assert "査定対象端末送付元は、日本国内に限る" in text
    new.write_text(text.replace("査定対象端末送付元は、日本国内に限る", "査定対象端末送付元は、日本国外を含む"),
                   encoding="utf-8")
    r = _diff(KDDI, new)
    (pair, c), = _changes(r)
    assert pair.part == "annex-1" and pair.label.startswith("別紙1第") and c.kind == "substantive"
    entry, = diff_dict(r)["document_changes"]
    assert entry["label"] == pair.label and entry["part"] == "annex-1"


# ------------------------------------------------------------------ Mozilla's terms


def test_mozilla_title_and_last_updated_date_are_front_matter_changes():
    moz = sorted((RAW / "mozilla").glob("accounts-tos-*.md"))
    r = _diff(moz[0], moz[1])
    front = _changes(r, part="front")
    assert any("Firefox" in (c.old_text or "") and "Mozilla" in (c.new_text or "") for _, c in front)
    _, c = _one(r, "2022年4月10", "2023年11月1", part="front")
    assert c.kind == "substantive"
    r = _diff(moz[1], moz[2])
    _, c = _one(r, "2023年11月1", "2025年5月13", part="front")
    assert c.kind == "substantive"


# ------------------------------------------------------------------ the Companies Act


@needs_shared(ACT)
def test_companies_act_glued_headings_keep_their_articles():
    doc = read_document(ACT_0901)
    assert not doc.closing, "no article body may end up in the closing"
    art = doc.article("87")
    assert art.body.startswith("発起人は、株式会社の設立に関する事項を創立総会に報告しなければならない。")
    assert doc.article("325_2").title == "電子提供措置をとる旨の定款の定め"
    titles = {(c.label, c.title) for c in doc.chapters}
    assert ("第三款", "設立に関する事項の報告") in titles and ("第一目", "株式会社の手続") in titles
    assert ("第一款", "委員の選定、執行役の選任等") in titles
    # no heading inside an article; a paragraph glued onto a run of subitems starts its own line
    assert not [a.number for a in doc.all_articles() for ln in a.body.split("\n") if grammar.match_chapter_heading(ln)]
    assert [p.number for p in doc.article("430_2").paragraphs][:3] == [None, 2, 3]


@needs_shared(ACT)
def test_companies_act_deleted_range_is_three_deleted_articles_never_a_merge():
    r = _diff(ACT_0617, ACT_0901)
    main = {(p.old_number, p.new_number): p for p in r.pairs if p.part == "main"}
    for n in ("930", "931", "932"):
        p = main[(n, n)]
        assert p.status == "deleted" and p.new.body == "削除"
        (c,) = p.changes
        assert c.kind == "substantive" and c.categories == ["article-deleted"] and c.new_text == "削除"
    assert main[("933", "933")].status == "unchanged" and not main[("933", "933")].changes
    assert not any(p.status in ("split", "merged") for p in r.pairs)
    inserted = sorted(p.new_number for p in r.pairs if p.status == "inserted" and p.part == "main")
    assert inserted == [f"325_{k}" for k in range(2, 8)]


@needs_shared(ACT)
def test_companies_act_one_line_amendment_is_the_only_change_and_identical_text_is_quiet():
    r = _diff(ACT_0901, ACT_1001)
    changed = {p.label for p, _ in r.changes()}
    assert changed == {"第九百四十三条"}
    assert any("労働者協同組合法" in (c.new_text or "") for _, c in r.changes())
    same = diff(read_document(ACT_1001), read_document(ACT_1001))
    assert not list(same.changes()) and all(p.status == "unchanged" for p in same.pairs)


def test_an_unchanged_article_beside_a_similar_inserted_one_is_not_split(tmp_path):
    """会社法 第844条 became 'split' when 第844条の2 was inserted after it."""
    body = "株主は、会社に対し、書面をもって、取締役の責任を追及する訴えの提起を請求することができる。"
    old = tmp_path / "old.txt"
    new = tmp_path / "new.txt"
    old.write_text(f"第1条（目的）\n本規約は目的を定める。\n第2条（請求）\n{body}\n第3条（雑則）\n雑則を定める。\n",
                   encoding="utf-8")
    new.write_text(f"第1条（目的）\n本規約は目的を定める。\n第2条（請求）\n{body}\n"
                   f"第2条の2（請求の特則）\n{body.replace('株主は', '親会社の株主は')}\n"
                   "第3条（雑則）\n雑則を定める。\n", encoding="utf-8")
    r = diff(read_document(old), read_document(new))
    status = {(p.old_number, p.new_number): p.status for p in r.pairs if p.part == "main"}
    assert status[("2", "2")] == "unchanged" and status[(None, "2_2")] == "inserted"


def test_diff_json_keeps_the_alignment_to_articles_and_reports_the_rest_as_document_changes():
    moz = sorted((RAW / "mozilla").glob("accounts-tos-*.md"))
    d = diff_dict(_diff(moz[1], moz[2]))
    assert d["alignment"] and all(e["part"] == "main" and e["label"] for e in d["alignment"])
    assert d["document_changes"] and all(e["part"] == "front" and e["label"] == "前文"
                                         for e in d["document_changes"])
    json.dumps(d, ensure_ascii=False)


@needs_shared(KDDI)
def test_the_same_terms_as_pdf_and_as_html_differ_in_nothing_substantive():
    """Layout is not a change: page furniture, wrapping and table cells (| in the PDF's rows) aside,
    the KDDI terms read the same in their PDF and their HTML, annexes included."""
    r = _diff(KDDI.with_suffix(".pdf"), KDDI)
    assert all(p.status in ("unchanged", "modified") for p in r.pairs)
    assert [c for _, c in r.changes() if c.kind == "substantive"] == []
    assert {p.part for p in r.pairs} >= {"front", "main", "annex-1", "annex-2", "closing"}


def test_every_category_the_diff_gives_has_a_japanese_name():
    """The reports speak Japanese: no category of a real revision falls back to its English id."""
    from pipeline.reports.html import CATEGORY_JA

    moz = sorted((RAW / "mozilla").glob("accounts-tos-*.md"))
    pairs = list(zip(moz, moz[1:]))
    if KIYAKU.is_dir():
        pairs.append((KIYAKU / "kiyaku_2025.txt", KIYAKU / "kiyaku_2026.txt"))
    cats = {cat for a, b in pairs for _, c in _diff(a, b).changes() for cat in c.categories}
    assert len(cats) >= 8 and not cats - set(CATEGORY_JA), cats - set(CATEGORY_JA)


@needs_shared(KDDI)
def test_a_new_operator_named_in_the_preamble_is_a_substantive_party_change(tmp_path):
    """On real terms, a change of the contracting party in the 前文 was reported as no change at all."""
    text = KDDI.read_text(encoding="utf-8")
    before = "モバイルケアテクノロジーズ株式会社（以下「当社」"
    assert text.count(before) == 1
    new = tmp_path / "kddi.html"
    new.write_text(text.replace(before, "株式会社ＫＤＤＩリユース（以下「当社」"), encoding="utf-8")
    changes = _changes(_diff(KDDI, new))
    assert changes and all(p.part == "front" and p.label == "前文" for p, _ in changes)
    assert all(c.kind == "substantive" and "party" in c.categories for _, c in changes)
    assert any("モバイルケアテクノロジーズ" in (c.old_text or "") for _, c in changes)
