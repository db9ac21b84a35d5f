"""Rule-based speaker resolution: who does each attribution's source refer to?

The resolver is a small, deterministic coreference resolver for news text:

1. **Mentions.**  Named mentions come from NER (PERSON, ORG, GPE, NORP, FAC),
   cleaned of articles, titles and possessives.  NER labels are re-judged with
   document-wide evidence (a name tagged PERSON anywhere, a first name, a title
   such as "envoy" or "Mr" before it makes a person).  A one-word personal
   name joins the most recent full name with that surname ("Haley" ->
   "Nikki Haley"); an acronym joins the name it abbreviates.  Mentions inside
   ``exclude`` ranges (captions, boilerplate) are never antecedents.
2. **Documents.**  Every "statement", "report"... gets an issuer: the agent of
   "released by/from X", a possessor or compound ("the Kremlin statement"), or
   the subject of the verb it hangs on ("In a statement, X said").
3. **Sources**, taken in text order:

   * a name -> itself (``name``; a surname expands to the full name);
   * a title/appositive chain or a document with an issuer -> the person, else
     the organisation, else the state in it (``appositive``);
   * a pronoun -> the most salient compatible antecedent (``pronoun``): the
     latest compatible speaker, unless a compatible sentence subject came
     after it; then subjects, then any mention, then mentions inside quotes;
   * a definite nominal ("the ministry", "the spokesman", "the Russian
     statement") -> the matching organisation, titled person or document
     issuer (``nominal``);
   * anything else keeps its own text (``unresolved``).

Every resolved speaker becomes the most salient antecedent for what follows
("... she added").
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from whosaid.entities.lexicon import (
    ALL_PRONOUNS,
    DEFINITE_DETS,
    DOC_NOUNS,
    FEMALE_NAMES,
    FIRST_NAMES,
    GENERIC_HEADS,
    GENERIC_ORG_NOUNS,
    GROUP_PRONOUNS,
    HONORIFICS,
    MALE_NAMES,
    MEDIA_MARKERS,
    MEDIA_NOUNS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    SINGULAR_PERSON_NOUNS,
    STATE_NOUNS,
    THING_PRONOUNS,
    TITLES,
)
from whosaid.nlp.models import doc_text
from whosaid.records import Attribution, Span, Speaker
from whosaid.speakers.names import (
    Ranges,
    acronym_after,
    gender_of,
    gender_of_first_name,
    initials,
    is_acronym,
    join_texts,
    looks_like_person_name,
    name_words,
    quote_regions,
    same_stem,
    strip_titles,
    surname_keys,
    trim_name,
)

NER_LABELS: frozenset[str] = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})
SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
NP_INNER_DEPS: frozenset[str] = frozenset({"compound", "appos", "flat", "nmod"})
WINDOW_TOKENS = 8
MAX_NAME_WORDS = 3
IMPLICIT_CLIMB = 4
MAX_GAP_CHARS = 160
CATAPHORA_CHARS = 400
DATELINE_CHARS = 60
DATELINE_DASHES: tuple[str, ...] = (" – ", " — ", " -- ")
QUOTED_VERBS: frozenset[str] = frozenset({"quoted", "cited"})
CLAUSE_DEPS: frozenset[str] = frozenset({"acl", "relcl", "advcl", "ccomp", "xcomp"})
IMPLICIT_DEPS: frozenset[str] = frozenset(
    {"advcl", "xcomp", "conj", "pcomp", "prep", "acl"}
)
PERSON_KINDS: frozenset[str] = frozenset({"person"})
THING_KINDS: frozenset[str] = frozenset({"org", "gpe", "norp", "fac"})
GROUP_KINDS: frozenset[str] = frozenset({"org", "norp", "group"})

RESOLVED_NAME = "name"
RESOLVED_APPOSITIVE = "appositive"
RESOLVED_PRONOUN = "pronoun"
RESOLVED_NOMINAL = "nominal"
RESOLVED_UNRESOLVED = "unresolved"
RESOLVED_NONE = "none"


@dataclass(eq=False)
class _Entity:
    """One discourse entity: a person, organisation, state or group."""

    name: str
    kind: str
    start: int
    end: int
    gender: str | None = None
    titles: set[str] = field(default_factory=set)
    mentions: list[tuple[int, int]] = field(default_factory=list)


@dataclass(frozen=True, eq=False)
class _Event:
    """An occurrence of an entity at a text position, with its salience role."""

    start: int
    end: int
    entity: _Entity
    subject: bool
    speaker: bool
    masked: bool


@dataclass(eq=False)
class _DocMention:
    """A document noun ("statement", "report") and who issued it."""

    token: int
    start: int
    head: str
    mods: frozenset[str]
    issuer: _Entity | None
    sent_start: int
    sent_end: int


@dataclass(frozen=True)
class _Raw:
    """A cleaned NER mention before entity linking."""

    start: int
    end: int
    label: str
    name: str
    excluded: bool


@dataclass(frozen=True)
class _Result:
    entity: _Entity | None
    resolved_by: str
    mention: tuple[int, int] | None = None


def resolve_speakers(
    doc: Any,
    attributions: Sequence[Attribution],
    *,
    exclude: Sequence[tuple[int, int]] = (),
) -> tuple[Attribution, ...]:
    """Resolve the speaker of every attribution.

    Args:
        doc: a parsed spaCy ``Doc`` over the whole article text; records'
            offsets index ``doc.text``.
        attributions: attributions in any order (usually text order), their
            ``speaker`` unset.
        exclude: character ranges (captions, boilerplate) whose mentions are
            never used as antecedents.

    Returns:
        New records, same order, each with ``speaker`` set.  Never raises on
        odd spans: what cannot be resolved gets ``resolved_by="unresolved"``
        (or ``"none"`` when the source is empty).
    """
    if not attributions:
        return ()
    resolver = _Resolver(doc, attributions, exclude)
    return resolver.run()


class _Resolver:
    """State for resolving the speakers of one document."""

    def __init__(
        self,
        doc: Any,
        attributions: Sequence[Attribution],
        exclude: Sequence[tuple[int, int]],
    ) -> None:
        self.doc = doc
        self.text: str = doc_text(doc)
        self.attributions = attributions
        self.exclude = Ranges(exclude)
        contents = [
            (s.start, s.end) for a in attributions for s in a.content if s.end > s.start
        ]
        self.masked = Ranges([*quote_regions(self.text), *contents])
        self.events: list[_Event] = []
        self.entities: dict[str, _Entity] = {}
        self.token_mention: dict[int, tuple[_Entity, int, int]] = {}
        self.doc_mentions: list[_DocMention] = []
        self.doc_by_token: dict[int, _DocMention] = {}
        self.cue_speakers: dict[int, Speaker] = {}
        # "A spokesman for X" seen as a source: a later "the spokesman" is X's.
        self.role_speakers: dict[str, tuple[_Entity, int]] = {}
        self._build_mentions()
        self._build_doc_mentions()

    # ------------------------------------------------------------------ setup

    def _span(self, start: int, end: int) -> Any:
        start = max(0, min(start, len(self.text)))
        end = max(start, min(end, len(self.text)))
        if end <= start:
            return None
        try:
            return self.doc.char_span(start, end, alignment_mode="expand")
        except Exception:
            return None

    def _raw_mentions(self) -> list[_Raw]:
        raws: list[_Raw] = []
        covered: set[int] = set()
        for ent in self.doc.ents:
            if ent.label_ not in NER_LABELS:
                continue
            covered.update(range(ent.start, ent.end))
            if ent.label_ == "NORP" and ent.root.dep_ == "amod":
                continue
            raw = self._clean_raw(ent.start_char, ent.end_char, ent.label_)
            if raw is not None:
                raws.append(raw)
        raws.extend(self._chunk_mentions(covered))
        raws.sort(key=lambda r: r.start)
        return self._merge_coordinated(raws)

    def _clean_raw(self, start: int, end: int, label: str) -> _Raw | None:
        paren = self.text.find(" (", start, end)
        if paren > start:
            end = paren  # "World Health Organization (WHO"
        start, end = trim_name(self.text, start, end)
        if label in {"PERSON", "ORG"}:
            start, end = strip_titles(self.text, start, end)
        if label == "ORG":
            start, end = _strip_trailing_lower(self.text, start, end)
        name = self.text[start:end]
        if not any(c.isalpha() for c in name) or "\n" in name:
            return None
        if label != "NORP" and not any(c.isupper() for c in name):
            return None  # "defence ministry": not a name
        return _Raw(start, end, label, name, start in self.exclude)

    def _chunk_mentions(self, covered: set[int]) -> list[_Raw]:
        """Capitalised organisation names NER missed ("the Saudi Foreign Ministry")."""
        raws: list[_Raw] = []
        for chunk in self.doc.noun_chunks:
            root = chunk.root
            if root.i in covered or root.lower_ not in ORG_NOUNS:
                continue
            if not root.text[:1].isupper() or root.is_sent_start:
                continue
            first = root.i
            while (
                first - 1 >= chunk.start
                and self.doc[first - 1].text[:1].isupper()
                and self.doc[first - 1].pos_ in {"PROPN", "ADJ", "NOUN"}
            ):
                first -= 1
            if first == root.i:
                continue
            raw = self._clean_raw(self.doc[first].idx, root.idx + len(root.text), "ORG")
            if raw is not None:
                raws.append(raw)
        # "Hope Hicks": a listed first name and one or two capitalised words
        doc = self.doc
        for tok in doc:
            if tok.i in covered or tok.lower_ not in FIRST_NAMES:
                continue
            if not tok.text[:1].isupper() or tok.pos_ != "PROPN":
                continue
            last = tok.i
            while (
                last + 1 < len(doc)
                and last + 1 - tok.i < MAX_NAME_WORDS
                and last + 1 not in covered
                and doc[last + 1].pos_ == "PROPN"
                and doc[last + 1].text[:1].isupper()
                and doc[last].whitespace_
            ):
                last += 1
            if last == tok.i:
                continue
            covered.update(range(tok.i, last + 1))
            raw = self._clean_raw(
                tok.idx, doc[last].idx + len(doc[last].text), "PERSON"
            )
            if raw is not None:
                raws.append(raw)
        return raws

    def _merge_coordinated(self, raws: list[_Raw]) -> list[_Raw]:
        """Join "Federation of Red Cross" + "and" + "Red Crescent Societies"."""
        merged: list[_Raw] = []
        for raw in raws:
            if merged:
                prev = merged[-1]
                gap = self.text[prev.end : raw.start]
                if (
                    prev.label == "ORG"
                    and raw.label == "ORG"
                    and " of " in prev.name
                    and gap.strip() in {"and", "&"}
                ):
                    merged[-1] = _Raw(
                        prev.start,
                        raw.end,
                        "ORG",
                        self.text[prev.start : raw.end],
                        prev.excluded,
                    )
                    continue
            merged.append(raw)
        return merged

    def _split_person(self, raw: _Raw) -> _Raw:
        """Cut a title or place off a personal name NER glued to it.

        "Sudan Marta Lindqvist" -> "Marta Lindqvist" when a listed first name
        starts the last two or three words.
        """
        if raw.label == "NORP":
            return raw
        words = name_words(raw.name)
        if len(words) < 3:
            return raw
        offset = 0
        for i, word in enumerate(words[:-1]):
            lowered = word.lower()
            if i > 0 and (lowered in FEMALE_NAMES or lowered in MALE_NAMES):
                start = raw.start + offset
                name = self.text[start : raw.end]
                if looks_like_person_name(name):
                    return _Raw(start, raw.end, "PERSON", name, raw.excluded)
            offset = (
                self.text.index(words[i + 1], raw.start + offset + len(word))
                - raw.start
            )
        return raw

    def _build_mentions(self) -> None:
        raws = [self._split_person(r) for r in self._raw_mentions()]
        person_names = {r.name.lower() for r in raws if r.label == "PERSON"}
        full_persons = {n for n in person_names if len(name_words(n)) >= 2}
        # an ORG/GPE that ends with a known full personal name is that person
        # with a title in front ("the UN Liu Jieyi").
        fixed: list[_Raw] = []
        for raw in raws:
            if raw.label != "PERSON":
                lowered = raw.name.lower()
                for full in full_persons:
                    if lowered != full and lowered.endswith(" " + full):
                        start = raw.end - len(full)
                        raw = _Raw(
                            start,
                            raw.end,
                            "PERSON",
                            self.text[start : raw.end],
                            raw.excluded,
                        )
                        break
            fixed.append(raw)
        raws = fixed
        person_surnames: set[str] = set()
        kinds: list[str] = []
        for raw in raws:
            kind = self._kind(raw, person_names)
            kinds.append(kind)
            if kind == "person":
                person_surnames.update(surname_keys(raw.name))
        # second look at one-word ORG/GPE names that are surnames of persons
        for i, raw in enumerate(raws):
            if (
                kinds[i] in {"org", "gpe"}
                and raw.label != "GPE"
                and len(name_words(raw.name)) == 1
                and raw.name.lower() in person_surnames
                and not is_acronym(raw.name)
            ):
                kinds[i] = "person"
        full_index: dict[str, list[tuple[int, str]]] = {}
        for raw, kind in zip(raws, kinds, strict=True):
            if kind == "person" and not raw.excluded and len(name_words(raw.name)) >= 2:
                for key in surname_keys(raw.name):
                    full_index.setdefault(key, []).append((raw.start, raw.name))
        # acronyms defined anywhere in the body: "... Party (BNP)"
        self.acronyms: dict[str, str] = {}
        for raw, kind in zip(raws, kinds, strict=True):
            acronym = acronym_after(self.text, raw.end)
            if acronym and kind == "org" and not raw.excluded:
                self.acronyms.setdefault(acronym.lower(), raw.name)
        for raw, kind in zip(raws, kinds, strict=True):
            if raw.excluded:
                continue
            entity = self._link(raw, kind, full_index)
            if self.text[raw.start : raw.end] == entity.name:
                entity.mentions.append((raw.start, raw.end))
            span = self._span(raw.start, raw.end)
            subject = False
            if span is not None and len(span):
                subject = self._is_subject(span)
                for tok in span:
                    self.token_mention[tok.i] = (entity, raw.start, raw.end)
                if kind == "person":
                    self._learn_titles(entity, span)
                else:
                    self._learn_descriptors(entity, span)
            self.events.append(
                _Event(
                    start=raw.start,
                    end=raw.end,
                    entity=entity,
                    subject=subject,
                    speaker=False,
                    masked=raw.start in self.masked,
                )
            )
        self._surname_mentions(full_index)
        self.events.sort(key=lambda ev: ev.start)

    def _surname_mentions(self, full_index: dict[str, list[tuple[int, str]]]) -> None:
        """Lone surnames NER missed ("Hicks, a Trump spokeswoman")."""
        for tok in self.doc:
            if (
                tok.i in self.token_mention
                or tok.pos_ not in {"PROPN", "NOUN"}
                or not tok.text[:1].isupper()
                or tok.lower_ not in full_index
                or tok.idx in self.exclude
            ):
                continue
            full = _nearest_full_name(tok.lower_, tok.idx, full_index)
            entity = self.entities.get(f"person:{(full or '').lower()}")
            if entity is None:
                continue
            end = tok.idx + len(tok.text)
            self.token_mention[tok.i] = (entity, tok.idx, end)
            self.events.append(
                _Event(
                    start=tok.idx,
                    end=end,
                    entity=entity,
                    subject=tok.dep_ in SUBJECT_DEPS,
                    speaker=False,
                    masked=tok.idx in self.masked,
                )
            )

    def _kind(self, raw: _Raw, person_names: set[str]) -> str:
        words = [w.lower().strip(".,") for w in name_words(raw.name)]
        has_org_word = any(w in ORG_NAME_WORDS for w in words)
        following = _next_word(self.text, raw.end)
        if following in ORG_NOUNS and following.islower():
            return "org"
        if raw.label == "PERSON":
            return "org" if has_org_word else "person"
        if raw.label in {"ORG", "GPE"} and looks_like_person_name(raw.name):
            if raw.name.lower() in person_names:
                return "person"
            if words[0] in FEMALE_NAMES or words[0] in MALE_NAMES:
                return "person"
            if self._role_before(raw.start):
                return "person"
        return {"ORG": "org", "GPE": "gpe", "NORP": "norp", "FAC": "fac"}.get(
            raw.label, "org"
        )

    def _role_before(self, start: int) -> bool:
        span = self._span(start, start + 1)
        if span is None:
            return False
        return any(
            t.lower_.rstrip(".") in ROLE_NOUNS or t.lower_.rstrip(".") in TITLES
            for t in self._left_window(span[0].i)
        )

    def _link(
        self,
        raw: _Raw,
        kind: str,
        full_index: dict[str, list[tuple[int, str]]],
    ) -> _Entity:
        name = raw.name
        if kind == "person" and len(name_words(name)) == 1:
            full = _nearest_full_name(name.lower().strip(".,"), raw.start, full_index)
            if full is not None:
                name = full
        elif kind == "org" and is_acronym(name):
            name = self._expand_acronym(name)
        key = f"{'person' if kind == 'person' else 'thing'}:{name.lower()}"
        entity = self.entities.get(key)
        if entity is None:
            entity = _Entity(name=name, kind=kind, start=raw.start, end=raw.end)
            if kind == "person":
                entity.gender = gender_of_first_name(name)
            self.entities[key] = entity
        return entity

    def _expand_acronym(self, name: str) -> str:
        """The full name an acronym stands for in this article, else itself."""
        bare = name.replace(".", "")
        full = self.acronyms.get(name.lower()) or self.acronyms.get(bare.lower())
        if full is not None:
            return full
        for entity in reversed(list(self.entities.values())):
            if (
                entity.kind == "org"
                and len(name_words(entity.name)) > 1
                and initials(entity.name) == bare.upper()
            ):
                return entity.name
        return name

    def _is_subject(self, span: Any) -> bool:
        tok = span.root
        for _ in range(4):
            if tok.dep_ in SUBJECT_DEPS:
                return True
            if tok.dep_ in NP_INNER_DEPS and tok.head.i != tok.i:
                tok = tok.head
                continue
            break
        return bool(tok.dep_ in SUBJECT_DEPS)

    def _left_window(self, i: int) -> list[Any]:
        out: list[Any] = []
        sent_start = self.doc[i].sent.start
        j = i - 1
        while j >= sent_start and len(out) < WINDOW_TOKENS:
            tok = self.doc[j]
            if tok.pos_ in {"VERB", "AUX"} or tok.text in {",", ";", ":", "(", ")"}:
                break
            if "\n" in tok.text or (tok.is_punct and tok.text not in {"-", "."}):
                break
            out.append(tok)
            j -= 1
        return out

    def _right_appositive(self, i: int) -> list[Any]:
        """Tokens of ", a Trump spokeswoman," after token ``i``."""
        out: list[Any] = []
        if i + 1 >= len(self.doc) or self.doc[i + 1].text != ",":
            return out
        sent_end = self.doc[i].sent.end
        j = i + 2
        while j < sent_end and len(out) < WINDOW_TOKENS:
            tok = self.doc[j]
            if tok.pos_ in {"VERB", "AUX"} or tok.is_punct or "\n" in tok.text:
                break
            out.append(tok)
            j += 1
        return out

    def _learn_titles(self, entity: _Entity, span: Any) -> None:
        words = [
            t.lower_.rstrip(".")
            for t in [
                *self._left_window(span[0].i),
                *self._right_appositive(span[-1].i),
            ]
            if t.is_alpha or t.lower_.rstrip(".").isalpha()
        ]
        if any(w in ROLE_NOUNS or w in TITLES for w in words):
            entity.titles.update(words)
        gender = gender_of(words)
        if gender is not None and entity.gender is None:
            entity.gender = gender

    def _learn_descriptors(self, entity: _Entity, span: Any) -> None:
        """Learn "newspaper" from "the Kayhan newspaper", "alliance" from
        "Gavi, the vaccine alliance"."""
        last = span[-1].i
        words: list[str] = []
        if last + 1 < len(self.doc):
            nxt = self.doc[last + 1]
            if nxt.is_lower and nxt.pos_ == "NOUN":
                words.extend(
                    t.lower_ for t in self.doc[last + 1 : last + 3] if t.is_lower
                )
        words.extend(t.lower_ for t in self._right_appositive(last) if t.is_lower)
        entity.titles.update(w for w in words if w in ORG_NOUNS or w == "news")

    def _build_doc_mentions(self) -> None:
        for tok in self.doc:
            if tok.lower_ not in DOC_NOUNS or tok.pos_ not in {"NOUN", "PROPN"}:
                continue
            if tok.idx in self.exclude or tok.i in self.token_mention:
                continue
            issuer = self._issuer(tok)
            mods = frozenset(
                c.lower_
                for c in tok.children
                if c.dep_ in {"amod", "compound", "poss", "nmod"} and c.is_alpha
            )
            sent = tok.sent
            mention = _DocMention(
                token=tok.i,
                start=tok.idx,
                head=tok.lower_,
                mods=mods,
                issuer=issuer,
                sent_start=sent.start_char,
                sent_end=sent.end_char,
            )
            self.doc_mentions.append(mention)
            self.doc_by_token[tok.i] = mention
            if issuer is not None:
                self.events.append(
                    _Event(
                        start=tok.idx,
                        end=tok.idx + len(tok.text),
                        entity=issuer,
                        subject=tok.dep_ in SUBJECT_DEPS,
                        speaker=False,
                        masked=tok.idx in self.masked,
                    )
                )
        self.events.sort(key=lambda ev: ev.start)

    def _mention_entity(self, tok: Any) -> _Entity | None:
        found = self.token_mention.get(tok.i)
        return found[0] if found else None

    def _issuer(self, tok: Any) -> _Entity | None:
        # "a statement released by X", "a statement from X", "statement of X"
        for sub in tok.subtree:
            if sub.i <= tok.i or sub.lower_ not in {"by", "from", "of"}:
                continue
            if sub.lower_ == "of" and sub.head.i != tok.i:
                continue
            for obj in sub.children:
                if obj.dep_ == "pobj":
                    entity = self._mention_entity(obj)
                    if entity is not None:
                        return entity
        # "the Kremlin statement", "the ministry's statement"
        for child in tok.children:
            if child.dep_ in {"poss", "compound", "nmod"}:
                entity = self._mention_entity(child)
                if entity is not None:
                    return entity
                if child.dep_ == "poss":
                    return None  # "its report": resolved lazily
        # "In a statement, X said", "X said in a statement", "X issued a report"
        verb = None
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            verb = tok.head.head
        elif tok.dep_ == "dobj":
            verb = tok.head
        if verb is None or verb.pos_ not in {"VERB", "AUX"}:
            return None
        for child in verb.children:
            if child.dep_ in {"nsubj", "nsubjpass"}:
                return self._mention_entity(child)
        return None

    # ----------------------------------------------------------- resolution

    def run(self) -> tuple[Attribution, ...]:
        order = sorted(
            range(len(self.attributions)),
            key=lambda i: (_anchor(self.attributions[i]), i),
        )
        speakers: dict[int, Speaker] = {}
        has_source = [any(s.end > s.start for s in a.source) for a in self.attributions]
        for i in order:
            if not has_source[i]:
                continue
            attribution = self.attributions[i]
            try:
                speakers[i] = self._resolve(attribution)
            except Exception:
                speakers[i] = _unresolved_speaker(self.text, attribution.source)
            for cue in attribution.cue:
                span = self._span(cue.start, cue.end)
                if span is not None:
                    self.cue_speakers.update((t.i, speakers[i]) for t in span)
        for i in order:
            if has_source[i]:
                continue
            try:
                speakers[i] = self._implicit(self.attributions[i])
            except Exception:
                speakers[i] = Speaker(
                    name=None, mention=None, resolved_by=RESOLVED_NONE
                )
        return tuple(
            dataclasses.replace(a, speaker=speakers[i])
            for i, a in enumerate(self.attributions)
        )

    def _resolve(self, attribution: Attribution) -> Speaker:
        sources = [
            s
            for s in attribution.source
            if s.end > s.start and s.start < len(self.text)
        ]
        if not sources:
            return Speaker(name=None, mention=None, resolved_by=RESOLVED_NONE)
        content = Ranges((s.start, s.end) for s in attribution.content)
        result: _Result | None = None
        for source in sources:
            result = self._resolve_span(source, content)
            if result.entity is not None:
                break
        if result is None or result.entity is None:
            entity = self._pseudo_entity(sources[0])
            self._add_speaker_event(sources[0], entity)
            return _unresolved_speaker(self.text, tuple(sources))
        entity = result.entity
        self._add_speaker_event(sources[0], entity)
        start, end = result.mention or self._mention_for(entity, sources[0].start)
        return Speaker(
            name=entity.name,
            mention=Span.of(self.text, start, end),
            resolved_by=result.resolved_by,
        )

    def _implicit(self, attribution: Attribution) -> Speaker:
        """Speaker of a source-less attribution from the syntax of its cue.

        "X was quoted as saying ..." and "..., X told a briefing" (source
        missed) -> the cue's subject; "X said ..., adding ..." -> the speaker of
        the cue the participle hangs on.
        """
        none = Speaker(name=None, mention=None, resolved_by=RESOLVED_NONE)
        if not attribution.cue:
            return none
        span = self._span(attribution.cue[0].start, attribution.cue[0].end)
        if span is None or not len(span):
            return none
        verb = span.root
        content = Ranges((s.start, s.end) for s in attribution.content)
        gap = self._gap_source(attribution)
        if gap is not None:
            return self._speaker_of(gap, content) or none
        for _ in range(IMPLICIT_CLIMB):
            subject = next(
                (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None
            )
            passive_quote = verb.lower_ in QUOTED_VERBS and subject is not None
            if not passive_quote and verb.i not in span and verb.i in self.cue_speakers:
                return self.cue_speakers[verb.i]
            if subject is not None and subject.idx not in content:
                start = self.doc[subject.left_edge.i].idx
                last = self.doc[max(subject.i, min(subject.right_edge.i, verb.i - 1))]
                source = Span.of(self.text, start, last.idx + len(last.text))
                return self._speaker_of(source, content) or none
            if verb.dep_ not in IMPLICIT_DEPS or verb.head.i == verb.i:
                return none
            verb = verb.head
        return none

    def _gap_source(self, attribution: Attribution) -> Span | None:
        """The words between a quote and its cue: '"...," the agency's X told'."""
        cue = attribution.cue[0]
        before = [c for c in attribution.content if c.end <= cue.start]
        if not before:
            return None
        last = max(before, key=lambda c: c.end)
        start, end = last.end, cue.start
        tail = self.text[last.start : last.end]
        close = max(tail.rfind("”"), tail.rfind('"'))
        if end - start <= 2 and 0 < close < len(tail) - 2:
            # the content swallowed the source: '"...," the agency's X' told
            start = last.start + close + 1
        gap = self.text[start:end]
        if "\n" in gap or len(gap) > MAX_GAP_CHARS or not any(c.isalpha() for c in gap):
            return None
        start, end = trim_name(self.text, start, end)
        if end <= start:
            return None
        return Span.of(self.text, start, end)

    def _speaker_of(self, source: Span, content: Ranges) -> Speaker | None:
        result = self._resolve_span(source, content)
        if result.entity is None:
            return None
        self._add_speaker_event(source, result.entity)
        mention = result.mention or self._mention_for(result.entity, source.start)
        return Speaker(
            name=result.entity.name,
            mention=Span.of(self.text, *mention),
            resolved_by=result.resolved_by,
        )

    def _mention_for(self, entity: _Entity, pos: int) -> tuple[int, int]:
        best: tuple[int, int] | None = None
        for start, end in entity.mentions:
            if start <= pos or best is None:
                best = (start, end)
            if start > pos:
                break
        return best if best is not None else (entity.start, entity.end)

    def _add_speaker_event(self, source: Span, entity: _Entity) -> None:
        event = _Event(
            start=source.start,
            end=source.end,
            entity=entity,
            subject=True,
            speaker=True,
            masked=False,
        )
        bisect.insort(self.events, event, key=lambda ev: ev.start)

    def _pseudo_entity(self, source: Span) -> _Entity:
        start, end = trim_name(self.text, source.start, source.end)
        if end <= start:
            start, end = source.start, source.end
        start, end = source.start, source.end
        name = join_texts([source.text]) or self.text[start:end]
        kind = "org"
        span = self._span(start, end)
        if span is not None and len(span):
            root = span.root
            if root.tag_ in {"NNS", "NNPS"}:
                kind = "group"
            elif root.lower_ in SINGULAR_PERSON_NOUNS:
                kind = "person"
        key = f"pseudo:{name.lower()}"
        entity = self.entities.get(key)
        if entity is None:
            entity = _Entity(name=name, kind=kind, start=start, end=end)
            self.entities[key] = entity
        return entity

    def _resolve_span(self, source: Span, content: Ranges) -> _Result:
        start = _strip_dateline(self.text, source.start, source.end)
        span = self._span(start, source.end)
        if span is None or not len(span):
            return _Result(None, RESOLVED_UNRESOLVED)
        tokens = [t for t in span if not (t.is_punct or t.is_space)]
        if not tokens:
            return _Result(None, RESOLVED_UNRESOLVED)
        # pronouns
        if (
            len(tokens) == 1
            and tokens[0].lower_ in ALL_PRONOUNS
            and not is_acronym(tokens[0].text)
        ):
            return self._resolve_pronoun(tokens[0], content)
        root = span.root
        inner = [m for m in self._mentions_in(span) if not self._in_clause(m, root)]
        # persons, unless they only modify a role ("Trump spokeswoman ...")
        persons = [
            m for m in inner if m[0].kind == "person" and not self._modifier(m, span)
        ]
        if persons:
            chosen = next((m for m in persons if m[1] <= root.idx < m[2]), persons[-1])
            return self._named(chosen, span)
        # documents: "a statement released by X", "the Russian statement"
        if root.lower_ in DOC_NOUNS and root.i not in self.token_mention:
            found = self._resolve_document(root, span)
            if found is not None:
                return found
        # organisations, states: the mention heading the span or equal to it
        stripped = trim_name(self.text, span.start_char, span.end_char)
        for mention in inner:
            if (
                mention[1] <= root.idx < mention[2]
                or (
                    mention[1],
                    mention[2],
                )
                == stripped
            ):
                return self._named(mention, span)
        lowered = root.lower_
        if lowered in ORG_NOUNS and root.i not in self.token_mention:
            # "the Kayhan newspaper", "the official IRNA news agency"
            for mention in inner:
                if mention[0].kind != "person" and any(
                    self.doc[i].dep_ == "compound" and self.doc[i].head.i == root.i
                    for i in _token_range(self.doc, mention[1], mention[2])
                ):
                    return self._named(mention, span)
        if not root.is_lower and root.i not in self.token_mention:
            words = name_words(self.text[stripped[0] : stripped[1]])
            if sum(1 for w in words if w[:1].isupper()) >= 2:
                return self._capitalized_fallback(span)
        if root.i not in self.token_mention and (
            lowered in ROLE_NOUNS or lowered in ORG_NOUNS or lowered in STATE_NOUNS
        ):
            found = self._resolve_nominal(span, root)
            if found is not None:
                return found
            if lowered in ROLE_NOUNS:
                # "a spokesman for the Russian Foreign Ministry"
                orgs = [
                    m
                    for m in inner
                    if m[0].kind == "org"
                    and not any(
                        self.doc[i].dep_ in {"poss", "case"}
                        for i in _token_range(self.doc, m[1], m[2])
                    )
                ]
                if orgs:
                    self.role_speakers[lowered] = (orgs[0][0], span.start_char)
                    return _Result(
                        orgs[0][0], RESOLVED_APPOSITIVE, (orgs[0][1], orgs[0][2])
                    )
            return _Result(None, RESOLVED_UNRESOLVED)
        if inner and lowered not in GENERIC_HEADS and root.tag_ not in {"NNS"}:
            by_kind = sorted(
                inner,
                key=lambda m: (
                    ("org", "gpe", "norp", "fac").index(m[0].kind)
                    if m[0].kind in ("org", "gpe", "norp", "fac")
                    else 9
                ),
            )
            return _Result(
                by_kind[0][0], RESOLVED_APPOSITIVE, (by_kind[0][1], by_kind[0][2])
            )
        return self._capitalized_fallback(span)

    def _in_clause(self, mention: tuple[_Entity, int, int], root: Any) -> bool:
        """Whether a mention sits in a clause modifying the head ("led by X")."""
        rng = _token_range(self.doc, mention[1], mention[2])
        if not rng or root.i in rng:
            return False
        tok = self.doc[rng.start]
        for t in self.doc[rng.start : rng.stop]:
            if not (rng.start <= t.head.i < rng.stop):
                tok = t
                break
        for _ in range(WINDOW_TOKENS):
            if tok.i == root.i or tok.head.i == tok.i:
                return False
            if tok.dep_ in CLAUSE_DEPS or tok.pos_ in {"VERB", "AUX"}:
                return True
            tok = tok.head
        return False

    def _mentions_in(self, span: Any) -> list[tuple[_Entity, int, int]]:
        seen: list[tuple[_Entity, int, int]] = []
        for tok in span:
            found = self.token_mention.get(tok.i)
            if found is not None and found not in seen:
                seen.append(found)
        return seen

    def _modifier(self, mention: tuple[_Entity, int, int], span: Any) -> bool:
        """Whether a mention only modifies the span's head ("Haley's aide")."""
        _, _start, end = mention
        after = [t for t in span if t.idx >= end]
        if not after:
            return False
        nxt = after[0]
        if nxt.lower_ in {"'s", "’s", "'", "’"}:
            return len(after) > 1
        return (
            nxt.lower_ in ROLE_NOUNS
            and nxt.i not in self.token_mention
            and (self.doc[nxt.i].is_lower)
        )

    def _named(self, mention: tuple[_Entity, int, int], span: Any) -> _Result:
        entity, start, end = mention
        stripped = trim_name(self.text, span.start_char, span.end_char)
        stripped = _strip_honorifics(self.text, *stripped)
        same = (start, end) == stripped
        how = RESOLVED_NAME if same else RESOLVED_APPOSITIVE
        if self.text[start:end] == entity.name:
            return _Result(entity, how, (start, end))
        return _Result(entity, how, self._mention_for(entity, start))

    def _resolve_document(self, root: Any, span: Any) -> _Result | None:
        mention = self.doc_by_token.get(root.i)
        if mention is not None and mention.issuer is not None:
            inside = any(self._mention_entity(t) is mention.issuer for t in span)
            how = RESOLVED_APPOSITIVE if inside else RESOLVED_NOMINAL
            return _Result(mention.issuer, how)
        # possessive pronoun: "its statement", "his report"
        for child in root.children:
            if child.dep_ == "poss" and child.lower_ in ALL_PRONOUNS:
                found = self._resolve_pronoun(child, Ranges(()))
                if found.entity is not None:
                    return found
        definite = any(
            t.lower_ in DEFINITE_DETS for t in span if t.i < root.i and t.dep_ == "det"
        )
        mods = [
            t.text
            for t in span
            if t.i < root.i and t.dep_ != "det" and (t.is_alpha and not t.is_stop)
        ]
        if not definite and not mods:
            return None
        issuer = self._earlier_document(root.idx, root.lower_, mods)
        if issuer is None:
            return None
        if mention is not None:
            mention.issuer = issuer
        return _Result(issuer, RESOLVED_NOMINAL)

    def _earlier_document(
        self, pos: int, head: str, mods: Sequence[str]
    ) -> _Entity | None:
        candidates = [m for m in self.doc_mentions if m.start < pos]
        fallback: _Entity | None = None
        for mention in reversed(candidates):
            issuer = mention.issuer or self._sentence_speaker(mention)
            if issuer is None:
                continue
            if mods:
                words = [*name_words(issuer.name), *mention.mods]
                if not all(any(same_stem(m, w) for w in words) for m in mods):
                    continue
            if mention.head == head:
                return issuer
            if fallback is None:
                fallback = issuer
        return fallback

    def _sentence_speaker(self, mention: _DocMention) -> _Entity | None:
        tok = self.doc[mention.token]
        for child in tok.children:
            if child.dep_ == "poss" and child.lower_ in ALL_PRONOUNS:
                found = self._resolve_pronoun(child, Ranges(()))
                mention.issuer = found.entity
                return found.entity
        for ev in self.events:
            if ev.speaker and mention.sent_start <= ev.start < mention.sent_end:
                mention.issuer = ev.entity
                return ev.entity
        return None

    def _resolve_nominal(self, span: Any, root: Any) -> _Result | None:
        dets = [t.lower_ for t in span if t.i < root.i and t.dep_ in {"det", "poss"}]
        possessed = any(t.dep_ == "poss" for t in span if t.i < root.i)
        if not (possessed or any(d in DEFINITE_DETS for d in dets)):
            return None
        mods = [
            t.text
            for t in span
            if t.i < root.i
            and t.dep_ not in {"det", "case"}
            and t.is_alpha
            and not t.is_stop
        ]
        head = root.lower_
        pos = span.start_char
        if head in ROLE_NOUNS:
            wanted = ROLE_SYNONYMS.get(head, frozenset({head}))
            entity = self._search(
                pos,
                lambda e: e.kind == "person" and bool(e.titles & wanted),
                mods,
                lambda e: e.titles,
            )
        elif head in STATE_NOUNS:
            entity = self._search_role(pos, {"gpe"})
        else:
            entity = self._search(
                pos,
                lambda e: (
                    e.kind == "org"
                    and (
                        head in e.titles
                        or any(same_stem(head, w) for w in name_words(e.name))
                    )
                ),
                mods,
                lambda e: set(name_words(e.name)) | e.titles,
            )
            if entity is None and head in MEDIA_NOUNS:
                entity = self._search(
                    pos,
                    lambda e: (
                        e.kind == "org"
                        and any(w.lower() in MEDIA_MARKERS for w in name_words(e.name))
                    ),
                    (),
                    lambda e: set(),
                )
            if entity is None and (head in GENERIC_ORG_NOUNS or head in MEDIA_NOUNS):
                entity = self._search_role(pos, {"org"})
        if entity is None and head in self.role_speakers:
            entity, seen_at = self.role_speakers[head]
            if seen_at >= pos:
                entity = None
        if entity is None:
            entity = self._cataphora(span.end_char, head)
        if entity is None:
            return None
        return _Result(entity, RESOLVED_NOMINAL)

    def _cataphora(self, pos: int, head: str) -> _Entity | None:
        """A lead's "Armenia's foreign minister said" named just after it.

        Only when nothing before matches: the first person (for a role noun)
        or organisation with the head in its name (for an organisation noun)
        within the next ``CATAPHORA_CHARS`` characters.
        """
        start = bisect.bisect_left(self.events, pos, key=lambda ev: ev.start)
        for ev in self.events[start:]:
            if ev.start > pos + CATAPHORA_CHARS:
                break
            entity = ev.entity
            if ev.masked or ev.speaker:
                continue
            if head in ROLE_NOUNS and entity.kind == "person":
                return entity
            if (
                head in ORG_NOUNS
                and entity.kind == "org"
                and (head in entity.name.lower() or head in entity.titles)
            ):
                return entity
        return None

    def _search(
        self,
        pos: int,
        accept: Any,
        mods: Sequence[str],
        words_of: Any,
    ) -> _Entity | None:
        """Most recent entity before ``pos`` that ``accept``s, mods preferred."""
        first: _Entity | None = None
        end = bisect.bisect_left(self.events, pos, key=lambda ev: ev.start)
        for ev in reversed(self.events[:end]):
            entity = ev.entity
            if not accept(entity):
                continue
            if not mods:
                return entity
            words = words_of(entity)
            if all(any(same_stem(m, w) for w in words) for m in mods):
                return entity
            if first is None:
                first = entity
        return first

    def _search_role(self, pos: int, kinds: set[str]) -> _Entity | None:
        """Latest speaker of a kind before ``pos``, else the latest subject."""
        end = bisect.bisect_left(self.events, pos, key=lambda ev: ev.start)
        subject: _Entity | None = None
        for ev in reversed(self.events[:end]):
            if ev.entity.kind not in kinds:
                continue
            if ev.speaker:
                return ev.entity
            if subject is None and ev.subject and not ev.masked:
                subject = ev.entity
        return subject

    def _resolve_pronoun(self, tok: Any, content: Ranges) -> _Result:
        word = tok.lower_
        if word in RELATIVE_PRONOUNS:
            return self._resolve_relative(tok)
        if word in PERSON_PRONOUNS:
            gender = PERSON_PRONOUNS[word]

            def compatible(e: _Entity) -> bool:
                return e.kind == "person" and (e.gender is None or e.gender == gender)

        elif word in THING_PRONOUNS:

            def compatible(e: _Entity) -> bool:
                return e.kind in THING_KINDS

        elif word in GROUP_PRONOUNS:

            def compatible(e: _Entity) -> bool:
                return e.kind in GROUP_KINDS

        else:
            return _Result(None, RESOLVED_UNRESOLVED)
        entity = self._salient(tok.idx, compatible, content)
        if entity is None:
            return _Result(None, RESOLVED_UNRESOLVED)
        if word in PERSON_PRONOUNS and entity.gender is None:
            entity.gender = PERSON_PRONOUNS[word]
        return _Result(entity, RESOLVED_PRONOUN)

    def _salient(self, pos: int, compatible: Any, content: Ranges) -> _Entity | None:
        """The most salient compatible antecedent before ``pos``.

        The latest compatible speaker wins unless a compatible sentence subject
        of another entity (outside quotes and reported content) came after it;
        without a speaker: the latest subject, then the latest mention, then
        the latest mention inside quotes.
        """
        end = bisect.bisect_left(self.events, pos, key=lambda ev: ev.start)
        subject: _Entity | None = None
        plain: _Entity | None = None
        quoted: _Entity | None = None
        for ev in reversed(self.events[:end]):
            if ev.start in content or not compatible(ev.entity):
                continue
            if ev.speaker:
                return subject if subject is not None else ev.entity
            if ev.masked:
                quoted = quoted or ev.entity
            elif ev.subject:
                subject = subject or ev.entity
            else:
                plain = plain or ev.entity
        return subject or plain or quoted

    def _resolve_relative(self, tok: Any) -> _Result:
        head = tok.head
        if head.dep_ in {"relcl", "acl"}:
            entity = self._mention_entity(head.head)
            if entity is not None:
                return _Result(entity, RESOLVED_PRONOUN)
        return _Result(None, RESOLVED_UNRESOLVED)

    def _capitalized_fallback(self, span: Any) -> _Result:
        root = span.root
        head_end = root.idx + len(root.text)
        if span.start_char < head_end < span.end_char and self.text[
            head_end : span.end_char
        ].lstrip()[:1] in {",", "("}:
            span = self._span(span.start_char, head_end) or span  # "The RSF, led by"
        start, end = trim_name(self.text, span.start_char, span.end_char)
        start, end = strip_titles(self.text, start, end)
        name = self.text[start:end]
        words = name_words(name)
        if not words or not all(w[:1].isupper() for w in words):
            return _Result(None, RESOLVED_UNRESOLVED)
        if any(w.lower() in GENERIC_HEADS for w in words):
            return _Result(None, RESOLVED_UNRESOLVED)
        if span.root.pos_ != "PROPN" and not is_acronym(name):
            return _Result(None, RESOLVED_UNRESOLVED)
        if len(words) == 1 and is_acronym(name):
            full = self._expand_acronym(name)
            entity = self.entities.get(f"thing:{full.lower()}")
            if entity is not None:
                return _Result(entity, RESOLVED_NAME, self._mention_for(entity, start))
        if len(words) == 1:
            for entity in reversed(list(self.entities.values())):
                if entity.kind == "person" and name.lower() in surname_keys(
                    entity.name
                ):
                    return _Result(
                        entity, RESOLVED_NAME, self._mention_for(entity, start)
                    )
        key = f"thing:{name.lower()}"
        entity = self.entities.get(key)
        if entity is None:
            kind = "person" if looks_like_person_name(name) else "org"
            entity = _Entity(name=name, kind=kind, start=start, end=end)
            self.entities[key] = entity
        return _Result(entity, RESOLVED_NAME, (start, end))


