"""Errors planted at random in real documents (bench_checks_planted, seeds 461 and 463, never looked at before) that no
check told, and the right text that bounds each method: a kanji of a compound the document writes whole elsewhere, a
word of two kanji and one kanji left alone where general Japanese writes the three as one word, kana after a kanji
taken for a name, と after a verb's っ, and a defined term cut to a stem nobody writes alone."""

import pytest
from conftest import EXTERNAL, RAW, ROOT, SAMPLES, findings_added, findings_in_text, needs_shared

KIYAKU_2025 = EXTERNAL / "kiyaku" / "kiyaku_2025.txt"
MOZILLA = RAW / "mozilla" / "accounts-tos-2025-06-04.md"


def _added(path, written, slip, rule):
    return [(f.suggestion, f.severity) for f in findings_added(path, written, slip, rule)]


# ------------------------------------------------------------------ a kanji of a compound written whole elsewhere


@needs_shared(KIYAKU_2025)
def test_a_kanji_of_a_compound_the_document_writes_whole_twice():
    """「建築基準法および消防邦の規定により」 in bylaws that write 消防法 twice more (消防法第8条の3, 消防法等): 防法 is no word
    and the bylaws write it three times only, but always in 消防法."""
    added = findings_added(KIYAKU_2025, "消防法の規定", "消防邦の規定", "typo")
    assert [(f.suggestion, f.severity, f.excerpt) for f in added] == [("消防法", "warning", "法および消防邦の規定に")]
    assert "2回" in added[0].message


@needs_shared(KIYAKU_2025)
def test_a_compound_written_whole_once_elsewhere_is_no_witness():
    # with 消防法 left once beside the slip (消防法第8条 and 消防法等 both written otherwise), nothing vouches
    raw = KIYAKU_2025.read_text(encoding="utf-8")
    assert raw.count("消防法") == 3
    text = raw.replace("消防法第8条", "火災予防条例第8条", 1).replace("消防法の規定", "消防邦の規定", 1)
    assert [f for f in findings_in_text(text, "typo") if "消防邦" in f.excerpt] == []


# ------------------------------------------------------------------ three kanji: a word and one kanji left alone


def test_a_word_and_a_lone_kanji_one_kanji_from_a_common_word_of_three():
    """「提供するための機器に不具告が発生した場合」: MeCab reads 不具|告; general Japanese writes 不具合 11 times in a
    million words, 不具告 never."""
    added = findings_added(SAMPLES["ekyc"], "機器に不具合が発生", "機器に不具告が発生", "typo")
    assert [(f.suggestion, f.severity) for f in added] == [("不具合", "warning")]
    assert "一般の日本語" in added[0].message


@pytest.mark.parametrize("written, sentence", [
    ("その旨を申請", "その旨会社に申請"),  # 旨: a word every writer writes alone, the noun of その旨 (pub478's 「その旨会社に報告」)
], ids=["mune"])
def test_a_kanji_every_writer_writes_alone_is_a_word_there(written, sentence):
    assert _added(SAMPLES["ekyc"], written, sentence, "typo") == []


def test_a_lone_kanji_that_makes_a_word_with_its_kana_stays():
    # 「済書類を双方共に保持する」 (pub488, a real NDA): 共 (とも) is a word of its own, 双方向 no correction of it
    text = (ROOT / "tests" / "fixtures" / "pub488" / "shinonome_nda.md").read_text(encoding="utf-8")
    assert "双方共に" in text
    assert [f for f in findings_in_text(text, "typo") if "双方共" in f.excerpt] == []


# ------------------------------------------------------------------ kana after a kanji are no name


@needs_shared(KIYAKU_2025)
def test_kana_right_after_a_kanji_before_an_association_are_no_name():
    """「前会計年度におけり管理組合の業務」: におけり管理組合 looks like a body named in kana (さくら囲碁クラブ), but kana
    right after a kanji inflect it or are its particles."""
    assert _added(KIYAKU_2025, "前会計年度における管理", "前会計年度におけり管理", "typo") == [("における", "warning")]


