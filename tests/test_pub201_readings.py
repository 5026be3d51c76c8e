"""What the pub201–pub204 readings found on the openings of published terms, contract forms and association rules
(web pages read as text: kept outside the repository, as their stores ask that they not be copied). Each construct
is tested here in a sentence of the same shape written for the test, and, where one of the fixtures holds it, on
that real document."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _check(tmp_path, text, rule=None, name="doc.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return [f for f in run_checks(read_document(p)) if rule is None or f.rule == rule]


def _fixture(path, rule):
    return [f for f in run_checks(read_document(FIXTURES / path)) if f.rule == rule]


# ------------------------------------------------------------------ reference-dangling: paragraphs run together


def test_zenkou_after_paragraphs_a_page_ran_together_points_at_the_one_before(tmp_path):
    """A page's paragraphs lost their numbers and breaks and stand on one line, 「。 」 between them: 前項 in the
    second sentence points at the first one, not at nothing (pub201: six errors on one page)."""
    text = ("第1条（登録）\n"
            "利用者は、所定の方法により登録を申請するものとする。 当社は、前項の申請を受けた場合、審査の上で承認の"
            "可否を決定するものとする。\n"
            "第2条（変更）\n"
            "当社は、本規約を変更することができるものとする。\n")
    assert _check(tmp_path, text, "reference-dangling") == []


def test_zenkou_after_bullets_joined_into_one_paragraph(tmp_path):
    """「- 」 bullets of a plain text, each a paragraph, that the reader joined: 「…できます。-当社は、前項に基づいて…」."""
    text = ("第1条（利用登録）\n"
            "- 登録希望者は、当社の定める方法により、利用の登録を申請することができます。\n"
            "- 当社は、前項に基づいて申請を行った者の登録の可否を判断します。\n"
            "第2条（料金）\n"
            "利用者は、当社の定める料金を支払うものとします。\n")
    assert _check(tmp_path, text, "reference-dangling") == []


def test_zenkou_in_a_first_paragraph_of_one_sentence_run_is_still_told(tmp_path):
    text = ("第1条（登録）\n"
            "利用者は、前項の申請を受けた場合、審査の上で承認の可否を決定するものとする。\n"
            "第2条（変更）\n"
            "当社は、本規約を変更することができるものとする。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "reference-dangling")] == ["前項"]


# ------------------------------------------------------------------ term-undefined: the parties named by their roles


def test_a_role_assigned_its_letter_in_the_preamble_is_defined(tmp_path):
    """「賃貸人○○を甲、賃借人△△を乙として」: the role words are what the letters stand for (pub202, pub204)."""
    body = "".join(f"第{n}条（条項{n}）\n甲は、乙に対し、本物件を賃貸し、乙はこれを賃借する。甲及び乙は誠実に協議する。\n"
                   for n in range(1, 4))
    text = "賃貸借契約書\n賃貸人○○を甲、賃借人△△を乙として、次のとおり契約を締結する。\n" + body + \
        "第4条（通知）\n賃借人は、住所を変更したときは、直ちに賃貸人に通知する。\n"
    assert _check(tmp_path, text, "term-undefined") == []


# ------------------------------------------------------------------ survival-missing


def test_a_provision_that_says_it_holds_even_after_the_end_needs_no_survival_clause(tmp_path):
    text = ("第1条（賃料）\n乙は、甲に対し、毎月末日までに翌月分の賃料を支払うものとする。\n"
            "第2条（中途解約）\n期間の中途において解約により本契約が終了した場合においても、乙は、本契約の終了した日の"
            "属する月の末日までの賃料を支払うものとする。\n")
    assert _check(tmp_path, text, "survival-missing") == []


def test_a_new_contract_after_the_end_is_no_duty_outliving_it(tmp_path):
    text = ("第1条（期間）\n本契約の期間は、2年とする。\n"
            "第2条（再契約）\n甲及び乙は、協議の上、本契約の終了後、新たな賃貸借契約を締結することができる。\n"
            "第3条（再契約の始期）\n乙は、本契約の期間満了の日の翌日を始期とする再契約を申し込むことができる。\n")
    assert _check(tmp_path, text, "survival-missing") == []


def test_return_at_the_end_still_asks_for_a_survival_clause(tmp_path):
    text = ("第1条（秘密保持）\n乙は、甲の秘密情報を第三者に開示してはならない。\n"
            "第2条（返還）\n本契約が終了した場合、乙は、甲から受領した資料を直ちに返還するものとする。\n")
    assert [f.rule for f in _check(tmp_path, text, "survival-missing")] == ["survival-missing"]


# ------------------------------------------------------------------ stray-space: a form's blank date


def test_the_blanks_of_a_forms_date_are_no_stray_spaces(tmp_path):
    text = ("第1条（期間）\n賃貸借期間は、202 年  月  日から20  年  月  日までとする。\n"
            "第2条（賃料）\n賃料は、月額金○○円とする。\n")
    assert _check(tmp_path, text, "stray-space") == []


# ------------------------------------------------------------------ numbering-gap


def test_an_extract_leaves_out_articles_on_purpose(tmp_path):
    """「普通預金規定（抜粋）」: 第3条, 第6条, 第11条 and nothing between."""
    text = ("普通預金規定（抜粋）\n第3条（振込金の受入れ）\nこの預金口座には、振込金を受け入れます。\n"
            "第6条（利息）\n利息は、毎日の残高について計算します。\n第11条（解約）\nこの預金口座を解約する場合には、"
            "通帳を持参してください。\n")
    assert _check(tmp_path, text, "numbering-gap") == []


def test_a_paragraph_numbered_2_after_an_unnumbered_first_one_is_no_item_gap(tmp_path):
    """「第1条 甲は、…賃貸する。⏎(2)前項の面積は壁芯計算による。」: a form numbering its paragraphs with (2), (3)."""
    text = ("第1条（賃貸借室）\n甲は、乙に対し、別紙記載の部屋を賃貸する。\n(2)前項の面積は壁芯計算による。\n"
            "第2条（使用目的）\n乙は、本物件を住居としてのみ使用する。\n")
    assert _check(tmp_path, text, "numbering-gap") == []


def test_a_real_paragraph_numbered_2_after_its_first(tmp_path):
    """A work-rules PDF's 第7条: 「…省略するものとする。⏎2. 提出する書類に関しては事務所より指定する。」."""
    assert [f for f in _fixture("pub145/hasebe_shugyo.txt", "numbering-gap") if "提出する書類" in f.excerpt] == []


