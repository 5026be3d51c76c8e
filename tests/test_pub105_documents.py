"""PHP terms pages nobody had seen (pub105, tests/fixtures/pub105, sources in its README), read and checked whole."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import run_checks

HERE = Path(__file__).parent / "fixtures" / "pub105"


def test_a_full_width_space_before_a_katakana_word_and_moto_for_shita():
    found = run_checks(read_document(HERE / "nightparty.php"))
    assert [f.excerpt for f in found if f.rule == "stray-space" and "アップデート" in f.excerpt] == ["期限をもって\u3000アップデート"]
    assert [(f.rule, f.suggestion) for f in found if f.excerpt == "元"] == [("legal-style", "もと")]


def test_moto_as_someone_s_side_says_nothing():
    text = "第1条（送付）\n書類は会員の元に届きます。手元の資料を確認します。\n"
    assert [f for f in run_checks(doc_from_text(text)) if f.rule == "legal-style"] == []


def test_a_zero_width_space_inside_a_sentence_is_reported():
    """「…列記いたしますので，こちらと\u200b利用規約をよく読んだ上で」 (a community's rules page): invisible, it splits the
    text for search and copy; normalization drops it, so only the source shows it."""
    text = "<h3>当鯖を利用するにあたって</h3><p>こちらと\u200b利用規約をよく読んだ上で、ご利用ください。</p>"
    found = [f for f in run_checks(doc_from_text(text, "terms.html")) if "U+200B" in f.message]
    assert len(found) == 1 and found[0].rule == "stray-space"
    assert [f for f in run_checks(doc_from_text("\ufeff第1条（目的）\n本規約は目的を定めます。\n")) if "U+" in f.message] == []