def test_kana_the_source_sets_apart_from_the_kanji_before_still_name_a_body():
    # 「運営事務局 わよう書道会」 (pub476): the space of the source, which normalization takes out, opens the name
    path = ROOT / "tests" / "fixtures" / "pub476" / "calligraphy_contest_terms.blade.php"
    from pipeline.api import read_document
    from pipeline.checks import run_checks

    doc = read_document(path)
    assert "事務局わよう書道会" in doc.norm.text
    assert [f for f in run_checks(doc, ["typo"]) if "わよう" in f.excerpt] == []


# ------------------------------------------------------------------ と after a verb's っ


def test_to_after_a_verbs_sokuon_is_no_particle_for_a_particle():
    """「Mozilla によっと提供される」: after よっ (因る's 促音便) only て or た stand; と for て is no choice between two
    particles (which stays untold: 「第三者とに」)."""
    assert _added(MOZILLA, "によって提供", "によっと提供", "typo") == [("によって", "warning")]


# ------------------------------------------------------------------ a defined term cut to a stem


def test_a_term_cut_to_a_stem_nobody_writes_alone():
    """「国家非常事態等、不可抗な事由の場合」 in terms that define 「不可抗力」 and use it three times: MeCab knows 不可抗 as a
    word, general Japanese never writes it (不可抗力 6.3e-7)."""
    added = findings_added(SAMPLES["basic"], "不可抗力な事由", "不可抗な事由", "term-inconsistent")
    assert [(f.suggestion, f.severity) for f in added] == [("不可抗力", "warning")]


def test_a_term_cut_to_a_word_every_writer_uses_stays():
    # 秘密 of the defined 秘密情報: a word of its own (the secret), whole words dropped from the end
    assert _added(SAMPLES["basic"], "当事者は、秘密情報を本約款", "当事者は、秘密を本約款", "term-inconsistent") == []


# ------------------------------------------------------------------ a citation against the document's own set phrase

KIYAKU_2026 = EXTERNAL / "kiyaku" / "kiyaku_2026.txt"
_CREDITED = "その他の諸費用に相当する収納金は、第27条"


@needs_shared(KIYAKU_2026)
@pytest.mark.parametrize("number", ["第26条", "第28条"])
def test_a_citation_one_off_in_a_clause_the_document_writes_alike(number):
    """「…に相当する収納金は、第27条に定める費用に充当する。」 six times in the bylaws: one copy citing the article before or
    after is told, with the article the other five cite."""
    added = findings_added(KIYAKU_2026, _CREDITED, _CREDITED.replace("第27条", number), "reference-content-mismatch")
    assert [(f.suggestion, f.severity, f.excerpt) for f in added] == [("第27条", "warning", number)]
    assert "5回" in added[0].message


@needs_shared(KIYAKU_2026)
def test_a_citation_written_twice_otherwise_is_no_slip_of_the_clause():
    # two copies citing 第28条 beside four citing 第27条: the document writes both, neither is told by the phrase
    raw = KIYAKU_2026.read_text(encoding="utf-8")
    tail = "に相当する収納金は、第27条に定める費用に充当する。"
    assert raw.count(tail) == 6
    text = raw.replace(tail, tail.replace("27", "28"), 2)
    assert [f for f in findings_in_text(text, "reference-content-mismatch") if "同じ文言" in f.message] == []


@needs_shared(KIYAKU_2026)
def test_a_citation_far_from_the_clauses_provision_is_left_to_the_content_checks():
    # 第40条 for 第27条: no neighbour of it, no number slipped by one; the phrase alone does not say which is meant
    added = findings_added(KIYAKU_2026, _CREDITED, _CREDITED.replace("第27条", "第40条"), "reference-content-mismatch")
    assert [f for f in added if "同じ文言" in f.message] == []


# ------------------------------------------------------------------ seeds 467 and 479

KIYAKU_2022 = EXTERNAL / "kiyaku" / "kiyaku_2022.txt"
SUBSCRIPTIONS = EXTERNAL / "tos" / "mozilla" / "subscription_services_tos.ja.2026-03-23_8cd9bb37.md"


