"""Normalization: folding, kept markers, line joining, artifacts, offset map."""

import pytest
from conftest import SAMPLES, doc_from_text

from pipeline.ingest import load_bytes
from pipeline.normalize import normalize


def norm(text: str, name: str = "x.txt"):
    return normalize(load_bytes(text.encode("utf-8"), name))


def test_width_folding_and_kept_markers():
    n = norm("第１条（目的）\nＡＢＣ１２３とｶﾞｲﾄﾞ、①②⑴（ア）1年〜2年、第一条―第四条・「本約款」⼀\n")
    t = n.text
    assert "第1条（目的）" in t
    assert "ABC123とガイド" in t
    assert "①②⑴（ア）" in t  # NFKC would have turned these into 1 2 (1)
    assert "1年〜2年" in t and "―" in t and "・「本約款」" in t
    assert t.endswith("一")  # Kangxi radical folded


def test_law_style_paragraph_separator_survives():
    n = norm("第一条　この法律は、目的を定める。\n２　前項の規定は、適用しない。\n")
    assert "\n2\u3000前項" in n.text or "\n2 前項" in n.text


def test_wrapped_lines_join_without_inserting_anything():
    wrapped = "\n".join([
        "第１条（目的）",
        "本サービスは、当社が提供する本人確認のためのクラウドサービスであり、建物の減",
        "失その他の事由により利用できなくなった場合には第２３条（提",
        "供の廃止）の規定に従うものとします。本サービスの詳細は別途定めるところによるもの",
        "とします。利用者は、本約款の内容に同意の上で本サービスの利用を申し込むものとしま",
        "す。当社は利用者の申込みを審査し、承諾した場合に限り利用契約が成立するものとしま",
        "す。当社は承諾しない理由を開示しません。",
        "第２条（定義）",
        "本約款で用いる用語の定義は、次のとおりとします。",
    ]) + "\n"
    t = norm(wrapped).text
    assert "建物の滅失".replace("滅", "減") in t  # 「減⏎失」 → 「減失」
    assert "第23条（提供の廃止）" in t
    assert "\n第2条（定義）\n" in t


def test_letter_spacing_collapses_but_latin_word_spaces_stay():
    t = norm("が 定 め る 「 AATL 証 明 書」に従い、Copyright Secure Innovation と Microsoft 365 を使う。\n").text
    assert "が定める「AATL証明書」" in t
    assert "Microsoft 365" in t


def test_artifacts_are_removed_and_recorded():
    text = "第１条（目的）\n本約款は、条件を定めるもので\nGSs-eKYC-S-TC-v.1.1-2410\n2 / 5\nあります。\n- 3 -\nCopyright © 2025, Example Inc. All Rights Reserved.\n"
    n = norm(text)
    kinds = [r.kind for r in n.removed]
    assert kinds == ["document-code", "page-number", "page-number", "copyright"]
    for r in n.removed:
        assert text[r.start:r.end].strip() == r.text
    assert "GSs" not in n.text and "2/5" not in n.text.replace(" ", "")


def test_offsets_point_back_into_the_original():
    src = load_bytes(SAMPLES["gmo_service"].read_bytes(), str(SAMPLES["gmo_service"]))
    n = normalize(src)
    assert len(n.offsets) == len(n.text) + 1
    # every normalized character comes from the same (or a folded) source character
    import unicodedata
    for i in range(0, len(n.text), 97):
        c = n.text[i]
        o = src.text[n.offsets[i]]
        assert c == o or unicodedata.normalize("NFKC", o) == unicodedata.normalize("NFKC", c) or c == "\n", (i, c, o)
    assert list(n.offsets) == sorted(n.offsets)


def test_markdown_reads_as_a_reader_sees_it():
    md = "# 利用規約\n\n最終更新 2025 年 5 月 13 日\n{: datetime=\"2025-05-13\" }\n\n1. #### はじめに\n\n    本規約（以下「\"<u>本規約</u>\"」）は **重要** です。[詳細](https://example.com)を参照。\n\n2. #### 定義\n\n    (a) 本サービス\n"
    d = doc_from_text(md, "terms.md")
    assert d.style == "section"
    assert [a.number for a in d.articles] == ["1", "2"]
    assert [a.title for a in d.articles] == ["はじめに", "定義"]
    body = d.articles[0].body
    assert "<u>" not in body and "**" not in body and "https://" not in body and "詳細を参照" in body
    assert d.articles[1].paragraphs[0].items[0].label == "(a)"
    assert [r.kind for r in d.norm.removed] == ["markup"]


