"""Each document check, on small realistic snippets parsed through the real pipeline.

For every rule: it fires on the defect (with the location and suggestion a
reviewer needs), and stays quiet on correct text that looks like the defect.
"""

import json
import re

import pytest
from conftest import RAW, ROOT, SAMPLES, doc_from_text

from pipeline.tokens import tokenize
from pipeline.checks import (RULES, SCHEMA, context, findings_json, findings_markdown, findings_table,
                             load_tsv, notation_groups, run_checks)

RULE_IDS = {
    "duration-malformed", "period-conflict", "reference-dangling", "reference-title-mismatch", "survival-missing",
    "survival-omission", "numbering-duplicate", "numbering-gap", "numbering-order", "doubled-particle",
    "redundant-expression", "confusable-word", "name-variant", "bracket-unbalanced", "stray-space",
    "term-inconsistent", "notation-variance", "duplication", "typo", "item-list", "convention-deviation", "reference-content-mismatch",
    "reference-shifted", "sentence-unterminated", "heading-duplicate", "heading-untitled", "heading-mismatch", "grammar-slip", "legal-style", "article-empty",
    "template-placeholder", "markup-broken", "name-obsolete", "term-undefined", "date-invalid", "toc-mismatch", "rule-failed",
}


def check(text: str, rule: str):
    doc = doc_from_text(text)
    return doc, run_checks(doc, [rule])


def terms(*articles: str, title: str = "サンプルサービス利用規約") -> str:
    """A small agreement: a title, a preamble defining 本規約/当社/本サービス, then the articles."""
    pre = (f"{title}\n株式会社サンプル（以下「当社」といいます。）は、当社が提供するサンプルサービス（以下「本サービス」といいます。）"
           f"の利用条件を、この規約（以下「本規約」といいます。）に定めます。\n")
    arts = list(articles)
    if len(arts) == 1:  # the parser reads 第N条 headings as articles once there are two of them
        n = int(re.match(r"第(\d+)条", arts[0]).group(1))
        arts.append(f"第{n + 1}条（協議）\n本規約に定めのない事項は、当社と利用者が誠実に協議して定める。")
    return pre + "\n".join(arts) + "\n"


# ------------------------------------------------------------------ registry and rendering


def test_registry_has_every_rule_id_with_a_valid_severity():
    assert set(RULES) == RULE_IDS
    for rid, r in RULES.items():
        assert r.id == rid
        assert r.severity in ("error", "warning", "info")
        assert r.title and r.title_en


def test_unknown_rule_is_an_error():
    doc = doc_from_text(terms("第1条（目的）\n本規約は、本サービスの利用条件を定める。"))
    with pytest.raises(ValueError):
        run_checks(doc, ["no-such-rule"])


def test_findings_are_sorted_and_located_and_render_in_all_three_formats():
    text = terms(
        "第1条（目的）\n本規約は、本サービスの利用条件を定めるものとする。",
        "第2条（契約期間）\n1．利用契約の有効期間は、利用開始日から1年月間とする。\n2．当社は、第5条に定めるところにより通知する。",
    )
    doc = doc_from_text(text)
    fs = run_checks(doc)
    assert [f.span for f in fs] == sorted(f.span for f in fs)
    rules = {f.rule for f in fs}
    assert {"duration-malformed", "reference-dangling"} <= rules
    dur = next(f for f in fs if f.rule == "duration-malformed")
    assert (dur.article, dur.paragraph, dur.excerpt) == ("2", 1, "1年月間")
    data = findings_json([(doc, fs)])
    assert data["schema"] == SCHEMA == "clausediff.findings/1"
    assert data["documents"][0]["findings"]["error"] == sum(1 for f in fs if f.severity == "error")
    keys = {"rule", "severity", "article", "paragraph", "item", "excerpt", "message", "message_en", "suggestion",
            "span", "document"}
    for d in data["findings"]:
        assert keys <= set(d)
        s, e = d["span"]
        assert doc.source.text[s:e].replace(" ", "") .startswith(d["excerpt"][:2].replace(" ", ""))
    json.dumps(data, ensure_ascii=False)
    md = findings_markdown([(doc, fs)])
    assert "| 重大度 |" in md and "`duration-malformed`" in md and "第2条第1項" in md
    table = findings_table([(doc, fs)])
    assert "duration-malformed" in table and "1年月間" in table


def test_line_tokens_are_memoized_and_offsets_point_into_the_text():
    doc = doc_from_text(terms("第1条（目的）\n本規約は、当社にに対して適用される。"))
    ctx = context(doc)
    pos = doc.norm.text.index("当社")
    assert context(doc) is ctx and ctx.line_tokens(pos) is ctx.line_tokens(pos + 3)
    seen = 0
    for p in range(len(doc.norm.text)):
        t = ctx.token_at(p)
        if t is not None:
            assert doc.norm.text[t.start:t.end] == t.surface and t.start <= p < t.end
            seen += 1
    assert seen > 20 and ctx.token_at(pos).surface == "当社"


def test_fast_tokenizer_offsets_on_a_whole_sample():
    text = SAMPLES["itrust"].read_text(encoding="utf-8")
    for t in tokenize(text):
        assert text[t.start:t.end] == t.surface


