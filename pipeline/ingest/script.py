"""Program source that holds a page: a React or Next.js component (.jsx, .tsx, .js) whose JSX markup is the page, or a
module (.ts, .js) that keeps the terms in a string.

Published terms are often kept so: a site's 利用規約 page is a component whose `return (` holds `<h3>第１条（目的）</h3>`
`<p>本規約は…</p>`, its text between the tags and in `{"…"}`; or the text is a template string (`export const ja = \\`この
利用規約…\\``) or an array of strings a page maps into its markup. Read as text, the imports, props and class names
were taken for clauses; so such files were refused.

The file is parsed by tree-sitter's TypeScript grammar (its TSX dialect for everything but .ts, which writes `<T>x` for
casts), the way an editor reads it, so strings, comments and regular expressions never pass for markup. Then:
- where one string literal holds most of the file's Japanese text, that string is the document, read as text (or
  Markdown, as its lines say);
- otherwise the page is what the component renders: each outermost JSX element, its expressions replaced by the text
  they show (a string, a nested element; `{cond && <p>…</p>}`, `{items.map(x => <li>…</li>)}`), attributes whose value
  is code dropped, fragments unwrapped, read by the HTML reader; arrays and objects of strings that hold sentences
  (the page's data) are paragraphs of it, where the file has them.
What the reader leaves out (the code) is said in the Source's notes and removals.
"""

from __future__ import annotations

import html as _html
import re

from ..errors import BadInput
from ..model import Removal, Source
from . import text as _text

_JAPANESE = re.compile(r"[\u3040-\u30ff\u3400-\u9fff々]")
# a page's text, or a string that is the document: labels, messages and a title are shorter
PAGE_JAPANESE = 200
# the share of the file's Japanese text one string must hold to be the document itself
_THE_DOCUMENT = 0.5
# a page of Japanese writes a fifth of its characters in hiragana at least (a Chinese version's kanji count as
# Japanese characters, its kana are none)
_HIRAGANA = re.compile(r"[\u3041-\u3096]")
_KANA_SHARE = 0.2

_JSX = frozenset({"jsx_element", "jsx_self_closing_element"})
_STRINGS = frozenset({"string", "template_string"})
_DATA = frozenset({"array", "object"})
# expressions through which a string is what a JSX expression shows: {"…"}, {("…")} (a ?: is walked on its own, a
# binary expression through its right side after &&, || or ??)
_SHOWN_THROUGH = frozenset({"jsx_expression", "parenthesized_expression"})
_FRAGMENT_NAMES = frozenset({"", "Fragment", "React.Fragment"})
# the props a component shows as its caption (component libraries' Card, Section, Accordion, Header)
_CAPTION_PROPS = ("title", "heading", "label", "text", "caption", "subtitle", "header")
# the keys a data file holds one language's text under, inside a caption's (title: { ja: '大会要項', en: … })
_LANGUAGE_KEYS = frozenset({"ja", "jp", "ja_JP", "ja-JP", "jaJP", "japanese", "text", "value"})
# a caption is a name, no sentence: longer strings under a title key are text
_CAPTION_CHARS = 40
# React Native's components that lay out as blocks, and the HTML element each is read as
_NATIVE_BLOCKS = {"View": "div", "ScrollView": "div", "SafeAreaView": "div", "KeyboardAvoidingView": "div", "Text": "p"}
# the props that number what a component heads (num="第1条"), shown before its title
_NUMBER_PROPS = ("num", "number", "no", "n", "article", "index")
# a component named for an article (<LegalArticle n={1} title="…">, <ClauseSection number={3}>): a bare number it is
# handed is the article's number, shown as 第N条 (the name says what it numbers; <Step n={1}> numbers no article)
_ARTICLE_COMPONENT = re.compile(r"(?:Article|Clause|Provision)(?![a-z])")
_ARTICLE_LABEL = re.compile(r"第[ \u3000]?[0-9０-９一二三四五六七八九十百]+[ \u3000]?[条章節款]")
# a value the page shows that the file does not hold (「お問い合わせは、{LEGAL_ENTITY.email} までご連絡ください」, the
# constant imported): left out, with the spaces that set it apart from the words around it, which the page shows beside
# the value and the text without it would show as stray
_UNKNOWN_VALUE = "\ue000"
_BESIDE_UNKNOWN_VALUE = re.compile("[ \t]*\ue000[ \t]*")
_ESCAPES = {"n": "\n", "t": "\t", "r": "", "b": "", "f": "", "v": "", "0": "", "\n": "", "\r\n": ""}
_ESCAPE = re.compile(r"\\(u\{[0-9A-Fa-f]{1,6}\}|u[0-9A-Fa-f]{4}|x[0-9A-Fa-f]{2}|\r\n|[\s\S])")

