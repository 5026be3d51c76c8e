"""Published terms nobody had seen (pub83, tests/fixtures/pub83, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

TERMS = Path(__file__).parent / "fixtures" / "pub83" / "jaoterms.md"


def test_an_article_titled_in_kana_that_opens_like_a_particle():
    """「#### 第1条 はじめに」: a title in kana whose first character is は heads the article; 「第1条は…」 would cite one. Read
    as a citation, the page lost its first article: a false gap before 第2条 and a false dangling 「第1条」."""
    doc = read_document(TERMS)
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 17)]
    assert doc.articles[0].title == "はじめに"
    found = run_checks(doc, ["numbering-gap", "reference-dangling"])
    assert not [f for f in found if f.excerpt.startswith(("第1条", "第2条"))], [f.excerpt for f in found]


def test_a_verb_in_kana_and_a_word_of_its_own_are_no_kana_slips():
    """「それに支障がでない形で」 is が and 出る in kana (no ができない with き dropped); 「すべてそのアカウントの所持者に」 is
    すべて and その (no すべての with そ typed twice)."""
    found = [f.excerpt for f in run_checks(read_document(TERMS), ["typo"])]
    assert not [e for e in found if "がでない" in e or "すべてその" in e], found
