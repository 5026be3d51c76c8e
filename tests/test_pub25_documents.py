"""Published pages nobody had seen (pub25, tests/fixtures/pub25, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub25"
VUE = FIXTURES / "nekonone_terms_vue.html"
LIFEDESIGN = FIXTURES / "lifedesign_terms.html"
PRIVACY = FIXTURES / "fluxy_privacy.html"


def test_a_components_top_level_template_is_the_page():
    """The terms of a .vue page sit in the file's top-level <template>: that is what the browser shows. (A
    <template> inside a page's <body> is inert and stays dropped.)"""
    doc = read_document(VUE)
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 28)]
    assert doc.articles[0].title == "適用"
    assert "defineProps" not in doc.norm.text and "scss" not in doc.norm.text


def test_a_definition_that_hands_itself_to_a_provision_that_gives_none():
    """「「利用契約」とは、第１条第２項に定義される「利用契約」を意味します」: 第1条 defines no 利用契約, and the only other
    definition is this one. Told, with no provision to suggest (not this very item)."""
    fs = [f for f in run_checks(read_document(VUE), ["reference-content-mismatch"]) if "利用契約" in f.excerpt]
    assert len(fs) == 1 and fs[0].suggestion is None
    assert "第1条第2項" in fs[0].excerpt


def test_the_word_a_definition_is_given_in_is_no_slip_for_the_term():
    """「「ユーザー」とは、第3条（登録）に基づいて本サービスの利用者としての登録がなされた個人」: ユーザー is a kind of
    利用者, so 「本サービスの他の利用者」 (第7条) means the wider set, and the definition's own 利用者 is no slip. Where
    ユーザー is 「本サービスの利用者の総称」 (the same set), 利用者 elsewhere is, but not in the definitions themselves."""
    assert not [f for f in run_checks(read_document(LIFEDESIGN), ["term-inconsistent"]) if f.excerpt == "利用者"]
    doc = read_document(VUE)
    found = [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "利用者"]
    assert found and {f.article for f in found} == {"6", "7"}
    assert all(f.suggestion == "ユーザー" for f in found)


def test_this_website_in_a_privacy_policy_needs_no_definition():
    """「本ウェブサイト上で提供するサービス」: the site the policy is published on needs no definition (two readers judged
    a warning false; session 60's reader, a note on 本ページ false too)."""
    assert not [f for f in run_checks(read_document(PRIVACY), ["term-undefined"]) if f.excerpt == "本ウェブサイト"]


def test_a_parenthesis_of_two_widths_is_fixed_in_the_width_the_document_pairs_in():
    """「第25条(退会）」 among 38 pairs of （）: the fix is （退会）, not (退会)."""
    fs = [f for f in run_checks(read_document(VUE), ["convention-deviation"]) if f.excerpt.startswith("(退会")]
    assert [f.suggestion for f in fs] == ["（…）"]


def test_the_templates_word_for_the_operator_left_beside_its_name():
    """The terms name their operator 「おもロード製作委員会」 37 times and define no 当社; 「当社は，以下のいずれかの事由が
    あると判断した場合」 and eleven more are a template's word left behind: each told, with the name as the fix. Terms
    that define 当社 (raw/) stay quiet."""
    doc = read_document(FIXTURES / "omorode_terms.md")
    fs = [f for f in run_checks(doc, ["term-undefined"]) if f.excerpt == "当社"]
    assert len(fs) == 12 and {f.suggestion for f in fs} == {"おもロード製作委員会"}
    root = Path(__file__).resolve().parents[1]
    for path in sorted((root / "raw").rglob("*.txt"))[:6]:
        assert not [f for f in run_checks(read_document(path), ["term-undefined"]) if f.excerpt == "当社"], path


def test_slips_no_document_means():
    """「全文お読み頂いたうえでに本規約に同意」 (うえで takes no に), 「遺失利益」 for 逸失利益 (遺失 is lost property; the
    same terms write 逸失利益 elsewhere), and the mock-up's 「特定非営利活動法人ダミー団体名」 left as the party's name."""
    fs = run_checks(read_document(VUE), ["confusable-word"])
    assert {(f.excerpt, f.suggestion) for f in fs} >= {("うえでに", "うえで"), ("遺失利益", "逸失利益")}
    fs = [f for f in run_checks(read_document(LIFEDESIGN), ["template-placeholder"]) if "ダミー" in f.excerpt]
    assert len(fs) == 1 and "「ダミー団体名」" in fs[0].message
