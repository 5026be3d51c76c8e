"""Edit styles met in real revisions of published terms and bylaws (read by hand, not shipped), rebuilt from the
samples of raw/ in the same form:

- terms whose sections are headed by their titles alone (## 免責事項), one section inserted: the sections after it
  are not renumbered (no number is written), and the new section counts as a substantive change (the summary,
  --fail-on substantive and the reports said there was none);
- a pronoun written in kanji (是) rewritten in kana, and dates rewritten from kanji numerals to digits: notation.
"""

import subprocess
import sys
from dataclasses import replace

from conftest import EXTERNAL, RAW, ROOT, doc_from_text, needs_shared

from pipeline.api import read_document
from pipeline.diff import diff
from pipeline.reports.markdown import diff_markdown

EKYC = RAW / "saporis" / "ekyc-terms.txt"
ITRUST = RAW / "cybertrust" / "itrust-terms.txt"
KIYAKU = EXTERNAL / "kiyaku"


def _titled_sections(articles) -> str:
    """The articles as Markdown sections headed by their titles, without their numbers; their paragraphs' text as
    unnumbered paragraphs."""
    return "# サービス約款\n\n" + "\n".join(
        f"## {a.title}\n\n" + "\n\n".join(p.text.replace("\n", "") for p in a.paragraphs) + "\n" for a in articles)


def test_a_section_inserted_among_sections_headed_by_titles_alone(tmp_path):
    arts = read_document(EKYC).articles
    assert all(a.title for a in arts[:6])
    old_text = _titled_sections(arts[:5])
    new_text = _titled_sections(arts[:1] + arts[5:6] + arts[1:5])
    old, new = doc_from_text(old_text, "old.md"), doc_from_text(new_text, "new.md")
    assert [a.label for a in new.articles] == [a.title for a in arts[:1] + arts[5:6] + arts[1:5]]
    r = diff(old, new)
    assert sorted(p.status for p in r.pairs if p.part == "main") == ["inserted"] + ["unchanged"] * 5
    assert r.summary()["substantive"] == 1
    md = diff_markdown(r)
    assert f"| {arts[5].title} | 条の新設 |" in md
    assert "実質的変更（1件）" in md and "繰下げ" not in md
    # the CLI's --fail-on substantive sees it
    (tmp_path / "old.md").write_text(old_text, encoding="utf-8")
    (tmp_path / "new.md").write_text(new_text, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "pipeline", "diff", str(tmp_path / "old.md"), str(tmp_path / "new.md"),
                          "--fail-on", "substantive"], cwd=ROOT, capture_output=True, text=True)
    assert run.returncode == 1, run.stderr



def _change_kinds(old_text: str, new_text: str, name: str) -> list[tuple[str, list[str], str, str]]:
    r = diff(doc_from_text(old_text, name), doc_from_text(new_text, name))
    return [(c.kind, c.categories, c.old_text, c.new_text) for _, c in r.changes()]


def test_the_pronoun_written_in_kanji_is_notation():
    """是 for これ (older drafting: 直ちに是を…開示しなければならない), rewritten in kana in a club's 会則: editorial."""
    text = ITRUST.read_text(encoding="utf-8")
    assert "当社がこれを受領したときには" in text
    changes = _change_kinds(text.replace("当社がこれを受領したときには", "当社が是を受領したときには", 1), text, ITRUST.name)
    assert changes == [("editorial", ["notation"], "是", "これ")]


@needs_shared(KIYAKU)
def test_dates_rewritten_from_kanji_numerals_to_digits_are_notation():
    """「毎年四月一日から翌年の三月三十一日まで」 → 「4月1日から…3月31日」 (a club's 会則): several numbers of one clause
    in another script are one notation change, as one number alone already was; a value that changes is not."""
    text = (KIYAKU / "kiyaku_2026.txt").read_text(encoding="utf-8")
    line = "管理組合の会計年度は、毎年1月1日から12月31日までとする。"
    assert line in text
    kanji = text.replace(line, "管理組合の会計年度は、毎年一月一日から十二月三十一日までとする。", 1)
    assert [(k, c) for k, c, _, _ in _change_kinds(kanji, text, "kiyaku.txt")] == [("editorial", ["notation"])]
    moved = text.replace(line, "管理組合の会計年度は、毎年4月1日から3月31日までとする。", 1)
    assert [k for k, *_ in _change_kinds(kanji, moved, "kiyaku.txt")] == ["substantive"]



def test_a_supplementary_provision_keeps_the_article_numbers_of_its_day():
    """A club's 会則 keeps its earlier 附則 (「## 附則 (2023年4月5日 会則第1条、第11条、並びに第13条)」) when a later
    revision inserts an article and renumbers those after it: that 附則 records what was amended then, and its
    citations are no stale references (it was reported as 「第supplementary-2条」, the part's id)."""
    arts = read_document(EKYC).articles

    def rules(articles, history):
        body = "".join(f"## 第{i}条 ({a.title})\n\n" + "\n\n".join(p.text.replace("\n", "") for p in a.paragraphs)
                       + "\n\n" for i, a in enumerate(articles, 1))
        return "# 会則\n\n" + body + history

    old_history = "## 附則 (2023年4月5日 会則第1条、並びに第3条)\n\n本会則は、2023年4月5日から改定、施行する。\n"
    new_history = ("## 附則 (2024年4月2日 会則第2条)\n\n第2条から第5条までを1条ずつ繰り下げる。\n"
                   "本会則は、2024年4月2日から改定、施行する。\n\n" + old_history)
    r = diff(doc_from_text(rules(arts[:5], old_history), "old.md"),
             doc_from_text(rules(arts[:1] + arts[5:6] + arts[1:5], new_history), "new.md"))
    assert any(p.status == "renumbered" for p in r.pairs)
    assert [f for f in r.findings if f.rule == "reference-stale"] == []


