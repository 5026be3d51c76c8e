"""Change classification on real text: each rule of issue 13 item 3, asserted on the change a reviewer
would look at (kiyaku 2025→2026, Mozilla's account terms, the Companies Act, the samples in raw/)."""

import pytest
from conftest import EXTERNAL, RAW, REVISIONS, doc_from_text, needs_shared

from pipeline.api import read_document
from pipeline.classify import citations, classify_text
from pipeline.diff import diff

KIYAKU = EXTERNAL / "kiyaku"
ACT = EXTERNAL / "companies-act"
MOZILLA = RAW / "mozilla"


def changes_of(result, article):
    return [c for p in result.pairs if article in (p.new_number, p.old_number) for c in p.changes]


def one(changes, old_text=None, new_text=None):
    hits = [c for c in changes if (old_text is None or c.old_text == old_text) and (new_text is None or c.new_text == new_text)]
    assert len(hits) == 1, [(c.old_text, c.new_text, c.kind, c.categories) for c in changes]
    return hits[0]


@pytest.fixture(scope="module")
def kiyaku():
    if not KIYAKU.exists():
        pytest.skip(f"{KIYAKU} not available (../shared missing)")
    return diff(read_document(KIYAKU / "kiyaku_2025.txt"), read_document(KIYAKU / "kiyaku_2026.txt"))


@pytest.fixture(scope="module")
def mozilla_2023():
    return diff(read_document(MOZILLA / "accounts-tos-2022-04-07.md"), read_document(MOZILLA / "accounts-tos-2023-10-27.md"))


# ------------------------------------------------------------------ citations


def test_law_number_added_to_a_citation_is_a_reference_not_a_duration(kiyaku):
    c = one(changes_of(kiyaku, "2"), new_text="昭和37年法律第69号。")
    assert (c.kind, c.categories) == ("reference", ["law-number"])


@pytest.mark.parametrize("article,old,new", [
    ("19_2", "(3)", "第三号"),  # 前項(3) → 前項第三号: the same item
    ("53", "5号", "五号"),      # 次条第1項第5号 → 第五号
    ("58", "15", "十五"),       # 第54条第1項第15号 → 第十五号
    ("64", "3号", "三号"),      # 第32条第3号 → 第三号
    ("12", "及び第2項", None),  # 第1項及び第2項及び第2項: the doubled 「及び第2項」 removed
])
def test_renotated_citation_to_the_same_provision_is_a_reference(kiyaku, article, old, new):
    c = one(changes_of(kiyaku, article), old_text=old, new_text=new)
    assert (c.kind, c.categories) == ("reference", ["citation-notation"])


@pytest.mark.parametrize("article,old,new", [
    ("68", "第48条第（10）号", "第48条第十一号"),   # item 10 → item 11
    ("46", "第68条第2項", "第19条の2第1項"),        # now cites the anti-gang article
    ("64", "本条第1項及び第2項並びに第73条第2項及び第4項", "本条第1項及び第2項並びに第72条第2項及び第4項"),
])
def test_citation_pointing_elsewhere_is_substantive_reference_target(kiyaku, article, old, new):
    c = one(changes_of(kiyaku, article), old_text=old, new_text=new)
    assert (c.kind, c.categories) == ("substantive", ["reference-target"])


def test_citation_the_new_version_edited_is_never_stale(kiyaku):
    assert [f for f in kiyaku.findings if f.rule == "reference-stale" and f.article == "46"] == []
    # the old bug: 「…旧版の第68条を指していましたが、同条は第68条に移っています」
    assert not any("を指していましたが" in f.message for f in kiyaku.findings)


@needs_shared(REVISIONS)
def test_carried_over_citation_to_a_renumbered_article_is_still_stale():
    r = diff(read_document(REVISIONS / "c04_000_insert_staleref" / "old.txt"),
             read_document(REVISIONS / "c04_000_insert_staleref" / "new.txt"))
    stale = [(f.article, f.excerpt, f.suggestion) for f in r.findings if f.rule == "reference-stale"]
    assert stale == [("17", "第17条（規定外事項）", "第18条")]
    renumbered = [c for _, c in r.changes() if c.kind == "reference"]
    assert renumbered and all(c.categories == ["renumbered-reference"] for c in renumbered)


def test_citation_parser_reads_chains_and_law_numbers():
    text = "建物の区分所有等に関する法律（昭和37年法律第69号。以下「区分所有法」という。）第12条第1項及び第2項の規定は、前項(3)"
    spans = [text[c.span[0]:c.span[1]] for c in citations(text)]
    assert spans == ["昭和37年法律第69号", "第12条第1項及び第2項", "前項(3)"]
    assert citations(text)[0].external and not citations(text)[1].external
    assert citations("（3）本サービスの料金") == ()  # a list label alone is not a citation


