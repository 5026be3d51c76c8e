"""Defects met in published terms pages (read by hand, not shipped: third-party text), planted in the same
form into the real documents of raw/ so that each test fails without the check and passes with it:

- a self-designation left from another template (当法人 among 当協会, 当クラブ among 当会);
- 本件利用規約 in a document that calls itself 本利用規約;
- an article heading the parser did not take (a document whose only 第1条 heads a list), reported as a
  citation of a missing article;
- あるいは, an everyday conjunction law text never writes, taken for a kana slip.
"""

import re

from conftest import EXTERNAL, RAW, doc_from_text, findings_added, needs_shared

from pipeline.api import read_document
from pipeline.checks import run_checks

GMO_SIGN = RAW / "saporis" / "gmo-sign-service-terms.txt"
EKYC = RAW / "saporis" / "ekyc-terms.txt"
ITRUST = RAW / "cybertrust" / "itrust-terms.txt"


_added = findings_added


def test_a_second_self_designation_among_the_defined_one():
    fs = _added(GMO_SIGN, "当社は", "当法人は", "term-inconsistent")
    assert [(f.excerpt, f.suggestion, f.severity) for f in fs] == [("当法人", "当社", "warning")]
    assert "自らを「当社」と定義" in fs[0].message


def test_self_designation_quiet_on_places_members_and_words():
    # 当店 (a place the company runs), 当会員 (this member: 当|会員), 当社員 (a word): none names the party
    for slip in ("当店は", "当会員は", "当社員は"):
        assert _added(GMO_SIGN, "当社は", slip, "term-inconsistent") == [], slip


def test_self_name_written_with_honken():
    fs = _added(GMO_SIGN, "本規約の", "本件規約の", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("本件規約", "本規約")]


def _heading_alone(heading: str) -> str:
    """ekyc's preamble, its 第1条 heading written as ``heading``, and the numbered list of its 第2条: a text
    with one article heading (once read as numbered sections, now as that one article)."""
    lines = EKYC.read_text(encoding="utf-8").splitlines()
    assert lines[18].startswith("第１条（申込資格）")
    return "\n".join(lines[:18] + [heading] + lines[19:20] + lines[34:52])


def test_an_article_heading_alone_on_its_line_is_no_citation():
    for heading in ("第１条（申込資格）", "第１条 （申込資格）", "第１条 (申込資格)"):
        doc = doc_from_text(_heading_alone(heading), "ekyc-part.txt")
        assert [(a.number, a.title) for a in doc.articles] == [("1", "申込資格")]
        assert run_checks(doc, ["reference-dangling"]) == [], heading


def test_a_citation_of_an_article_whose_heading_the_parser_did_not_take():
    # a published page's preamble: 「本サービスの利用者（第 1条第1号で定義します。）」, and its only article heading
    # (a text once read as numbered sections): the article is there, the citation is right
    text = "本サービスの利用者（第１条第１号で定義します。）は、本規約に従うものとします。\n" + _heading_alone("第１条（申込資格）")
    doc = doc_from_text(text, "ekyc-part.txt")
    assert [a.number for a in doc.articles] == ["1"]
    assert run_checks(doc, ["reference-dangling"]) == []


def test_a_citation_of_a_missing_article_inside_a_sentence_still_reported():
    text = _heading_alone("第１条（申込資格）") + "\n本サービスの利用は、第９条（免責）に定めるところによる。\n"
    fs = run_checks(doc_from_text(text, "ekyc-part.txt"), ["reference-dangling"])
    assert [f.excerpt for f in fs] == ["第9条（免責）"]


def test_typo_quiet_on_an_everyday_conjunction():
    # 「…の滅失あるいは損傷に備えて…」: あるいは is a conjunction MeCab knows; law text writes 又は
    assert _added(EKYC, "の滅失又は損傷", "の滅失あるいは損傷", "typo") == []


def test_typo_still_finds_a_slip_that_makes_a_hiragana_noun():
    # こと written こそ: こそ is a particle MeCab knows, but not a conjunction or inflecting word
    fs = _added(EKYC, "支障があるとき", "支障があれとき", "typo")
    assert [f.suggestion for f in fs] == ["があるとき"]


# ------------------------------------------------------------------ katakana slips (コミュニケション)

BASIC = RAW / "secure-innovation" / "service-basic-terms.txt"


def test_typo_katakana_long_vowel_or_small_tsu_dropped():
    for written, slip, fixed in (("各サービスのホームページ", "各サービスのホムページ", "ホームページ"),
                                 ("各サービスのホームページ", "各サービスのホームペジ", "ホームページ")):
        fs = _added(BASIC, written, slip, "typo")
        assert [(f.suggestion, f.severity) for f in fs] == [(fixed, "warning")], slip
        assert "MeCab" in fs[0].message_en
    fs = _added(BASIC, "インターネット", "インターネト", "typo")
    assert [f.suggestion for f in fs] == ["インターネット"]
    # a large kana UniDic lists as a spelling of the word (セキュリテイ, lemma セキュリティー) is no slip to it
    assert _added(GMO_SIGN, "セキュリティ", "セキュリテイ", "typo") == []
    # but a small kana dropped from the document's own spelling of the word is, though UniDic lists that
    # misspelling too (セキリティ under セキュリティー; gmo-sign writes セキュリティ 11 times)
    fs = _added(GMO_SIGN, "「セキュリティ", "「セキリティ", "typo")
    assert [(f.suggestion, f.severity) for f in fs] == [("セキュリティ", "warning")]
    assert "11回" in fs[0].message


def test_typo_katakana_small_kana_dropped():
    # コンピュータ with its ュ dropped: no word, and the small kana put back reads far better to MeCab
    fs = _added(BASIC, "するコンピュータ、", "するコンピータ、", "typo")
    assert [(f.suggestion, f.severity) for f in fs] == [("コンピュータ", "warning")]
    fs = _added(GMO_SIGN, "やアプリケーション等", "やアプリケーシン等", "typo")
    assert [f.suggestion for f in fs] == ["アプリケーション"]
    fs = _added(GMO_SIGN, "キャンペーン・", "キンペーン・", "typo")
    assert [f.suggestion for f in fs] == ["キャンペーン"]


def test_typo_katakana_large_kana_where_the_document_writes_small_ones():
    # service-basic writes its loanwords with small kana (ネットワーク, バージョンアップ, 34 places): a large ツ
    # once is a slip, whether the dictionary lists the old spelling (ネツト under ネット) or not (バージョンアツプ)
    for written, slip, fixed in (("管理するネットワーク設備", "管理するネツトワーク設備", "ネットワーク"),
                                 ("のバージョンアップ上", "のバージョンアツプ上", "バージョンアップ"),
                                 ("データバックアップ", "データバツクアップ", "データバックアップ")):
        fs = _added(BASIC, written, slip, "typo")
        assert [(f.suggestion, f.severity) for f in fs] == [(fixed, "warning")], slip
        assert "小書き" in fs[0].message


def test_typo_katakana_large_kana_quiet_where_they_are_the_documents_style():
    # the same document in the old style of law text (フアイル, ソフトウエア): every katakana ッ written ツ is
    # its convention, and neither the dictionary's old spellings nor words it lacks (アタツク) are slips
    raw = BASIC.read_text(encoding="utf-8")
    old = re.sub(r"(?<=[\u30a1-\u30fa\u30fc])ッ", "ツ", raw)
    assert old.count("ツ") - raw.count("ツ") >= 10
    fs = run_checks(doc_from_text(old, BASIC.name), ["typo"])
    assert [f.excerpt for f in fs if re.search("[\u30a1-\u30fa]", f.suggestion or "")] == []
    # a company's name keeps its registered spelling (キヤノン, 富士フイルム: the dictionary's proper noun, or a
    # word after one)
    for name in ("キヤノン", "富士フイルム"):
        assert _added(BASIC, "株式会社セキュアイノベーション（", f"{name}（", "typo") == [], name


def test_typo_katakana_quiet_on_names_house_styles_and_cut_words():
    # サポリス (a company name), a final ー dropped (サーバ for サーバー is a JIS house style), and the sample's
    # 「ダウ」|「ンロード」 cut by a table cell's line end: no finding
    assert _added(EKYC, "株式会社サポリス", "株式会社サポリス", "typo") == []
    assert _added(BASIC, "各サービスのホームページ", "各サービスのホームペー", "typo") == []
    fs = run_checks(doc_from_text(GMO_SIGN.read_text(encoding="utf-8"), GMO_SIGN.name), ["typo"])
    assert [f.suggestion for f in fs] == ["するサービス"]  # 別紙1 「設定できるようにスルサービス」, its real slip


# ------------------------------------------------------------------ compound particles (違いの応じて, 点ついて)

