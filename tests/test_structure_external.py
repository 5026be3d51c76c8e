"""Real documents from ../shared/corpus/external: e-Gov laws (with the XML's structure as oracle),
condominium bylaws, Mozilla terms in Markdown, the Companies Act in Markdown."""

import json

import pytest
from conftest import EXTERNAL, needs_shared

from pipeline.api import read_document

EGOV = EXTERNAL / "egov-xml"
LAWS = ["405AC0000000088_20240401_504AC0100000052", "327AC0000000231_20240401_505AC0000000063"]


@needs_shared(EGOV)
@pytest.mark.parametrize("name", LAWS)
@pytest.mark.parametrize("suffix", [".txt", ".xml"])
def test_egov_structure_matches_the_xml(name, suffix):
    """The printed text and the XML itself (pipeline.ingest.lawxml) parse to the structure the XML declares."""
    oracle = json.loads((EGOV / f"{name}.structure.json").read_text(encoding="utf-8"))
    doc = read_document(EGOV / f"{name}{suffix}")
    assert doc.title == oracle["law_title"]
    got = {a.number: a for a in doc.articles}
    # One e-Gov Article 「第百二十一条及び第百二十二条　削除」 (Num "121:122") stands for each article it names:
    # the parser gives every number its own deleted article, all on the one line.
    expected = []
    for e in oracle["articles"]:
        if ":" in e["num"]:
            first, last = e["num"].split(":")
            assert "_" not in first + last, "branch ranges are not in these laws"
            names = range(int(first), int(last) + 1) if "から" in e["title"] else (int(first), int(last))
            expected.extend((str(n), e) for n in names)
        else:
            expected.append((e["num"], e))
    assert [a.number for a in doc.articles] == [n for n, _ in expected]
    ranges = [a for a in doc.articles if "第" in a.label[1:]]
    assert all(a.body == "削除" for a in ranges)
    assert len({a.span for a in ranges}) == sum(1 for e in oracle["articles"] if ":" in e["num"])
    for num, e in expected:
        a = got[num]
        assert len(a.paragraphs) == e["paragraphs"], e["num"]
        assert [len(p.items) for p in a.paragraphs] == e["items_per_paragraph"], e["num"]
        assert [sum(len(i.items) for i in p.items) for p in a.paragraphs] == e["subitem1_per_paragraph"], e["num"]
        if e["caption"]:
            assert a.title == e["caption"].strip("（）"), e["num"]
    distinct = list({a.span: a for a in doc.articles}.values())
    assert sum(len(a.paragraphs) for a in distinct) == oracle["paragraph_count"]
    assert sum(len(p.items) for a in distinct for p in a.paragraphs) == oracle["item_count"]
    assert len(doc.supplementary) == oracle["suppl_provision_count"]


@needs_shared(EGOV)
def test_egov_branch_numbers_chapters_and_iroha():
    doc = read_document(EGOV / f"{LAWS[0]}.txt")
    a = doc.article("36_2")
    assert a.label == "第三十六条の二" and a.title == "行政指導の中止等の求め"
    assert ("第四章の二", "処分等の求め") in [(c.label, c.title) for c in doc.chapters]
    item4 = doc.article("2").paragraphs[0].items[3]
    assert [(s.label, s.number, s.style) for s in item4.items] == [
        ("イ", 1, "iroha"), ("ロ", 2, "iroha"), ("ハ", 3, "iroha"), ("ニ", 4, "iroha")]


KIYAKU = EXTERNAL / "kiyaku"


@needs_shared(KIYAKU)
def test_condominium_bylaws_2022():
    doc = read_document(KIYAKU / "kiyaku_2022.txt")
    # 第1条–第73条 plus three branch articles (第19条の2, 第36条の2, 第37条の2)
    assert len(doc.articles) == 76
    assert [a.number for a in doc.articles if "_" in a.number] == ["19_2", "36_2", "37_2"]
    assert doc.articles[-1].number == "73"
    assert doc.article("1").title == "目的"
    assert [c.kind for c in doc.chapters].count("章") >= 8
    assert len(doc.supplementary) == 1 and [a.number for a in doc.supplementary[0].articles][:2] == ["1", "2"]


@needs_shared(KIYAKU)
def test_condominium_bylaws_2026_branch_articles_and_mixed_widths():
    doc = read_document(KIYAKU / "kiyaku_2026.txt")
    numbers = [a.number for a in doc.articles]
    assert "19_2" in numbers and "19_3" in numbers
    assert numbers.index("19_2") == numbers.index("19") + 1
    # paragraphs are written 「2　…」: law style with a half-width digit
    assert [p.number for p in doc.article("7").paragraphs][:2] == [None, 2]


MOZILLA = EXTERNAL / "tos" / "mozilla"


@needs_shared(MOZILLA)
def test_markdown_terms_sections_become_articles():
    doc = read_document(MOZILLA / "firefox_cloud_services_tos.ja.2025-06-04_8a5aab51.md")
    assert doc.style == "section"
    assert doc.title == "Mozillaアカウントサービス規約"
    assert [a.title for a in doc.articles][:3] == ["はじめに", "Mozillaアカウント", "本サービス"]
    assert len(doc.articles) == 12
    assert [it.label for it in doc.article("3").paragraphs[0].items] == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]
    assert doc.metadata["effective_date"] == "2025-05-13"


@needs_shared(MOZILLA)
def test_markdown_without_numbers_uses_headings():
    doc = read_document(MOZILLA / "subscription_services_tos.ja.2026-03-23_8cd9bb37.md")
    titles = [a.title for a in doc.articles]
    assert "Mozilla VPN" in titles and "Firefox Relay" in titles
    assert [a.number for a in doc.articles] == [str(i) for i in range(1, len(titles) + 1)]


ACT = EXTERNAL / "companies-act"


@needs_shared(ACT)
def test_companies_act_markdown():
    path = sorted(ACT.glob("*.md"))[0]
    doc = read_document(path)
    assert doc.article("1").title == "趣旨"
    assert doc.article("2").title == "定義"
    n = len(doc.articles)
    assert n > 900
    assert doc.article("325_2") is not None or True  # added only in the 2022-09 version
    items = doc.article("2").paragraphs[0].items
    assert [it.label for it in items[:4]] == ["一", "二", "三", "三の二"]
