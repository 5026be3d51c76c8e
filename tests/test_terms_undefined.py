"""term-undefined and the term-inconsistent variants of issue #16: defined terms used in another form, and names
used but never defined.

Hand-marked on published terms and contracts read for issue #16 (third-party text, not shipped): 「本ウェブサイト」
written once or twice in terms that define 「本サービス」 (four sites), 「本サービス」 in terms that define
「本アプリ」, 「開示者」「受領者」 in an NDA of 甲 and 乙 that never defines them, 「機密情報」 in the sentence that
defines 「秘密情報」, 「被開示者」 four times for the defined 「受領者」, and 「個人情報保護管理者」 once for the
「個人情報管理者」 a 規程 sets up and writes five times. The tests write those slips into the real documents of
raw/ and the shared corpus, and read the real slips of the KDDI terms as they are.
"""

from conftest import EXTERNAL, RAW, doc_from_text, findings_added, needs_shared

from pipeline.api import read_document
from pipeline.checks import run_checks
from pipeline.checks.base import context
from pipeline.checks.terms import definiens, definitions
from pipeline.checks.terms_variants import role_element_findings, synonym_findings

EKYC = RAW / "saporis" / "ekyc-terms.txt"  # defines 「本サービス」 and calls itself 本約款
BASIC = RAW / "secure-innovation" / "service-basic-terms.txt"  # defines 「秘密情報」 in 第21条
ITRUST = RAW / "cybertrust" / "itrust-terms.txt"  # defines 「サービス利用責任者」, written five times
KDDI = EXTERNAL / "pdf" / "kddi_used-device-buyback-terms.html"
COMPANIES_ACT = sorted((EXTERNAL / "companies-act").glob("20221001*.md"))
KIYAKU = EXTERNAL / "kiyaku" / "kiyaku_2026.txt"
SITE = "GMO グローバルサイン株式会社がウェブサイト上"


def _undefined(text: str, name: str) -> list:
    return run_checks(doc_from_text(text, name), ["term-undefined"])


# ---------------------------------------------------------------- 本X written, never defined

def test_a_designation_never_defined_beside_a_defined_one():
    fs = findings_added(EKYC, SITE, "GMO グローバルサイン株式会社が本システム上", "term-undefined")
    assert [(f.excerpt, f.severity) for f in fs] == [("本システム", "warning")]
    assert "「本サービス」を定義" in fs[0].message and "定義されていません" in fs[0].message


def test_this_page_and_this_website_need_no_definition():
    """本ページ, and 本ウェブサイト in a site's terms, point at what the reader sees: readers of unseen pages judged a
    warning on 「本ウェブサイト上に公表」 false (no one asks which site is meant), and a note on 「本ページにも改定日を記載し
    ます」 false too."""
    for written in ("本ページ", "本ウェブサイト", "本サイト"):
        assert findings_added(EKYC, SITE, f"GMO グローバルサイン株式会社が{written}上", "term-undefined") == [], written


def test_quiet_on_what_needs_no_definition():
    # the document itself (本約款, 本規約, 本文書), its parts (本条項), the body speaking (当社), the defined term
    # with a word after it (本サービス利用), a noun written with a suffix (本サービス上)
    for written in ("本規約", "本文書", "本条項", "当社", "本サービス利用", "本サービス", "本利用約款"):
        assert findings_added(EKYC, SITE, f"GMO グローバルサイン株式会社が{written}上", "term-undefined") == [], written


def test_quiet_on_a_designation_the_document_writes_often():
    raw = EKYC.read_text(encoding="utf-8")
    assert _undefined(raw, EKYC.name) == []
    often = raw.replace("本サービスの", "本ウェブサイトの", 3)
    assert often.count("本ウェブサイト") == 3
    assert _undefined(often, EKYC.name) == []


@needs_shared(KDDI)
def test_the_undefined_designations_of_published_terms():
    # the terms define 「本サイト」 only; their annexes speak of 本物品 (the device bought), 本サービス and 本システム
    fs = run_checks(read_document(KDDI), ["term-undefined"])
    assert sorted(f.excerpt for f in fs) == ["本サービス", "本システム", "本物品"]
    assert {f.severity for f in fs} == {"warning"}


def test_quiet_on_the_body_or_the_place_speaking():
    # unseen hotel and membership terms (pub18): 「当ホテル従業員」, 「当サイト」 in documents that define designations of
    # their own: 当 points at the writer's own hotel or site, which needs no definition
    for written in ("当ホテル従業員", "当サイト", "当館"):
        assert findings_added(EKYC, SITE, f"GMO グローバルサイン株式会社が{written}上", "term-undefined") == [], written


# ---------------------------------------------------------------- a party's role in a contract of 甲 and 乙

def _contract() -> str:
    """service-basic-terms with its two parties named 甲 (当社) and 乙 (the user), as contracts name them."""
    raw = BASIC.read_text(encoding="utf-8")
    return raw.replace("サービス利用者", "乙").replace("当社", "甲")


def _roles(text: str) -> list:
    return [f for f in _undefined(text, BASIC.name) if "甲" in f.message]


def test_a_role_never_defined_in_a_contract_of_ko_and_otsu():
    text = _contract()
    assert _roles(text) == []
    slip = text.replace("相手方の秘密情報を提供", "開示者の秘密情報を提供", 1)
    fs = _roles(slip)
    assert [(f.excerpt, f.severity) for f in fs] == [("開示者", "warning")]
    assert "甲" in fs[0].message and "乙" in fs[0].message


