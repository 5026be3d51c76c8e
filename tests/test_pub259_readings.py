"""What the pub259–pub264 readings found on the openings of published pages (insurance and mutual aid,
telecommunications, transport and travel, rental and sharing, point programmes, games and apps), read as
text and kept outside the repository. Each construct is tested here in text of the same shape written for
the test."""

from conftest import findings_in_text, said_in_text

_check, _said = findings_in_text, said_in_text


# ------------------------------------------------------------------ a text that stops in mid-sentence

_OPENING = ("第1条（適用）\n1 この約款は、当社が貸し渡す自転車の利用に適用されます。\n"
            "2 この約款に定めのない事項は、第40条及び第8条第3項の定めによります。\n"
            "第2条（予約）\n借受人は、予約申込金を支払うものとします。\n")


def test_a_page_saved_in_part_cites_what_lies_past_its_end():
    """A page saved up to where its excerpt stops, in the middle of 第3条's heading: 第40条 and 第8条 are past the cut,
    not missing, and the bracket of the cut heading is open because the text stops; told once, as a note, that the
    text stops in mid-sentence."""
    cut = _OPENING + "第3条（予約の"
    assert _said(cut, "reference-dangling") == []
    assert _said(cut, "bracket-unbalanced") == []
    assert _said(cut, "article-empty") == []
    told = _said(cut, "sentence-unterminated", ("error", "warning", "info"))
    assert told == [("第3条（予約の", None)], told
    # the same page finished: 第40条 and 第8条 are cited and absent, an error of the text
    whole = _OPENING + "第3条（予約の変更）\n借受人は、予約を変更することができます。\n"
    assert sorted(e for e, _ in _said(whole, "reference-dangling")) == ["第40条", "第8条第3項"]
    assert _said(whole, "sentence-unterminated", ("error", "warning", "info")) == []


def test_the_word_the_cut_breaks_is_no_slip():
    """「…締結を拒絶するとと」 is とともに cut by the end of the excerpt: no doubled particle; the same とと inside a
    sentence is one."""
    cut = _OPENING + "第3条（拒絶）\n当社は、借受人が前条に従わない場合は、貸渡契約の締結を拒絶するとと"
    assert _said(cut, "doubled-particle") == []
    inside = _OPENING + "第3条（拒絶）\n当社は、借受人が前条に従わない場合は、貸渡契約の締結を拒絶するとと、予約を取り消します。\n"
    assert [e for e, _ in _said(inside, "doubled-particle")] == ["とと"]


def test_a_finished_text_without_its_last_full_stop_is_not_cut():
    """A text whose last sentence lacks its 。 (「…から施行します」), or ends on a heading, a date or a link, is
    finished: the article it cites past its end is missing."""
    for last in ("附則\nこの約款は、2024年4月1日から施行します", "2024年4月1日制定", "トップページへ"):
        text = _OPENING + "第3条（変更）\n当社は、この約款を変更できます。\n" + last + "\n"
        assert "第40条" in [e for e, _ in _said(text, "reference-dangling")], last
