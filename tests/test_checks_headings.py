"""heading-duplicate: an article headed with the caption of the article before it (a company's 規程 read by hand:
「第16条（危機管理対応）」 then 「第17条（危機管理対応）」 about the measures taken after a breach)."""

from conftest import RAW, doc_from_text, findings_added

from pipeline.checks import run_checks

GMO_SIGN = RAW / "saporis" / "gmo-sign-service-terms.txt"


def test_a_caption_copied_from_the_article_before_is_reported():
    fs = findings_added(GMO_SIGN, "第２条（本サービスの利用）", "第２条（本サービスの内容）", "heading-duplicate")
    assert [(f.label, f.excerpt, f.severity) for f in fs] == [("第2条", "本サービスの内容", "warning")]


def test_quiet_on_deleted_articles_and_a_caption_used_again_later():
    # two articles deleted in a row, each marked so
    raw = GMO_SIGN.read_text(encoding="utf-8")
    deleted = raw.replace("第１条（本サービスの内容）", "第１条（削除）").replace("第２条（本サービスの利用）", "第２条（削除）")
    assert run_checks(doc_from_text(deleted, GMO_SIGN.name), ["heading-duplicate"]) == []
    # the same caption two articles apart is not a copy of the one before
    assert findings_added(GMO_SIGN, "第３条（利用料金）", "第３条（本サービスの内容）", "heading-duplicate") == []