_languages: dict[bool, object] = {}


def _parser(tsx: bool):
    from tree_sitter import Language, Parser
    import tree_sitter_typescript

    if tsx not in _languages:
        _languages[tsx] = Language(tree_sitter_typescript.language_tsx() if tsx
                                   else tree_sitter_typescript.language_typescript())
    return Parser(_languages[tsx])


def _unescaped(m: re.Match) -> str:
    e = m.group(1)
    if e[0] in "ux" and len(e) > 1:
        return chr(int(e.strip("u{}x") if e[0] == "u" else e[1:], 16))
    return _ESCAPES.get(e, e)


class _File:
    """One parsed program file: its UTF-8 bytes and what was found in them."""

    def __init__(self, source: str, tsx: bool):
        self.b = source.encode("utf-8")
        self.tree = _parser(tsx).parse(self.b)
        self.data: dict = {}
        self.in_data: set[int] = set()
        self.declared: dict[str, tuple[int, int]] = {}
        self.emitted: set = set()
        self.captions = 0  # strings of the data read as headings (caption_html)
        self.markdown_data = False  # the data's strings are Markdown (read_data)
        self._constants: dict[tuple[str, str], str] | None = None

    def constant(self, name: str, key: str) -> str | None:
        """The string a module-level object constant holds under ``key`` (``const OPERATOR = { name: "株式会社Feeps" }``
        shown as 「{OPERATOR.name}（以下「当社」といいます）」): the page shows it where the markup names it."""
        if self._constants is None:
            self._constants = {}
            for top in self.tree.root_node.named_children:
                decl = top.named_children[0] if top.type == "export_statement" and top.named_children else top
                if decl.type not in ("lexical_declaration", "variable_declaration"):
                    continue
                for d in decl.named_children:
                    value = d.child_by_field_name("value") if d.type == "variable_declarator" else None
                    if value is None or value.type != "object":
                        continue
                    for pair in value.named_children:
                        k, v = pair.child_by_field_name("key"), pair.child_by_field_name("value")
                        if pair.type == "pair" and k is not None and v is not None and v.type in _STRINGS:
                            key_text = self.literal(k) if k.type in _STRINGS else self.text(k)
                            self._constants[(self.text(d.child_by_field_name("name")), key_text)] = self.literal(v)
        return self._constants.get((name, key))

    def text(self, node) -> str:
        return self.b[node.start_byte:node.end_byte].decode("utf-8", "replace")

    def literal(self, node) -> str:
        """A string literal's value (escapes read; a template's ${…} left out)."""
        out = []
        for c in node.children:
            if c.type == "string_fragment":
                out.append(self.text(c))
            elif c.type == "escape_sequence":
                out.append(_ESCAPE.sub(_unescaped, self.text(c)))
        return "".join(out)

    # ------------------------------------------------------------------ JSX as HTML

    def jsx_html(self, node) -> str:
        """The markup of a JSX element as HTML: its source, with each expression replaced by what it shows."""
        edits: list[tuple[int, int, str]] = []
        stack = [node]
        while stack:
            n = stack.pop()
            t = n.type
            if t == "jsx_expression" and n is not node:
                element = n.parent.child_by_field_name("open_tag") if n.parent is not None else None
                listed = element is not None and self.tag_name(element) in ("ul", "ol")
                edits.append((n.start_byte, n.end_byte, self.expression_html(n, listed)))
                continue
            if t == "jsx_attribute" and (caption := self.component_caption(n)):
                # <Section title="第1条（適用範囲）">: the component shows its title above what it holds
                edits.append((n.start_byte, n.end_byte, ""))
                edits.append((n.parent.end_byte, n.parent.end_byte, caption))
                continue
            if t == "jsx_attribute" and (listed := self.listed_prop(n)):
                # <LegalList items={["(1) …", "(2) …"]} />: the component lists the strings it is handed
                edits.append((n.start_byte, n.end_byte, ""))
                edits.append((n.parent.end_byte, n.parent.end_byte, listed))
                continue
            if t == "jsx_attribute" and (key := self.data_prop(n)) is not None:
                # <Committee committee={committee} />: the component shows the data it is handed, where it stands
                edits.append((n.start_byte, n.end_byte, ""))
                edits.append((n.parent.end_byte, n.parent.end_byte, self.data_html(key)))
                continue
            if t == "jsx_attribute":
                edits.append((n.start_byte, n.end_byte, self.attribute_html(n)))
                shown = self.attribute_markup(n)
                if shown:  # a render prop's markup (render={({ field }) => (<FormItem>…</FormItem>)}) after its tag
                    tag = n.parent
                    edits.append((tag.end_byte, tag.end_byte, shown))
                continue
            if t == "jsx_text" and "\n" in (raw := self.text(n)):
                edits.append((n.start_byte, n.end_byte, _jsx_text(raw)))
                continue
            if t in ("jsx_opening_element", "jsx_closing_element") and self.tag_name(n) in _FRAGMENT_NAMES:
                edits.append((n.start_byte, n.end_byte, ""))
                continue
            if t in ("jsx_opening_element", "jsx_closing_element", "jsx_self_closing_element") \
                    and (native := _NATIVE_BLOCKS.get(self.tag_name(n))) is not None:
                # React Native's <View> and <Text> lay out as blocks (a <Text> inside a <Text> runs on in it): the page
                # shows 「利用規約」 and 「第１条 （総則）」 on lines of their own
                name = n.child_by_field_name("name")
                nested = native == "p" and self.inside_text(n)
                edits.append((name.start_byte, name.end_byte, "span" if nested else native))
            stack.extend(n.children)
        edits.sort()
        out, at = [], node.start_byte
        for start, end, repl in edits:
            out.append(self.b[at:start].decode("utf-8", "replace"))
            out.append(repl)
            at = end
        out.append(self.b[at:node.end_byte].decode("utf-8", "replace"))
        return _BESIDE_UNKNOWN_VALUE.sub("", "".join(out))

    def inside_text(self, n) -> bool:
        """Does the JSX tag ``n`` stand inside a React Native <Text> (its element's parent chain)?"""
        element = n.parent
        p = element.parent if element is not None else None
        while p is not None:
            if p.type == "jsx_element":
                tag = p.child_by_field_name("open_tag")
                if tag is not None and self.tag_name(tag) == "Text":
                    return True
            p = p.parent
        return False

    def tag_name(self, element) -> str:
        name = element.child_by_field_name("name")
        return "" if name is None else self.text(name)

    def attribute_html(self, attr) -> str:
        parts = attr.named_children
        if not parts:
            return ""
        name = self.text(parts[0])
        name = {"className": "class", "htmlFor": "for"}.get(name, name)
        if len(parts) == 1:
            return name
        value = self.string_value(attr)  # href={"/terms"} keeps its string; code (onClick={…}, style={{…}}) is dropped
        return "" if value is None else f'{name}="{_html.escape(value)}"'

    def component_caption(self, attr) -> str:
        """The text a component's caption prop shows (title, heading, label, text, caption of a capitalized
        component: <Section title="第1条（適用範囲）">, <BorderedTextHeader text="利用規約" />), as a paragraph, with
        the article number a number prop gives it (<ArticleHeading num="第1条" title="適用" />: 「第1条（適用）」); ""
        for any other attribute (an HTML element's title is a tooltip)."""
        parts = attr.named_children
        element = attr.parent
        if len(parts) != 2 or element is None:
            return ""
        prop = self.text(parts[0])
        if prop not in _CAPTION_PROPS and prop not in _NUMBER_PROPS or not self.tag_name(element)[:1].isupper():
            return ""
        props = self.string_props(element)
        number = next((props[p] for p in _NUMBER_PROPS if _ARTICLE_LABEL.fullmatch(props.get(p, ""))), None)
        if number is None and _ARTICLE_COMPONENT.search(self.tag_name(element)):
            number = next((f"第{props[p]}条" for p in _NUMBER_PROPS if props.get(p, "").isascii()
                           and props.get(p, "").isdigit()), None)
        title = next((props[p] for p in _CAPTION_PROPS if _JAPANESE.search(props.get(p, ""))), None)
        if prop in _NUMBER_PROPS:
            # (shown with the title, where the component has one)
            return f"<p>{_html.escape(number)}</p>" if number and title is None and props.get(prop) == number else ""
        text = props.get(prop, "")
        if not _JAPANESE.search(text):
            return ""
        if number and text == title:
            text = f"{number}（{text}）"
        return f"<p>{_html.escape(text)}</p>"

    def listed_prop(self, attr) -> str:
        """The strings of an array a component is handed as a prop (<LegalList items={["(1) …", "(2) …"]} />), as a list
        (an object of the array by the strings it holds, 「{ label: "…", href: "…" }」); "" for any other attribute."""
        value = self.component_prop(attr, "array")
        if value is None:
            return ""
        items = []
        for c in value.named_children:
            if c.type in _STRINGS:
                items.append(self.literal(c))
            elif c.type in ("object", "array"):  # (an entry of its strings, [term, meaning]: 「["利用者", "当社が…"]」)
                items.append(" ".join(self.literal(x) for x in _outermost(c, _STRINGS)))
        if not any(_JAPANESE.search(x) for x in items):
            return ""
        return "<ul>" + "".join(f"<li>{_html.escape(x)}</li>" for x in items if x.strip()) + "</ul>"

    def data_prop(self, attr):
        """The page's data (read_data's key) a component is handed as a prop (<Committee committee={committee} />), where
        nothing before showed it; None for any other attribute."""
        value = self.component_prop(attr, "identifier")
        key = self.declared.get(self.text(value)) if value is not None else None
        return key if key is not None and key not in self.emitted else None

    def component_prop(self, attr, kind: str):
        """The one expression of a capitalized component's prop in braces, where it is of ``kind`` (<LegalList
        items={[…]} />: an array; <Committee committee={committee} />: an identifier); None otherwise."""
        parts = attr.named_children
        if len(parts) != 2 or attr.parent is None or not self.tag_name(attr.parent)[:1].isupper():
            return None
        value = parts[1]
        if value.type != "jsx_expression" or len(value.named_children) != 1 or value.named_children[0].type != kind:
            return None
        return value.named_children[0]

    def string_value(self, attr) -> str | None:
        """An attribute's value where it is a string ("…" or {"…"}); None for code or no value."""
        parts = attr.named_children
        if len(parts) != 2:
            return None
        value = parts[1]
        if value.type == "jsx_expression" and len(value.named_children) == 1:
            value = value.named_children[0]
        if value.type == "number":
            return self.text(value)  # <ol start={2}>: the number the list counts from, as HTML writes it
        return self.literal(value) if value.type in _STRINGS else None

    def string_props(self, element) -> dict[str, str]:
        """The props of a JSX element whose values are strings."""
        values = ((attr, self.string_value(attr)) for attr in element.named_children if attr.type == "jsx_attribute")
        return {self.text(attr.named_children[0]): v for attr, v in values if v is not None}

    def attribute_markup(self, attr) -> str:
        """The JSX an attribute's code holds (a render prop, an icon), as what the element shows."""
        value = attr.named_children[1] if len(attr.named_children) > 1 else None
        if value is None or value.type != "jsx_expression":
            return ""
        return "".join(self.jsx_html(n) for n in _outermost(value, _JSX))

    def expression_html(self, expr, listed: bool = False) -> str:
        """What a JSX expression shows: its strings (directly, or as a branch of ?:, &&, ||), its elements, and the
        strings of an array it holds (「{["法令に違反する行為", …].map((x) => <li>{x}</li>)}」: items where the element
        around is a list, paragraphs elsewhere)."""
        out: list[str] = []

        def walk(n, shown: bool) -> None:
            t = n.type
            if t in _JSX:
                out.append(self.jsx_html(n))
                return
            if t in _STRINGS:
                if shown:
                    out.append(_html.escape(self.literal(n)))
                return
            if t == "array":
                tag = "li" if listed else "p"
                for c in n.named_children:
                    if c.type in _STRINGS:
                        out.append(f"<{tag}>{_html.escape(self.literal(c))}</{tag}>")
                    else:
                        walk(c, False)
                return
            if t == "comment":
                return
            if t == "member_expression" and shown:
                obj, prop = n.child_by_field_name("object"), n.child_by_field_name("property")
                value = self.constant(self.text(obj), self.text(prop)) if obj is not None and obj.type == "identifier" \
                    and prop is not None else None
                out.append(_UNKNOWN_VALUE if value is None else _html.escape(value))
                return
            if t == "identifier" and (key := self.declared.get(self.text(n))) is not None and key not in self.emitted:
                out.append(self.data_html(key))  # 「{sections.map((s) => …)}」 shows the data where it names it
                return
            if t == "identifier" and shown:
                out.append(_UNKNOWN_VALUE)
                return
            if t == "ternary_expression":
                # 「{isMobile ? (<p>…</p>) : (<p>…</p>)}」: the page shows one branch, not both (both read made every
                # sentence of the branch a repeated one): the first that shows anything stands for it, and the other
                # is read too where it says something else (「{!isAccepting ? (<p>受付は終了しました。</p>) : (<p>応募は
                # １人１作品までです。</p>)}」: what the page says in another state, published all the same)
                shown_branches: list[str] = []
                for field in ("consequence", "alternative"):
                    branch = n.child_by_field_name(field)
                    if branch is not None:
                        before = len(out)
                        walk(branch, shown)
                        said = "".join(out[before:]).replace(_UNKNOWN_VALUE, "")
                        if not said.strip():
                            continue  # (a value the file does not hold says nothing another branch could repeat)
                        if shown_branches and _another_layout(said, shown_branches[0]):
                            del out[before:]
                            return
                        shown_branches.append(said)
                return
            for field, c in _children_with_fields(n):
                if t == "binary_expression":
                    through = shown and field == "right" and self.text(n.child_by_field_name("operator")) in (
                        "&&", "||", "??")
                else:
                    through = shown and t in _SHOWN_THROUGH
                walk(c, through)

        walk(expr, True)
        return "".join(out)

    # ------------------------------------------------------------------ the page's data

    def read_data(self, roots: list, values: list) -> dict:
        """The arrays and objects (outermost) whose strings and markup hold the page's sentences, by their span, and
        the names they are declared under (``const sections = [{ title: "第1条（目的）", content: (<p>…</p>) }]``)."""
        groups: dict[tuple[int, int], _Data] = {}
        for n, v in values:
            top = _data_of(n)
            groups.setdefault((top.start_byte, top.end_byte), _Data(top)).strings.append((n, v))
        for r in roots:
            top = _data_of(r)
            if top is not r:
                groups.setdefault((top.start_byte, top.end_byte), _Data(top)).roots.append(r)
        self.data = {k: g for k, g in groups.items() if g.holds_sentences(self)}
        # (an app that renders one string of its data as Markdown renders them all: a lone **strong** too)
        self.markdown_data = any(_markdown(v) for g in self.data.values() for _, v in g.strings)
        self.in_data = {r.start_byte for g in self.data.values() for r in g.roots}
        for key, g in self.data.items():
            p = g.top.parent
            if p is not None and p.type == "variable_declarator" and p.child_by_field_name("value") == g.top:
                self.declared[self.text(p.child_by_field_name("name"))] = key
        return self.data

    def data_html(self, key) -> str:
        """One array's or object's strings (paragraphs) and markup, in their order."""
        self.emitted.add(key)
        g = self.data[key]
        parts = [(n.start_byte, self.caption_html(n, v) or _paragraphs(v, self.markdown_data))
                 for n, v in g.strings if _JAPANESE.search(v)]
        parts += [(r.start_byte, self.jsx_html(r)) for r in g.roots]
        return "\n".join(p for _, p in sorted(parts, key=lambda p: p[0]))

    def caption_html(self, n, v: str) -> str:
        """A string of the data held under a caption's key (``{ title: { ja: '大会要項' }, content: … }``, the language's
        key between) as the heading it is, one level down for each array around it: a rule book's chapters and their
        sections (``[{ title: '競技会', section: [{ title: '大会要項', … }] }]``); "" for any other string, or a
        caption that is a sentence."""
        if "。" in v or "\n" in v.strip() or len(v.strip()) > _CAPTION_CHARS:
            return ""
        key, p = None, n.parent
        while p is not None and p.type in ("pair", "object") and key is None:
            if p.type == "pair":
                name = self.text(p.child_by_field_name("key")).strip("'\"")
                if name in _CAPTION_PROPS:
                    key = name
                elif name not in _LANGUAGE_KEYS:
                    return ""
            p = p.parent
        if key is None:
            return ""
        level = 1
        while p is not None:
            level += p.type == "array"
            p = p.parent
        level = min(level, 6)
        self.captions += 1
        return f"<h{level}>{_html.escape(v.strip())}</h{level}>"

    # ------------------------------------------------------------------ what the file holds

    def pieces(self) -> tuple[list, list]:
        """(outermost JSX elements, string literals outside JSX), each in source order."""
        found = _outermost(self.tree.root_node, _JSX | _STRINGS)
        return [n for n in found if n.type in _JSX], [n for n in found if n.type in _STRINGS]


