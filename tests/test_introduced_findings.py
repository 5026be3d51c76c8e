"""`diff` reports the findings a revision introduced, not the defects the old version already had
(issue 17): api.compare_versions → checks.introduced_findings, on real documents of raw/."""

from pathlib import Path

from pipeline.api import compare_versions, document_from_source, read_document
from pipeline.checks import run_checks
from pipeline.ingest import load_bytes

RAW = Path(__file__).resolve().parent.parent / "raw"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EKYC = RAW / "saporis" / "ekyc-terms.txt"


def revised(path: Path, old: str, new: str):
    """The document of ``path`` with one occurrence of ``old`` replaced by ``new``."""
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    return document_from_source(load_bytes(text.replace(old, new).encode("utf-8"), str(path)))


def check_findings(result):
    return [(f.rule, f.excerpt) for f in result.findings if not f.rule.startswith("diff")]


def test_defects_both_versions_have_are_not_reported():
    old_doc = read_document(RAW / "mozilla" / "accounts-tos-2022-04-07.md")
    new_doc = read_document(RAW / "mozilla" / "accounts-tos-2023-10-27.md")
    old_found = {(f.rule, f.excerpt) for f in run_checks(old_doc)}
    new_found = {(f.rule, f.excerpt) for f in run_checks(new_doc)}
    kept = old_found & new_found
    assert ("typo", "むが、これに限定されなし）") in kept  # the same misspelling in both versions
    reported = set(check_findings(compare_versions(old_doc, new_doc)))
    assert not reported & kept


def test_a_planted_defect_is_reported_and_the_old_one_beside_it_is_not():
    old_doc = read_document(EKYC)
    before = {(f.rule, f.excerpt) for f in run_checks(old_doc)}
    assert any(r == "reference-dangling" and "20" in e for r, e in before), before  # 第２０条 does not exist
    new_doc = revised(EKYC, "本約款に定めのない事項", "第３０条（保証）に定める事項及び本約款に定めのない事項")
    result = compare_versions(old_doc, new_doc)
    dangling = [f for f in result.findings if f.rule == "reference-dangling"]
    assert [f.article for f in dangling] == ["17"], dangling  # the planted reference, not the old one in 第15条
    assert "３０" in dangling[0].excerpt or "30" in dangling[0].excerpt


def test_a_finding_on_an_unchanged_line_that_the_revision_caused_is_reported():
    # deleting 第１７条 leaves the unchanged reference to it in 第１６条 dangling: the revision did that
    old_doc = read_document(EKYC)
    text = EKYC.read_text(encoding="utf-8")
    cut = text.index("第１７条（規定外事項） \n")
    new_doc = document_from_source(load_bytes(text[:cut].encode("utf-8"), str(EKYC)))
    assert not any(f.rule == "reference-dangling" and f.article == "16" for f in run_checks(old_doc))
    result = compare_versions(old_doc, new_doc)
    assert any(f.rule == "reference-dangling" and f.article == "16" and "17" in f.excerpt
               for f in result.findings), check_findings(result)


def test_an_unchanged_revision_reports_nothing_and_checks_nothing():
    doc = read_document(EKYC)
    again = read_document(EKYC)
    assert compare_versions(doc, again).findings == []


KIYAKU = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "external" / "kiyaku"