def test_items_after_a_sentence_with_the_first_label_missing_are_still_told():
    """An NPO's 定款 第3条: the purpose, then （２）…を図ること。（３）…: goals listed as items, （１） missing."""
    assert [f.excerpt[:4] for f in _fixture("pub22/nsca_page.html", "numbering-gap") if "NSCA" in f.excerpt] \
        == ["（2）N"]


def test_a_text_opening_at_a_later_chapter_misses_no_article():
    """A contract's 第3章, published as a file of its own, opens at 第14条."""
    assert [f for f in _fixture("pub30/routeflags_itaku_chapter3.md", "numbering-gap") if "第14条" in f.excerpt] == []


# ------------------------------------------------------------------ term-inconsistent


def test_a_compound_with_a_whole_word_inside_a_defined_term_is_a_word_of_its_own(tmp_path):
    """個人関連情報 beside the defined 個人情報: the law's own term, 関連 put inside, no slip."""
    uses = "当財団は、個人情報を適切に管理します。" * 6
    text = (f"第1条（定義）\n本方針において「個人情報」とは、生存する個人に関する情報をいいます。{uses}\n"
            "第2条（取得）\n当財団は、個人関連情報を取得する場合には、法令に従い取り扱います。\n")
    assert [f for f in _check(tmp_path, text, "term-inconsistent") if f.excerpt == "個人関連情報"] == []


def test_a_contract_defined_beside_the_documents_own_name(tmp_path):
    """「会員契約」 defined (the member's contract) and 「この会員規約」 written: two things, no slip of one."""
    text = ("会員規約\n第1条（目的）\nこの会員規約は、本会の会員に適用される。\n"
            "第2条（定義）\n「会員契約」とは、本会からサービスの提供を受けるための契約をいう。\n"
            "第3条（変更）\n本会は、この会員規約を変更することができる。この会員規約の変更は、会員に通知する。\n")
    assert _check(tmp_path, text, "term-inconsistent") == []


# ------------------------------------------------------------------ bracket-unbalanced, doubled-particle


def test_letter_labels_after_a_bullet_are_no_brackets(tmp_path):
    text = ("第1条（取得）\n当財団は、以下の方法で個人情報を取得します。\n- a) 本人から直接提供を受ける方法\n"
            "- b) 当財団のウェブサイトから取得する方法\n- c) 公開情報から取得する方法\n")
    assert _check(tmp_path, text, "bracket-unbalanced") == []


def test_a_sections_title_ending_in_nitsuite_cited_with_wo(tmp_path):
    text = ("1.収集する情報\n当社は、利用者の情報を収集します。詳しくは、11.閲覧データについてをご参照ください。\n"
            "11.閲覧データについて\n当社は、閲覧データを取得します。\n")
    assert _check(tmp_path, text, "doubled-particle") == []


def test_nitsuite_wo_in_prose_is_still_told(tmp_path):
    text = "第1条（説明）\n当社は、料金についてを説明します。\n"
    assert [f.excerpt for f in _check(tmp_path, text, "doubled-particle")] == ["についてを"]


