"""The five samples' full structure, checked against what a reader sees in them.

Titles were read off the documents' headings. Paragraph and item numbering is
checked against an independent line scanner (labels at the start of a line in
the original file), which is much simpler than the parser and shares no code
with it; the quirks the scanner cannot see are asserted literally.
"""

import re
import unicodedata

import pytest
from conftest import SAMPLES, doc_from_text

TITLES = {
    "ekyc": ["申込資格", "利用契約", "本サービス", "サービス品質保証", "利用者データ等の保存", "サポート", "管理作業",
             "利用期間", "利用料及び費用", "変更", "ID等の管理", "アプリケーションの管理", "解約", "免責事項",
             "本サービスの廃止", "存続条項", "規定外事項"],
    "itrust": ["約款の適用", "定義", "サービス提供の範囲等", "利用申込", "契約期間", "当社の役割および義務",
               "サービス利用事業者の役割および義務", "バージョンアップ", "サービス利用事業者からの問い合わせ対応",
               "料金の請求", "知的財産権の保有", "認証用証明書の保全義務", "保証の制限", "利用停止", "責任と損害額の制限",
               "補償および免責", "契約の失効", "契約の解除", "オプションサービスの利用", "譲渡", "秘密情報の管理",
               "第三者による情報の取り扱い", "分離可能性", "完全合意", "反社会的勢力の排除", "準拠法、裁判管轄",
               "不可抗力", "存続条項"],
    "gmo_reseller": ["本利用約款の目的", "契約の成立", "販売契約", "本サービスの内容", "情報管理", "サポート", "ID等の管理",
                     "署名代行権限の付与", "電子証明書に関する規約の遵守", "第三者サービスとの連携", "データ等のバックアップ",
                     "禁止行為", "契約上の地位の処分の禁止等", "変更の届出", "不可抗力", "管理作業による中断等", "責任の制限",
                     "消費者契約に関する免責の特則", "利用期間及び更新", "解除", "データ等の削除", "反社会的勢力の排除",
                     "提供の廃止", "存続条項", "紛争の解決のための努力", "分離可能性", "準拠法及び裁判管轄",
                     "本利用約款の変更", "言語条項"],
    "gmo_service": ["本サービスの内容", "本サービスの利用", "利用料金", "遅延損害金", "お問合せ", "本サービス・規約の変更",
                    "禁止事項", "知的財産権", "権利譲渡の禁止", "損害賠償", "相殺", "通知", "情報の利用目的", "免責",
                    "報告義務", "第三者への委託", "秘密保持", "本サービスの提供の停止及び利用契約の解除", "サービスの廃止",
                    "解約", "契約期間", "サービス内容の変更", "本サービスのサポート対応", "預託金", "期限の利益の喪失",
                    "反社会的勢力の排除", "合意管轄", "信義誠実の原則"],
    "basic": ["目的", "約款の効力および変更", "定義", "サービスの内容および契約期間", "サービスの利用条件等",
              "サービス利用契約の承諾、締結", "利用契約の解除および利用制限", "料金および支払方法等",
              "サービス利用者情報の管理義務", "サービス利用者情報の変更", "サービス利用者の禁止事項",
              "サービスの変更および制限・中断・中止", "サービスの終了", "サービスの廃止", "貸出機器類の使用保管等",
              "サービス利用者の個人情報の利用目的", "個人情報の取扱い", "個人情報第三者への開示、提供", "個人情報の預託",
              "個人情報の訂正等の方法", "秘密保持", "再委託", "保証の否認および免責", "不可抗力", "損害賠償",
              "譲渡の禁止", "権利の帰属", "反社会的勢力の排除", "分離可能性", "準拠法および合意管轄", "協議"],
}

_HEADING = re.compile(r"^\s*第\s*([0-9]+)\s*条")
_PARA = re.compile(r"^\s*([0-9]+)\s*[．.]")
_ITEM = re.compile(r"^\s*(?:-\s*)?(?:[(（]\s*([0-9]+|[a-z]{1,4})\s*[)）]|([①-⑳]))")