def _anchor(attribution: Attribution) -> int:
    for spans in (attribution.source, attribution.cue, attribution.content):
        for span in spans:
            return span.start
    return 0


def _token_range(doc: Any, start: int, end: int) -> range:
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _strip_dateline(text: str, start: int, end: int) -> int:
    """Skip a dateline ("DHAKA, Bangladesh – ") opening a paragraph."""
    if start > 0 and text[start - 1] != "\n":
        return start
    head = text[start : min(end, start + DATELINE_CHARS)]
    for dash in DATELINE_DASHES:
        at = head.find(dash)
        if at > 0 and "," in head[:at]:
            return start + at + len(dash)
    return start


def _strip_honorifics(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "Mr"/"Ms"/"Dr" (not a role title) from a name."""
    first, _, rest = text[start:end].partition(" ")
    if rest.strip() and first.lower().rstrip(".") in HONORIFICS:
        return start + len(first) + 1, end
    return start, end


def _next_word(text: str, end: int) -> str:
    """The word right after ``end`` on the same line ("" if none)."""
    rest = text[end : end + 40].split("\n", 1)[0].split()
    return rest[0].strip(",.;:") if rest else ""


def _strip_trailing_lower(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop lower-case words ending an organisation name ("IRNA news agency")."""
    words = text[start:end].split(" ")
    while len(words) > 1 and words[-1].islower() and words[-1] not in {"of", "and"}:
        words.pop()
    if all(w.islower() for w in words):
        return start, end
    return start, start + len(" ".join(words))


def _nearest_full_name(
    word: str, pos: int, full_index: dict[str, list[tuple[int, str]]]
) -> str | None:
    """The full name a surname refers to: the latest before, else the first after."""
    candidates = full_index.get(word)
    if not candidates:
        return None
    before = [name for start, name in candidates if start <= pos]
    if before:
        return before[-1]
    return candidates[0][1]


def _unresolved_speaker(text: str, sources: Sequence[Span]) -> Speaker:
    spans = [s for s in sources if s.end > s.start]
    if not spans:
        return Speaker(name=None, mention=None, resolved_by=RESOLVED_NONE)
    first = spans[0]
    start = max(0, min(first.start, len(text)))
    end = max(start, min(first.end, len(text)))
    mention = Span.of(text, start, end)
    name = join_texts([s.text for s in spans]) or mention.text
    return Speaker(name=name, mention=mention, resolved_by=RESOLVED_UNRESOLVED)