# ------------------------------------------------------------------ periods, amounts, dates, addresses


def test_kinship_degree_is_an_amount_and_shown_with_its_unit(kiyaku):
    c = one(changes_of(kiyaku, "46"), old_text="二親等", new_text="一親等")
    assert (c.kind, c.categories) == ("substantive", ["amount"])


@needs_shared(ACT)
def test_law_numbers_in_a_statute_edit_are_not_durations():
    r = diff(read_document(next(ACT.glob("20220901_*.md"))), read_document(next(ACT.glob("20221001_*.md"))))
    subs = [c for _, c in r.changes() if c.kind == "substantive"]
    assert subs and any("労働者協同組合法（令和二年法律第七十八号）" in (c.new_text or "") for c in subs)
    assert not any({"duration", "amount", "date"} & set(c.categories) for c in subs)


@needs_shared(ACT)
def test_one_character_edit_is_shown_with_its_word():
    r = diff(read_document(next(ACT.glob("20220617_*.md"))), read_document(next(ACT.glob("20220901_*.md"))))
    hits = [c for c in changes_of(r, "301") if c.kind == "substantive"]
    assert [(c.old_text, c.new_text) for c in hits] == [("この款", "この節")] * 2


def test_period_changes_are_durations_and_numbers_without_units_are_not(samples):
    text = samples["itrust"].source.text
    sentence = "当該利用開始日の属する月の12ヶ月後の月末日までの間"
    assert sentence in text
    r = diff(samples["itrust"], doc_from_text(text.replace(sentence, sentence.replace("12ヶ月後", "24ヶ月後"))))
    c = one([c for _, c in r.changes()])
    assert (c.kind, c.categories, c.old_text, c.new_text) == ("substantive", ["duration"], "12", "24")


def test_last_updated_date_is_substantive_date_and_era_notation_is_not():
    # the last-updated line of Mozilla's terms (2022 → 2023)
    assert classify_text("2022 年 4 月 10 日", "2023 年 11 月 1 日", "最終更新　2022 年 4 月 10 日",
                         "最終更新　2023 年 11 月 1 日") == ("substantive", ["date"])
    assert classify_text("令和7年5月10日", "2025年5月10日", "令和7年5月10日改定", "2025年5月10日改定")[0] == "editorial"


def test_party_address_is_substantive_address_not_amount(mozilla_2023):
    c = one(changes_of(mozilla_2023, "5"), old_text="2 Harrison St. #175")
    assert (c.kind, c.categories) == ("substantive", ["address"])


# ------------------------------------------------------------------ parties


def test_operator_named_in_a_party_definition_is_a_party_change(samples):
    line = next(ln for ln in samples["itrust"].source.text.splitlines() if "「当社」" in ln)
    assert "サイバートラスト株式会社(以下、「当社」という)" in line
    changed = line.replace("サイバートラスト", "トラストサービスズ")
    kind, cats = classify_text("サイバートラスト", "トラストサービスズ", line, changed)
    assert kind == "substantive" and "party" in cats


@needs_shared(REVISIONS)
def test_party_word_replaced_is_party():
    r = diff(read_document(REVISIONS / "c26_004_typos_edits" / "old.txt"), read_document(REVISIONS / "c26_004_typos_edits" / "new.txt"))
    c = one(changes_of(r, "15"), old_text="当社")
    assert (c.kind, c.categories, c.new_text) == ("substantive", ["party"], "サービス利用者")


# ------------------------------------------------------------------ a name replaced throughout


def test_product_renamed_throughout_is_one_editorial_group(mozilla_2023):
    assert len(mozilla_2023.groups) == 1
    g = mozilla_2023.groups[0]
    assert (g.kind, g.change_kind, g.categories, g.old_text, g.new_text, g.count) == \
        ("rename", "editorial", ["rename"], "Firefox", "Mozilla", 13)
    members = [c for _, c in mozilla_2023.changes() if c.group == g.id]
    assert len(members) == 13 and all(c.kind == "editorial" for c in members)
    assert not [c for _, c in mozilla_2023.changes() if c.kind == "substantive" and c.old_text == "Firefox"]
    # the service named after the old brand, renamed with it once (Firefox クラウドサービス → Mozilla アカウントサービス)
    scope = one([c for _, c in mozilla_2023.changes()], old_text="Firefoxクラウド")
    assert (scope.kind, scope.categories, scope.group) == ("editorial", ["rename"], None)
    d = g.to_dict(mozilla_2023.old, mozilla_2023.new)
    assert d["count"] == 13 and len(d["places"]) == 13 and d["places"][0]["label"]


