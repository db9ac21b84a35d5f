"""Actors: group every mention of a person, organization or state into actors.

The stage runs after speaker resolution, on the parsed article:

1. **Scan.**  Longest-match lookup of the knowledge tables over tokens:
   names (countries, capitals and cities, seats of power, organizations,
   users' actors), demonyms ("Russian") and sector words ("foreign
   minister", "army").  NER supplies the names the tables lack (people,
   unknown organizations and places).
2. **Chains.**  Neighbouring hits joined by light words ("'s", "the", "of",
   "to", "top", "senior"...) form one actor noun phrase: "China's UN
   Ambassador Liu Jieyi", "the Russian Foreign Ministry", "Syrian rebels".
   The phrase's head (a name, else a sector word) is the actor; the other
   hits are its modifiers and decide country, IGO and sector:

   * a diplomat's country is the country before the title ("China's UN
     ambassador"), never the IGO or the country they are posted to;
   * an IGO official without a country carries the IGO ("UN envoy");
   * the most specific sector wins (former > opposition > rebels > courts >
     legislature > police > military > media > ... > government).
3. **Places.**  A capital is its state when it acts ("Moscow said",
   "pressure on Pyongyang") and a place after a locative preposition ("a
   concert in Paris"); other cities and regions are places.  Ambiguous
   names (Georgia) are decided by cue words in the article.
4. **Grouping.**  People by full name (a surname joins the full name);
   states by country; organizations by canonical name; unnamed bodies by
   country + sector + head words ("the Foreign Ministry" joins "the Russian
   Foreign Ministry").  Definite nominals ("the bloc", "the island", "the
   North") join the latest compatible actor or their fixed referent.
5. **Speakers.**  Every attribution's resolved speaker is linked to the
   actor holding its antecedent mention; pronoun and nominal sources ("she",
   "the statement") become mentions of that actor.  A source with no named
   antecedent ("a senior US official") becomes an actor of its own when its
   words give a country, IGO or sector.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from spacy.attrs import SENT_START

from whosaid.actors.identity import actor_identity, clean_person_name
from whosaid.actors.knowledge import Demonym, Entry, Knowledge, SectorWord
from whosaid.actors.people import People, head_office, load_people
from whosaid.actors.speaker_names import (
    NOT_SPEAKER_LABELS,
    dateline_spans,
    speaker_for_actor,
    unlinked_speaker,
)
from whosaid.entities.lexicon import (
    ACTOR_PRONOUNS,
    BUS_NAME_WORDS,
    DIPLOMAT_WORDS,
    FEMALE_NAMES,
    GOV_NAME_WORDS,
    MALE_NAMES,
    MEDIA_NAME_WORDS,
    NGO_NAME_WORDS,
    PLACE_NOUNS,
)
from whosaid.nlp.models import doc_text
from whosaid.records import Actor, Attribution, Span, Speaker
from whosaid.speakers.names import (
    initials,
    is_acronym,
    looks_like_person_name,
    name_words,
    strip_titles,
    trim_name,
)

__all__ = ["cameo_code", "extract_actors"]

# Words that may sit between the hits of one actor noun phrase.
CONNECTORS: frozenset[str] = frozenset(
    {
        "'s",
        "’s",
        "'",
        "’",
        "the",
        "of",
        "to",
        "for",
        "-",
        "official",
        "top",
        "senior",
        "chief",
        "deputy",
        "acting",
        "outgoing",
        "incoming",
        "interim",
        "then",
        "new",
        "longtime",
        "veteran",
        "state",
        "state-run",
        "state-owned",
        "government-run",
        "permanent",
        "special",
        "vice",
        "general",
        "first",
        "lady",
        "de",
        "facto",
        "main",
        "ruling",
        "far",
        "right",
        "left",
        "far-right",
        "far-left",
        "right-wing",
        "left-wing",
        "hardline",
        "centre",
        "center",
        "centrist",
        "conservative",
        "liberal",
        "nationalist",
        "populist",
        "leftist",
        "national",
        "federal",
        "regional",
        "provincial",
        "local",
    }
)
OPENERS: frozenset[str] = frozenset({"[", "("})
APPOS_VERBS: frozenset[str] = frozenset(
    {
        "heads",
        "headed",
        "leads",
        "led",
        "chairs",
        "runs",
        "directs",
        "oversees",
        "commands",
        "represents",
        "is",
        "was",
        "serves",
        "works",
    }
)
LOCATIVE_PREPS: frozenset[str] = frozenset(
    {
        "in",
        "at",
        "near",
        "outside",
        "inside",
        "across",
        "around",
        "from",
        "to",
        "into",
        "through",
        "toward",
        "towards",
        "via",
        "throughout",
        "within",
        "off",
        "past",
        "between",
    }
)
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


# ------------------------------------------------------------------ hits


@dataclass
class _Hit:
    """A token range the knowledge (or NER) recognised."""

    i: int  # first token
    j: int  # one past the last token
    kind: str  # name | demonym | sector | person | org | place
    entry: Entry | None = None
    demonym: Demonym | None = None
    sector: SectorWord | None = None
    label: str = ""


@dataclass
class _Mention:
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


@dataclass
class _ActorDraft:
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

    @property
    def first(self) -> int:
        return min(s for s, _ in self.mentions) if self.mentions else 0


_PLACE_TAIL = re.compile(r"\b[A-Z][\w'-]+ (?:am|an der|upon|im|sur|ob der|an|am See) $")
"""The start of a place name whose last word NER may take for a person."""


def _place_mention(
    start: int, end: int, name: str, source: str, country: str | None = None
) -> _Mention:
    """A place ("a concert in Paris"): it carries its country (Paris -> FRA)
    but never gives it to another actor, and has no sector, code or voice."""
    return _Mention(
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


class _Scanner:
    def __init__(self, doc: Any, kb: Knowledge, exclude: Sequence[tuple[int, int]]):
        self.doc = doc
        self.kb = kb
        self.exclude = sorted(exclude)
        self.lower = [t.lower_ for t in doc]

    def excluded(self, char: int) -> bool:
        return any(s <= char < e for s, e in self.exclude)

    def scan(self) -> list[_Hit]:
        doc, kb = self.doc, self.kb
        n = len(doc)
        lower = self.lower
        lengths = kb.lengths
        hits: list[_Hit] = []
        i = 0
        while i < n:
            options = lengths.get(lower[i])
            if options is None:
                i += 1
                continue
            hit = self._match_at(i, options)
            if hit is None:
                i += 1
                continue
            if not self.excluded(doc[i].idx):
                hits.append(hit)
            i = hit.j
        return hits

    def _match_at(self, i: int, options: tuple[int, ...]) -> _Hit | None:
        doc, kb = self.doc, self.kb
        n = len(self.lower)
        for length in options:  # longest first
            if i + length > n:
                continue
            key = tuple(self.lower[i : i + length])
            if length > 1 and any(not t.strip() or "\n" in t for t in key):
                continue
            span = doc[i : i + length]
            entries = kb.names.get(key)
            if entries:
                entry = self._entry_for(entries, span)
                if entry is not None:
                    return _Hit(i, i + length, "name", entry=entry)
            dem = kb.demonyms.get(key)
            if dem is not None and span.text[:1].isupper():
                return _Hit(i, i + length, "demonym", demonym=dem)
            sec = kb.sectors.get(key)
            if sec is not None and self._sector_ok(span, sec):
                return _Hit(i, i + length, "sector", sector=sec)
        return None

    def _entry_for(self, entries: list[Entry], span: Any) -> Entry | None:
        text = "".join(t.text for t in span)
        for entry in entries:
            if entry.exact_case:
                bare = "".join(entry.pattern.split())
                if (
                    text.replace(".", "") == bare.replace(".", "")
                    and any(c.isupper() for c in text)
                    and (text.isupper() or text == bare)
                ):
                    return entry
                continue
            if text[:1].isupper() or entry.pattern[:1].islower():
                return entry
        return None

    def _sector_ok(self, span: Any, sec: SectorWord) -> bool:
        # a sector word is a noun phrase part, not a verb ("police the border")
        root = span.root
        if sec.kind == "modifier" and root.tag_ == "NN" and root.lower_.endswith("ing"):
            return False  # "the ICJ ruling" is a decision, not "the ruling party"
        return root.pos_ in {"NOUN", "PROPN", "ADJ"}


# ------------------------------------------------------------------ chains


@dataclass
class _Chain:
    hits: list[_Hit]
    start_tok: int
    end_tok: int
    appos: int | None = None  # index of the first hit of ", Kenya's president"


def _is_person_hit(hit: _Hit) -> bool:
    return hit.kind == "person" or (
        hit.kind == "name" and hit.entry is not None and hit.entry.type == "person"
    )


class _Builder:
    def __init__(
        self,
        doc: Any,
        kb: Knowledge,
        exclude: Sequence[tuple[int, int]],
    ) -> None:
        self.doc = doc
        self.text: str = doc_text(doc)
        self.kb = kb
        self.scanner = _Scanner(doc, kb, exclude)
        self.lower = self.scanner.lower
        self.words = {w for w in self.lower if w.isalpha()}
        # sentence start of every token (Token.sent scans the doc each time)
        self.sent_start: list[int] = []
        current = 0
        for k, flag in enumerate(doc.to_array([SENT_START]).tolist()):
            if flag == 1:
                current = k
            self.sent_start.append(current)
        self.mentions: list[_Mention] = []
        self.all_hits: list[_Hit] = []
        self.nominal_keys: dict[tuple[int, int], tuple[str, ...]] = {}
        self.doc_countries: set[str] = set()
        self.context_choice: dict[str, tuple[str, str | None]] = {}

    # -------------------------------------------------------------- hits

    def hits(self) -> list[_Hit]:
        hits = self.scanner.scan()
        self.doc_countries = {
            c
            for h in hits
            if (c := self._hit_country(h) if h.entry is not None else None)
            and h.entry is not None
            and (h.entry.type == "state" or h.entry.kind == "capital")
        } | {h.demonym.country for h in hits if h.demonym is not None}
        covered = {k for h in hits for k in range(h.i, h.j)}
        extra: list[_Hit] = []
        persons = {
            e.text.lower()
            for e in self.doc.ents
            if e.label_ == NER_PERSON and len(e.text.split()) >= 2
        }
        surnames = {w for full in persons for w in (full.split()[-1], full.split()[0])}
        for ent in self.doc.ents:
            label = ent.label_
            if label not in {NER_PERSON, NER_ORG, *NER_PLACES}:
                continue
            if self.scanner.excluded(ent.start_char):
                continue
            if label == NER_PERSON:
                self._yield_to_person(ent, hits, covered)
            if label == NER_ORG:
                self._absorb_inner_names(ent, hits, covered)
                self._yield_sector_words(ent, hits, covered)
                if self._extend_org_entry(ent, hits, covered):
                    continue
            ent_start = ent.start
            while ent_start < ent.end and self.doc[ent_start].lower_ in {
                "the",
                "a",
                "an",
            }:
                ent_start += 1
            toks = [k for k in range(ent_start, ent.end) if k not in covered]
            if not toks:
                continue
            tail_person = False
            if len(toks) != ent.end - ent_start:
                # part of the entity is known: keep only the unknown tail
                # ("UN Liu Jieyi" -> "Liu Jieyi"), if it is contiguous.
                if toks != list(range(toks[0], ent.end)):
                    continue
                tail = self.doc[toks[0] : ent.end].text
                tail_person = label == NER_PERSON or (
                    tail.lower() in persons or looks_like_person_name(tail)
                )
                if not tail_person and (
                    label != NER_ORG or not any(c.isupper() for c in tail)
                ):
                    continue
            elif label != NER_PERSON:
                # "the United Nations Nikki Haley": an ORG ending in a person
                low = ent.text.lower()
                for full in persons:
                    if low.endswith(" " + full):
                        cut = ent.end_char - len(full)
                        span = self.doc.char_span(cut, ent.end_char)
                        if span is not None:
                            toks = list(range(span.start, span.end))
                            tail_person = True
                        break
            first, last = toks[0], toks[-1] + 1
            while first < last and (
                self.doc[first].lower_ in {"the", "a", "an"} or self.doc[first].is_punct
            ):
                first += 1
            while last > first and self.doc[last - 1].is_punct:
                last -= 1
            if first >= last:
                continue
            span = self.doc[first:last]
            if not any(c.isupper() for c in span.text):
                continue
            if self._locative_name(span, label, persons):
                kind = "place"  # "rescued migrants off Lampedusa"
            elif (
                label == NER_PERSON
                or tail_person
                or self._person_like(span.text, persons, surnames)
            ):
                kind = "person"
            elif label == NER_ORG:
                kind = "org"
            else:
                kind = "place"
            extra.append(_Hit(first, last, kind, label=label))
            covered.update(range(first, last))
        hits.extend(extra)
        hits.sort(key=lambda h: h.i)
        return self._merge_split_names(hits)

    def _merge_split_names(self, hits: list[_Hit]) -> list[_Hit]:
        """NER's "Samia Suluhu" + "Hassan" side by side: one person."""
        out: list[_Hit] = []
        for h in hits:
            if (
                out
                and out[-1].kind == "person"
                and h.kind in {"person", "org", "place"}
                and h.i == out[-1].j
                and h.label in {NER_PERSON, NER_ORG}
                and self.doc[out[-1].j - 1].whitespace_
                and all(t.text[:1].isupper() for t in self.doc[h.i : h.j])
                and h.j - out[-1].i <= 5
            ):
                out[-1].j = h.j
                continue
            out.append(h)
        return out

    # -------------------------------------------------------------- chains

    def chains(self, hits: list[_Hit]) -> list[_Chain]:
        doc = self.doc
        chains: list[_Chain] = []
        current: list[_Hit] = []
        appos: int | None = None
        for hit in hits:
            if current and self._joinable(current[-1], hit):
                current.append(hit)
                continue
            if current and appos is None and self._appositive(current[-1], hit):
                appos = len(current)
                current.append(hit)
                continue
            if current and appos is None and self._title_before(current, hit):
                current.append(hit)  # "Iran's envoy to the IAEA, Reza Najafi"
                continue
            if current:
                chains.append(_Chain(current, current[0].i, current[-1].j, appos))
            current = [hit]
            appos = None
        if current:
            chains.append(_Chain(current, current[0].i, current[-1].j, appos))
        chains = self._absorb_titles(self._merge_title_chains(chains))
        # extend each chain left over its determiner and light modifiers
        for chain in chains:
            k = chain.start_tok
            while (
                k - 1 >= 0
                and self.sent_start[k - 1] == self.sent_start[chain.start_tok]
            ):
                prev = doc[k - 1]
                if prev.lower_ in {"the", "a", "an"} or (
                    prev.lower_ in CONNECTORS
                    and prev.lower_
                    not in {"'s", "’s", "'", "’", "of", "to", "for", "-"}
                ):
                    k -= 1
                    continue
                break
            chain.start_tok = k
        return chains

    def _appositive(self, left: _Hit, right: _Hit) -> bool:
        """ "William Ruto, Kenya's president": a title apposed to a name;
        "Oceana, an international conservation group": a kind apposed to an
        organization."""
        if _is_person_hit(right) or right.kind == "place":
            return False
        body_after_ner_person = (
            left.kind == "person"
            and left.label == NER_PERSON
            and right.kind == "sector"
            and right.sector is not None
            and right.sector.kind == "body"
            and right.sector.sector is not None
        )  # NER's PERSON "Oceana" before ", an ocean conservation group"
        if not _is_person_hit(left) or body_after_ner_person:
            org_left = (
                body_after_ner_person
                or left.kind == "org"
                or (
                    left.kind == "name"
                    and left.entry is not None
                    and left.entry.type not in {"state", "place", "igo"}
                )
            )
            based = (
                right.kind == "name"
                and right.entry is not None
                and right.entry.type in {"state", "place"}
                and right.j + 1 < len(self.lower)
                and self.lower[right.j] == "-"
                and self.lower[right.j + 1] == "based"
            )  # "Indepaz, a Bogotá-based research group"
            if not (
                org_left
                and (
                    based
                    or (
                        right.kind == "sector"
                        and right.sector is not None
                        and right.sector.sector
                    )
                )
            ):
                return False
        doc = self.doc
        between = [doc[k].lower_ for k in range(left.j, right.i)]
        if not between or between[0] != ",":
            return False
        rest = between[1:]
        if len(rest) >= 2 and rest[0] == "who" and rest[1] in APPOS_VERBS:
            rest = rest[2:]  # "X, who heads the rebel delegation"
        if not _is_person_hit(left) or body_after_ner_person:
            # "Oceana, an international ocean conservation group"
            toks = [doc[k] for k in range(left.j + 1, right.i)]
            return len(toks) <= 5 and all(
                t.lower_ in {"the", "a", "an"}
                or (t.is_lower and t.pos_ in {"ADJ", "NOUN"})
                for t in toks
            )
        return all(
            w in {"the", "a", "an", "its", "his", "her", "as", "of", "for", "at"}
            for w in rest
        )

    def _relative_title(self, person: _Hit) -> bool:
        """ "X, who heads ...": the clause says what X is."""
        j = person.j
        lower = self.lower
        return (
            j + 2 < len(lower)
            and lower[j] == ","
            and lower[j + 1] == "who"
            and lower[j + 2] in APPOS_VERBS
        )

    def _private_person(self, person: _Hit) -> bool:
        """ "Hadiza Moussa, who sells grain at the market": a private person."""
        j = person.j
        doc = self.doc
        return (
            j + 2 < len(doc)
            and self.lower[j] == ","
            and self.lower[j + 1] == "who"
            and doc[j + 2].pos_ == "VERB"
            and self.lower[j + 2] not in APPOS_VERBS
        )

    def _merge_title_chains(self, chains: list[_Chain]) -> list[_Chain]:
        """ "Pakistan's army chief, Field Marshal Asim Munir": one actor."""
        out: list[_Chain] = []
        for chain in chains:
            if out and chain.appos is None and out[-1].appos is None:
                prev = out[-1]
                if self._titled_headless(prev.hits) and self._person_headed(chain.hits):
                    same = (
                        self.sent_start[prev.hits[-1].i]
                        == self.sent_start[chain.hits[0].i]
                    )
                    if same and self._apposition_gap(prev.hits[-1].j, chain.hits[0].i):
                        prev.hits.extend(chain.hits)
                        prev.end_tok = chain.end_tok
                        continue
            out.append(chain)
        return out

    def _apposition_gap(self, i: int, j: int) -> bool:
        """Tokens between a title and the name apposed to it: a comma, after
        a short complement ("Norway's special envoy to the talks, X")."""
        doc = self.doc
        words = [doc[k].lower_ for k in range(i, j)]
        if "," not in words:
            return False
        comma = words.index(",")
        if not all(w in {"the", "a", "an"} for w in words[comma + 1 :]):
            return False
        complement = range(i, i + comma)
        if len(complement) > 6:
            return False
        return all(
            doc[k].lower_ in {"to", "for", "of", "at", "in", "on", "the", "a", "an"}
            or doc[k].pos_ in {"NOUN", "PROPN", "ADJ"}
            for k in complement
        )

    def _titled_headless(self, hits: list[_Hit]) -> bool:
        """A title phrase naming nobody: "the head of the AEOI", "Iran's envoy"."""
        first_title = next(
            (
                k
                for k, h in enumerate(hits)
                if h.kind == "sector"
                and h.sector is not None
                and h.sector.kind == "title"
            ),
            None,
        )
        if first_title is None or any(_is_person_hit(h) for h in hits):
            return False
        # organizations and places may follow the title ("head of the AEOI")
        # or own it ("the Government of National Unity's justice minister")
        return not any(
            (h.kind == "org" or (h.kind == "name" and not self._modifier_hit(h)))
            and not (h.j < len(self.lower) and self.lower[h.j] in {"'s", "’s"})
            and self.lower[h.j - 1] not in {"'s", "’s"}
            for h in hits[:first_title]
        )

    def _absorb_titles(self, chains: list[_Chain]) -> list[_Chain]:
        """A person takes every hit of the title phrase right before the name.

        "UN humanitarian coordinator for Sudan Marta Lindqvist", "Chinese Vice
        Minister of Commerce Zhou Mingyuan": the words no table knows break
        the chain; the window back from the name to the nearest verb, comma
        or clause word still is one noun phrase.
        """
        out: list[_Chain] = []
        for chain in chains:
            first = chain.hits[0]
            if chain.appos is None and _is_person_hit(chain.hits[-1]):
                start = self._title_window(first.i)
                while (
                    out
                    and out[-1].appos is None
                    and out[-1].hits[0].i >= start
                    and not any(_is_person_hit(h) for h in out[-1].hits)
                    and self._governed_by(out[-1].hits, chain.hits[-1])
                ):
                    prev = out.pop()
                    chain.hits[:0] = prev.hits
                    chain.start_tok = prev.start_tok
            out.append(chain)
        return out

    def _governed_by(self, hits: list[_Hit], person: _Hit) -> bool:
        """Some hit hangs (through its heads) from the person's name: "UN
        humanitarian coordinator for Sudan X" is one phrase, "the
        presidential debate Politifact" is not."""
        start = hits[0].i
        for h in hits:
            tok = self.doc[h.j - 1]
            for _ in range(6):
                if tok.i >= person.i:
                    return True  # the name, or the clause after it
                if tok.i < start:
                    break  # "Following ... presidential debate": another phrase
                if tok.head.i == tok.i:
                    break
                tok = tok.head
        return False

    def _title_window(self, i: int) -> int:
        """First token of the title phrase that ends before token ``i``."""
        doc = self.doc
        floor = max(self.sent_start[i], i - 14)
        k = i
        while k - 1 >= floor:
            t = doc[k - 1]
            low = t.lower_
            if low == ")" and k - 3 >= floor and doc[k - 3].text == "(":
                if is_acronym(doc[k - 2].text):
                    k -= 3  # "Bangladesh Nationalist Party (BNP) senior ..."
                    continue
                break
            if "\n" in t.text or t.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ", "PRON"}:
                break
            if t.pos_ == "ADP" and low not in {"of", "for", "to", "at"}:
                break
            if t.is_punct and low not in {"-", ".", "'s", "’s", "'", "’"}:
                break
            if t.pos_ == "DET" and low not in {"the", "a", "an"}:
                break
            k -= 1
        return k

    def _person_headed(self, hits: list[_Hit]) -> bool:
        for h in hits:
            if h.kind == "org" and looks_like_person_name(self.doc[h.i : h.j].text):
                h.kind = "person"  # NER's ORG "Oleksii Makeiev" after a title
        return any(_is_person_hit(h) for h in hits) and all(
            h.kind == "sector" or _is_person_hit(h) for h in hits
        )

    def _title_before(self, current: list[_Hit], right: _Hit) -> bool:
        """A titled phrase apposed before a name: "Pakistan's army chief, X"."""
        if right.kind not in {"person", "org"} and not (
            right.kind == "name"
            and right.entry is not None
            and right.entry.type not in {"state", "place"}
        ):
            return False
        if any(
            _is_person_hit(h)
            or h.kind == "org"
            or (h.kind == "name" and not self._modifier_hit(h))
            for h in current
        ):
            return False
        want = "title" if right.kind == "person" else "body"
        if not any(
            h.kind == "sector" and h.sector is not None and h.sector.kind == want
            for h in current
        ):
            return False
        doc = self.doc
        left = current[-1]
        between = [doc[k].lower_ for k in range(left.j, right.i)]
        if not between or between[0] != ",":
            return False
        if self.sent_start[left.i] != self.sent_start[right.i]:
            return False
        return all(w in {"the", "a", "an"} for w in between[1:])

    def _joinable(self, left: _Hit, right: _Hit) -> bool:
        doc = self.doc
        if right.i < left.j:
            return False
        bracketed = right.i == left.j + 1 and doc[left.j].text in OPENERS
        if self.sent_start[left.i] != self.sent_start[right.i] and not bracketed:
            return False  # the parser may cut "the dictator [Kim Jong-un]" at ""
        if _is_person_hit(left) and _is_person_hit(right):
            return False
        if (
            left.kind == "person"
            and right.kind == "sector"
            and right.i == left.j
            and right.sector is not None
            and right.sector.kind == "body"
            and right.sector.sector
        ):
            left.kind = "org"  # NER's PERSON "Kayhan" in "the Kayhan newspaper"
            return True
        between = [doc[k] for k in range(left.j, right.i)]
        if self._body_in_place(left, right, between):
            return True  # "the interior ministry in Amman", "residents of Goma"
        if left.kind == "place" or right.kind == "place":
            return False
        if len(between) > 3:
            return False
        if any("\n" in t.text for t in between):
            return False
        # "X and Y" are two actors; "Russia, China" too
        complement = (
            left.kind == "sector"
            and bool(between)
            and between[0].lower_ in {"of", "for", "to"}
        )
        for t in between:
            low = t.lower_
            if low in CONNECTORS:
                continue
            if complement and t.pos_ == "PROPN":
                continue  # "representative for the South Caucasus"
            if low in OPENERS and _is_person_hit(right):
                continue
            if (
                (
                    right.kind == "sector"
                    or (t.is_lower and right.kind in {"org", "person", "name"})
                )
                and (t.is_lower or t.pos_ in {"PROPN", "ADJ"})
                and t.pos_ in {"NOUN", "ADJ", "PROPN", "VERB"}
                and t.dep_ in {"compound", "amod", "nmod", "npadvmod"}
            ):
                continue  # "EU foreign policy chief", "Filipino fisherman X"
            return False
        if left.kind == "name" and right.kind == "name" and not between:
            # "US Congress", "UN Security Council": a modifier name before a name
            return self._modifier_hit(left)
        if left.kind == "name" and right.kind == "name":
            lo = [t.lower_ for t in between]
            # "the Foreign Minister of Russia" joins; "Russia of the..." rarely
            return (
                bool(lo)
                and lo[0] in {"'s", "’s", "'", "’"}
                and self._modifier_hit(left)
            )
        if right.kind == "name" and right.entry is not None:
            lo = [t.lower_ for t in between]
            if _is_person_hit(left):
                # "Nikki Haley of the US" is rare; keep them apart
                return False
            if (
                left.kind in {"sector"}
                and lo
                and lo[0] not in {"of", "to", "for", "'s", "’s"}
                and self.lower[left.j - 1] not in {"of", "to", "for"}  # "president of"
            ):
                return False
        return not (_is_person_hit(left) and right.kind != "person")

    def _body_in_place(self, left: _Hit, right: _Hit, between: list[Any]) -> bool:
        if left.kind != "sector" or left.sector is None or left.sector.kind != "body":
            return False
        words = [t.lower_ for t in between]
        if words not in (["in"], ["of"], ["in", "the"]):
            return False
        if self.doc[left.j - 1].dep_ not in {"nsubj", "nsubjpass", "ROOT", "appos"}:
            return False  # "retook the presidential palace in Khartoum": a place
        if right.kind == "place":
            return True
        e = right.entry
        return right.kind == "name" and e is not None and e.type in {"state", "place"}

    def _modifier_hit(self, hit: _Hit) -> bool:
        entry = hit.entry
        if entry is None:
            return False
        return entry.type in {"state", "igo"} or entry.kind in {"country", "capital"}

    # -------------------------------------------------------------- mentions

    def build(self, chains: list[_Chain]) -> None:
        for chain in chains:
            for mention in self._chain_mentions(chain):
                self.mentions.append(mention)

    def _span_text(self, i: int, j: int) -> tuple[int, int, str]:
        start = self.doc[i].idx
        last = self.doc[j - 1]
        end = last.idx + len(last.text)
        return start, end, self.text[start:end]

    def _chain_mentions(self, chain: _Chain) -> list[_Mention]:
        if chain.appos is not None:
            return self._appos_mentions(chain, chain.appos)
        hits = chain.hits
        head_idx = self._head(hits)
        if head_idx is None:
            # modifiers only: a demonym or country alone is its state
            out = []
            for hit in hits:
                m = self._lone(hit, chain if len(hits) == 1 else None)
                if m is not None:
                    out.append(m)
            return out
        head = hits[head_idx]
        mods = hits[:head_idx]
        after = hits[head_idx + 1 :]
        # trailing hits after the head ("Foreign Minister of Russia"):
        # only "of X" modifiers; others become their own mentions
        of_mods: list[_Hit] = []
        rest: list[_Hit] = []
        for hit in after:
            before = self.doc[hit.i - 1].lower_ if hit.i > 0 else ""
            in_place = before == "in" and head.kind == "sector"
            if (
                hit.kind in {"name", "demonym"}
                and (before in {"of", "the"} or in_place)
                and not rest
            ):
                of_mods.append(hit)
            else:
                rest.append(hit)
        mention = self._compose(chain, head, mods, of_mods)
        if (
            mention is not None
            and rest
            and rest[0].i == head.j
            and rest[0].kind == "sector"
            and rest[0].sector is not None
            and rest[0].sector.kind == "body"
            and rest[0].sector.sector
            and mention.type not in {"person", "state", "place"}
        ):
            # "the Asahi Shimbun newspaper", "the Wagner mercenary group"
            descriptor = rest.pop(0)
            if mention.sector is None and descriptor.sector is not None:
                mention.sector = descriptor.sector.sector
                mention.type = SECTOR_TYPE.get(mention.sector or "", mention.type)
            last = self.doc[descriptor.j - 1]
            mention.end = last.idx + len(last.text)
        out = [mention] if mention is not None else []
        out.extend(self._modifier_mentions([*mods, *of_mods]))
        for hit in rest:
            m = self._lone(hit, None)
            if m is not None:
                out.append(m)
        return out

    def _appos_mentions(self, chain: _Chain, k: int) -> list[_Mention]:
        """A name with a title after it: the title's hits modify the name."""
        name_part = chain.hits[:k]
        appos = chain.hits[k:]
        titled = any(
            h.kind == "sector" and h.sector is not None and h.sector.kind == "title"
            for h in appos
        )
        head = name_part[-1]
        if (
            head.kind == "person"
            and head.label == NER_PERSON
            and appos[0].kind == "sector"
            and appos[0].sector is not None
            and appos[0].sector.kind == "body"
            and not titled
        ):
            head.kind = "org"  # NER's PERSON "Gavi" in "Gavi, the vaccine alliance"
        first = _Chain(name_part, chain.start_tok, name_part[-1].j)
        titled = titled or self._relative_title(name_part[-1])
        if not _is_person_hit(name_part[-1]):
            titled = any(h.kind == "sector" for h in appos)  # "Oceana, an ... group"
        if not titled or appos[0].kind == "org":
            rest = _Chain(appos, appos[0].i, appos[-1].j)
            return [*self._chain_mentions(first), *self._chain_mentions(rest)]
        head = name_part[-1]
        mods = [*name_part[:-1], *appos]
        mention = self._compose(first, head, mods, [])
        out = [mention] if mention is not None else []
        return out + self._modifier_mentions(mods)

    def _modifier_mentions(self, mods: list[_Hit]) -> list[_Mention]:
        """States, IGOs and organizations named inside another actor's
        phrase are mentioned too: "Russian" in "the Russian Foreign Ministry",
        "the OAS" in "Suriname's ambassador to the OAS"."""
        out: list[_Mention] = []
        for h in mods:
            if h.kind == "demonym" or (
                h.kind == "name" and h.entry is not None and h.entry.type != "place"
            ):
                m = self._lone(h, None)
                if m is not None and m.type != "place":
                    m.source = (m.source or "") + " (modifier)"
                    out.append(m)
        return out

    def _place_noun(self, hits: list[_Hit], k: int) -> bool:
        """ "Borno state", "Sindh province": the sector word names a place."""
        h = hits[k]
        if k == 0 or h.kind != "sector":
            return False
        prev = hits[k - 1]
        words = " ".join(self.lower[h.i : h.j])
        return (
            words in PLACE_NOUNS
            and prev.j == h.i
            and (
                prev.kind == "place"
                or (prev.entry is not None and prev.entry.type == "place")
            )
        )

    def _head(self, hits: list[_Hit]) -> int | None:
        if len(hits) >= 2 and self._place_noun(hits, len(hits) - 1):
            return len(hits) - 2  # the place heads "Borno state"
        # the last person; else the last organization/seat; else the last
        # sector body or title; modifiers (countries, demonyms) are never heads
        for k in range(len(hits) - 1, -1, -1):
            if _is_person_hit(hits[k]):
                return k
        for k in range(len(hits) - 1, -1, -1):
            h = hits[k]
            if h.kind == "org":
                return k
            if (
                h.kind == "name"
                and h.entry is not None
                and not self._modifier_hit(h)
                and h.entry.type != "place"
            ):
                return k
        for k in range(len(hits) - 1, -1, -1):
            h = hits[k]
            if (
                h.kind == "sector"
                and h.sector is not None
                and h.sector.kind != "modifier"
            ):
                return k
        last = hits[-1]
        if (
            len(hits) > 1
            and last.kind == "sector"
            and last.sector is not None
            and last.sector.sector
            and self.doc[last.j - 1].pos_ in {"NOUN", "PROPN"}
            and any(h.kind in {"demonym", "name"} for h in hits[:-1])
        ):
            return len(hits) - 1  # "the Dutch government"

        if len(hits) > 1:
            # "UN Security Council"-like: the last name is the head
            for k in range(len(hits) - 1, -1, -1):
                h = hits[k]
                if h.kind == "name" and h.entry is not None and h.entry.type == "igo":
                    return k
        return None

    def _state_mention(
        self, start: int, end: int, country: str, name: str | None, source: str
    ) -> _Mention:
        """A state acting as itself: its country, no sector."""
        return _Mention(
            start,
            end,
            ("state", country),
            name or self.kb.country_name(country) or country,
            "state",
            country,
            None,
            None,
            None,
            source=source,
        )

    def _lone(self, hit: _Hit, chain: _Chain | None) -> _Mention | None:
        """A hit that heads nothing: a state, place, organization or demonym."""
        start, end, _text = self._span_text(hit.i, hit.j)
        if hit.kind == "demonym" and hit.demonym is not None:
            country = hit.demonym.country
            return self._state_mention(start, end, country, None, "demonyms.tsv")
        if hit.kind == "sector":
            return None
        if hit.kind == "name" and hit.entry is not None:
            return self._entry_mention(hit, start, end)
        if hit.kind == "person":
            return self._compose(_Chain([hit], hit.i, hit.j), hit, [], [])
        if hit.kind == "org":
            return self._org_mention(hit, [], [])
        if hit.kind == "place":
            name = self.text[start:end]
            return _place_mention(start, end, name, "ner")
        return None

    def _entry_mention(self, hit: _Hit, start: int, end: int) -> _Mention | None:
        entry = hit.entry
        assert entry is not None
        decided = self._disambiguate(entry, hit)
        if decided == "skip":
            return None
        if decided == "state":
            chosen = self.context_choice.get(entry.pattern.lower(), ("", None))[1]
            if chosen and chosen != entry.country:
                entry = dataclasses.replace(
                    entry,
                    country=chosen,
                    name=self.kb.country_name(chosen) or entry.name,
                    kind="country",
                    type="state",
                )
        if (
            entry.kind == "seat"
            and self._place_alternative(hit)
            and self._locative(hit)
        ):
            decided = "place"  # "a shooting in Brussels"
            entry = self._place_alternative(hit) or entry
        if decided == "place" or entry.kind in {"city", "region"}:
            return _place_mention(start, end, entry.name, entry.source, entry.country)
        if entry.kind == "capital" or decided == "capital":
            if decided == "capital":
                chosen = self.context_choice.get(entry.pattern.lower(), ("", None))[1]
                entry = dataclasses.replace(entry, country=chosen or entry.country)
            if self._locative(hit):
                return _place_mention(
                    start, end, entry.name, entry.source, entry.country
                )
            country = entry.country
            if country is None:
                return None
            return self._state_mention(
                start, end, country, None, f"{entry.source} (capital as its state)"
            )
        if entry.type == "state" and entry.country:
            return self._state_mention(
                start,
                end,
                entry.country,
                self.kb.country_name(entry.country) or entry.name,
                entry.source,
            )
        if (
            entry.type == "party"
            and entry.country
            and self.doc_countries
            and entry.country not in self.doc_countries
        ):
            # "North Macedonia's opposition Social Democrats": a party name
            # used in many countries belongs to the one the article names
            entry = dataclasses.replace(entry, country=None)
        if entry.type == "person":
            return _Mention(
                start,
                end,
                ("person", entry.name.lower()),
                entry.name,
                "person",
                entry.country,
                entry.igo,
                entry.sector,
                entry.code,
                source=entry.source,
                person_name=entry.name,
            )
        return _Mention(
            start,
            end,
            ("org", entry.name.lower()),
            entry.name,
            entry.type,
            entry.country,
            entry.igo,
            entry.sector,
            entry.code,
            source=entry.source,
        )

    def _disambiguate(self, entry: Entry, hit: _Hit) -> str | None:
        rules = self.kb.context.get(entry.pattern.lower())
        if not rules:
            return None
        key = entry.pattern.lower()
        if key not in self.context_choice:
            best: tuple[int, int] = (-1, 0)
            choice: tuple[str, str | None] = (rules[0].reading, rules[0].country)
            low_text = self.text.lower()
            for order, rule in enumerate(rules):
                score = sum(
                    1
                    for cue in rule.cues
                    if (
                        cue in self.words
                        if " " not in cue and cue.isalpha()
                        else cue in low_text
                    )
                )
                if (score, -order) > best:
                    best = (score, -order)
                    choice = (rule.reading, rule.country)
            self.context_choice[key] = choice
        reading, _country = self.context_choice[key]
        if reading == "capital":
            return "capital"
        if reading in {"place", "us_state", "region", "city"}:
            return "place"
        if reading in {"person", "other", "company"}:
            return "skip"
        return "state"

    def _place_alternative(self, hit: _Hit) -> Entry | None:
        key = tuple(self.scanner.lower[hit.i : hit.j])
        for e in self.kb.names.get(key, ()):
            if e.kind in {"capital", "city", "region"}:
                return e
        return None

    def _hit_country(self, hit: _Hit) -> str | None:
        """The country a name hit stands for, after context decisions."""
        entry = hit.entry
        if entry is None:
            return None
        key = entry.pattern.lower()
        if key in self.kb.context:
            self._disambiguate(entry, hit)
            chosen = self.context_choice.get(key, ("", None))[1]
            if chosen:
                return chosen
        return entry.country

    def _locative(self, hit: _Hit) -> bool:
        span = self.doc[hit.i : hit.j]
        root = span.root
        if root.dep_ in {"compound", "amod", "poss", "nmod"}:
            return False
        if root.dep_ == "pobj" and root.head.lower_ in LOCATIVE_PREPS:
            prep = root.head
            if prep.lower_ in {"from", "to"} and prep.head.pos_ in {"NOUN", "PROPN"}:
                return False  # "objections from Cairo", "a message to Moscow"
            return not self._between_actors(root)
        if root.dep_ == "conj":
            head = root.head
            while head.dep_ == "conj":
                head = head.head
            if head.dep_ == "pobj" and head.head.lower_ in LOCATIVE_PREPS:
                return not self._between_actors(head)
        return False

    def _between_actors(self, tok: Any) -> bool:
        # "talks between Washington and Pyongyang", "relations with Moscow"
        prep = tok.head
        return bool(prep.lower_ == "between" or prep.lower_ == "with")

    def _absorb_inner_names(
        self, ent: Any, hits: list[_Hit], covered: set[int]
    ) -> None:
        """ "Atomic Energy Organization of Iran", "Federation of German
        Industries": a country inside an organization's name is part of it."""
        start = ent.start
        while start < ent.end and self.lower[start] in {"the", "a", "an"}:
            start += 1
        if ent.end - start < 3 or start in covered:
            return
        if not self.doc[start].text[:1].isupper():
            return
        inner = [h for h in hits if start <= h.i and h.j <= ent.end]
        if not inner or any(
            not (
                h.kind == "demonym"
                or (
                    h.kind == "name"
                    and h.entry is not None
                    and h.entry.type in {"state", "place"}
                )
            )
            for h in inner
        ):
            return
        for h in inner:
            hits.remove(h)
            covered.difference_update(range(h.i, h.j))

    def _yield_to_person(self, ent: Any, hits: list[_Hit], covered: set[int]) -> None:
        """ "Mark Cuban", "Paris Hilton": a first name makes the rest a surname."""
        if ent.end - ent.start < 2:
            return
        first = self.doc[ent.start]
        if not first.text[:1].isupper():
            return
        if ent.start in covered:
            # "Chad Morrison", "Jordan Peterson": a one-word state name as a
            # first name, followed by a surname nobody knows
            rest = range(ent.start + 1, ent.end)
            if any(k in covered for k in rest) or not all(
                self.doc[k].text[:1].isupper() for k in rest
            ):
                return
        elif first.lower_ not in FEMALE_NAMES | MALE_NAMES:
            return
        inner = [h for h in hits if ent.start <= h.i and h.j <= ent.end]
        if not inner or any(
            h.kind == "sector"
            or (h.entry is not None and h.entry.type not in {"state", "place"})
            for h in inner
        ):
            return
        for h in inner:
            hits.remove(h)
            covered.difference_update(range(h.i, h.j))

    def _extend_org_entry(self, ent: Any, hits: list[_Hit], covered: set[int]) -> bool:
        """ "Samsung Electronics": a known company's name NER continues."""
        inner = [h for h in hits if ent.start <= h.i and h.j <= ent.end]
        if len(inner) != 1 or inner[0].kind != "name" or inner[0].entry is None:
            return False
        entry = inner[0].entry
        if entry.type not in {"company", "media", "ngo", "party", "armed_group"}:
            return False
        if inner[0].i != ent.start or inner[0].j >= ent.end:
            return False
        rest = self.doc[inner[0].j : ent.end]
        if not all(t.text[:1].isupper() for t in rest):
            return False
        inner[0].j = ent.end
        inner[0].entry = dataclasses.replace(
            entry, name=self.doc[ent.start : ent.end].text
        )
        covered.update(range(ent.start, ent.end))
        return True

    def _yield_sector_words(
        self, ent: Any, hits: list[_Hit], covered: set[int]
    ) -> None:
        """Sector words inside an organization's name are part of the name.

        "the Citizens Coalition for Change", "Seoul Central District Court":
        when the entity also has capitalized words no table knows, its
        sector-word hits give way to one organization name.
        """
        inner = [h for h in hits if ent.start <= h.i and h.j <= ent.end]
        sector_hits = [h for h in inner if h.kind == "sector"]
        if not sector_hits:
            return
        unknown = [
            k
            for k in range(ent.start, ent.end)
            if k not in covered
            and self.doc[k].text[:1].isupper()
            and self.doc[k].lower_ not in {"the", "a", "an"}
        ]
        if not unknown:
            return
        for h in sector_hits:
            if h.i < unknown[0] and not self.doc[h.i].text[:1].isupper():
                continue  # a lower-case title before the name stays a title
            hits.remove(h)
            covered.difference_update(range(h.i, h.j))

    def _locative_name(self, span: Any, label: str, persons: set[str]) -> bool:
        """A one-word PERSON/ORG that is the object of "in", "near", "off"."""
        if label not in {NER_PERSON, NER_ORG} or len(span) != 1:
            return False
        tok = span[0]
        if is_acronym(tok.text) or tok.lower_ in {w.split()[-1] for w in persons}:
            return False
        if tok.dep_ != "pobj":
            return False
        prep = tok.head
        if prep.lower_ in {"in", "near", "off"}:
            return True
        # "the port of Neskaupstadur", "the outskirts of Goma"
        return prep.lower_ == "of" and prep.head.lower_ in PLACE_NOUNS | {
            "port",
            "harbour",
            "harbor",
            "capital",
            "outskirts",
            "streets",
            "island",
        }

    def _person_like(self, text: str, persons: set[str], surnames: set[str]) -> bool:
        """An ORG/GPE that is a person named elsewhere ("Nikki Haley", "Haley")."""
        low = text.lower().strip()
        if low in persons:
            return True
        words = low.split()
        if len(words) == 1 and low.strip(".,") in surnames and not is_acronym(text):
            return True
        return bool(
            looks_like_person_name(text) and words[0] in FEMALE_NAMES | MALE_NAMES
        )

    def _org_mention(
        self, hit: _Hit, mods: list[_Hit], of_mods: list[_Hit]
    ) -> _Mention | None:
        start, end, _text = self._span_text(hit.i, hit.j)
        s, e = trim_name(self.text, start, end)
        if e <= s:
            return None
        name = self.text[s:e]
        words = [w.lower().strip(".,") for w in name_words(name)]
        country, igo = self._mod_country(mods + of_mods, title_words=set())
        sector = None
        typ = "other"
        for w in words:
            sec = self.kb.sectors.get((w,))
            if sec is not None and sec.sector:
                sector = _best_sector(sector, sec.sector)
        if any(w.startswith("prosecut") for w in words):
            sector = _best_sector(sector, "JUD")
        if "bank" in words and {
            "central",
            "reserve",
            "national",
            "state",
            "people's",
        } & set(words):
            sector = "GOV"  # "South Africa's Reserve Bank", "the State Bank of Vietnam"
        if any(w in MEDIA_NAME_WORDS for w in words):
            sector = sector or "MED"
        if any(
            w in {"inc", "corp", "ltd", "llc", "plc", "co", "group", "company"}
            for w in words
        ):
            sector = sector or "BUS"
        if sector:
            typ = SECTOR_TYPE.get(sector, "other")
        if country is None and igo is None:
            country = self._country_in_name(hit.i, hit.j)
        if sector is None and any(w in NGO_NAME_WORDS for w in words[1:]):
            sector = "NGO"  # "Sudan Doctors Network", "Kenya's Law Society"
            typ = "ngo"
        if sector is None and any(w in BUS_NAME_WORDS for w in words):
            sector = "BUS"  # "Federation of German Industries"
            typ = "company"
        if (
            sector is None
            and (country or igo)
            and any(w in GOV_NAME_WORDS for w in words)
        ):
            sector = "GOV"  # "Iceland's Met Office", "the National Election Commission"
            typ = "government"
        if igo and sector == "GOV":
            sector = None
        return _Mention(
            s,
            e,
            ("org", name.lower()),
            name,
            typ,
            country,
            igo,
            sector,
            None,
            source="ner",
        )

    def _country_in_name(self, i: int, j: int) -> str | None:
        """A country named inside an organization's name ("... of Iran")."""
        lower = self.lower
        for k in range(i, j):
            for length in (3, 2, 1):
                key = tuple(lower[k : k + length])
                if k + length > j:
                    continue
                dem = self.kb.demonyms.get(key)
                if dem is not None:
                    return dem.country
                for e in self.kb.names.get(key, ()):
                    if e.type == "state" and e.country:
                        return e.country
        return None

    def _person_mention(
        self, hit: _Hit, mods: list[_Hit], of_mods: list[_Hit], first_tok: int
    ) -> _Mention | None:
        start, end, _ = self._span_text(hit.i, hit.j)
        s, e = trim_name(self.text, start, end)
        s, e = strip_titles(self.text, s, e)
        if e <= s:
            return None
        name = self.text[s:e]
        if not any(c.isupper() for c in name):
            return None
        return _Mention(
            s,
            e,
            ("person", name.lower()),
            name,
            "person",
            None,
            None,
            None,
            None,
            source="ner",
            person_name=name,
        )

    def _compose(
        self, chain: _Chain, head: _Hit, mods: list[_Hit], of_mods: list[_Hit]
    ) -> _Mention | None:
        doc = self.doc
        title_hits = [h for h in mods if h.kind == "sector"]
        title_words = {w for h in title_hits for w in self._tokens_lower(h.i, h.j)}
        if head.kind == "sector":
            title_words |= set(self._tokens_lower(head.i, head.j))
        country, igo = self._mod_country(mods + of_mods, title_words=title_words)
        sectors = self._title_sectors(title_hits)
        former = any(
            h.sector is not None
            and h.sector.kind == "modifier"
            and h.sector.sector == "ELI"
            for h in title_hits
        )
        start = doc[chain.start_tok].idx
        last = (
            doc[max(head.j, *(h.j for h in of_mods)) - 1]
            if of_mods
            else doc[head.j - 1]
        )
        end = last.idx + len(last.text)
        role_start = mods[0].i if mods else head.i
        roles: list[str] = []
        if title_hits:
            r0 = min(h.i for h in mods) if mods else head.i
            r1 = max(h.j for h in title_hits)
            role = self._clean_role(r0, r1)
            if role:
                roles.append(role)
        del role_start
        if _is_person_hit(head):
            base = (
                self._entry_mention(head, *self._span_text(head.i, head.j)[:2])
                if head.kind == "name"
                else self._person_mention(head, mods, of_mods, chain.start_tok)
            )
            if base is None:
                return None
            sector = base.sector
            for sec in sectors:
                sector = _best_sector(sector, sec)
            org = self._org_modifier(mods)
            if org is not None:
                # "Foreign Ministry spokesman X", "Huawei chief executive X"
                if org.sector and (sector is None or sector == "GOV"):
                    sector = _best_sector(sector, org.sector)
                if country is None and igo is None:
                    country, igo = org.country, org.igo
            if country is None and igo is None and title_hits and org is None:
                igo = self._igo_in_sentence(
                    head.i
                )  # "IAEA inspectors ..., Director General X"
            if sector is None and title_hits and country and igo is None:
                sector = "GOV"  # "the president of Serbia": a state's officeholder
            if former:
                sector = "ELI"
            if sector is None and not title_hits and self._private_person(head):
                sector = "CVL"
            diplomat = bool(title_words & DIPLOMAT_WORDS)
            if diplomat and country:
                igo = None
            if igo and not country and sector not in {"JUD", "ELI"}:
                sector = None  # an IGO's official carries the IGO
            if igo and country and not diplomat:
                # "EU foreign policy chief": IGO officials carry the IGO
                country_first = self._first_kind(mods) == "country"
                if not country_first:
                    country = None
                else:
                    igo = None
            if country is None and igo is None:
                country, igo = base.country, base.igo
            if not title_hits and base.sector is None and not mods and sector != "CVL":
                sector = None
            return _Mention(
                start,
                end,
                base.key,
                base.name,
                "person",
                country,
                igo,
                sector if (country or igo or sector) else None,
                base.code,
                roles=roles or base.roles,
                source="title" if title_hits else base.source,
                person_name=base.name,
            )
        if head.kind == "org":
            base = self._org_mention(head, mods, of_mods)
            if base is None:
                return None
            for sec in sectors:
                base.sector = _best_sector(base.sector, sec)
            if base.igo and base.sector == "GOV":
                base.sector = None  # an IGO's body: the IGO alone
            if base.sector:
                base.type = SECTOR_TYPE.get(base.sector, base.type)
            base.start = min(base.start, start)
            return base
        if head.kind == "name" and head.entry is not None:
            base = self._entry_mention(head, *self._span_text(head.i, head.j)[:2])
            if base is None:
                return None
            if base.type == "place":
                return base
            entry = head.entry
            poss = self._possessor_country(mods, head)
            if (
                poss
                and entry.country
                and poss != entry.country
                and entry.type in {"government", "party"}
            ):
                # "South Korea's Joint Chiefs of Staff": the possessor decides
                base.country = poss
                base.name = self._body_name(chain.start_tok, head.j)
                base.key = ("body", poss, "", base.sector or "", entry.name.lower())
            igo_poss = self._possessor_igo(mods, head)
            if igo_poss and entry.type == "igo" and entry.igo != igo_poss:
                # "the African Union's Peace and Security Council"
                base.igo = igo_poss
                base.code = self.kb.igo_codes.get(igo_poss)
                base.name = self._body_name(chain.start_tok, head.j)
                base.key = ("body", "", igo_poss, base.sector or "", entry.name.lower())
            if base.country is None and base.igo is None and entry.type != "ngo":
                base.country, base.igo = country, igo
                if country or igo:
                    name = self._body_name(chain.start_tok, head.j)
                    base.name = name
                    base.key = (
                        "body",
                        country or "",
                        igo or "",
                        base.sector or "",
                        entry.name.lower(),
                    )
            for sec in sectors:
                if base.sector is None or sec in {"OPP", "ELI"}:
                    base.sector = _best_sector(base.sector, sec)
            base.start = start
            base.end = end
            return base
        if head.kind == "sector" and head.sector is not None:
            sector = head.sector.sector
            for sec in sectors:
                sector = _best_sector(sector, sec) if sector else sec
            if former:
                sector = "ELI"
            if country is None and igo is None:
                definite = self._definite(chain.start_tok, head.i)
                if not definite and not self._bare_body(head, sector):
                    return None  # "a leader", "celebrity": nobody in particular
                prior = self._prior_with_head(head) if definite and not mods else None
                if prior is not None:
                    # "Suriname's central bank ... the bank said": the same body
                    return dataclasses.replace(
                        prior, start=start, end=end, roles=[], source="nominal"
                    )
                country = self._context_country(head.i)
            if sector is None and country is None and igo is None:
                return None
            if (
                sector is None
                and country
                and igo is None
                and head.sector.kind == "title"
            ):
                sector = "GOV"  # "Bamako's representative": a state's officeholder
            typ = self._body_type(head, sector)
            head_words = " ".join(self._tokens_lower(head.i, head.j))
            name = self._body_name(
                chain.start_tok, max([head.j, *(h.j for h in of_mods)])
            )
            diplomat = bool(title_words & DIPLOMAT_WORDS)
            if diplomat and country:
                igo = None
            if igo and country:
                country = None if self._first_kind(mods) != "country" else country
                if country:
                    igo = None
            if igo and sector == "GOV":
                sector = None
            return _Mention(
                start,
                end,
                ("body", country or "", igo or "", sector or "", head_words),
                name,
                typ,
                country,
                igo,
                sector,
                None,
                roles=roles,
                source="sectors.tsv",
            )
        return None

    def _possessor(self, mods: list[_Hit], head: _Hit) -> _Hit | None:
        """The modifier hit directly before the head with "'s" between."""
        names = [h for h in mods if h.kind != "sector"]
        if not names:
            return None
        last = names[-1]  # "Latvia's State Security Service": skip "State"
        between = [t.lower_ for t in self.doc[last.j : head.i]]
        if between and between[0] in {"'s", "’s", "'", "’"}:
            return last
        return None

    def _possessor_country(self, mods: list[_Hit], head: _Hit) -> str | None:
        h = self._possessor(mods, head)
        if h is None:
            return None
        if h.kind == "demonym" and h.demonym is not None:
            return h.demonym.country
        if (
            h.kind == "name"
            and h.entry is not None
            and h.entry.type in {"state", "place"}
        ):
            return self._hit_country(h)
        return None

    def _possessor_igo(self, mods: list[_Hit], head: _Hit) -> str | None:
        h = self._possessor(mods, head)
        if (
            h is not None
            and h.kind == "name"
            and h.entry is not None
            and h.entry.type == "igo"
            and h.entry.igo
        ):
            return h.entry.igo
        return None

    def _title_sectors(self, title_hits: list[_Hit]) -> list[str]:
        """Sectors of a title's words.  Once a title with its own sector is
        seen ("Minister"), the words of its complement ("of Investment, Trade
        and Industry") no longer change it; a title that inherits its sector
        ("spokesman for the army") takes the body's."""
        out: list[str] = []
        office = False
        for h in title_hits:
            sec = h.sector
            if sec is None or not sec.sector:
                continue
            if office and sec.sector not in {"OPP", "REB", "ELI"}:
                continue  # "Minister of ... Industry" stays GOV
            out.append(sec.sector)
            if sec.kind == "title" and sec.sector == "GOV":
                office = True
        return out

    def _org_modifier(self, mods: list[_Hit]) -> Entry | None:
        """A known organization among a person's modifiers, if any."""
        for h in mods:
            if h.kind == "org":
                m = self._org_mention(h, [], [])
                if m is not None and (m.sector or m.country or m.igo):
                    return Entry(
                        pattern=m.name,
                        name=m.name,
                        type=m.type,
                        country=m.country,
                        igo=m.igo,
                        sector=m.sector,
                        code=None,
                        kind="org",
                        source="ner",
                        exact_case=False,
                    )
                continue
            e = h.entry
            if (
                h.kind == "name"
                and e is not None
                and not self._modifier_hit(h)
                and e.type not in {"place", "person"}
            ):
                return e
        return None

    def _igo_in_sentence(self, tok_i: int) -> str | None:
        """The one IGO named earlier in the same sentence, if exactly one."""
        start = self.doc[self.sent_start[tok_i]].idx
        pos = self.doc[tok_i].idx
        igos = {
            m.igo
            for m in self.mentions
            if m.igo and m.type == "igo" and start <= m.start < pos
        }
        return igos.pop() if len(igos) == 1 else None

    def _prior_with_head(self, head: _Hit) -> _Mention | None:
        """The latest earlier actor in the last sentences whose name ends
        with this body's head noun ("the bank" -> "Suriname's central bank")."""
        word = self.lower[head.j - 1]
        pos = self.doc[head.i].idx
        for m in reversed(self.mentions):
            if m.start >= pos or pos - m.start > PRONOUN_REACH:
                continue
            if m.type in {"place", "state", "person"}:
                continue
            last = m.name.lower().split()[-1:] if m.name else []
            if last == [word] or (len(m.key) >= 5 and m.key[4].split()[-1:] == [word]):
                return m
        return None

    def _bare_body(self, head: _Hit, sector: str | None) -> bool:
        """ "police said", "state media reported", "protesters said": a bare
        institution or a plural group stands for the one in the story."""
        if head.sector is None:
            return False
        if head.i > 0 and self.lower[head.i - 1] in {"a", "an"}:
            return False
        last = self.doc[head.j - 1]
        if head.sector.kind == "title":
            # "officials said", "lawmakers said": a plural of officeholders
            return (
                last.tag_ in {"NNS", "NNPS"}
                and sector in {"GOV", "MIL", "COP", "LEG", "JUD"}
                and not DIPLOMAT_WORDS.intersection(self.lower[head.i : head.j])
            )
        if head.sector.kind != "body":
            return False
        return last.tag_ in {"NNS", "NNPS"} or sector in {
            "GOV",
            "MIL",
            "COP",
            "JUD",
            "LEG",
            "MED",
        }

    def _definite(self, start_tok: int, head_i: int) -> bool:
        """ "the ministry", "the country's army": a specific body, not a kind."""
        toks = self.lower[start_tok:head_i]
        if "the" in toks or any(t in {"'s", "’s"} for t in toks):
            return True
        return start_tok > 0 and self.lower[start_tok - 1] in {
            "the",
            "its",
            "their",
            "his",
            "her",
        }

    def _body_type(self, head: _Hit, sector: str | None) -> str:
        if head.sector is not None and head.sector.kind == "title":
            return "person"
        return SECTOR_TYPE.get(sector or "", "other")

    def _first_kind(self, mods: list[_Hit]) -> str:
        for h in mods:
            if h.kind == "demonym":
                return "country"
            if h.kind == "name" and h.entry is not None:
                if h.entry.type == "igo" or h.entry.igo:
                    return "igo"
                if h.entry.country:
                    return "country"
        return ""

    def _mod_country(
        self, mods: list[_Hit], *, title_words: set[str]
    ) -> tuple[str | None, str | None]:
        country: str | None = None
        igo: str | None = None
        seen_title = False
        for h in mods:
            if h.kind == "sector":
                seen_title = True
                continue
            before = self.doc[h.i - 1].lower_ if h.i > 0 else ""
            before2 = self.doc[h.i - 2].lower_ if h.i > 1 else ""
            # "envoy to the UN": where a title's holder is posted, not whose
            posted_to = (
                seen_title
                and (bool(title_words & DIPLOMAT_WORDS) or igo is not None)
                and (
                    before in {"to", "in", "at", "for"}
                    or (before == "the" and before2 in {"to", "in", "at", "for"})
                )
            )
            if h.kind == "demonym" and h.demonym is not None:
                if country is None and not posted_to:
                    country = h.demonym.country
            elif h.kind == "name" and h.entry is not None:
                e = h.entry
                if e.type == "igo" or (e.igo and not e.country):
                    if igo is None:
                        igo = e.igo
                elif e.country and e.type in {"state", "place"} | {"government"}:
                    if country is None and not (
                        posted_to and title_words & DIPLOMAT_WORDS
                    ):
                        country = self._hit_country(h)
                elif e.country and country is None and not posted_to:
                    country = e.country
        return country, igo

    def _context_country(self, tok_i: int) -> str | None:
        """Country of an unmodified body ("the Foreign Ministry"): the state
        most recently named as an actor before it in the article."""
        pos = self.doc[tok_i].idx
        for m in reversed(self.mentions):
            if m.start >= pos:
                continue
            if m.type == "state" and m.country:
                return m.country
            if m.type in {"government"} and m.country:
                return m.country
        return None

    def _tokens_lower(self, i: int, j: int) -> list[str]:
        return [t.lower_ for t in self.doc[i:j]]

    def _clean_role(self, i: int, j: int) -> str:
        toks = [t for t in self.doc[i:j]]
        while toks and toks[0].lower_ in {"the", "a", "an"}:
            toks = toks[1:]
        while toks and toks[-1].lower_ in {"of", "to", "for", ","}:
            toks = toks[:-1]  # "president of" -> "president"
        if not toks:
            return ""
        start = toks[0].idx
        end = toks[-1].idx + len(toks[-1].text)
        return " ".join(self.text[start:end].split())

    def _body_name(self, i: int, j: int) -> str:
        toks = [t for t in self.doc[i:j]]
        while toks and toks[0].lower_ in {"the", "a", "an"}:
            toks = toks[1:]
        if not toks:
            return ""
        start = toks[0].idx
        end = toks[-1].idx + len(toks[-1].text)
        name = " ".join(self.text[start:end].split())
        return name[:1].upper() + name[1:]

    def dateline_country(self) -> str | None:
        """The country of a dateline ("TARAWA, Kiribati (Reuters) -",
        "BEIJING, Nov. 3 (Xinhua) --") in the first lines of the article."""
        head = self.text[:400]
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
                for e in self.kb.names.get(key, ()):
                    if e.country and e.type in {"state", "place"}:
                        return e.country
            return None
        return None

    # -------------------------------------------------------------- nominals

    def nominal_mentions(self, hits: list[_Hit]) -> None:
        kb = self.kb
        if not kb.nominals:
            return
        covered = {k for h in hits for k in range(h.i, h.j)}
        doc = self.doc
        existing = sorted(self.mentions, key=lambda m: m.start)
        lower = self.lower
        n = len(lower)
        for i, word in enumerate(lower):
            if word != "the" or i + 1 >= n or lower[i + 1] not in kb.nominal_firsts:
                continue
            tok = doc[i]
            for length in (3, 2, 1):
                j = tok.i + 1 + length
                if j > n:
                    continue
                if any(k in covered for k in range(tok.i + 1, j)):
                    continue
                key = tuple(lower[tok.i + 1 : j])
                ref = kb.nominals.get(key)
                if ref is None:
                    continue
                # "the island nation of Taiwan": a nominal inside a longer NP
                if (
                    j < len(doc)
                    and doc[j].pos_ in {"NOUN", "PROPN"}
                    and doc[j].lower_ not in {"'s"}
                ):
                    break
                start = tok.idx
                end = doc[j - 1].idx + len(doc[j - 1].text)
                target = self._nominal_target(ref, start, existing)
                if target is not None:
                    m = dataclasses.replace(
                        target, start=start, end=end, roles=[], source="nominal"
                    )
                    self.mentions.append(m)
                    self.nominal_keys[(start, end)] = m.key
                break

    def _nominal_target(
        self, ref: str, pos: int, existing: list[_Mention]
    ) -> _Mention | None:
        ref = ref.strip()
        if ref.lower().startswith("country:"):
            code = ref.split(":", 1)[1].strip().upper()
            name = self.kb.country_name(code) or code
            if code in {"PRK", "KOR"} and "korea" not in self.text.lower():
                return None
            return _Mention(
                pos, pos, ("state", code), name, "state", code, None, None, None
            )
        wanted = {
            "igo": {"igo"},
            "state": {"state"},
            "gov": {"government"},
            "government": {"government"},
            "person": {"person"},
            "media": {"media"},
            "company": {"company"},
            "group": {"armed_group", "party", "ngo", "other"},
            "ngo": {"ngo"},
            "party": {"party"},
        }.get(ref.lower(), set())
        compatible = [
            m
            for m in existing
            if m.start < pos and m.type in wanted and (m.type != "person" or m.roles)
        ]
        if not compatible:
            return None
        # the latest compatible sentence subject in the two sentences before
        # wins over a later object: "Taiwan accused China... The island said"
        tok = self._token_at(pos)
        window = self.sent_start[tok.i] if tok is not None else 0
        if tok is not None and window > 0:
            window = self.sent_start[window - 1]
        for m in reversed(compatible):
            t = self._token_at(m.start)
            if t is not None and t.i >= window and _is_subject(t):
                return m
        return compatible[-1]

    def _token_at(self, char: int) -> Any:
        span = self.doc.char_span(char, char + 1, alignment_mode="expand")
        return span[0] if span is not None and len(span) else None


