"""Two published web-shop terms that nobody had seen (pub22, tests/fixtures/pub22, sources in its README), read and
checked whole: what a reader of the rendered page sees, and the slips a proofreader marked in them."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures" / "pub22"
MATSUBOKKURI = FIXTURES / "matsubokkuri_rule.html"
ICHIBAN = FIXTURES / "ichiban_shop_guide.html"


def test_an_unclosed_header_does_not_take_the_terms_with_it():
    """The page opens 「<header>⏎<!-- header -->⏎<header class="header">…</header>」 and never closes the outer one: it
    runs to </main> and holds the whole <section class="rule">. Read as page furniture, it left no text at all
    ("no text found"); a browser shows the terms. The site's <nav> inside it is still furniture."""
    doc = read_document(MATSUBOKKURI)
    assert [a.number for a in doc.all_articles()] == [str(n) for n in range(1, 17)]
    assert "松毬のこだわり" not in doc.norm.text  # the navigation menu
    assert any(r.kind == "navigation" and "松毬のこだわり" in r.text for r in doc.norm.removed)


def test_a_span_per_line_gives_the_lines_of_an_article():
    """「<p><span>第4条（売買契約）</span>⏎<span>本サービスにおいては，…成立するものとします。…</span>⏎<span>当社は，…前項の
    売買契約を解除することができるものとします。</span>…」: each span a line of its own, as the page's style sheet shows
    them. 第4条 has two paragraphs, and its 「前項」 points at the first."""
    doc = read_document(MATSUBOKKURI)
    art4 = next(a for a in doc.all_articles() if a.number == "4")
    assert art4.title == "売買契約"
    assert len(art4.paragraphs) == 2 and "前項の売買契約を解除" in art4.paragraphs[1].text
    assert not [f for f in run_checks(doc, ["reference-dangling"]) if "前項" in f.excerpt]


def test_a_variant_of_dai_heads_the_article_and_is_reported():
    """「㐧1条（適用）」: U+3427, a variant of 第 outside the Japanese character sets. It heads 第1条 (no article is
    missing before 第2条), and typo names it with 第 as the correction."""
    doc = read_document(MATSUBOKKURI)
    first = next(a for a in doc.all_articles() if a.number == "1")
    assert first.title == "適用"
    assert not run_checks(doc, ["numbering-gap"])
    typos = [f for f in run_checks(doc, ["typo"]) if f.suggestion == "第"]
    assert len(typos) == 1 and "㐧" in typos[0].message and typos[0].severity == "error"


def test_a_caption_without_its_closing_bracket_still_heads_the_article():
    """「<span>第12条（利用規約の変更</span>」: the heading of 第12条, its 「）」 dropped. 第12条 exists (nothing cites a
    missing article, no number is skipped), and bracket-unbalanced tells the missing bracket."""
    doc = read_document(MATSUBOKKURI)
    art12 = next(a for a in doc.all_articles() if a.number == "12")
    assert art12.title == "利用規約の変更"
    found = run_checks(doc)
    assert not [f for f in found if f.rule in ("reference-dangling", "numbering-gap")]
    assert [f.excerpt[:12] for f in found if f.rule == "bracket-unbalanced"] == ["第12条（利用規約の変更"]


def test_the_slips_of_a_web_shops_terms():
    """The four high-confidence slips of the shop's terms that the checks can read, each where it is written, and
    nothing else of error or warning severity."""
    found = run_checks(read_document(ICHIBAN))
    loud = sorted((f.rule, f.excerpt, f.suggestion) for f in found if f.severity in ("error", "warning"))
    assert loud == sorted([
        # a parenthesis opened full-width and closed half-width, in a page that pairs the others in one width
        ("convention-deviation", "（以下「当社」といいます)", "（…）"),
        # 責任を負う: 追う (chase) takes no duty, and an adverb may stand between
        ("confusable-word", "追", "負"),
        # a period counts from its first day: 受取日から８日以内
        ("confusable-word", "日", "日から"),
        # 所定の金融期間へのご入金: a bank is a 金融機関; 期間 (a period) is its homophone
        ("confusable-word", "金融期間", "金融機関"),
    ])


def test_the_word_a_definition_names_is_no_stray_variant():
    """「…全てのお客様（以下「利用者」といいます）」: お客様 is what 利用者 is defined as, not an undefined leftover."""
    found = run_checks(read_document(ICHIBAN), ["term-inconsistent"])
    assert not [f for f in found if "お客" in f.excerpt]


NSCA = FIXTURES / "nsca_page.html"


def test_rules_after_a_supplementary_provision_or_a_table_are_parts_of_their_own():
    """One page carries an NPO's 定款, its 会員規約, 会員倫理規程 and 個人情報保護規程, each under 「特定非営利活動法人…⏎
    会員規約」 and a sentence or two, each numbered from 第1条. The 会員規約 after the 定款's 附則 and 別表, and the 会員倫理規程
    after the 会員規約's 附則, were read as articles of that 別表 or 附則; each is a part named by its title."""
    doc = read_document(NSCA)
    assert [(x.label, len(x.articles)) for x in doc.annexes] == [
        ("別表", 0), ("会員規約", 10), ("会員倫理規程", 9), ("個人情報保護規程", 17)]
    assert len(doc.articles) == 60 and all(not s.articles for s in doc.supplementary)
    # the 会員規約 calls itself 本規約 (「定款、会員倫理規程、本規約および理事会の定める規則」): its own name, no slip
    assert not [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "本規約"]


def test_a_title_listing_several_sets_of_rules_names_none_of_them():
    """「定款・規約・規程」 heads the page: no set of rules on it is called by the title's last word. With the 定款 left
    out, the 会員規約 is the page's main body, and calls itself 本規約 rightly, though the 個人情報保護規程 after it says
    この規程 six times."""
    from conftest import doc_from_text

    page = NSCA.read_text(encoding="utf-8")
    rules = page[:page.index('<div class="teikan">')] + page[page.index('<div class="kiyaku">'):]
    doc = doc_from_text(rules, NSCA.name)
    assert doc.title == "定款・規約・規程"
    assert not [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "本規約"]


def test_a_name_split_by_a_space_where_the_document_writes_it_joined():
    """「特定非営利活動法人NSCA ジャパンという。」 in the 定款's 第1条, where the page writes NSCAジャパン nineteen times: one
    name spelt two ways, which normalization (dropping the space) hides from every other check. Written joined,
    nothing is said."""
    from conftest import findings_added

    found = [f for f in run_checks(read_document(NSCA), ["convention-deviation"]) if "空白で分かれて" in f.message]
    assert [(f.label, f.suggestion, f.severity) for f in found] == [("第1条", "NSCAジャパン", "info")]
    assert findings_added(NSCA, "NSCA ジャパン", "NSCAジャパン", "convention-deviation") == []