def _reparsed(doc, edit):
    """The document as its normalized text (one clause unit per line), before and after ``edit``."""
    return doc_from_text(doc.norm.text), doc_from_text(edit(doc.norm.text))


def test_name_still_used_in_the_new_version_is_not_a_rename(samples):
    # 当社 → 弊社 inside one article only: 当社 remains elsewhere, so each place stays a party change
    doc = samples["basic"]
    art = next(a for a in doc.articles if a.text.count("当社") >= 2)
    old, new = _reparsed(doc, lambda t: t[:art.span[0]] + art.text.replace("当社", "弊社") + t[art.span[1]:])
    r = diff(old, new)
    ch = [c for _, c in r.changes()]
    assert r.groups == [] and len(ch) >= 2
    assert all(c.kind == "substantive" and "party" in c.categories and c.group is None for c in ch)


def test_party_renamed_throughout_is_one_party_group(samples):
    doc = samples["itrust"]
    assert doc.norm.text.count("サービス利用事業者") >= 5
    old, new = _reparsed(doc, lambda t: t.replace("サービス利用事業者", "契約事業者"))
    r = diff(old, new)
    assert len(r.groups) == 1
    g = r.groups[0]
    assert (g.kind, g.change_kind, g.categories) == ("rename", "substantive", ["party"])
    body = [c for _, c in r.changes()]
    assert g.count == len(body) >= 5 and all(c.group == g.id and c.kind == "substantive" for c in body)


def test_common_word_replaced_throughout_is_not_a_rename(samples):
    # 解除 (termination for cause) → 解約 (cancellation) everywhere changes a legal concept: no editorial group
    doc = samples["basic"]
    assert doc.norm.text.count("解除") >= 5
    old, new = _reparsed(doc, lambda t: t.replace("解除", "解約"))
    r = diff(old, new)
    ch = [c for _, c in r.changes() if "title" not in c.categories]  # a retitle is the diff's own call
    # a citation's caption that follows the retitle (第7条（利用契約の解除…）) still cites 第7条
    captions = [c for c in ch if c.kind == "reference"]
    assert [c.categories for c in captions] == [["citation-notation"]]
    ch = [c for c in ch if c not in captions]
    assert r.groups == [] and len(ch) >= 5
    assert all((c.kind, c.categories, c.group) == ("substantive", ["wording"], None) for c in ch)


# ------------------------------------------------------------------ editorial edits


def test_politeness_forms_are_editorial(samples):
    line = "本約款の全文をお読みいただいた上で同意いただく必要があります"
    assert line in samples["basic"].norm.text
    assert classify_text("お読みいただいた", "読んだ", line, line.replace("お読みいただいた", "読んだ")) == \
        ("editorial", ["politeness"])
    assert classify_text("お送り頂いたり", "送信したり") == ("editorial", ["politeness"])


def test_equivalent_verbs_are_editorial(mozilla_2023):
    ch = changes_of(mozilla_2023, "3")
    assert (one(ch, old_text="使用").kind, one(ch, old_text="書く").kind) == ("editorial", "editorial")


def test_own_risk_idiom_is_editorial_but_not_every_pronoun_swap(kiyaku):
    c = one(changes_of(kiyaku, "12"), old_text="その", new_text="自己の")  # その責任と負担において
    assert (c.kind, c.categories) == ("editorial", ["equivalent-wording"])
    assert classify_text("その", "自己の", "乙は甲に対しその損害を賠償する", "乙は甲に対し自己の損害を賠償する")[0] == "substantive"


def test_misspellings_corrected_are_typos(kiyaku):
    # (第17条 施工→施行 is no longer known: the curated 「条の施工」 held a string of this very document)
    for article, old, new in (("27", "揚げる", "掲げる"), ("12", None, "所有")):
        c = one(changes_of(kiyaku, article), old_text=old, new_text=new)
        assert (c.kind, c.categories) == ("editorial", ["typo"]), (article, old, new)
    # 意義→異議等 is not only a typo fix: 等 widens the clause
    assert one(changes_of(kiyaku, "12"), old_text="意義").kind == "substantive"


def test_okurigana_and_particle_forms_are_editorial(kiyaku):
    ch = changes_of(kiyaku, "12")
    assert one(ch, old_text="届け出を行なっ").kind == "editorial"
    assert one(ch, new_text="に").kind == "editorial"  # ある場合は → ある場合には