class _Data:
    """An outermost array or object literal outside the markup: its strings and the JSX elements it holds."""

    def __init__(self, top):
        self.top = top
        self.strings: list = []
        self.roots: list = []

    def holds_sentences(self, f: _File) -> bool:
        texts = [v for _, v in self.strings] + [f.text(r) for r in self.roots]
        return sum(_japanese(t) for t in texts) >= PAGE_JAPANESE and any("。" in t for t in texts)


def _outermost(node, types: frozenset) -> list:
    """The descendants of ``node`` of these types that no other of them holds, in source order."""
    out, stack = [], list(reversed(node.children))
    while stack:
        n = stack.pop()
        if n.type in types:
            out.append(n)
        else:
            stack.extend(reversed(n.children))
    return out


def _children_with_fields(n):
    for i, c in enumerate(n.children):
        yield n.field_name_for_child(i), c


def _jsx_text(raw: str) -> str:
    """Text between tags as React renders it: its lines trimmed and joined by one space (「利用料金⏎    (0円の場合
    あり)」 shows as 「利用料金 (0円の場合あり)」, a space the page has); the white space that opens or closes it,
    where it holds a line break, JSX drops: the text meets the tag or value beside it with nothing between
    (「…1ヶ月目として⏎<span>6ヶ月</span>」 shows 「1ヶ月目として6ヶ月」)."""
    lines = raw.split("\n")
    body = " ".join(ln.strip(" \t\r") for ln in lines if ln.strip(" \t\r"))
    head = "" if not lines[0].strip(" \t\r") else lines[0][:len(lines[0]) - len(lines[0].lstrip(" \t"))]
    tail = "" if not lines[-1].strip(" \t\r") else lines[-1][len(lines[-1].rstrip(" \t\r")):]
    return head + body + tail