def test_compound_particle_written_with_no():
    # 「…契約形態の違いの応じて…」「…電波の伝わりにくい場所のおいては…」 in published pages: の for に
    fs = _added(EKYC, "の履行について", "の履行のついて", "confusable-word")
    assert [(f.excerpt, f.suggestion, f.severity) for f in fs] == [("のついて", "について", "error")]
    fs = _added(EKYC, "損傷した場合において、", "損傷した場合のおいて、", "confusable-word")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("のおいて", "において")]


def test_compound_particle_without_its_ni():
    # 「改善すべき点ついて」 in a published page: the に dropped after a noun
    fs = _added(EKYC, "の問い合わせについて", "の問い合わせついて", "confusable-word")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("問い合わせついて", "問い合わせについて")]


def test_attributive_motozuku_after_no_is_the_compound_particle():
    # 「政治信条の基づく活動」 (a 会則 read by hand): what a thing is based on takes に, and law text never writes の基づく
    text = "第1条（目的）\n本会は、政治信条の基づく活動を行わない。\n第2条（適用）\n本会の定める方法による。\n"
    fs = run_checks(doc_from_text(text), ["confusable-word"])
    assert [(f.excerpt, f.suggestion) for f in fs] == [("の基づく", "に基づく")]


def test_compound_particle_quiet_on_relative_clauses_verbs_and_intervals():
    # the attributive form after の is a relative clause (当社の定める, 当社の関する事業); 気がついて and 傷ついて
    # are verbs; 1日おいて is an interval; no real document of the corpus has a finding of this kind
    text = ("第1条（適用）\n当社の定める方法による。当社の関する事業に適用する。当社のおいている設備を使う。\n"
            "第2条（その他）\n利用者が気がついて、1日おいて通知した。端末が傷ついて使えない場合も同様とする。\n")
    assert run_checks(doc_from_text(text), ["confusable-word"]) == []


# ------------------------------------------------------------------ a full stop typed twice

def test_duplication_doubled_full_stop_in_the_mozilla_terms():
    # section 3.(c) of the 2023 and 2025 account terms: 「…以下の情報が送られてきます。。」 (located as the page numbers
    # its sections, 3., not as a 第3条 it never writes)
    for path in sorted((RAW / "mozilla").glob("accounts-tos-202[35]-*.md")):
        fs = [f for f in run_checks(doc_from_text(path.read_text(encoding="utf-8"), path.name), ["duplication"])
              if f.suggestion == "。"]
        assert [(f.excerpt, f.label) for f in fs] == [("が送られてきます。。", "3.(c)")], path.name


def test_duplication_quiet_on_ellipsis_and_dashes():
    text = "第1条（適用）\n本規約は、……当社の定める方法による。――以上。\n第2条（その他）\n当社は、通知する。\n"
    assert [f for f in run_checks(doc_from_text(text), ["duplication"]) if f.suggestion in ("。", "、")] == []


# ------------------------------------------------------------------ defined terms and usual compounds clipped

ITRUST = RAW / "cybertrust" / "itrust-terms.txt"
RESELLER = RAW / "gmo-globalsign" / "gmo-sign-reseller-terms.txt"


def test_clipped_term_cut_inside_a_word_needs_few_uses():
    # 反社会的勢力 is used four times, 本約款 three: too few to set a convention for a clipped word, enough when
    # the clip cuts a word in two (勢力 → 勢, 約款 → 約) and leaves no word
    fs = _added(RESELLER, "反社会的勢力に該当する", "反社会的勢に該当する", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("反社会的勢", "反社会的勢力")]
    fs = _added(EKYC, "本約款の内容に同意の上", "本約の内容に同意の上", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("本約", "本約款")]


def test_a_usual_compound_with_a_character_dropped_inside():
    # オプションサービス, a compound the document writes 14 times and never defines, written once without its ー
    fs = _added(ITRUST, "オプションサービス", "オプションサビス", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("オプションサビス", "オプションサービス")]
    assert "14回" in fs[0].message


def test_defined_term_written_with_honken():
    # 本サービス defined in the gmo-sign-service sample, written once as 本件サービス
    fs = _added(GMO_SIGN, "本サービスの", "本件サービスの", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("本件サービス", "本サービス")]


# ------------------------------------------------------------------ definition tables (telecom 約款)

BASIC = RAW / "secure-innovation" / "service-basic-terms.txt"


def _definitions_as_table(raw: str, fmt: str) -> str:
    """service-basic's 第3条 (「1．「当社サービス」とは、…をいいます。」) rewritten as the table a telecom 約款
    uses: a header row, then term | meaning, without 「とは」 or 「をいいます」."""
    rows = re.findall(r"^[0-9０-９]+．「([^」]+)」とは、([^\n]+)", raw, re.M)
    assert len(rows) >= 6
    if fmt == "html":
        table = "<table><tr><th>用語</th><th>用語の意味</th></tr>" + "".join(
            f"<tr><td>{t}</td><td>{m}</td></tr>" for t, m in rows) + "</table>"
    else:
        table = "用語 | 用語の意味\n" + "".join(f"{t} | {m}\n" for t, m in rows)
    return table, rows


def test_terms_defined_in_a_table_are_defined_terms():
    raw = BASIC.read_text(encoding="utf-8")
    for fmt, name in (("text", "basic.txt"), ("html", "basic.html")):
        table, rows = _definitions_as_table(raw, fmt)
        head = "第1条（目的）\n本約款は、当社サービスの利用条件を定めます。\n第2条（定義）\n本約款において、以下の用語は次の意味で使用します。\n"
        body = "第3条（利用）\n" + "当社サービスを利用する者は、当社サービスの内容を確認し、当社サービスを適切に利用する。" * 2 + \
            "弊社サービスの料金は別に定める。\n"
        text = (f"<html><body><p>{head.replace(chr(10), '</p><p>')}</p>{table}<p>{body}</p></body></html>"
                if fmt == "html" else head + table + body)
        doc = doc_from_text(text, name)
        from pipeline.checks import context
        from pipeline.checks.terms import definitions
        defined = set(definitions(context(doc)))
        assert {t for t, _m in rows} <= defined and "用語" not in defined, fmt
        fs = run_checks(doc, ["term-inconsistent"])
        assert [(f.excerpt, f.suggestion) for f in fs] == [("弊社サービス", "当社サービス")], fmt


# ------------------------------------------------------------------ a kanji slip into the document's own word

def test_typo_kanji_pair_written_once_beside_the_documents_own_word():
    # 本約款 written 本役款 (役/約: yaku): a pair written once that the document writes 53 times with one kanji
    # of the same reading, and no word of its own
    fs = _added(ITRUST, "本約款に", "本役款に", "typo")
    assert [(f.suggestion, f.severity) for f in fs] == [("約款", "warning")]
    assert "53回使われています" in fs[0].message
    # 間数 (for 件数) is a word of the dictionary, and gmo-sign writes 件数 a few times only: not reported as a
    # staple pair (it is, by the phrase 送信件数 around it: tests/test_typo_kanji.py)
    assert [f for f in _added(GMO_SIGN, "送信件数", "送信間数", "typo") if "回使われています" in f.message] == []


def test_typo_document_words_quiet_on_words_of_their_own():
    # 移行 among 施行, 不通 among 不当, 敷地又は among 敷地: words and a conjunction, no slips (real text of
    # itrust, gmo-sign-service and the bylaws gave these before the dictionary and conjunction tests)
    for path in (RAW / "cybertrust" / "itrust-terms.txt", GMO_SIGN):
        assert [f for f in run_checks(doc_from_text(path.read_text(encoding="utf-8"), path.name), ["typo"])
                if "回使われています" in f.message] == [], path.name


# ------------------------------------------------------------------ a phrase written twice

def test_duplication_noun_with_no_twice_unless_a_relation():
    # 「本サービスの本サービスの利用」: の joins a noun to itself only for a relation (完全親会社の完全親会社)
    fs = _added(EKYC, "本サービスの利用を申し込む", "本サービスの本サービスの利用を申し込む", "duplication")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("本サービスの本サービスの", "本サービスの")]
    text = "第1条（適用）\n完全親会社の完全親会社は、前項の規定を適用する。\n第2条（その他）\n子会社の子会社も同様とする。\n"
    assert run_checks(doc_from_text(text), ["duplication"]) == []


def test_duplication_at_the_start_of_a_paragraph():
    # 「利用契約利用契約は、…」 opens a paragraph of 第2条: no list of terms glued to their meanings there
    fs = _added(EKYC, "利用契約は、当社が利用者の申込み", "利用契約利用契約は、当社が利用者の申込み", "duplication")
    assert [f.excerpt for f in fs] == ["利用契約利用契約"]


# ------------------------------------------------------------------ quiet and bounded cases of the slips of
# test_typo_slips.py