def scan(path):
    """article number → (paragraph numbers in order, item count) from line starts of the original."""
    # full-width digits only: NFKC would turn ① into 1
    text = path.read_text(encoding="utf-8").translate({0xFF10 + i: 0x30 + i for i in range(10)})
    out, cur = {}, None
    for line in text.splitlines():
        h = _HEADING.match(line)
        if h and re.match(r"^\s*第\s*[0-9]+\s*条\s*(?:[（(][^）)]*[）)]\s*$|\s+\S{1,25}\s*$)", line):
            cur = h.group(1)
            out[cur] = ([], 0)
            continue
        if cur is None:
            continue
        if re.match(r"^\s*(以上|別紙|附\s*則)", line):
            cur = None
            continue
        p = _PARA.match(line)
        if p:
            out[cur][0].append(int(p.group(1)))
        elif _ITEM.match(line):
            out[cur] = (out[cur][0], out[cur][1] + 1)
    return out


@pytest.mark.parametrize("name", list(TITLES))
def test_article_numbers_and_titles(samples, name):
    doc = samples[name]
    assert [a.title for a in doc.articles] == TITLES[name]
    assert [a.number for a in doc.articles] == [str(i) for i in range(1, len(TITLES[name]) + 1)]


def test_article_counts(samples):
    assert [len(samples[k].articles) for k in TITLES] == [17, 28, 29, 28, 31]


@pytest.mark.parametrize("name", list(TITLES))
def test_paragraphs_and_items_match_the_line_scanner(samples, name):
    doc = samples[name]
    expected = scan(SAMPLES[name])
    for art in doc.articles:
        paras, items = expected[art.number]
        got = [p.number for p in art.paragraphs if p.number is not None]
        assert got == paras, (art.number, got, paras)
        n_items = sum(1 for p in art.paragraphs for _ in p.all_items())
        assert n_items == items, (art.number, n_items, items)


def test_duplicate_paragraph_number_is_kept_as_data(samples):
    art = samples["gmo_reseller"].article("20")
    assert [p.number for p in art.paragraphs] == [1, 2, 2, 3]
    assert [it.label for it in art.paragraphs[2].items] == ["(1)", "(2)", "(3)", "(4)", "(5)"]


def test_nested_items_and_roman_numerals(samples):
    art = samples["itrust"].article("2")
    top = art.paragraphs[0].items
    assert [it.label for it in top] == [f"({i})" for i in range(1, 17)]
    assert [(it.label, it.number, it.style) for it in top[1].items] == [
        ("(i)", 1, "roman"), ("(ii)", 2, "roman"), ("(iii)", 3, "roman"), ("(iv)", 4, "roman")]


def test_latin_items(samples):
    art = samples["itrust"].article("21")
    assert [(it.label, it.style) for it in art.paragraphs[0].items] == [
        ("(a)", "latin"), ("(b)", "latin"), ("(c)", "latin"), ("(d)", "latin")]


def test_lines_starting_with_references_stay_body_text(samples):
    itrust = samples["itrust"]
    assert itrust.article("22").body.startswith("第21条の規定にかかわらず")
    reseller = samples["gmo_reseller"]
    # the wrapped line 「第１７条（責任の制限）、第１８条…」 is joined into the survival clause, not a heading
    assert "、第17条（責任の制限）、第18条（消費者契約に関する免責の特則）" in reseller.article("24").body
    assert len(reseller.articles) == 29
    basic = samples["basic"]
    assert "第5条（サービスの利用条件等）第4項に規定する" in basic.article("23").body


def test_chapters(samples):
    doc = samples["gmo_reseller"]
    assert [(c.label, c.title) for c in doc.chapters] == [
        ("第1章", "総則"), ("第2章", "利用契約の成立"), ("第3章", "本サービスの内容"), ("第4章", "お客さまの義務"),
        ("第5章", "免責"), ("第6章", "本サービスの利用期間及び終了等"), ("第7章", "その他")]
    assert doc.article("19").chapter == "第6章 本サービスの利用期間及び終了等"