# ------------------------------------------------------------------ data files


def test_notation_variants_file_is_a_plain_list_of_groups():
    raw = json.loads((ROOT / "pipeline" / "data" / "notation_variants.json").read_text(encoding="utf-8"))
    assert isinstance(raw["groups"], list)
    seen = set()
    for g in raw["groups"]:
        assert isinstance(g, list) and len(g) >= 2 and all(isinstance(v, str) and v for v in g)
        assert not (set(g) & seen), g
        seen |= set(g)
    for must in (["及び", "および"], ["又は", "または"], ["漏えい", "漏洩"], ["お客様", "お客さま"]):
        assert any(set(must) <= set(g) for g in notation_groups())


def test_confusables_only_pair_a_wrong_word_with_a_different_right_one():
    rows = load_tsv("confusables.tsv")
    wrongs = [r[0] for r in rows]
    assert len(wrongs) == len(set(wrongs))
    for r in rows:
        assert len(r) >= 3 and r[0] != r[1] and r[2], r
    assert ("減失", "滅失") in {(r[0], r[1]) for r in rows}
    # pairs of two valid words must not be listed
    for valid in ("規定", "規程", "遵守", "順守", "保証", "保障"):
        assert valid not in wrongs


def test_data_files_are_package_data():
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    for pattern in ('"data/*.json"', '"data/*.json.gz"', '"data/*.tsv"'):
        assert pattern in pyproject
    for name in ("confusables.tsv", "notation_variants.json", "redundant_expressions.tsv", "law_model.json.gz"):
        assert (ROOT / "pipeline" / "data" / name).is_file()


# ------------------------------------------------------------------ duration-malformed


@pytest.mark.parametrize("written, expected", [
    ("1年月間", {"1年間", "1か月間"}),
    ("6ヶ月月", {"6ヶ月"}),
    ("3 ヶ月月", {"3ヶ月"}),
    ("3日日", {"3日"}),
    ("一年月間", {"一年間", "一か月間"}),
])
def test_duration_malformed_fires_and_suggests_the_intended_forms(written, expected):
    doc, fs = check(terms(f"第1条（契約期間）\n利用契約の有効期間は、利用開始日から{written}とし、以後も同様とする。"),
                    "duration-malformed")
    assert len(fs) == 1
    assert set(fs[0].suggestion.split(" / ")) == expected
    assert fs[0].severity == "error" and fs[0].article == "1"


def test_duration_malformed_quiet_on_wellformed_periods_dates_and_compounds():
    text = terms(
        "第1条（契約期間）\n利用契約の有効期間は、2024年4月1日から1年間とし、契約期間満了の30日前までに通知する。",
        "第2条（料金）\n月額料金は毎月25日までに支払う。3か月月額料金相当額、6か月間、2週間、24時間、5営業日、12ヶ月を限度とする。",
        "第3条（届出）\n統一年月日の記載、生年月日その他の事項を届け出る。",
    )
    assert check(text, "duration-malformed")[1] == []


def test_duration_malformed_quiet_on_a_date_left_blank():
    # an NDA template: 「本契約は、2025年　　月　　日から効力を生ずる。」 (normalization takes the blanks out)
    text = terms("第1条（効力）\n本契約は、2025年　　月　　日から効力を生ずる。締結日：2025年　月　日")
    assert check(text, "duration-malformed")[1] == []
    # the same units with nothing between them in the source still collide
    filled = terms("第1条（期間）\n本契約の有効期間は1年月間とする。")
    assert [f.rule for f in check(filled, "duration-malformed")[1]] == ["duration-malformed"]


# ------------------------------------------------------------------ period-conflict


def test_period_conflict_on_the_notice_before_the_end_of_the_term():
    text = terms(
        "第1条（契約期間）\n1．利用契約の有効期間は、利用開始日から1年間とする。\n"
        "2．有効期間の末日の1か月前までに更新を拒絶する通知がない限り、利用契約は同一条件で更新される。",
        "第2条（解約）\n利用者は、契約期間の満了日の2か月前までに当社に通知することにより、利用契約を解約できる。",
    )
    doc, fs = check(text, "period-conflict")
    assert len(fs) == 1
    f = fs[0]
    assert f.article == "2" and "1か月前" in f.message and "2か月前" in f.message and f.severity == "warning"


def test_period_conflict_between_body_and_annex_contract_term():
    text = terms(
        "第1条（契約期間）\n利用契約の有効期間は、利用開始日から1年間とする。",
        "第2条（協議）\n本規約に定めのない事項は協議する。",
    ) + "別紙 サービスの内容\nサービス名 契約期間\nサンプルプラン\n6ヶ月（自動更新）\n"
    doc, fs = check(text, "period-conflict")
    assert len(fs) == 1 and fs[0].article is None and "1年間" in fs[0].message and "6ヶ月" in fs[0].message


