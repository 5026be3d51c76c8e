"""Vendor comparison: the same clause topics side by side across documents.

``compare(docs)`` assigns every article of every document to the standard
clause topics of Japanese service terms (``data/topics.json``), pairs articles
of different documents that serve the same topic, and extracts the key terms
analysts ask about (liability cap in months of fees, notice periods, term and
renewal, late-payment rate, court, survival list, cancellation at any time...).

Assignment is a score, not a title lookup: heading words (substring or lemma)
+ weighted body keywords + TF-IDF cosine between the article's content-word
lemma bag (heading lemmas weighted higher) and the topic's keyword bag. An
article takes its best topic above a threshold and any further topic whose
score is close to the best; a paragraph that is plainly about another topic
(one paragraph on changes to the terms inside a service-scope article) adds
that topic too. A topic may therefore span several articles and an article
may serve several topics.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .model import Article, Document
from .references import find_references
from .tokens import tokenize

DATA = Path(__file__).resolve().parent / "data"
SCHEMA = "clausediff.compare/1"
CONTENT_POS = ("名詞", "動詞", "形容詞")

# Scoring knobs (documented, not tuned per vendor).
W_TITLE = 0.45  # heading match
W_BODY = 0.30  # weighted keywords in the body, saturating
W_COS = 0.45  # TF-IDF cosine, article bag vs topic bag
BODY_SATURATION = 12.0  # raw keyword weight at which the body part reaches 1/2
TITLE_BOOST = 3  # heading lemmas count this many times in the article bag
THRESHOLD = 0.35  # least score for a topic to be assigned
SECONDARY = 0.80  # a further topic is assigned when its score ≥ this × the best
PARA_THRESHOLD = 0.42  # least paragraph score (no heading) that adds a topic on its own
PARA_MARGIN = 1.5  # … and it must beat the paragraph's runner-up topic by this factor
MAX_TOPICS = 3


# ------------------------------------------------------------------ taxonomy


@dataclass
class Topic:
    id: str
    label: str
    label_en: str
    title: list[str]
    body: dict[str, float]
    patterns: list[tuple[re.Pattern, float, bool]] = field(default_factory=list)  # (regex, weight, decisive)
    bag: Counter = field(default_factory=Counter)  # lemma → weight


@lru_cache(maxsize=1)
def load_topics() -> tuple[Topic, ...]:
    raw = json.loads((DATA / "topics.json").read_text(encoding="utf-8"))
    out = []
    for t in raw["topics"]:
        topic = Topic(t["id"], t["label"], t["label_en"], list(t["title"]), dict(t["body"]),
                      [_pattern(p, w) for p, w in t.get("patterns", {}).items()])
        bag: Counter = Counter()
        for kw in topic.title:
            for lem in content_lemmas(kw):
                bag[lem] += 2.0
        for kw, w in topic.body.items():
            for lem in content_lemmas(kw):
                bag[lem] += float(w)
        topic.bag = bag
        out.append(topic)
    return tuple(out)


def _pattern(p: str, spec) -> tuple[re.Pattern, float, bool]:
    if isinstance(spec, dict):
        return re.compile(p), float(spec.get("weight", 1)), bool(spec.get("decisive"))
    return re.compile(p), float(spec), False


_LEMMAS: dict[str, tuple[str, ...]] = {}  # text → its content lemmas
_LEMMAS_MAX = 65536


def content_lemmas(text: str) -> tuple[str, ...]:
    """The content words of ``text`` by lemma. Cached: every clause is scored against every topic, and
    each topic's keywords are read again for each clause."""
    got = _LEMMAS.get(text)
    if got is None:
        got = tuple(t.lemma for t in tokenize(text) if t.pos in CONTENT_POS and len(t.lemma) > 0
                    and not t.lemma.isdigit())
        if len(_LEMMAS) >= _LEMMAS_MAX:
            _LEMMAS.clear()
        _LEMMAS[text] = got
    return got


