"""What the readings of session 36 found on published rules (pub347–pub352: cemeteries, grant guidelines, examination
rules, internal company regulations, allotment gardens, public housing), read as text and kept outside the repository.
Each construct is tested here in text of the same shape written for the test."""

from conftest import findings_in_text, said_in_text

_said = said_in_text


# ------------------------------------------------------------------ この規定 for the document itself

_TRAVEL = ("旅費規程\n\n（目的）\n第1条 この規定は、役職員が出張する場合の旅費の支給について定め、経費の適正な支出を図ることを"
           "目的とする。\n\n（旅費の種類）\n第2条 出張には、交通費及び宿泊料を支給する。\n\n（規定の改廃）\n"
           "第3条 この規定の改廃は、理事会の議決により行う。\n\n附 則\nこの規程は、平成3年10月1日から施行する。\n")


def test_kitei_for_the_rules_that_state_their_purpose_or_are_amended():
    """In a 規程 whose 附則 says この規程: 「この規定は、…を目的とする」 and 「第3条 この規定の改廃は」 name the whole set of
    rules (the article's own label opening the line is no provision cited before it)."""
    assert _said(_TRAVEL, "term-inconsistent") == [("この規定", "この規程"), ("この規定", "この規程")]


def test_kitei_after_a_provision_cited_in_the_sentence_is_quiet():
    text = _TRAVEL.replace("第3条 この規定の改廃は", "第3条 前条の規定にかかわらず、この規定の改廃は")
    assert _said(text, "term-inconsistent") == [("この規定", "この規程")]


_HOUSING = ("町営住宅管理人規則\n\n（趣旨）\n第1条 この規則は、町営住宅の管理人に関し必要な事項を定めるものとする。\n"
            "（職務）\n第2条 管理人は、入居者との連絡に当たる。\n"
            "（委任）\n第3条 この規定に定めるものの外、必要な事項は町長が別に定める。\n")


def test_kitei_in_the_closing_article_that_leaves_the_rest_to_another():
    """「この規定に定めるものの外、必要な事項は…別に定める」 in a 規則: the whole set of rules, この規則."""
    assert _said(_HOUSING, "term-inconsistent") == [("この規定", "この規則")]


def test_kitei_of_one_provision_in_a_kisoku_is_quiet():
    text = _HOUSING.replace("この規定に定めるものの外、必要な事項は町長が別に定める。",
                            "前条の職務は、この規定に従って行う。")
    assert _said(text, "term-inconsistent") == []


# ------------------------------------------------------------------ a joining conjunction after 。

def test_a_conjunction_that_joins_within_a_sentence_cannot_open_one():
    text = ("第1条（使用の取消し）\n次の場合は、使用の許可を取り消す。\n(1) 相続人のいない者。若しくは、管理料を滞納した者\n"
            "(2) 危険物を留置したとき。及び、通路をふさいだとき\n")
    assert [s for _, s in _said(text, "grammar-slip")] == ["、", "、"]


def test_a_sentence_may_open_on_matawa_or_oyobu():
    text = ("第1条（試験）\n合格すると合格画面が表示されます。または合格証が郵送されます。\n"
            "第2条（効力）\n本規約の効力は、会員の全てに及ぶ。及ぶ範囲は、本条に定める。\n")
    assert _said(text, "grammar-slip") == []


# ------------------------------------------------------------------ a date that lost its 月

def test_a_day_of_the_year_written_without_its_month():
    text = "第1条（報告）\n研究グループは、毎年1025日までに研究計画を提出する。\n"
    assert _said(text, "date-invalid") == [("毎年1025日", "10月25日")]


def test_a_count_of_days_in_a_year_is_quiet():
    text = ("第1条（休日）\n会社は、毎年120日以上の休日を与える。\n"
            "第2条（報告）\n毎年1399日までに報告する。\n")
    assert _said(text, "date-invalid") == []


# ------------------------------------------------------------------ words of the data files

def test_homophone_and_lookalike_slips_of_legal_words():
    text = ("第1条（使用者）\n次の者は、使用者となることができない。\n(1) 未成年者、非保佐人又は成年非後見人\n"
            "第2条（旅費）\n出張には、次の定める旅費を支給する。公共交通期間は普通席とする。\n"
            "第3条（責任）\n使用者は、同伴者の行為の責任は追うものとする。\n"
            "第4条（抽選）\n申込みが区画の数を越えたときは、抽選とする。\n"
            "第5条（遵守）\n使用者は、規則に従わなければならなりません。\n")
    fixes = {s for _, s in _said(text, "confusable-word")}
    assert fixes == {"被保佐人", "被後見人", "次に定める", "公共交通機関", "負", "超え", "なりません"}


def test_the_right_words_beside_them_are_quiet():
    text = ("第1条（使用者）\n成年被後見人及び被保佐人は、使用者となることができない。\n"
            "第2条（旅費）\n出張には、次に定める旅費を支給する。公共交通機関を利用する期間は普通席とする。\n"
            "第3条（責任）\n当社は、使用者の責任を追及することができる。\n"
            "第4条（通行）\n車両は、区画の境界を越えて通行してはならない。\n")
    assert _said(text, "confusable-word") == []


def test_junshu_written_two_ways_is_a_notation_note():
    text = "第1条（遵守）\n使用者は、規則を遵守する。\n第2条（保全）\n使用者は、農園の保全を順守する。\n"
    assert [(f.excerpt, f.severity) for f in findings_in_text(text, "notation-variance")] == [("順守", "info")]