@needs_shared(EXTERNAL / "egov-xml" / "327AC0000000231_20240401_505AC0000000063.txt")
def test_typo_kanji_with_its_kana_quiet_on_a_compounds_tail():
    # the Aviation Act writes 為に 38 times, always as the tail of 行為 and its particle: 点において (点/為 share
    # a radical) is no slip of a word 為に
    path = EXTERNAL / "egov-xml" / "327AC0000000231_20240401_505AC0000000063.txt"
    fs = run_checks(doc_from_text(path.read_text(encoding="utf-8"), path.name), ["typo"])
    assert [f for f in fs if "書き方です" in f.message] == []


@needs_shared(EXTERNAL / "pdf" / "kddi_used-device-buyback-terms.html")
def test_typo_ending_slip_written_twice_beside_a_staple():
    # KDDI's buyback terms write ないものします once (a real slip) and ものとします 62 times; the same slip a second
    # time is still one: both are reported
    path = EXTERNAL / "pdf" / "kddi_used-device-buyback-terms.html"
    raw = path.read_text(encoding="utf-8")
    assert raw.count("ものします") == 1
    doc = doc_from_text(raw.replace("負わないものとします", "負わないものします", 1), path.name)
    fs = [f for f in run_checks(doc, ["typo"]) if "語尾" in f.message]
    assert len(fs) == 2 and all(f.suggestion.endswith("のとします") for f in fs)
    assert "2回だけ" in fs[0].message


def test_compound_particle_with_no_is_one_finding_not_two():
    # 「場所のおいては」 (a real slip of a published 約款): the confusable-word rule says it, with its reason; the
    # statistical kana-slip finder, which would find it too, leaves it
    for rule, expected in (("confusable-word", ["において"]), ("typo", [])):
        fs = _added(RESELLER, "においては", "のおいては", rule)
        assert [f.suggestion for f in fs] == expected, rule


# ------------------------------------------------------------------ an item label of two widths

def test_item_label_opened_half_width_and_closed_full_width():
    # service-basic labels its items （1） and pairs its parentheses in one width 145 times: (4） is a slip, and the
    # fix is the width of the document's pairs, （4）, whichever width the slip opened with
    fs = _added(BASIC, "（4）リモート", "(4）リモート", "convention-deviation")
    # (the note on the document's one list bracketed 「(1)」「(2)」 names how many labels are full width: one fewer now)
    fs = [f for f in fs if "列挙の記号「(1)」" not in f.message]
    assert [(f.severity, f.suggestion) for f in fs] == [("warning", "（…）")]
    assert "145組" in fs[0].message


# ------------------------------------------------------------------ a katakana spelling the notation list knows

def test_typo_katakana_house_style_pair_is_left_to_notation_variance():
    # インタフェース beside インターフェース ×3: two spellings of one word (the notation list knows them), a house
    # style that notation-variance reports as a note, not a typo
    raw = GMO_SIGN.read_text(encoding="utf-8")
    assert raw.count("アクセス") >= 4
    text = raw.replace("アクセス", "インターフェース", 3).replace("アクセス", "インタフェース", 1)
    fs = run_checks(doc_from_text(text, GMO_SIGN.name), ["typo", "notation-variance"])
    assert [f.rule for f in fs if "インタフェース" in f.excerpt] == ["notation-variance"]


def test_a_self_name_the_defined_one_is_built_on_is_no_slip_of_it():
    """「本規約を含むお客様と当社との間の本サービスの利用契約（以下「本契約」といいます。）」: 本契約 is the contract
    that includes 本規約, so 本規約 (written 18 times) is not a variant of 本契約 (a page read so had four false
    warnings). The long name a short one is defined for (本利用規約（以下「本規約」）) still is: see
    test_self_name_written_with_honken and the public page in allfind."""
    raw = GMO_SIGN.read_text(encoding="utf-8")
    written = "「GMO サインサービス利用規約」（以下「本規約」といいます。）"
    assert raw.count(written) == 1
    doc = doc_from_text(raw.replace(written, "本規約を含むお客様と当社との間の本サービスの利用契約（以下「本契約」といいます。）"),
                        GMO_SIGN.name)
    assert [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "本規約"] == []
    shortened = raw.replace(written, "本利用規約（以下「本規約」といいます。）")
    last = shortened.rindex("本規約")
    shortened = doc_from_text(shortened[:last] + "本利用規約" + shortened[last + 3:], GMO_SIGN.name)
    # the long name written again is still reported
    assert [f.excerpt for f in run_checks(shortened, ["term-inconsistent"])].count("本利用規約") == 1


def test_an_amount_set_apart_from_its_label_is_no_stray_space():
    """Contracts open with a cover sheet of items and values (「6 委託料 金○○円」「着手金 2024年○月○日限り 金○○円」):
    the space before 金 and its amount separates the value. Read as a split word (料|金 makes 料金) or a space after
    kana, each was reported."""
    for slip in ("内部統制パックの利用料 金50,000円", "本人確認パック 月額利用料 金100,000円",
                 "本人確認パック 2025年4月1日限り 金○○円"):
        written = "セキュリティ・内部統制パック 50,000 円" if "内部統制" in slip else "セキュリティ・本人確認パック 100,000 円"
        assert _added(GMO_SIGN, written, slip, "stray-space") == [], slip
    # a space inside a phrase before 金 is still one: 「料 金」 split in the middle of the word
    assert _added(GMO_SIGN, "本料金は", "本料 金は", "stray-space")


def test_a_party_letter_the_contract_never_defines():
    """A clause taken from another template: 「乙は、…」 in terms whose parties are 「当社」 and 「利用者」 (defined before
    their first article, as a contract names its parties in its preamble). 乙 is reported, with the party the order
    of the definitions makes it (a contract's first party is 甲, its second 乙)."""
    fs = _added(EKYC, "利用者は", "乙は", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("乙", "利用者")]
    fs = _added(EKYC, "利用者は", "甲乙は", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("甲乙", "当社及び利用者")]


def test_party_letters_the_contract_sets_apart_or_words_of_their_own_are_quiet():
    # a signature block names the letters; 甲府 and 乙女 are words
    raw = EKYC.read_text(encoding="utf-8")
    signed = doc_from_text(raw.replace("利用者は", "乙は", 1) + "\n甲 東京都千代田区\n乙 東京都港区\n", EKYC.name)
    assert [f for f in run_checks(signed, ["term-inconsistent"]) if f.excerpt in "甲乙"] == []
    for word in ("甲府市の利用者は", "乙女座の利用者は"):
        assert [f for f in _added(EKYC, "利用者は", word, "term-inconsistent") if f.excerpt in "甲乙"] == [], word


def test_definitions_written_without_brackets_or_as_a_list_with_colons():
    """Published terms also define 「（以下、ユーザー希望者といいます）」 without brackets, and list their terms
    「1. **「本取引」**: …」 with a colon: those are defined terms too (the checks of defined terms hold the
    document to them)."""
    from pipeline.checks import context
    from pipeline.checks.terms import definitions

    raw = GMO_SIGN.read_text(encoding="utf-8")
    quoted = "（以下「アクセス希望者」といいます。）"
    assert raw.count(quoted) == 1
    for written in ("（以下、アクセス希望者といいます。）", "（以下,アクセス希望者という）"):
        doc = doc_from_text(raw.replace(quoted, written), GMO_SIGN.name)
        assert "アクセス希望者" in definitions(context(doc)), written
    listed = raw.replace("「GMO サイン」（以下「本サービス」といいます。）は", "「本サービス」: 「GMO サイン」をいいます。\n本サービスは")
    assert "本サービス" in definitions(context(doc_from_text(listed, GMO_SIGN.name)))
    # a quoted name followed by a colon inside a sentence is the same list form; a bare 以下、同じ is no definition
    assert "同じ" not in definitions(context(doc_from_text(raw.replace(quoted, "（以下、同じ。）"), GMO_SIGN.name)))


def test_an_article_that_says_it_continues_after_termination_needs_no_survival_clause():
    """「この義務は契約終了後も継続します。」: the secrecy article itself says it survives (a public page's words), as
    「…終了後も効力を有する」 does; the survival clause it lacks is not missing for it."""
    written = "報を第三者に一切開示、漏洩しないものとします。"

    def listed(text):
        fs = run_checks(doc_from_text(text, GMO_SIGN.name), ["survival-missing"])
        return [f.message for f in fs]
    raw = GMO_SIGN.read_text(encoding="utf-8")
    assert raw.count(written) == 1
    assert any("第17条（秘密保持）" in m for m in listed(raw))
    for survives in ("この義務は本規約の終了後も継続します。", "本条の規定は、利用契約の終了後も適用されます。"):
        messages = listed(raw.replace(written, written + survives))
        assert not any("第17条（秘密保持）" in m for m in messages), survives
        assert any("第24条（預託金）" in m for m in messages)  # the other articles that outlive the contract remain


