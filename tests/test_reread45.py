"""What the rereading of the readers' marked misses found in session 45 (pub422–pub452: errors the checks did not
report): each construct is tested in real documents of the corpus, where it occurs or is planted, with the near forms
that must stay quiet."""

from pathlib import Path

from conftest import doc_from_text, findings_added

from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _said(path: Path, rule: str) -> list[tuple[str, str | None]]:
    doc = doc_from_text(path.read_text(encoding="utf-8"), path.name)
    return [(f.excerpt, f.suggestion) for f in run_checks(doc, [rule])]


# ------------------------------------------------------------------ の between a predicate and the noun it qualifies

def test_an_no_between_a_finished_predicate_and_its_noun_is_a_slip():
    """A finished verb qualifies the noun after it directly: 「決定するの唯一の責任」 (a wallet's terms, in です・ます)."""
    assert ("るの唯一", "る唯一") in _said(FIXTURES / "pub79" / "tokenpocket.md", "grammar-slip")


def test_the_no_of_statute_wording_in_plain_rules_stays_quiet():
    """「報道及び評論等を公開するの自由を妨げるものではない」 (an alumni election rule, copying 公職選挙法 第148条's
    「掲載するの自由」): statutes of the 1950s wrote so; a document in the plain style is not told."""
    assert not [s for s in _said(FIXTURES / "pub113" / "senkyo.txt", "grammar-slip") if s[0] == "るの自由"]


def test_a_no_clause_made_the_object_of_a_verbal_noun_is_not_told_as_a_stray_no():
    """「そのような発言をやめてと言ったの無視したら」 (a community's rules): の makes the clause a noun, the object of
    無視する whose を was dropped; deleting the の, as the stray-の finding would say, is no correction."""
    path = FIXTURES / "pub135" / "jao_rule.md"
    assert "言ったの無視" in path.read_text(encoding="utf-8")
    assert not [s for s in _said(path, "grammar-slip") if s[0].endswith("の無視")]


def test_no_before_particles_numbers_and_old_statutes_hoka_stays_quiet():
    path = FIXTURES / "pub88" / "samurai_nda.php"
    for quiet in ("知り得たのみならず", "知り得たの1つ", "知り得たの外"):
        assert findings_added(path, "知り得た", quiet, "grammar-slip") == [], quiet
    assert findings_added(path, "知り得た", "知り得たの機密", "grammar-slip")


# ------------------------------------------------------------------ a katakana word cut after its small ッ

def test_a_katakana_word_ending_in_small_tsu_lost_its_last_kana():
    """A travel agency's 「パンフレッ・webト等において」: ト was typed after web; no loanword ends in ッ."""
    path = FIXTURES / "pub76" / "pokekaru.html"
    added = findings_added(path, "パンフレット記載内容", "パンフレッ・webト記載内容", "typo")
    assert [f.excerpt[:6] for f in added] == ["パンフレッ・"], added
    assert added[0].severity == "warning"


def test_short_sounds_and_words_with_tsu_inside_stay_quiet():
    path = FIXTURES / "pub76" / "pokekaru.html"
    for quiet in ("ハッと気付く記載内容", "パンフレット・チケット記載内容", "ホッチキス留めの記載内容"):
        assert findings_added(path, "パンフレット記載内容", quiet, "typo") == [], quiet


# ------------------------------------------------------------------ okurigana and honorifics written twice

def test_the_e_of_eru_written_after_its_kanji_is_doubled_okurigana():
    """A staffing platform's 「又は知り得えた、相手方に関する技術」: 得 is read え (知り得た)."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た", "知り得えた", "redundant-expression")
    assert [(f.excerpt, f.suggestion) for f in added] == [("得え", "得")], added
    assert findings_added(path, "知り得た", "知り得る", "redundant-expression") == []


def test_sama_before_minasama_honours_twice():
    """A job board's 「その都度利用者様の皆様へご連絡致しかねます」: 様 and 皆様 honour the same readers."""
    path = FIXTURES / "pub72" / "hoikuhiroba.blade.php"
    added = findings_added(path, "利用者の皆様", "利用者様の皆様", "redundant-expression")
    assert [(f.excerpt, f.suggestion) for f in added] == [("様の皆様", "の皆様")], added
    for quiet in ("利用者の皆様", "お客様各位"):
        assert findings_added(path, "利用者の皆様", quiet, "redundant-expression") == [], quiet