def _is_subject(tok: Any) -> bool:
    for _ in range(4):
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if (
            tok.dep_ in {"compound", "amod", "poss", "nmod", "flat", "det"}
            and tok.head.i != tok.i
        ):
            tok = tok.head
            continue
        return False
    return False


def _best_sector(current: str | None, new: str | None) -> str | None:
    if new is None:
        return current
    if current is None:
        return new
    rank = {s: k for k, s in enumerate(SECTOR_PRIORITY)}
    return new if rank.get(new, 99) < rank.get(current, 99) else current


# ------------------------------------------------------------------ grouping


def _group(mentions: list[_Mention]) -> list[_ActorDraft]:
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    # surname join: "Haley" -> "Nikki Haley"
    full_names: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    inner_names: dict[str, list[tuple[int, tuple[str, ...]]]] = {}
    for m in mentions:
        if m.type == "person" and m.person_name and len(name_words(m.person_name)) >= 2:
            words = [w.lower().strip(".,") for w in name_words(m.person_name)]
            for w in {words[-1], words[0]}:
                full_names.setdefault(w, []).append((m.start, m.key))
            for w in words[1:-1]:  # "Lula" in "Luiz Inácio Lula da Silva"
                if len(w) > 3 and w[:1].isalpha():
                    inner_names.setdefault(w, []).append((m.start, m.key))
    # person mentions that are a known full name's prefix/suffix words
    drafts: dict[tuple[str, ...], _ActorDraft] = {}
    order: list[tuple[str, ...]] = []
    for m in mentions:
        key = m.key
        if m.type == "person" and m.person_name and len(name_words(m.person_name)) == 1:
            w = m.person_name.lower().strip(".,")
            cands = full_names.get(w) or inner_names.get(w)
            if cands:
                before = [c for c in cands if c[0] <= m.start] or cands
                key = before[-1][1]
        draft = drafts.get(key)
        if draft is None:
            draft = _ActorDraft(
                key=key,
                name=m.name,
                type=m.type,
                country=m.country,
                igo=m.igo,
                sector=m.sector,
                code=m.code,
            )
            drafts[key] = draft
            order.append(key)
        else:
            _merge_into(draft, m)
        if (m.start, m.end) not in draft.mentions and m.end > m.start:
            draft.mentions.append((m.start, m.end))
        for r in m.roles:
            if r not in draft.roles:
                draft.roles.append(r)
        if m.source and m.source not in draft.sources:
            draft.sources.append(m.source)
    # acronyms join the organization they abbreviate
    by_initials = {
        initials(d.name): d
        for d in drafts.values()
        if d.type != "person" and len(name_words(d.name)) > 1
    }
    for key in list(order):
        d = drafts[key]
        if d.type in {"other", "company", "media", "ngo", "government"} and is_acronym(
            d.name
        ):
            target = by_initials.get(d.name.replace(".", "").upper())
            if target is not None and target is not d:
                _merge_into(target, d)
                target.mentions.extend(d.mentions)
                del drafts[key]
                order.remove(key)
    return [drafts[k] for k in order]


