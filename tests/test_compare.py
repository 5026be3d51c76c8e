"""Vendor comparison (issue 7): topic assignment, cross-vendor pairs, key terms, outputs."""

from __future__ import annotations

import json
from itertools import combinations

import pytest
from conftest import RAW

from pipeline.api import read_document
from pipeline.cli import main
from pipeline.compare import compare, load_topics
from pipeline.errors import EXIT_USAGE
from pipeline.reports.compare import comparison_dict, comparison_frames, comparison_html, comparison_markdown

# the five sample agreements, in raw/ (a fresh clone has them): ids are the file stems
FILES = [RAW / "saporis" / "ekyc-terms.txt", RAW / "cybertrust" / "itrust-terms.txt",
         RAW / "gmo-globalsign" / "gmo-sign-reseller-terms.txt", RAW / "saporis" / "gmo-sign-service-terms.txt",
         RAW / "secure-innovation" / "service-basic-terms.txt"]
E, I, G, S, A = "ekyc-terms", "itrust-terms", "gmo-sign-reseller-terms", "gmo-sign-service-terms", \
    "service-basic-terms"

# REVIEWED topic table: written by reading the five sample agreements article by
# article (not from the program's output). Article numbers per document; an empty
# list means the document has no clause on that topic. Judgement calls, as read:
#  - 001 第3条 (サービス提供の範囲等) 第3項 is its terms-change clause; 第5条 (契約期間)
#    第5項 is the customer's way to end the contract (利用停止を通知 → 期間終了).
#  - 002 第18条 (消費者契約に関する免責の特則) caps liability for consumers at one month;
#    on a second reading (after a first pass had it under liability only) it also belongs
#    to the disclaimers: it is the rule that limits how far the disclaimers reach.
#  - 002 第20条 (解除) serves both customer cancellation (いつでも) and provider termination.
#  - 003 第14条 (免責) 第1項 is its only force-majeure clause; 003 第21条 (契約期間)
#    第5項 deletes data on termination, 003 第2条 第8項 makes backup the customer's job; 004 第13条 (サービスの終了) ends it at term expiry.
#  - 002 第5条 (情報管理) 第2項 is the provider's non-disclosure undertaking.
#  - 000 has no cap of its own (it defers to 原約款 第20条), no court, no anti-social clause.
GOLD: dict[str, dict[str, list[str]]] = {
    "liability_limit": {E: [], I: ["15"], G: ["17", "18"], S: ["10"], A: ["25"]},
    "disclaimer": {E: ["14"], I: ["13"], G: ["18"], S: ["14"], A: ["23"]},
    "force_majeure": {E: [], I: ["27"], G: ["15"], S: ["14"], A: ["24"]},
    "anti_social": {E: [], I: ["25"], G: ["22"], S: ["26"], A: ["28"]},
    "governing_law": {E: [], I: ["26"], G: ["27"], S: ["27"], A: ["30"]},
    "confidentiality": {E: [], I: ["21"], G: ["5"], S: ["17"], A: ["21"]},
    "term_renewal": {E: ["8"], I: ["5"], G: ["19"], S: ["21"], A: ["4", "13"]},
    "user_cancellation": {E: ["13"], I: ["5"], G: ["20"], S: ["20"], A: []},
    "provider_termination": {E: [], I: ["18"], G: ["20"], S: ["18"], A: ["7"]},
    "fees": {E: ["9"], I: ["10"], G: ["3"], S: ["3"], A: ["8"]},
    "late_payment": {E: [], I: [], G: [], S: ["4"], A: []},
    "prohibited_acts": {E: [], I: [], G: ["12"], S: ["7"], A: ["11"]},
    "ip": {E: [], I: ["11"], G: [], S: ["8"], A: ["27"]},
    "terms_change": {E: [], I: ["3"], G: ["28"], S: ["6"], A: ["2"]},
    "discontinuation": {E: ["15"], I: [], G: ["23"], S: ["19"], A: ["14"]},
    "survival": {E: ["16"], I: ["28"], G: ["24"], S: [], A: []},
    "assignment": {E: [], I: ["20"], G: ["13"], S: ["9"], A: ["26"]},
    "severability": {E: [], I: ["23"], G: ["26"], S: [], A: ["29"]},
    "data_handling": {E: ["5"], I: ["17"], G: ["11", "21"], S: ["2", "21"], A: []},
}


def _pairs(table: dict[str, dict[str, list[str]]]) -> set[frozenset]:
    out = set()
    for per in table.values():
        for da, db in combinations(sorted(per), 2):
            for a in per[da]:
                for b in per[db]:
                    out.add(frozenset({(da, a), (db, b)}))
    return out