def test_an_old_defect_in_a_paragraph_edited_elsewhere_is_not_new():
    # kiyaku 2025 → 2026 rewrites words across the 附則's long one-line paragraphs; the misspelled
    # name ガーデンンズ and 法機 were in 2025 already, a few words from any edit
    import pytest

    if not (KIYAKU / "kiyaku_2026.txt").exists():
        pytest.skip(f"needs ../shared ({KIYAKU})")
    old_doc, new_doc = read_document(KIYAKU / "kiyaku_2025.txt"), read_document(KIYAKU / "kiyaku_2026.txt")
    both = {(f.rule, f.excerpt) for f in run_checks(old_doc)} & {(f.rule, f.excerpt) for f in run_checks(new_doc)}
    assert ("name-variant", "ガーデンンズ") in both and ("confusable-word", "法機") in both
    reported = set(check_findings(compare_versions(old_doc, new_doc)))
    assert ("name-variant", "ガーデンンズ") not in reported
    assert ("confusable-word", "法機") not in reported
    # of the 52 findings of the 2026 text (one of them 第46条第5項第一号's half-width parenthesis, quoted with the words
    # after it, which 2026 edits: 「又は二親等」→「又は一親等」)
    assert len(reported) <= 6, reported


# ------------------------------------------------------------------ only the changed units are checked

import unicodedata  # noqa: E402
from collections import Counter  # noqa: E402

import pytest  # noqa: E402
from conftest import EXTERNAL  # noqa: E402

from pipeline.checks import RULES, changed_spans, context, finding_key, introduced_findings  # noqa: E402


def introduced_by_full_checks(old_doc, new_doc):
    """The reference: every rule on both whole versions, the old findings taken out by finding key. A words
    rule's findings (a misspelling) count only in the units each version has and the other has not: an
    untouched word is no defect the revision made, however the rest of the document now weighs it."""
    words = {rid for rid, r in RULES.items() if r.scope == "words"}
    old_scope, new_scope = changed_spans(old_doc, new_doc), changed_spans(new_doc, old_doc)

    def findings(doc, scope):
        return [f for f in run_checks(doc, list(RULES))
                if f.rule not in words or any(s <= f.span[0] < e for s, e in scope)]

    old_keys = Counter(finding_key(context(old_doc), f) for f in findings(old_doc, old_scope))
    out = []
    for f in findings(new_doc, new_scope):
        k = finding_key(context(new_doc), f)
        if old_keys[k]:
            old_keys[k] -= 1
        else:
            out.append(f)
    return sorted((f.rule, f.span, f.message) for f in out)


def edited(path: Path, edits):
    """The document of ``path`` with each (old, new) of ``edits`` replacing one occurrence."""
    text = path.read_text(encoding="utf-8")
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return document_from_source(load_bytes(text.encode("utf-8"), str(path)))


KIYAKU_2025 = EXTERNAL / "kiyaku" / "kiyaku_2025.txt"
CLOSING_TWICE = Path(__file__).resolve().parent / "fixtures" / "pub59" / "musle.md"
CLOSING_SENTENCE = "本規約に関するご質問やご不明な点がございましたら、アプリ内のお問い合わせ機能からご連絡ください。"
ACT_DIR = EXTERNAL / "companies-act"
MOZILLA = EXTERNAL / "tos" / "mozilla"


# An article inserted before 第１７条, which becomes 第１８条: the survival clause of 第１６条, not touched,
# still cites 第１７条（規定外事項） (a stale citation, 条ズレ)
RENUMBERED = (EKYC, EKYC, (), (("第１７条（規定外事項） \n",
                                "第１７条（再委託） \n当社は、本サービスの運営の一部を第三者に委託することができる。\n\n"
                                "第１８条（規定外事項） \n"),))