def _name_the_nameless(drafts: list[_ActorDraft]) -> list[_ActorDraft]:
    """ "Norway's foreign minister ... Foreign Minister Ingrid Solberg-Haug":
    a named person whose title ends with the head of exactly one nameless
    titled actor is that actor; the name takes its country and mentions."""
    nameless: dict[str, list[_ActorDraft]] = {}
    for d in drafts:
        if d.type == "person" and d.key and d.key[0] == "body" and len(d.key) >= 5:
            nameless.setdefault(d.key[4], []).append(d)
    if not nameless:
        return drafts
    gone: set[int] = set()
    for d in drafts:
        if d.type != "person" or not d.key or d.key[0] != "person" or not d.roles:
            continue
        roles = " ".join(r.lower() for r in d.roles)
        for head, found in nameless.items():
            if len(found) != 1 or id(found[0]) in gone or not roles.endswith(head):
                continue
            other = found[0]
            if d.country and other.country and d.country != other.country:
                continue
            if d.igo and other.igo and d.igo != other.igo:
                continue
            d.country = d.country or other.country
            d.igo = d.igo or other.igo
            d.sector = d.sector or other.sector
            d.mentions.extend(m for m in other.mentions if m not in d.mentions)
            d.sources.append("named later")
            gone.add(id(other))
            break
    return [d for d in drafts if id(d) not in gone]


