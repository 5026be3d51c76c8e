"""toc-mismatch on real documents: the app terms of pub47, whose list of sections names 10. 管轄地と準拠地 over the body's
10.管轄地と準拠法; and the real bylaws of 2025 with their own 目次 (tests need ../shared), whose body renumbered 第68条–
第73条 and added 等 to 第23条's caption while the 目次 kept the old ones."""

from pathlib import Path

import pytest
from conftest import EXTERNAL, doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

TRAVELYST = Path(__file__).parent / "fixtures" / "pub47" / "travelyst.txt"
KIYAKU = EXTERNAL / "kiyaku"


def test_an_entry_edited_apart_from_its_heading():
    found = run_checks(read_document(TRAVELYST), ["toc-mismatch"])
    assert [(f.excerpt, f.suggestion) for f in found] == [("10.管轄地と準拠地", "管轄地と準拠法")]


def _with_its_toc(year: int) -> str:
    toc = (KIYAKU / f"kiyaku_{year}.toc.txt").read_text(encoding="utf-8")
    return "目次\n" + toc + "\n" + (KIYAKU / f"kiyaku_{year}.txt").read_text(encoding="utf-8")


@pytest.mark.skipif(not KIYAKU.exists(), reason="needs ../shared (the real bylaws)")
def test_a_toc_that_kept_the_numbers_and_captions_of_before():
    found = run_checks(doc_from_text(_with_its_toc(2025), "kiyaku_2025.txt"), ["toc-mismatch"])
    told = {f.excerpt.split("（")[0]: f.suggestion for f in found}
    assert told == {"第23条": "必要箇所への立入り等", "第68条": "第73条", "第69条": "第68条", "第70条": "第69条",
                    "第71条": "第70条", "第72条": "第71条", "第73条": "第72条"}


@pytest.mark.skipif(not KIYAKU.exists(), reason="needs ../shared (the real bylaws)")
def test_a_toc_that_lists_the_headings_as_written_is_quiet():
    # 2022: the 目次 and the headings agree; the 附則's own 第1条 (規約の発効) is no entry of the body's 第1条
    assert run_checks(doc_from_text(_with_its_toc(2022), "kiyaku_2022.txt"), ["toc-mismatch"]) == []


PROCEDURE = EXTERNAL / "egov-xml" / "405AC0000000088_20240401_504AC0100000052.txt"
AVIATION = EXTERNAL / "egov-xml" / "327AC0000000231_20240401_505AC0000000063.txt"


@pytest.mark.skipif(not PROCEDURE.exists(), reason="needs ../shared (e-Gov law text)")
@pytest.mark.parametrize("path, written, slip, told", [
    # a range's end one article off (planted at random, seed 61): 第二章 of the 行政手続法 holds 第五条 to 第十一条
    (PROCEDURE, "処分（第五条―第十一条）", "処分（第五条―第十二条）", "（第五条―第十一条）"),
    # two articles, written with ・ as laws write them: the correction keeps it
    (AVIATION, "総則（第一条・第二条）", "総則（第一条・第三条）", "（第一条・第二条）"),
], ids=["dash", "two-articles"])
def test_a_part_range_of_the_toc_that_the_body_does_not_hold(path, written, slip, told):
    text = path.read_text(encoding="utf-8")
    found = run_checks(doc_from_text(text.replace(written, slip, 1), path.name), ["toc-mismatch"])
    assert [(f.excerpt, f.suggestion) for f in found] == [(slip[slip.index("（"):], told)]


@pytest.mark.skipif(not PROCEDURE.exists(), reason="needs ../shared (e-Gov law text)")
@pytest.mark.parametrize("path", [PROCEDURE, AVIATION], ids=["procedure", "aviation"])
def test_the_ranges_of_a_laws_toc_agree_with_its_body(path):
    # 10 and 20 ranges, chapters and sections nested (第三章 / 第一節), 第四章の二, 第三十六条の二: all read alike
    assert run_checks(read_document(path), ["toc-mismatch"]) == []