_DEFINES = re.compile(r"\s*(?:\d+[.．]\s*)?[「『][^」』]{1,40}[」』]\s*(?:とは|は、?[^。]{0,40}をいう)")


def _compared_texts(a: Article) -> tuple[str, str, list[str]]:
    """What the comparison reads of an article: its heading, its body, and its paragraphs
    (those that define a term, 「不可抗力」とは…, are no clause on that topic)."""
    return a.title or "", a.body, [p.text for p in a.paragraphs if p.text.strip() and not _DEFINES.match(p.text)]


def known_lemmas(doc: Document) -> dict[str, tuple[str, ...]]:
    """The content lemmas of every text ``compare`` reads of ``doc``: computed where the document was read and
    checked (its lines tagged there already), handed to the process that compares with ``learn_lemmas``."""
    out: dict[str, tuple[str, ...]] = {}
    for a in doc.all_articles():
        title, body, paras = _compared_texts(a)
        for text in (title, body, *paras):
            out[text] = content_lemmas(text)
    return out


def learn_lemmas(known: dict[str, tuple[str, ...]]) -> None:
    """Remember lemmas computed elsewhere (``known_lemmas``): the same as this process would compute."""
    if len(_LEMMAS) + len(known) > _LEMMAS_MAX:
        _LEMMAS.clear()
    _LEMMAS.update(known)


# ------------------------------------------------------------------ result model


@dataclass
class DocEntry:
    id: str
    path: str
    title: str | None
    doc: Document
    articles: list[Article]
    name: str = ""  # what a reader calls the document (vendor and service), for column headers

    def __post_init__(self):
        self.name = self.name or self.id

    def key(self, a: Article) -> str:
        return a.number if a.part == "main" else f"{a.part}:{a.number}"


@dataclass
class Pair:
    a_doc: str
    a_article: str
    b_doc: str
    b_article: str
    score: float
    topics: list[str]


@dataclass
class Comparison:
    documents: list[DocEntry]
    topics: list[Topic]
    # topic id → doc id → list of article keys (document order)
    assignment: dict[str, dict[str, list[str]]]
    # (doc id, article key) → {topic id: score}
    scores: dict[tuple[str, str], dict[str, float]]
    terms: dict[str, dict[str, dict]]
    pairs: list[Pair]

    def doc(self, doc_id: str) -> DocEntry:
        return next(d for d in self.documents if d.id == doc_id)

    def article(self, doc_id: str, key: str) -> Article | None:
        d = self.doc(doc_id)
        return next((a for a in d.articles if d.key(a) == key), None)

    def used_topics(self) -> list[Topic]:
        return [t for t in self.topics if any(self.assignment.get(t.id, {}).values())]


# ------------------------------------------------------------------ scoring


def _title_score(title: str, title_lemmas: set[str], topic: Topic) -> float:
    if not title:
        return 0.0
    core = title.replace("本", "").strip() or title
    best = 0.0
    for kw in topic.title:
        if kw in title:
            best = max(best, min(1.0, 0.5 + len(kw) / max(len(core), 1)))
        else:
            lem = content_lemmas(kw)
            if lem and all(x in title_lemmas for x in lem):
                best = max(best, min(1.0, 0.4 + len(kw) / max(len(core), 1) / 2))
    return best


def _body_raw(body: str, lemmas: Counter, topic: Topic) -> float:
    raw = 0.0
    for kw, w in topic.body.items():
        n = body.count(kw)
        if n == 0 and len(kw) >= 2 and kw in lemmas:
            n = lemmas[kw]
        if n:
            raw += w * (1.0 + math.log(n))
    for rx, w, _ in topic.patterns:
        n = len(rx.findall(body))
        if n:
            raw += w * (1.0 + math.log(n))
    return raw


def _vector(counts: Counter, idf: dict[str, float]) -> dict[str, float]:
    v = {k: (1.0 + math.log(c)) * idf.get(k, 1.0) for k, c in counts.items() if c > 0}
    norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
    return {k: x / norm for k, x in v.items()}