def _kou_headed(articles, numerals) -> str:
    """Articles in Markdown whose paragraphs are headed 「### 1項」 (or 一項) on lines of their own, as clubs' 会則
    on GitHub write them."""
    out = ["# 会則\n"]
    for i, a in enumerate(articles, 1):
        out.append(f"## 第{i}条（{a.title}）\n")
        for k, p in enumerate(a.paragraphs):
            out.append(f"### {numerals[k]}項\n{p.text.replace(chr(10), '')}\n")
    return "\n".join(out)


def test_paragraph_labels_on_lines_of_their_own():
    """「### 1項」 → 「### 一項」 throughout (a club's 会則): the numbering's notation, no paragraph deleted and added
    (152 false substantive changes in one real revision); a new 「### 三項」 with its text is one added paragraph, not
    its label and its text."""
    arts = [a for a in read_document(ITRUST).articles if len(a.paragraphs) >= 3][:4]
    old = _kou_headed(arts, "123456789")
    assert [p.label for p in doc_from_text(old, "old.md").articles[0].paragraphs][:2] == ["1項", "2項"]
    assert _change_kinds(old, _kou_headed(arts, "一二三四五六七八九"), "kaisoku.md") == []
    fewer = [replace(a, paragraphs=a.paragraphs[:2]) for a in arts]
    changes = _change_kinds(_kou_headed(fewer, "123456789"), old, "kaisoku.md")
    added = [p.text.replace("\n", "") for a in arts for p in a.paragraphs[2:]]
    assert [(k, c) for k, c, *_ in changes] == [("substantive", ["paragraph-added"])] * len(added)
    assert [new for *_, new in changes] == added


def test_articles_merged_into_paragraphs_of_one():
    """Two old articles merged into the paragraphs of one new article (a club's 会則: 第19条〜第21条 → 第十七条
    一項〜三項): each old article is paired with the new one, and the paragraph the other brought is no addition
    to it (it was listed once per old article)."""
    arts = [a for a in read_document(ITRUST).articles if len(a.paragraphs) == 1][:3]
    assert len(arts) == 3
    old = "\n".join(f"第{i}条（{a.title}）\n{a.paragraphs[0].text}\n" for i, a in enumerate(arts, 1))
    new = (f"第1条（{arts[0].title}）\n1. {arts[0].paragraphs[0].text}\n2. {arts[1].paragraphs[0].text}\n"
           f"第2条（{arts[2].title}）\n{arts[2].paragraphs[0].text}\n")
    r = diff(doc_from_text(old, "old.txt"), doc_from_text(new, "new.txt"))
    assert sorted(p.status for p in r.pairs if p.part == "main")[:2] == ["merged", "merged"]
    assert [c.categories for _, c in r.changes() if c.kind == "substantive"] == []


def test_a_dating_line_between_sections_dates_the_document():
    """「2024年9月18日 制定」 after the last section of the terms and before a contact section (an app's 利用規約):
    the document's date, which a revision changes (2024年2月1日 → 2024年9月18日)."""
    arts = read_document(EKYC).articles
    text = _titled_sections(arts[:3]) + "\n{date}\n\n## お問い合わせ\n\nMail : support@example.com\n"
    old = doc_from_text(text.format(date="2024年2月1日 制定"), "terms.md")
    new = doc_from_text(text.format(date="2024年9月18日 制定"), "terms.md")
    assert (old.metadata["effective_date"], new.metadata["effective_date"]) == ("2024-02-01", "2024-09-18")
    assert [a.label for a in new.articles] == [a.title for a in arts[:3]] + ["お問い合わせ"]


def test_a_markdown_list_item_as_long_as_the_wrapped_lines_is_no_wrap():
    """A privacy policy hard-wrapped at a width, whose contact list has an address exactly that long: the next 「- 」
    line is the next item, as a Markdown reader shows it (a real policy's address and mail address were read as one
    item, and a revision of the address as the mail address deleted)."""
    address = "東京都新宿区新宿二丁目五番一号アルテビル新宿十階"
    prose = "".join(p.text.replace("\n", "") for a in read_document(EKYC).articles[:3] for p in a.paragraphs)
    wrapped = [prose[i:i + len(address)] for i in range(0, len(prose), len(address))]  # hard-wrapped at its width
    page = ("# 個人情報保護方針\n\n## 1.利用目的\n" + "\n".join(wrapped) + "\n\n## 2.連絡先\n窓口は下記のとおりです。\n\n"
            f"- 株式会社サンプル\n- {address}\n- メールアドレス：privacy@example.jp\n")
    doc = doc_from_text(page, "policy.md")
    last = doc.articles[-1]
    assert [it.text for p in last.paragraphs for it in p.all_items()] == [
        "株式会社サンプル", address, "メールアドレス：privacy@example.jp"]
