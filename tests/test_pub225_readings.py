"""What the pub225–pub228 readings (and the structure left over from pub217 and pub224) found on the openings of
published pages: professional services, ceremonies, industry and trade, lending and investment (web pages read as
text: kept outside the repository). Each construct is tested here in text of the same shape written for the test."""

from pipeline.api import read_document
from pipeline.checks import run_checks


def _doc(tmp_path, text, name="doc.txt"):
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return read_document(p)


def _check(tmp_path, text, rule=None, name="doc.txt"):
    return [f for f in run_checks(_doc(tmp_path, text, name)) if rule is None or f.rule == rule]


# ------------------------------------------------------------------ paragraphs rendered as a list from 1

_RESTARTED = ("第5条（会員の資格）\n\n"
              "本会の区域内に住所を有する者は、本会の会員となることができる。\n\n"
              "  1. 区域外に住所を有する者で本会の活動に参加することを希望するものは、理事会の承認を得て会員となることができる。\n\n"
              "第6条（入会の手続）\n\n"
              "前条第1項に規定する者は、本会の定める入会申込書を本会に提出しなければならない。\n\n"
              "  1. 本会は、前項の申込みを拒んではならない。ただし、理事会が正当な理由を認めたときは、この限りでない。\n"
              "  2. 前条第2項に規定する者は、入会承認申請書を本会に提出しなければならない。\n"
              "  3. 第1項の申込みをした者は、第2項ただし書の場合を除き、本会が申込みを受理したときに会員となる。\n")


def test_a_list_from_1_after_an_unnumbered_paragraph_is_read_as_paragraphs_2_on_when_citations_say_so(tmp_path):
    """A page renders each article as a paragraph and then an <ol> of the others (pub224): 「1.」 is 第2項, as the
    前項 in it and the citation of 前条第2項 (one past the article's last label) show."""
    doc = _doc(tmp_path, _RESTARTED)
    assert [[p.number for p in a.paragraphs] for a in doc.articles] == [[None, 2], [None, 2, 3, 4]]
    assert [p.label for p in doc.articles[1].paragraphs][1:] == ["1.", "2.", "3."]  # shown as written
    found = [(f.rule, f.excerpt) for f in run_checks(doc) if f.rule.startswith("reference")]
    assert found == []


def test_a_list_from_1_after_a_lead_in_keeps_its_labels_without_such_citations(tmp_path):
    """Nothing in the text reads the 「1.」 paragraph as the second: its labels are its numbers."""
    text = ("第3条（会費）\n\n"
            "会員は、総会で定める会費を納めるものとする。\n\n"
            "  1. 正会員の会費は、年額6,000円とする。\n"
            "  2. 賛助会員の会費は、年額10,000円とする。\n\n"
            "第4条（退会）\n\n"
            "会員は、退会届を提出して退会することができる。第3条第1項の会費は返還しない。\n")
    doc = _doc(tmp_path, text)
    assert [p.number for p in doc.articles[0].paragraphs] == [None, 1, 2]


# ------------------------------------------------------------------ a text dumped from one table cell


def test_cell_borders_at_line_ends_are_removed_and_every_heading_is_read(tmp_path):
    """A page whose text sits in one table cell, dumped as text: most lines end in 「 |」 (pub216). Left in, the
    border glued the next 第N条 heading to the line before it; taken out (recorded as markup), all five articles
    are read and the title is the name, not 「|」."""
    text = ("|\n"
            "青葉の会会則 |\n"
            "第1条(名称) 本会は、「青葉の会」と称する。 |\n"
            "第2条(目的) 本会は、会員相互の親睦を図ることを目的とする。 |\n"
            "第3条(事業) 本会は、前条の目的を達するため、次の事業を行う。\n"
            "(1)懇親会の開催\n"
            "(2)会員名簿の整備 |\n"
            "第4条(会員) 本会は、平成元年度の卒業生を会員とする。 |\n"
            "第5条(会費) 会員は、年会費を納入するものとする。 |\n")
    doc = _doc(tmp_path, text)
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4", "5"]
    assert doc.title == "青葉の会会則"
    assert "|" not in doc.norm.text
    assert [r.text for r in doc.norm.removed if r.kind == "markup"] == ["|"] * 7
    assert [f.rule for f in run_checks(doc) if f.severity != "info"] == []


def test_a_pipe_table_keeps_its_borders(tmp_path):
    """Rows that open with their own border are a table, whatever their ends: nothing is taken out."""
    text = ("第1条(料金)\n料金は次のとおりとする。\n"
            "| 区分 | 料金 |\n| 正会員 | 6,000円 |\n| 賛助会員 | 10,000円 |\n| 学生会員 | 2,000円 |\n")
    doc = _doc(tmp_path, text)
    assert not [r for r in doc.norm.removed if r.kind == "markup"]


# ------------------------------------------------------------------ typo: kana after a kanji verb


