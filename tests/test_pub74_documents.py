"""Published terms nobody had seen (pub74, tests/fixtures/pub74, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

YAKKAN = Path(__file__).parent / "fixtures" / "pub74" / "beyakkan.html"


def test_the_slips_of_a_study_abroad_yakkan():
    """「…含まれるのものは」 (a stray の before もの) and 「Beは本状に示す変更手数料」 (本条: a letter shows no fees)."""
    found = {(f.rule, f.excerpt, f.suggestion) for f in run_checks(read_document(YAKKAN), ["grammar-slip", "confusable-word"])}
    assert ("grammar-slip", "るのもの", "るもの") in found
    assert ("confusable-word", "本状", "本条") in found


def test_a_prefix_of_quantity_before_a_word_is_no_dropped_kanji():
    """The heading 「各手続き」 beside 「各種手続き」 written elsewhere: 各 heads 手続き as it heads any noun (各号, 各当事者)."""
    assert not [f for f in run_checks(read_document(YAKKAN), ["typo"]) if "各手続" in f.excerpt]


def test_terms_are_agreed_to_not_granted():
    """pub75's Discord bot: 「本規約に許諾」: terms are agreed to (同意); 許諾 grants a permission to someone."""
    doc = read_document(Path(__file__).parent / "fixtures" / "pub75" / "rbot.txt")
    assert [(f.excerpt, f.suggestion) for f in run_checks(doc, ["confusable-word"]) if f.excerpt == "許諾"] == [("許諾", "同意")]