# ------------------------------------------------------------------ a status word left from another template

def test_an_undefined_status_word_in_terms_of_another_user_is_a_leftover():
    """A marketplace's terms define 利用者 (69 times) and write 「会員の注文または購入等によって」 once: members were
    the user of another template (readers marked the same in four published terms: 「…に関して会員に生じた損害」,
    「直接の原因で契約者に現実に発生した」)."""
    path = FIXTURES / "pub59" / "smashmatch.txt"
    said = [(f.excerpt, f.suggestion) for f in run_checks(doc_from_text(path.read_text(encoding="utf-8"), path.name),
                                                          ["term-inconsistent"]) if f.excerpt == "会員"]
    assert said == [("会員", "利用者")], said


def test_a_status_the_terms_give_or_another_thing_owns_stays_quiet():
    """「利用者は、会員として、本サービスを…」 (a childcare platform: the terms make their users members), and 「パーソナル
    プランの会員」 (members of a plan, a web service defining お客様) are the documents' own words."""
    for path in (FIXTURES / "pub72" / "hoikuhiroba.blade.php", FIXTURES / "pub72" / "onelook.blade.php"):
        doc = doc_from_text(path.read_text(encoding="utf-8"), path.name)
        assert not [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt in ("会員", "契約者", "加入者")], path
    path = FIXTURES / "pub59" / "smashmatch.txt"
    for quiet in ("プラチナプランの会員の注文", "会員として登録した者の注文"):
        assert not [f for f in findings_added(path, "会員の注文", quiet, "term-inconsistent") if f.excerpt == "会員"], quiet


# ------------------------------------------------------------------ なし after a noun

def test_nashi_after_a_noun_written_over_its_kanji_is_no_slip_of_nai():
    """An inn's 「止宿人が自らなし、または加担した事故」: 自ら is a noun and なし follows it whole (なす, or without); the
    kana run らなし, which law text never writes, was corrected to らない, a negation only a verb's stem takes. The
    Mozilla terms' 「これに限定されなし」 stays told (tests/test_checks_issue16.py)."""
    path = FIXTURES / "pub100" / "grena.html"
    assert findings_added(path, "提携法律事務所が自らの資格", "提携法律事務所が自らなし、または加担した資格",
                          "typo") == []


# ------------------------------------------------------------------ a space cutting a compound noun of a sentence

def test_a_space_between_two_nouns_of_one_compound_in_a_sentence_is_stray():
    """An app's terms pasted from a PDF: 「本サービス（…）の利⽤ 条件を定めるものです」 (利用条件, one compound); a privacy
    policy's 「以下のとおり個人情報 保護方針を定め」 (pub453). Japanese prose sets no space between the nouns of a
    compound."""
    assert any(e.endswith("利⽤ 条件を定") for e, _ in _said(FIXTURES / "pub63" / "lismoa.php", "stray-space"))
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た", "知り得た個人情報 保護方針の", "stray-space")
    assert [(f.excerpt, f.suggestion, f.severity) for f in added] == [("個人情報 保護方針", "個人情報保護方針", "info")], added