def _cos(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(k, 0.0) for k, x in a.items())


@dataclass
class _Unit:
    title: str
    body: str
    lemmas: Counter
    title_lemmas: set[str]
    vec: dict[str, float] = field(default_factory=dict)


def _unit(title: str, body: str) -> _Unit:
    lem = Counter(content_lemmas(body))
    tl = content_lemmas(title)
    for x in tl:
        lem[x] += TITLE_BOOST
    return _Unit(title, body, lem, set(tl))


def _score(u: _Unit, topic: Topic, tvec: dict[str, float], use_title: bool = True) -> float:
    t = _title_score(u.title, u.title_lemmas, topic) if use_title else 0.0
    raw = _body_raw(u.body, u.lemmas, topic)
    # a short clause needs fewer keyword hits than a long one to be plainly about a topic
    sat = BODY_SATURATION * min(1.0, math.sqrt(max(len(u.body), 1) / 300.0))
    body = raw / (raw + sat)
    cos = _cos(u.vec, tvec)
    if not use_title:
        return (W_BODY * body + W_COS * cos) / (W_BODY + W_COS)
    return W_TITLE * t + W_BODY * body + W_COS * cos


def _assign(scores: dict[str, float]) -> list[str]:
    ranked = sorted(scores.items(), key=lambda kv: -kv[1])
    if not ranked or ranked[0][1] < THRESHOLD:
        return []
    best = ranked[0][1]
    return [tid for tid, s in ranked[:MAX_TOPICS] if s >= THRESHOLD and s >= SECONDARY * best]


# ------------------------------------------------------------------ compare


def _doc_ids(docs: list[Document]) -> list[str]:
    ids: list[str] = []
    for d in docs:
        stem = Path(d.source.path).stem or "doc"
        base, n = stem, 2
        while stem in ids:
            stem = f"{base}-{n}"
            n += 1
        ids.append(stem)
    return ids


def _names(docs: list[Document], names: list[str | None] | None) -> list[str]:
    """Column names: the given name, else the file stem id; a name two documents share gets its id."""
    ids = _doc_ids(docs)
    given = [(n or "").strip() or i for n, i in zip(list(names or []) + [None] * len(docs), ids)]
    return [n if given.count(n) == 1 else f"{n} ({i})" for n, i in zip(given, ids)]