def test_period_conflict_quiet_when_equal_after_normalization_or_for_different_acts():
    text = terms(
        "第1条（契約期間）\n1．利用契約の有効期間は、利用開始日から1年間とする。\n"
        "2．契約期間満了の1ヶ月前までに解約の申出がない限り、自動更新する。",
        "第2条（解約）\n利用者は、有効期間の末日の一か月前までに当社に通知することにより、更新を拒絶できる。",
        "第3条（総会）\n1．会議を開く日の2週間前までに招集の通知をする。\n2．会議を開く日の1か月前までに説明会を開催する。",
        "第4条（更新拒絶）\n1．当社は、契約期間満了の3か月前までに通知することにより、更新を拒絶できる。"
        "\n2．利用者は、契約期間満了の1か月前までに通知することにより、本契約を解約できる。",
    ) + "別紙 サービスの内容\n12ヶ月（自動更新）\n"
    assert check(text, "period-conflict")[1] == []


def test_period_conflict_quiet_on_a_cap_and_on_a_case_of_its_own():
    """A published staffing contract: 「本契約の契約期間は、契約締結日から3年間とする。…労働者が特定技能1号に該当する
    場合、契約期間は、最大5年間とする。」 The cap across renewals and the term of one case are no second statement of
    the term (the sentence was reported as conflicting with itself). A term stated twice still is."""
    cap = terms("第1条（契約期間）\n本契約の契約期間は、契約締結日から3年間とする。但し、期間満了の2か月前までに申し出がない限り、"
                "本契約は1年間更新し、以後も同様とする。労働者が特定技能1号に該当する場合、契約期間は、最大5年間とする。",
                "第2条（協議）\n本契約に定めのない事項は協議する。")
    assert check(cap, "period-conflict")[1] == []
    stated_twice = cap.replace("第2条（協議）\n本契約に定めのない事項は協議する。", "第2条（期間）\n本契約の契約期間は、5年間とする。")
    assert [f.excerpt for f in check(stated_twice, "period-conflict")[1]] == ["5年間"]


# ------------------------------------------------------------------ references


def test_reference_dangling_article_paragraph_item_and_relative():
    text = terms(
        "第1条（定義）\n本規約において、次の各号の用語の意味は当該各号に定めるとおりとする。\n(1)利用者\n(2)利用料金\n(3)利用契約",
        "第2条（利用料金）\n1．利用者は、第1条第4号に定める利用料金を支払う。\n2．当社は、第5条の規定により、前項の料金を変更できる。"
        "\n3．第2条第5項の場合も同様とする。",
    )
    doc, fs = check(text, "reference-dangling")
    got = sorted((f.article, f.paragraph, f.excerpt) for f in fs)
    assert got == [("2", 1, "第1条第4号"), ("2", 2, "第5条"), ("2", 3, "第2条第5項")]
    assert all(f.severity == "error" for f in fs)
    assert "第3号まで" in next(f for f in fs if f.excerpt == "第1条第4号").message


def test_reference_dangling_previous_article_in_the_first_article():
    doc, fs = check(terms("第1条（準用）\n前条の規定は、本サービスについて準用する。", "第2条（協議）\n当社は誠実に協議する。"),
                    "reference-dangling")
    assert len(fs) == 1 and "前条" in fs[0].message


def test_reference_dangling_quiet_on_external_and_existing_references():
    text = terms(
        "第1条（定義）\n本規約における用語は、民法第548条の2、法第17条第1項第1号、施行規則第29条第1項及び"
        "「暴力団員による不当な行為の防止等に関する法律」第9条の例による。原約款第30条も同様とする。",
        "第2条（料金）\n1．料金は別に定める。\n2．前項の料金は、第1条に基づき算定する。",
        "第3条（準用）\n第2条第2項及び本条の規定は、同条第1項の場合に準用する。",
    )
    assert check(text, "reference-dangling")[1] == []


def test_reference_dangling_reads_this_articles_paragraphs_listed_after_another_article():
    # the sentence of a condominium's bylaws (pub131 condo.md, its 第64条第3項): 「本条第１項及び第２項」 after 第５７条
    # in one list are this article's paragraphs, not 第５７条's (which has one)
    cited = "第５７条（第６１条第５項において準用される場合を含む。）、本条第１項及び第２項並びに第５６条第２項"
    text = terms(
        "第56条（議事録の作成、保管等）\n議長は、議事録を作成する。\n２　理事長は、議事録を保管する。",
        "第57条（書面による決議）\n組合員全員の承諾があるときは、書面による決議をすることができる。",
        "第61条（理事会の会議及び議事）\n理事会の会議は、理事の半数以上が出席しなければ開くことができない。"
        "\n２　議事は、出席理事の過半数で決する。\n３　理事長は、議事録を作成する。\n４　議事録は保管する。"
        "\n５　第57条の規定は、理事会の決議について準用する。",
        "第64条（帳票類等の作成、保管）\n理事長は、会計帳簿を作成して保管する。\n２　理事長は、長期修繕計画書を保管する。"
        f"\n３　理事長は、{cited}の規定により閲覧の対象とされる情報については、書面を交付することができる。",
    )
    assert check(text, "reference-dangling")[1] == []


