"""Speakers: what kind of thing a raw name mention names (a person, a body,
a place), NER's label mended by the words around it and world knowledge."""

from __future__ import annotations

from whosaid.entities.lexicon import (
    FEMALE_NAMES,
    GIVEN_NAMES,
    MALE_NAMES,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    ROLE_NOUNS,
    TITLES,
)
from whosaid.entities.names import (
    looks_like_person_name,
    name_words,
    next_word,
    not_a_person_name,
    shouted_person,
)
from whosaid.speakers.kinds import hometown, known_body, named_after_org_noun
from whosaid.speakers.model import (
    DocIndex,
    RawMention,
    char_span,
)
from whosaid.speakers.name_bounds import (
    appositive_body,
    appositive_of_role,
    role_appositive_before,
)
from whosaid.speakers.person_appositives import (
    aged_before,
    described_person,
)
from whosaid.speakers.titles import left_window


def names_a_thing(ix: DocIndex, raw: RawMention, surnames: set[str]) -> bool:
    """Whether a person-like name world knowledge does not know names a
    thing or is a headline fragment (see
    :func:`whosaid.entities.names.not_a_person_name`)."""
    if ix.known is not None and ix.known(raw.name):
        return False
    span = char_span(ix, raw.start, raw.end)
    toks = list(span) if span is not None else []
    words = [t.text for t in toks] or name_words(raw.name)
    return not_a_person_name(words, [t.tag_ for t in toks], surnames)


def _state_named_as_person(ix: DocIndex, name: str, person_names: set[str]) -> bool:
    """A PERSON the knowledge knows as a state, when no person in the article
    has it for a surname ("Jordan" after "Jim Jordan" stays a person)."""
    if ix.kind_of is None or ix.kind_of(name) != "state":
        return False
    low = name.lower()
    return not any(n.endswith(" " + low) for n in person_names)


def mention_kind(ix: DocIndex, raw: RawMention, person_names: set[str]) -> str:
    """What a raw mention names: "person", "org", "gpe", "norp" or "fac",
    NER's label mended by the text around it and world knowledge."""
    if shouted_person(ix.text, raw.start, raw.end, raw.name):
        return "person"  # "ARI SHAPIRO, HOST:", whatever NER made of it
    words = [w.lower().strip(".,") for w in name_words(raw.name)]
    has_org_word = any(w in ORG_NAME_WORDS for w in words)
    following = next_word(ix.text, raw.end)
    if following in ORG_NOUNS and following.islower():
        return "org"
    if raw.label == "PERSON":
        if _state_named_as_person(ix, raw.name, person_names) or hometown(ix, raw):
            return "gpe"  # NER's PERSON "Burkina Faso", "Niger", "Everett"
        if raw.name.lower() not in person_names - {raw.name.lower()} and (
            appositive_body(ix, raw.start, raw.end)
        ):
            return "org"  # "Kayhan, a hardline daily,"
        return "org" if has_org_word else "person"
    if known_body(ix, raw) or named_after_org_noun(ix, raw):
        # NER's GPE "Nvidia": a company world knowledge knows; "The business
        # association Confiep"
        return "org"
    if raw.label in {"ORG", "GPE", "FAC"} and looks_like_person_name(raw.name):
        if raw.name.lower() in person_names:
            return "person"
        if words[0] in FEMALE_NAMES or words[0] in MALE_NAMES:
            return "person"
        if raw.label != "GPE" and words[0] in GIVEN_NAMES:
            return "person"  # NER's ORG "Nadia Fahmy" (places keep the lists)
        if raw.label != "GPE" and words[-1] in person_names:
            return "person"  # FAC "Raila Odinga" beside PERSON "Odinga"
        if (
            _role_before(ix, raw.start)
            or aged_before(ix.text, raw.start)
            or role_appositive_before(ix, raw.start)
            or appositive_of_role(ix, raw.start, raw.end)
        ):
            return "person"
    if described_person(ix, raw, words):
        return "person"  # "Nino Beridze, a 41-year-old teacher," (NER's FAC)
    return {"ORG": "org", "GPE": "gpe", "NORP": "norp", "FAC": "fac"}.get(
        raw.label, "org"
    )


def _role_before(ix: DocIndex, start: int) -> bool:
    """A role or title word right before a name, in its own title chain: a
    window that reaches past another person's name is that person's ("the
    White House" of "President Joe Biden at the White House" is no one)."""
    span = char_span(ix, start, start + 1)
    if span is None:
        return False
    for t in left_window(ix, span[0].i):
        if t.ent_type_ == "PERSON":
            return False
        if t.lower_.rstrip(".") in ROLE_NOUNS or t.lower_.rstrip(".") in TITLES:
            return True
    return False