def compare(docs: list[Document], names: list[str | None] | None = None) -> Comparison:
    """The comparison of these documents. ``names`` (optional, one per document) are the names
    readers know them by, "vendor service" from a manifest; the ids stay the file stems."""
    topics = list(load_topics())
    entries = [DocEntry(i, d.source.path, d.title, d, list(d.all_articles()), n)
               for i, d, n in zip(_doc_ids(docs), docs, _names(docs, names))]

    units: dict[tuple[str, str], _Unit] = {}
    para_units: dict[tuple[str, str], list[_Unit]] = {}
    for e in entries:
        for a in e.articles:
            title, body, paras = _compared_texts(a)
            units[(e.id, e.key(a))] = _unit(title, body)
            if len(paras) >= 2:
                para_units[(e.id, e.key(a))] = [_unit("", p) for p in paras]

    # IDF over the articles being compared (plus one pseudo-document per topic, so
    # that a lemma found in no article still has a finite weight).
    df: Counter = Counter()
    for u in units.values():
        df.update(set(u.lemmas))
    for t in topics:
        df.update(set(t.bag))
    n_docs = len(units) + len(topics)
    idf = {k: math.log((1 + n_docs) / (1 + c)) + 1.0 for k, c in df.items()}
    for u in units.values():
        u.vec = _vector(u.lemmas, idf)
    for us in para_units.values():
        for u in us:
            u.vec = _vector(u.lemmas, idf)
    tvecs = {t.id: _vector(Counter({k: max(1, round(v)) for k, v in t.bag.items()}), idf) for t in topics}

    assignment: dict[str, dict[str, list[str]]] = {t.id: {e.id: [] for e in entries} for t in topics}
    t_of = {t.id: t for t in topics}
    scores: dict[tuple[str, str], dict[str, float]] = {}
    for e in entries:
        for a in e.articles:
            k = (e.id, e.key(a))
            sc = {t.id: _score(units[k], t, tvecs[t.id]) for t in topics}
            scores[k] = sc
            chosen = _assign(sc)
            paras = para_units.get(k, [])
            if paras:
                para_best: dict[str, float] = {}
                added: list[str] = []
                for pu in paras:
                    ps = sorted(((t.id, _score(pu, t, tvecs[t.id], use_title=False)) for t in topics),
                                key=lambda kv: -kv[1])
                    (tid, s), (_, s2) = ps[0], ps[1]
                    para_best[tid] = max(para_best.get(tid, 0.0), s)
                    if s >= PARA_THRESHOLD and s >= PARA_MARGIN * s2:
                        added.append(tid)
                        sc[tid] = max(sc[tid], s)
                    for t in topics:  # a decisive pattern inside one paragraph names its topic
                        if any(d and rx.search(pu.body) for rx, _, d in t.patterns):
                            added.append(t.id)
                            sc[t.id] = max(sc[t.id], THRESHOLD)
                # a further topic that the heading does not name must be the main subject
                # of at least one paragraph: a passing mention is not a clause
                chosen = [tid for i, tid in enumerate(chosen)
                          if i == 0 or _title_score(units[k].title, units[k].title_lemmas, t_of[tid]) > 0
                          or para_best.get(tid, 0.0) >= PARA_THRESHOLD]
                chosen += [tid for tid in dict.fromkeys(added) if tid not in chosen]
            for tid in chosen:
                assignment[tid][e.id].append(e.key(a))

    terms = {t.id: {e.id: extract_terms(t.id, [c for c in e.articles if e.key(c) in assignment[t.id][e.id]])
                    for e in entries if assignment[t.id][e.id]} for t in topics}
    terms = {tid: {d: v for d, v in per.items() if v} for tid, per in terms.items()}

    pairs: dict[tuple[str, str, str, str], Pair] = {}
    for t in topics:
        per = assignment[t.id]
        for i, ea in enumerate(entries):
            for eb in entries[i + 1:]:
                for ka in per[ea.id]:
                    for kb in per[eb.id]:
                        key = (ea.id, ka, eb.id, kb)
                        if key in pairs:
                            pairs[key].topics.append(t.id)
                            continue
                        sim = _cos(units[(ea.id, ka)].vec, units[(eb.id, kb)].vec)
                        pairs[key] = Pair(ea.id, ka, eb.id, kb, round(sim, 4), [t.id])
    return Comparison(entries, topics, assignment, scores, terms, list(pairs.values()))


# ------------------------------------------------------------------ key terms

_MONTH = r"(?:か|ヶ|ケ|カ|ヵ|箇|ケ|个)?\s*月"
_NUM = r"(\d+(?:\.\d+)?)"
_PAREN = re.compile(r"[（(][^（）()]*[）)]")
_SENT = re.compile(r"[^。\n]+(?:。|$)")


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENT.findall(text) if s.strip()]


def _clip(s: str, n: int = 160) -> str:
    s = re.sub(r"\s+", " ", s)
    return s if len(s) <= n else s[: n - 1] + "…"


def _period(s: str) -> dict | None:
    """'1か月前', '30日前', '1年' → {'value': 1, 'unit': 'month'}."""
    m = re.search(_NUM + r"\s*(営業日|日|" + _MONTH + r"|年)", s)
    if not m:
        return None
    unit = m.group(2)
    unit = "business_day" if unit == "営業日" else "day" if unit == "日" else "year" if unit == "年" else "month"
    v = float(m.group(1))
    return {"value": int(v) if v.is_integer() else v, "unit": unit}