def test_reference_dangling_reads_an_article_that_is_only_a_list_as_its_paragraphs():
    """ekyc 第16条 cites 「第１５条（本サービスの廃止）第２項」. Terms often number such an article's paragraphs
    （1）（2）, which the parser keeps for items: an article that is nothing but that list (no sentence before it)
    has the paragraphs a reader counts, so that citation points at the second entry."""
    raw = SAMPLES["ekyc"].read_text(encoding="utf-8")
    listed = raw.replace("１．当社は、業務上の都合により", "(1) 当社は、業務上の都合により", 1).replace(
        "２．第２０条（損害賠償）の定めにかかわらず", "(2) 第２０条（損害賠償）の定めにかかわらず", 1)
    assert listed.count("(1) 当社は、業務上") == 1 and listed.count("(2) 第２０条") == 1
    doc = doc_from_text(listed, "ekyc-terms.txt")
    art = next(a for a in doc.articles if a.number == "15")
    assert [p.number for p in art.paragraphs] == [None] and [it.label for it in art.paragraphs[0].items] == ["(1)", "(2)"]
    found = [(f.label, f.excerpt) for f in run_checks(doc, ["reference-dangling"])]
    # the sample's own dangling citation (第２０条 does not exist) is still reported, and nothing else there
    assert [x for x in found if x[0].startswith(("第15条", "第16条"))] == [("第15条(2)", "第20条（損害賠償）")], found


def test_reference_title_mismatch_warning_and_okurigana_info():
    text = terms(
        "第1条（免責事項）\n当社は一切の責任を負わない。",
        "第2条（料金及び支払方法）\n料金は別に定める。",
        "第3条（存続条項）\n利用契約が終了した場合でも、第1条（免責次項）及び第2条（料金及び支払い方法）の規定はなお有効とする。",
    )
    doc, fs = check(text, "reference-title-mismatch")
    by = {f.excerpt: f for f in fs}
    assert set(by) == {"第1条（免責次項）", "第2条（料金及び支払い方法）"}
    assert by["第1条（免責次項）"].severity == "warning" and by["第1条（免責次項）"].suggestion == "第1条（免責事項）"
    assert by["第2条（料金及び支払い方法）"].severity == "info"


def test_reference_title_mismatch_quiet_on_exact_titles_and_parentheticals():
    text = terms(
        "第1条（招集手続）\n理事長が招集する。",
        "第2条（準用）\n第1条（招集手続）及び第1条（第3項を除く。）の規定を準用する。第1条( 招集手続 )も同じ。",
    )
    assert check(text, "reference-title-mismatch")[1] == []


# ------------------------------------------------------------------ survival


_CONFIDENTIAL = "第2条（秘密保持）\n利用者は、本規約の終了後も、当社の秘密情報を第三者に開示してはならない。"


def test_survival_missing_when_an_article_applies_after_termination():
    doc, fs = check(terms("第1条（目的）\n本規約は、本サービスの利用条件を定める。", _CONFIDENTIAL,
                          "第3条（協議）\n当社と利用者は誠実に協議する。"), "survival-missing")
    assert len(fs) == 1 and fs[0].article == "2" and "第2条" in fs[0].message


def test_survival_omission_names_the_left_out_article_at_the_survival_clause():
    text = terms("第1条（目的）\n本規約は、本サービスの利用条件を定める。", _CONFIDENTIAL,
                 "第3条（免責）\n当社は一切の責任を負わない。",
                 "第4条（存続条項）\n本規約が終了した場合でも、第3条及び本条の規定はなお効力を有する。")
    doc, fs = check(text, "survival-omission")
    assert len(fs) == 1 and fs[0].article == "4" and "第2条" in fs[0].message
    assert check(text, "survival-missing")[1] == []


def test_survival_quiet_when_listed_or_when_nothing_survives():
    listed = terms("第1条（目的）\n本規約は、本サービスの利用条件を定める。", _CONFIDENTIAL,
                   "第3条（存続条項）\n本規約が終了した場合でも、第2条及び本条の規定はなお効力を有する。")
    assert check(listed, "survival-omission")[1] == [] and check(listed, "survival-missing")[1] == []
    measures = terms("第1条（目的）\n本規約は、本サービスの利用条件を定める。", _CONFIDENTIAL,
                     "第3条（契約終了後の措置）\n利用者は、第1条に定める目的の範囲で、本規約の終了後、速やかにデータを返還する。")
    fs = check(measures, "survival-missing")[1]  # an article about what happens after termination is no survival clause
    assert len(fs) == 1 and "第2条" in fs[0].message and "第3条" in fs[0].message
    nothing = terms("第1条（目的）\n本規約は、本サービスの利用条件を定める。",
                    "第2条（役員）\n役員の任期満了後も、後任者が就任するまでその職務を行う。")
    assert check(nothing, "survival-missing")[1] == []


# ------------------------------------------------------------------ numbering


