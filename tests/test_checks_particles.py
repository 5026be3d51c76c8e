"""Dropped and wrong particles (grammar-slip, pipeline/checks/particles.py) and the data entries for the same slips
(context_confusables, legal_style, redundant_expressions). Each slip was marked by hand in a published agreement or
bylaws (third-party text, not shipped); here it is planted in the same form into the real documents of raw/ and
../shared, and the published correction, and the grammatical sentences nearest to the slip, stay quiet. Law text
(three versions of the Companies Act and the e-Gov texts) must give none of them.
"""

import pytest
from conftest import EXTERNAL, RAW, findings_added, needs_shared

from pipeline.api import read_document
from pipeline.checks import run_checks

ITRUST = RAW / "cybertrust" / "itrust-terms.txt"
GMO_SIGN = RAW / "saporis" / "gmo-sign-service-terms.txt"
BASIC = RAW / "secure-innovation" / "service-basic-terms.txt"
KIYAKU = EXTERNAL / "kiyaku" / "kiyaku_2022.txt"
LAW = sorted((EXTERNAL / "companies-act").glob("*.md")) + sorted((EXTERNAL / "egov-xml").glob("*.txt"))


def _said(fs):
    return [(f.excerpt, f.suggestion, f.severity) for f in fs]


def _planted(path, anchor, sentence, rule="grammar-slip"):
    """The findings of ``rule`` that ``sentence``, written after ``anchor`` in a real document, adds to it."""
    return findings_added(path, anchor, anchor + sentence, rule)


# ------------------------------------------------------------------ the quotative と


def test_quotative_to_dropped_before_a_verb_of_judging():
    # 「その変更が利用者にとって大きな影響がある考えられる場合」 (published terms)
    fs = findings_added(BASIC, "困難であると判断した場合", "困難である判断した場合", "grammar-slip")
    assert _said(fs) == [("ある判断し", "あると判断し", "warning")]
    assert "「と」が抜けています" in fs[0].message


@needs_shared(KIYAKU)
def test_quotative_to_dropped_before_a_verb():
    fs = findings_added(KIYAKU, "不正があると認めるときは", "不正がある認めるときは", "grammar-slip")
    assert _said(fs) == [("ある認める", "あると認める", "warning")]
    fs = findings_added(KIYAKU, "不正があると認めるときは", "不正がある考えられるときは", "grammar-slip")
    assert _said(fs) == [("ある考え", "あると考え", "warning")]
    # MeCab reads a kana みなさ as 皆 + さ: the verb is still found
    fs = findings_added(KIYAKU, "不正があると認めるときは", "不正が終了するみなされるときは", "grammar-slip")
    assert _said(fs) == [("するみなさ", "するとみなさ", "warning")]


@needs_shared(KIYAKU)
def test_quotative_quiet_where_a_noun_or_a_particle_stands_between():
    # a noun that the predicate modifies (ある考え方, 違反した事実を認める, 支援したい思い), と in place, を before the verb
    for written in ("不正があると認めるときは", "不正がある考え方によるときは", "不正を行った事実を認めるときは",
                    "不正の調査を支援したい思いがあるときは", "不正があったことを認めるときは",
                    "不正がある判断をしたときは", "不正があったものとみなされるときは"):
        assert findings_added(KIYAKU, "不正があると認めるときは", written, "grammar-slip") == [], written


# ------------------------------------------------------------------ いかなる … も