def _data_of(literal):
    """The outermost array or object literal that holds a string (the page's data), or the string itself."""
    top, p = literal, literal.parent
    while p is not None:
        if p.type in _DATA:
            top = p
        p = p.parent
    return top


# a string of the page's data that is itself markup (a CMS export's 「<p>【名称】<br />第1条 …</p>」, shown through
# dangerouslySetInnerHTML or v-html): put into the page as the HTML it is
_MARKUP = re.compile(r"</?(?:p|h[1-6]|br|li|ul|ol|dl|dt|dd|div|section|article|table|tr|td|th|span|strong|b)\b[^<>]*>",
                     re.IGNORECASE)


# what an app that renders its data as Markdown writes: a heading's #, a list's -, **strong** (two kinds in one string,
# or one of them twice, make a string Markdown: 「- **心なき**：NPCを指します。⏎- **魂抜け**：…」)
_MD_HEADING = re.compile(r"^[ \t]*(#{1,6})[ \t]+(.+)$", re.MULTILINE)
_MD_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+", re.MULTILINE)
_MD_STRONG = re.compile(r"\*\*([^*\n]+)\*\*")
# a field of tags (「初心者,全住民」): words parted by commas, no sentence; the app's data, not its text
_TAG_FIELD = re.compile(r"[^\s,、。，]{1,12}(?:[,，][^\s,、。，]{1,12})+")