def _planted_pairs():
    """(old, new, old edits, new edits): real consecutive versions, and real documents with defects
    planted in one article: of the unit rules (a doubled particle, a colliding duration, an unbalanced
    bracket, a misspelling), and of document rules in ways that move or create their findings in
    articles the revision did not touch (a notation minority written earlier, a majority that flips, a
    Latin word that makes an old spaced pair a split word)."""
    pairs = [(RAW / "mozilla" / "accounts-tos-2022-04-07.md", RAW / "mozilla" / "accounts-tos-2023-10-27.md", (), ())]
    kiyaku = sorted((EXTERNAL / "kiyaku").glob("kiyaku_20[0-9][0-9].txt"))  # not the .toc.txt tables of contents
    if kiyaku:
        pairs += [(kiyaku[0], kiyaku[1], (), ()), (kiyaku[1], kiyaku[2], (), ())]
    mozilla = sorted(MOZILLA.glob("firefox_cloud_services_tos.ja.*.md"))
    pairs += [(a, b, (), ()) for a, b in zip(mozilla, mozilla[1:])]
    act = sorted(ACT_DIR.glob("2022*.md"))
    pairs += [(a, b, (), ()) for a, b in zip(act, act[1:])]
    pairs += [
        (EKYC, EKYC, (), (("本約款に定めのない事項", "本約款にに定めのない事項（第１年月間"),)),
        (EKYC, EKYC, (), (("本約款に定めのない事項", "本約款に定めのない事項。滅失を減失と書く"),)),
        # か月 and ヶ月 were tied; one more ヶ月 makes か月 the minority, reported where it is first written
        (EKYC, EKYC, (), (("変更希望日の１か月前まで", "変更希望日の１ヶ月前まで"),)),
        RENUMBERED,
        # a closing block (お問い合わせ, its sentence, 制定日) pasted a second time under the first: the lines outside the
        # articles that the second copy adds are told, the first copy being the old version's own
        (CLOSING_TWICE, CLOSING_TWICE, (("2025年8月17日**\n\n**お問い合わせ**\n\n" + CLOSING_SENTENCE
                                         + "\n\n**制定日：2025年8月17日**\n", "2025年8月17日**\n"),), ()),
    ]
    if KIYAKU_2025.exists():
        text = KIYAKU_2025.read_text(encoding="utf-8")
        art15 = text[text.index("第15条（駐車場の使用）"):text.index("第16条（")]
        pairs += [
            # 第15条 pasted again before 第18条: every unit is one the old version has, one of them twice
            (KIYAKU_2025, KIYAKU_2025, (), (("第18条（基本使用規則", art15 + "第18条（基本使用規則"),)),
        ]
        pairs += [
            # the minority 恐れ (once, 第73条) written in an earlier article too: the finding moves there
            (KIYAKU_2025, KIYAKU_2025, (), (("損害を及ぼすおそれのあ", "損害を及ぼす恐れのあ"),)),
            # the only 恐れ rewritten: the variance is gone
            (KIYAKU_2025, KIYAKU_2025, (), (("侵害される恐れがある", "侵害されるおそれがある"),)),
            # an edit beside the only 恐れ, its words unchanged: the finding is in the edited article, and new
            (KIYAKU_2025, KIYAKU_2025, (), (("共同生活環境が侵害される恐れ", "共同生活環境が著しく侵害される恐れ"),)),
            # a sentence of 第7条 appended to an item of 第2条 too: the old one in 第7条 is now a repeat
            (KIYAKU_2025, KIYAKU_2025, (), (("敷地及び共用部分等の部分をいう。",
                                             "敷地及び共用部分等の部分をいう。給排水設備、火災警報設備、テレビ視聴設備、"
                                             "インターホン設備および換気ダクト設備は専有部に含まれないものとする。"),)),
            # 第46条 deleted: 前条第１項 in 第47条, not touched, now points at 第45条
            (KIYAKU_2025, KIYAKU_2025, (), ((text[text.index("第46条（"):text.index("第47条（")], ""),)),
            # a stray space in an edited article
            (KIYAKU_2025, KIYAKU_2025, (), (("延焼のおそれ", "延焼の おそれ"),)),
            # 「I P」 stood in an article before; an edit elsewhere writes IP: the old pair is now a split word
            (KIYAKU_2025, KIYAKU_2025, (("延焼のおそれ", "I Pの延焼のおそれ"),),
             (("延焼のおそれ", "I Pの延焼のおそれ"), ("損害を及ぼすおそれのあ", "IPに損害を及ぼすおそれのあ"))),
        ]
    return pairs


