"""A privacy policy copied from a widely used template, published on a page's PHP template
(tests/fixtures/privacy_template, source in its README), read and checked whole."""

from pathlib import Path

from conftest import findings_added

from pipeline.api import read_document
from pipeline.checks import run_checks

PAGE = Path(__file__).parent / "fixtures" / "privacy_template" / "ustyle_sitemap.php"


def test_a_page_template_without_a_doctype_is_read_as_a_page():
    """The file opens with server code and <main>, no doctype: it had been read as plain text, its markup taken for
    the policy's words and its ten articles for one 前文."""
    doc = read_document(PAGE)
    assert doc.source.format == "html"
    assert [a.number for a in doc.articles] == [str(n) for n in range(1, 11)]
    assert "<br" not in doc.norm.text and "class=" not in doc.norm.text


def test_digits_grouped_by_the_comma_of_clauses():
    """「1件あたり1、000円の手数料」: 、 separates clauses, never digits."""
    found = [f for f in run_checks(read_document(PAGE), ["convention-deviation"]) if "1、000" in f.excerpt]
    assert [(f.severity, f.suggestion, f.article) for f in found] == [("warning", "1,000", "6")]


def test_an_amount_grouped_by_commas_and_an_enumeration_are_not():
    """The same policy with the amount written 1,000円, and an enumeration of numbers in a clause: nothing to say."""
    assert findings_added(PAGE, "1、000円の手数料", "1,000円の手数料", "convention-deviation") == []
    assert findings_added(PAGE, "1件あたり", "第1、2及び3号の場合は1件あたり", "convention-deviation") == []
    assert findings_added(PAGE, "1件あたり", "1、10、100件の単位で1件あたり", "convention-deviation") == []