RESELLER = RAW / "gmo-globalsign" / "gmo-sign-reseller-terms.txt"


def test_a_citation_that_shortens_a_joined_title_is_a_note_not_a_warning():
    """「第5条（知的財産権）」 for the article headed 「知的財産権・著作権・引用」 (a public page's survival clause) cites the
    right article with the first part of its title: a note (info), where another title is a warning. The reseller
    sample's survival clause so shortened."""
    fs = _added(RESELLER, "第２７条（準拠法及び裁判管轄）及び", "第２７条（準拠法）及び", "reference-title-mismatch")
    assert [(f.excerpt, f.severity) for f in fs] == [("第27条（準拠法）", "info")]
    fs = _added(RESELLER, "第２７条（準拠法及び裁判管轄）及び", "第２７条（裁判管轄）及び", "reference-title-mismatch")
    assert [f.severity for f in fs] == ["warning"]  # not the title's first part: which article is meant is not sure


def test_a_defined_term_and_its_meaning_side_by_side_are_no_stray_space():
    """「(4) トチポ トチツーカシステムを利用して発行されるポイントをいいます。」 (a public bank's terms): a list of definitions
    sets the term and its meaning apart with a space. Between two katakana words it was read as a word split in
    two. An item of another list (no をいう, を意味する at its end) keeps the check."""
    written = "(8)「アプリケーション」とは、本APIを呼び出し"
    assert written in ITRUST.read_text(encoding="utf-8")
    assert _added(ITRUST, written, "(8) アプリケーション プログラムであって、本APIを呼び出し", "stray-space") == []
    assert _added(ITRUST, written, "(8) トチポ トチツーカシステムであって、本APIを呼び出し", "stray-space") == []
    # a word of the dictionary split in two inside the entry is still a stray space
    fs = _added(ITRUST, written, "(8) アプリ ケーションであって、本APIを呼び出し", "stray-space")
    assert [f.excerpt for f in fs] == ["アプリ ケーショ"]


def test_hon_before_a_defined_term_points_at_the_term_not_the_self_name():
    """The GMO Sign terms call themselves 本規約 and define 利用契約 (「本サービスに関する利用契約（以下「利用契約」と
    いいます。）」). 本利用契約 written for 利用契約 is the contract written otherwise: the suggestion is the defined
    term, not the document's own name."""
    fs = _added(GMO_SIGN, "が利用契約に基づく債務", "が本利用契約に基づく債務", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("本利用契約", "利用契約")]
    assert "定義語は「利用契約」" in fs[0].message


def test_a_defined_word_written_in_its_other_notation():
    """The reseller terms define 「お客さま」 (「本サービスの利用者（以下、「お客さま」という。）」) and write it so
    68 times: お客様 once is the defined term in another notation (a warning of term-inconsistent, not
    only the notation note). A word the document never defines stays a note."""
    reseller = RAW / "gmo-globalsign" / "gmo-sign-reseller-terms.txt"
    fs = _added(reseller, "お客さまは本サービス上", "お客様は本サービス上", "term-inconsistent")
    assert [(f.excerpt, f.suggestion, f.severity) for f in fs] == [("お客様", "お客さま", "warning")]
    assert _added(reseller, "できるものとします", "出来るものとします", "term-inconsistent") == []


def test_the_long_name_a_definition_shortens_is_no_slip_of_the_short_one():
    """A published staffing contract: 「インドネシア共和国（以下「インドネシア国」という。）」, the short name then
    written often. Where it is defined, the long name is no slip of the short one (it was reported as one, with the
    short name as the correction); the long name written again elsewhere still is."""
    defined = "サービス利用登録事業者（以下「サービス利用事業者」という。）"
    fs = _added(ITRUST, "第2条第1項第7号に定義される「サービス利用事業者」", defined, "term-inconsistent")
    assert fs == []
    raw = ITRUST.read_text(encoding="utf-8").replace("第2条第1項第7号に定義される「サービス利用事業者」", defined, 1)
    again = raw.replace("サービス利用事業者は、ライブラリを形式", "サービス利用登録事業者は、ライブラリを形式", 1)
    assert again != raw
    fs = [f for f in run_checks(doc_from_text(again, ITRUST.name), ["term-inconsistent"])
          if f.excerpt == "サービス利用登録事業者"]
    assert [f.suggestion for f in fs] == ["サービス利用事業者"]


def test_a_defined_self_name_and_a_word_after_it_are_no_near_miss():
    """A published page: 「利用者は本規約解約後も…」. 本規約 and 解約 side by side were read as 本規約 with 約解 slipped
    inside (本規[約解]約) and reported with 本規約 as the correction, which would delete 解約."""
    assert _added(GMO_SIGN, "本規約の", "本規約解約後の", "term-inconsistent") == []


def test_a_kana_put_back_needs_the_phrase_around_it():
    """「適法もしくは執行可能とできるよう努める」 (a published page) is right: と|できる. Read as ことができる with が
    dropped, one kana of the phrase in view (と), it was reported. A と dropped from ものとします, the phrase in view
    on both sides, still is."""
    assert _added(GMO_SIGN, "を変更することができるもの", "を変更可能とできるもの", "typo") == []
    fs = _added(GMO_SIGN, "行わないものとします", "行わないものします", "typo")
    assert [f.suggestion for f in fs] == ["ものとします"]


def test_an_ending_inside_a_verb_is_no_slip_of_a_polite_phrase():
    """「アカウントを削除すると、データの没収につながります。」 (a published page): つな|がります is つながる, a verb the
    dictionary knows, not があります with あ dropped (the reseller terms write があります five times)."""
    reseller = RAW / "gmo-globalsign" / "gmo-sign-reseller-terms.txt"
    fs = _added(reseller, "利用契約を解除することができます。", "利用契約を解除することができます。これは損失につながります。",
                "typo")
    assert fs == []


def test_a_clause_for_every_provision_of_a_kind_leaves_none_out():
    """A published SaaS agreement lists one article that survives (第18条…契約期間終了後も3年間有効), then: 「前項に
    定めるものを除き、本規約中の規定のうち、…会員の権利の制限若しくは義務を定めるものは、いずれも、契約期間終了後
    （終了事由を問いません。）も…適用されるものとします。」 Every such provision survives, and none was left out of the
    survival clause (one was reported). itrust's 「性質上当然に…存続する条項を除き、…効力を失う」 only names such
    provisions in passing: the omissions from its listing 第28条 are still reported (tests/expected_findings)."""
    listing = "および第27条(不可抗力)の規定は、本約款終了後も有効とする。"
    catch_all = (listing + "前段に定めるものを除き、本約款中の規定のうち、当社の権利又はサービス利用事業者の義務を定めるものは、"
                 "いずれも、本約款終了後（終了事由を問いません。）も適用されるものとする。")
    raw = ITRUST.read_text(encoding="utf-8")
    assert raw.count(listing) == 1
    before = [f for f in run_checks(doc_from_text(raw, ITRUST.name), ["survival-omission"])]
    assert len(before) == 2
    after = run_checks(doc_from_text(raw.replace(listing, catch_all), ITRUST.name), ["survival-omission"])
    assert after == []


def test_obligations_not_released_at_termination_are_their_own_survival_clause():
    """「利用者は本規約解約後も、…行った行為に関する一切の義務を（損害賠償義務を含みますが、これに限るものではありません）
    を免れるものではない」 (a published page): every obligation outlives the contract, so no survival clause is missing.
    The GMO Sign terms have none and are reported (tests/expected_findings); with that sentence they are not."""
    sentence = ("本サービス利用者は本規約解約後も、利用期間中に行った行為に関する一切の義務を（損害賠償義務を含みますが、"
                "これに限るものではありません）を免れるものではありません。")
    raw = GMO_SIGN.read_text(encoding="utf-8")
    assert len(run_checks(doc_from_text(raw, GMO_SIGN.name), ["survival-missing"])) == 1
    written = "を遵守するものとします。"
    assert written in raw
    doc = doc_from_text(raw.replace(written, written + sentence, 1), GMO_SIGN.name)
    assert run_checks(doc, ["survival-missing"]) == []


def test_a_party_letter_in_a_contract_that_defines_its_persons_in_an_article():
    """A published SaaS agreement defines 会員 and 当社 in 第2条 among other persons (登録希望者, 開示者, 受領者…), then
    writes 「2. 甲及び乙は、自ら又は第三者を利用して…行わないことを保証する」 in its anti-social-forces article, a clause
    from another template. The letters are reported; no order of definitions says who each is, so without a
    suggestion."""
    written = "サービス利用事業者は、ライブラリを形式"
    fs = _added(ITRUST, written, "甲及び乙は、ライブラリを形式", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("甲", None), ("乙", None)]