def _markdown_marks(s: str) -> list[int]:
    """How often ``s`` writes each of Markdown's marks: headings, list items, strong text."""
    return [len(_MD_HEADING.findall(s)), len(_MD_BULLET.findall(s)), len(_MD_STRONG.findall(s))]


def _markdown(s: str) -> bool:
    marks = _markdown_marks(s)
    return sum(1 for k in marks if k) >= 2 or max(marks) >= 2


def _inline_html(s: str, strong: str = "strong") -> str:
    """A line's text as HTML, its **strong** text in <strong> (or bare, ``strong=""``: a heading is strong already)."""
    return _MD_STRONG.sub(lambda m: f"<{strong}>{m.group(1)}</{strong}>" if strong else m.group(1), _html.escape(s.strip()))


def _markdown_html(s: str) -> str:
    """A string of Markdown as the page an app renders it into: headings, list items and paragraphs, strong text."""
    out = []
    for ln in s.split("\n"):
        if not ln.strip():
            continue
        if (h := _MD_HEADING.match(ln)) is not None:
            level = len(h.group(1))
            out.append(f"<h{level}>{_inline_html(h.group(2), strong='')}</h{level}>")
        elif _MD_BULLET.match(ln):
            out.append(f"<li>{_inline_html(_MD_BULLET.sub('', ln, count=1))}</li>")
        else:
            out.append(f"<p>{_inline_html(ln)}</p>")
    return "\n".join(out)


