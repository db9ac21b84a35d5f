"""The actors stage's vocabulary, records and document index (see
:mod:`whosaid.actors.extract` for the stage as a whole)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from spacy.attrs import SENT_START
from spacy.tokens import Doc, Span

from whosaid.actors.knowledge import Demonym, Entry, Knowledge, SectorWord
from whosaid.actors.parties import (
    PARTY_WORD,
    SENTENCE_OPENERS,
    name_continues_after,
    names_a_portfolio,
    party_word_reads,
)
from whosaid.nlp.components import DATELINE_DASHES
from whosaid.nlp.models import doc_text
from whosaid.nlp.view import doc_view

# Words that may sit between the hits of one actor noun phrase.
CONNECTORS: frozenset[str] = frozenset({
    "'s", "’s", "'", "’", "the", "of", "to", "for", "-", "official", "top", "senior",
    "chief", "deputy", "acting", "outgoing", "incoming", "interim", "then", "new",
    "longtime", "veteran", "state", "state-run", "state-owned", "government-run",
    "permanent", "special", "vice", "general", "first", "lady", "de", "facto", "main",
    "ruling", "far", "right", "left", "far-right", "far-left", "right-wing",
    "left-wing", "hardline", "centre", "center", "centrist", "conservative",
    "liberal", "nationalist", "populist", "leftist", "national", "federal",
    "regional", "provincial", "local",
})  # fmt: skip
OPENERS: frozenset[str] = frozenset({"[", "("})
APPOS_VERBS: frozenset[str] = frozenset({
    "heads", "headed", "leads", "led", "chairs", "runs", "directs", "oversees",
    "commands", "represents", "is", "was", "serves", "works",
})  # fmt: skip
LOCATIVE_PREPS: frozenset[str] = frozenset({
    "in", "at", "near", "outside", "inside", "across", "around", "from", "to", "into",
    "through", "toward", "towards", "via", "throughout", "within", "off", "past",
    "between",
})  # fmt: skip
SECTOR_PRIORITY: tuple[str, ...] = (
    "ELI",
    "OPP",
    "REB",
    "JUD",
    "LEG",
    "COP",
    "SPY",
    "MIL",
    "MED",
    "NGO",
    "BUS",
    "PTY",
    "EDU",
    "HLH",
    "LAB",
    "REL",
    "REF",
    "CVL",
    "GOV",
)
SECTOR_TYPE: dict[str, str] = {
    "GOV": "government",
    "MIL": "government",
    "COP": "government",
    "JUD": "government",
    "LEG": "government",
    "SPY": "government",
    "MED": "media",
    "BUS": "company",
    "OPP": "party",
    "PTY": "party",
    "REB": "armed_group",
    "NGO": "ngo",
}
NER_PERSON = "PERSON"
NER_ORG = "ORG"
NER_PLACES: frozenset[str] = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class Hit:
    """A token range the knowledge (or NER) recognised."""

    i: int  # first token
    j: int  # one past the last token
    kind: str  # name | demonym | sector | person | org | place
    entry: Entry | None = None
    demonym: Demonym | None = None
    sector: SectorWord | None = None
    label: str = ""


@dataclass
class ActorMention:
    start: int
    end: int
    key: tuple[str, ...]
    name: str
    type: str
    country: str | None
    igo: str | None
    sector: str | None
    code: str | None
    roles: list[str] = field(default_factory=list)
    source: str = ""
    person_name: str | None = None
    context_country: str | None = None
    """A titled person's paragraph country (the state named last before
    them there), for when nothing else gives one."""


PEOPLE_SOURCE = "demonyms.tsv (people)"
"""The source of a nation's people named by their plural noun: they say
where the story happens as their state would (the article's country)."""


@dataclass
class ActorDraft:
    key: tuple[str, ...]
    name: str
    type: str
    country: str | None
    igo: str | None
    sector: str | None
    code: str | None
    roles: list[str] = field(default_factory=list)
    mentions: list[tuple[int, int]] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    kb_id: str | None = None
    context_country: str | None = None
    """See :attr:`ActorMention.context_country` (the first mention's)."""

    @property
    def first(self) -> int:
        return min(s for s, _ in self.mentions) if self.mentions else 0


PLACE_TAIL = re.compile(r"\b[A-Z][\w'-]+ (?:am|an der|upon|im|sur|ob der|an|am See) $")
"""The start of a place name whose last word NER may take for a person."""


def place_mention(
    start: int, end: int, name: str, source: str, country: str | None = None
) -> ActorMention:
    """A place ("a concert in Paris"): it carries its country (Paris -> FRA)
    but never gives it to another actor, and has no sector, code or voice."""
    return ActorMention(
        start,
        end,
        ("place", name.lower()),
        name,
        "place",
        country,
        None,
        None,
        None,
        source=source,
    )


def cameo_code(
    country: str | None,
    igo: str | None,
    sector: str | None,
    *,
    igo_codes: dict[str, str] | None = None,
    fixed: str | None = None,
) -> str | None:
    """The CAMEO-style code of an actor: ``RUS``, ``RUSGOV``, ``IGOUNO``.

    An IGO (and its officials) is coded by the IGO alone; an actor without
    country or IGO is coded by its sector alone ("NGO", "REB"), if any.
    """
    if fixed:
        return fixed
    if igo:
        code = (igo_codes or {}).get(igo)
        base = code or f"IGO{igo.upper()[:3]}"
        return base + (sector if sector == "JUD" and not base.endswith("JUD") else "")
    if country:
        return country + (sector or "")
    return sector


class Scanner:
    def __init__(self, doc: Doc, kb: Knowledge, exclude: Sequence[tuple[int, int]]):
        self.doc = doc
        self.kb = kb
        self.exclude = sorted(exclude)
        view = doc_view(doc)
        self.lower = view.lower(doc)  # the view's own lists: never changed
        self.starts = view.starts(doc)

    def excluded(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.exclude)

    def scan(self) -> list[Hit]:
        doc, kb = self.doc, self.kb
        n = len(doc)
        lower = self.lower
        lengths = kb.lengths
        hits: list[Hit] = []
        i = 0
        while i < n:
            options = lengths.get(lower[i])
            if options is None:
                i += 1
                continue
            hit = self._match_at(i, options, bool(hits) and hits[-1].j == i)
            if hit is None:
                i += 1
                continue
            if not self.excluded(self.starts[i]):
                hits.append(hit)
            i = hit.j
        return hits

    def _match_at(
        self, i: int, options: tuple[int, ...], after_hit: bool = False
    ) -> Hit | None:
        """The longest knowledge hit at token ``i``; ``after_hit``: a hit
        ends right before it ("Capitol Hill" before "Republicans")."""
        doc, kb = self.doc, self.kb
        n = len(self.lower)
        for length in options:  # longest first
            if i + length > n:
                continue
            key = tuple(self.lower[i : i + length])
            if length > 1 and any(not t.strip() or "\n" in t for t in key):
                continue
            entries = kb.names.get(key)
            dem = kb.demonyms.get(key)
            sec = kb.sectors.get(key)
            if not entries and dem is None and sec is None:
                continue
            span = doc[i : i + length]
            if entries:
                entry = self._entry_for(entries, span, after_hit)
                if entry is not None:
                    return Hit(i, i + length, "name", entry=entry)
            if dem is not None and span.text[:1].isupper():
                return Hit(i, i + length, "demonym", demonym=dem)
            if sec is not None and self._sector_ok(span, sec):
                return Hit(i, i + length, "sector", sector=sec)
        return None

    def _entry_for(
        self, entries: list[Entry], span: Span, after_hit: bool = False
    ) -> Entry | None:
        text = "".join(t.text for t in span)
        parties = all(e.type == "party" for e in entries)
        groups = parties or all(e.type == "armed_group" for e in entries)
        if groups and not after_hit and self._longer_party_name(span):
            # "Christian Democrats", "Free Democrats": another party; "Ta'ang
            # National Liberation Army": another armed group
            return None
        if parties and name_continues_after(span):
            return None  # "Nigeria Labour Congress", "Democratic Party for the People"
        if parties and names_a_portfolio(span):
            return None  # "Labour Minister X", "the Ministry of Labour"
        for entry in entries:
            if entry.exact_case:
                bare = "".join(entry.pattern.split())
                if (
                    text.replace(".", "") == bare.replace(".", "")
                    and any(c.isupper() for c in text)
                    and (text.isupper() or text == bare)
                    and (entry.kind != PARTY_WORD or party_word_reads(span))
                ):
                    return entry
                continue
            if text[:1].isupper() or entry.pattern[:1].islower():
                return entry
        return None

    def _longer_party_name(self, span: Span) -> bool:
        """Whether a party's name or form ends a longer capitalized name
        the knowledge does not know ("Christian Democrats", "Social
        Democrats"): the word before it is capitalized mid-sentence and is
        no country, demonym, place, body or title ("US Democrats", "House
        Republicans" stay)."""
        k = span.start - 1
        if k < 1 or span[0].is_sent_start:
            return False
        prev = self.doc[k]
        if not prev.text[:1].isupper() or prev.is_sent_start:
            return False
        if self.doc[k - 1].text.strip() in SENTENCE_OPENERS:
            return False
        key = (self.lower[k],)
        kb = self.kb
        return not (key in kb.names or key in kb.demonyms or key in kb.sectors)

    def _sector_ok(self, span: Span, sec: SectorWord) -> bool:
        if sec.exact_case and not abbreviation_reads(span, sec.pattern):
            return False
        # a sector word is a noun phrase part, not a verb ("police the border")
        root = span.root
        if sec.kind == "modifier" and root.tag_ == "NN" and root.lower_.endswith("ing"):
            return False  # "the ICJ ruling" is a decision, not "the ruling party"
        if sec.kind == "modifier" and root.tag_ == "VBN" and root.dep_ == "amod":
            return True  # "the ousted president": a participle as an adjective
        return root.pos_ in {"NOUN", "PROPN", "ADJ"}


def abbreviation_reads(span: Span, pattern: str) -> bool:
    """Whether a title's abbreviation ("FM": foreign minister) reads as the
    title: in its exact case, and not after a figure or a time ("101.5 FM"
    is a radio frequency, "6:03 PM" an hour)."""
    if span.text != pattern:
        return False
    before = span.doc[span.start - 1] if span.start > 0 else None
    return before is None or not (
        before.like_num or any(c.isdigit() for c in before.text)
    )


@dataclass
class Chain:
    hits: list[Hit]
    start_tok: int
    end_tok: int
    appos: int | None = None  # index of the first hit of ", Kenya's president"


def is_person_hit(hit: Hit) -> bool:
    return hit.kind == "person" or (
        hit.kind == "name" and hit.entry is not None and hit.entry.type == "person"
    )


MIL_REB = ("MIL", "REB")
"""A military title of an armed group's member: the group's sector (REB)
wins over the title's (MIL)."""


def best_sector(current: str | None, new: str | None) -> str | None:
    if new is None:
        return current
    if current is None:
        return new
    rank = {s: k for k, s in enumerate(SECTOR_PRIORITY)}
    return new if rank.get(new, 99) < rank.get(current, 99) else current


PRONOUN_REACH = 400
"""Characters back that a pronoun source may reach for an antecedent."""


@dataclass(frozen=True, eq=False)
class ActorIndex:
    """What the actors stage reads about one parsed article, built once by
    :func:`index_document`: the doc and its text, the knowledge, the scanner,
    lower-cased tokens, the article's words, every token's sentence start
    and the named entities (``doc.ents`` makes new spans at every read)."""

    doc: Doc
    text: str
    kb: Knowledge
    scanner: Scanner
    lower: list[str]
    words: set[str]
    sent_start: list[int]
    ents: Sequence[Span]


class Reading(NamedTuple):
    """How an ambiguous name reads in this article ("Georgia": state or US
    state) and the country it then stands for."""

    reading: str
    country: str | None


NO_READING = Reading("", None)


@dataclass(eq=False)
class ActorState:
    """What the stage builds up: mentions, every hit, the article's
    countries and the context choices made for ambiguous names."""

    mentions: list[ActorMention] = field(default_factory=list)
    all_hits: list[Hit] = field(default_factory=list)
    doc_countries: set[str] = field(default_factory=set)
    context_choice: dict[str, Reading] = field(default_factory=dict)


_SENTENCE_END_CHARS = frozenset('.!?:;"”’)')


def _ends_sentence(word: str) -> bool:
    """Whether a sentence may start after this token's (lower-cased) text."""
    return (
        "\n" in word
        or word in DATELINE_DASHES
        or (bool(word) and word[-1] in _SENTENCE_END_CHARS)
    )


def index_document(
    doc: Doc, kb: Knowledge, exclude: Sequence[tuple[int, int]]
) -> ActorIndex:
    """The read-only index of one article for the actors stage."""
    scanner = Scanner(doc, kb, exclude)
    lower = scanner.lower
    # sentence start of every token (Token.sent scans the doc each time); a
    # start the parser put after no full stop, line or dash ("LONDON — Shadow
    # | Chancellor X said") does not cut a title from its name
    sent_start: list[int] = []
    current = 0
    for k, flag in enumerate(doc.to_array([SENT_START]).tolist()):
        if flag == 1 and (k == 0 or _ends_sentence(lower[k - 1])):
            current = k
        sent_start.append(current)
    return ActorIndex(
        doc=doc,
        text=doc_text(doc),
        kb=kb,
        scanner=scanner,
        lower=lower,
        words={w for w in lower if w.isalpha()},
        sent_start=sent_start,
        ents=_balanced_ents(doc),
    )


def _balanced_ents(doc: Doc) -> tuple[Span, ...]:
    """The named entities, each cut before a "(" it does not close
    ("National Democratic Congress (NDC" -> "National Democratic
    Congress"): the acronym in parentheses is no part of the name."""
    out: list[Span] = []
    for ent in doc.ents:
        end = ent.end
        for k in range(ent.start, ent.end):
            if doc[k].text == "(" and not any(
                doc[m].text == ")" for m in range(k + 1, ent.end)
            ):
                end = k
                break
        if end == ent.end:
            out.append(ent)
        elif end > ent.start:
            out.append(Span(doc, ent.start, end, label=ent.label_))
    return tuple(out)


def modifier_hit(hit: Hit) -> bool:
    entry = hit.entry
    if entry is None:
        return False
    return entry.type in {"state", "igo"} or entry.kind in {"country", "capital"}


def span_text(ix: ActorIndex, i: int, j: int) -> tuple[int, int, str]:
    view = doc_view(ix.doc)
    start = view.starts(ix.doc)[i]
    end = view.ends(ix.doc)[j - 1]
    return start, end, ix.text[start:end]


def disambiguate(
    ix: ActorIndex, st: ActorState, entry: Entry, hit: Hit | None = None
) -> str | None:
    rules = ix.kb.context.get(entry.pattern.lower())
    if not rules:
        return None
    key = entry.pattern.lower()
    if key not in st.context_choice:
        best: tuple[int, int] = (-1, 0)
        choice = Reading(rules[0].reading, rules[0].country)
        low_text = ix.text.lower()
        for order, rule in enumerate(rules):
            score = sum(
                1
                for cue in rule.cues
                if (
                    cue in ix.words
                    if " " not in cue and cue.isalpha()
                    else cue in low_text
                )
            )
            if (score, -order) > best:
                best = (score, -order)
                choice = Reading(rule.reading, rule.country)
        st.context_choice[key] = choice
    reading = st.context_choice[key].reading
    if reading == "capital":
        return "capital"
    if reading in {"place", "us_state", "region", "city"}:
        return "place"
    if reading == "company" and entry.type == "company":
        return None  # "Amazon" in a story of its shares: the firm's own row
    if reading in {"person", "other", "company"}:
        return "skip"
    return "state"


def hit_country(ix: ActorIndex, st: ActorState, hit: Hit) -> str | None:
    """The country a name hit stands for, after context decisions."""
    entry = hit.entry
    if entry is None:
        return None
    key = entry.pattern.lower()
    if key in ix.kb.context:
        disambiguate(ix, st, entry, hit)
        chosen = st.context_choice.get(key, NO_READING).country
        if chosen:
            return chosen
    return entry.country


def tokens_lower(ix: ActorIndex, i: int, j: int) -> list[str]:
    return ix.lower[i:j]


def dateline_country(ix: ActorIndex) -> str | None:
    """The country of a dateline ("TARAWA, Kiribati (Reuters) -",
    "BEIJING, Nov. 3 (Xinhua) --") in the first lines of the article."""
    head = ix.text[:400]
    for line in head.splitlines():
        line = line.strip()
        for dash in (" – ", " — ", " -- ", " - "):
            if dash in line[:120]:
                place = line.split(dash, 1)[0]
                break
        else:
            continue
        place = place.split("(")[0]
        for part in reversed([p.strip() for p in place.split(",") if p.strip()]):
            key = tuple(w.lower() for w in part.replace(".", ". ").split())
            for e in ix.kb.names.get(key, ()):
                if e.country and e.type in {"state", "place"}:
                    return e.country
        return None
    return None