@needs_shared(KIYAKU_2022)
def test_a_conjunctions_kanji_before_a_case_particle_joins_nothing():
    """「その請及があった日から14日以内」: MeCab reads 及 as the conjunction (および), but a conjunction is never followed
    by が; 請及 is a pair of kanji like any other (請求, 984 times in law text). The bylaws' 申請及び (請|及び) is no count
    of it."""
    assert _added(KIYAKU_2022, "その請求があった", "その請及があった", "typo") == [("請求", "warning")]


@needs_shared(KIYAKU_2022)
def test_a_conjunction_glued_to_its_noun_stays():
    # 「…の申請及び同法第５条」: 請|及び, the noun and the conjunction; nothing added where the bylaws write it
    assert _added(KIYAKU_2022, "の申請及び同法", "の申請及び同法", "typo") == []
    assert _added(KIYAKU_2022, "その請求があった", "その請求又は申出があった", "typo") == []


@needs_shared(SUBSCRIPTIONS)
def test_a_phrase_with_a_case_particle_before_mo_written_twice():
    """「他者の権利を侵害せず、法律にも法律にも違反しないこと」: にも pairs no word with itself (何度も何度も does)."""
    assert _added(SUBSCRIPTIONS, "法律にも違反", "法律にも法律にも違反", "duplication") == [("法律にも", "warning")]


@needs_shared(SUBSCRIPTIONS)
def test_a_word_paired_with_itself_by_mo_stays():
    assert _added(SUBSCRIPTIONS, "法律にも違反", "何度も何度も違反", "duplication") == []


def test_the_past_after_a_verbs_sokuon_is_ta():
    """「…に関する問い合わせがあっだ場合には」: after あっ (the っ of ある's past) only た stands; だ follows ん (選んだ)."""
    assert _added(SAMPLES["itrust"], "問い合わせがあった場合", "問い合わせがあっだ場合", "typo") == [
        ("わせがあった", "warning")]


def test_the_past_after_a_verbs_hatsuon_is_da():
    # 「お客様が選んだ場合」: が, a verb in kana and だ after its ん, a clause whole as written
    assert _added(SAMPLES["itrust"], "問い合わせがあった場合", "お客様が選んだ場合", "typo") == []


# ------------------------------------------------------------------ a defined term cut before 以外


def test_a_term_cut_before_a_noun_of_range():
    """「サービス利用責任者、サービス利用担以外の者から問い合わせ」: 以外 closes the noun before it as a suffix does, so the
    defined 「サービス利用担当者」 cut short is read there."""
    assert _added(SAMPLES["itrust"], "サービス利用担当者以外", "サービス利用担以外", "term-inconsistent") == [
        ("サービス利用担当者", "warning")]


def test_a_shorter_word_before_a_noun_of_range_stays():
    # 「サービス利用以外」: whole words dropped from the end make a shorter phrase of its own, no clipped term
    assert _added(SAMPLES["itrust"], "サービス利用担当者以外", "サービス利用以外", "term-inconsistent") == []


# ------------------------------------------------------------------ a kana slipped at a clause's end


@needs_shared(KIYAKU_2022)
def test_a_kana_slipped_at_the_end_of_a_clause():
    """「原告又は被告となったときま、遅滞なく」 (seed 461; seed 479 planted the same in 行政手続法): ときま is a 3-gram law
    text writes (ときまで), but never a run's end before 、; ときは、 ends 1,519 of its clauses."""
    added = findings_added(KIYAKU_2022, "なったときは、遅滞", "なったときま、遅滞", "typo")
    assert [(f.suggestion, f.severity) for f in added] == [("は", "warning")]
    assert "きは、" in added[0].message


def test_a_real_small_tsu_for_tsu_before_a_comma():
    # 「総会に出席した正会員の4分の3以上の多数による議決を経、かっ、法第25条第3項に…」 (pub95, a real NPO's articles)
    from pipeline.api import read_document
    from pipeline.checks import run_checks

    doc = read_document(ROOT / "tests" / "fixtures" / "pub95" / "code4fukui.md")
    told = [(f.suggestion, f.severity) for f in run_checks(doc, ["typo"]) if "かっ、" in f.excerpt]
    assert told == [("つ", "warning")]