def test_numbering_duplicate_gap_and_order_for_articles_paragraphs_and_items():
    text = terms(
        "第1条（目的）\n本規約は利用条件を定める。",
        "第2条（解除）\n1．利用者はいつでも解除できる。\n2．当社は通知により解除できる。\n2．当社は次の場合に解除できる。\n3．前項の場合も同様とする。",
        "第4条（禁止事項）\n利用者は次の行為をしてはならない。\n(1)法令違反\n(2)公序良俗違反\n(2)第三者の権利侵害\n(4)その他",
        "第3条（協議）\n当社は誠実に協議する。",
    )
    doc = doc_from_text(text)
    fs = run_checks(doc, ["numbering-duplicate", "numbering-gap", "numbering-order"])
    got = [(f.rule, f.article, f.paragraph, f.item) for f in fs]
    assert ("numbering-duplicate", "2", 2, None) in got  # 2．2．
    assert ("numbering-duplicate", "4", None, "(2)") in got
    assert ("numbering-gap", "4", None, None) in got  # 第3条 missing before 第4条
    assert ("numbering-gap", "4", None, "(4)") in got  # (3) missing
    assert ("numbering-order", "3", None, None) in got  # 第3条 after 第4条
    assert len(got) == 5
    assert {f.severity for f in fs if f.rule == "numbering-duplicate"} == {"error"}


def test_numbering_quiet_on_branches_intro_sentences_and_separate_parts():
    text = terms(
        "第1条（定義）\n本規約の用語の定義は、以下各項のとおりとする。\n1．「利用者」とは、本サービスを利用する者をいう。"
        "\n2．「料金」とは、利用の対価をいう。",
        "第2条（業務）\n管理組合は次の業務を行う。\n一　清掃\n二　点検\n三　修繕\n三の二　防火管理\n四　その他",
        "第2条の2（暴力団員の排除）\n区分所有者は暴力団員に貸与してはならない。",
        "第3条（協議）\n誠実に協議する。",
    ) + "附則\n第1条（施行期日）\n本規約は、2024年4月1日から施行する。\n第2条（経過措置）\n従前の例による。\n"
    doc = doc_from_text(text)
    assert run_checks(doc, ["numbering-duplicate", "numbering-gap", "numbering-order"]) == []


# ------------------------------------------------------------------ wording


def test_doubled_particle_fires_with_a_fix():
    doc, fs = check(terms("第1条（届出）\n利用者は、当社にに対して遅滞なく届け出るものとする。"), "doubled-particle")
    assert len(fs) == 1 and fs[0].excerpt.startswith("当社にに") and fs[0].suggestion.startswith("当社に対")


def test_doubled_particle_quiet_on_legitimate_repeats():
    text = terms("第1条（目的）\nここに定めるもののほか、ものの引渡しのことと同様に、利用者ははは申し出る。"
                 .replace("利用者ははは申し出る", "利用者は申し出る"),
                 "第2条（範囲）\nまだだれにも知られていないものものしい情報をいう。")
    assert check(text, "doubled-particle")[1] == []


def test_redundant_expression_from_the_data_file():
    text = terms("第1条（解約）\n契約期間の末日の2か月前迄までに、まず最初に当社へ連絡する。費用は約3か月程度とする。")
    doc, fs = check(text, "redundant-expression")
    got = {f.excerpt: f for f in fs}
    assert set(got) == {"迄まで", "まず最初に", "約3か月程度"}
    assert got["迄まで"].severity == "warning" and got["迄まで"].suggestion == "まで"
    assert got["約3か月程度"].suggestion == "約3か月"


def test_a_sentence_end_written_twice():
    # a matching service's terms: 「回線料金…を負担するものとするものとし、当社に対し一切請求できない」
    text = terms("第1条（費用）\n利用者は、回線料金を負担するものとするものとし、当社に対し一切請求できないものとする。",
                 "第2条（届出）\n利用者は、住所を変更したときは、当社に届け出るものとするものとする。")
    fs = check(text, "redundant-expression")[1]
    assert [(f.excerpt, f.suggestion, f.severity) for f in fs] == [
        ("ものとするものとし", "ものとし", "warning"), ("ものとするものとする", "ものとする", "warning")]
    # each once is law's set sentence end
    once = terms("第1条（費用）\n利用者は、回線料金を負担するものとし、当社に対し一切請求できないものとする。")
    assert check(once, "redundant-expression")[1] == []


def test_redundant_expression_quiet_inside_words():
    text = terms("第1条（契約）\n契約3か月程度の期間、最初に当社へ連絡し、必要な措置をとる。")
    assert check(text, "redundant-expression")[1] == []


def test_a_rule_adapted_for_a_rule_applied():
    # a shop's terms: 「本規約は…当サイトの利用における一切に適応され」
    fs = check(terms("第1条（適用）\n本規約は、本サービスの利用に関する一切の関係に適応されるものとする。"), "confusable-word")[1]
    assert [(f.excerpt, f.suggestion) for f in fs] == [("適応され", "適用され")]
    assert check(terms("第1条（適用）\n利用者は、環境の変化に適応するよう努める。"), "confusable-word")[1] == []


def test_striving_written_as_serving():
    # an NDA in a repository and a basic contract: 「機密保持に務める」「双方合意に務める」; 議長を務める is the other word
    fs = check(terms("第1条（秘密保持）\n甲及び乙は、機密保持に務めるものとする。議長は、理事長が務める。理事は、議長を務める。"),
               "confusable-word")[1]
    assert [(f.excerpt, f.suggestion) for f in fs] == [("に務め", "に努め")]