def test_names_titles_and_item_columns_set_apart_by_a_space_stay_quiet():
    """A surname and a given name (「…を営む大森 康平です」), a title run into its text (「2. 本規約の改訂 本利用規約は」),
    and the space between an item's two columns (the bylaws' 「一　管理事務室、…必要な施設 管理事務（…）を受託し…者」
    beside 「二　電気室 対象物件に…」: tests/test_checks_kiyaku.py) are separators."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    for quiet in ("知り得た者は、事業を営む大森 康平の", "知り得た\n2. 本規約の改訂 本利用規約は、改訂できる。\n"):
        assert findings_added(path, "知り得た", quiet, "stray-space") == [], quiet


# ------------------------------------------------------------------ digits of two widths across a decimal point

def test_a_decimal_whose_digits_are_of_two_widths_is_a_slip():
    """An MVNO's terms, 「年14．６％の割合による遅延損害金」 (pub453): the digits before the point half width, the one
    after it full width; a point of the other width alone (「年14．6％」, engol's own) stays a note."""
    path = FIXTURES / "pub102" / "engol.ctp"
    added = [f for f in findings_added(path, "年14．6％", "年14．６％", "convention-deviation") if "一つの数" in f.message]
    assert [(f.severity, f.suggestion) for f in added] == [("warning", "14.6")], added


def test_a_labels_number_before_a_number_of_the_other_width_is_no_decimal():
    """「<td>１．31日以上の派遣契約については…」 (a staffing contract's table): the label １． and the number 31."""
    path = FIXTURES / "pub102" / "engol.ctp"
    added = findings_added(path, "年14．6％", "年14．6％<br>１．31日以上の契約は，別に定める。", "convention-deviation")
    assert not [f for f in added if "一つの数" in f.message and "31" in f.excerpt], added


# ------------------------------------------------------------------ a web address with no host

def test_a_web_address_cut_after_its_www_is_a_blank_of_the_template():
    """A repair-cost cover's 「当社サービスページ「https://www.」にアクセスし」 (pub454): the host was left to write."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た", "知り得た（当社サービスページ「https://www.」を参照）", "template-placeholder")
    assert [f.message[:14] for f in added] == ["「https://www.」"], added
    for quiet in ("知り得た（https://www.e-gov.go.jp/を参照）", "知り得た（「https://」で始まるアドレス）"):
        assert findings_added(path, "知り得た", quiet, "template-placeholder") == [], quiet


def test_an_example_address_ends_with_its_path():
    """「詳しくは https://www.example.co.jp/terms を参照」: the address of an example domain is the blank, not the words
    that normalization joined to it."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た", "知り得た（詳しくは https://www.example.co.jp/terms を参照）",
                           "template-placeholder")
    assert [f.message.split("」")[0] for f in added] == ["「https://www.example.co.jp/terms"], added


def test_a_counted_period_with_no_aida_and_mae_ni_jizen_ni_say_it_twice():
    """「利用契約開始日より1年間の間に」 (pub454), 「ご利用前に事前に当会へ」 (pub455); 「勤務時間の間に」 counts no period."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    said = [(f.excerpt, f.suggestion) for f in findings_added(
        path, "知り得た", "1年間の間に、ご利用前に事前に知り得た", "redundant-expression")]
    assert said == [("1年間の間", "1年間"), ("前に事前に", "前に")], said
    assert findings_added(path, "知り得た", "勤務時間の間に知り得た", "redundant-expression") == []


# ------------------------------------------------------------------ a particle on both sides of a definition; a blend

def test_a_particle_before_a_definitions_bracket_and_after_it_marks_the_noun_twice():
    """A home-help service's 「対象物件に居住される方は、（以下「居住者」といいます。）は本サービスを…」 (pub455)."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た", "知り得た方は、（以下「受領者」という。）は", "grammar-slip")
    assert [f.excerpt for f in added] == ["り得た方は、（以下「受領者」という。）は"], added
    assert findings_added(path, "知り得た", "知り得た方（以下「受領者」という。）は", "grammar-slip") == []


def test_kisubeki_and_kisuru_koto_no_dekinai_blended_is_told():
    """A help-desk's 「その他当社の責めに帰すべきことのできない事由」 (pub454): two set phrases of fault in one."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    said = [(f.excerpt, f.suggestion) for f in findings_added(
        path, "知り得た", "当社の責めに帰すべきことのできない事由により知り得た", "confusable-word")]
    assert said == [("すべきことのでき", "することのでき")], said
    for quiet in ("当社の責めに帰すべき事由により知り得た", "当社の責めに帰することのできない事由により知り得た"):
        assert findings_added(path, "知り得た", quiet, "confusable-word") == [], quiet


# ------------------------------------------------------------------ a note mark with no note

def test_a_numbered_note_mark_with_no_note_dangles():
    """An MVNO's 「サービス規則※1)に従い」 (pub453) and a repair cover's 「保険金額（※1）」 whose notes are plain bullets
    (pub454): no text of the document opens with ※1."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た", "知り得た（サービス規則※1)による）", "reference-dangling")
    assert [f.excerpt for f in added] == ["た（サービス規則※1)による）"], added
    assert added[0].severity == "warning"


