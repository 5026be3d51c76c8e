"""Published terms nobody had seen (pub79, tests/fixtures/pub79, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

TERMS = Path(__file__).parent / "fixtures" / "pub79" / "tokenpocket.md"


def test_list_labels_glued_to_a_word_are_no_names():
    """「a. ユーザーは…」「c. ユーザーは…」: each item opens with ユーザー behind its letter; normalized as a.ユーザー, c.ユーザー,
    they are one word behind several labels, not a name misspelled."""
    assert not run_checks(read_document(TERMS), ["name-variant"])


def test_a_predicate_made_a_noun_and_a_formal_noun_are_no_kana_slips():
    """「他のユーザーが本サービスを通常使用するのを妨げる」「本サービスにログオンするたびに」: の before を, and たび, are grammar
    after a predicate (law text says することを; terms say するのを)."""
    found = [f.excerpt for f in run_checks(read_document(TERMS), ["typo"])]
    assert not [e for e in found if "するのを" in e or "するたびに" in e], found


def test_a_space_after_a_sentence_before_a_latin_word():
    """「…を処理する必要があります。 TokenPocketは…」: the space after 。 is as stray before the app's name as it is
    before 当社 (「…ります。 当社は」, told already); a web address set apart after 。 is not this."""
    found = [f.excerpt for f in run_checks(read_document(TERMS), ["stray-space"])]
    assert any(e.startswith(("ります。 Toke", "します。 Toke", "きます。 Toke", "ません。 Toke")) for e in found), found
    assert any("。 当社" in e for e in found)


def test_sections_set_as_headings_over_a_titled_list():
    """「## III. サービス」 holds a list 「1. サービスの利用」「2. トークンの譲渡と受け取り」… whose entries carry titles; the
    page's fourteen 「## I.」–「## XIV.」 headings are its sections (each with text of its own), not the list of one of
    them, and item 4 of that list is no gap after an article 3."""
    doc = read_document(TERMS)
    assert len(doc.articles) == 14
    assert [a.title for a in doc.articles[:3]] == ["I.本契約の確認と受諾", "II.定義", "III.サービス"]
    assert not run_checks(doc, ["numbering-gap"])


def test_a_paragraph_ending_in_an_entry_of_its_lettered_list():
    """「6. ユーザーは…確約します。」 over 「a. 反社会的勢力等…である」「b. …関与を行っている」: the paragraph's text ends
    in its list's last entry, which ends without 「。」 as lists may; its sentence (…確約します。) is closed."""
    found = run_checks(read_document(TERMS), ["sentence-unterminated"])
    assert not [f for f in found if "関与を行っている" in f.excerpt], [f.excerpt for f in found]