# ------------------------------------------------------------------ typo and grammar-slip


def test_a_lone_oyobi_between_two_nouns(tmp_path):
    text = "第1条（定義）\n「個人データ」とは、データベースで管理する情報及データベースから引き出された情報をいう。\n"
    found = [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "typo")]
    assert ("理する情報及データ", "及び") in found


def test_oyobi_ending_or_heading_a_word_is_no_lone_one(tmp_path):
    text = "第1条（責任）\n当社は、責任の追及権を放棄しない。試験に及第した者は、遡及適用を求めることができる。\n"
    assert [f for f in _check(tmp_path, text, "typo") if "及" in f.excerpt] == []


def test_a_kana_typed_three_times(tmp_path):
    text = "第1条（定義）\n「個人情報」とは、生存する個人に関する情報であって、次に該当するものをいいいます。\n"
    assert [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "typo") if "いいい" in f.excerpt] \
        == [("るものをいいいます。", "いい")]


def test_a_name_repeating_a_syllable_pair_is_no_tripled_kana():
    """「ここここ」, a desktop mascot's name (pub170)."""
    assert [f for f in _fixture("pub170/cocococo-riyoukiyaku.md", "typo") if "こここ" in f.excerpt] == []


def test_ni_dropped_before_oite(tmp_path):
    text = "第1条（定義）\n本規約おいて、次の用語はそれぞれ次の意味で使用します。当社における取扱いも同様とします。\n"
    found = [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "grammar-slip")]
    assert found == [("本規約おいて", "本規約において")]


def test_money_allotted_to_a_purpose_is_atete_with_the_other_kanji(tmp_path):
    """「運営費は…雑収入等をもって当てる」: 充てる (pub204); 割り当てる stays a word."""
    text = ("第1条（会計）\n本会の運営費は、会費及び雑収入等をもって当てる。\n"
            "第2条（株式）\n当社は、株式を申込者に割り当てる。\n")
    assert [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "confusable-word")] == [("当て", "充て")]


def test_jizen_no_before_a_verb(tmp_path):
    text = ("第1条（取消し）\n当社は、事前の通知することなく、利用資格を取り消すことができる。"
            "事前の通知なく変更することもある。\n")
    assert [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "confusable-word")] == [("の", "に")]


def test_ji_and_toki_written_twice(tmp_path):
    text = "第1条（役員）\n副会長は、会長不在時のときは、その職務を代行する。同時のときは協議する。\n"
    assert [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "confusable-word")] == [("時のとき", "のとき")]


def test_a_rules_name_on_its_own_line_under_a_pages_chrome(tmp_path):
    """「PRIVACY POLICY」 read as the title, the rules' own name 「個人情報に関する保護管理規程」 two lines below: 本規定
    in a 規程 that calls itself この規程 is its homophone."""
    text = ("PRIVACY POLICY\nプライバシーポリシー\n\n個人情報保護管理規程\n\n"
            "第1条（目的）\nこの規程は、当社の個人情報の取扱いについて定める。\n"
            "第2条（定義）\nこの規程における用語の定義は、次のとおりとする。\n"
            "第3条（適用範囲）\n本規定の適用範囲は、当社の従業者とする。\n")
    assert [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "term-inconsistent")] == [("本規定", "本規程")]


def test_a_long_vowel_mark_between_digits(tmp_path):
    text = "1.情報の取得\n当社は情報を取得します。\n2ー1.情報の外部送信\n当社は情報を送信します。\n"
    assert [(f.suggestion) for f in _check(tmp_path, text, "typo") if "ー" in f.excerpt] == ["-"]


def test_a_particle_dropped_after_a_definition_in_brackets(tmp_path):
    text = ("第1条（目的）\n甲は、乙に対し、動産の賃貸借及びサービス（以下、総称して「レンタル」という）提供する。"
            "甲は、商品（以下「商品」という。）を保守する。\n")
    found = [f.excerpt for f in _check(tmp_path, text, "grammar-slip")]
    assert len(found) == 1 and "という）提供する" in found[0]


def test_an_article_citing_itself_by_its_number(tmp_path):
    """「第2条（入会手続）⏎甲は、…第2条に定める必要書類を添付のうえ…」: the documents are listed in 第3条 (pub201)."""
    text = ("第1条（目的）\n本会は、会員の親睦を目的とする。\n"
            "第2条（入会手続）\n入会希望者は、入会申込書に第2条に定める必要書類を添付して提出する。\n"
            "第3条（必要書類）\n必要書類は、住民票とする。\n"
            "第4条（会費）\n会員は、第4条第2項の規定にかかわらず、会費を納める。\n")
    found = [(f.excerpt[:3], f.suggestion) for f in _check(tmp_path, text, "reference-content-mismatch")]
    assert found == [("第2条", "第3条")]


