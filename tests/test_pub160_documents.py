"""Documents nobody had seen, read in the pub160–pub162 round and checked whole (fixtures in tests/fixtures/pub16N, their
sources in the READMEs): what the readers marked that the tool missed, and what it said wrongly."""

from pathlib import Path

from pipeline.api import read_document
from pipeline.checks import run_checks

FIXTURES = Path(__file__).parent / "fixtures"


def _findings(path, rule=None):
    return [f for f in run_checks(read_document(FIXTURES / path)) if rule is None or f.rule == rule]


def test_a_contract_a_php_page_prints_is_read_where_its_functions_are_called():
    """The clauses are `echo "…";` inside functions (preamble(), goal(), …) that the page's body calls in order: their
    text is the page's, article by article, and the variables the code fills in stand as their names."""
    doc = read_document(FIXTURES / "pub162/agreez-establish.php")
    assert [(a.number, a.title) for a in doc.all_articles()] == [
        ("1", "目的"), ("2", "定義"), ("3", "制作期間"), ("4", "納品"), ("5", "制作料金"), ("6", "責任制限"),
        ("7", "解除"), ("6", "責任制限")]
    assert "$work_name (以下「本業務」という)" in doc.source.text
    found = {(f.rule, f.excerpt) for f in run_checks(doc)}
    assert ("term-inconsistent", "本件業務") in found
    assert ("numbering-duplicate", "第6条 責任制限") in found
    assert any(rule == "duplication" and excerpt.startswith("甲又は乙は、相手方が") for rule, excerpt in found)


def test_what_php_prints_through_a_function_it_calls_is_not_read():
    """`echo $this->Html->image("spacer.gif", array("width" => "1"))`, `echo esc_url(get_template_directory_uri() .
    '/assets/…png')`: the literals are arguments, and what the call returns is not known; blocks that print no
    Japanese are dropped whole, as before."""
    for path in ("pub39/shimajiro-rules.ctp", "pub46/akishima.php", "pub147/eneos_cp.php"):
        text = read_document(FIXTURES / path).source.text
        assert "spacer.gif" not in text and ".png" not in text and "$this" not in text and "ENT_QUOTES" not in text, path


def test_php_printing_reads_literals_in_order_and_skips_comments_and_arguments():
    from pipeline.ingest.html import _php_printed

    blocks = ['<?php\n// echo "消された行";\nfunction head() { echo \'第１条（目的）\'; echo "<br>"; }\n'
              'function body($x) { echo "本規約は、$x の利用条件を定める;ものとする。"; print <<<EOT\n'
              '2. 本サービスは無償とする。\nEOT;\n }\n?>',
              '<?php head(); echo esc_html(\'第９条\'); body($name); echo $title; echo $this->link("第８条"); ?>']
    assert _php_printed(blocks) == ["", "第１条（目的）<br>本規約は、$x の利用条件を定める;ものとする。"
                                        "2. 本サービスは無償とする。$title"]
    assert _php_printed(['<?php echo "<div class=\\"x\\">"; echo $a; ?>']) == [""]  # no Japanese: dropped


def test_list_items_written_outside_a_list_are_a_list_that_citations_count():
    """「本サービス（第４条第１号で定義します）」: 第4条's definitions are <li> elements written outside any list, which a
    browser draws with bullets; read as the article's items, the citation finds its 号 (it was read as paragraphs,
    and three citations as dangling errors)."""
    doc = read_document(FIXTURES / "pub160/geekcompass_terms.blade.php")
    art = next(a for a in doc.all_articles() if a.number == "4")
    assert [len(p.items) for p in art.paragraphs] == [4, 0]
    assert _findings("pub160/geekcompass_terms.blade.php", "reference-dangling") == []


def test_an_article_captioned_supplementary_over_its_date_of_effect_is_not_empty():
    """「第２０条（附則）」 over 「2024年2月13日 制定・施行」: the date is the closing's, and it is the 附則's text."""
    assert _findings("pub160/geekcompass_terms.blade.php", "article-empty") == []


def test_a_name_inside_the_definition_of_the_document_is_no_near_miss_of_it():
    """「(1)「本規約」とは、本利用規約及び本規約に関して別途当社の定めるガイドをいい」: 本利用規約 is told once as another
    thing the document names (and with no contract to suggest for it), not corrected to 本規約 inside 本規約's own
    definition."""
    found = [f for f in _findings("pub160/opinionbox_kiyaku.blade.php", "term-inconsistent") if f.excerpt == "本利用規約"]
    assert [f.suggestion for f in found] == [None]
    assert "契約" not in found[0].message


def test_components_on_lines_of_their_own_are_blocks_and_inline_ones_stay_in_their_sentence():
    """A Vue page's <DocListItem>s were glued into one line (「…向上させる活動会員の技術及び…」, read as 活動校内 → 学校内,
    部部 and 部長部長); its <DocLink>第7条</DocLink>第一号の役員は… citations became article headings (numbering errors)."""
    text = read_document(FIXTURES / "pub161/nitnc-sa.vue").source.text
    assert "\n会員の文化的共用を向上させる活動\n会員の技術及び技能を向上させる活動\n" in text
    assert "その差額は第84条に定める予備費から" in text and "\n第7条第一号の役員は、2020年3月31日" in text
    found = _findings("pub161/nitnc-sa.vue")
    assert [f for f in found if f.severity != "info" and f.rule.startswith("numbering")] == []
    assert not any(f.rule in ("typo", "duplication") and ("部部" in f.excerpt or "部長部長" in f.excerpt
                                                         or "活動校内" in f.excerpt) for f in found)


def test_a_verb_ending_dropped_before_monotosuru():
    """「クラブ長にこれを届出ものとする」 (pub161) and 「商品の出品を行ものとし」 (pub59): a kanji right before ものとする."""
    for path, excerpt in (("pub161/nitnc-sa.vue", "届出もの"), ("pub59/smashmatch.txt", "行もの")):
        assert [f.excerpt for f in _findings(path, "grammar-slip") if "もの" in f.excerpt] == [excerpt], path


def test_set_phrases_of_contracts_with_a_piece_dropped_or_swapped():
    found = {(f.excerpt, f.suggestion) for f in _findings("pub162/agreez-establish.php", "confusable-word")}
    assert {("帰す", "帰すべき"), ("催促", "催告"), ("の", "に"), ("定め", "に定め")} <= found
    assert ("得", "を得") in {(f.excerpt, f.suggestion) for f in _findings("pub161/nitnc-sa.vue", "confusable-word")}
    # 「…利用者に生じた損害について、一切の保証をいたしません」: a loss is made good, not guaranteed
    assert ("保証", "補償") in {(f.excerpt, f.suggestion)
                              for f in _findings("pub160/geekcompass_terms.blade.php", "confusable-word")}


def test_an_item_cited_without_dai_where_the_document_cites_dai_n_go():
    """「前項四号の評議員は」 in rules that cite 第N号 throughout; 「施行規則１１条３項１号」 (pub95), a citation that drops
    every 第, is written so on purpose."""
    found = [(f.excerpt, f.suggestion) for f in _findings("pub161/nitnc-sa.vue", "convention-deviation") if "号" in f.excerpt]
    assert found == [("前項四号", "第四号")]
    assert [f for f in _findings("pub95/kikuho.md", "convention-deviation") if "１号" in f.excerpt] == []