def test_ikanaru_without_mo_before_a_negative():
    # 「利用者または第三者が被ったいかなる損害または不利益について、理由を問わず一切の責任を負わないものとします」
    # (published terms; the same template in a second published text with 「いかなる不利益、損害について」)
    published = "当社は、利用者が被ったいかなる損害または不利益について、理由を問わず一切の責任を負わないものとします。"
    fs = _planted(GMO_SIGN, "ことができるものとします。", published)
    assert _said(fs) == [("いかなる損害または不利益について", "いかなる損害または不利益についても", "warning")]
    # 「いかなる不利益や損害に対し、一切の責任を負わない」 (published terms): the compound particle takes its て
    fs = _planted(GMO_SIGN, "ことができるものとします。", "当社は、いかなる不利益や損害に対し、一切の責任を負いません。")
    assert _said(fs) == [("いかなる不利益や損害に対し", "いかなる不利益や損害に対しても", "warning")]
    # を and が give way to も: いかなる権利も取得しない
    fs = findings_added(ITRUST, "いかなる権利をも取得する", "いかなる権利を取得する", "grammar-slip")
    assert _said(fs) == [("いかなる権利を", "いかなる権利も", "warning")]


@pytest.mark.parametrize("sentence", [
    "当社は、利用者が被ったいかなる損害または不利益についても、一切の責任を負わないものとします。",
    "当社は、いかなる場合にも責任を負いません。",
    "当社は、いかなる理由があっても返金しません。",
    "当社は、いかなる方法によるかを問わず、複製を認めません。",
    "当社は、いかなる形態を問わず、複製を認めません。",
    "当社は、いかなる事由によるときも責任を負いません。",
    "当社は、いかなる措置を講じたかを報告しなければなりません。",
    "当社は、いかなる種類の損害であれ責任を負いません。",
    "当社は、いかなる事由による損害を賠償します。",
])
def test_ikanaru_quiet_with_mo_a_question_or_a_concession(sentence):
    assert _planted(GMO_SIGN, "ことができるものとします。", sentence) == [], sentence


def test_ikanaru_in_the_published_list_of_damages_stays_quiet():
    # 「…により発生するいかなる損害」 as the items of a list of damages excluded: no particle, no slip
    assert [f for f in run_checks(read_document(ITRUST), ["grammar-slip"]) if "いかなる" in f.excerpt] == []


# ------------------------------------------------------------------ 廃棄に、又は消去し; 負うと同様


def test_verbal_noun_with_ni_paired_with_a_verb():
    # 「確実且つ速やかに廃棄に、又は消去しなければならない」 (a published 規程)
    fs = findings_added(ITRUST, "秘密情報を廃棄するものとする", "秘密情報を廃棄に、又は消去するものとする", "grammar-slip")
    assert _said(fs) == [("廃棄に", "廃棄し", "warning")]
    # a recipient or a medium with に is no verb: 書面に、又は電磁的記録に; 本人に、又は代理人
    for written in ("秘密情報を廃棄し、又は消去するものとする", "秘密情報を書面に、又は電磁的記録に記録するものとする",
                    "秘密情報を本人に、又は代理人に返還するものとする", "秘密情報を継続的に又は反復して利用するものとする"):
        assert findings_added(ITRUST, "秘密情報を廃棄するものとする", written, "grammar-slip") == [], written


def test_finished_predicate_before_to_douyou_needs_no():
    # 「本契約に基づき、乙が負うと同様の義務を再委託先に負わせる」 (a published 業務委託契約)
    fs = _planted(GMO_SIGN, "ことができるものとします。", "再委託先には、本サービス利用者が負うと同様の義務を負わせます。")
    assert _said(fs) == [("負うと", "負うのと", "warning")]
    for sentence in ("再委託先には、本サービス利用者が負うのと同様の義務を負わせます。",
                     "再委託先には、本規約と同様の義務を負わせます。", "再委託先は、通知を受けると同時に作業を止めます。"):
        assert _planted(GMO_SIGN, "ことができるものとします。", sentence) == [], sentence


# ------------------------------------------------------------------ data entries