def test_toori_after_a_noun_is_voiced():
    # a basic contract: 「当該知的財産権は従前とおりユーザに帰属する」; 次のとおり, 定めるとおり are right
    fs = check(terms("第1条（権利）\n知的財産権は従前とおり甲に帰属する。料金は次のとおりとし、別に定めるとおり支払う。"),
               "confusable-word")[1]
    assert [(f.excerpt, f.suggestion, f.severity) for f in fs] == [("とおり", "どおり", "warning")]


def test_confusable_word_from_the_curated_list():
    text = terms("第1条（管理）\n利用者は、貸出機器類が減失した場合、次の各号に揚げる措置をとり、当社の電機通信設備に異常があれば"
                 "意義の申し立てをする。")
    doc, fs = check(text, "confusable-word")
    assert sorted(f.suggestion for f in fs) == ["掲げる", "滅失", "異議の申", "電気通信"]
    assert all(f.severity == "error" for f in fs)


def test_confusable_word_quiet_on_correct_and_excepted_words():
    text = terms("第1条（管理）\n利用者は、貸出機器類が滅失した場合、次の各号に掲げる措置をとり、"
                 "当社は設備を引き揚げる。本規約の意義を確認し、意外な事態にも備え、司法機関の判断に従う。")
    assert check(text, "confusable-word")[1] == []


# ------------------------------------------------------------------ names


def test_name_variant_one_letter_off_a_frequent_brand():
    body = "、".join(["GMOサインの利用"] * 4)
    text = terms(f"第1条（利用）\n{body}については、DMOサインの利用約款を適用する。")
    doc, fs = check(text, "name-variant")
    assert len(fs) == 1 and fs[0].excerpt == "DMOサイン" and fs[0].suggestion == "GMOサイン"


def test_name_variant_quiet_on_ordinary_words_and_notation():
    text = terms("第1条（設備）\n本サービスは、サーバー、サーバー、サーバー、サーバを用いる。利用者、利用者、利用者及び使用者は、"
                 "サービス、サービス、サービス、サーブの内容を確認する。インターフェース、インターフェース、インターフェース、"
                 "インタフェースを用いる。")
    assert check(text, "name-variant")[1] == []


# ------------------------------------------------------------------ brackets


def test_bracket_unbalanced_unclosed_and_mismatched():
    text = terms(
        "第1条（オプション）\nオプション（「文書保管オプション」、「追加オプション（10GB)）、「画像添付オプション」）を提供する。",
        "第2条（設置）\n設置することはできない［指定された場所に設置する室外機は除く〕。",
    )
    doc, fs = check(text, "bracket-unbalanced")
    assert sorted(f.article for f in fs) == ["1", "2"]
    assert "［" in next(f for f in fs if f.article == "2").message


def test_bracket_unbalanced_quiet_on_labels_wrapped_lines_and_quoted_fragments():
    text = terms(
        "第1条（定義）\n用語の意味は次のとおりとする。\n(1)「利用者」（個人を含む。）\n(2)「料金」（税抜）",
        "第2条（手順）\n手順は、a) 申込み、b) 審査、1) 承諾の順とする。現状有姿（as is）で提供する。",
        "第3条（準用）\n前条の規定を準用する。この場合において、「取締役（」とあるのは「清算人（」と読み替えるものとする。",
        # a government's model terms cite their 1) … 7) headings as a range
        "第4条（利用）\nどなたでも以下の１) ～７) に従って、自由に利用できます。a)からc)までの規定も同様とする。",
    )
    assert check(text, "bracket-unbalanced")[1] == []
    # a parenthesis left open beside such a range is still reported
    unclosed = terms("第1条（利用）\nどなたでも以下の１) ～７)（ただし書を除く。に従って、自由に利用できます。")
    assert [f.rule for f in check(unclosed, "bracket-unbalanced")[1]] == ["bracket-unbalanced"]


def test_bracket_unbalanced_quiet_on_a_label_cited_after_its_article_and_on_ex():
    # an NPO's 会員規約 cites its 「１）」 items as 「第４条１）と同等の手続き」; a form's hint writes 「例)東京都」
    text = terms("第1条（会員）\n１）正会員\n２）学生会員\n", "第2条（更新）\n第1条１）と同等の手続き、または第1条２）に定める手続きによる。例)東京都")
    assert check(text, "bracket-unbalanced")[1] == []
    # a closing bracket after an article's number that closes nothing is still one
    stray = terms("第1条（会員）\n１）正会員\n", "第2条（更新）\n第1条１）。")
    assert [f.rule for f in check(stray, "bracket-unbalanced")[1]] == ["bracket-unbalanced"]


# ------------------------------------------------------------------ stray-space


def test_stray_space_in_the_original_text():
    text = terms("第1条（決議）\n区分所有者は、マンシ ョン敷地売却決 議の後、理事長が認めるときは、 遅滞なく理事会に 出席する。",
                 "第2条（参照）\n第１ ５条の規定を準用する。")
    doc, fs = check(text, "stray-space")
    assert len(fs) == 5
    # typed in a text file, a space inside a word (マンシ ョン, 決 議の: one kanji and its particle, the last of a word
    # with the kanji before it) is a warning; between two words (理事会に 出席) or after a comma a note
    assert [f.excerpt for f in fs if f.severity == "warning"] == ["、マンシ ョン敷地", "地売却決 議の後、"]
    assert any("マンシ ョン" in f.excerpt for f in fs) and any("決 議" in f.excerpt for f in fs)
    assert any("条番号" in f.message for f in fs)
    for f in fs:  # the span, mapped to the original, covers the space
        s, e = doc.source_span(f.span)
        assert " " in doc.source.text[s:e]