def _read(path: Path, edits):
    return edited(path, edits) if edits else read_document(path)


@pytest.mark.parametrize("old_path,new_path,old_edits,new_edits", _planted_pairs(),
                         ids=lambda x: getattr(x, "name", str(x))[:24])
def test_checking_only_the_changed_units_finds_what_checking_everything_finds(old_path, new_path, old_edits, new_edits):
    old_doc, new_doc = _read(old_path, old_edits), _read(new_path, new_edits)
    scope = changed_spans(new_doc, old_doc)
    assert sum(e - s for s, e in scope) < len(new_doc.norm.text)  # a part, not the whole
    got = sorted((f.rule, f.span, f.message) for f in introduced_findings(old_doc, new_doc))
    assert got == introduced_by_full_checks(old_doc, new_doc)
    planted = " ".join(new for _, new in new_edits)
    if "にに" in planted or "減失" in planted:  # the unit-rule defects planted
        assert {r for r, _, _ in got} & {"doubled-particle", "confusable-word", "bracket-unbalanced"}


def test_changed_spans_are_the_edited_article_and_nothing_else():
    old_doc = read_document(EKYC)
    new_doc = revised(EKYC, "本約款に定めのない事項", "本約款に定めなき事項")
    (span,) = changed_spans(new_doc, old_doc)
    art = next(a for a in new_doc.all_articles() if a.span == span)
    assert "本約款に定めなき事項" in new_doc.norm.text[span[0]:span[1]] and art.number


def test_the_same_findings_whether_or_not_the_versions_were_checked_in_full_before():
    """A batch checks every version it stores, then diffs it against its predecessor: the diff must
    report what a diff of two fresh documents reports (the resumed batch's reports are byte-identical)."""
    edit = ("本約款に定めのない事項", "本約款にに定めのない事項")
    fresh = [(f.rule, f.span) for f in introduced_findings(read_document(EKYC), revised(EKYC, *edit))]
    old_doc, new_doc = read_document(EKYC), revised(EKYC, *edit)
    run_checks(old_doc), run_checks(new_doc)  # both checked in full first
    assert [(f.rule, f.span) for f in introduced_findings(old_doc, new_doc)] == fresh
    assert any(r == "doubled-particle" for r, _ in fresh)


@pytest.mark.parametrize("old_path,new_path", [(a, b) for a, b, oe, ne in _planted_pairs() if not oe and not ne],
                         ids=lambda x: getattr(x, "name", str(x))[:24])
def test_the_counts_a_diff_takes_from_the_new_version_are_the_old_versions_own(old_path, new_path):
    """A rule's tally of the old version, derived from the new version's and the changed lines of both,
    is the tally of the old version read in full."""
    from pipeline.checks import _derive_tally, document_tally

    old_doc, new_doc = read_document(old_path), read_document(new_path)
    tallied = [r for r in RULES.values() if r.tally is not None]
    assert tallied
    octx, nctx = context(old_doc), context(new_doc)
    for r in tallied:
        _derive_tally(octx, nctx, changed_spans(old_doc, new_doc), changed_spans(new_doc, old_doc), r)
        derived = octx._cache.get(f"tally:{r.id}")
        if derived is None:  # lines outside the changed units differ (re-indented): the old version is read
            assert old_path.parent.name != "companies-act"
            continue
        assert derived == +r.tally(old_doc.source.text, old_doc.norm.text), r.id
        assert document_tally(octx, r.id) is derived