def test_a_note_mark_whose_note_opens_a_line_or_follows_a_sentence_stays_quiet():
    """GMO Sign's price table: 「（※1）（※2）」 beside a plan, the notes 「（※1）サービス内容に含まれて…」 at a line's start
    and 「…任意加入となります。（※2）「画像添付オプション」…」 after a sentence (the PDF's lines joined)."""
    from pipeline.api import read_document

    doc = read_document(Path(__file__).parents[1] / "raw" / "saporis" / "gmo-sign-service-terms.txt")
    assert not [f for f in run_checks(doc, ["reference-dangling"]) if "※" in f.excerpt]


# ------------------------------------------------------------------ a word for one of the third parties

def test_a_standing_synonym_that_names_one_of_the_third_parties_is_another_person():
    """An API's terms call the licensee 利用者 (24 times) and its own users ユーザー: 「成果物に生じるユーザーその他の
    第三者からの問い合わせ」 (pub456, two false warnings). The app terms of pub114 call their user ユーザー and write
    利用者 once for the same person: still told."""
    path = FIXTURES / "pub114" / "minddrift.md"
    told = [f for f in run_checks(doc_from_text(path.read_text(encoding="utf-8"), path.name), ["term-inconsistent"])
            if f.excerpt == "利用者"]
    assert len(told) == 1
    doc = doc_from_text(path.read_text(encoding="utf-8").replace("利用者の権利義務", "利用者その他の第三者の権利義務"),
                        path.name)
    assert not [f for f in run_checks(doc, ["term-inconsistent"]) if f.excerpt == "利用者"]


def test_i_dropped_in_a_bots_terms_that_ask_as_friends_do_is_a_note():
    """A Discord bot's terms end their summary 「…荒らしとか犯罪とかしないでね。」「…止まるけど許してね。」: the spoken
    register, whose 「規約の大半占めてます」 (い抜き) is its voice (pub456; the reader judged the warning unsure)."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    slip = "知り得た。本規約が大半を占めてます。"
    told = findings_added(path, "知り得た", slip, "grammar-slip")
    assert [f.severity for f in told] == ["warning"], told
    talk = findings_added(path, "知り得た", slip + "止まるけど許してね。", "grammar-slip")
    assert [f.severity for f in talk] == ["info"], talk


# ------------------------------------------------------------------ spaces between the fields of a line

def test_spaces_between_fields_of_a_line_or_a_cell_stay_quiet():
    """A fan club's 「振込先：あすか信用組合 本店営業部 普通 0167183」, a study trip's 「問合せ先 ： 03-5295-0205」, a
    readme's 「Visual C++ 2010 ランタイムライブラリ」 (pub458: false notes): fields set apart by the layout, and a version in
    a Latin name. A space before a number inside a sentence is still told where the document writes its numbers
    tight."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    for quiet in ("知り得た<br>振込先：あすか信用組合 本店営業部 普通 0167183<br>",
                  "知り得た<br>問合せ先 ： 03-5295-0205<br>",
                  "知り得た「Visual C++ 2010 ランタイムライブラリ」が必要です。"):
        assert findings_added(path, "知り得た", quiet, "stray-space") == [], quiet
    told = findings_added(path, "知り得た", "知り得た情報は 5年間保管します。", "stray-space")
    assert [f.excerpt for f in told] == ["た情報は 5年間保"], told


# ------------------------------------------------------------------ a verb's stem before 際; a law infringed; ・など