def test_list_labels_restored_are_numbering(kiyaku):
    ch = changes_of(kiyaku, "32")
    assert one(ch, old_text="14").categories == ["numbering"]
    # (十五 after 十三, set like it, is read as the item it is in 2025 too: no change of its label)
    assert not [c for c in ch if (c.old_text or "").startswith("十五")]


def test_paragraph_moved_inside_an_article_is_editorial(kiyaku):
    moved = [c for c in changes_of(kiyaku, "51") if "理事会の議長は" in (c.old_text or c.new_text or "")]
    # one move, shown in its new place with both labels (２ → 3)
    assert len(moved) == 1 and all((c.kind, c.categories) == ("editorial", ["moved"]) for c in moved)
    assert (moved[0].old_text[0], moved[0].new_text[0]) == ("2", "3")


def test_link_target_changed_with_the_same_words_is_editorial(samples):
    line = next(ln for ln in samples["gmo_reseller"].source.text.splitlines() if "https://www.gmogshd.com/privacy/" in ln)
    changed = line.replace("https://www.gmogshd.com/privacy/", "https://www.gmogshd.com/legal/privacy/")
    assert classify_text("privacy", "legal/privacy", line, changed) == ("editorial", ["link"])


def test_real_revision_scores_on_the_public_pairs(kiyaku, mozilla_2023):
    """The substantive edits of kiyaku 2025→2026 stay substantive; the width, notation and citation
    re-notation edits do not. A count of what a reviewer must read: no more than the edits themselves."""
    subs = [c for _, c in kiyaku.changes() if c.kind == "substantive"]
    texts = {(c.old_text, c.new_text) for c in subs}
    assert ("二親等", "一親等") in texts and ("意義", "異議等") in texts and (None, "選任・") in texts
    assert not [c for c in subs if c.categories == ["duration"] or "amount" in c.categories and c.old_text != "二親等"]
    assert len(subs) <= 30
    # Mozilla: the last-updated date, 本サービス redefined in the 概要 (three words of one sentence), MDN Plus
    # added, the new address — and nothing for the rename or the re-indentation
    assert [c for _, c in mozilla_2023.changes() if c.kind == "substantive"] and \
        sum(c.kind == "substantive" for _, c in mozilla_2023.changes()) <= 6


@needs_shared(KIYAKU)
def test_measurement_in_a_supplementary_provision_is_an_amount():
    line = next(ln for ln in (KIYAKU / "kiyaku_2026.txt").read_text("utf-8").splitlines() if "40mm" in ln)
    assert classify_text("40", "80", line, line.replace("40mm", "80mm")) == ("substantive", ["amount"])
    # the address's 4th Floor is not an amount of t, nor a period
    assert classify_text("4th", "5th", "149 New Montgomery St, 4th Floor", "149 New Montgomery St, 5th Floor") == \
        ("substantive", ["address"])


def test_humble_and_request_forms_are_politeness(samples):
    sentence = "本約款の全文をお読みいただいた上で同意いただく必要があります"
    assert sentence in samples["basic"].norm.text
    assert classify_text("同意いただく", "同意する", sentence, sentence.replace("同意いただく", "同意する")) == \
        ("editorial", ["politeness"])
    assert classify_text("停止させていただきます", "停止します") == ("editorial", ["politeness"])
    # a request turned into a duty is not politeness
    assert classify_text("ご連絡ください", "連絡するものとします")[0] == "substantive"


def test_number_in_another_script_is_notation(samples):
    sentence = "本サービス利用期間は1年間とし"
    assert sentence in samples["itrust"].norm.text
    assert classify_text("1", "一", sentence, sentence.replace("1年間", "一年間")) == ("editorial", ["notation"])
    assert classify_text("1", "二", sentence, sentence.replace("1年間", "二年間")) == ("substantive", ["duration"])


def test_company_renamed_by_an_insertion_is_one_party_group(samples):
    # サイバートラスト株式会社 → サイバートラストジャパン株式会社 wherever the company is named
    doc = samples["itrust"]
    name = "サイバートラスト株式会社"
    assert name in doc.norm.text
    line = next(ln for ln in doc.norm.text.splitlines() if name in ln)
    kind, cats = classify_text("", "ジャパン", line, line.replace(name, "サイバートラストジャパン株式会社"))
    assert kind == "substantive" and "party" in cats
    # the same edit made in two articles' bodies is one group of the party
    arts = [a for a in doc.articles if "当社" in a.text][:2]
    edit = doc.norm.text
    for a in reversed(arts):
        body = a.text.replace("当社", name, 1)
        edit = edit[:a.span[0]] + body + edit[a.span[1]:]
    before = doc_from_text(edit)
    after = doc_from_text(edit.replace(name, "サイバートラストジャパン株式会社"))
    r = diff(before, after)
    # every place the company is named, the 前文 included
    assert len(r.groups) == 1 and r.groups[0].count == edit.count(name) >= 3
    assert (r.groups[0].change_kind, r.groups[0].categories, r.groups[0].new_text) == ("substantive", ["party"], "ジャパン")


