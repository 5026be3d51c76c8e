"""reference-content-mismatch on citations left one off (an article removed or inserted, the citation not
renumbered): real documents with one real citation shifted by one, the way bench_checks_planted.py plants
cite-shift. Each case was missed before the next-door comparison; the quiet cases are real citations (or
real text cited rightly) that the comparison must leave alone.
"""

import pytest
from conftest import EXTERNAL, RAW, SAMPLES, findings_added, needs_shared

KIYAKU = EXTERNAL / "kiyaku"
GYOSEI_TETSUZUKI = EXTERNAL / "egov-xml" / "405AC0000000088_20240401_504AC0100000052.txt"
RULE = "reference-content-mismatch"


def shifted(path, written, slip):
    """(the citation as found, the suggestion) for each finding the slip adds."""
    return [(f.excerpt.split("に")[0], f.suggestion) for f in findings_added(path, written, slip, RULE)]


@needs_shared(KIYAKU)
@pytest.mark.parametrize("year, written, slip, suggestion", [
    # 第38条（理事長）, 第39条（副理事長）: the cited article speaks of 理事長 but is not about it, the one
    # next door is titled by it (副理事長 does not name 理事長: the key is inside a longer word)
    (2022, "理事長（第38条に定める理事長", "理事長（第39条に定める理事長", "第38条"),
    # 第51条（理事会）, 第52条（招集）
    (2026, "理事会（第51条に定める理事会", "理事会（第52条に定める理事会", "第51条"),
    # 第66条（義務違反者に対する措置） says nothing of 勧告; 第67条（理事長の勧告及び指示等） names it before 及び
    (2025, "第67条第１項に定める勧告", "第66条第１項に定める勧告", "第67条第1項"),
])
def test_citation_one_off_next_to_the_article_about_it(year, written, slip, suggestion):
    cited = slip[slip.index("第"):slip.index("に")].replace("１", "1")
    assert shifted(KIYAKU / f"kiyaku_{year}.txt", written, slip) == [(cited, suggestion)]


@needs_shared(KIYAKU)
def test_citation_one_off_suggests_the_article_titled_with_the_term_and_its_tou():
    # 「第24条に定める管理費等」: 第25条 is titled 管理費等 and defines it; 第27条（管理費および全体利用施設維持費）
    # also names 管理費, but the title that is the cited term (with its 等) is the one meant
    assert shifted(KIYAKU / "kiyaku_2022.txt", "第25条に定める管理費等", "第24条に定める管理費等") == [
        ("第24条", "第25条")]


def test_citation_one_off_by_the_same_paragraph_next_door():
    # itrust 第5条第2項 sets the 最低利用期間; 第6条（当社の役割および義務） never speaks of it. The trailing 内
    # (within the period) is not part of the term.
    fs = findings_added(SAMPLES["itrust"], "本約款第5条第2項に定める", "本約款第6条第2項に定める", RULE)
    assert [(f.excerpt[:6], f.suggestion) for f in fs] == [("第6条第2項", "第5条第2項")]


@needs_shared(GYOSEI_TETSUZUKI)
def test_citation_one_off_in_law_text():
    # 行政手続法 第20条（聴聞の期日における審理の方式） cited for 陳述書; 第21条 is 陳述書等の提出
    assert shifted(GYOSEI_TETSUZUKI, "第二十一条第一項に規定する陳述書", "第二十条第一項に規定する陳述書") == [
        ("第二十条第一項", "第21条第1項")]


@needs_shared(KIYAKU)
def test_citation_of_the_article_about_what_follows_the_term_stays_quiet():
    # 「第52条に定める理事会の招集」 cites 第52条（招集） for the 招集 of the 理事会: right, although 第51条 is
    # titled 理事会. Written into a real item list of 第48条 (議決事項) in place of another citation.
    assert shifted(KIYAKU / "kiyaku_2026.txt", "第42条第４項に定める臨時総会の招集", "第52条に定める理事会の招集") == []


@needs_shared(KIYAKU)
def test_citation_of_the_article_about_the_longer_word_stays_quiet():
    # 第39条 is 副理事長: citing it for 副理事長 is right, although 第38条 is titled 理事長
    assert shifted(KIYAKU / "kiyaku_2022.txt", "理事長（第38条に定める理事長", "副理事長（第39条に定める副理事長") == []


def test_citation_one_off_for_a_quoted_term_defined_next_door():
    # itrust 第5条第2項 defines 「本サービス利用期間」 (…の間を「本サービス利用期間」とする); 第4条 never speaks of it
    fs = findings_added(SAMPLES["itrust"], "本約款第5条に定める「本サービス利用期間」", "本約款第4条に定める「本サービス利用期間」", RULE)
    assert [(f.excerpt.split("に")[0], f.suggestion) for f in fs] == [("第4条", "第5条")]


