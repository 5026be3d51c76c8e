"""markup-broken: Markdown markup a page does not render (a published 利用規約 read by hand: its title 「#ChordWiki
利用規約」 has no space after 「#」 and shows as text, and three captions 「**（禁止事項）*:」 show their asterisks)."""

from conftest import RAW, doc_from_text, findings_added

from pipeline.checks import run_checks

MOZILLA = RAW / "mozilla" / "accounts-tos-2025-06-04.md"


def test_a_heading_mark_glued_to_its_text():
    fs = findings_added(MOZILLA, "# Mozilla アカウントサービス規約", "#Mozilla アカウントサービス規約", "markup-broken")
    assert [(f.severity, f.suggestion) for f in fs] == [("warning", "# Mozilla アカウントサービス規約")]


def test_emphasis_marks_that_do_not_pair():
    text = ("# ChordWiki 利用規約\n\n1. 当サイトを利用するユーザーは当規約に同意したものとみなします。\n"
            "**（禁止事項）*:\n2. 当サイトにおいて、法令に違反する行為を禁止します。\n"
            "**（免責事項）**\n3. 当サイトを利用したことによって被った損害について当サイトは責任を負いません。\n")
    fs = run_checks(doc_from_text(text, "terms.md"), ["markup-broken"])
    assert [f.excerpt for f in fs] == ["**（禁止事項）*:"]


def test_quiet_on_markup_that_renders_and_on_what_the_page_hides():
    # the whole published Mozilla terms (bold captions, bullets, headings) have none
    assert run_checks(doc_from_text(MOZILLA.read_text(encoding="utf-8"), MOZILLA.name), ["markup-broken"]) == []
    text = ("# 利用規約\n\n<!--\n**旧条項*\n-->\n\n```\n#include\n```\n\n第1条（目的）\n* 本規約は、*本サービス* の利用条件を定めます。\n")
    assert run_checks(doc_from_text(text, "terms.md"), ["markup-broken"]) == []
    # a plain-text document writes 「#」 and 「*」 as characters: nothing to render
    assert run_checks(doc_from_text("第1条（目的）\n#1 本規約は**の利用条件を定める。*注\n", "terms.txt"), ["markup-broken"]) == []
