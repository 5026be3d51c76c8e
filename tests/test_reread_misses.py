"""What a second reading of the readers' misses taught (pub422–pub438, the published documents the readings of
sessions 39–42 proofread by hand, kept outside the repository): constructs each reader marked and no rule reported.
Each is tested here in text of the same shape written for the test, with the near forms that must stay quiet."""

from conftest import doc_from_text

from pipeline.checks import run_checks


def _findings(text: str, name: str = "doc.txt", rule: str | None = None) -> list:
    return [f for f in run_checks(doc_from_text(text, name)) if rule is None or f.rule == rule]


# ------------------------------------------------------------------ a bracket closed in the other width

_SPONSOR_TERMS = ("# 協賛規約\n\n## 第1条（目的）\n\n- [協賛］ 賞を提供いただく団体、個人など（募集中）\n\n詳しくは"
                  "[募集要項](https://example.jp/guide)（別紙）をご覧ください。\n\n## 第2条（申込み）\n\n"
                  "協賛を希望する者（以下「協賛者」という。）は、所定の方法（電子メール）で申し込むものとします。\n")


def test_a_square_bracket_opened_half_width_and_closed_full_width_is_a_slip():
    """pub425's 「[協賛］」: opened with a half-width [ and closed with a full-width ］, as 「（月額1000円)」 is for the
    round kind; no document means a pair of two widths."""
    said = [(f.excerpt, f.suggestion, f.severity) for f in _findings(_SPONSOR_TERMS, "terms.md", "convention-deviation")]
    assert said == [("[協賛］", "［…］", "warning")]


def test_square_brackets_of_one_width_stay_quiet():
    """A Markdown link's [text] and full-width ［…］ pair in one width each."""
    text = _SPONSOR_TERMS.replace("[協賛］", "［協賛］")
    assert _findings(text, "terms.md", "convention-deviation") == []


# ------------------------------------------------------------------ a list naming one thing twice

def test_an_item_named_twice_before_sonota_is_a_repeat():
    """pub422's 「旅行日程、旅行サービスの内容、旅行サービスの内容その他の契約内容を変更する」: その他 closes the list as
    等 does, so the second copy names nothing new."""
    text = ("第1条（契約内容の変更）\n当社は、天災地変その他の事由が生じた場合は、旅行日程、旅行サービスの内容、"
            "旅行サービスの内容その他の契約内容を変更することがあります。\n")
    said = [f.excerpt for f in _findings(text, rule="duplication")]
    assert len(said) == 1 and "旅行サービスの内容、旅行サービスの内容" in said[0]


def test_a_noun_then_a_phrase_it_opens_is_no_repeat():
    """「定款、定款その他の規程」 would still be a repeat; 「定款、定款の定め」 names another thing (the list goes on with
    a phrase the noun opens), and stays quiet as before."""
    text = "第1条（遵守）\n会員は、法令、定款、定款の定めに基づく規程を遵守するものとします。\n"
    assert _findings(text, rule="duplication") == []


# ------------------------------------------------------------------ a caption on its own line in the other width

def test_a_caption_over_its_article_in_the_other_width_is_a_deviation():
    """pub431's 「(インシデント対応)」 over 第１６条, every other caption set on its own line in full width as laws set
    them: captions are a kind of their own, counted apart from the text's brackets."""
    arts = [("目的", "この規程は、情報システムの利用に関し必要な事項を定める。"),
            ("定義", "この規程において利用者とは、本学の情報システムを利用する者をいう。"),
            ("遵守事項", "利用者は、この規程を遵守しなければならない。"),
            ("利用の制限", "管理者は、必要があると認めるときは、利用を制限することができる。"),
            ("インシデント対応", "利用者は、インシデントを発見した場合は、速やかに報告しなければならない。"),
            ("雑則", "この規程に定めるもののほか、必要な事項は別に定める。")]
    text = "".join(f"{'(' if t == 'インシデント対応' else '（'}{t}{')' if t == 'インシデント対応' else '）'}\n"
                   f"第{i}条　{body}\n" for i, (t, body) in enumerate(arts, 1))
    said = [(f.excerpt, f.suggestion) for f in _findings(text, rule="convention-deviation")]
    assert said == [("(インシデント対応)", "（インシデント対応）")]