def test_a_verbs_continuative_before_sai_is_a_slip():
    """A game site's 「本サービスと通信を行い際にかかるパケット通信代」 (pub456): 際 takes 行う. 「給与支払い時」 (a verb's
    noun and 時) and 「利用する際」 stay quiet."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    said = [(f.excerpt, f.suggestion) for f in findings_added(path, "知り得た", "通信を行い際に知り得た", "grammar-slip")]
    assert said == [("行い際", "行う際")], said
    for quiet in ("給与支払い時に知り得た", "通信を行う際に知り得た", "通信の際に知り得た"):
        assert findings_added(path, "知り得た", quiet, "grammar-slip") == [], quiet


def test_a_law_infringed_and_a_middle_dot_before_nado():
    """An API's terms: 「規則および命令等を侵害する目的」 (a law is breached: に違反する) and 「信頼性・正確性・完全性・など
    について」 (pub456). 「第三者の権利を侵害する」 stays quiet."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    said = [(f.excerpt, f.suggestion) for f in findings_added(
        path, "知り得た", "命令等を侵害する目的で、正確性・完全性・などについて知り得た", "confusable-word")]
    assert said == [("を侵害", "に違反"), ("・など", "など")], said
    assert findings_added(path, "知り得た", "第三者の権利を侵害して知り得た", "confusable-word") == []


# ------------------------------------------------------------------ a page of questions and answers talks

def test_a_page_that_asks_in_the_askers_words_talks_and_its_nai_desu_is_a_note():
    """A coding school's house rules answer 「やめなければいけないですか？」「全員同じ決まりごとですか？」 (pub460): its
    「数えていないです」 is the register of an FAQ, a note; 「…考えてください。もしくは静かに…」 opens a sentence on an
    alternative after a polite request, as plain prose may. Without the questions, 「いないです」 stays a warning."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    told = findings_added(path, "知り得た", "知り得たことは数えていないです。", "grammar-slip")
    assert [f.severity for f in told] == ["warning"], told
    faq = ("知り得たことは数えていないです。<br>Q. やめなければいけないですか？<br>Q. 全員同じですか？<br>"
           "DMで伝えてください。もしくは静かに退出してください。")
    assert [f.severity for f in findings_added(path, "知り得た", faq, "grammar-slip")] == ["info", "info"]


def test_a_drafters_todo_left_in_the_text_is_a_note_to_delete():
    """A conference's code of conduct: 「ハラスメントを受けた場合には(TODO: スタッフの確認方法)」 (pub460); an app's terms
    with a 「TODO」 badge where its contact details should be (pub459); pitamark's 「[TBD: Phase 10…]」 (pub153). A
    ToDo app's 「TODOリスト」 and a quoted 「※TBD」 stay quiet."""
    said = _said(FIXTURES / "pub153" / "pitamark.md", "template-placeholder")
    assert any("TBD" in e for e, _ in said), said
    path = FIXTURES / "pub88" / "samurai_nda.php"
    added = findings_added(path, "知り得た", "知り得た(TODO: スタッフの確認方法)", "template-placeholder")
    assert [f.message[:6] for f in added] == ["「TODO」"], added
    for quiet in ("知り得たTODOリスト", "知り得た（末尾に「※TBD」と付記）"):
        assert findings_added(path, "知り得た", quiet, "template-placeholder") == [], quiet


def test_a_word_of_the_dictionary_beside_a_phrase_written_once_is_no_slip():
    """JJUG's rules: 「辞任した幹事の残任期間中」 beside 「幹事の選任」 once (pub460): 残任 (the rest of a term) is a word of
    rules on officers, and one phrase written once vouches for no slip of 選任."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    slip = "理事を選任し、監事を選任し、会長を選任し、幹事の選任を行い、辞任した幹事の残任期間中に知り得た"
    assert findings_added(path, "知り得た", slip, "typo") == []


def test_spaces_around_a_leader_of_dots_set_a_term_and_its_meaning_apart():
    """A company's travel rules write every entry 「職務出張 ・・・ 会社命令による業務…」 (pub30; the same template's
    就業規則, pub461, drew 52 false notes): the spaces around the leader are its layout."""
    said = _said(FIXTURES / "pub30" / "denkiyagi_ryohi.md", "stray-space")
    assert not [e for e, _ in said if "・・・" in e], said
    path = FIXTURES / "pub88" / "samurai_nda.php"
    assert findings_added(path, "知り得た", "知り得た<br>・職務出張 ・・・ 会社命令による出張<br>", "stray-space") == []


def test_a_relational_noun_after_no_is_no_slip():
    """A company's 就業規則 (pub461, two false warnings): 「十分な管理のもと取り扱う」 (の and もと, 下, a noun of relation
    written in kana: no dropped の of ものと) and 「従業員の内常時使用する者」 (の|内, うち, then 常時: two words, no pair
    内常 misspelt for 内定)."""
    said = _said(FIXTURES / "pub461" / "mk_shugyo.md", "typo")
    assert not [e for e, _ in said if "のもと" in e or "内常" in e], said


def test_rest_of_a_term_is_no_slip_of_election_in_real_rules():
    """JJUG's 会則: 「辞任した幹事の残任期間中」 beside 「幹事の選任」 once (pub460)."""
    said = _said(FIXTURES / "pub460" / "jjug_rule.md", "typo")
    assert not [e for e, _ in said if "残任" in e], said