DOMESTIC_SECTORS: frozenset[str] = frozenset(
    {"GOV", "MIL", "COP", "JUD", "LEG", "PTY", "OPP", "ELI", "SPY", "REB"}
)


INTERNATIONAL_TITLE_WORDS: frozenset[str] = frozenset(
    [
        "president",
        "presidents",
        "prime",
        "premier",
        "chancellor",
        "king",
        "queen",
        "emir",
        "sultan",
        "monarch",
        "foreign",
        "diplomat",
        "diplomats",
        "ambassador",
        "envoy",
        "secretary-general",
        "vice-president",
    ]
)
"""Title words of offices every state has and the news quotes abroad
("President X", "Foreign Minister X", "the ambassador"): a person so titled
and named without a country never takes the article's country -- a wrong
country is worse than none.  Other titles name a domestic office
("Governor X", "the interior minister", "army spokesman X") and may."""
SECRETARY_OF_STATE = "secretary of state"


def _link_people(
    drafts: list[_ActorDraft], people: People, date: str | None, text: str = ""
) -> None:
    """Persons found in the people tables on the article's date: the office
    held that day gives country (or IGO) and sector, one held only before it
    ``ELI``.  The text wins: a country or IGO the text gives restricts the
    match, and a sector from the text ("former president") is kept."""
    for d in drafts:
        if _mistyped_person(d, people, date):
            d.type = "person"  # "Thabo Mbeki" tagged as a place by NER
        if d.type != "person" or not d.name:
            continue
        if text and not _named_in_text(d, text):
            continue  # "the man" (named "Man"): a nominal, never a name to look up
        d.name = clean_person_name(d.name)
        link = people.link(d.name, date, country=d.country, igo=d.igo, roles=d.roles)
        if link is None and d.country is not None and len(d.name.split()) >= 2:
            # a head of state or government named in full keeps their own
            # country whatever a nearby word suggested ("Barack Obama" -> IRN)
            head = people.link(d.name, date, roles=d.roles)
            if head is not None and head_office(head.office.office):
                link = head
                d.country, d.igo = head.country, head.igo
        longer = _hyphen_tail(d, text)
        if link is None and longer:  # "Moon Jae-in" cut to "Moon Jae"
            link = people.link(
                longer, date, country=d.country, igo=d.igo, roles=d.roles
            )
            if link is not None:
                d.name = longer
        if link is None:
            continue
        d.kb_id = link.person.id
        if link.person.id.startswith("Q") and 2 <= len(link.person.name.split()) <= 5:
            d.name = link.person.name  # Wikidata's label: one name in every article
        if d.country is None and d.igo is None:
            d.country, d.igo = link.country, link.igo
        if d.sector is None or (d.sector == "CVL" and link.sector):
            d.sector = link.sector
        d.sources.append(link.source)


