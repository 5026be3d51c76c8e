"""What the pub247–pub252 readings found on the openings of published pages (energy and utilities, software
licences, ceremonies, real estate and lodging, crowdfunding and donations, schools and lessons), and what earlier
readings left (web pages read as text: kept outside the repository). Each construct is tested here in text of the
same shape written for the test."""

from conftest import doc_from_text
from pipeline.checks import run_checks


def _check(text, rule=None):
    return [f for f in run_checks(doc_from_text(text, "doc.txt")) if rule is None or f.rule == rule]


def _said(text, rule, severities=("error", "warning")):
    return [(f.excerpt, f.suggestion) for f in _check(text, rule) if f.severity in severities]


# ------------------------------------------------------------------ typos


def test_a_noun_and_its_suffix_are_no_kanji_free_to_pair():
    """「病児期」: 病児 is a one-kanji noun and the suffix 児 (園児, 乳児), a formation open to any noun; 児 pairing with
    期 into 時期 would take it from its word. Neither a warning nor a note."""
    text = ("第1条（目的）\n本規程は、病児期または病気回復期であり集団保育の困難な児童を一時的に預かる事業について定める。\n"
            "第2条（対象）\n対象は、市内に住所を有する児童とする。\n")
    assert _said(text, "typo", ("error", "warning", "info")) == []


def test_a_noun_then_mo_nai_is_no_kana_slip():
    """「期間満了30日前までに何らの意思表示もない場合」: も after a noun and ない (no … at all) is grammar, not 表示しない
    with one kana changed."""
    text = ("第1条（期間）\n本契約の期間は1ヶ月単位とする。\n"
            "第2条（更新）\n期間満了30日前までに何らの意思表示もない場合、従前と同一の契約内容で更新されるものとします。\n")
    assert _said(text, "typo") == []


def test_an_event_noun_has_no_passive():
    """「利用契約（以下「本契約」という）が成立されるものとします」: 成立 happens by itself; law writes 成立する (a note of
    legal style). Its causative 成立させる is grammar."""
    text = ("第1条（契約の成立）\n当社が承諾した時点で、申込者の利用契約（以下「本契約」という）が成立されるものとします。\n"
            "第2条（期間）\n本契約は、期間が満了された日に終了します。\n第3条（合意）\n当事者は、合意により契約を成立させることができる。\n")
    assert _said(text, "legal-style", ("info",)) == [("成立される", "成立する"), ("満了された", "満了した")]


# ------------------------------------------------------------------ spaces


def test_a_representatives_name_on_a_numbered_line_keeps_its_space():
    """「(4)代表者 福岡 ふさえ」 in a company's particulars: a surname, a space, a given name in hiragana after the title."""
    text = ("第1条（事業者）\n事業者の表示は次のとおりとする。\n(1)名称 株式会社福岡不動産\n(2)所在地 京都市中京区\n"
            "(3)電話 075-841-1782\n(4)代表者 福岡 ふさえ\n")
    assert _said(text, "stray-space", ("error", "warning", "info")) == []


# ------------------------------------------------------------------ structure


def test_old_form_counters_head_articles_and_cite_them():
    """A shrine's rules of old forms (「第一條　この神社は、…といふ。」, 第一號): 條 and 號 are the counters 条 and 号, so the
    articles are read, a citation of a missing article is told, and the old form itself is never reported."""
    text = ("（名称）\n第一條　この神社は、宗教法人法による宗教法人であつて、「秋葉神社」といふ。\n"
            "（事務所）\n第二條　この神社の事務所は、新潟縣新津市秋葉三丁目八番十九號に置く。\n"
            "（目的）\n第三條　この神社は、第二條の事務所において祭祀を行ふことを目的とする。\n"
            "（公告）\n第四條　この神社の公告は、第五條に定める掲示場に掲示して行ふ。\n")
    doc = doc_from_text(text)
    assert [a.label for a in doc.articles] == ["第一条", "第二条", "第三条", "第四条"]
    assert doc.source.text[doc.articles[0].span[0]:].startswith("（名称）\n第一條")  # the source keeps its old forms
    findings = run_checks(doc)
    assert [f.excerpt for f in findings if f.rule == "reference-dangling"] == ["第五条"]
    assert not [f for f in findings if f.severity in ("error", "warning") and f.rule != "reference-dangling"]
