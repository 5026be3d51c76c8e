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
    """A finished verb qualifies the noun after it directly: 「公開するの自由」 (an election rule's 第68条),
    「決定するの唯一の責任」 (a wallet's terms): the の is typed twice over."""
    assert ("るの自由", "る自由") in _said(FIXTURES / "pub113" / "senkyo.txt", "grammar-slip")
    assert ("るの唯一", "る唯一") in _said(FIXTURES / "pub79" / "tokenpocket.md", "grammar-slip")


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