def test_supplementary_annexes_closing_history(samples):
    reseller = samples["gmo_reseller"]
    assert [(s.label, s.date) for s in reseller.supplementary] == [("附則", "2023-06-15"), ("附則", "2025-05-12")]
    ekyc = samples["ekyc"]
    assert [(a.label, a.title) for a in ekyc.annexes] == [("別紙", "本サービスの内容")]
    assert [b.text for b in ekyc.closing if b.kind == "closing"] == ["以上"]
    assert [(h["kind"], h["date"]) for h in ekyc.metadata["history"]] == [("制定", "2024-12-01"), ("改定", "2025-07-01")]
    svc = samples["gmo_service"]
    # 以上 after 第23条 does not end the articles: 第24条–第28条 follow it
    assert len(svc.articles) == 28 and svc.annexes[0].label == "別紙1"
    itrust = samples["itrust"]
    assert itrust.metadata["version"] == "1.5.3" and itrust.metadata["effective_date"] == "2021-10-11"


def test_artifacts_removed_from_samples(samples):
    ekyc = samples["ekyc"]
    assert [(r.kind, r.text) for r in ekyc.norm.removed] == [
        ("document-code", "GSs-eKYC-S-TC-v.1.1-2410"), ("page-number", "2 / 5")]
    assert "のとおりとする。" in ekyc.article("4").body  # the sentence around the footer is whole again
    basic = samples["basic"]
    assert [r.kind for r in basic.norm.removed] == ["copyright"]
    assert "取引先若しくは顧問" in basic.article("28").body
    reseller = samples["gmo_reseller"]
    assert [r.kind for r in reseller.norm.removed] == ["footnote-url", "footnote-url"]


def test_spans_point_at_the_original(samples):
    for doc in samples.values():
        for art in doc.articles:
            s, e = doc.source_span(art.heading_span)
            original = doc.source.text[s:e]
            assert unicodedata.normalize("NFKC", original).replace(" ", "").startswith(
                unicodedata.normalize("NFKC", art.label).replace(" ", "")), (art.label, original)


def test_iroha_labels_with_a_half_bracket_under_markdown_bullets():
    """A club's 会則 (pub20) lists its officers 「- イ）会長一名」「- ロ）副会長一名」 and cites 「前項イに定める会長」: the
    items were numbered by their bullets (•1, •2) with 「イ）」 left in their text, so イ could never be cited."""
    text = ("# 会則\n\n## 第8条（役員）\n\n本会に次の役員を置く。\n\n- イ）会長一名\n- ロ）副会長一名\n- ハ）会計二名\n\n"
            "## 第9条（会長）\n\n第8条イに定める会長は、本会を代表する。\n")
    doc = doc_from_text(text, "kaisoku.md")
    assert [(it.label, doc.norm.text[it.span[0]:it.span[1]].strip()) for it in doc.articles[0].paragraphs[0].items] == [
        ("イ", "イ）会長一名"), ("ロ", "ロ）副会長一名"), ("ハ", "ハ）会計二名")]


def test_a_bracketed_note_between_two_items_is_the_item_befores():
    """「(7) 他人の個人情報を収集する行為。<br>(他人の個人情報を盗むリンク…などが例にあげられますが、これらに限定されません)
    <br>(8) …」 (unseen server terms in Markdown, pub20): the note explains item (7), and was moved into the lead
    sentence of the paragraph, out of its place. (A text file joins such a line to the item as its wrapped rest; the
    page's <br> keeps it a line: a short snippet in that form.)"""
    page = ("# 利用規約\n### 第3条（禁止事項）\n利用者は、次の行為をしてはなりません。<br>\n(1) 法令に違反する行為。<br>\n"
            "(2) 他人の個人情報を収集する行為。<br>\n(他人の情報から個人情報を推測することを含みますが、これに限定されません)<br>\n"
            "(3) 当社のサーバーに過度な負荷をかける行為。<br>\n")
    doc = doc_from_text(page, "terms.md")
    t = doc.norm.text
    (para,) = doc.articles[0].paragraphs
    assert [(it.label, "推測" in t[it.span[0]:it.span[1]]) for it in para.items] == [("(1)", False), ("(2)", True),
                                                                                    ("(3)", False)]
    assert "推測" not in t[para.span[0]:para.items[0].span[0]]