NER_GUESS_TYPES: frozenset[str] = frozenset({"government", "other", "place", "company"})


def _mistyped_person(d: _ActorDraft, people: People, date: str | None) -> bool:
    """An actor only NER typed (not a knowledge file), whose full name (two
    words or more) is a person's in the people tables on that date."""
    return (
        d.type in NER_GUESS_TYPES
        and set(d.sources) <= {"ner"}
        and len(d.name.split()) >= 2
        and people.link(d.name, date, roles=d.roles) is not None
    )


def _named_in_text(d: _ActorDraft, text: str) -> bool:
    """Whether a mention spells the draft's last name word capitalized
    ("Obama", "OBAMA"), not as a common noun ("the man" -> "Man")."""
    last = d.name.split()[-1].lower()
    for s, e in d.mentions:
        span = text[s:e]
        k = span.lower().find(last)
        if k >= 0 and any(c.isupper() for c in span[k : k + len(last)]):
            return True  # "Obama", "OBAMA", "al-Assad"
    return False


def _hyphen_tail(d: _ActorDraft, text: str) -> str | None:
    """The name with the hyphenated syllable a name trimmer cut off
    ("Moon Jae" + "-in"), when the text has one right after a mention."""
    for s, e in d.mentions:
        if text[s:e].endswith(d.name.split()[-1]) and text[e : e + 1] == "-":
            m = re.match(r"-[a-z]+\b", text[e:])
            if m:
                return d.name + m.group(0)
    return None