def _paragraphs(s: str, markdown: bool = False) -> str:
    """A string of the page's data as HTML paragraphs: a blank line parts them, a line break breaks a line; a string of
    markup as itself, one of Markdown (``markdown``: the data's strings are) as the page the app renders it into; a field
    of tags as nothing."""
    if len(_MARKUP.findall(s)) >= 2:
        return s
    if _TAG_FIELD.fullmatch(s.strip()):
        return ""
    if _markdown(s) or markdown and any(_markdown_marks(s)):
        return _markdown_html(s)
    blocks = [b.strip() for b in re.split(r"\n[ \t\u3000]*\n", s) if b.strip()]
    return "\n".join("<p>" + "<br>\n".join(_html.escape(ln.strip()) for ln in b.split("\n")) + "</p>" for b in blocks)


# sentences this long, four in five of each branch's found in the other, make two branches of a conditional two
# layouts of one text
_SHARED_SENTENCE = 8
_SENTENCE = re.compile(r"[^。！？!?<>\n]{%d,}[。！？!?]" % _SHARED_SENTENCE)
_LAYOUT_SHARE = 0.8


def _another_layout(a: str, b: str) -> bool:
    """Does the markup ``b`` (a conditional's other branch) say what ``a`` says, four in five of the sentences of
    either (two layouts of one text), or no sentence at all (a layout's parts: a picture, a button's word)? Two sets
    of terms, one for online courses and one for courses in person, share most sentences (34 of the 36 of one) and
    each says what the other does not (a 12-article set beside a 12-article set with a notice before it): both are
    published, each under its own state."""
    first, second = set(_SENTENCE.findall(a)), set(_SENTENCE.findall(b))
    return not second or len(first & second) >= _LAYOUT_SHARE * max(len(first), len(second))