@pytest.fixture(scope="module")
def docs():
    return [read_document(p) for p in FILES]


@pytest.fixture(scope="module")
def comp(docs):
    return compare(docs)


def test_taxonomy_is_complete_and_well_formed():
    topics = load_topics()
    ids = [t.id for t in topics]
    assert len(ids) == len(set(ids))
    for t in topics:
        assert t.label and t.label_en and t.title and t.body and t.bag, t.id
    for tid in GOLD:
        assert tid in ids


def test_pair_precision_and_recall_against_reviewed_table(comp):
    predicted_table = {tid: {d: comp.assignment[tid][d] for d in comp.assignment[tid]} for tid in GOLD}
    gold, pred = _pairs(GOLD), _pairs(predicted_table)
    tp = len(gold & pred)
    precision = tp / len(pred) if pred else 0.0
    recall = tp / len(gold)
    print(f"\npair precision {precision:.3f} ({tp}/{len(pred)}), recall {recall:.3f} ({tp}/{len(gold)})")
    for p in sorted(pred - gold, key=sorted):
        print("  false pair:", sorted(p))
    for p in sorted(gold - pred, key=sorted):
        print("  missed pair:", sorted(p))
    # the pairs the comparison itself reports must agree with its topic table
    reported = {frozenset({(p.a_doc, p.a_article), (p.b_doc, p.b_article)}) for p in comp.pairs
                if set(p.topics) & set(GOLD)}
    assert reported == pred
    assert precision >= 0.9
    assert recall >= 0.9


def test_liability_caps(comp):
    t = comp.terms["liability_limit"]
    assert t[G]["liability_cap"]["months"] == 1
    assert t[S]["liability_cap"]["months"] == 1
    assert t[A]["liability_cap"]["months"] == 6
    assert "過去6ヶ月間" in t[A]["liability_cap"]["text"]
    assert t[I]["liability_cap"]["months"] is None  # capped at the fees of the remaining term, not N months
    assert t[G]["gross_negligence_only"] and t[S]["gross_negligence_only"]
    assert E not in t  # no cap clause of its own


def test_courts_and_governing_law(comp):
    t = comp.terms["governing_law"]
    assert t[I]["courts"] == ["東京地方裁判所"] and t[I]["governing_law"] == "日本法"
    assert t[G]["courts"] == ["東京地方裁判所", "東京簡易裁判所"] and t[G]["exclusive"]
    assert t[S]["courts"] == ["東京地方裁判所", "東京簡易裁判所"] and "governing_law" not in t[S]
    assert t[A]["courts"] == ["東京地方裁判所"] and t[A]["governing_law"] == "日本法"


def test_cancellation_at_any_time(comp):
    t = comp.terms["user_cancellation"]
    assert t[G]["at_any_time"] is True
    # 000 allows it at any time only inside a parenthesised exception: not a general right
    assert t[E]["at_any_time"] is False
    assert t[E]["notice"]["value"] == 2 and t[E]["notice"]["unit"] == "month"
    assert t[E]["earliest_after"] == {"value": 6, "unit": "month"}
    assert t[S]["at_any_time"] is False
    assert "notice" not in t[I]  # its 30 days are the non-renewal notice, reported under the term


def test_term_renewal_late_payment_discontinuation_survival(comp):
    term = comp.terms["term_renewal"]
    assert term[E]["term"]["value"] == 1 and term[E]["term"]["unit"] == "year"
    assert term[E]["auto_renewal"] and term[E]["non_renewal_notice"]["value"] == 1
    assert term[I]["auto_renewal"] and term[I]["non_renewal_notice"] == {**term[I]["non_renewal_notice"], "value": 30, "unit": "day"}
    assert term[S]["term"]["value"] == 1 and term[S]["auto_renewal"] and "minimum_term" in term[S]
    assert comp.terms["late_payment"][S]["annual_rate_percent"] == 14.6
    disc = comp.terms["discontinuation"]
    assert disc[A]["notice"]["value"] == 3 and disc[A]["notice"]["unit"] == "month"
    assert disc[S]["notice"]["value"] == 14 and disc[S]["notice"]["unit"] == "day"
    assert disc[G]["notice"].get("reasonable_period")
    surv = comp.terms["survival"]
    assert surv[I]["survives"] == ["7", "11", "13", "15", "16", "20", "26", "27"]
    assert surv[E]["survives"] == ["14", "15", "17"]
    assert comp.terms["data_handling"][G]["deleted_on_termination"]


