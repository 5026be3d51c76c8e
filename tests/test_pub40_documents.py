"""Published rules nobody had seen (pub40, tests/fixtures/pub40, source in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "pub40" / "villasacra-yakkan.php"


def test_captions_in_angle_brackets_and_items_numbered_like_paragraphs():
    """「〈当施設の契約解除権〉」 over 「第7条」; its 「1.当施設は、次に掲げる場合においては…。」, then 「1.」 … again (the items
    it announces), then 「2.当施設が前項の規定に基づいて…」: the items had been read as paragraphs 1, 2, 3… (a false
    duplicate 第1項) and paragraph 2 joined to the last of them."""
    doc = read_document(PAGE)
    arts = {a.number: a for a in doc.articles if a.part == "main"}
    assert arts["7"].title == "当施設の契約解除権"
    first, second = arts["7"].paragraphs[:2]
    assert first.number == 1 and len(first.items) >= 3 and second.number == 2
    assert second.text.startswith("当施設が前項の規定に基づいて")
    assert not [f for f in run_checks(doc, ["numbering-duplicate"]) if f.article == "7"]


def test_listing_cases_with_ya_and_the_adverb_dekirudake():
    """「…認められたときや、他の宿泊客に…したとき」 lists two cases (は had been suggested), and 「個人情報をできるだけ
    正確かつ最新の内容で」 is the adverb できるだけ, no 「…をできる」."""
    found = run_checks(read_document(PAGE), ["typo", "legal-style"])
    assert not [f for f in found if "ときや" in f.excerpt or f.excerpt == "をでき"]