@pytest.mark.parametrize("footer", ["株式会社サンプル　サービス利用約款　{k}", "Copyright 2024 Sample Inc. {k}", "p.{k}",
                                    "サービス利用約款 - {k} -"])
def test_a_running_footer_with_the_page_number_is_page_furniture(footer):
    """The basic sample as printed pages, a footer every 40 lines whose page number grows: the footers are removed and
    recorded, and the text reads as the sample's own. Left in, each one stood inside a wrapped sentence and cut it
    (a term cut so, 本サー⏎ビス, read as a clipped one)."""
    raw = SAMPLES["basic"].read_text(encoding="utf-8")
    lines = raw.split("\n")
    printed = []
    for i, line in enumerate(lines):
        printed.append(line)
        if i % 40 == 39:
            printed += ["", footer.format(k=i // 40 + 1), ""]
    doc, plain = doc_from_text("\n".join(printed), "service-basic-terms.txt"), doc_from_text(raw, "service-basic-terms.txt")
    assert doc.norm.text == plain.norm.text
    own = {r.text for r in plain.norm.removed}  # the sample's own copyright line
    removed = [r.text for r in doc.norm.removed if r.text not in own]
    assert removed == [footer.format(k=k) for k in range(1, len(lines) // 40 + 1)]


def test_a_bulleted_line_after_a_finished_sentence_is_no_wrapped_rest():
    """A hard-wrapped 業務委託契約書 (pub19) lists the grounds of 解除 as 「・」 lines under a sentence that fills its line
    to the wrap: 「…解除できるものとします。⏎・本契約の条項に重大な違反があった場合」. The first bullet was joined to the
    sentence as its wrapped rest. Planted after such a line of a hard-wrapped sample, the bullets stay lines."""
    raw = SAMPLES["basic"].read_text(encoding="utf-8")
    full = "3．サービス利用者は当社サービスの料金を、当社が指定する方法・支払期日に従い支払うものとします。"
    assert full in raw
    bullets = "・請求書の送付を受けた場合\n・当社が別途通知した場合\n"
    n = norm(raw.replace(full + "\n", full + "\n" + bullets, 1), SAMPLES["basic"].name)
    assert "支払うものとします。\n・請求書の送付を受けた場合\n・当社が別途通知した場合" in n.text
    # inside a sentence a 「・」 opening the line is the wrap of a list of words (破産・民事再生⏎・会社更生)
    assert "当社が指定する方法・支払期日" in n.text


def test_a_clause_put_in_a_markdown_links_address_is_read_as_written():
    """An unseen 定款 draft (pub19) writes 第8条 as 「[要議論・検討中](社員は、…会費を納入しなければならない。)」: the clause
    was taken for the link's address and dropped from the compared text. An address holds no 、 or 。: the line is
    read as written, so its clause is compared and checked. A real link still shows its words only."""
    md = "第8条（経費等の負担）\n[要議論・検討中](社員は、社員総会において別に定める会費を納入しなければならない。)\n"
    assert "社員は、社員総会において別に定める会費を納入しなければならない。" in norm(md, "teikan.md").text
    link = "第9条（会則）\n会費の額は[会費規程](https://example.com/会費規程.html)による。\n"
    assert "会費の額は会費規程による。" in norm(link, "teikan.md").text


def test_markdown_code_spans_are_read_without_their_backticks():
    """「`前項` が達成されないときは、 `第五条` に定める卒業会員の代表がこれをする」 (an unseen 会則, pub20): a reader sees the
    code span's words; the backticks kept in the compared text hid the citation from every check."""
    n = norm("第6条（代表）\n`前項` が達成されないときは、 `第5条` に定める代表がこれをする。\n", "kaisoku.md")
    assert "前項が達成されないときは、第5条に定める代表がこれをする。" in n.text
