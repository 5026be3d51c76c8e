"""Three more layouts of published pages (pub216–pub220 readings) that the structure read wrongly, each stated here
in sentences written for the test in the shape of the page (the pages themselves stay outside the repository, as
their stores ask), and a look-alike of each that stays as it was."""

from pipeline.api import read_document
from pipeline.checks import run_checks


def _doc(tmp_path, text, name="doc.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return read_document(p)


def _heads(doc):
    return [(a.number, a.title) for a in doc.articles]


def _rules(doc):
    return {f.rule for f in run_checks(doc)}


# ------------------------------------------------------------------ 1. a heading mid-line, its article's text after it


def test_a_heading_mid_line_after_a_sentence_with_its_text_after_it(tmp_path):
    """「…優先するものとします。第2条(貸渡条件) 借主は、…」: the next article's heading, its bracketed title and its
    first sentence glued after the last 。 of the article before (before: read as a citation, a dangling reference
    and a gap before 第3条)."""
    text = ("第1条(適用)\n"
            "1.本約款は、当社が行う貸渡しに適用します。\n"
            "2.特約をした場合には、その特約が本約款に優先するものとします。第2条(貸渡条件) 借主は、貸渡期間を当社と"
            "あらかじめ取り決めるものとします。\n"
            "第3条(契約の成立)\n"
            "契約は、車両を引き渡した時に成立します。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "適用"), ("2", "貸渡条件"), ("3", "契約の成立")]
    assert doc.articles[0].text.endswith("優先するものとします。")
    assert doc.articles[1].body.startswith("借主は")
    assert not _rules(doc) & {"reference-dangling", "numbering-gap"}


def test_a_citation_after_a_sentence_stays_in_its_sentence(tmp_path):
    """Look-alikes: 「。第2条(貸渡条件)に定める…」 cites the next article (its title runs on into a particle), and
    「。第3条(契約の成立) の規定は…」 cites one that is not next: both stay text of the article before."""
    text = ("第1条(適用)\n"
            "1.本約款は、当社が行う貸渡しに適用します。\n"
            "2.特約をした場合には、その特約が本約款に優先するものとします。第2条(貸渡条件)に定める条件は別に定めます。"
            "第3条(契約の成立) の規定は、この場合に適用しません。\n"
            "第2条(貸渡条件)\n"
            "借主は、貸渡期間を取り決めます。\n"
            "第3条(契約の成立)\n"
            "契約は、車両を引き渡した時に成立します。\n")
    doc = _doc(tmp_path, text)
    assert _heads(doc) == [("1", "適用"), ("2", "貸渡条件"), ("3", "契約の成立")]
    assert doc.articles[0].text.endswith("この場合に適用しません。")
