"""Published terms nobody had seen (pub33, tests/fixtures/pub33, sources in its README), read and checked whole."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub33"


def test_a_wordpress_page_template_holds_two_sets_of_terms():
    """The page template opens with PHP, no doctype: it had been read as plain text, every 第N条 body text of one
    前文 and every finding placed there. Read as the page it renders, it holds the 利用規約's nine articles and the
    掲示板利用規約's seven, a part of its own."""
    doc = read_document(FIXTURES / "traicy-terms.php")
    assert doc.source.format == "html"
    assert len(doc.articles) == 9 and doc.articles[0].title == "適用範囲"
    board = [x for x in doc.annexes if x.label == "掲示板利用規約"]
    assert len(board) == 1 and len(board[0].articles) == 7


def test_effort_after_you_is_tsutomeru_of_doryoku():
    """「法令に準拠するよう務め」: what one strives for, …するよう, takes 努める."""
    found = [f for f in run_checks(read_document(FIXTURES / "traicy-terms.php"), ["confusable-word"])
             if f.excerpt == "よう務め"]
    assert [f.suggestion for f in found] == ["よう努め"]


def test_a_space_typed_inside_a_word_is_a_warning():
    """A plain-text file holds the spaces its writer typed: 「ものとしま す」 and 「事前 に通知」 split a word and a
    noun from its particle (warnings); a space after 「。」 is a matter of style (a note)."""
    found = run_checks(read_document(FIXTURES / "svgaming-terms.txt"), ["stray-space"])
    by_severity = {(f.severity, f.suggestion) for f in found}
    assert ("warning", "のとします。当該") in by_severity
    assert ("warning", "者に事前に通知す") in by_severity
    assert ("info", "します。利用者が") in by_severity


def test_a_space_between_kanji_is_left_a_note():
    """Between two kanji a space may be the writer's (a name, a form's letter spacing, a blank left for a number): the
    same page with 「事前 に」 written 「事前 通知」 has no warning of it."""
    from conftest import findings_added

    added = findings_added(FIXTURES / "svgaming-terms.txt", "事前 に通知", "事前 通知", "stray-space")
    assert all(f.severity == "info" for f in added)


def test_the_old_name_left_where_the_operator_stands():
    """The community took its terms over from another server: 「SVgaming Server」 is left three times (「SVgaming Serverの
    独自の判断」「予めSVgaming Serverに通知」), where the terms write their operator 「…MORIO Server」 34 times."""
    found = [f for f in run_checks(read_document(FIXTURES / "svgaming-terms.txt"), ["term-undefined"])
             if f.excerpt == "SVgaming Server"]
    assert len(found) == 3 and {f.severity for f in found} == {"warning"}
    assert all(f.suggestion.endswith("MORIO Server") for f in found)


def test_another_server_named_in_its_own_place_is_no_leftover():
    """A third party of the same kind, named where the operator never stands (「Minecraft Serverの仕様変更」), is
    not the operator's old name."""
    path = FIXTURES / "svgaming-terms.txt"
    raw = path.read_text(encoding="utf-8")
    first = raw.index("第3条")
    from conftest import doc_from_text

    doc = doc_from_text(raw[:first] + "なお、当サーバーはMinecraft Serverの仕様変更に対応します。\r\n" + raw[first:],
                        path.name)
    assert not [f for f in run_checks(doc, ["term-undefined"]) if "Minecraft" in f.excerpt]


def test_program_source_is_refused_with_a_way_out():
    """A Next.js page (.tsx) holds a marketplace's terms as strings among its code: read as text, its imports and class
    names had been taken for clauses (five false name-variant warnings). It is refused (exit code 4) with what to do."""
    import pytest

    from pipeline.errors import BadInput
    from pipeline.ingest import load_bytes

    page = "import Link from 'next/link'\n\nexport default function Terms() {\n  return (<h1 className=\"t\">出店規約</h1>)\n}\n"
    with pytest.raises(BadInput, match="program source.*save it as HTML"):
        load_bytes(page.encode("utf-8"), "seller-terms.tsx")


def test_typesetting_source_is_refused_with_a_way_out():
    """A club's 会則 in Typst (pub58) numbers its articles by code (「第#context n.display()条」): read as text, it had no
    article and nine false unbalanced brackets from its markup. Refused (exit code 4), with what to do."""
    import pytest

    from pipeline.errors import BadInput
    from pipeline.ingest import load_bytes

    page = '#set document(title: "会則")\n#let article(body) = context {\n  emph[第#context n.display()条]\n  body\n}\n'
    with pytest.raises(BadInput, match="typesetting source.*compile it to PDF"):
        load_bytes(page.encode("utf-8"), "bylaws.typ")