def _place_name_tails(drafts: list[_ActorDraft], text: str) -> None:
    """A "person" every mention of which ends a place name ("Braunau am Inn",
    "Newcastle upon Tyne") is that place's tail: a place, never a speaker."""
    for d in drafts:
        if (
            d.type == "person"
            and d.mentions
            and all(_PLACE_TAIL.search(text[max(0, s - 40) : s]) for s, _ in d.mentions)
        ):
            d.type, d.country, d.igo, d.sector = "place", None, None, None
            d.sources.append("place name")


def _domestic_title(d: _ActorDraft) -> bool:
    """Whether a person's titles name only domestic offices (see
    :data:`INTERNATIONAL_TITLE_WORDS`); a private person (CVL) counts."""
    if not d.roles:
        return d.sector == "CVL"
    roles = " ".join(r.lower() for r in d.roles)
    if SECRETARY_OF_STATE in roles:
        return False
    return not any(w.strip(".,") in INTERNATIONAL_TITLE_WORDS for w in roles.split())


def _placed_elsewhere(d: _ActorDraft, people: People | None, country: str) -> bool:
    """Whether the people tables know this name only in other countries."""
    if people is None:
        return False
    found = {o.country for p in people.candidates(d.name) for o in p.offices}
    return bool(found) and country not in found