def test_articles_captioned_by_a_marked_line():
    """A hotel's 宿泊約款 (pub21) heads each article with <dt>■適用範囲</dt> over <dd>第１条　…: the captions had no
    article (each ended the unit before it) and the articles no titles. The itrust sample so written, its titles as
    「■title」 lines above bare 第N条 headings, reads the same titles."""
    raw = SAMPLES["itrust"].read_text(encoding="utf-8")
    sample = doc_from_text(raw, "terms.txt")
    marked = raw
    for a in sample.articles:
        marked = re.sub(rf"(?m)^{re.escape(a.label)}[ \u3000]+{re.escape(a.title)}[ \u3000]*$",
                        f"■{a.title}\n{a.label}", marked, count=1)
    assert marked.count("■") == len(sample.articles)
    doc = doc_from_text(marked, "terms.txt")
    assert [(a.number, a.title) for a in doc.articles] == [(a.number, a.title) for a in sample.articles]
    # each caption is its article's heading, not the last line of the article before
    assert all(doc.norm.text[a.heading_span[0]:a.heading_span[1]].startswith("■") for a in doc.articles)


def test_a_signature_block_after_the_last_article_is_the_closing():
    """A 業務委託基本契約書 in a text file (pub21) ends 「---」 then 「（甲：発注側）」 「社名：＿＿＿」 「住所：＿＿＿」
    「代表者名：＿＿＿　印」 for each party: the block was read as the last article's text, its lines glued (the blanks
    fill the line's width, so they looked wrapped) and checked as a clause. Appended to a sample, the block is the
    closing, each field a line of its own, and the last article ends where it did (the reseller terms, up to their last
    article)."""
    raw = SAMPLES["gmo_reseller"].read_text(encoding="utf-8")
    raw = raw[:raw.index("附則（")]  # (the terms up to their last article, without the 附則 after it)
    sample = doc_from_text(raw, "terms.txt")
    block = "".join(f"\n（{p}：{role}）\n社名：　{'＿' * 22}\n\n住所：　{'＿' * 22}\n\n代表者名：　{'＿' * 18}　印\n"
                    for p, role in (("甲", "発注側"), ("乙", "受注側")))
    doc = doc_from_text(raw.rstrip("\n") + "\n\n---\n" + block, "terms.txt")
    t = doc.norm.text
    last, was = doc.articles[-1], sample.articles[-1]
    assert t[last.span[0]:last.span[1]] == sample.norm.text[was.span[0]:was.span[1]]
    closing = [b.text for b in doc.closing]
    assert "（甲：発注側）" in closing and sum(1 for c in closing if c.startswith("社名：")) == 2


def test_an_annex_headed_in_round_brackets_after_the_supplement():
    """Web terms (pub21) end 「付則（2024.9.1）」 「この規約は…施行します。」 「（別表）」 and a price table: the table was
    read as the 附則's text. 「（別表）」 heads the annex as 「別表」 does; 「（別表1のとおり）」 goes on a sentence."""
    raw = SAMPLES["gmo_reseller"].read_text(encoding="utf-8").rstrip("\n")
    doc = doc_from_text(raw + "\n（別表）\n単体コンテンツの月額料金は、次のとおりです。\n相談窓口|980円\n", "terms.txt")
    assert [(a.label, doc.norm.text[a.span[0]:a.span[1]].count("980円")) for a in doc.annexes] == [("別表", 1)]
    assert all("980円" not in doc.norm.text[s.span[0]:s.span[1]] for s in doc.supplementary)
    from pipeline import grammar
    assert grammar.match_annex("（別表1のとおり）") is None and grammar.match_annex("（別紙参照）") is None