def test_a_term_defined_once_and_written_otherwise_after():
    """A published page: 「…その他これに準ずる反社会的勢力（以下「反社会勢力等」といいます）」, then 反社会的勢力等 three
    times and 反社会勢力等 never again. The definition (or every use) slipped: reported at the definition. itrust's own
    definition, written as it is used, says nothing."""
    fs = _added(ITRUST, "(以下「反社会的勢力」という)", "(以下「反社会勢力」という)", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("反社会勢力", "反社会的勢力")]
    assert "一度も使われず" in fs[0].message


def test_a_survival_clause_that_lists_the_articles_below_its_sentence():
    """A public basic contract heads its survival article 「本契約失効後も継続される条項」 and lists the articles
    under 「以下は本契約失効後も継続される。」 as bullets (・第６条). It was not taken for a survival clause: the title
    has neither 存続 nor 残存, 継続される was not a word of surviving, the list follows the sentence, and 「・第6条」
    was read as an article of another law named before the ・. itrust's 存続条項 rewritten so reports the same
    two articles left out (第17条, 第21条), titled either way."""
    raw = ITRUST.read_text(encoding="utf-8")
    clause = re.search(r"第28条 存続条項\n\n(本約款.*?)の規定は、本約款終了後も有効とする。", raw)
    listed = re.findall(r"第\d+条", clause.group(1))
    bullets = "\n".join(f"・{a}" for a in listed)
    original = {(f.rule, f.message) for f in run_checks(doc_from_text(raw, ITRUST.name)) if f.rule.startswith("survival")}
    assert len(original) == 2
    for title in ("本約款失効後も継続される条項", "一般条項"):
        rewritten = raw.replace(clause.group(0), f"第28条 {title}\n\n以下の条項は本約款終了後も継続される。\n{bullets}")
        found = {(f.rule, f.message) for f in run_checks(doc_from_text(rewritten, ITRUST.name))
                 if f.rule.startswith("survival")}
        assert {r for r, _ in found} == {"survival-omission"}
        assert {m.split("と定め")[0] for _, m in found} == {m.split("と定め")[0] for _, m in original}


def test_an_item_cited_in_an_article_without_items():
    """「前号により開講しない場合」 in a course's terms and 「前各号により」 in a matching service's terms: the article has
    paragraphs and no 号, and names no list of its own; 前項 / 前各項 was meant. GMO-sign's 第6条 and 第12条 so
    written are reported with what was meant; where the article names a list (次の各号) nothing is, as its items
    may be read as paragraphs."""
    raw = GMO_SIGN.read_text(encoding="utf-8")
    assert raw.count("2． 当社は、前項に基づき本規約") == 1 and raw.count("2.  前項の通知が") == 1
    text = raw.replace("2． 当社は、前項に基づき本規約", "2． 当社は、前号に基づき本規約").replace(
        "2.  前項の通知が", "2.  前各号の通知が")
    fs = [f for f in run_checks(doc_from_text(text, GMO_SIGN.name), ["reference-dangling"])
          if f not in run_checks(doc_from_text(raw, GMO_SIGN.name), ["reference-dangling"])]
    assert [(f.article, f.excerpt, f.suggestion) for f in fs] == [("6", "前号", "前項"), ("12", "前各号", "前項")]
    listed = text.replace("2． 当社は、前号に基づき本規約", "2． 当社は、次の各号のいずれか又は前号に基づき本規約")
    assert [f.article for f in run_checks(doc_from_text(listed, GMO_SIGN.name), ["reference-dangling"])
            if f.excerpt.startswith("前")] == ["12"]


def test_a_comma_among_touten_is_a_sentence_from_elsewhere():
    """Public terms write 、 and paste clauses written with ，(「瑕疵（安全性，信頼性，正確性…」), or the other way
    round (three articles with 、 in terms written with ，): one note per line, in the document's majority.
    GMO-sign with one sentence so written; the same terms written with ， throughout have no such note, and a
    number's 1,000 is no comma."""
    raw = GMO_SIGN.read_text(encoding="utf-8")
    line = "2． 当社は、前項に基づき本規約または本サービスの内容を変更する場合、変更を行う旨及び変更後"
    assert raw.count(line) == 1
    pasted = raw.replace(line, line.replace("、", "，"))
    fs = run_checks(doc_from_text(pasted, GMO_SIGN.name), ["convention-deviation"])
    assert [(f.article, f.suggestion) for f in fs if "読点" in f.message] == [("6", "、")]
    assert "（この行に2か所）" in next(f.message for f in fs if "読点" in f.message)
    all_commas = raw.replace("、", "，").replace("利用料金", "利用料金1,000円")
    assert [f for f in run_checks(doc_from_text(all_commas, GMO_SIGN.name), ["convention-deviation"])
            if "読点" in f.message] == []
    # a half-width 「,」 typed among 「，」 (an unseen privacy policy, pub19: 「（以下,「本サービス」」 among ， ×105)
    slipped = all_commas.replace(line.replace("、", "，"), line.replace("、", "，").replace("，", ",", 1))
    fs = [f for f in run_checks(doc_from_text(slipped, GMO_SIGN.name), ["convention-deviation"]) if "読点" in f.message]
    assert [(f.article, f.suggestion) for f in fs] == [("6", "，")] and "全角の「，」" in fs[0].message


def test_third_party_written_with_a_digit_among_the_kanji_form():
    """A matching service's terms write 第三者 eight times and 「第3者によって悪質な利用を」 once: the fixed term in
    another notation (a note, and an editorial change in a diff)."""
    raw = GMO_SIGN.read_text(encoding="utf-8")
    fs = _added(GMO_SIGN, "第三者", "第3者", "notation-variance")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("第3者", "「第三者」に統一")]
    assert raw.count("第三者") >= 5


def test_two_headings_opened_half_width_in_a_short_document():
    """An app's terms: 「第5条(保証の否認および免責事項）」 and 「第6条(利用規約の変更）」 among seven pairs in one width.
    Too few pairs for a 4-to-1 majority, but a pair with no bracket inside cannot be a misread of the scan."""
    titles = ["適用", "プライバシー", "禁止事項", "本アプリの提供の停止等"]
    text = "利用規約\n" + "".join(f"第{k}条（{t}）\n当社は、本アプリを提供します。\n" for k, t in enumerate(titles, 1))
    text += ("本アプリ（AI作問）は無料です。\n第5条(保証の否認および免責事項）\n当社は、本アプリに瑕疵がないことを保証しません。\n"
             "第6条(利用規約の変更）\n当社は、本規約を変更することができます（以下「変更」といいます。）。\n")
    fs = run_checks(doc_from_text(text, "terms.txt"), ["convention-deviation"])
    assert [(f.article, f.severity) for f in fs] == [("5", "warning"), ("6", "warning")]
    # with a bracket inside, the pair may be the scan's misreading: a clear majority is still needed
    nested = text.replace("第6条(利用規約の変更）", "第6条(利用規約（本規約）の変更）")
    assert [f.article for f in run_checks(doc_from_text(nested, "terms.txt"), ["convention-deviation"])] == ["5"]


def test_items_of_the_paragraph_before_cited_as_this_paragraphs():
    """A society's terms: 「2. 前各号の場合、本支部は…」 where the items are paragraph 1's; 前項各号 was meant (law text
    writes so: no paragraph of three laws cites 前各号 before items of its own). GMO-sign reseller's 第12条 so written."""
    fs = _added(RESELLER, "当社は、お客さまが前項の禁止行為を行い", "当社は、お客さまが前各号の禁止行為を行い",
                "reference-dangling")
    assert [(f.article, f.paragraph, f.suggestion) for f in fs] == [("12", 2, "前項各号")]


def test_an_item_cited_in_an_article_of_unnumbered_web_paragraphs():
    """A matching service's 第6条 writes its four paragraphs as <p>s without numbers, the fourth saying 「前各号により」:
    the reader counts the paragraphs, so 前各項 was meant."""
    page = ("<html><body><h3>第1条（登録）</h3><p>申込者は、当社所定の方法により登録を申請するものとする。</p>"
            "<p>当社は、申請内容を審査するものとする。</p><p>当社は、審査の結果を申込者に通知するものとする。</p>"
            "<p>前各号により登録が完了した場合、申込者は本サービスを利用できる。</p>"
            "<h3>第2条（準拠法）</h3><p>本規約は日本法に準拠する。</p></body></html>")
    fs = run_checks(doc_from_text(page, "terms.html"), ["reference-dangling"])
    assert [(f.excerpt, f.suggestion) for f in fs] == [("前各号", "前各項")]