@needs_shared(KIYAKU)
def test_citation_one_off_when_the_cited_paragraph_speaks_of_neither_word():
    # 「第43条第4項に定める臨時総会の招集」: 第43条（招集手続）第4項 is about the 会議の目的 and holds neither
    # 臨時総会 nor 招集; 第42条第4項 (…いつでも臨時総会を招集することができる) holds both
    assert shifted(KIYAKU / "kiyaku_2026.txt", "第42条第４項に定める臨時総会の招集", "第43条第４項に定める臨時総会の招集") == [
        ("第43条第4項", "第42条第4項")]


@needs_shared(KIYAKU)
def test_citation_of_a_paragraph_about_what_follows_the_term_stays_quiet():
    # 第52条（招集）第2項 is about the 招集 of the 理事会 (…理事長は速やかに理事会を招集しなければならない):
    # although 第51条 is titled 理事会, a cited paragraph that speaks of the term is cited rightly
    assert shifted(KIYAKU / "kiyaku_2026.txt", "第42条第４項に定める臨時総会の招集", "第52条第2項に定める理事会の招集") == []


def test_citation_one_off_with_the_wording_of_terms_of_service():
    # terms write 「第25条第3項に示す基準」 and 「第2条第1項第7号に定義される「サービス利用事業者」」 (itrust):
    # the same citation of the 最低利用期間 as above, worded that way
    for wording in ("に示す", "に定義される"):
        fs = findings_added(SAMPLES["itrust"], "本約款第5条第2項に定める", f"本約款第6条第2項{wording}", RULE)
        assert [(f.excerpt[:6], f.suggestion) for f in fs] == [("第6条第2項", "第5条第2項")], wording


def test_a_citation_for_what_the_article_next_door_is_titled_with_the_words_of_a_contract():
    """A published web contract: 「…相手方の請求により、第１７条の規定にもとづく損害賠償をしなければならない。」 where
    第17条 is 免責事項 and 第18条 損害賠償 (の規定にもとづく, written in kana, is how contracts cite as often as に基づく).
    Planted in 第12条 of the GMO Sign terms (第10条 損害賠償, 第11条 相殺): 第11条 cited for 損害賠償 is reported with
    第10条."""
    from conftest import RAW, findings_added

    gmo = RAW / "saporis" / "gmo-sign-service-terms.txt"
    written = "したものとみなすものとします。"
    fs = findings_added(gmo, written, written + "この場合、第１１条の規定にもとづく損害賠償を請求できるものとします。",
                        "reference-content-mismatch")
    assert [f.suggestion for f in fs] == ["第10条"]


def test_a_list_or_range_of_citations_holds_the_term_in_any_of_its_members():
    """「第2条及び第3条に規定する遅延損害金」, 「第5条乃至第12条に定める…」: the term the citations qualify is in one of
    the articles listed or between the ends of the range, not necessarily in the last one named. itrust 第5条第2項
    sets the 最低利用期間: cited alone as 第6条第2項 it is a slip; listed with 第5条第2項, or as the end of a range
    from 第5条, it is not."""
    fs = findings_added(SAMPLES["itrust"], "本約款第5条第2項に定める", "本約款第6条第2項に定める", RULE)
    assert [f.suggestion for f in fs] == ["第5条第2項"]
    for listed in ("本約款第5条第2項及び第6条第2項に定める", "本約款第4条乃至第6条に定める"):
        assert findings_added(SAMPLES["itrust"], "本約款第5条第2項に定める", listed, RULE) == [], listed


def test_the_noun_the_key_takes_when_an_article_is_titled_by_both():
    """「第五条に定める卒業会員の代表がこれをする」 (an unseen 会則, pub20): 第五条 is 会員の種類 and names 卒業会員 among the
    kinds; 第六条 is titled 卒業会員の代表. The head noun alone fits both, the phrase only the one titled by it. Planted
    into a sample: 「第5条に定めるサービス利用者の禁止事項」, where 第5条 speaks of サービス利用者 and 第11条 is
    titled サービス利用者の禁止事項."""
    path = RAW / "secure-innovation" / "service-basic-terms.txt"
    anchor = "サービス利用者は前項の当社の措置について、"
    fs = findings_added(path, anchor, "第5条に定めるサービス利用者の禁止事項に反しない限り、" + anchor,
                        "reference-content-mismatch")
    assert [(f.excerpt.split("に定める")[0], f.suggestion) for f in fs] == [("第5条", "第11条")]
    # the head noun alone, which 第5条 holds: quiet
    assert findings_added(path, anchor, "第5条に定めるサービス利用者は、" + anchor, "reference-content-mismatch") == []


