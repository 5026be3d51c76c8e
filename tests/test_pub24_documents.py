"""A published page nobody had seen (pub24, tests/fixtures/pub24, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "pub24" / "tenpurebox_gyomuitaku.html"


def test_the_commentary_after_a_contract_defines_nothing_and_is_told_nothing():
    """After the contract's signature block the page explains contracts in general: 「業務委託契約書は、発注者（委託者）が
    受注者（受託者）に対して…」, 「重要：本テンプレートは一般的な業務委託契約書のひな形です。」. The contract names its parties
    甲 and 乙; the commentary's roles and its 本テンプレート are no terms the contract left undefined."""
    doc = read_document(PAGE)
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 11)]
    assert run_checks(doc, ["term-undefined"]) == []


def test_a_count_of_articles_is_no_article_number_without_dai():
    """「全10条」 (the template's count of its articles) cites no article: no 第 is missing."""
    doc = read_document(PAGE)
    assert "全10条" in doc.norm.text
    assert not [f for f in run_checks(doc, ["convention-deviation"]) if "全10条" in f.excerpt]


def test_an_address_on_a_line_of_its_own_in_markdown_is_the_articles_text():
    """第13条（連絡先）: 「本規約に関するお問い合わせは、以下の連絡先までお願いいたします。」, then the contact form's address
    alone on its line. A PDF's footer may print a bare address on every page; a Markdown page's line is its own text,
    and the article without it points at nothing."""
    doc = read_document(Path(__file__).parent / "fixtures" / "pub24" / "musiclike_terms_12_13.md")
    art13 = next(a for a in doc.articles if a.number == "13")
    assert "https://forms.gle/" in art13.text
    assert not [r for r in doc.norm.removed if r.kind == "footnote-url"]


def test_a_short_name_given_in_brackets_without_a_verb_is_a_definition():
    """「この利用規約(以下「本規約」)は、KuronekoServer運営チーム(以下「運営チーム」)が提供するすべてのサービス(以下「本サー
    ビス」)の利用条件を定め…」: web terms give their short names so, with no という. Read as definitions, the other
    form of a defined term is told: 当サービス for 本サービス."""
    from pipeline.checks.base import context
    from pipeline.checks.terms import definitions

    doc = read_document(Path(__file__).parent / "fixtures" / "pub24" / "kuroneko_terms.md")
    assert {"本規約", "運営チーム", "本サービス"} <= set(definitions(context(doc)))
    found = [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "当サービス"]
    assert found and all(f.suggestion == "本サービス" for f in found)


def test_the_documents_own_parts_need_no_definition():
    """Mozilla's terms (raw/): 「本概要は、…理解を深める目的で提供されていますが、必ず本文書全体をお読みください」: the summary
    the page opens with and the whole document are the document's own parts, which no definition names."""
    root = Path(__file__).resolve().parents[1]
    doc = read_document(root / "raw" / "mozilla" / "accounts-tos-2022-04-07.md")
    assert not [f for f in run_checks(doc, ["term-undefined"]) if f.excerpt in ("本概要", "本文書全体")]
