"""Speaker resolution: salience-ordered searches for an antecedent.

A pronoun goes to the most salient compatible antecedent: the latest
compatible speaker, unless a compatible sentence subject came after it; then
subjects, then any mention, then mentions inside quotes.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Sequence

from spacy.tokens import Token

from whosaid.entities.lexicon import (
    GROUP_PRONOUNS,
    ORG_NOUNS,
    PERSON_PRONOUNS,
    RELATIVE_PRONOUNS,
    ROLE_NOUNS,
    ROLE_SYNONYMS,
    THING_PRONOUNS,
)
from whosaid.entities.names import (
    Ranges,
    name_words,
    same_stem,
)
from whosaid.speakers.chains import OTHER_OFFICE_WORDS
from whosaid.speakers.model import (
    RESOLVED_PRONOUN,
    RESOLVED_UNRESOLVED,
    Discourse,
    DocIndex,
    Entity,
    SourceResult,
    char_span,
    mention_entity,
)

CATAPHORA_CHARS = 400
THING_KINDS: frozenset[str] = frozenset({"org", "gpe", "norp", "fac"})
GROUP_KINDS: frozenset[str] = frozenset({"org", "norp", "group"})


def cataphora(ds: Discourse, pos: int, head: str) -> Entity | None:
    """A lead's "Armenia's foreign minister said" named just after it.

    Only when nothing before matches: the first person (for a role noun)
    or organisation with the head in its name (for an organisation noun)
    within the next ``CATAPHORA_CHARS`` characters.  A person whose titles
    say another role is passed over: "the opposition leader" is not the
    "UN Secretary-General" named after it; a person with no title must be
    a sentence subject ("The prime minister says …" above a byline is the
    "Boris Johnson" who "has struck a deal", not the byline's name).
    """
    wanted = ROLE_SYNONYMS.get(head, frozenset({head}))
    start = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in ds.events[start:]:
        if ev.start > pos + CATAPHORA_CHARS:
            break
        entity = ev.entity
        if ev.masked or ev.speaker:
            continue
        if head in ROLE_NOUNS and entity.kind == "person":
            roles = entity.titles & ROLE_NOUNS  # "Ms" says no office
            if roles and not roles & wanted:
                continue
            if entity.titles & OTHER_OFFICE_WORDS:
                continue  # the "Shadow chancellor" is not "the chancellor"
            if not entity.titles & wanted and not ev.subject:
                continue  # a byline's "Helen Marsh" is no one's title
            return entity
        if (
            head in ORG_NOUNS
            and entity.kind == "org"
            and (_names_word(entity.name, head) or head in entity.titles)
            and entity.name.lower() != head
        ):
            return entity  # never a bare "Army" of "Army spokesman X"
    return titled_subject_after(ds, pos, head)


def _names_word(name: str, head: str) -> bool:
    """Whether a name holds the noun as a word of its own: "the mission" is
    never the "Human Rights Commission"."""
    return any(w.lower() == head for w in name_words(name))


TITLED_CATAPHORA_CHARS = 1500
"""How far after a role nominal with no antecedent (a lead's "The governor
said") the person who holds that title may be named."""


def titled_subject_after(ds: Discourse, pos: int, head: str) -> Entity | None:
    """ "The governor said …  [caption]  Gov. Jane Roe said on Wednesday":
    the first sentence subject after ``pos``, within
    :data:`TITLED_CATAPHORA_CHARS`, whose own titles say the role (no other
    office such as "shadow", no lesser or past rank such as "vice" or
    "former"); ``None`` for an organisation noun."""
    if head not in ROLE_NOUNS:
        return None
    wanted = ROLE_SYNONYMS.get(head, frozenset({head}))
    start = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in ds.events[start:]:
        if ev.start > pos + TITLED_CATAPHORA_CHARS:
            break
        entity = ev.entity
        if (
            entity.kind == "person"
            and ev.subject
            and not (ev.masked or ev.speaker)
            and entity.titles & wanted
            and not entity.titles & (OTHER_OFFICE_WORDS | OTHER_RANKS)
        ):
            return entity
    return None


OTHER_RANKS: frozenset[str] = frozenset({"vice", "deputy", "assistant", "former"})
"""Title words of someone who does not hold the role a bare role noun names
("Vice President X" is not "the president" of a lead)."""


SPEAKER_REACH = 400
"""How far back (characters) a role noun with no titled antecedent finds the
person who just spoke."""


def last_person_speaker(ds: Discourse, pos: int) -> Entity | None:
    """ "Chief Cabinet Secretary X said …  Asked about the yen, the top
    government spokesman said": a definite role noun no title matched is the
    person who spoke last, within :data:`SPEAKER_REACH` characters, when no
    other person was a sentence subject since; else ``None``."""
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    subject: Entity | None = None
    for ev in reversed(ds.events[:end]):
        if ev.start < pos - SPEAKER_REACH:
            return None
        if ev.entity.kind != "person" or ev.masked:
            continue
        if subject is not None and ev.entity is not subject:
            return None
        if ev.speaker:
            return ev.entity
        if ev.subject:
            subject = ev.entity
    return None


def latest_person(ds: Discourse, pos: int) -> Entity | None:
    """The latest person before ``pos`` who spoke or was a sentence subject
    outside quotes and reported content."""
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in reversed(ds.events[:end]):
        if ev.entity.kind == "person" and not ev.masked and (ev.speaker or ev.subject):
            return ev.entity
    return None


def search_back(
    ds: Discourse,
    pos: int,
    accept: Callable[[Entity], bool],
    mods: Sequence[str],
    words_of: Callable[[Entity], set[str]],
    subjects_first: bool = False,
) -> Entity | None:
    """Most recent entity before ``pos`` that ``accept``s, mods preferred:
    never a mention inside the content being attributed ("the court said"
    after its quotation naming "The General Court"), and one inside quotes
    or reported content only when no other is.  ``subjects_first``: with
    no mods, a sentence subject or speaker within :data:`SUBJECT_REACH`
    characters before the latest mere mention wins ("the Court of Justice
    set aside a ruling of the lower General Court. … the court said")."""
    first: Entity | None = None
    quoted: Entity | None = None
    plain: Entity | None = None
    plain_at = 0
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in reversed(ds.events[:end]):
        entity = ev.entity
        if plain is not None and ev.start < plain_at - SUBJECT_REACH:
            return plain
        if ev.start in ds.content or not accept(entity):
            continue
        if ev.masked:
            quoted = quoted or entity
            continue
        if not mods and subjects_first and not (ev.subject or ev.speaker):
            if plain is None:
                plain, plain_at = entity, ev.start
            continue
        if not mods:
            return entity
        words = words_of(entity)
        if all(any(same_stem(m, w) for w in words) for m in mods):
            return entity
        if first is None:
            first = entity
    return plain or first or quoted


SUBJECT_REACH = 300
"""How far (characters) before a mere mention a subject still wins a
definite nominal (:func:`search_back`)."""


def search_role(ds: Discourse, pos: int, kinds: set[str]) -> Entity | None:
    """Latest speaker of a kind before ``pos``, else the latest subject;
    never one of a joint source's speakers ("Microsoft, Meta and Amazon
    said …  The company also said" is not Amazon)."""
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    subject: Entity | None = None
    for ev in reversed(ds.events[:end]):
        if ev.entity.kind not in kinds or ev.joint:
            continue
        if ev.speaker:
            return ev.entity
        if subject is None and ev.subject and not ev.masked:
            subject = ev.entity
    return subject


BODY_SPEAKER_CHARS = 1200
"""How far back (characters) "the agency" finds the body that spoke."""


def latest_body_speaker(ds: Discourse, pos: int) -> Entity | None:
    """The latest organisation that spoke within :data:`BODY_SPEAKER_CHARS`
    before ``pos`` (never one of a joint source's speakers, nor one inside
    quotes); ``None`` when none did."""
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in reversed(ds.events[:end]):
        if ev.start < pos - BODY_SPEAKER_CHARS:
            return None
        if ev.speaker and not (ev.joint or ev.masked) and ev.entity.kind == "org":
            return ev.entity
    return None


def resolve_pronoun(
    ix: DocIndex, ds: Discourse, tok: Token, content: Ranges
) -> SourceResult:
    word = tok.lower_
    if word in RELATIVE_PRONOUNS:
        return _resolve_relative(ix, tok)
    if word in PERSON_PRONOUNS:
        gender = PERSON_PRONOUNS[word]

        def compatible(e: Entity) -> bool:
            return e.kind == "person" and (e.gender is None or e.gender == gender)

    elif word in THING_PRONOUNS:

        def compatible(e: Entity) -> bool:
            return e.kind in THING_KINDS

    elif word in GROUP_PRONOUNS:

        def compatible(e: Entity) -> bool:
            return e.kind in GROUP_KINDS

    else:
        return SourceResult(None, RESOLVED_UNRESOLVED)
    entity = _salient(ds, tok.idx, compatible, content)
    if word in THING_PRONOUNS:
        entity = person_body_speaker(ix, ds, tok.idx, entity) or entity
    if word in PERSON_PRONOUNS:
        since = _latest_event(ds, tok.idx, entity)
        body = spokesperson_again(ds, tok.idx, PERSON_PRONOUNS[word], since)
        if body is not None:
            return SourceResult(body, RESOLVED_PRONOUN)
    if entity is None:
        nominal = NOMINAL_PRONOUNS.get(word)
        if nominal is not None:
            found = nominal_antecedent(ix, ds, tok, *nominal)
            if found is not None:
                return found
        return SourceResult(None, RESOLVED_UNRESOLVED)
    if word in PERSON_PRONOUNS and entity.gender is None:
        entity.gender = PERSON_PRONOUNS[word]
    return SourceResult(entity, RESOLVED_PRONOUN)


NOMINAL_REACH = 400
"""How far back (characters) a pronoun finds a nominal antecedent."""
NOMINAL_PHRASE_TOKENS = 8
"""The longest noun phrase taken as a nominal antecedent."""
NOMINAL_PRONOUNS: dict[str, tuple[frozenset[str], str]] = {
    "he": (ROLE_NOUNS, "person"),
    "she": (ROLE_NOUNS, "person"),
    "it": (ORG_NOUNS, "org"),
    "they": (ORG_NOUNS, "org"),
}
"""Subject pronouns that may go to an unnamed antecedent: the head nouns
it may have and the kind of entity it makes."""


def nominal_antecedent(
    ix: DocIndex, ds: Discourse, tok: Token, nouns: frozenset[str], kind: str
) -> SourceResult | None:
    """A pronoun with no named antecedent ("Mongolia's prime minister met
    investors.  He said ..."): the latest sentence subject before it, within
    :data:`NOMINAL_REACH` characters, headed by one of ``nouns`` (a role
    noun for "he"/"she", an organisation noun for "it"/"they") and naming
    nobody; the entity is that noun phrase."""
    doc = ix.doc
    for i in range(tok.i - 1, -1, -1):
        t = doc[i]
        if tok.idx - t.idx > NOMINAL_REACH:
            break
        if (
            t.lower_ not in nouns
            or t.dep_ not in {"nsubj", "nsubjpass"}
            or t.i in ix.token_mention
            or t.idx in ix.masked
            or t.i - t.left_edge.i > NOMINAL_PHRASE_TOKENS
        ):
            continue
        start, end = doc[t.left_edge.i].idx, t.idx + len(t.text)
        name = ix.text[start:end]
        key = f"nominal:{name.lower()}"
        entity = ds.entities.get(key)
        if entity is None:
            entity = ds.entities[key] = Entity(
                name=name, kind=kind, start=start, end=end
            )
        return SourceResult(entity, RESOLVED_PRONOUN, (start, end))
    return None


def _latest_event(ds: Discourse, pos: int, entity: Entity | None) -> int:
    """Where ``entity``'s latest occurrence before ``pos`` ends (-1 for
    none): a spokesperson's role inside a named source ("John Doe, the
    spokesman of the union,") came before that end, so the named spokesman,
    not the body, says the next "he said"."""
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in reversed(ds.events[:end]):
        if ev.entity is entity:
            return ev.end
    return -1


def _salient(
    ds: Discourse, pos: int, compatible: Callable[[Entity], bool], content: Ranges
) -> Entity | None:
    """The most salient compatible antecedent before ``pos``.

    The latest compatible speaker wins unless a compatible sentence subject
    of another entity (outside quotes and reported content) came after it
    and after its source (words inside "X, the spokesman of Y, said" are
    X's description);
    without a speaker: the latest subject, then the latest mention, then
    the latest mention inside quotes, then one close before in the content
    being attributed (:data:`INSIDE_REACH`).
    """
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    subject: Entity | None = None
    subject_at = -1
    plain: Entity | None = None
    quoted: Entity | None = None
    inside: Entity | None = None
    for ev in reversed(ds.events[:end]):
        if not compatible(ev.entity):
            continue
        if ev.start in content:
            if ev.start >= pos - INSIDE_REACH and (inside is None or ev.subject):
                inside = ev.entity  # its subject first ("Goma" is no one)
            continue
        if ev.speaker:
            if subject is not None and subject_at >= ev.end:
                return subject
            return ev.entity  # a subject inside the speaker's own source
        if ev.masked:
            quoted = quoted or ev.entity
        elif ev.subject:
            if subject is None:
                subject, subject_at = ev.entity, ev.start
        else:
            plain = plain or ev.entity
    return subject or plain or quoted or inside


INSIDE_REACH = 200
"""How far back (characters) a pronoun takes, as a last resort, a name
inside the content being attributed: a content cut too wide ("Rwandan
government spokesperson Yolande Makolo did not confirm …, but she told VOA
that …") holds the source's own antecedent."""


def _resolve_relative(ix: DocIndex, tok: Token) -> SourceResult:
    head = tok.head
    if head.dep_ in {"relcl", "acl"}:
        entity = mention_entity(ix, head.head)
        if entity is not None:
            return SourceResult(entity, RESOLVED_PRONOUN)
    return SourceResult(None, RESOLVED_UNRESOLVED)


SPOKES_GENDERS: dict[str, str | None] = {
    "spokesman": "m",
    "spokeswoman": "f",
    "spokesperson": None,
}
SPOKES_REACH = 400
"""How far back (characters) "she said" finds the spokeswoman who spoke."""


def spokesperson_again(
    ds: Discourse, pos: int, gender: str | None, since: int
) -> Entity | None:
    """The body a spokesperson spoke for, when that spokesperson is the
    latest compatible speaker before a "he"/"she" at ``pos`` ("A spokeswoman
    for the Treasury said …  '…,' she said"): spoken after ``since`` (the
    latest compatible person) and within :data:`SPOKES_REACH`; else ``None``."""
    found: Entity | None = None
    latest = since
    for noun, role in ds.role_speakers.items():
        if SPOKES_GENDERS.get(noun, "x") not in {gender, None}:
            continue
        if latest < role.seen_at < pos and pos - role.seen_at <= SPOKES_REACH:
            found, latest = role.entity, role.seen_at
    return found


BODY_SPEAKER_REACH = 400
"""How far back (characters) "it said" finds the body a person spoke through."""


def person_body_speaker(
    ix: DocIndex, ds: Discourse, pos: int, found: Entity | None
) -> Entity | None:
    """ "The press service of President X said …  It said …": the latest
    speaker before an "it" at ``pos``, within :data:`BODY_SPEAKER_REACH`,
    when its source is headed by an organisation noun but stood for a
    person, and ``found`` (the organisation "it" would otherwise get) occurs
    only before that source; else ``None``."""
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in reversed(ds.events[:end]):
        if ev.start < pos - BODY_SPEAKER_REACH:
            return None
        if ev.entity is found and not ev.masked:
            return None
        if not ev.speaker:
            continue
        if ev.entity.kind != "person":
            return None
        span = char_span(ix, ev.start, ev.end)
        if span is None or not len(span) or span.root.lower_ not in ORG_NOUNS:
            return None
        return ev.entity
    return None