def test_a_diff_counts_stray_space_conventions_as_a_check_of_one_document_does():
    """stray-space's diff tally (one scan of each text) and a check's count (line by line, remembered)
    give the same counts, so a diff's messages quote what `clausediff check` quotes."""
    from pipeline.checks.spaces import _junctions, _tally

    paths = [EKYC, RAW / "mozilla" / "accounts-tos-2023-10-27.md", *sorted(ACT_DIR.glob("2022*.md"))[:1],
             *sorted((EXTERNAL / "kiyaku").glob("kiyaku_20[0-9][0-9].txt"))]
    spaced = 0
    for path in paths:
        doc = read_document(path)
        tally = _tally(doc.source.text, doc.norm.text)
        assert +_junctions(doc.source.text) == +Counter({k: n for k, n in tally.items() if isinstance(k, tuple)})
        spaced += tally[("digit", False)]
    assert spaced  # some of these documents do space digits (kiyaku: 第 62 条)


def test_a_citation_a_renumbering_made_stale_in_an_untouched_article_is_reported():
    old_path, new_path, old_edits, new_edits = RENUMBERED
    old_doc, new_doc = _read(old_path, old_edits), _read(new_path, new_edits)
    scope = changed_spans(new_doc, old_doc)
    stale = [f for f in introduced_findings(old_doc, new_doc) if f.rule.startswith("reference-")]
    assert [(f.article, f.excerpt) for f in stale] == [("16", "第17条（規定外事項）")], stale
    assert not any(s <= stale[0].span[0] < e for s, e in scope)  # 第１６条 is not a changed unit


@pytest.mark.parametrize("old_path,new_path,old_edits,new_edits", _planted_pairs(),
                         ids=lambda x: getattr(x, "name", str(x))[:24])
def test_references_taken_from_the_other_version_resolve_as_read_afresh(old_path, new_path, old_edits, new_edits):
    """A version resolves only the regions the other version did not have (refs._REGION_CACHE): what it
    takes from the other version is what resolving it afresh gives, the citing article its own."""
    from pipeline.checks import refs

    def seen(targets):
        return [(t.ref, t.span, t.article, t.paragraph, t.item, t.part, id(t.source_article), t.relative,
                 t.alternatives) for t in targets]

    new_doc, old_doc = _read(new_path, new_edits), _read(old_path, old_edits)
    refs._REGION_CACHE.clear()  # what earlier tests resolved (the old version itself, maybe) is not taken
    refs.targets(context(new_doc))
    before = len(refs._REGION_CACHE)
    octx = context(old_doc)
    taken = refs.targets(octx)
    assert seen(taken) == seen(refs._resolve_all(octx, reuse=False))
    if old_path.parent.name == "companies-act":  # an amendment leaves most of the act's articles as they were
        assert sum(t.article is not None for t in taken) > 1000
        assert len(refs._REGION_CACHE) - before < 0.1 * len(list(refs._regions(octx)))


def test_a_context_scoped_to_one_article_reads_that_article_only():
    """A diff's unit rules run on a Context scoped to the changed units: its units and its scans are those
    of the scope, and they find there what the whole document's scans find there."""
    import re

    from pipeline.checks import context
    from pipeline.checks.base import Context

    doc = read_document(RAW / "secure-innovation" / "service-basic-terms.txt")
    art = doc.articles[14]  # 第15条, where the sample writes 減失 for 滅失
    scoped = Context(doc, scope=[art.span])
    whole = context(doc)
    assert scoped.units and all(art.span[0] <= u.span[0] < art.span[1] for u in scoped.units)
    assert [u.span for u in scoped.units] == [u.span for u in whole.units if art.span[0] <= u.span[0] < art.span[1]]
    kanji_runs = re.compile(r"[\u4e00-\u9fff]{2,}")
    inside = [m.span() for m in scoped.finditer(kanji_runs)]
    assert inside == [m.span() for m in whole.finditer(kanji_runs) if art.span[0] <= m.start() < art.span[1]]
    assert "減失" in scoped.scanned_text and "減失" not in scoped.scanned_text.replace(whole.text[art.span[0]:art.span[1]], "")