def _japanese(s: str) -> int:
    return len(_JAPANESE.findall(s))


def _refused(suffix: str, name: str, why: str) -> BadInput:
    return BadInput(f"a {suffix} file is program source, not a document ({why}): open the page in a browser and save "
                    f"it as HTML (or as text), then check that", name)


def holds_the_document(value: str, japanese_in_file: int) -> bool:
    """Does one string hold the page's text: a page's worth of Japanese, and half the file's at least?"""
    return _japanese(value) >= max(PAGE_JAPANESE, _THE_DOCUMENT * japanese_in_file)


def string_document(value: str, name: str, encoding: str, suffix: str, line: int, code: str) -> Source:
    """The document a program keeps in one string (``value``, at ``line``), read as text or Markdown; the code around
    it recorded as one removal (its first lines, ``code``)."""
    body = value.encode("utf-8")
    note = f"program source ({suffix}): the document is its string at line {line}, read as {{}}; the code around it left out"
    if len(_MARKUP_CLOSED.findall(value)) >= _MARKUP_ELEMENTS:
        # 「'<div class="contract-box"><h3>商品売買契約</h3><p>株式会社…</p><h4>第１条（目的）</h4>…'」: the page's markup
        # kept in a string, which its headings and paragraphs structure as any page's
        src = _html_source(value, encoding, [note.format("HTML")], name, None)
    else:
        markdown = _text.MARKDOWN_READER.sniff(body, ".txt")
        src = _text.read_text(body, name, markdown=markdown)
        src.encoding = encoding
        src.notes.append(note.format("Markdown" if markdown else "text"))
    src.removed.insert(0, Removal("script", code, 0, 0))
    return src


# a string of markup: elements of a page's text closed this many times at least (</p>, </h4>, </li>)
_MARKUP_CLOSED = re.compile(r"</(?:p|h[1-6]|li|div|td|dd)\s*>", re.IGNORECASE)
_MARKUP_ELEMENTS = 3