def test_json_schema(comp):
    d = comparison_dict(comp)
    assert d["schema"] == "clausediff.compare/1"
    assert [x["id"] for x in d["documents"]] == [E, I, G, S, A]
    byid = {t["id"]: t for t in d["topics"]}
    assert byid["anti_social"]["articles"] == {I: ["25"], G: ["22"], S: ["26"], A: ["28"]}
    assert byid["liability_limit"]["terms"][A]["liability_cap"]["months"] == 6
    p = d["pairs"][0]
    assert set(p) >= {"a_doc", "a_article", "b_doc", "b_article", "score"}
    assert all(x["a_doc"] != x["b_doc"] for x in d["pairs"])
    json.dumps(d, ensure_ascii=False)


def test_html_is_escaped_and_expandable(comp, docs):
    h = comparison_html(comp)
    assert h.startswith("<!DOCTYPE html>") and "<style>" in h and "<script" not in h
    assert "<details" in h and "責任の制限" in h
    assert "過去6ヶ月間に現実に受領した料金の総額" in h  # clause text expands in the cell
    # nothing from the documents reaches the page unescaped
    evil = docs[0]
    old = evil.title
    evil.title = '<script>alert("x")</script>'
    try:
        h2 = comparison_html(compare([evil, docs[1]]))
    finally:
        evil.title = old
    assert "<script>" not in h2 and "&lt;script&gt;" in h2


def test_markdown_and_frames(comp):
    md = comparison_markdown(comp)
    assert md.count("\n| ") >= 15 and "反社会的勢力の排除" in md
    frames = comparison_frames(comp)
    m = frames["matrix"]
    assert list(m.columns)[3:] == [E, I, G, S, A]
    row = m[m.topic == "liability_limit"].iloc[0]
    assert "6か月分" in row[A] and "1か月分" in row[S]


def test_vendor_and_service_names_head_the_columns(docs, comp):
    names = ["株式会社サポリス オンライン本人確認サービス", None, "GMO", "GMO", ""]
    c = compare(docs, names=names)
    # a name two documents share gets its id; no name: the id
    assert [d.name for d in c.documents] == [names[0], I, f"GMO ({G})", f"GMO ({S})", A]
    assert [d.id for d in c.documents] == [E, I, G, S, A]  # the JSON keys do not change
    h = comparison_html(c)
    assert f'<th title="{FILES[0]}">{names[0]}<br>' in h
    assert list(comparison_frames(c)["matrix"].columns)[3:] == [d.name for d in c.documents]
    md = comparison_markdown(c)
    assert f"| トピック | {names[0]} | {I} |" in md
    assert [d.name for d in comp.documents] == [E, I, G, S, A]


def test_cmd_compare_outputs(tmp_path, capsys):
    args = ["compare", *map(str, FILES)]
    assert main([*args, "--format", "xlsx"]) == EXIT_USAGE  # binary, not to the terminal
    assert "needs -o FILE" in capsys.readouterr().err
    out = tmp_path / "c.csv"
    assert main([*args, "--format", "csv", "-o", str(out)]) == 0
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and "反社会的勢力" in raw.decode("utf-8-sig")
    # the columns are the manifest's vendor and service names (raw/manifest.csv is beside the files)
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert "株式会社サポリス オンライン本人確認サービス" in header and "ekyc-terms" not in header
    x = tmp_path / "c.xlsx"
    assert main([*args, "--format", "xlsx", "-o", str(x)]) == 0
    import openpyxl
    wb = openpyxl.load_workbook(x)
    assert {"matrix", "pairs"} <= set(wb.sheetnames)
    assert main([*args, "--format", "json"]) == 0
    d = json.loads(capsys.readouterr().out)
    assert d["schema"] == "clausediff.compare/1"
    assert d["documents"][1]["name"] == "サイバートラスト株式会社 iTrust本人確認サービス"


def test_lemmas_handed_over_spare_the_comparison_all_tagging(docs, comp, monkeypatch):
    """`clausediff run` reads and checks each document in a worker; the worker hands the lemmas of every text the
    comparison reads (known_lemmas) to the parent, which then compares without tagging a line again, and alike."""
    import pipeline.compare as cmp

    known = [cmp.known_lemmas(d) for d in docs]
    load_topics()
    monkeypatch.setattr(cmp, "_LEMMAS", {k: v for k, v in cmp._LEMMAS.items() if k not in set().union(*known)})
    for k in known:
        cmp.learn_lemmas(k)

    def no_tagging(*_):
        raise AssertionError("tagged again in the comparing process")

    monkeypatch.setattr(cmp, "tokenize", no_tagging)
    again = compare(docs)
    assert again.assignment == comp.assignment and again.pairs == comp.pairs