def x_liability_cap(text: str) -> dict:
    caps = []
    for s in _sentences(text):
        if not re.search(r"上限|限度|範囲に制限|範囲内|を超えない|を超えて", s):
            continue
        if not re.search(r"賠償|責任", s) and not caps:
            continue
        m = re.search(_NUM + r"\s*" + _MONTH + r"(?:間|分)?", s)
        months = int(float(m.group(1))) if m else None
        basis = "fees" if re.search(r"料金|利用料|対価|報酬|支払", s) else None
        caps.append({"months": months, "basis": basis, "text": _clip(s)})
    if not caps:
        return {}
    first = caps[0]
    return {"liability_cap": {"months": first["months"], "basis": first["basis"], "text": first["text"],
                              "all": [c["months"] for c in caps]}}


def x_intent_only(text: str) -> dict:
    out = {}
    if re.search(r"故意(?:又は|または|若しくは|もしくは|及び|および|・)?重(?:大な)?過失", text):
        out["gross_negligence_only"] = True
    return out


def x_notice_period(text: str, verbs: str) -> dict | None:
    for s in _sentences(text):
        plain = _PAREN.sub("", s)
        if not re.search(verbs, plain):
            continue
        m = re.search(_NUM + r"\s*(営業日|日|" + _MONTH + r")(?:以上)?(?:前|先)", plain)
        if m:
            return {**_period(m.group(0)), "text": _clip(s)}
        m = re.search(r"前月\d+日から当月\d+日まで", plain)
        if m:
            return {"value": None, "unit": None, "text": _clip(s)}
    return None


def x_cancellation(text: str) -> dict:
    out: dict = {}
    any_time = False
    for s in _sentences(text):
        plain = _PAREN.sub("", s)  # 「（…の場合はいつでも）」 is an exception, not the rule
        if "いつでも" in plain and re.search(r"解約|解除|終了", plain) and not re.match(r"\s*(?:\d+[.．]\s*)?当社は", plain):
            any_time = True
            out["at_any_time_text"] = _clip(s)
            break
    out["at_any_time"] = any_time
    n = x_notice_period(text, r"解約")  # not 終了: that is the non-renewal notice of the term clause
    if n:
        out["notice"] = n
    m = re.search(r"(?:成立日|開始日|締結日)から\s*" + _NUM + r"\s*(" + _MONTH + r"|年)間?が?経過した後", text)
    if m:
        out["earliest_after"] = _period(m.group(1) + m.group(2))
    return out


def x_term(text: str) -> dict:
    out: dict = {}
    for s in _sentences(text):
        if re.search(r"契約期間|有効期間|利用期間", s) and "最低利用期間" not in s:
            m = re.search(r"(?:から|より)\s*" + _NUM + r"\s*(年|" + _MONTH + r")", s)
            if m:
                out["term"] = {**_period(m.group(1) + m.group(2)), "text": _clip(s)}
                break
    if re.search(r"自動(?:的に)?(?:で)?(?:同一条件で)?更新|同一(?:内容|条件|の期間)[^。]{0,20}更新|更新されるもの", text):
        out["auto_renewal"] = True
    for s in _sentences(text):
        if "最低利用期間" in s:
            out["minimum_term"] = _clip(s)
            break
    n = x_notice_period(text, r"更新|満了|終了の意思|解約")
    if n:
        out["non_renewal_notice"] = n
    return out


def x_late_payment(text: str) -> dict:
    m = re.search(r"年\s*(?:率|利)?\s*" + _NUM + r"\s*[%％]", text)
    return {"annual_rate_percent": float(m.group(1)), "text": _clip(m.group(0))} if m else {}


def x_governing_law(text: str) -> dict:
    out: dict = {}
    courts = re.findall(r"([一-龥ぁ-んァ-ヶ]{1,8}?(?:地方|簡易|家庭)裁判所)", text)
    if courts:
        seen = []
        for c in courts:
            c = re.sub(r"^(?:は|を|、|又は|または|及び|および)", "", c)
            if c not in seen:
                seen.append(c)
        out["courts"] = seen
        out["exclusive"] = "専属" in text
    if re.search(r"日本(?:国)?(?:の)?(?:法律|法令|法)(?:に従|とし|とする|と|を準拠)|準拠法は、?日本", text):
        out["governing_law"] = "日本法"
    return out