def test_a_club_rule_that_calls_itself_by_its_title_and_once_otherwise():
    """A club's 「…研究部 会則」 never defines its name but writes 本会則 six times, and 本規約 three times and 本規則
    once (left from another club's rules). The name its title gives and it uses most is the one; a long and short
    form of one name (本利用規約 among 本規約 in 「利用規約」) are both free to use undefined."""
    body = "".join(f"第{k}条（事項{k}）\n本会の活動は、本会則の定めるところによる。\n" for k in range(1, 7))
    rules = "# 電子工学研究部 会則\n" + body + "第7条（除名）\n本規約に従わない者は、除名することができる。\n"
    fs = run_checks(doc_from_text(rules, "rules.md"), ["term-inconsistent"])
    assert [(f.excerpt, f.suggestion, f.article) for f in fs] == [("本規約", "本会則", "7")]
    terms = rules.replace("電子工学研究部 会則", "利用規約").replace("本会則", "本規約").replace(
        "第7条（除名）\n本規約", "第7条（除名）\n本利用規約")
    assert run_checks(doc_from_text(terms, "terms.md"), ["term-inconsistent"]) == []


def test_the_paragraphs_named_where_the_items_follow():
    """A club's 会則: 「会員が次の各項のいずれかに該当する場合」 followed by its own (1) (2): 次の各号 was meant (no law of
    three writes 次の各項 before items). GMO-sign's first 「次の各号」 so written is reported."""
    fs = _added(GMO_SIGN, "次の各号", "次の各項", "reference-dangling")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("次の各項", "次の各号")]


def test_the_reader_addressed_as_okyakusama_in_terms_that_define_their_user():
    """Terms that define 「利用者」 (or 「ユーザー」) and write 「当社とお客様との間で生じた紛争」 two or three times carry
    sentences of another template (a game server's terms, a travel app's, a software licence). itrust, which
    defines 利用者, so written once is reported; terms that speak of お客様 as often as of the defined word, or
    define お客様, are not."""
    fs = _added(ITRUST, "および利用者の", "およびお客様の", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("お客様", "利用者")]
    raw = ITRUST.read_text(encoding="utf-8")
    assert raw.count("利用者") == 29
    often = raw.replace("および利用者の", "およびお客様の", 1).replace("\n第28条", "\n" + "お客様は、本約款を遵守する。\n" * 14
                                                                   + "第28条", 1)
    assert often.count("お客様") == 15
    assert [f for f in run_checks(doc_from_text(often, ITRUST.name), ["term-inconsistent"]) if f.excerpt == "お客様"] == []


def test_an_undefined_contract_named_beside_the_terms_has_no_fix_into_them():
    """A matching service's terms define 本規約 and write 「本規約又は本契約に定める条項に違反し」: 本契約 is still
    undefined, but changing it into 本規約 would read 「本規約又は本規約」; the finding asks for a definition."""
    fs = _added(GMO_SIGN, "本規約に", "本規約又は本契約に", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("本契約", None)]
    assert "定義してください" in fs[0].message


def test_a_definition_written_to_iimasu_in_kanji_among_kana_ones():
    """A company's terms define seven terms with 「…」といいます and one with 「…」と言います: one notation of the
    defining verb (a note, an editorial change in a diff)."""
    fs = _added(GMO_SIGN, "といいます", "と言います", "notation-variance")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("と言います", "「といいます」に統一")]


def test_equal_cells_of_a_table_row_are_no_repeat():
    """A company's 別表 of leave days, 「| 付与日数 |3日 |4日 |4日 |5日 |6日 |6日 |7日 |」: two cells that hold the same
    value were reported as a phrase written twice (「6日|6日|」). A phrase repeated in a sentence still is."""
    page = ("# 就業規則\n\n## 第1条（年次有給休暇）\n\n年次有給休暇の付与日数は、別表のとおりとする。\n\n## 別表\n\n"
            "| 勤続年数 | 入社日 | 1年 | 2年 | 3年 | 4年 | 5年 | 6年以降 |\n"
            "| -------- | -------- | -------- | -------- | -------- | -------- | -------- | -------- |\n"
            "| 付与日数 |3日 |4日 |4日 |5日 |6日 |6日 |7日 |\n")
    assert run_checks(doc_from_text(page, "rules.md"), ["duplication"]) == []
    repeated = page.replace("別表のとおりとする。", "別表のとおりとする。ただし、第1条及び第2条及び第2条の日数を除く。")
    assert [f.rule for f in run_checks(doc_from_text(repeated, "rules.md"), ["duplication"])] == ["duplication"]


def test_one_slip_found_by_two_rules_is_reported_once():
    """A company's 就業規則 writes パートタイム労働者 six times and 「パートアイム労働者」 once: name-variant (the name
    パートアイム) and term-inconsistent (the compound パートアイム労働者) make the same correction, shown once, by the
    finding that points at the slip most narrowly. The rules asked one by one still find it each."""
    articles = [
        ("労働時間", "パートアイム労働者について、1週間の所定労働時間は、10時間とする。"),
        ("清算期間", "パートタイム労働者について、清算期間における総労働時間は、前条で定めた1週間の所定労働時間に、"
                     "清算期間中の暦日数を乗じて得られた時間数とする。"),
        ("標準時間", "パートタイム労働者について、標準となる1日の労働時間は、3時間とする。"),
        ("不足", "パートタイム労働者について、清算期間中の実労働時間が総労働時間に不足したときは、不足時間分の賃金を控除する。"),
        ("賃金", "パートタイム労働者について、フルタイムに準じた賃金を支払う際、源泉所得税を賃金から控除することがある。"),
        ("健康診断", "パートタイム労働者のうち、次のいずれにも該当する者は、健康診断の対象とする。"),
        ("定義", "パートタイム労働者とは、フルタイムに満たない短時間勤務をする労働者をいう。"),
    ]
    text = "# 就業規則\n\n" + "\n\n".join(f"## 第{i}条（{t}）\n\n1. 労働者の区分は、別に定める。\n2. {s}"
                                         for i, (t, s) in enumerate(articles, 1)) + "\n"
    doc = doc_from_text(text, "rules.md")
    slips = [(f.rule, f.excerpt, f.suggestion) for f in run_checks(doc) if "アイム" in f.excerpt]
    assert slips == [("name-variant", "パートアイム", "パートタイム")]
    assert [(f.excerpt, f.suggestion) for f in run_checks(doc, ["term-inconsistent"]) if "アイム" in f.excerpt] == [
        ("パートアイム労働者", "パートタイム労働者")]


def test_a_survival_clause_citing_a_range_covers_the_articles_between_its_ends():
    """A public NDA's survival clause reads 「第5条（権利の帰属）乃至第12条（協議事項）の効力は、…存続する」: 乃至 (and
    ないし, から…まで, ～) names a range, 第5条 through 第12条, not the two ends only. The trust service's survival clause
    so written for 第16条 through 第20条 covers 第17条, which it otherwise leaves out; 第21条 stays left out."""
    def omitted(text):
        return sorted(re.search(r"^(第\d+条)", f.message).group(1)
                      for f in run_checks(doc_from_text(text, ITRUST.name), ["survival-omission"]))
    raw = ITRUST.read_text(encoding="utf-8")
    listed = "第16条(補償および免責)、第20条(譲渡)"
    assert raw.count(listed) == 1
    assert omitted(raw) == ["第17条", "第21条"]
    for word in ("乃至", "ないし", "から", "～"):
        assert omitted(raw.replace(listed, f"第16条(補償および免責){word}第20条(譲渡)")) == ["第21条"], word
        assert omitted(raw.replace(listed, f"第16条{word}第20条")) == ["第21条"], word
    # a list of the two ends still names only them
    assert omitted(raw.replace(listed, "第16条(補償および免責)及び第20条(譲渡)")) == ["第17条", "第21条"]


def test_a_provision_that_sets_its_own_period_after_termination_needs_no_survival_clause():
    """A school's terms: 「受講者は、契約期間中および契約終了後6ヶ月間、…講師との間で直接契約を締結してはなりません」
    states how long it binds after the end, as one saying 存続 does. Planted into the service's terms, such a
    sentence adds no article to those a survival clause would have to list; a deadline after the end
    (終了後30日以内に) is no period of its own and still does."""
    written = "一切の処分をしてはならないものとしま"

    def listed(sentence):
        text = raw.replace("第１６条（第三者への委託）", sentence + "\n\n第１６条（第三者への委託）", 1)
        return [f.message for f in run_checks(doc_from_text(text, GMO_SIGN.name), ["survival-missing"])]
    raw = GMO_SIGN.read_text(encoding="utf-8")
    assert raw.count(written) == 1 and not any("第15条（報告義務）" in m for m in listed(""))
    for own in ("本サービス利用者は、利用契約の終了後6ヶ月間、当社の従業員を勧誘してはなりません。",
                "本サービス利用者は、利用契約の終了後も2年間、当社の従業員を勧誘してはなりません。"):
        assert not any("第15条（報告義務）" in m for m in listed(own)), own
    for deadline in ("本サービス利用者は、利用契約の終了後30日以内に、当社に報告するものとします。",
                     "本サービス利用者は、利用契約の終了後14日間以内に、当社に報告するものとします。"):
        assert any("第15条（報告義務）" in m for m in listed(deadline)), deadline