@pytest.mark.parametrize("written, sentence", [
    ("なったときは、遅滞", "なったのち、遅滞"),  # のち (後): a word in kana ends the run
    ("なったときは、遅滞", "なったときも、遅滞"),  # ても、 and ときも: an ending law text writes
], ids=["nochi", "tokimo"])
@needs_shared(KIYAKU_2022)
def test_a_word_or_a_common_ending_before_a_comma_stays(written, sentence):
    assert _added(KIYAKU_2022, written, sentence, "typo") == []


def test_the_law_model_counts_the_ends_of_kana_runs():
    from pipeline.checks.typos_base import model

    tails = model()["kana_tails"]
    assert tails["きは、"] > 1000 and tails["ない。"] > 1000  # the ends of law's clauses and sentences
    assert "きま、" not in tails and "ます。" not in tails  # never ときま、, never polite


# ------------------------------------------------------------------ seeds 487 and 491

PROCEDURE_ACT = EXTERNAL / "egov-xml" / "405AC0000000088_20240401_504AC0100000052.txt"


def test_three_kanji_each_read_alone_one_kanji_from_a_common_word():
    """「機器に不旧合が発生した場合」: MeCab reads 不|旧|合, no word among them; 不具合 is one kanji away (旧 and 具 are
    both read ぐ)."""
    assert _added(SAMPLES["ekyc"], "機器に不具合", "機器に不旧合", "typo") == [("不具合", "warning")]


@needs_shared(PROCEDURE_ACT)
@pytest.mark.parametrize("written, slip", [
    ("主宰者は、当事者の全部", "主宰者は、当事の全部"),
    ("各自、当事者のために", "各自、当事のために"),
], ids=["no-zenbu", "no-tame"])
def test_a_doers_stem_nobody_writes_alone_whatever_follows(written, slip):
    """行政手続法 defines 当事者 and uses it 24 times: 当事 (4.6e-7 in general Japanese) is its stem cut short before の too,
    not only before は, が, を (where 利用 of 利用者 would be the act itself)."""
    assert _added(PROCEDURE_ACT, written, slip, "term-inconsistent") == [("当事者", "warning")]


def test_goto_after_a_verb_before_a_comma():
    """「目的に応じて本サービスを選択するごと、ならびに…」: ごと after a verb takes に; before 、 it is こと voiced."""
    assert _added(MOZILLA, "を選択すること、", "を選択するごと、", "typo") == [("こと", "warning")]


def test_goto_ni_after_a_verb_stays():
    assert _added(MOZILLA, "を選択すること、", "を選択するごとに、", "typo") == []


# ------------------------------------------------------------------ a sentence pasted away from what its その names

_REFUSAL = "この場合において、その組合員は正当な理由がなければこれを拒否してはならない。"


@needs_shared(KIYAKU_2025)
def test_a_sentence_pasted_where_nothing_before_it_names_what_its_sono_points_at():
    """「この場合において、その組合員は…拒否してはならない。」 of 第47条第9項 and 第10項 pasted after an item on window
    glass (seed 479's kind): その組合員 points back at 組合員, which 第47条 names before both copies and the item's
    article nowhere before it."""
    raw = KIYAKU_2025.read_text(encoding="utf-8")
    assert raw.count(_REFUSAL) == 2
    added = findings_added(KIYAKU_2025, "将来ともこの形状を維持すること。", "将来ともこの形状を維持すること。" + _REFUSAL,
                           "duplication")
    assert [(f.excerpt, f.severity) for f in added] == [(_REFUSAL, "warning")]
    assert "「その組合員」" in added[0].message


@needs_shared(KIYAKU_2022)
def test_kouso_koka_is_a_set_phrase():
    """「(2)公租公過」 among the bylaws' management costs (seed 499): 公租公課, taxes and public dues, written so in ten texts
    of the corpus (leases, bylaws, service terms)."""
    assert _added(KIYAKU_2022, "公租公課", "公租公過", "typo") == [("課", "warning")]