def test_an_article_citing_itself_with_no_other_that_fits(tmp_path):
    text = ("第1条（目的）\n本会は、会員の親睦を目的とする。\n"
            "第2条（入会）\n入会希望者は、第2条に定める手続により申し込む。\n"
            "第3条（会費）\n会員は、会費を納める。\n")
    found = [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "reference-content-mismatch")]
    assert found == [("第2条", None)]


def test_a_self_citation_that_another_article_fits_is_told_once():
    """An association's 会則: 「第３条　事業⏎第3条に定める本会の目的を…」, the purpose being 第2条's."""
    found = _fixture("pub111/kaisoku.html", "reference-content-mismatch")
    assert [f.suggestion for f in found if f.excerpt.startswith("第3条")] == ["第2条"]


def test_no_dictionary_word_corrects_a_formal_numeral_a_name_or_a_word_formation(tmp_path):
    """金弐千円 (a formal numeral of money) was told as 金二; 学校法人常翔学園 (a school corporation's name) as 常勝;
    恋活 (活, a productive suffix, beside 婚活) as 性活."""
    text = ("第1条（会費）\n通常会員は年会費として金弐千円を納めるものとする。\n"
            "第2条（名称）\n学校法人常翔学園（以下「学園」という。）は、個人情報を保護する。\n"
            "第3条（サービス）\n当社は、毎日出会いが届く恋活・婚活アプリを提供する。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []


# ------------------------------------------------------------------ the pub205–pub208 readings


def test_an_article_heading_without_dai_heads_its_article_and_is_told(tmp_path):
    text = "1条(適用)\n本規約は、利用者に適用されます。\n2条(契約の成立)\n契約は、当社の承諾により成立します。\n"
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    assert [a.number for a in read_document(p).articles] == ["1", "2"]
    assert [f.suggestion for f in _check(tmp_path, text, "convention-deviation")] == ["第1条"]


def test_lone_mata_and_a_doubled_conjunction(tmp_path):
    text = ("第1条（許可）\n公の秩序を乱し又善良な風俗を害するときは、許可しない。第三者に又貸ししてはならない。"
            "又、当社は責任を負わない。本規約及びおよび細則に従う。甲及び又は乙は協議する。\n")
    assert sorted(f.suggestion for f in _check(tmp_path, text, "typo")) == ["又は", "及び"]


def test_the_verb_itself_and_a_prefixed_word_are_no_slips(tmp_path):
    """「解除に一切応じないものとします」 (no に応じて lost); 重過失 (not 超過失)."""
    text = ("第1条（解除）\n当店は、売買契約の解除に一切応じないものとします。\n"
            "第2条（責任）\n当社は故意又は重過失がない限り、責任を負いません。\n")
    found = _check(tmp_path, text)
    assert [f for f in found if f.rule in ("confusable-word", "typo")] == []


def test_word_junctions_are_no_kanji_slips(tmp_path):
    """区民 beside 公民館 ×n (a noun and its suffix); 駐車場|含む."""
    text = ("第1条（使用）\n公民館は、区民が集会のため使用するときに使用できる。公民館の公民館長が許可する。"
            "公民館(駐車場含む)を使用する場合は申し込む。\n第2条（役員）\n(1)会長 1名 (2)副部長 若干名\n"
            "公民館は公民のためにある。公民館の運営は公民館長が行う。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []


def test_aims_aptitude_and_will(tmp_path):
    text = ("第1条（目的）\n本会は、福祉の増進を計り、地域に寄与する。利用者がその能力及び適正に応じ生活できるよう支援する。"
            "継続しない旨の意志が表示されない限り更新する。時間を計る。\n")
    assert sorted(f.suggestion for f in _check(tmp_path, text, "confusable-word")) == ["図", "意思", "適性"]


def test_a_definition_set_inside_a_verbal_noun_and_its_suru(tmp_path):
    text = ("第1条（禁止）\n利用者は、設備を損壊（以下「施設の損害等」という。）しないこと。"
            "当社の提供するサービスを利用（以下「本利用」という。）するにあたり、本規約に従う。\n")
    assert _check(tmp_path, text, "grammar-slip") == []


def test_the_bare_noun_after_a_determiner_is_another_of_its_kind(tmp_path):
    uses = "乙は、本件ソフトウェアを保守する。" * 5
    text = (f"第1条（定義）\n「本件ソフトウェア」とは、甲が導入したプログラムをいう。{uses}\n"
            "第2条（免責）\n乙は、本件ソフトウェア以外のソフトウェアの不具合について責任を負わない。"
            "バージョンアップが必要な場合、そのソフトウェアの入替えを行う。\n")
    assert [f for f in _check(tmp_path, text, "term-inconsistent") if f.excerpt == "ソフトウェア"] == []