def test_plain_and_polite_copula_are_editorial(samples):
    sentence = next(s for s in samples["basic"].norm.text.split("。") if s.endswith("です"))
    assert classify_text("です", "である", sentence + "。", sentence[:-2] + "である。") == ("editorial", ["politeness"])
    assert classify_text("です", "でない", sentence + "。", sentence[:-2] + "でない。")[0] == "substantive"


@needs_shared(KIYAKU)
def test_relative_paragraph_citation_resolves_in_its_paragraph():
    line = next(ln for ln in (KIYAKU / "kiyaku_2026.txt").read_text("utf-8").splitlines()
                if ln.startswith("2　前項の場合において、区分所有者は"))
    unit = line[2:]
    # written in the second paragraph, 前項 is 第1項
    assert classify_text("前項", "第1項", unit, unit.replace("前項", "第1項", 1), paragraph=2, new_article="19") == \
        ("reference", ["citation-notation"])
    assert classify_text("前項", "第3項", unit, unit.replace("前項", "第3項", 1), paragraph=2, new_article="19") == \
        ("substantive", ["reference-target"])


@needs_shared(ACT)
def test_statute_citations_rewritten_in_arabic_numerals_change_nothing():
    """Every 第三百二十五条第二項 of a long stretch of the Companies Act written 第325条第2項 (headings kept):
    references and re-notated units only, never a substantive change."""
    import re

    from pipeline.grammar import kanji_to_int

    text = next(ACT.glob("20220617_*.md")).read_text("utf-8")[:120_000]
    arabic = re.sub(r"(?<!#### )第([一二三四五六七八九十百千]+)(条|項|号)",
                    lambda m: f"第{kanji_to_int(m.group(1))}{m.group(2)}", text)
    r = diff(doc_from_text(text, "old.md"), doc_from_text(arabic, "new.md"))
    kinds = {c.kind for _, c in r.changes()}
    assert kinds == {"reference"}, [(c.old_text, c.new_text, c.categories) for _, c in r.changes() if c.kind != "reference"][:5]
    assert sum(1 for _ in r.changes()) > 100  # the rewrite is seen, place by place


def test_japanese_address_is_an_address_and_citations_are_not(samples):
    assert classify_text("渋谷区桜丘町26番1号", "港区六本木1丁目2番3号", "本社所在地：東京都渋谷区桜丘町26番1号",
                         "本社所在地：東京都港区六本木1丁目2番3号") == ("substantive", ["address"])
    # 区分所有者 … 第3号 is a citation in a sentence, not a ward and a house number
    kind, cats = classify_text("第3号", "第4号", "区分所有者が第3号に掲げる", "区分所有者が第4号に掲げる")
    assert (kind, cats) == ("substantive", ["reference-target"])


# ------------------------------------------------------------------ conversion slips corrected


def test_a_conversion_slip_corrected_is_an_editorial_typo_fix(kiyaku):
    """kiyaku 2026 第17条第5項: 「本条の施工に必要な範囲内」 → 「本条の施行」. 施工 and 施行 read the same (こう) one kanji
    apart, law text never writes 施工 and writes 施行 hundreds of times: an input method's slip corrected."""
    c = one(changes_of(kiyaku, "17"), "施工", "施行")
    assert (c.kind, c.categories) == ("editorial", ["typo"])


def test_a_homophone_between_two_words_of_law_stays_substantive():
    """保証 (a guarantee) and 保障 (a safeguard) read the same and are both words of law text: the revision says
    something else, whatever the reading (itrust 第12条(5): 「表明し保証すること」 → 「表明し保障すること」)."""
    path = RAW / "cybertrust" / "itrust-terms.txt"
    raw = path.read_text(encoding="utf-8")
    assert "表明し保証すること" in raw
    result = diff(doc_from_text(raw, path.name), doc_from_text(raw.replace("表明し保証すること", "表明し保障すること"), path.name))
    c = one([c for p in result.pairs for c in p.changes], "保証", "保障")
    assert c.kind == "substantive"