def test_stray_space_quiet_next_to_latin_digits_labels_and_letter_spacing():
    text = terms("第 5 条（サービス）\n１． GMO サインの ID 等は、第 5 条に定める。\n２． 二 電気室 対象物件に電気を供給する。",
                 "第6条（参照）\nが 定 め る 「 AATL 証 明 書 サ ー ビ ス 利 用 約 款",
                 "第7条（空白）\n全角の空白は　意図的に入れたものである。")
    assert check(text, "stray-space")[1] == []


# ------------------------------------------------------------------ terms


def test_term_inconsistent_self_name_and_near_miss_of_a_defined_term():
    text = terms(
        "第1条（料金）\n本サービスの利用料金（以下「本料金」といいます。）は別に定める。",
        "第2条（停止）\n当社は、利用者が本利用料金の支払を怠ったとき、本契約を解除できる。",
        "第3条（変更）\n当社は本約款を変更できる。",
    )
    doc, fs = check(text, "term-inconsistent")
    by = {f.excerpt: f for f in fs}
    assert set(by) == {"本利用料金", "本契約", "本約款"}
    assert by["本利用料金"].suggestion == "本料金"
    # 本契約を解除できる: the contract the terms govern, undefined; 「本規約を解除できる」 would be no fix
    assert by["本契約"].suggestion is None and "定義を置いてください" in by["本契約"].message


def test_term_inconsistent_quiet_on_longer_terms_and_ordinary_words():
    long_name = "サンプル利用規約\n本利用規約（以下「本規約」といいます。）は、サンプルサービスの利用条件を定める。\n"
    assert check(long_name + "第1条（目的）\n本規約は利用条件を定める。\n第2条（協議）\n誠実に協議する。\n",
                 "term-inconsistent")[1] == []
    text = terms(
        "第1条（期間）\n本サービスの利用期間（以下「本サービス利用期間」といいます。）は1年間とする。",
        "第2条（確認）\n当社は本人確認を行い、本サービス利用期間中、本規約及び本規約に基づく本サービスを提供する。本日より基本料金を適用する。",
    )
    assert check(text, "term-inconsistent")[1] == []


# ------------------------------------------------------------------ notation-variance


def test_notation_variance_counts_each_spelling():
    text = terms("第1条（定義）\n当社及び利用者は、法令及び本規約並びに契約及び細則を遵守し、当社および第三者の権利を守る。")
    doc, fs = check(text, "notation-variance")
    assert len(fs) == 1
    f = fs[0]
    assert f.excerpt == "および" and "「及び」3回" in f.message and "「および」1回" in f.message
    assert f.suggestion == "「及び」に統一" and f.severity == "info"


def test_notation_variance_quiet_on_compounds_and_other_parts_of_speech():
    text = terms("第1条（利用の申込み）\n申込書を提出して申込みを行う。申込者は、手続開始後に所定の手続きをとる。"
                 "損害が第三者に及び、当社及び利用者が協議する。")
    assert check(text, "notation-variance")[1] == []


# ------------------------------------------------------------------ robustness

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_PIECES = ["第1条（目的）", "第2条", "第2条の2（特則）", "第3条（存続条項）", "附則", "別紙1 料金表", "1．", "2．", "(1)", "(2)", "①", "一　",
           "イ ", "本規約", "本約款", "本契約", "本料金", "（以下「本料金」という。）", "第5条第2項第3号", "前条", "前項", "同条第2項",
           "法第3条", "「", "」", "（", "）", "［", "〕", "1年月間", "3ヶ月月", "1か月前までに解約", "契約期間は1年間とする",
           "終了後も", "なお効力を有する", "にに", "迄まで", "減失", "GMOサイン", "DMOサイン", " ", "　", "\n", "、", "。",
           "及び", "および", "マンシ ョン", "第１ ５条", "ａｂｃ", "12345", "https://example.com/a", "以上"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=60))
def test_checks_never_fail_and_spans_stay_in_the_text(pieces):
    text = "".join(pieces)
    if not text.strip():
        return
    doc = doc_from_text(text)
    fs = run_checks(doc)
    n = len(doc.norm.text)
    assert [f.span for f in fs] == sorted(f.span for f in fs)
    for f in fs:
        assert 0 <= f.span[0] <= f.span[1] <= n
        assert f.rule in RULE_IDS and f.severity in ("error", "warning", "info") and f.message and f.message_en
        d = f.to_dict(doc)
        assert 0 <= d["span"][0] <= d["span"][1] <= len(doc.source.text)