def test_two_copies_of_an_old_defect_in_both_versions_are_not_new():
    """The old version holds a dangling 「第２０条（損害賠償）」 twice, with the same words around; a revision that edits
    another article keeps both: neither copy is the revision's (copies are counted as a multiset, one each)."""
    text = EKYC.read_text(encoding="utf-8")
    line = next(ln for ln in text.splitlines(True) if "第２０条（損害賠償）の定めにかかわらず" in ln)
    twice = text.replace(line, line + "\n" + line, 1)  # (the same words around both: the same finding twice)
    old_doc = document_from_source(load_bytes(twice.encode("utf-8"), str(EKYC)))
    assert sum(f.rule == "reference-dangling" and "20" in f.excerpt for f in run_checks(old_doc)) == 2
    new_text = twice.replace("本約款に定めのない事項", "本約款に定めない事項", 1)
    new_doc = document_from_source(load_bytes(new_text.encode("utf-8"), str(EKYC)))
    result = compare_versions(old_doc, new_doc)
    assert [f for f in result.findings if f.rule == "reference-dangling"] == []


# Real documents whose misspellings the typo rule weighs by counts of the whole document (an ending the document
# writes otherwise 59 times, a pair of kanji it writes whole elsewhere, a katakana word it spells right twice).
WEIGHED = [RAW / "mozilla" / "accounts-tos-2023-10-27.md", RAW / "secure-innovation" / "service-basic-terms.txt",
           *(FIXTURES / name for name in ("pub100/takashimadaira.html", "pub108/shadowflip.md", "pub113/senkyo.txt",
                                          "pub161/nitnc-sa.vue", "pub165/gcc-privacy.blade.php", "pub166/sapocup.php"))]


@pytest.mark.parametrize("path", WEIGHED, ids=lambda p: p.name)
def test_a_words_rule_run_on_some_units_finds_there_what_it_finds_on_the_whole_document(path):
    """A diff runs a words rule (typo) on the changed units alone, weighing each candidate by the whole document:
    over any split of the units into scopes, the scoped runs find together exactly what one whole run finds,
    messages (which quote the document's counts) included."""
    from pipeline.checks.base import _run
    from pipeline.checks.introduced import _diff_units, _scoped_run

    doc = read_document(path)
    words = [r for r in RULES.values() if r.scope == "words"]
    assert words
    whole = sorted((f.rule, f.span, f.message) for f in _run(context(doc), words))
    assert whole  # each of these documents has misspellings the rule finds
    units = _diff_units(context(doc))
    for k in (2, 3):
        scoped = sorted((f.rule, f.span, f.message) for i in range(k)
                        for f in _scoped_run(doc, [u.span for j, u in enumerate(units) if j % k == i], words))
        assert scoped == whole


def test_a_misspelling_the_revision_did_not_write_is_not_reported_though_it_now_weighs_as_one():
    """The sample's 「これに限定されなし）」 is told by the document's 「されない」, written six times elsewhere. A version
    that wrote those places otherwise did not tell it; the revision that writes them 「されない」 changes those
    paragraphs only: the misspelling, in a paragraph it did not touch, is the old version's, not the revision's."""
    path = RAW / "mozilla" / "accounts-tos-2023-10-27.md"
    text = path.read_text(encoding="utf-8")
    slip = "これに限定されなし）"
    assert text.count(slip) == 1 and text.count("されない") == 6
    old_text = text.replace("定されない", "定しない").replace("用されない", "用しない").replace("成されない", "成しない")
    old_doc = document_from_source(load_bytes(old_text.encode("utf-8"), str(path)))
    new_doc = read_document(path)

    def typos(found):
        return [f for f in found if f.rule == "typo" and "されなし" in f.excerpt]

    assert typos(run_checks(new_doc)) and not typos(run_checks(old_doc))
    assert typos(introduced_findings(old_doc, new_doc)) == []
    # written by the revision, the same misspelling is its own
    written = old_text.replace(slip, "これに限定しない）")
    assert typos(introduced_findings(document_from_source(load_bytes(written.encode("utf-8"), str(path))), new_doc))