def test_the_definition_of_confidential_information_is_no_provision_that_outlives_the_contract():
    """A public NDA's 第2条（秘密情報） defines 秘密情報 and binds nobody; its survival clause lists the duties
    (第3条（秘密保持義務）, 第4条（秘密情報の管理）) and was told it left out the definition. An article named after
    the information heads its definition; one named after what is done with it (秘密情報の取扱い) is a duty."""
    nda = ("# 秘密保持契約書\n\n## 第1条（{title}）\n\n本契約において秘密情報とは、開示者が受領者に対し開示する情報をいう。\n\n"
           "## 第2条（秘密保持義務）\n\n受領者は、秘密情報を第三者に開示してはならない。\n\n"
           "## 第3条（期間）\n\n1. 本契約は、締結日から1年間有効とする。\n"
           "2. 第2条（秘密保持義務）の効力は、本契約の終了後も存続する。\n")
    for title in ("秘密情報", "秘密情報の定義", "機密情報の範囲"):
        assert run_checks(doc_from_text(nda.format(title=title), "nda.md"), ["survival-omission"]) == [], title
    fs = run_checks(doc_from_text(nda.format(title="秘密情報の取扱い"), "nda.md"), ["survival-omission"])
    assert [f.rule for f in fs] == ["survival-omission"]


def test_a_sentence_that_points_at_the_same_day_may_recur():
    """A school's terms keep two deleted articles, each 「（削除）」 with 「…の改定により削除しました。同日より前に締結された
    受講契約については、締結時の本規約の定めによります。」: 同日 points back at the date named before it, as 同条 at an
    article, so the sentence rightly recurs; without it the same sentence is still a repeat."""
    page = ("# 受講規約\n\n## 第1条（適用）\n本規約は、本サービスの利用に適用されます。\n\n"
            "## 第2条（削除）\n本条（成績保証）は、2026年9月24日の改定により削除しました。{s}\n\n"
            "## 第3条（削除）\n本条（掲載協力割引）は、2026年9月24日の改定により削除しました。{s}\n")
    for anaphor in ("同日", "同月", "同年"):
        s = f"{anaphor}より前に締結された受講契約については、締結時の本規約の定めによります。"
        assert run_checks(doc_from_text(page.format(s=s), "terms.md"), ["duplication"]) == [], anaphor
    s = "2026年9月24日より前に締結された受講契約については、締結時の本規約の定めによります。"
    # (after two notes alike, 「…は、2026年9月24日の改定により削除しました。」, the copies are parallel provisions; after
    # unlike ones, the same sentence is a repeat)
    assert run_checks(doc_from_text(page.format(s=s), "terms.md"), ["duplication"]) == []
    unlike = page.replace("本条（掲載協力割引）は、2026年9月24日の改定により削除しました。", "割引制度は廃止しました。")
    # (told at each copy, naming the other: which one was pasted out of place only the reader can tell)
    assert [(f.label, f.message[:7]) for f in run_checks(doc_from_text(unlike.format(s=s), "terms.md"),
                                                        ["duplication"])] == [("第2条", "同じ文が第3条"), ("第3条", "同じ文が第2条")]


def test_a_latin_letter_before_a_katakana_name_builds_another_name():
    """A translated service's terms name their service 緊Q and write 「緊Qコンテンツの利用権限」 among 54
    コンテンツ: Qコンテンツ is the service's own content, not コンテンツ misspelt — no keystroke slip puts a Latin letter
    before a word typed in kana. The sign service's terms, which write オプション 29 times, so planted; a letter
    slipped inside the name is still found."""
    assert _added(GMO_SIGN, "「GMO オプション」の利用権", "「電子Vオプション」の利用権", "name-variant") == []
    fs = _added(GMO_SIGN, "「GMO オプション」の利用権", "「電子オポション」の利用権", "name-variant")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("オポション", "オプション")]


def test_a_chapter_left_out_or_written_twice():
    """A public 定款 goes from 「## 第3章 社員総会」 to 「## 第5章 役員」: 第4章 is missing (numbering.py checked articles,
    paragraphs and items only). The reseller terms' seven chapters so edited; a section (節) is numbered within its
    chapter, so 第2章第1節 after 第1章第2節 is no repeat."""
    fs = _added(RESELLER, "第３章 本サービスの内容", "第４章 本サービスの内容", "numbering-duplicate")
    assert [f.message for f in fs] == ["第4章が重複しています（同じ番号の章が2つあります）。"]
    raw = RESELLER.read_text(encoding="utf-8")
    assert "第３章 本サービスの内容" in raw
    gap = raw.replace("第３章 本サービスの内容", "本サービスの内容", 1)
    fs = [f for f in run_checks(doc_from_text(gap, RESELLER.name), ["numbering-gap"]) if "章" in f.message]
    assert [f.message for f in fs] == ["第4章の前に第3章がありません（章の番号の欠番）。"]
    sections = ("# 会則\n\n## 第1章 総則\n\n### 第1節 名称\n\n第1条 本会は、研究会と称する。\n\n### 第2節 目的\n\n"
                "第2条 本会は、研究を目的とする。\n\n## 第2章 会員\n\n### 第1節 入会\n\n第3条 入会は、届出による。\n")
    assert run_checks(doc_from_text(sections, "rules.md"), ["numbering-gap", "numbering-duplicate", "numbering-order"]) == []
    skipped = sections.replace("### 第2節 目的", "### 第3節 目的")
    assert [f.message for f in run_checks(doc_from_text(skipped, "rules.md"), ["numbering-gap"])] == [
        "第3節の前に第2節がありません（節の番号の欠番）。"]


_KITEI = ("# 経費精算規程\n\n## 第1条 目的\n\n本規程は、経費の支給について定めるものである。\n\n"
          "## 第2条 適用\n\n本規程は、従業員に適用する。\n\n## 附則\n\n1. この規則は、2024年10月1日から施行する。\n")


def test_rules_that_call_themselves_by_another_kind_of_rules():
    """A company's 「経費精算規程」 writes 本規程 and, in its 附則, 「この規則は、…施行する」; a 規約 of a federation of
    residents' associations ends 「この会則に定めるもののほか」; a 「出張・出社旅費規程」 opens 「本規定は、…」 (the
    homophone). The title and the other self-names give the kind. A kind the document names as another set of
    rules (就業規則) is another document, except as the subject of the 附則's 「…から施行する」."""
    def said(text, name="rules.md"):
        return [(f.excerpt, f.suggestion) for f in run_checks(doc_from_text(text, name), ["term-inconsistent"])]
    assert said(_KITEI) == [("この規則", "この規程")]
    assert said(_KITEI.replace("この規則", "この規程")) == []
    kaisoku = _KITEI.replace("経費精算規程", "自治会連合規約").replace("本規程", "この規約").replace(
        "1. この規則は、2024年10月1日から施行する。", "1. この会則に定めるもののほか、必要な事項は、常任委員会において定める。")
    assert said(kaisoku) == [("この会則", "この規約")]
    homophone = _KITEI.replace("本規程は、経費", "本規定は、経費").replace("この規則", "この規程")
    assert said(homophone) == [("本規定", "本規程")]
    # (in a 規約, 本規定 may be a provision: only a note that 本規約 may be meant; see the test below)
    assert said(homophone.replace("経費精算規程", "経費精算規約").replace("規程", "規約")) == [("本規定", "本規約")]
    other = _KITEI.replace("本規程は、従業員に適用する。", "本規程は、就業規則の定める従業員に適用する。")
    # (この points back at a set of rules named in its sentence or the one before; one named articles away, as 就業規則
    # in 第2条 here, is no longer what it points at: readers marked such a この規則 a slip four times, pub431–pub464)
    assert said(other.replace("1. この規則は、2024年10月1日から施行する。",
                              "1. 就業規則の定める手続による場合は、この規則に定める手続による。")) == []
    assert said(other.replace("1. この規則は、2024年10月1日から施行する。", "1. この規則に定める手続による。")) == [
        ("この規則", "この規程")]
    # but the 附則's 「この規則は、…から施行する」 enacts its own document, whatever other rules it names (an unseen
    # 出張旅費規程 beside its 就業規則, pub19)
    assert said(other) == [("この規則", "この規程")]
    # 本規則 is always the text itself, whatever other rules it names (a company's 特定個人情報取扱規程: 附則
    # 「本規則は2019年4月1日より施行する。」 beside 就業規則)
    assert said(other.replace("この規則は", "本規則は")) == [("本規則", "本規程")]



