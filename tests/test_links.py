"""Link targets are compared (pipeline/links.py): a revision that moves a link to another page under
the same words is shown, as an editorial ``link`` change pointing at the anchor's words. Real text:
the Mozilla terms (Markdown links) and the KDDI terms (HTML)."""

from pathlib import Path

from conftest import RAW

from pipeline.api import document_from_source, read_document
from pipeline.diff import diff
from pipeline.ingest import load_bytes
from pipeline.links import document_links

MOZILLA = RAW / "mozilla" / "accounts-tos-2023-10-27.md"


def doc_of(text: str, name: str):
    return document_from_source(load_bytes(text.encode("utf-8"), name))


def link_changes(result):
    return [(p.label, c) for p in result.pairs for c in p.changes if "link" in c.categories]


def test_markdown_links_point_at_their_words():
    doc = read_document(MOZILLA)
    links = document_links(doc)
    words = {doc.norm.text[lk.span[0]:lk.span[1]]: lk.url for lk in links}
    assert words["Firefox Monitor"] == "https://www.mozilla.org/privacy/firefox-monitor/"
    assert len(links) == MOZILLA.read_text(encoding="utf-8").count("](http")


def test_a_link_moved_to_another_page_under_the_same_words_is_an_editorial_link_change():
    text = MOZILLA.read_text(encoding="utf-8")
    old_url = "https://www.mozilla.org/privacy/firefox-monitor/"
    new_url = "https://www.mozilla.org/privacy/mozilla-monitor/"
    assert text.count(old_url) == 1
    old, new = doc_of(text, str(MOZILLA)), doc_of(text.replace(old_url, new_url), str(MOZILLA))
    result = diff(old, new)
    (label, c), = link_changes(result)
    assert c.kind == "editorial" and c.old_text == f"Firefox Monitor <{old_url}>" and c.new_text == f"Firefox Monitor <{new_url}>"
    assert new.norm.text[c.new_span[0]:c.new_span[1]] == "Firefox Monitor"
    assert [p.label for p in result.pairs if p.changes] == [label]  # nothing else changed
    assert not [c for _, c in link_changes(diff(old, old))]


def test_a_link_put_on_words_the_old_version_has_is_shown():
    text = MOZILLA.read_text(encoding="utf-8")
    linked = "[Firefox Monitor](https://www.mozilla.org/privacy/firefox-monitor/)"
    old = doc_of(text.replace(linked, "Firefox Monitor"), str(MOZILLA))
    new = doc_of(text, str(MOZILLA))
    (_, c), = link_changes(diff(old, new))
    assert c.old_text == "Firefox Monitor" and c.new_text.endswith("<https://www.mozilla.org/privacy/firefox-monitor/>")


def test_html_anchors_are_compared_and_same_page_anchors_are_not():
    page = ("<html><body><h1>利用規約</h1><p>第1条（目的）</p>"
            "<p>本規約は、<a href=\"{url}\">プライバシーポリシー</a>と一体として適用されます。"
            "<a href=\"#top\">ページの先頭へ</a></p></body></html>")
    old = doc_of(page.format(url="https://example.jp/privacy/2023"), "terms.html")
    new = doc_of(page.format(url="https://example.jp/privacy/2025"), "terms.html")
    assert [lk.url for lk in document_links(old)] == ["https://example.jp/privacy/2023"]
    (_, c), = link_changes(diff(old, new))
    assert c.kind == "editorial" and "2023" in c.old_text and "2025" in c.new_text
    assert new.norm.text[c.new_span[0]:c.new_span[1]] == "プライバシーポリシー"


def test_the_terminal_report_shows_both_addresses(tmp_path):
    from pipeline.cli import main

    text = MOZILLA.read_text(encoding="utf-8")
    old_p, new_p = tmp_path / "old.md", tmp_path / "new.md"
    old_p.write_text(text, encoding="utf-8")
    new_p.write_text(text.replace("privacy/firefox-monitor/", "privacy/mozilla-monitor/"), encoding="utf-8")
    out = tmp_path / "diff.txt"
    assert main(["diff", str(old_p), str(new_p), "--format", "text", "-o", str(out)]) == 0
    shown = out.read_text(encoding="utf-8")
    assert "firefox-monitor/>" in shown and "mozilla-monitor/>" in shown


def test_a_link_whose_address_is_a_liquid_tag_shows_its_words_only():
    """Pages built by Jekyll write the address as a Liquid tag with spaces in it (a club's 会則 on GitHub Pages:
    「本会の[入会届]({{ "/docs/join.html" | relative_url }})を提出し」). The reader sees 入会届; read as text, the
    markup was compared and checked (a typo was reported in 「[入会届]({{」)."""
    text = ('## 第1条（入会）\n本会に入会しようとする者は、本会の[入会届]({{ "/docs/join.html" | relative_url }})'
            'を提出し、世話人会の承認を得るものとする。\n')
    doc = doc_of(text, "rules.md")
    assert "本会の入会届を提出し、" in doc.norm.text and "relative_url" not in doc.norm.text
    assert [(doc.norm.text[lk.span[0]:lk.span[1]], lk.url) for lk in document_links(doc)] \
        == [("入会届", '{{ "/docs/join.html" | relative_url }}')]