def test_next_item_without_kaku_before_izureka():
    # 「ただし、次の号いずれかに該当する場合は」 (a published 規程): いずれか picks among 各号
    fs = findings_added(GMO_SIGN, "次の各号のいずれかに該当する場合", "次の号いずれかに該当する場合", "confusable-word")
    assert _said(fs) == [("号", "各号の", "warning")]
    fs = findings_added(GMO_SIGN, "次の各号のいずれかに該当する場合", "次の号のいずれかに該当する場合", "confusable-word")
    assert _said(fs) == [("号の", "各号の", "warning")]
    assert findings_added(GMO_SIGN, "次の各号のいずれかに該当する場合", "次の号に該当する場合", "confusable-word") == []


def test_style_notes_for_tariru_wo_dekiru_and_ate_he():
    # 「廃棄および削除を実施すれば足る」, 「告知せずに価格変更をできるものとする」, 「乙宛への連絡」 (published texts)
    fs = findings_added(ITRUST, "秘密情報を廃棄するものとする", "秘密情報を廃棄すれば足る", "legal-style")
    assert _said(fs) == [("足る", "足りる", "info")]
    fs = findings_added(ITRUST, "秘密情報を廃棄するものとする", "秘密情報の廃棄をできるものとする", "legal-style")
    assert _said(fs) == [("をでき", "をすることができ", "info")]
    fs = findings_added(GMO_SIGN, "本サービス利用者への通知", "本サービス利用者宛への通知", "redundant-expression")
    assert _said(fs) == [("宛への", "への", "info")]
    # 足る before a noun is how law still writes it (遂行するに足る能力); 足りる stays quiet
    for written in ("秘密情報を廃棄すれば足りる", "秘密情報を廃棄するに足る理由がある"):
        assert findings_added(ITRUST, "秘密情報を廃棄するものとする", written, "legal-style") == [], written


@pytest.mark.parametrize("path", LAW, ids=lambda p: p.name[:40])
def test_law_text_gives_no_grammar_slip(path):
    doc = read_document(path)
    assert run_checks(doc, ["grammar-slip"]) == []
    new_notes = ("各号の", "足りる", "をすることができ", "への", "とき", "ほか", "こと")
    assert [f for f in run_checks(doc, ["confusable-word", "legal-style", "redundant-expression"])
            if f.suggestion in new_notes] == []


def test_koto_ga_dekiru_with_a_kana_dropped_and_suru_written_twice():
    # 「契約の目的を達成することできないとき」, 「改訂することがきます」, 「…を目的とするして、設立された」 (published terms
    # and 会則), 「…かどうかを判断するします」 (published terms of service)
    anchor = "ことができるものとします。"
    for slip, said in (("解除することできるものとします。", ("ことできる", "ことができる")),
                       ("解除することがきます。", ("ことがき", "ことができ")),
                       ("解除を目的とするして、通知するものとします。", ("するし", "し"))):
        fs = findings_added(GMO_SIGN, anchor, slip, "grammar-slip")
        assert [(f.excerpt, f.suggestion) for f in fs] == [said], slip
    # 「異議申し立てを行うものができるものとします」 (unseen server terms, pub20): もの for こと
    fs = findings_added(GMO_SIGN, anchor, "解除を行うものができるものとします。", "grammar-slip")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("もの", "こと")]
    # することができる, するしかない, ことがきっかけ, a thing made (新しいものができる): grammar, no slip
    for written in ("解除することができるものとします。", "解除するしかないものとします。", "解除することがきっかけとなるものとします。",
                    "新しいものができるものとします。"):
        assert findings_added(GMO_SIGN, anchor, written, "grammar-slip") == [], written


def test_style_notes_for_toki_and_hoka_after_a_predicate():
    # 「同意の意思表示をした時は」, 「番号法に準じる他、」 (a published 定款 and 規程): law writes ときは and ほか in kana
    fs = findings_added(GMO_SIGN, "次の各号のいずれかに該当する場合", "次の各号のいずれかに該当した時は", "legal-style")
    assert _said(fs) == [("時", "とき", "info")]
    fs = _planted(GMO_SIGN, "ことができるものとします。", "本規約に定める他、当社は通知します。", "legal-style")
    assert _said(fs) == [("他", "ほか", "info")]
    # a point of time (該当した時から) and 他 meaning other (定める他の事項) are written so in law too
    assert findings_added(GMO_SIGN, "次の各号のいずれかに該当する場合", "次の各号のいずれかに該当した時から",
                          "legal-style") == []
    assert _planted(GMO_SIGN, "ことができるものとします。", "本規約に定める他の事項を通知します。", "legal-style") == []