@pytest.mark.parametrize("path, anchor, citation, suggestion", [
    # 第19条（サービスの廃止）, 第22条（サービス内容の変更）: the citation says 本サービス, the title サービス
    (RAW / "saporis" / "gmo-sign-service-terms.txt", "は、別紙に定める料金とします。", "第20条に定める本サービスの廃止", "第19条"),
    (RAW / "saporis" / "gmo-sign-service-terms.txt", "は、別紙に定める料金とします。", "第21条に定める本サービス内容の変更",
     "第22条"),
    # 第15条（本サービスの廃止）: the title says 本, the citation leaves it
    (RAW / "saporis" / "ekyc-terms.txt", "法令を遵守するものとする。", "第14条に定めるサービスの廃止", "第15条"),
])
def test_the_noun_the_key_takes_with_or_without_hon(path, anchor, citation, suggestion):
    """「第10条に定める本サービス内容の変更」 where 第9条 is （サービス内容の変更等）, 「第24条に定める規約の変更」 where 第23条 is
    （本規約の変更） (an unseen subscription service's terms, pub21, three such citations after a duplicated article): a
    title writes the determiner 本 or leaves it, as the citing text may, and the phrase still names that article. The
    right citation stays quiet."""
    cited = citation.split("に定める")[0]
    fs = findings_added(path, anchor, anchor + f"{citation}については、この限りではありません。", RULE)
    assert [(f.excerpt.split("に定める")[0], f.suggestion) for f in fs] == [(cited, suggestion)]
    right = citation.replace(cited, suggestion)
    assert findings_added(path, anchor, anchor + f"{right}については、この限りではありません。", RULE) == []


@pytest.mark.parametrize("path, written, slip", [
    # 第12条（禁止行為）: 1 lists the forbidden acts, 2 says 「前項の禁止行為を行い」; 第11条 is データ等のバックアップ
    (RAW / "gmo-globalsign" / "gmo-sign-reseller-terms.txt", "前項の禁止行為を行い", "前条の禁止行為を行い"),
    # 第6条第2項 of the eKYC terms: the 管理作業 of its 第1項, of which the article before says nothing
    (RAW / "saporis" / "ekyc-terms.txt", "前項の管理作業によって", "前条の管理作業によって"),
    (RAW / "saporis" / "gmo-sign-service-terms.txt", "前項の最低利用期間において", "前条の最低利用期間において"),
])
def test_previous_article_cited_for_what_the_previous_paragraph_says(path, written, slip):
    """「前条の指導による改善が見られない」 in the third paragraph of an article whose second is （プロジェクトへの指導） (an
    unseen 会則, pub20): 前条 cited for what the paragraph before says and the article before does not. 前項 is
    suggested."""
    fs = findings_added(path, written, slip, RULE)
    assert [(f.excerpt[:2], f.suggestion) for f in fs] == [("前条", "前項")]


def test_previous_article_cited_for_what_it_says_stays_quiet():
    """第10条（サービス利用者情報の変更）第2項 citing 「前条のサービス利用者情報」: 第9条 is （サービス利用者情報の管理義務）,
    which is about it too, so 前条 may be meant: nothing is said."""
    path = RAW / "secure-innovation" / "service-basic-terms.txt"
    assert [f.suggestion for f in findings_added(path, "前項の届出を怠った", "前項のサービス利用者情報の届出を怠った", RULE)] == []
    assert findings_added(path, "前項の届出を怠った", "前条のサービス利用者情報の届出を怠った", RULE) == []


@needs_shared(EXTERNAL / "pdf")
def test_previous_article_for_previous_paragraph_in_a_published_document():
    """KDDI's used-device terms, 第6条（買取査定）第2項: 「前条の査定基準は、前項の当社所定の買取価格一覧サイトに…」. 第5条
    is 送付 and says nothing of a 査定基準; 第6条第1項 sets it. A real slip of published terms, in the HTML and in
    the PDF of the same terms; the Companies Act, which writes 前条 368 times, gets no such finding."""
    from pipeline.api import read_document
    from pipeline.checks import run_checks

    for name in ("kddi_used-device-buyback-terms.html", "kddi_used-device-buyback-terms.pdf"):
        fs = [f for f in run_checks(read_document(EXTERNAL / "pdf" / name), [RULE]) if f.suggestion == "前項"]
        assert [f.excerpt[:7] for f in fs] == ["前条の査定基準"], name
    act = sorted((EXTERNAL / "companies-act").glob("*.md"))[0]
    assert not [f for f in run_checks(read_document(act), [RULE]) if f.suggestion == "前項"]
