"""What the pub247–pub252 readings found on the openings of published pages (energy and utilities, software
licences, ceremonies, real estate and lodging, crowdfunding and donations, schools and lessons), and what earlier
readings left (web pages read as text: kept outside the repository). Each construct is tested here in text of the
same shape written for the test."""

from conftest import doc_from_text
from pipeline.checks import run_checks


def _check(text, rule=None):
    return [f for f in run_checks(doc_from_text(text, "doc.txt")) if rule is None or f.rule == rule]


def _said(text, rule, severities=("error", "warning")):
    return [(f.excerpt, f.suggestion) for f in _check(text, rule) if f.severity in severities]


# ------------------------------------------------------------------ typos


def test_a_noun_and_its_suffix_are_no_kanji_free_to_pair():
    """「病児期」: 病児 is a one-kanji noun and the suffix 児 (園児, 乳児), a formation open to any noun; 児 pairing with
    期 into 時期 would take it from its word. Neither a warning nor a note."""
    text = ("第1条（目的）\n本規程は、病児期または病気回復期であり集団保育の困難な児童を一時的に預かる事業について定める。\n"
            "第2条（対象）\n対象は、市内に住所を有する児童とする。\n")
    assert _said(text, "typo", ("error", "warning", "info")) == []


# ------------------------------------------------------------------ structure


def test_old_form_counters_head_articles_and_cite_them():
    """A shrine's rules of old forms (「第一條　この神社は、…といふ。」, 第一號): 條 and 號 are the counters 条 and 号, so the
    articles are read, a citation of a missing article is told, and the old form itself is never reported."""
    text = ("（名称）\n第一條　この神社は、宗教法人法による宗教法人であつて、「秋葉神社」といふ。\n"
            "（事務所）\n第二條　この神社の事務所は、新潟縣新津市秋葉三丁目八番十九號に置く。\n"
            "（目的）\n第三條　この神社は、第二條の事務所において祭祀を行ふことを目的とする。\n"
            "（公告）\n第四條　この神社の公告は、第五條に定める掲示場に掲示して行ふ。\n")
    doc = doc_from_text(text)
    assert [a.label for a in doc.articles] == ["第一条", "第二条", "第三条", "第四条"]
    assert doc.source.text[doc.articles[0].span[0]:].startswith("（名称）\n第一條")  # the source keeps its old forms
    findings = run_checks(doc)
    assert [f.excerpt for f in findings if f.rule == "reference-dangling"] == ["第五条"]
    assert not [f for f in findings if f.severity in ("error", "warning") and f.rule != "reference-dangling"]
