"""e-Gov law XML (法令標準XML) read as the law's text: the XML's own structure is the oracle."""

import random
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import EXTERNAL, needs_shared

from pipeline.api import read_document
from pipeline.diff import diff
from pipeline.errors import BadInput
from pipeline.ingest import load, load_bytes

FIXTURES = Path(__file__).parent / "fixtures" / "lawxml"
GYOSEI = FIXTURES / "gyosei_tetsuzuki_ch1.xml"
KOKU = FIXTURES / "koku_parts.xml"
EGOV = EXTERNAL / "egov-xml"
LAWS = ["405AC0000000088_20240401_504AC0100000052", "327AC0000000231_20240401_505AC0000000063"]


def _sentences(path: Path) -> list[str]:
    """Every <Sentence> of the XML, its ruby readings left out."""
    def text(el):
        return (el.text or "") + "".join((text(c) if c.tag != "Rt" else "") + (c.tail or "") for c in el)
    return [text(s).strip() for s in ET.parse(path).getroot().iter("Sentence")]


def test_the_articles_paragraphs_and_items_are_those_of_the_xml():
    doc = read_document(GYOSEI)
    assert doc.source.format == "lawxml"
    assert doc.title == "行政手続法"
    assert [(a.label, a.title) for a in doc.articles] == [
        ("第一条", "目的等"), ("第二条", "定義"), ("第三条", "適用除外"), ("第四条", "国の機関等に対する処分等の適用除外")]
    root = ET.parse(GYOSEI).getroot()
    for art, el in zip(doc.articles, root.find("LawBody/MainProvision").iter("Article")):
        paragraphs = el.findall("Paragraph")
        assert len(art.paragraphs) == len(paragraphs), art.label
        assert [len(p.items) for p in art.paragraphs] == [len(p.findall("Item")) for p in paragraphs], art.label
    # a definition item of two <Column>s keeps the term and its meaning apart, as printed
    first = doc.article("2").paragraphs[0].items[0]
    s, e = doc.source_span(first.span)
    assert first.label == "一" and doc.source.text[s:e].startswith("一　法令　法律、法律に基づく命令")
    assert [s.label for s in doc.article("2").paragraphs[0].items[3].items] == ["イ", "ロ", "ハ", "ニ"]
    assert [c.label for c in doc.chapters] == ["第一章"]
    assert len(doc.supplementary) == 2


def test_every_sentence_of_the_xml_is_in_the_text_and_ruby_readings_are_not():
    for path in (GYOSEI, KOKU):
        src = load(path)
        missing = [s for s in _sentences(path) if s not in src.text]
        assert missing == [], (path.name, missing[:3])
    src = load(KOKU)
    readings = [rt.text for rt in ET.parse(KOKU).getroot().iter("Rt")]
    assert readings and src.notes == [f"{len(readings)} ruby reading(s) (<Rt>) left out of the text"]
    assert "ちよう" not in src.text  # 徴収 read as printed, not 徴(ちよう)収
    # a table row a line, the sentences of a cell joined by ／; the appendix table under its title and article
    assert "\n別表（第二十八条関係）\n資格｜業務範囲\n" in src.text
    assert "\n附　則　（令和五年六月一六日法律第六三号）　抄\n" in src.text


def test_a_list_a_table_and_an_appendix_are_read_into_their_units():
    doc = read_document(KOKU)
    art24 = doc.article("24")
    assert "　定期運送用操縦士" in doc.source.text and "定期運送用操縦士" in art24.body
    assert "｜" in doc.article("65").body
    assert len(doc.annexes) == 1 and doc.annexes[0].label == "別表" and "資格｜業務範囲" in doc.annexes[0].text


@pytest.mark.parametrize("data, message", [
    (b'<?xml version="1.0"?><urlset><url/></urlset>', "root is <urlset>"),
    (b'<?xml version="1.0"?><Law><LawBody><LawTitle>x', "not well-formed"),
    (b'<?xml version="1.0"?><!DOCTYPE Law [<!ENTITY a "aaaa">]><Law>&a;</Law>', "DOCTYPE"),
    (b'<?xml version="1.0"?><DataRoot><Result/></DataRoot>', "holds no e-Gov <Law>"),
])
def test_xml_that_is_no_law_is_refused_with_its_reason(data, message):
    with pytest.raises(BadInput, match=message):
        load_bytes(data, "x.xml")


def test_the_answer_of_the_law_api_is_read_as_its_law():
    law = GYOSEI.read_bytes().split(b"?>", 1)[1]
    wrapped = (b'<?xml version="1.0" encoding="UTF-8"?><DataRoot><Result><Code>0</Code></Result><ApplData>'
               b'<LawId>405AC0000000088</LawId><LawFullText>' + law + b'</LawFullText></ApplData></DataRoot>')
    assert load_bytes(wrapped, "law.xml").text == load(GYOSEI).text


def test_a_character_changed_in_any_sentence_of_the_xml_is_a_change(tmp_path):
    """No blind spots, for this format: replace one character of a sentence in the XML and the diff of the two
    versions has a change at that sentence, in the articles, the 附則 and the appendix table alike."""
    data = KOKU.read_text(encoding="utf-8")
    old = read_document(KOKU)
    rng = random.Random(7)
    starts = [i + len('vertical">') for i in range(len(data)) if data.startswith('vertical">', i)
              and data[i + len('vertical">')] not in "<"]
    assert len(starts) > 40
    misses = []
    for start in sorted(rng.sample(starts, 24)):
        variant = tmp_path / f"v{start}.xml"
        variant.write_text(data[:start] + ("ゑ" if data[start] != "ゑ" else "ヰ") + data[start + 1:], encoding="utf-8")
        new = read_document(variant)
        pos = new.source.text.find("ゑ" if data[start] != "ゑ" else "ヰ")
        covered = any(c.new_span is not None and new.source_span(c.new_span)[0] <= pos < new.source_span(c.new_span)[1]
                      for _, c in diff(old, new).changes())
        if not covered:
            misses.append(data[start:start + 20])
    assert misses == []


@needs_shared(EGOV)
@pytest.mark.parametrize("name", LAWS)
def test_the_text_read_from_the_xml_is_the_law_as_printed(name):
    """The rendering of ../shared (made by another program from the same XML, SOURCES.md) is the text read."""
    assert load(EGOV / f"{name}.xml").text == (EGOV / f"{name}.txt").read_text(encoding="utf-8")