def test_reference_dangling_counts_the_unnumbered_paragraphs_of_a_web_page_by_their_lines():
    """Terms published as web pages often write each paragraph as a <p> without a number and cite the second as
    第N条第2項. ekyc 第15条 with its labels １．２． dropped has two unnumbered paragraphs: 第16条's 「第１５条（本サービス
    の廃止）第２項」 points at the second, and a 第3項 still points nowhere (the message counts two)."""
    raw = SAMPLES["ekyc"].read_text(encoding="utf-8")
    unnumbered = raw.replace("１．当社は、業務上の都合により", "当社は、業務上の都合により", 1).replace(
        "２．第２０条（損害賠償）の定めにかかわらず", "第２０条（損害賠償）の定めにかかわらず", 1)
    doc = doc_from_text(unnumbered, "ekyc-terms.txt")
    art = next(a for a in doc.articles if a.number == "15")
    assert [p.number for p in art.paragraphs] == [None] and not art.paragraphs[0].items
    found = [(f.label, f.excerpt) for f in run_checks(doc, ["reference-dangling"])]
    assert [x for x in found if x[0].startswith("第16条")] == []
    third = doc_from_text(unnumbered.replace("５条（本サービスの廃止）第２項", "５条（本サービスの廃止）第３項", 1), "ekyc-terms.txt")
    messages = [f.message for f in run_checks(third, ["reference-dangling"]) if f.label.startswith("第16条")]
    assert len(messages) == 1 and "第2項まで" in messages[0]


def test_one_misnumbered_article_is_the_one_told():
    """An unseen 就業規則 (pub20) runs 第36条, 第45条, 第38条 … 第44条, 第45条: one heading is wrong (37 written 45), and each
    of the seven articles after it was told it "comes after 第45条". The articles in order are the longest increasing
    run of their numbers; only the one outside it is told, with the number its place leaves (planted so into a sample:
    its 第5条 headed 第15条, then 第40条)."""
    raw = (RAW / "secure-innovation" / "service-basic-terms.txt").read_text(encoding="utf-8")
    head = "第5条（サービスの利用条件等）"
    assert raw.count(head) == 1

    def told(number):
        doc = doc_from_text(raw.replace(head, f"第{number}条（サービスの利用条件等）"), "terms.txt")
        return [(f.rule, f.label, f.suggestion) for f in run_checks(doc, ["numbering-order", "numbering-duplicate",
                                                                          "numbering-gap"])]
    assert told(15) == [("numbering-duplicate", "第15条", "第5条")]
    assert told(40) == [("numbering-order", "第40条", "第5条")]


def test_a_bare_item_number_in_a_paragraph_without_items_cites_the_articles_items():
    """「第１項の休暇は、第１号、第２号…の場合は有給とする」 (an unseen 就業規則, pub20): a bare 第N号 in a paragraph with
    no items of its own names the items of the paragraph the sentence is about; eight false errors 「第38条第3項には号が
    ありません」. Planted into a sample's 第7条 (第1項 lists eleven items), the citation is found; 第20号 is not."""
    raw = (RAW / "secure-innovation" / "service-basic-terms.txt").read_text(encoding="utf-8")
    lead = "2．サービス利用者は前項の当社の措置について、"
    assert raw.count(lead) == 1

    def dangling(cite):
        doc = doc_from_text(raw.replace(lead, f"2．サービス利用者は、{cite}の場合を除き、前項の当社の措置について、"), "t.txt")
        return [f.excerpt for f in run_checks(doc, ["reference-dangling"]) if f.article == "7"]
    assert dangling("第3号") == []
    assert dangling("第20号") == ["第20号"]


def test_items_announced_where_paragraphs_follow():
    """「総会は次の各号に定める方法で運営されなければならない。」 then 「一項」「二項」「三項」 (an unseen 会則, pub20): no item
    follows, the article's paragraphs do. Planted at the end of a sample's 第3条第1項 (four paragraphs follow); the same
    words before another sentence, or in an article's last paragraph, say nothing of what follows."""
    raw = (RAW / "cybertrust" / "itrust-terms.txt").read_text(encoding="utf-8")
    end = "本約款に従い本サービスを利用することができるものとする。"
    assert raw.count(end) == 1

    def told(tail):
        doc = doc_from_text(raw.replace(end, end + tail, 1), "terms.txt")
        return [(f.article, f.suggestion) for f in run_checks(doc, ["reference-dangling"]) if f.suggestion == "次の各項"]
    assert told("詳細は次の各号に定めるとおりとする。") == [("3", "次の各項")]
    assert told("詳細は次の各号に定めるとおりとする。ただし、当社が別に定める場合はこの限りでない。") == []


def test_dojo_with_no_article_before_it():
    """「同条第3項に伴い、…」 opening a paragraph of an article that names no article before it (unseen web terms,
    pub21): 同条 points back at nothing. Planted at the start of a sample's 第13条; after a 第N条 or 前条 it points back
    at that one."""
    raw = (RAW / "secure-innovation" / "service-basic-terms.txt").read_text(encoding="utf-8")
    lead = "当社サービスの利用契約は、サービス利用者と当社との合意により"
    assert raw.count(lead) == 1

    def dangling(prefix):
        doc = doc_from_text(raw.replace(lead, prefix + lead, 1), "terms.txt")
        return [f.excerpt for f in run_checks(doc, ["reference-dangling"]) if f.article == "13"]
    assert dangling("同条第2項の場合を除き、") == ["同条第2項"]
    assert dangling("第12条及び同条第2項の場合を除き、") == []