def test_style_note_for_the_formal_noun_koto():
    # 「行う事とする」, 「申し出る事ができる」 (a published 規程); 事業, 事項 and 義務のない事 (law's own) stay quiet
    fs = findings_added(GMO_SIGN, "次の各号のいずれかに該当する場合", "次の各号のいずれかに該当する事がある場合", "legal-style")
    assert _said(fs) == [("事", "こと", "info")]
    for written in ("次の各号のいずれかに該当する事業の場合", "次の各号に定める事項に該当する場合", "義務のない事を行わせる場合"):
        assert findings_added(GMO_SIGN, "次の各号のいずれかに該当する場合", written, "legal-style") == [], written


def test_two_objects_before_one_verbal_noun():
    # 「当社は、本サービスを提供を中止することがあります」-like slips (unseen terms, pub18): the first を is an の of the
    # verbal noun after it
    anchor = "サービスの提供を中止"
    for slip, said in (("サービスを提供を中止", ("サービスを提供を", "サービスの提供を")),
                       ("サービスを利用を中止", ("サービスを利用を", "サービスの利用を"))):
        fs = findings_added(BASIC, anchor, slip, "grammar-slip")
        assert [(f.excerpt, f.suggestion) for f in fs] == [said], slip
    # an object of its own verb (期間を定めて), a compound particle (書面をもって), a consent obtained on the way
    # (事項を許可を受けないで, 航空法's wording), a comma between: grammar
    # a noun whose を goes to the light verb する names the act too (「入会を申し込みをした」, an unseen 会員規約, pub21)
    fs = findings_added(BASIC, anchor, "サービスへ入会を申し込みをして提供を中止", "grammar-slip")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("入会を申し込みを", "入会の申し込みを")]
    for written in ("サービスを期間を定めて中止", "サービスを書面をもって中止", "サービスを承認を得て中止",
                    "サービスを、提供を中止",
                    # する opening a relative clause: the first を waits for the verb after it (the Companies Act's
                    # 「反対する旨を当該行為をする株式会社に対し通知したとき」)
                    "反対する旨を当該行為をする者に通知してサービスの提供を中止"):
        assert findings_added(BASIC, anchor, written, "grammar-slip") == [], written


def test_predicates_joined_by_oyobi():
    # 「明らかに合理的ではない及び経済的ではない経路」 (an unseen 出張旅費規程, pub19): 及び joins nouns, not predicates
    anchor = "サービスの提供を中止"
    fs = findings_added(BASIC, anchor, "明らかに合理的ではない及び経済的ではないサービスの提供を中止", "grammar-slip")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("ない及び", "かつ")]
    # nouns, a clause's 連用形 after a comma, a predicate's noun: grammar
    for written in ("甲及び乙はサービスの提供を中止", "取得し、及び利用するサービスの提供を中止", "取得した個人情報及びサービスの提供を中止"):
        assert findings_added(BASIC, anchor, written, "grammar-slip") == [], written


def test_no_before_a_verbal_noun_made_potential():
    # 「…期間の自動更新の終了できる。」 (an unseen 業務委託基本契約書, pub21): を終了できる; a relative clause's の is its subject
    anchor = "サービスの提供を中止"
    fs = findings_added(BASIC, anchor, "契約の更新の終了できる。サービスの提供を中止", "grammar-slip")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("の終了", "を終了")]
    assert findings_added(BASIC, anchor, "会員の利用できるサービスの提供を中止", "grammar-slip") == []