def test_a_verbs_negative_and_the_humble_form_are_no_kana_slips(tmp_path):
    """「届かない」, 「許可されず」 and 「お渡しする」: law text hardly writes these kana runs, but each is a verb inflecting
    into its auxiliaries, or the humble お…する (pub228, pub229)."""
    text = ("第1条（カード）\n"
            "カードが会員の手元に届かない場合は、所定の手続を行うものとします。\n"
            "2 過去に利用を許可されず若しくは利用が取り消されたことがあるときは、登録しません。\n"
            "第2条（書面）\n"
            "当社は、契約締結時にお客様にお渡しする書面を交付します。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []



# ------------------------------------------------------------------ stray-space: blanks, columns, notes


def test_a_forms_blanks_and_a_notes_key_are_no_stray_spaces(tmp_path):
    """A contract form leaves blanks for the names (「依頼者          を甲とし」) and the amount (「金 円」); a note sets its
    key apart from the name before it (「（みどり翻訳 よみ:みどりほんやく）」) (pub225, pub227)."""
    text = ("委任契約書\n"
            "依頼者          を甲とし、受任者         を乙として、次のとおり契約を締結する。\n"
            "第1条（報酬）\n"
            "報酬額は金 円とする。\n"
            "第2条（委託）\n"
            "乙は、翻訳サービス（みどり翻訳 よみ:みどりほんやく）で行う業務を受託する。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "stray-space")] == []


def test_spaces_in_a_row_inside_a_words_kana_are_still_stray(tmp_path):
    """Between two kana of one word (「求め   られる」) a run of spaces is no blank: it splits the word."""
    text = ("第1条（目的）\n"
            "本規程は、会員に求め   られる義務を定める。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "stray-space")] == ["員に求め   られる義"]


# ------------------------------------------------------------------ defined terms: compounds, titles, definitions


def test_the_head_of_a_compound_is_no_clipped_defined_term(tmp_path):
    """「本取引口座」「本取引システム」 beside a defined 「本約款取引」: compounds written whole, not the term with 約款
    dropped (pub228)."""
    text = ("取引約款\n"
            "本約款は、当社とお客様との間の取引（以下「本約款取引」といいます。）について定めます。\n"
            "第1条（口座）\n"
            "当社は、お客様の本取引口座の開設を承認した後、本取引システムのIDを発行します。本約款取引は、本約款に従います。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "term-inconsistent")] == []


def test_the_document_named_by_its_title_after_hon_is_no_undefined_term(tmp_path):
    """「本商品先物取引説明書をお読みください」 under the title 商品先物取引説明書（…）: the document itself (pub228)."""
    text = ("商品先物取引説明書（契約締結前交付書面）\n"
            "お客様が当社と商品先物の取引（以下「本取引」といいます。）を行うにあたっては、本商品先物取引説明書を十分にお読み"
            "ください。\n"
            "第1条（取引）\n"
            "本取引は、当社が定める方法により行います。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "term-undefined")] == []


def test_a_name_the_definition_lists_is_no_slip_of_the_term_it_defines(tmp_path):
    """「「本規約」とは、本利用規約、プライバシーポリシーをいい」: 本利用規約 is a part 本規約 is made of, named by the
    definition (pub226); the fix 本規約 would define the term by itself."""
    text = ("撮影サービス利用規約\n"
            "第1条（定義）\n"
            "1. 「本規約」とは、本利用規約、プライバシーポリシーをいい、これらは全て本規約を構成するものとします。\n"
            "2. 「お客様」とは、本規約に同意して撮影サービスを利用される方をいいます。\n"
            "第2条（同意）\n"
            "お客様は、本規約に同意の上、撮影サービスを利用するものとします。本規約は、いつでも変更できます。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "term-inconsistent")] == []


# ------------------------------------------------------------------ references


def test_a_bare_paragraph_in_brackets_away_from_a_citation_is_this_articles(tmp_path):
    """「第3条に規定する場合を除き、…遊漁者 (第2項の承認を受けたものをいう。)」: the bracket opens on 遊漁者, not on
    第3条, so its 第2項 is this article's (pub227), not 第3条第2項."""
    text = ("第1条（申請）\n"
            "遊漁をしようとする者は、組合に申請しなければならない。\n"
            "2 組合は、前項の申請を承認するものとする。\n"
            "3 組合は、第3条に規定する場合を除き、他の遊漁者 (第2項の承認を受けたものをいう。)の行う採捕に支障があるときは、"
            "承認しないことができる。\n"
            "第2条（遊漁料）\n"
            "遊漁者は、遊漁料を納付しなければならない。\n"
            "第3条（制限）\n"
            "竿釣りによる遊漁は、制限しない。\n")
    assert [f.excerpt for f in _check(tmp_path, text) if f.rule.startswith("reference")] == []


# ------------------------------------------------------------------ structure: a heading after a bracketed sentence


def test_a_heading_right_after_a_bracketed_sentence_starts_its_article(tmp_path):
    """「(株式会社○○を甲、請負者を乙と定める。)第1条(目的)」: the preamble's note in brackets, then the first heading on
    the same line (pub227); read as text before, the document started at 第2条."""
    text = ("工事請負基本約款\n"
            "(株式会社みどり建設を甲、請負者を乙と定める。)第1条(目的)\n"
            "この約款は、甲が乙に発注する工事の基本的な事項を定める。\n"
            "第2条(適用範囲)\n"
            "この約款は、甲が乙に発注する工事の全てに適用する。\n")
    doc = _doc(tmp_path, text)
    assert [(a.number, a.title) for a in doc.articles] == [("1", "目的"), ("2", "適用範囲")]
    assert [f.rule for f in run_checks(doc) if f.rule.startswith("numbering")] == []


def test_a_bulleted_heading_after_a_sentence_left_open_starts_its_article(tmp_path):
    """「- 第1条 …必要な事項を定める」 (its 。 missing, the line as wide as the others) then 「- 第2条 …」 (pub226): the
    bullet says the next line is a heading, never a wrapped citation."""
    bodies = ["この規定は、宗教法人青葉院が運営する永代供養納骨堂の使用について必要な事項を定める",
              "納骨堂の使用を希望する者は、住民票の写しを添え、寺に申し込まなければならない。",
              "納骨堂は、墓の用に供する目的以外に使用することはできないものとする。",
              "使用者は、納骨堂の使用料を寺の定める期日までに納めなければならない。",
              "既納の使用料は、いかなる理由があっても使用者に還付しないものとする。",
              "使用者は、納骨堂及び地蔵尊の周りを常に清掃しなければならない。"]
    text = "青葉院納骨堂使用規定\n" + "".join(f"- 第{k}条 {b}\n" for k, b in enumerate(bodies, 1))
    doc = _doc(tmp_path, text)
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4", "5", "6"]
    assert [f.rule for f in run_checks(doc) if f.rule.startswith(("numbering", "reference"))] == []


# ------------------------------------------------------------------ typo: names the document gives


def test_a_name_the_document_gives_is_not_corrected(tmp_path):
    """「納骨堂の名称は、「寳蓮寺照曜堂」とする」: a temple's name and its hall's, side by side; 寺|照 reads as no word, but
    the name is the document's choice, wherever it is written after (pub226)."""
    text = ("第1条（名称）\n"
            "前条の規定による納骨堂の名称は、「寳蓮寺照曜堂」とする。\n"
            "第2条（管理）\n"
            "寳蓮寺照曜堂は、管理事務所を設置し、その管理は宗教法人寳蓮寺の代表役員が行う。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []


# ------------------------------------------------------------------ brackets: labels cited side by side


def test_half_bracket_labels_cited_side_by_side_are_no_brackets(tmp_path):
    """「本会は1)または2)のクーリングオフがあった場合」: two list labels of the form 1) cited with a conjunction (pub226)."""
    text = ("第5条（クーリングオフ）\n"
            "1) お客様は、契約書面を受領した日から8日以内であれば、契約を解除することができます。\n"
            "2) 関連商品の販売契約についても、同様とします。\n"
            "3) 本会は、1)または2)の解除があった場合、損害賠償を請求しません。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "bracket-unbalanced")] == []


# ------------------------------------------------------------------ entries labelled 「2・」, and one pasted twice


def test_paragraphs_numbered_with_a_middle_dot_are_paragraphs(tmp_path):
    """「1・お客様は…」「2・本会は…」: the dot of a list typed as the middle dot (pub226)."""
    doc = _doc(tmp_path, "第5条（解除）\n1・お客様は、契約を解除することができます。\n2・本会は、損害賠償を請求しません。\n")
    assert [(p.number, p.label) for p in doc.articles[0].paragraphs] == [(1, "1・"), (2, "2・")]


def test_an_entry_outside_articles_pasted_again_under_the_next_label_is_a_duplication(tmp_path):
    """「3・本会は…請求しません。」 then 「4・」 and the same words, in a notice without articles (pub226)."""
    same = "本会は、解除があった場合、お客様がすでに役務の提供を受けていたときでも、その対価の支払いを請求しません。"
    text = ("クーリング・オフについて\n"
            "1・お客様は、契約書面を受領した日から8日以内であれば、書面により契約を解除することができます。\n"
            "2・本会は、解除があった場合、お客様に対し、損害賠償又は違約金の支払いを請求しません。\n"
            f"3・{same}\n4・{same}\n")
    found = _check(tmp_path, text, "duplication")
    assert [(f.excerpt, text[f.span[0] - 2:f.span[0]]) for f in found] == [(same, "4・")]


# ------------------------------------------------------------------ pub227: amendments shown in place, typo guards


def test_an_articles_old_and_new_wording_led_by_an_arrow_are_no_duplicate(tmp_path):
    """「第1条 …」「⇒改定:」「第1条 …」: a page showing the old wording, then the revised one (pub227)."""
    text = ("みどり営農組合規約\n(目的)\n"
            "第1条 この組合は、農作業の受委託を通じて組合員の農業経営を効率化することを目的とする。\n"
            "⇒改定:\n"
            "第1条 この組合は、農作業の受委託を通じて組合員の農業経営を効率化し、地域農業を担うことを目的とする。\n"
            "(名称)\n第2条 この組合は、みどり営農組合と称する。\n")
    assert [f.rule for f in _check(tmp_path, text) if f.rule.startswith("numbering")] == []


def test_a_number_dropped_from_a_citation_is_reported(tmp_path):
    """「この組合は第条の目的を達成するために」 (pub227): 第 and 条 with no number between."""
    text = ("第1条（目的）\nこの組合は、組合員の農業経営の安定を目的とする。\n"
            "第2条（事業）\nこの組合は第条の目的を達成するために次の事業を行う。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == ["の組合は第条の目的を"]


def test_parallel_to_wo_towazu_and_a_continuative_before_motte_are_no_kana_slips(tmp_path):
    """「明示的であると暗示的であるとを問わず」 (AとBとを問わず) and 「…を志向しもって」 (し、もって with its 読点 left out)
    (pub227)."""
    text = ("第1条（保証）\n"
            "売主は、明示的であると黙示的であるとを問わず、契約品についていかなる保証もしない。\n"
            "第2条（目的）\n"
            "この組合は、経営の発展のため法人化を志向しもって組合員の利益を増進することを目的とする。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []


def test_a_citations_counter_typed_as_its_look_alike_is_a_typo(tmp_path):
    """「第1頃の規定による申請」 in a document that writes 第N項 (pub227); 第1順位 (順位, a word) is no slip."""
    text = ("第2条（申請）\n遊漁をしようとする者は、組合に申請しなければならない。\n"
            "2 組合は、第1頃の規定による申請があったときは、第1順位の者から承認するものとする。\n"
            "3 第1項の承認を受けた者は、遊漁料を納付しなければならない。\n")
    assert [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "typo")] == [("合は、第1頃の規定", "第1項")]


def test_the_common_form_of_a_kanji_is_no_slip_for_it(tmp_path):
    """「かに篭漁」: 篭 is the form of 籠 most texts write (pub227); no correction to 籠漁."""
    text = ("第3条（漁具）\n遊漁者が使用できる漁具は、次の表のとおりとする。\n"
            "漁具 | 規模\nかに篭漁 |\n篭\n10個以内 |\n篭には名札を付ける |\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []


def test_an_annex_whose_place_the_document_states_is_not_dangling(tmp_path):
    """「…は、別表2のとおりとする。なお、別表2は別紙で添付する。」 (pub227): the reader is told where it is; 別表1,
    cited with no word of where, is still reported."""
    text = ("第6条（最終処分）\n"
            "最終処分の場所の所在地及び処理能力は、別表2のとおりとする。なお、別表2は別紙で添付する。\n"
            "2 別表2に記載する事項に変更が生じた際は、甲は乙に通知する。\n"
            "3 廃棄物の種類及び数量は、別表1に定める。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "reference-dangling")] == ["別表1"]


def test_names_of_a_list_set_apart_by_spaces_are_no_stray_spaces(tmp_path):
    """「うなぎ漁業 うぐい漁業 やまめ漁業 もくずがに漁業 ふな漁業」: one table cell listing the fisheries, each name ending in
    漁業 (pub227); a space inside one of the names (「降海型や まめ」) is still told."""
    text = ("第2条（漁業権の内容）\n"
            "漁業権の内容は、次のとおりとする。\n"
            "うなぎ漁業 うぐい漁業 やまめ(降海型や まめを含む。)漁業 もくずがに漁業 ふな漁業\n")
    assert [f.excerpt for f in _check(tmp_path, text, "stray-space")] == ["降海型や まめを含"]


def test_a_later_kind_the_purpose_article_contradicts_is_reported(tmp_path):
    """No title names the kind, but 第1条 says 「この規則は、…基準を定めることを目的とする」; 「本規程は」 later is the slip
    (pub225)."""
    text = ("第一章 総則\n(目的)\n"
            "第1条 この規則は、当事務所が行う業務に係る報酬の基準を定めることを目的とする。\n"
            "(報酬)\n第2条 報酬は、別表のとおりとする。\n"
            "(適用範囲)\n第3条 本規程は、当事務所が行うすべての業務に適用する。\n")
    found = _check(tmp_path, text, "term-inconsistent")
    assert [(f.excerpt, f.suggestion) for f in found] == [("本規程", "本規則")]


def test_no_for_ni_before_kakageru_after_a_column_is_a_grammar_slip(tmp_path):
    """「次の左欄の掲げる漁具」 → 「左欄に掲げる」 (pub227); 「前項の定めるところにより」, law's own wording, is none."""
    text = ("第3条（漁具の制限）\n"
            "次の左欄の掲げる漁具による遊漁は、それぞれ右欄に掲げる規模の範囲内でなければならない。\n"
            "2 前項の定めるところにより、組合は遊漁を制限することができる。\n")
    assert [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "grammar-slip")] == [("左欄の掲げ", "左欄に掲げ")]


def test_a_repealed_statute_is_named_with_what_replaced_it(tmp_path):
    """「有価証券に関わる投資顧問業の規制等に関する法律」 (pub228; its own title says 係る): repealed in 2007, its business
    now governed by 金融商品取引法."""
    text = ("第1条（目的）\n"
            "甲は、有価証券に関わる投資顧問業の規制等に関する法律及び関係諸法令に従って投資顧問業務を行う。\n")
    assert [f.suggestion for f in _check(tmp_path, text, "name-obsolete")] == ["金融商品取引法"]


def test_one_kanji_with_suru_that_no_dictionary_knows_is_a_typo(tmp_path):
    """「時間に金額を積することによって」 (pub225): 積する is no verb (乗ずる, 積算する); 課する and 辞する are."""
    text = ("第3条（報酬の種類）\n"
            "タイムチャージとは、処理に要した時間に1時間あたりの金額を積することによって得る報酬をいう。\n"
            "2 当事務所は、依頼者に報酬を課することができる。\n"
            "3 委任を辞した場合も、前項と同様とする。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == ["の金額を積することによ"]


def test_no_between_a_verbal_noun_and_suru_is_a_grammar_slip(tmp_path):
    """「当社が主催のする撮影会」 → 「主催する」 (pub226); 「当社のする業務」 (の marking the subject) is none."""
    text = ("第1条（目的）\n"
            "本規約は、当社が主催のする撮影会について定める。\n"
            "2 当社のする業務の範囲は、別に定める。\n")
    assert [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "grammar-slip")] == [("主催のする", "主催する")]


def test_wo_before_a_verbal_noun_that_is_the_subject_of_hitsuyou_is_a_grammar_slip(tmp_path):
    """「管理料を納入が必要となります」 → 「管理料の納入が」 (pub226); 「管理料を納入することが必要」 is none."""
    text = ("第4条（使用料）\n"
            "墓所使用の申込には、管理料を納入が必要となります。\n"
            "2 使用者は、管理料を納入することが必要です。\n")
    assert [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "grammar-slip")] == [("を納入", "の納入")]


def test_a_heading_that_lost_its_dai_is_told_where_it_stands(tmp_path):
    """「4条 納骨堂永代使用権の承継…」 between 第3条 and 第5条 (pub226): the heading of 第4条, its 第 dropped, told there,
    not as a gap before 第5条."""
    text = ("納骨堂使用規程\n第1条 この規程は、納骨堂の使用について定める。\n第2条 使用者は、使用料を納める。\n"
            "第3条 使用料は還付しない。\n4条 納骨堂永代使用権の承継は、寺の承認を要する。\n"
            "第5条 この規程は、令和5年4月1日から施行する。\n")
    found = [(f.rule, f.excerpt, f.suggestion) for f in _check(tmp_path, text) if f.rule.startswith("numbering")]
    assert found == [("numbering-gap", "4条", "第4条")]


def test_layout_spaces_of_rules_pages_are_no_stray_spaces(tmp_path):
    """Letter-spaced captions (「(事 務 所)」) and 附 則, a date left blank with one space each (「、 年 月 日から」), a
    heading's label run into the line (「…する。第15条 学部長等は」) and a paragraph's number after the sentence before
    (「…をいう。 2 停学は」) are layout (pub229, pub230, pub232)."""
    text = ("第1条 (事 務 所)\n本会の事務所は、会長の指定する場所に置く。\n"
            "第2条 (期 間)\nこの契約の契約期間は、 年 月 日から支給決定期間の終了日までとする。\n"
            "第3条 (停学)\n停学とは、一定期間登校を禁止することをいう。 2 停学は、有期停学とする。第4条 学部長等は、"
            "停学の期間を定める。\n"
            "附 則\nこの会則は、令和5年4月1日から施行する。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "stray-space")] == []


def test_words_before_or_inside_definitions_are_no_variants_of_defined_terms(tmp_path):
    """A page's title above the preamble that defines 本件共同研究開発 (pub232); 「この規約は、…」 opening the page before
    第1条 defines 本規約 (pub231); お客様 in what 申込者 is defined as, where 利用者 is the defined user (pub231)."""
    contract = ("共同研究開発に関する契約書\n"
                "甲及び乙は、新素材の共同研究開発（以下「本件共同研究開発」という。）について、次のとおり契約を締結する。\n"
                "第1条（目的）\n本件共同研究開発は、甲乙が協力して行う。\n第2条（費用）\n本件共同研究開発の費用は甲が負担する。\n"
                "第3条（成果）\n本件共同研究開発の成果は甲乙の共有とする。\n")
    assert [f.excerpt for f in _check(tmp_path, contract, "term-inconsistent")] == []
    terms = ("この規約は、利用者が当社の提供する配信サービスを利用する条件を定めるものです。\n"
             "第1条（定義）\n1. 「本規約」とは、この利用規約をいいます。\n"
             "2. 「申込者」とは、本サービスの利用を希望して当社に申込みをしたお客様をいいます。\n"
             "3. 「利用者」とは、当社が申込みを承諾した申込者をいいます。\n"
             "第2条（適用）\n本規約は、利用者と当社との間に適用されます。利用者は、本規約を遵守します。\n"
             "第3条（変更）\n当社は、本規約を変更できます。利用者は、変更後の本規約に従います。\n")
    assert [f.excerpt for f in _check(tmp_path, terms, "term-inconsistent")] == []


def test_a_term_defined_by_reference_and_an_act_at_hand_are_no_undefined_names(tmp_path):
    """「(2) 本契約⏎第3条第2項に定める「本契約」をいいます」 defines 本契約 by the provision that makes it (pub231);
    「本利用にあたっての注意事項」 is this use, the act at hand (pub231)."""
    text = ("NFT利用規約\nこの利用規約（以下「本利用規約」といいます。）は、当社のサービスの利用条件を定めます。\n"
            "第1条（定義）\n(1) 本サービス\n当社が提供するNFTの販売サービスをいいます。 - (2) 本契約\n"
            "第3条第2項に定める「本契約」をいいます。\n"
            "第2条（同意）\n利用者は、本利用にあたっての注意事項に同意した上で、本サービスを利用します。\n"
            "第3条（契約の成立）\n本利用規約は、利用者に適用されます。\n"
            "2 利用者が本サービスを利用したときに、利用者と当社との間に本利用規約に基づく契約が成立します。\n")
    found = [(f.rule, f.excerpt) for f in _check(tmp_path, text) if f.rule in ("term-inconsistent", "term-undefined")]
    assert found == []


def test_labels_of_a_list_run_into_one_sentence_are_no_brackets(tmp_path):
    """「すなわち 1) 研究の構想…に携わった者,2) 論文の執筆…,3) 公表に…」 (pub232): labels 1) 2) 3) after kana and a
    half-width comma; a 「(原則として…」 left open is still told."""
    text = ("第3条（著者）\n"
            "著者は、論文に実質的な貢献をした者であること。すなわち 1) 研究の構想に携わった者,2) 論文の執筆を行った者,"
            "3) 公表の許諾が得られた者でなければならない。\n"
            "2 本誌で受け付ける論文は次の通りである。1) 原著論文,2) 総説(原則として編集委員会から依頼する。\n")
    assert [f.message[:14] for f in _check(tmp_path, text, "bracket-unbalanced")] == ["「(」が閉じられていません。"]


def test_zenkou_inside_a_later_item_of_a_one_paragraph_article_is_a_note_for_zengou(tmp_path):
    """「(二)…前項後段による学年の児童を…」 in an article of one paragraph and items (pub229): no error of a missing
    paragraph, a note that 前号 may be meant."""
    text = ("第6条（団員）\n本団の団員は、次のとおりとする。\n"
            "(一)団員は、地域内の小学生とし、学年は問わない。ただし、未就学児は保護者の同意を要する。\n"
            "(二)前項後段による児童は、各チームに5名まで加入させることができる。\n")
    found = [(f.severity, f.suggestion) for f in _check(tmp_path, text, "reference-dangling")]
    assert found == [("info", "前号")]


def test_paragraph_numbers_run_into_a_flattened_line_start_their_paragraphs(tmp_path):
    """A 規程 flattened onto one line (pub232): 「…通知しなければならない。2 前項の通告…」 is 第2項, whose 前項 is 第1項;
    the next article numbers from 2 again (「…できる。 2 前項の…」, a space before the number too); 「…とする。2 年以内に」
    is a count, no label."""
    text = ("(懲戒の手続)第7条 学長は、懲戒の決定があったときは、直ちに当該学生に通告し、かつ、その保証人に通知しなければ"
            "ならない。2 前項の通告及び通知が文書による場合は、これを受領した日に効力を生ずる。(再審査)第8条 学生は、懲戒の"
            "決定に不服があるときは、再審査を請求することができる。 2 前項の請求は、通告の日から30日以内に行う。再審査の結果は"
            "、理事会が定める期間内に通知するものとする。2 年以内に再び懲戒を受けた者は、除籍とする。\n")
    doc = _doc(tmp_path, text)
    assert [[p.number for p in a.paragraphs] for a in doc.articles] == [[None, 2], [None, 2]]
    assert [f.excerpt for f in run_checks(doc) if f.rule == "reference-dangling"] == []


def test_items_run_into_a_line_and_a_name_blank_are_no_stray_spaces(tmp_path):
    """「…が困難なこと  (2)学業成績…  (3)…」: the items of a list run into one line, set apart before each label
    (pub232); 「…といいます)・ さん(以下「代理人」…」: the blank for a name before さん (pub230); 「平成 年 月 日」 and a
    letter-spaced cell 「(2)高 等 学 校〃1名」 are a form's layout."""
    text = ("第4条（資格）\n奨学生は、次の要件を満たす者とする。  (1)経済的理由により、学業の継続が困難なこと  (2)学業成績が"
            "良好であること  (3)健康であること\n"
            "第5条（人数）\n人数は次のとおりとする。(1)大学3名以内 (2)高 等 学 校〃1名以内\n"
            "第6条（契約者）\n山田 太郎(以下「利用者」といいます)・ さん(以下「代理人」といいます)は、契約を締結する。\n"
            "第7条（期間）\n契約期間は 平成 年 月 日から1年間とする。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "stray-space")] == []


def test_a_section_titled_with_a_word_that_starts_like_a_count_is_a_section(tmp_path):
    """「3.営業日及び営業時間」 between 「2.事業所の職員体制」 and 「4.事業の目的」 (pub230): the dot makes 3 a label, not
    a count of 営業日; read as a paragraph of section 2, it gave a false gap."""
    text = ("重要事項説明書\n1.事業者概要\n法人名 株式会社みどり\n2.事業所の職員体制\n管理者 1名\n"
            "3.営業日及び営業時間\n営業日 月曜日から金曜日\n4.事業の目的\n利用者の自立を支援することを目的とします。\n")
    doc = _doc(tmp_path, text)
    assert [(a.number, a.title) for a in doc.articles] == [("1", "事業者概要"), ("2", "事業所の職員体制"),
                                                          ("3", "営業日及び営業時間"), ("4", "事業の目的")]


def test_contents_whose_entries_break_after_the_chapters_number_are_contents(tmp_path):
    """「第10章」⏎「決算(第57条-第61条)」 among ranged entries, then 「附 則」 (pub230): all contents; the 附則 entry
    opened the supplementary provisions before the body, and the articles were read as an annex's."""
    entries = "".join(f"第{k}章 章名{k}(第{2 * k - 1}条-第{2 * k}条)\n" for k in range(1, 10))
    text = ("経理規程\n目\n次\n" + entries + "第10章\n決算(第19条-第20条)\n附 則\n1\n第1章 総則\n(目的)\n"
            "第1条 この規程は、経理の基準を定めることを目的とする。\n(範囲)\n第2条 経理事務の範囲は、次のとおりとする。\n")
    doc = _doc(tmp_path, text)
    assert [a.display_label for a in doc.all_articles()] == ["第1条", "第2条"]
    assert doc.supplementary == []


def test_a_first_chapter_headed_as_a_list_number_is_told_where_it_stands(tmp_path):
    """「1.総則」 over 第1条 where 「第2章 …」 follows (pub232): the first chapter's heading, told there with 「第1章 総則」."""
    text = ("1.総則\n(目的)\n第1条 この規程は、奨学金の給与について定める。\n"
            "第2章 奨学生\n(資格)\n第2条 奨学生は、大学に在学する者とする。\n")
    found = [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "numbering-gap")]
    assert found == [("1.総則", "第1章 総則")]


# ------------------------------------------------------------------ pub233–236


def test_an_era_year_before_a_place_name_is_no_malformed_duration(tmp_path):
    """「条例（平成8年日南町条例第4号）」 (pub235): the year of an era, then the town's name; 令和3年年 is still one."""
    text = ("第1条（趣旨）\nこの規則は、美術館条例（平成8年日南町条例第4号）第9条の規定に基づき定める。\n"
            "第2条（施行）\nこの規則は、令和3年年8月1日から施行する。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "duration-malformed")] == ["3年年"]


def test_an_acts_number_in_brackets_before_a_wrapped_citation_is_no_caption(tmp_path):
    """「…図書館規程(昭和39年規程第12号)第4条⏎ 第2項の規定に基づき」 (pub235): a citation wrapped after 第4条, not a
    heading captioned by the act's number (a phantom 第4条 made the real one a duplicate)."""
    text = ("(趣旨)\n第1条 この規則は,附属図書館規程(昭和39年規程第12号)第4条\n 第2項の規定に基づき,資料室の利用に関し"
            "必要な事項を定める。\n(利用)\n第2条 資料は,閲覧の方法により利用に供する。\n(休室日)\n第3条 休室日は,日曜日とする。\n"
            "(開室時間)\n第4条 開室時間は,午前9時から午後5時までとする。\n2 前項の規定にかかわらず,臨時に変更することができる。\n")
    doc = _doc(tmp_path, text)
    assert [a.number for a in doc.articles] == ["1", "2", "3", "4"]
    assert [f.rule for f in run_checks(doc) if f.severity == "error"] == []


def test_a_timetables_rows_are_no_sections(tmp_path):
    """「1限目 9:00~9:45」… (pub236): an ordinal count, no section numbered 1; 「1.科目」 heads one."""
    text = ("受講規程\n1.科目\n日本語の科目は、次のとおりとする。\n2.授業時間\n授業時間は、次のとおりとする。\n"
            "1限目 9:00~9:45\n2限目 10:00~10:45\n3限目 11:00~11:45\n3.欠席\n欠席の場合は、届け出ること。\n")
    doc = _doc(tmp_path, text)
    assert [(a.number, a.title) for a in doc.articles] == [("1", "科目"), ("2", "授業時間"), ("3", "欠席")]


def test_a_first_item_and_a_run_in_paragraph_after_sentences_start_lines(tmp_path):
    """「…を次のとおりとする。(1) 土曜日」⏎「(2) 日曜日」: the first item runs on after its lead (pub236), no gap before
    (2); 「2 …できる。 3 災害その他…」: paragraph 3 run on after paragraph 2's sentence, on a long line."""
    text = ("第6条（休業日）\n本学院の休業日を次のとおりとする。(1) 土曜日\n(2) 日曜日\n(3) 国民の祝日\n"
            "2 教育上必要かつやむを得ない事情があると学院長が認めるときは、前項の規定にかかわらず、休業日に授業を行うこと"
            "ができる。 3 災害その他急迫の事情があると学院長が認めるときは、臨時に授業を行わないことができる。\n")
    doc = _doc(tmp_path, text)
    assert [p.number for p in doc.articles[0].paragraphs] == [None, 2, 3]
    assert [i.label for i in doc.articles[0].paragraphs[0].items] == ["(1)", "(2)", "(3)"]
    assert [f.rule for f in run_checks(doc) if f.severity != "info"] == []


def test_a_clause_ending_in_a_noun_among_bullets_is_no_list_cut_by_a_period(tmp_path):
    """「・冷蔵庫はメンバー用冷蔵庫を利用。ゲスト用冷蔵庫は使用しない」 (pub234): two sentences, the first ending in a noun;
    the bullets of the lines are no separators of a noun list."""
    text = ("第5条（共用部）\n共用部の利用は、次のとおりとする。\n・冷蔵庫はメンバー用冷蔵庫を利用。ゲスト用冷蔵庫は使用しない\n"
            "・洗濯機は夜10時まで・乾燥機は夜11時まで\n")
    assert [f.excerpt for f in _check(tmp_path, text, "item-list")] == []


def test_ministers_of_renamed_ministries_and_a_notice_numbered_without_gou(tmp_path):
    """「運輸大臣の許可を受けて」 (pub233): the minister is now 国土交通大臣; 「運輸省告示第4 9」 alone on its line, its 号
    lost by the PDF's text, is the notice of its day, not a stale name."""
    text = ("標準運送約款\n運輸省告示第4 9\n第1条（適用範囲）\n当社の経営する運送事業（運輸大臣の許可を受けて行うものに限る。）"
            "の運送契約は、この運送約款の定めるところによる。\n")
    assert [f.suggestion for f in _check(tmp_path, text, "name-obsolete")] == ["国土交通大臣"]


def test_a_word_broken_by_a_pdfs_line_is_no_kana_slip(tmp_path):
    """「●募集チラシの内容をよくお読みい⏎ただき、お申込みください。」 (pub233): いただき broken across two lines."""
    text = ("旅行条件書\n●募集チラシの内容をよくお読みい\nただき、お申込みください。\n●お申込金は旅行代金の一部として"
            "取り扱います。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "typo")] == []


def test_common_misspellings_and_words_their_context_rules_out(tmp_path):
    """From pub233–236: 尊守 (遵守), 見回り品 (身の回り品), 文章による申入れ (文書), トイレ…配水管 (排水管), 作品の観賞
    (鑑賞), スタッフ立ち合い (立ち会い), 課程終了 (修了); 主催旅行 renamed 募集型企画旅行 in 2005; を満たない."""
    text = ("第1条（遵守）\n会員は、本規約を尊守しなければならない。\n"
            "第2条（手荷物）\n「携帯品」とは、旅客の見回り品その他の物品をいう。\n"
            "第3条（解約）\n契約満了の10日前までに文章による申入れがない場合は、更新する。\n"
            "第4条（設備）\nトイレ及び流し台は、配水管に物を詰まらせないよう注意すること。\n"
            "第5条（事業）\n美術作品の観賞指導を行う。見学はスタッフ立ち合いの上で行う。\n"
            "第6条（保証）\n当社は、受入機関での課程終了を保証しない。\n"
            "第7条（契約）\nお客様は当社と主催旅行契約を結ぶ。最少催行人数を満たない場合は中止する。\n")
    found = sorted((f.rule, f.suggestion) for f in _check(tmp_path, text)
                   if f.rule in ("confusable-word", "name-obsolete", "grammar-slip"))
    assert found == sorted([("confusable-word", "遵守"), ("confusable-word", "身の回り品"), ("confusable-word", "文書"),
                            ("confusable-word", "排水管"), ("confusable-word", "鑑賞"), ("confusable-word", "立ち会い"),
                            ("confusable-word", "修了"), ("name-obsolete", "募集型企画旅行"),
                            ("grammar-slip", "に満たない")])


def test_words_of_the_same_sound_in_their_own_contexts_stay_quiet(tmp_path):
    """観賞用魚類, a race's コース終了, 配水管 of the water supply, 文章 as prose: each word where it is meant."""
    text = ("第1条（飼育）\n小鳥及び観賞用魚類は飼育することができる。\n"
            "第2条（大会）\n走コース終了後は、速やかに退場すること。\n"
            "第3条（工事）\n市は、配水管の工事を行う。\n"
            "第4条（投稿）\n投稿する文章による権利侵害があったときは、投稿者が責任を負う。\n")
    found = [f.excerpt for f in _check(tmp_path, text) if f.rule == "confusable-word"]
    assert found == []


def test_goto_before_nitsuite_and_a_joint_duty_performed(tmp_path):
    """「利用料金を支払うごとについて」 (こと, pub230) and 「連帯して責務を履行する」 (債務, pub234); 「支払うごとに」
    (each time) stays quiet."""
    text = ("第1条（目的）\n利用者は、サービスを受け、それに対する利用料金を支払うごとについて、契約を締結する。\n"
            "第2条（料金）\n利用料金は、サービスを利用するごとに支払う。\n"
            "第3条（保証人）\n保証人は、契約者と連帯して責務を履行する責を負う。\n")
    found = [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "confusable-word")]
    assert found == [("ごと", "こと"), ("責務", "債務")]


def test_slips_among_layouts_are_still_told(tmp_path):
    """What the layouts above must not hide (pub204, pub208, pub218, pub221, read again): a caption spaced among tight
    ones (「(総 会)」 beside 「(名称)」「(目的)」), spaces after sentences that end alike (「…ます。 ご入金は…します。
    請求書…」), a run of spaces inside a kanji word (「関   連する」), and a bracket misplaced beside notes (注1)(注2)."""
    text = ("第1条 (名称)\n本会は、青葉会と称する。\n第2条 (目的)\n本会は、会員の親睦を目的とする。\n"
            "第3条 (総 会)\n総会は、年1回開催する。\n"
            "第4条 (料金)\n料金は期日までにお支払いいただきます。 ご入金は予約後に請求書をお送りします。 請求書の期日は"
            "別に定めます。 規定期日を過ぎた場合は予約を取り消します。\n"
            "第5条 (契約)\n本規約及びこれに関   連する契約は、日本法に従う。\n")
    found = [f.excerpt for f in _check(tmp_path, text, "stray-space")]
    assert "条 (総 会)" in found and "これに関   連する契" in found
    assert sum(1 for x in found if "。 " in x) == 3
    notes = ("第6条 (補償)\nペットがケガまたは病気(注1)によって診療を受け、支払った治療費(注2)の一定割合を補償します。\n"
             "(注1「)ケガまたは病気」とは、傷害または疾病を指します。\n")
    assert [f.message[:10] for f in _check(tmp_path, notes, "bracket-unbalanced")] == ["「「」が閉じられない"]


def test_a_pages_title_read_as_an_article_makes_no_duplicate(tmp_path):
    """「第1条 この規程は - 社会福祉協議会」, a page's title above the rules (pub230), then the real 第1条: no sentence in
    the first, so no duplicate number; two articles with text under one number still are."""
    text = ("第1条 この規程は - 社会福祉協議会\n経理規程\n(目的)\n第1条 この規程は、本会の経理の基準を定める。\n"
            "(範囲)\n第2条 経理事務の範囲は、次のとおりとする。\n")
    assert [f.rule for f in _check(tmp_path, text) if f.rule == "numbering-duplicate"] == []
    twice = ("(目的)\n第1条 この規程は、本会の経理の基準を定める。\n(範囲)\n第2条 経理事務の範囲は、別に定める。\n"
             "(区分)\n第2条 会計の区分は、一般会計とする。\n(責任者)\n第3条 経理の責任者は、会長とする。\n")
    assert [f.rule for f in _check(tmp_path, twice) if f.rule == "numbering-duplicate"] == ["numbering-duplicate"]


def test_a_space_inside_a_half_width_bracket_on_one_side_is_told(tmp_path):
    """「当社の旅行業約款(手配旅行契約の部・旅行相談契約の部 )によります」 (pub233), as inside a full-width one."""
    text = ("第1条（約款）\nこの契約は、当社の旅行業約款(手配旅行契約の部・旅行相談契約の部 )によります。\n")
    assert [f.excerpt for f in _check(tmp_path, text, "stray-space")] == ["契約の部 )により"]


def test_a_definition_in_quotation_brackets_is_a_legal_style_slip(tmp_path):
    """「本規約は、HALL「以下、ホールと称する」が運営する施設に適用する」 (pub235): the definition belongs in （）, the
    term alone in 「」; 「（以下「ホール」と称する。）」 is none."""
    text = ("第1条（適用範囲）\n本規約は、HALL「以下、ホールと称する」が運営する施設に適用する。\n"
            "第2条（会員）\n会員とは、ホール（以下「当ホール」と称する。）に登録した者をいう。\n")
    assert [(f.excerpt, f.suggestion) for f in _check(tmp_path, text, "legal-style")] == [("「以下", "（以下")]