def _article_country(
    drafts: list[_ActorDraft], dateline: str | None, people: People | None = None
) -> None:
    """Officeholders with a domestic title, parties, unnamed private people
    and media named without a country ("Governor Pence", "the Kayhan
    newspaper") belong to the article's country: its dateline's, else the
    state it names most, when that one is named more than any other.  A
    person with another title, or whom the people tables place in another
    country, keeps no country: a wrong country is worse than none."""
    # a dateline names where the reporter is ("THE HAGUE" for a story on
    # Libya): it only breaks ties
    counts: dict[str, float] = {}
    for d in drafts:
        if d.type == "state" and d.country:
            counts[d.country] = counts.get(d.country, 0) + len(d.mentions)
    if dateline:
        counts[dateline] = counts.get(dateline, 0) + 0.5
    if not counts:
        return
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    top, n = ranked[0]
    second = ranked[1][1] if len(ranked) > 1 else 0
    if n <= second:
        return
    for d in drafts:
        if d.country is not None or d.igo is not None:
            continue
        if d.type == "person":
            if not _domestic_title(d) or _placed_elsewhere(d, people, top):
                continue
        elif not (
            (
                d.sector in DOMESTIC_SECTORS
                and d.type in {"government", "party", "armed_group"}
            )
            or d.sector in {"CVL", "MED"}
        ):
            continue
        d.country = top
        d.sources.append("article country")