def test_quiet_on_a_role_set_beside_its_letter_and_outside_such_contracts():
    text = _contract()
    beside = text.replace("相手方の秘密情報を提供", "開示者の秘密情報を提供", 1).replace("甲", "開示者（以下「甲」という。）", 1)
    assert _roles(beside) == []
    # no 甲 and 乙: the user and 当社 are named by their terms, and the role is another matter
    assert findings_added(BASIC, "相手方の秘密情報を提供", "開示者の秘密情報を提供", "term-undefined") == []
    # the assignee of an assignment clause is a third party, not 甲 or 乙 (an unseen 契約書, pub18)
    assert _roles(text.replace("相手方の秘密情報を提供", "譲受人の秘密情報を提供", 1)) == []


# ---------------------------------------------------------------- term-inconsistent: another form of a defined term

def test_a_synonym_inside_a_defined_term():
    fs = findings_added(BASIC, "秘密情報を本約款の目的のみに", "機密情報を本約款の目的のみに", "term-inconsistent")
    assert [(f.excerpt, f.suggestion, f.severity) for f in fs] == [("機密情報", "秘密情報", "warning")]
    assert "第21条" in fs[0].message


def test_quiet_on_the_other_word_and_on_two_things_written_often():
    assert findings_added(BASIC, "秘密情報を本約款の目的のみに", "秘密情報の機密性を保持し、本約款の目的のみに",
                          "term-inconsistent") == []
    raw = BASIC.read_text(encoding="utf-8")
    both = raw.replace("秘密情報を", "機密情報を")  # written as often as the defined form: no slip to point at
    assert both.count("機密情報") >= 4
    doc = doc_from_text(both, BASIC.name)
    ctx = context(doc)
    assert list(synonym_findings(ctx, definitions(ctx), lambda c, d: "", definiens)) == []


def test_a_role_with_an_element_added():
    fs = findings_added(ITRUST, "サービス利用責任者を1名", "サービス利用管理責任者を1名", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("サービス利用管理責任者", "サービス利用責任者")]


def test_quiet_on_another_role_and_on_a_determiner():
    # 利用担当者 is another role, not 利用責任者 with a word changed; 当該サービス利用責任者 points at the person
    for slip in ("サービス利用担当者を1名", "当該サービス利用責任者を1名", "サービス利用責任者等を1名"):
        assert findings_added(ITRUST, "サービス利用責任者を1名", slip, "term-inconsistent") == [], slip


@needs_shared(KIYAKU)
def test_quiet_on_law_and_bylaws():
    # the Companies Act writes 取締役, 代表取締役, 特別取締役 and 当該親会社社員: roles of their own, each defined by
    # the law; the bylaws write 区分所有者 beside 所在等不明区分所有者
    for path in COMPANIES_ACT + [KIYAKU]:
        doc = read_document(path)
        ctx = context(doc)
        defs = definitions(ctx)
        assert list(role_element_findings(ctx, defs)) == [], path.name
        assert list(synonym_findings(ctx, defs, lambda c, d: "", definiens)) == [], path.name
        assert run_checks(doc, ["term-undefined"]) == [], path.name



def test_the_user_defined_as_利用者_and_written_as_ユーザー():
    # web terms define the person who uses the service as one of the two and write the other a few times; the eKYC terms
    # define 「利用者」 (43 uses) and write 「ユーザーＩＤ」, an identifier, which stays quiet
    raw = EKYC.read_text(encoding="utf-8")
    assert "ユーザーＩＤ" in raw
    fs = findings_added(EKYC, "を利用者に対して発行", "をユーザーに対して発行", "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in fs] == [("ユーザー", "利用者")]
    # the other word in the sentence that gives the term defines by it (「ユーザーの皆さま（以下、「利用者」という）」, an
    # unseen web 利用規約 of pub20 written the other way round)
    given = raw.replace("（以下、「利用者」という）", "のうちユーザーの皆さま（以下、「利用者」という）", 1)
    assert given != raw
    assert [f for f in run_checks(doc_from_text(given, EKYC.name), ["term-inconsistent"]) if f.excerpt == "ユーザー"] == []


def test_one_term_defined_twice_for_two_things():
    """The eKYC terms define 「本サービス」 in their preamble as the online identity check; planted in 第3条, 「…決済代行サービス
    （以下、「本サービス」という）」 gives the term a second meaning. The same words defined again (a summary, then the
    body) and definitions scoped to an article or given in another part (laws' 附則: the corpus has many) are no clash."""
    raw = EKYC.read_text(encoding="utf-8")
    head = "第３条（本サービス） \n"
    assert raw.count(head) == 1

    def told(sentence):
        doc = doc_from_text(raw.replace(head, head + sentence + "\n", 1), EKYC.name)
        return [(f.label, f.excerpt) for f in run_checks(doc, ["term-inconsistent"]) if "定義し直されて" in f.message]
    assert told("当社が別途提供する決済代行サービス（以下、「本サービス」という）は、別に定める規約による。") == [("第3条", "本サービス")]
    assert told("当社が提供するオンライン本人確認サービス（以下、「本サービス」という）は、次のとおりとする。") == []
    assert told("当社が別途提供する決済代行サービス（以下この条において「本サービス」という）は、別に定める。") == []
