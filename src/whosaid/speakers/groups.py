"""Speaker resolution: sources that stand for a person or body through a
group, an age or an office: "analysts at Goldman Sachs" (the body), "the
Wisconsin Republican" (a person of a group), "the 74-year-old" (a person
described by age), "his office" (the person)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import DEFINITE_DETS, ORG_NOUNS, TEAM_NOUNS
from whosaid.entities.names import Ranges, name_words, surname_keys
from whosaid.speakers.model import (
    RESOLVED_APPOSITIVE,
    RESOLVED_NOMINAL,
    RESOLVED_UNRESOLVED,
    WINDOW_TOKENS,
    Discourse,
    DocIndex,
    Entity,
    MentionRef,
    RoleSpeaker,
    SourceResult,
    char_span,
    token_range,
    top_token,
)
from whosaid.speakers.salience import latest_person, resolve_pronoun

AGE_DESCRIPTION = re.compile(
    r"^(?:the|The)\s+\d{1,3}[- ]year[- ]old(?:\s+(?:and\s+)?[a-z][\w'-]*)*$"
)
"""A definite source that describes a person by age and lower-case words
alone ("the 74-year-old", "The 65-year-old sociologist and former
diplomat"): an epithet of someone named before, never a new person."""

MEMBER_PREPS: frozenset[str] = frozenset({"at", "for", "of", "from", "with"})


def members_of(
    ix: DocIndex, span: SpacySpan, root: Token, inner: Sequence[MentionRef]
) -> SourceResult | None:
    """ "Analysts at Goldman Sachs", "officials at the Pentagon", "lawyers for
    the company": people speaking for an organisation named after a
    preposition are that organisation (as event coders code them)."""
    if root.tag_ != "NNS" or root.i in ix.token_mention:
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ not in MEMBER_PREPS:
            continue
        below = {t.i for t in prep.subtree}
        for m in inner:
            if m.entity.kind != "org":
                continue
            if all(i in below for i in token_range(ix.doc, m.start, m.end)):
                return SourceResult(m.entity, RESOLVED_APPOSITIVE, (m.start, m.end))
    return None


def plural_name(word: str) -> bool:
    """A group's name in the plural ("Greens", "Democrats", tagged NNP as
    often as NNPS): its members, never one person of them."""
    return word[:1].isupper() and word.endswith("s") and not word.endswith("ss")


def group_member(
    ix: DocIndex, ds: Discourse, span: SpacySpan, root: Token
) -> SourceResult | None:
    """A definite singular whose head is a group's name ("the Wisconsin
    Republican", "the Democrat") is one person of that group: the latest
    person before it who spoke or was a subject ("Sen. X voted against
    it.  The Massachusetts Democrat said"), else no one -- never a speaker
    named "Republican"."""
    mention = ix.token_mention.get(root.i)
    if (
        mention is None
        or mention.entity.kind != "norp"
        or root.tag_ not in {"NNP", "NN"}
        or plural_name(root.text)
        or not any(t.lower_ in DEFINITE_DETS and t.i < root.i for t in span)
    ):
        return None
    entity = latest_person(ds, span.start_char)
    if entity is None:
        return SourceResult(None, RESOLVED_UNRESOLVED)
    return SourceResult(entity, RESOLVED_NOMINAL)


def age_described(ds: Discourse, span: SpacySpan) -> SourceResult | None:
    """ "…," the 74-year-old said, "The 65-year-old sociologist, who won …,
    said": the person just named or speaking (a relative clause after the
    comma changes nothing); ``None`` for any other source."""
    if not AGE_DESCRIPTION.match(span.text.split(",")[0].strip()):
        return None
    if span.root.lower_ in ORG_NOUNS:
        return None  # "The 158-year-old investment bank" is a body
    aged = latest_person(ds, span.start_char)
    return None if aged is None else SourceResult(aged, RESOLVED_NOMINAL)


PERSON_POSSESSIVES: frozenset[str] = frozenset({"his", "her"})
OFFICE_NOUNS: frozenset[str] = frozenset({"office"})
"""A person's office is a body of its own, named by its possessor ("his
office said" -> "Aurelio Vance's office", "Gachagua's office"): annotators
name the office, and a person's name is not who spoke."""
WING_NOUNS: frozenset[str] = frozenset({"wing"})
"""A body's part that speaks for it under its possessor ("the president's
press wing")."""


def office_holder(ix: DocIndex, ds: Discourse, head: Token) -> SourceResult | None:
    """The office a person's name or pronoun possesses ("his office",
    "Ruto's office"), a body of its own (:func:`possessor_team`); ``None``
    for any other head ("the prime minister's office" is left to the nominal
    rules)."""
    if head.lower_ not in OFFICE_NOUNS:
        return None
    return possessor_team(ix, ds, head)


def office_person(ix: DocIndex, ds: Discourse, head: Token) -> SourceResult | None:
    """The person whose office issued a document ("a statement from her
    office", "a statement from Ruto's office"): the possessor when it is a
    person's name or a personal pronoun, else ``None``."""
    if head.lower_ not in OFFICE_NOUNS:
        return None
    for child in head.children:
        if child.dep_ != "poss":
            continue
        found = ix.token_mention.get(child.i)
        if found is not None and found.entity.kind == "person":
            return SourceResult(found.entity, RESOLVED_NOMINAL)
        if child.lower_ in PERSON_POSSESSIVES:
            result = resolve_pronoun(ix, ds, child, Ranges(()))
            if result.entity is not None and result.entity.kind == "person":
                return SourceResult(result.entity, RESOLVED_NOMINAL)
    return None


def _office_possessor(ix: DocIndex, head: Token, poss: Token) -> bool:
    """Whether an office's or a wing's possessor makes it a body of its
    own: a person's name or pronoun, or a plural ("prosecutors' office");
    any possessor of a wing ("the president's press wing")."""
    if head.lower_ in WING_NOUNS:
        return True
    if poss.tag_ == "NNS" or poss.lower_ in PERSON_POSSESSIVES:
        return True
    found = ix.token_mention.get(poss.i)
    return found is not None and found.entity.kind == "person"


COUNTERPART_NOUNS: frozenset[str] = frozenset({"counterpart"})
COUNTERPART_REACH = 1500
"""How far back (characters) a counterpart is looked for."""


def counterpart(ix: DocIndex, ds: Discourse, head: Token) -> SourceResult | None:
    """The person a possessor's counterpart is ("his American counterpart
    said", "Wang's counterpart"): the latest person before, within
    :data:`COUNTERPART_REACH` characters, who is not the possessor (the
    other side of the meeting); unresolved when none is, never the place
    of the nationality word ("American")."""
    if head.lower_ not in COUNTERPART_NOUNS or named_in_apposition(ix, head):
        return None  # "his counterpart Zoran Zaev": the name speaks
    possessor: Entity | None = None
    for child in head.children:
        if child.dep_ != "poss":
            continue
        found = ix.token_mention.get(child.i)
        if found is not None:
            possessor = found.entity
        elif child.lower_ in PERSON_POSSESSIVES:
            possessor = resolve_pronoun(ix, ds, child, Ranges(())).entity
    end = bisect.bisect_left(ds.events, head.idx, key=lambda ev: ev.start)
    for ev in reversed(ds.events[:end]):
        if ev.start < head.idx - COUNTERPART_REACH:
            break
        entity = ev.entity
        if (
            entity.kind == "person"
            and entity is not possessor
            and not ev.masked
            and len(name_words(entity.name)) >= 2  # no "Azerbaijani" of NER's
        ):
            return SourceResult(entity, RESOLVED_NOMINAL)
    mention = (head.idx, head.idx + len(head.text))
    return SourceResult(None, RESOLVED_UNRESOLVED, mention)


def named_in_apposition(ix: DocIndex, head: Token) -> bool:
    """Whether a person's name follows a role noun as its appositive ("his
    Macedonian counterpart Zoran Zaev")."""
    return any(
        c.dep_ == "appos"
        and c.i > head.i
        and (found := ix.token_mention.get(c.i)) is not None
        and found.entity.kind == "person"
        for c in head.children
    )


def possessor_team(ix: DocIndex, ds: Discourse, head: Token) -> SourceResult | None:
    """A team, defence or board named by its possessor ("Bolsonaro's
    defense said", "the bank's board"): a body of its own, named by the
    phrase without its article, its mention the head noun; ``None`` for any
    other head (:data:`whosaid.entities.lexicon.TEAM_NOUNS`)."""
    if head.tag_ not in {"NN", "NNS"}:
        return None
    poss = next((c for c in head.children if c.dep_ == "poss"), None)
    if poss is None:
        return None
    if head.lower_ not in TEAM_NOUNS and not (
        head.lower_ in OFFICE_NOUNS | WING_NOUNS and _office_possessor(ix, head, poss)
    ):
        return None  # "the prime minister's office" is left to the nominal rules
    end = head.idx + len(head.text)
    if poss.lower_ in PERSON_POSSESSIVES:
        # "his campaign": the campaign of the person the pronoun is
        owner = resolve_pronoun(ix, ds, poss, Ranges(())).entity
        if owner is None or owner.kind != "person":
            return None
        name = f"{short_name(ix.text, owner.name)}'s {head.text}"
    else:
        first = poss.left_edge
        if first.lower_ in DEFINITE_DETS or first.lower_ in {"a", "an"}:
            first = ix.doc[first.i + 1]
        if first.i > poss.i:
            return None
        name = ix.text[first.idx : end]
    start = head.idx
    key = f"thing:{name.lower()}"
    entity = ds.entities.get(key)
    if entity is None:
        entity = Entity(name=name, kind="org", start=start, end=end)
        entity.titles.add(head.lower_)
        ds.entities[key] = entity
    # unresolved on the head noun: no stage links the possessor
    return SourceResult(entity, RESOLVED_UNRESOLVED, (start, end))


LOCATIVE_PREPS: frozenset[str] = frozenset({"in", "across", "around"})
PLACE_LINK_DEPS: frozenset[str] = frozenset({"conj", "nmod", "compound", "appos"})


def located_in(ix: DocIndex, mention: MentionRef, root: Token) -> bool:
    """Whether a name only says where the source is ("police officials in
    Punjab and Khyber Pakhtunkhwa"): the object of "in" on the head, or a
    conjunct of it -- a place, whatever NER called it."""
    if root.i in ix.token_mention:
        return False
    tok = top_token(ix.doc, mention)
    if _after_its_place(ix, mention, tok):
        return False
    for _ in range(WINDOW_TOKENS):
        if tok.dep_ == "pobj":
            prep = tok.head
            return prep.lower_ in LOCATIVE_PREPS and prep.head.i == root.i
        if tok.dep_ not in PLACE_LINK_DEPS or tok.head.i == tok.i:
            return False
        tok = tok.head  # "Punjab and Khyber Pakhtunkhwa", however parsed
    return False


def place_named_body(ix: DocIndex, root: Token, inner: Sequence[MentionRef]) -> bool:
    """Whether a source is a local body named by a place and its own common
    nouns ("the Paris police prefecture"): every name in it is a place NER
    tagged (a word, never "M23", nor a body world knowledge knows), hung as
    a compound on the lower-case head; the body speaks, never the place."""
    if not inner or root.tag_ != "NN" or not root.is_lower:
        return False
    for mention in inner:
        tok = top_token(ix.doc, mention)
        if tok.ent_type_ != "GPE" or tok.dep_ != "compound" or not tok.is_alpha:
            return False  # "The M23 rebel group": a group NER called a place
        if ix.kind_of is not None and ix.kind_of(mention.entity.name) not in {
            None,
            "state",
        }:
            return False
        if not any(a.i == root.i for a in tok.ancestors):
            return False
    return True


def _after_its_place(ix: DocIndex, mention: MentionRef, top: Token) -> bool:
    """A person's name the parser hung below the place or body a role is in
    ("Opposition Leader in the National Assembly Omar Ayub Khan": the name
    is the object of "in", with "National Assembly" on it): the role's
    holder, named after the place, not the place."""
    if mention.entity.kind != "person" or top.dep_ != "pobj":
        return False
    first = char_span(ix, mention.start, mention.end)
    if first is None or not len(first):
        return False
    return any(
        t.i < first.start and t.dep_ != "det" and t.text[:1].isupper()
        for t in top.subtree
    )


SPOKES_NOUNS: frozenset[str] = frozenset({"spokesman", "spokeswoman", "spokesperson"})
BODY_SPOKES_CHARS = 600
"""How far back (characters) "a court spokesperson" finds its court."""


def body_spokesperson(ds: Discourse, root: Token) -> SourceResult | None:
    """ "The Constitutional Court had ruled …, a court spokesperson said": a
    spokesperson named only by a lower-case body noun ("court", "ministry")
    speaks for the latest body with that noun in its name within
    :data:`BODY_SPOKES_CHARS` before it, even one named in the words
    attributed; ``None`` for any other source."""
    if root.lower_ not in SPOKES_NOUNS:
        return None
    bodies = [
        c.lower_
        for c in root.children
        if c.dep_ == "compound" and c.is_lower and c.lower_ in ORG_NOUNS
    ]
    if len(bodies) != 1:
        return None
    pos = root.idx
    end = bisect.bisect_left(ds.events, pos, key=lambda ev: ev.start)
    for ev in reversed(ds.events[:end]):
        if ev.start < pos - BODY_SPOKES_CHARS:
            break
        entity = ev.entity
        if entity.kind == "org" and any(
            w.lower() == bodies[0] for w in name_words(entity.name)
        ):
            return SourceResult(entity, RESOLVED_NOMINAL)
    return None


def possessed_role(ix: DocIndex, span: SpacySpan) -> tuple[int, int] | None:
    """The role words of an unnamed office holder a body possesses ("presiding
    officer" of "the Bundestag's presiding officer"): the holder is named by
    the phrase, not by the body (the holder is no spokesperson of it);
    ``None`` when no named body possesses the role, it is a spokesperson, or
    words follow the role ("the party's floor leader, Han Do-yun,")."""
    root = span.root
    words = [t for t in span if not (t.is_punct or t.is_space)]
    if root.lower_ in SPOKES_NOUNS or not root.is_lower or words[-1].i != root.i:
        return None
    poss = [c for c in root.children if c.dep_ == "poss"]
    if len(poss) != 1:
        return None
    owner = ix.token_mention.get(poss[0].i)
    if owner is None or owner.entity.kind != "org":
        return None
    first = poss[0].right_edge.i + 1
    if first > root.i:
        return None
    return ix.doc[first].idx, root.idx + len(root.text)


def members_of_several(ix: DocIndex, span: SpacySpan, named: list[MentionRef]) -> bool:
    """Whether every name comes after "from" on a plural common noun that
    opens the source ("Several lawmakers *from the AfD, the Left party and
    the FDP*"): the members speak, as one group, not the bodies they come
    from (read from the preposition's head alone: the parser often breaks
    such a list; "Residents from Salford and Eccles" are residents).  Never
    "of" ("the governments of Mali, Burkina Faso and Niger" are the states,
    "the leaders of the committee, Rep. X and Rep. Y" the two)."""
    prep = next(
        (
            t
            for t in span
            if t.dep_ == "prep"
            and t.lower_ == "from"
            and t.head.i < t.i
            and t.head.i >= span.start
            and t.head.tag_ == "NNS"
            and (t.head.is_lower or t.head.i == span.start)  # "Residents from"
            and t.head.i not in ix.token_mention
        ),
        None,
    )
    return prep is not None and all(m.start > prep.idx for m in named)


NAME_NOUNS: frozenset[str] = frozenset({"name", "surname"})


def name_given_as(ix: DocIndex, ds: Discourse, root: Token) -> SourceResult | None:
    """ "the woman, who gave her name only as Sato": a person who named
    herself in a relative clause is that name (a person of her own, however
    NER labelled the word); ``None`` for any other source."""
    for clause in root.children:
        if clause.dep_ != "relcl":
            continue
        named = any(
            c.dep_ == "dobj" and c.lower_ in NAME_NOUNS for c in clause.children
        )
        for prep in clause.children:
            if not named or prep.dep_ != "prep" or prep.lower_ != "as":
                continue
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN":
                    first = min(
                        (c.i for c in obj.children if c.dep_ == "compound"),
                        default=obj.i,
                    )
                    start, end = ix.doc[first].idx, obj.idx + len(obj.text)
                    name = ix.text[start:end]
                    entity = ds.entities.setdefault(
                        f"named:{name.lower()}",
                        Entity(name=name, kind="person", start=start, end=end),
                    )
                    return SourceResult(entity, RESOLVED_APPOSITIVE, (start, end))
    return None


def remember_spokesperson(ds: Discourse, span: SpacySpan, body: Entity) -> None:
    """Note that a spokesperson's source ("A spokeswoman for the Treasury",
    "a Treasury spokesman") stood for ``body``: a later "she said" is the
    spokesperson again, so the body's (:func:`spokesperson_again`)."""
    root = span.root
    if root.lower_ in SPOKES_NOUNS:
        ds.role_speakers[root.lower_] = RoleSpeaker(body, span.start_char)


def short_name(text: str, name: str) -> str:
    """The one-word (or particle) name the article itself calls a person by
    ("Tshisekedi" for "Felix Tshisekedi", "Xi" for "Xi Jinping", "Le Pen"):
    the first of :func:`surname_keys` written on its own in ``text`` beyond
    the full name; the full name when the article never shortens it."""
    keys = sorted(surname_keys(name), key=lambda k: -len(k.split()))
    for key in keys:
        form = next((w for w in _key_forms(name) if w.lower() == key), None)
        if form is None:
            continue
        alone = len(re.findall(rf"\b{re.escape(form)}\b", text))
        if alone > text.count(name):
            return form
    return name


def _key_forms(name: str) -> list[str]:
    """The words and particle runs of a name as written ("Le Pen")."""
    words = name_words(name)
    return [*words, *(" ".join(words[k:]) for k in range(1, len(words) - 1))]