def test_a_second_set_of_rules_is_held_to_its_own_name():
    """A federation's page carries its 規約 and, after the 規約's 附則, its 「…活動基準」 with articles of its own, which the
    parser reads as a 附則 part. 「本規程により表彰を要すると認められる者」 there is held to the name at the head of that
    part (基準), not to the title's 規約; 「規約第1条の規程に定める」 (規程 misused for 規定) names no other set of rules."""
    page = ("自治会連合会規約\n\n第1条（名称）\nこの会は、自治会連合会と称する。\n\n第2条（委任）\nこの規約に定めるもののほか、"
            "必要な事項は、常任委員会において定める。\n\n附則\nこの規約は、昭和46年3月31日から施行する。\n\n"
            "自治会連合会活動基準\n\n第1条（目的）\nこの基準は、規約第1条の規程に定める事業を円滑に行うために定める。\n\n"
            "第2条（表彰）\n本規程により表彰を要すると認められる者は、常任委員会が表彰する。\n\n"
            "附則\nこの基準は、平成22年4月1日から施行する。\n")
    fs = run_checks(doc_from_text(page, "rules.txt"), ["term-inconsistent"])
    assert [(f.excerpt, f.suggestion) for f in fs] == [("本規程", "本基準")]


def test_a_number_listed_after_an_article_without_its_dai():
    """A public license writes 「著作権法第27条及び28条」 among 第N条 everywhere: the second member of a list of
    articles dropped its 第 (the rule knew 「民法548条」 after a name only). The trust terms so edited."""
    fs = _added(ITRUST, "第5条第4項、第7条第10項、", "第5条第4項、7条第10項、", "convention-deviation")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("5条第4項、7条", "第7条")]
    assert _added(ITRUST, "第5条第4項、第7条第10項、", "第5条第4項、7条件の", "convention-deviation") == []


def test_a_previous_paragraph_cited_in_an_article_of_one_paragraph():
    """A lending service's 第5条 has one paragraph, 「…前項の適用に同意できない場合」 (meant 前条): there is no 前項.
    The first line of an article's only paragraph was not checked (only a first paragraph among several was). The
    reseller terms' one-paragraph 第２４条（存続条項） so edited; 前条 there is right."""
    fs = _added(RESELLER, " 利用期間の満了又は解除により", " 前項の場合のほか、利用期間の満了又は解除により",
                "reference-dangling")
    assert [f.excerpt for f in fs] == ["前項"]
    assert _added(RESELLER, " 利用期間の満了又は解除により", " 前条の場合のほか、利用期間の満了又は解除により",
                  "reference-dangling") == []


def test_a_set_of_rules_written_for_a_provision_after_a_citation():
    """A federation's 活動基準: 「昭島市自治会連合会規約第４条の規程に定める事業」. 規程 names a set of rules (経費精算規程),
    規定 a provision: after a citation (第N条の, 前項の) or as a verb (に規程する) only the provision can be meant. The
    trust terms so edited; the basic terms' own 「その他の規程」 (other sets of rules) stays quiet."""
    fs = _added(ITRUST, "第18条の規定または", "第18条の規程または", "confusable-word")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("規程", "規定")]
    fs = _added(ITRUST, "次項に規定する", "次項に規程する", "confusable-word")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("規程", "規定")]
    # a law's provisions (a company 規程: 「番号法の規程その他」); 方法 ends in 法 and is no law
    fs = _added(ITRUST, "第18条の規定または", "番号法の規程または", "confusable-word")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("規程", "規定")]
    assert _added(ITRUST, "第18条の規定または", "管理方法の規程または", "confusable-word") == []
    basic = RAW / "secure-innovation" / "service-basic-terms.txt"
    assert "その他の規程" in basic.read_text(encoding="utf-8")
    assert [f for f in run_checks(doc_from_text(basic.read_text(encoding="utf-8"), basic.name), ["confusable-word"])
            if "規程" in f.excerpt] == []


def test_an_undefined_contract_that_is_terminated_is_not_the_terms():
    """A course's 受講規約 calls itself 本規約 and writes 「本契約を解除することができます」, 「本契約は終了します」 six
    times without defining 本契約: the contract the terms govern, which needs a definition; 本規約 would read
    「本規約を解除する」. A 本契約 the text treats as the document (「本契約に定める」) is still corrected to its name."""
    fs = [f for f in run_checks(read_document(ITRUST), ["term-inconsistent"]) if f.excerpt == "本契約"]
    assert "本契約が解除された場合" in ITRUST.read_text(encoding="utf-8")
    assert [(f.suggestion, "定義を置いてください" in f.message) for f in fs] == [(None, True)]
    fs = _added(ITRUST, "本約款に定める", "本契約に定める", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("本契約", "本約款")]


def test_a_page_flattened_onto_one_line_cites_no_missing_article():
    """A hotel's 宿泊約款 page renders as one line (「…本約款の適用 第1条 当ホテルの… 第2条 当ホテルは,次の…」): its own
    headings were reported as citations of missing articles (第2条, 第5条). The headings, in sequence after the text of
    the article before, are read as the articles they head (normalize._run_in_article_cuts), and nothing is cited
    missing. The samples' first articles so flattened."""
    doc = read_document(EKYC)
    flat = "宿泊約款 " + " ".join(a.label + " " + " ".join(p.text.replace(chr(10), "") for p in a.paragraphs)
                              for a in doc.articles[:5])
    page = doc_from_text(flat + "\n", "hotel.txt")
    assert [a.number for a in page.articles] == ["1", "2", "3", "4", "5"]
    assert run_checks(page, ["reference-dangling", "reference-content-mismatch"]) == []


def test_survival_missing_quiet_where_nothing_outlives_the_contract():
    """Published terms: 「最低利用期間終了後は、…1か月単位で自動更新されます」 ends a minimum term and renews the
    contract, and 「本契約終了後の制作データは、原則として引渡しを行いません」 says what is not owed after the end.
    Neither is a duty to keep in force; a return owed after termination still is."""
    raw = GMO_SIGN.read_text(encoding="utf-8")
    head = "第１条（本サービスの内容） \n"
    assert raw.count(head) == 1

    def first_article_listed(sentence):
        fs = run_checks(doc_from_text(raw.replace(head, head + sentence + "\n"), GMO_SIGN.name), ["survival-missing"])
        return [f for f in fs if f.article == "1"]
    assert first_article_listed("最低利用期間終了後は、利用者または当社から終了の意思表示がない限り、1か月単位で自動更新されます。") == []
    assert first_article_listed("本契約終了後の制作データ（HTML・画像等）は、原則として引渡しを行いません。") == []
    assert first_article_listed("本契約終了後、利用者は、当社から貸与された機器を直ちに返還するものとします。") != []
    # a fee the cancellation itself makes due (unseen hotel and travel 約款, pub18: 「宿泊契約を解除した場合は…違約金を
    # お支払いいただきます」) has accrued by the end: no survival clause keeps it; a return owed at the end outlives it
    assert first_article_listed("利用者が本契約を解除した場合は、別表に定める違約金をお支払いいただきます。") == []
    assert first_article_listed("利用者が本契約を解除した場合は、貸与された機器を当社に返還するものとします。") != []
    # what the provider does with its own systems at the end is an effect of the end (unseen web terms, pub21:
    # 「利用契約が終了した場合、当社はユーザーIDを無効化し、…データは全て消去するものとします」)
    assert first_article_listed("本契約が終了した場合、当社は利用者のIDを無効化し、蓄積されたデータを消去するものとします。") == []


def test_an_undefined_contract_that_renews_or_stays_in_force_is_not_the_terms():
    """A web agency's 利用規約 (read this session) writes 「本契約は同一条件でさらに1ヶ月間更新され」 and 「本契約が有効に
    存続する間」 without defining 本契約: what renews and stays in force is the contract, and 「本規約は…更新され」
    would change the sense. Asked to be defined, as a terminated one is; 「本契約に定める」 is still the document."""
    for written in ("本契約は同一条件でさらに1ヶ月間更新され", "本契約が有効に存続する間"):
        fs = _added(ITRUST, "本約款に定める", f"{written}、本約款に定める", "term-inconsistent")
        assert [(f.excerpt, f.suggestion) for f in fs if f.excerpt == "本契約"] in ([], [("本契約", None)]), written
        assert not any(f.suggestion == "本約款" for f in fs), written


def test_honkitei_in_terms_that_call_themselves_honkiyaku_is_a_note():
    """Four public terms pages titled 規約 write 「本規定に同意し」「本規定ならびに会社が別に定める…」 for the terms: a note
    with 本規約, not a warning (本規定 may be the provision it stands in). この規定 is a provision: quiet."""
    fs = _added(GMO_SIGN, "本規約の", "本規定の", "term-inconsistent")
    assert [(f.excerpt, f.suggestion, f.severity) for f in fs] == [("本規定", "本規約", "info")]
    assert _added(GMO_SIGN, "本規約の", "この規定の", "term-inconsistent") == []
