"""Pages that hold more than one document (pipeline/checks/page_documents.py): a form above the terms, a privacy
policy under them. Each document's own names bind it alone; within one document a slip of its name is still told."""

from pathlib import Path

from conftest import doc_from_text

from pipeline.api import read_document
from pipeline.checks import context, run_checks
from pipeline.checks.page_documents import page_documents

FIXTURES = Path(__file__).parent / "fixtures"
FITNESS = FIXTURES / "pub480" / "fitness_join_form.aspx"  # terms defining 「会社」, then a 個人情報保護指針 saying 当社
BANNER = FIXTURES / "pub482" / "banner_shop_terms.php"  # an order form saying 当サイト, then terms defining 本サイト
TEMPLATE = FIXTURES / "pub58" / "miskiyaku.md"  # a template's note to its users, then terms defining ユーザー


def _doc(path: Path, old: str = "", new: str = ""):
    text = path.read_text(encoding="utf-8")
    if old:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return doc_from_text(text, path.name)


def _lines_opening_documents(doc) -> list[str]:
    text = doc.norm.text
    return [text[p:text.find("\n", p)] for p in page_documents(context(doc))[1:]]


def test_the_documents_of_a_page_start_at_the_lines_that_name_them():
    assert _lines_opening_documents(_doc(FITNESS)) == ["個人情報保護指針"]
    assert _lines_opening_documents(_doc(BANNER)) == ["利用規約"]
    assert _lines_opening_documents(_doc(TEMPLATE)) == ["利用規約"]


def test_entries_of_lists_and_contents_open_no_document():
    """「（2）誓約書」 among the papers a 就業規則 asks a new employee for, and 「Pocket Premiumのキャンセルポリシー」 in a
    page's list of its sections (the heading it lists stands again below): entries, not documents' names."""
    assert "（2）誓約書" not in _lines_opening_documents(read_document(FIXTURES / "pub38" / "yasslab-work.md"))
    assert _lines_opening_documents(read_document(FIXTURES / "pub466" / "pocket_tos.md")) == []


def test_a_page_of_one_document_is_one_document():
    """Its title on the first line opens nothing, nor do article headings that name a policy (第9条（プライバシーポリシー）
    in the samples' terms) or 附則."""
    for path in sorted((Path(__file__).parent.parent / "raw").glob("*/*.txt")):
        assert page_documents(context(read_document(path))) == [0], path.name


def test_a_privacy_policy_under_the_terms_is_not_held_to_the_terms_name():
    """The club's terms call the company 「会社」 (defined); the 個人情報保護指針 after them says 当社 four times, never
    会社 (only inside 株式会社): its own way of speaking, not a slip of the terms."""
    found = run_checks(_doc(FITNESS), ["term-inconsistent"])
    assert not [f for f in found if f.excerpt == "当社"]


def test_a_slip_of_the_name_inside_the_terms_is_still_told():
    found = run_checks(_doc(FITNESS, "□会社に対し、会費", "□当社に対し、会費"), ["term-inconsistent"])
    assert [(f.excerpt, f.suggestion) for f in found] == [("当社", "会社")]


def test_an_order_form_above_the_terms_is_not_held_to_their_definitions():
    """「※当サイトでご紹介させて頂ければ…」 is the order form's note; the terms below it define 「本サイト」. The two 当社
    among the terms' 51 弊社 are slips of the terms and stay told."""
    found = run_checks(_doc(BANNER), ["term-inconsistent"])
    assert not [f for f in found if f.excerpt == "当サイト"]
    assert [(f.excerpt, f.suggestion) for f in found] == [("当社", "弊社"), ("当社", "弊社")]


def test_a_template_note_above_the_terms_is_not_held_to_their_definitions():
    """The note to the template's users says 利用者 before the terms define ユーザー; the terms' own 利用者 is told."""
    doc = _doc(TEMPLATE)
    terms_start = page_documents(context(doc))[1]
    found = [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "利用者"]
    assert [f.span[0] > terms_start for f in found] == [True]


def test_a_set_of_rules_after_another_is_still_held_to_its_own_kind():
    """The kind-named forms read the part they stand in (a 利用規約 after the guesthouse's 宿泊約款 calls itself 本規約):
    the page's documents do not silence them."""
    found = run_checks(read_document(FIXTURES / "pub163" / "panipani.txt"), ["term-inconsistent"])
    assert [(f.excerpt, f.suggestion) for f in found if f.excerpt == "本規則"] == [("本規則", "本規約")] * 2


# ------------------------------------------------------------------ the kind of rules each document of the page is

def _kind_slips(path: Path):
    return [(f.label, f.excerpt, f.suggestion) for f in run_checks(read_document(path), ["term-inconsistent"])
            if f.excerpt.startswith(("この", "本")) and f.excerpt[-2:] in ("規則", "規程", "規約", "約款", "会則", "学則")]


def test_each_set_of_rules_on_a_page_is_held_to_the_kind_its_own_title_names():
    """A hotel's page 「各種規約」 holds its ご利用規則, a 宿泊約款 under a line of that name (第1条 again) and more: the
    約款's 「この約款の定めるところによる」 names it rightly."""
    assert _kind_slips(FIXTURES / "pub38" / "concorde-kiyaku.php") == []


def test_the_sections_of_one_set_of_rules_are_one_document():
    """A union's 規約 whose chapters are headed 「書記局規程」, 「会計規程」 over 第12条, 第60条 (the numbering goes on):
    one document, its 附則's 「この規約は…施行する」 its own; so are a DAO's 「第2章 トレジャリー管理規程」 chapters."""
    doc = read_document(FIXTURES / "pub90" / "zenkokuzei.html")
    assert page_documents(context(doc)) == [0]
    assert _kind_slips(FIXTURES / "pub90" / "zenkokuzei.html") == []


def test_a_part_named_below_a_supplement_does_not_name_the_supplement():
    """A neighbourhood association's 会則, its 付則 「この会則は…施行する」, then 「おもろまち自治会賛助会員細則」 on the
    same page: the 付則 is the 会則's, although the 細則's name is the next title line."""
    path = FIXTURES / "pub436" / "omoromachi_jichikai.html"
    assert _lines_opening_documents(read_document(path)) == ["会則", "おもろまち自治会賛助会員細則"]
    assert _kind_slips(path) == []