def x_discontinuation(text: str) -> dict:
    n = x_notice_period(text, r"廃止|終了")
    if n:
        return {"notice": n}
    for s in _sentences(text):
        if re.search(r"廃止", s) and "相当な期間" in s:
            return {"notice": {"value": None, "unit": None, "text": _clip(s), "reasonable_period": True}}
    return {}


def x_data(text: str) -> dict:
    for s in _sentences(text):
        if "削除" in s and re.search(r"終了|解約|解除|満了|失効", s):
            return {"deleted_on_termination": True, "text": _clip(s)}
    return {}


def x_survival(text: str) -> dict:
    arts = []
    for r in find_references(text):
        if r.article and not r.external and r.article not in arts:
            arts.append(r.article)
    return {"survives": arts} if arts else {}


def x_deposit(text: str) -> dict:
    m = re.search(_NUM + r"\s*" + _MONTH + r"相当分?", text)
    return {"max_months": int(float(m.group(1)))} if m else {}


EXTRACTORS = {
    "liability_limit": lambda t: {**x_liability_cap(t), **x_intent_only(t)},
    "user_cancellation": x_cancellation,
    "term_renewal": x_term,
    "late_payment": x_late_payment,
    "governing_law": x_governing_law,
    "discontinuation": x_discontinuation,
    "data_handling": x_data,
    "survival": x_survival,
    "deposit": x_deposit,
}


def extract_terms(topic_id: str, articles: list[Article]) -> dict:
    fn = EXTRACTORS.get(topic_id)
    if not fn or not articles:
        return {}
    text = "\n".join(a.body for a in articles)
    try:
        return fn(text)
    except Exception:  # an extractor must never sink the comparison
        return {}


def terms_summary(terms: dict) -> str:
    """A short human line: '1か月分', '年14.6%', '東京地方裁判所', 'いつでも解約可'."""
    bits = []
    cap = terms.get("liability_cap")
    if cap:
        bits.append(f"上限 {cap['months']}か月分" if cap.get("months") else "上限あり")
    if terms.get("gross_negligence_only"):
        bits.append("故意・重過失のみ")
    if "at_any_time" in terms:
        bits.append("いつでも解約可" if terms["at_any_time"] else "いつでも解約: なし")
    for k, lab in (("notice", "通知"), ("non_renewal_notice", "更新拒絶")):
        n = terms.get(k)
        if n:
            if n.get("value") is not None:
                unit = {"month": "か月", "day": "日", "business_day": "営業日", "year": "年"}[n["unit"]]
                bits.append(f"{lab} {n['value']}{unit}前")
            else:
                bits.append(f"{lab} 相当期間" if n.get("reasonable_period") else f"{lab} 期日指定")
    if terms.get("earliest_after"):
        e = terms["earliest_after"]
        bits.append(f"{e['value']}{'年' if e['unit'] == 'year' else 'か月'}経過後")
    if terms.get("term"):
        t = terms["term"]
        bits.append(f"期間 {t['value']}{'年' if t['unit'] == 'year' else 'か月'}")
    if terms.get("auto_renewal"):
        bits.append("自動更新")
    if terms.get("minimum_term"):
        bits.append("最低利用期間あり")
    if terms.get("annual_rate_percent") is not None:
        bits.append(f"年{terms['annual_rate_percent']:g}%")
    if terms.get("governing_law"):
        bits.append(terms["governing_law"])
    if terms.get("courts"):
        bits.append("・".join(terms["courts"]))
    if terms.get("deleted_on_termination"):
        bits.append("終了時削除")
    if terms.get("survives"):
        bits.append("存続: " + ",".join(f"第{a.replace('_', '条の')}条" for a in terms["survives"]))
    if terms.get("max_months"):
        bits.append(f"{terms['max_months']}か月分まで")
    return " / ".join(bits)


# ------------------------------------------------------------------ outputs