def read_script(data: bytes, name: str, limits=None, deadline=None) -> Source:
    suffix = name[name.rfind("."):].lower() if "." in name else ""
    source, encoding = _text.decode(data, name)
    try:
        f = _File(source, tsx=suffix not in (".ts", ".mts", ".cts"))
    except ImportError:  # the grammar is a dependency; a broken install says so rather than reading code as text
        raise _refused(suffix, name, "the JavaScript parser, tree-sitter, is not installed") from None
    roots, literals = f.pieces()
    values = _joined_by_plus(f, literals)
    in_jsx = sum(_japanese(f.text(r)) for r in roots)
    in_strings = sum(_japanese(v) for _, v in values)
    node, value = max(values, key=lambda nv: _japanese(nv[1]), default=(None, ""))
    if node is not None and holds_the_document(value, in_jsx + in_strings):
        # (a server's routes may each return a page of its own, the terms, the privacy policy, the 特商法 notice: each
        # string of a page's worth is read, in the file's order, the documents of one page)
        pages = [v for n, v in sorted(values, key=lambda nv: nv[0].start_byte)
                 if n is node or _japanese(v) >= PAGE_JAPANESE and len(_HIRAGANA.findall(v)) >= _KANA_SHARE * _japanese(v)
                 and not (n.parent is not None and n.parent.type == "expression_statement")]
        # (a string standing as a statement of its own is never shown: 「…\n\n";⏎"研究協力事項\n\n"+…」, the + chain
        # broken by a ;)
        if len(pages) > 1:
            value = "\n\n".join(pages)
        src = string_document(value, name, encoding, suffix, node.start_point[0] + 1, _code_summary(f, node))
        if len(pages) > 1:
            src.notes.append(f"{len(pages)} strings of the file hold a page's worth of text each: read in its order")
        substitutions = sum(1 for c in node.children if c.type == "template_substitution")
        if substitutions:
            src.notes.append(f"{substitutions} value(s) the program puts into the string (${{…}}) left out")
        return src
    data = f.read_data(roots, values)
    if in_jsx + sum(_japanese(v) for g in data.values() for _, v in g.strings) < PAGE_JAPANESE:
        raise _refused(suffix, name, "no page text found in its markup or its strings")
    pieces = [(r.start_byte, f.jsx_html(r)) for r in roots if r.start_byte not in f.in_data]
    # data the markup does not name where it shows it stands where the file writes it
    pieces += [(key[0], f.data_html(key)) for key in data if key not in f.emitted]
    pieces.sort(key=lambda p: p[0])
    page = "\n".join(p for _, p in pieces)
    notes = [f"program source ({suffix}): the markup of its {len(roots)} JSX element(s) read as the page"
             + (f", with the strings of {len(data)} array(s) or object(s) of its data" if data else "")
             + "; the code left out"]
    if f.captions:
        notes.append(f"{f.captions} caption(s) of its data read as headings")
    src = _html_source(page, encoding, notes, name, deadline)
    src.removed.insert(0, Removal("script", _code_summary(f, None), 0, 0))
    # (an app shows the items of its data with the numbers it gives them by their place: 「第８条に示す条件」 is the eighth)
    src.numbered_by_place = f.captions > 0
    return src


def _joined_by_plus(f: _File, literals: list) -> list[tuple[object, str]]:
    """(node, value) of the file's strings, those a program joins with + (「"実験説明書＆同意書\\n\\n"+⏎"1) 研究の目的\\n"+⏎…」)
    read as the one string it makes (the node: the outermost + expression); other values between them (variables)
    are left out."""
    out: list[tuple[object, str]] = []
    joined: dict[int, int] = {}  # the + expression's start byte → its entry in out
    for n in literals:
        top = n
        while top.parent is not None and (top.parent.type == "parenthesized_expression" or (
                top.parent.type == "binary_expression"
                and f.text(top.parent.child_by_field_name("operator")) == "+")):
            top = top.parent
        if top is n:
            out.append((n, f.literal(n)))
            continue
        k = joined.get(top.start_byte)
        if k is None:
            joined[top.start_byte] = len(out)
            out.append((top, f.literal(n)))
        else:
            out[k] = (top, out[k][1] + f.literal(n))
    return out


def _html_source(page: str, encoding: str, notes: list[str], name: str, deadline) -> Source:
    from .html import html_source

    return html_source(page, encoding, notes, name, deadline)


def _code_summary(f: _File, kept) -> str:
    """The removal record of the code: its first lines, as the PHP reader records its blocks."""
    head = f.b[:kept.start_byte] if kept is not None else f.b
    return head.decode("utf-8", "replace").strip()[:200]