def _merge_into(draft: _ActorDraft, m: _Mention | _ActorDraft) -> None:
    if (
        draft.type == "person"
        and m.type == "person"
        and len(name_words(m.name)) > len(name_words(draft.name))
    ):
        draft.name = m.name
    if draft.country is None and draft.igo is None and (m.country or m.igo):
        draft.country, draft.igo = m.country, m.igo
    if m.sector and (
        draft.sector is None or (draft.type == "person" and draft.sector == "CVL")
    ):
        draft.sector = m.sector
    if draft.code is None and m.code:
        draft.code = m.code
    if draft.type in {"other"} and m.type not in {"other", "place"}:
        draft.type = m.type
    if isinstance(m, _ActorDraft):
        for r in m.roles:
            if r not in draft.roles:
                draft.roles.append(r)
        for s in m.sources:
            if s not in draft.sources:
                draft.sources.append(s)


# ------------------------------------------------------------------ speakers


def _find_actor(drafts: list[_ActorDraft], start: int, end: int) -> _ActorDraft | None:
    best: _ActorDraft | None = None
    best_len = -1
    for d in drafts:
        for s, e in d.mentions:
            if s < end and start < e:
                overlap = min(e, end) - max(s, start)
                if overlap > best_len:
                    best, best_len = d, overlap
    return best


def _link_speakers(
    builder: _Builder,
    drafts: list[_ActorDraft],
    attributions: Sequence[Attribution],
) -> list[_ActorDraft | None]:
    linked: list[_ActorDraft | None] = []
    by_name = {d.name.lower(): d for d in drafts if d.type != "place"}
    by_key = {d.key: d for d in drafts}
    for a in attributions:
        sp = a.speaker
        target: _ActorDraft | None = None
        # a nominal source this stage resolved by kind ("the court" -> the
        # ICC) beats a resolution by recency ("the court" -> The Hague)
        for src in a.source:
            for (s, e), key in builder.nominal_keys.items():
                if (
                    s >= src.start
                    and e <= src.end
                    and e - s >= (src.end - src.start) // 2
                ):
                    target = by_key.get(key)
        if target is None and sp is not None and sp.mention is not None:
            target = _find_actor(drafts, sp.mention.start, sp.mention.end)
        if target is None and sp is not None and sp.name:
            target = by_name.get(sp.name.lower())
        if target is None:
            for src in a.source:
                target = _find_actor(drafts, src.start, src.end)
                if target is not None:
                    break
        if target is None and a.source and a.source[0].text.startswith(","):
            # a source cut at the comma: ", an ocean conservation group,"
            # belongs to the name right before it
            target = _find_actor(drafts, a.source[0].start - 2, a.source[0].start)
        if target is not None and target.type == "place":
            target = None
        if target is None and len(a.source) == 1:
            target = _pronoun_fallback(drafts, a.source[0])
        if target is not None:
            for src in a.source:
                if src.end > src.start and not any(
                    s < src.end and src.start < e for s, e in target.mentions
                ):
                    target.mentions.append((src.start, src.end))
        linked.append(target)
    return linked


PRONOUN_TYPES: dict[str, frozenset[str]] = {
    "he": frozenset({"person"}),
    "she": frozenset({"person"}),
    "it": frozenset(
        {
            "state",
            "government",
            "igo",
            "ngo",
            "media",
            "company",
            "party",
            "armed_group",
        }
    ),
    "they": frozenset({"government", "party", "armed_group", "ngo", "other"}),
}
PRONOUN_REACH = 400
"""Characters back that a pronoun source may reach for an antecedent."""


def _pronoun_fallback(drafts: list[_ActorDraft], src: Span) -> _ActorDraft | None:
    """A pronoun source the resolver left unresolved ("Mongolia's prime
    minister met investors. He said..."): the nearest compatible actor."""
    wanted = PRONOUN_TYPES.get(src.text.strip().lower())
    if wanted is None:
        return None
    best: tuple[int, _ActorDraft] | None = None
    for d in drafts:
        if d.type not in wanted:
            continue
        if d.type == "person" and not (d.roles or len(name_words(d.name)) >= 2):
            continue
        before = [e for s, e in d.mentions if e <= src.start]
        if not before:
            continue
        last = max(before)
        if src.start - last > PRONOUN_REACH:
            continue
        if best is None or last > best[0]:
            best = (last, d)
    return best[1] if best else None


# ------------------------------------------------------------------ public


def extract_actors(
    doc: Any,
    attributions: Sequence[Attribution],
    knowledge: Knowledge,
    *,
    exclude: Sequence[tuple[int, int]] = (),
    id_prefix: str = "",
    date: str | None = None,
    people: People | None = None,
) -> tuple[tuple[Actor, ...], tuple[Attribution, ...]]:
    """The actors of one article, and its attributions with actors linked.

    Args:
        doc: the parsed article (spaCy ``Doc``); offsets index ``doc.text``.
        attributions: attributions with resolved speakers.
        knowledge: from :func:`whosaid.actors.load_knowledge`.
        exclude: character ranges never searched (boilerplate).
        id_prefix: prefix of actor ids (the article id).
        date: the article's date (``YYYY-MM-DD``): who held which office
            then; ``None``: the newest entry of the people tables.
        people: the people tables (default: the shipped ones).

    Returns:
        ``(actors, attributions)``: actors in order of first mention; the
        attributions, same order, their speakers carrying ``actor_id`` and
        ``code``.
    """
    builder = _Builder(doc, knowledge, exclude)
    hits = builder.hits()
    builder.all_hits = hits
    builder.build(builder.chains(hits))
    builder.nominal_mentions(hits)
    drafts = _group(builder.mentions)
    drafts = _name_the_nameless(drafts)
    if people is None:
        people = load_people()
    _place_name_tails(drafts, builder.text)
    _link_people(drafts, people, date, builder.text)
    _article_country(drafts, builder.dateline_country(), people)
    linked = _link_speakers(builder, drafts, attributions)
    # a source with no actor: an actor of its own when its words say enough
    for k, a in enumerate(attributions):
        if linked[k] is not None or not a.source:
            continue
        draft = _source_actor(builder, a)
        if draft is None:
            continue
        existing = next((d for d in drafts if d.key == draft.key), None)
        if existing is not None:
            existing.mentions.extend(
                x for x in draft.mentions if x not in existing.mentions
            )
            linked[k] = existing
        else:
            drafts.append(draft)
            linked[k] = draft
    drafts = [d for d in drafts if d.mentions]
    drafts.sort(key=lambda d: d.first)
    prefix = f"{id_prefix}:" if id_prefix else ""
    ids: dict[int, str] = {}
    actors: list[Actor] = []
    for n, d in enumerate(drafts, 1):
        aid = f"{prefix}actor{n}"
        ids[id(d)] = aid
        code = (
            cameo_code(
                d.country, d.igo, d.sector, igo_codes=knowledge.igo_codes, fixed=d.code
            )
            if d.type != "place"
            else None
        )
        spans = tuple(
            Span(start=s, end=e, text=builder.text[s:e])
            for s, e in sorted(set(d.mentions))
        )
        actors.append(
            Actor(
                id=aid,
                name=d.name,
                type=d.type,  # type: ignore[arg-type]
                country=d.country,
                igo=d.igo if d.type != "place" else None,
                sector=d.sector if d.type != "place" else None,
                code=code,
                roles=tuple(d.roles),
                mentions=spans,
                source="; ".join(d.sources) or "rules",
                identity=actor_identity(d.name, d.type, d.country, d.igo, d.kb_id),
                kb_id=d.kb_id,
            )
        )
    by_id = {a.id: a for a in actors}
    places = [a for a in actors if a.type == "place"]
    things = [
        (e.start_char, e.end_char) for e in doc.ents if e.label_ in NOT_SPEAKER_LABELS
    ] + dateline_spans(builder.text)
    out: list[Attribution] = []
    for a, link in zip(attributions, linked, strict=True):
        if a.speaker is None:
            out.append(a)
            continue
        if link is not None and _in_dateline(a.speaker, builder.text):
            link = None  # "LONDON (AP) -- ...": the reporter's place never speaks
        if link is None or id(link) not in ids:
            speaker = unlinked_speaker(
                a.speaker,
                places=places,
                things=things,
            )
            out.append(
                a if speaker is a.speaker else dataclasses.replace(a, speaker=speaker)
            )
            continue
        speaker, actor = speaker_for_actor(a.speaker, by_id[ids[id(link)]], a.source)
        by_id[actor.id] = actor
        out.append(dataclasses.replace(a, speaker=speaker))
    return tuple(by_id[a.id] for a in actors), tuple(out)


def _in_dateline(speaker: Speaker, text: str) -> bool:
    m = speaker.mention
    return m is not None and any(
        s <= m.start and m.end <= e for s, e in dateline_spans(text)
    )


def _source_actor(builder: _Builder, a: Attribution) -> _ActorDraft | None:
    src = a.source[0]
    span = builder.doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if all(t.lower_ in ACTOR_PRONOUNS for t in span if not t.is_punct):
        return None
    hits = [h for h in builder.all_hits if span.start <= h.i and h.j <= span.end]
    if not hits:
        return None
    saved = builder.mentions
    builder.mentions = list(saved)
    mentions: list[_Mention] = []
    for chain in builder.chains(hits):
        mentions.extend(builder._chain_mentions(chain))
    builder.mentions = saved
    mentions = [m for m in mentions if m.type != "place"]
    if not mentions:
        return None
    m = max(mentions, key=lambda m: m.end - m.start)
    if m.country is None and m.igo is None and m.sector is None:
        return None
    name = " ".join(src.text.split())
    words = name.split()
    if words and words[0].lower() in {"the", "a", "an"}:
        name = " ".join(words[1:])
    return _ActorDraft(
        key=m.key,
        name=m.name if m.type != "person" or not looks_like_person_name(name) else name,
        type=m.type,
        country=m.country,
        igo=m.igo,
        sector=m.sector,
        code=m.code,
        roles=list(m.roles),
        mentions=[(src.start, src.end)],
        sources=[m.source or "rules"],
    )