def test_the_users_of_an_apis_licensee_are_no_synonym_and_its_slips_are_told():
    """Mapion's API terms (pub456): ユーザー beside 利用者 is quiet; 「命令等を侵害する」 and 「完全性・など」 are told."""
    doc = doc_from_text((FIXTURES / "pub456" / "mapion_api.html").read_text(encoding="utf-8"), "mapion_api.html")
    found = run_checks(doc, ["term-inconsistent", "confusable-word"])
    assert not [f for f in found if f.rule == "term-inconsistent" and f.excerpt == "ユーザー"], found
    assert {(f.excerpt, f.suggestion) for f in found if f.rule == "confusable-word"} >= {("を侵害", "に違反"),
                                                                                       ("・など", "など")}


def test_names_lowered_as_a_pages_habit_are_notes():
    """A coding school's FAQ writes 「github」 four times (pub460): in a page that talks (it asks its questions in the
    asker's words), its casual voice, a note. In terms that do not talk, the lowered name stays a warning."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    one = findings_added(path, "知り得た", "githubで知り得た", "name-variant")
    assert [(f.excerpt, f.severity) for f in one] == [("github", "warning")], one
    faq = "githubで知り得た<br>Q. やめなければいけないですか？<br>Q. 全員同じですか？<br>"
    talk = findings_added(path, "知り得た", faq, "name-variant")
    assert [(f.excerpt, f.severity) for f in talk] == [("github", "info")], talk


def test_a_list_set_with_digits_under_an_item_is_no_run_of_paragraphs():
    """A 就業規則's 第50条 (pub461): paragraphs 「１．」「２．」, and under item ⑭ 「但し、会社は下記の事由による解雇は行わ
    ない。」 a list 「１ 無期契約の…」「２ 有期契約の…」: its 2 was read as paragraph 2 and the real 「２．前項によって…」
    was told a duplicate (an error). A school's 中途解約 clause (pub47) sets a list so under its item (2)."""
    doc = doc_from_text((FIXTURES / "pub461" / "mk_shugyo.md").read_text(encoding="utf-8"), "mk_shugyo.md")
    art = next(a for a in doc.all_articles() if a.number == "50")
    assert [p.label for p in art.paragraphs] == ["1．", "2．"]
    assert not [f for f in run_checks(doc, ["numbering-duplicate"]) if f.article == "50"]
    zeroplus = doc_from_text((FIXTURES / "pub47" / "zeroplus.php").read_text(encoding="utf-8"), "zeroplus.php")
    assert [p.number for p in next(a for a in zeroplus.all_articles() if a.number == "8").paragraphs] == [1]


def test_a_latin_badge_opening_a_line_is_set_apart_by_its_spaces():
    """A Mac app's terms show a 「TODO」 badge, a space and an &nbsp; before 「お問い合わせ窓口…」 (pub459, a false
    warning: the TODO itself is told as a drafter's marker). A run of spaces after a Latin word inside a sentence
    (denx's 「BOX        の鍵を借りるには」) is still told (tests/test_pub93_documents.py)."""
    path = FIXTURES / "pub88" / "samurai_nda.php"
    assert findings_added(path, "知り得た", "知り得た<br>TODO&nbsp; お問い合わせ窓口は今後掲載いたします。<br>",
                          "stray-space") == []
