"""template-placeholder: a template's blank left unfilled (a published 利用規約 read by hand: 「株式会社[運営会社名]
（以下「当社」といいます）」, twice). A note, never a warning: templates published as templates are full of blanks,
and those are told once."""

from conftest import RAW, doc_from_text, findings_added

from pipeline.checks import run_checks

EKYC = RAW / "saporis" / "ekyc-terms.txt"


def test_a_blank_left_in_published_terms():
    fs = findings_added(EKYC, "株式会社サポリス", "株式会社[運営会社名]", "template-placeholder")
    assert [(f.excerpt[f.excerpt.index("["):f.excerpt.index("]") + 1], f.severity) for f in fs] == [("[運営会社名]", "info")]
    fs = findings_added(EKYC, "株式会社サポリス", "株式会社○○", "template-placeholder")
    assert len(fs) == 1 and "○○" in fs[0].message


def test_a_template_full_of_blanks_is_told_once_and_links_are_no_blanks():
    text = ("第1条（当事者）\n○○株式会社（以下「甲」という。）と○○株式会社（以下「乙」という。）は、○○○○年○○月○○日、"
            "次のとおり契約を締結する。\n第2条（管轄）\n○○地方裁判所を専属的合意管轄裁判所とする。\n")
    fs = run_checks(doc_from_text(text, "template.txt"), ["template-placeholder"])
    assert len(fs) == 1 and "記入欄が" in fs[0].message
    link = "第1条（運営者）\n運営者は[会社名](https://example.com/company)のとおりとする。\n"
    assert run_checks(doc_from_text(link, "terms.md"), ["template-placeholder"]) == []


ITRUST = RAW / "cybertrust" / "itrust-terms.txt"
COURT = "東京地方裁判所を第一審の専属的合意管轄裁判所とする。"


def test_the_template_example_left_after_its_sentence():
    # a published 利用規約 read by hand: 「…裁判所を専属的合意管轄とします。（例：東京地方裁判所）」
    fs = findings_added(ITRUST, COURT, "○○地方裁判所を第一審の専属的合意管轄裁判所とする。（例：東京地方裁判所）",
                        "template-placeholder")
    assert [f.message.split("」")[0] for f in fs] == ["「○○", "「（例：東京地方裁判所）"]
    assert "記入例" in fs[1].message
    # an example inside the sentence is the document's own (「外部サービス（例：iCloud、Google Drive 等）」)
    assert findings_added(ITRUST, COURT, "東京地方裁判所（例：本店所在地の地方裁判所）を第一審の専属的合意管轄裁判所とする。",
                          "template-placeholder") == []


def test_a_note_to_the_drafter_left_in():
    # a published 約款 read by hand: 「黄色マーカーの箇所は運用前に確定してください。」 after its last article
    fs = findings_added(ITRUST, COURT, COURT + "黄色マーカーの箇所は運用前に確定してください。", "template-placeholder")
    assert len(fs) == 1 and "作成者への指示" in fs[0].message
    # a request to the user is no such note
    assert findings_added(ITRUST, COURT, COURT + "コンテンツを利用する際は出典を記載してください。", "template-placeholder") == []


def test_the_drafters_asides_and_second_party_marks():
    # unseen contracts (pub18), read by hand: 「…地方裁判所（東京地方裁判所を想定）を…」, a line 「// 業務内容は別紙で特定」,
    # and the second party of a template named △△ after its first ○○
    fs = findings_added(ITRUST, COURT, "本店所在地を管轄する地方裁判所（東京地方裁判所を想定）を第一審の専属的合意管轄裁判所とする。",
                        "template-placeholder")
    assert [f.message.split("」")[0] for f in fs] == ["「（東京地方裁判所を想定）"] and "作成者への指示" in fs[0].message
    fs = findings_added(ITRUST, COURT, COURT + "\n// 業務内容は別紙で特定すること\n", "template-placeholder")
    assert len(fs) == 1 and "業務内容は別紙で特定すること" in fs[0].message
    fs = findings_added(ITRUST, COURT, COURT + "\n[要議論・検討中]\n", "template-placeholder")
    assert len(fs) == 1 and "[要議論・検討中]" in fs[0].message  # (an unseen 定款 draft, pub19)
    fs = findings_added(EKYC, "株式会社サポリス", "△△株式会社", "template-placeholder")
    assert len(fs) == 1 and "△△" in fs[0].message
    # what the document itself assumes is said in its sentence, not in a bracket of its own; a URL is no comment
    for right in ("当社が想定する利用方法（本サービスの通常の利用方法をいう。）の範囲で" + COURT,
                  COURT + "\n//www.example.com/terms を参照する。\n"):
        assert findings_added(ITRUST, COURT, right, "template-placeholder") == [], right
