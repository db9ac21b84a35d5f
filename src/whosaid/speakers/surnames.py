"""Speaker resolution: lone surnames (and nicknames) of the article's full
names.

"Hicks, a Trump spokeswoman" after "Hope Hicks": a capitalised word that is
the surname key of a full personal name in the article joins that person,
whether or not NER tagged it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from whosaid.entities.lexicon import NAME_PARTICLES
from whosaid.entities.names import (
    by_honorific,
    by_reflexive,
    gender_of_first_name,
    nearest_full_name,
    normal_case,
    surname_keys,
)
from whosaid.nlp.view import doc_view
from whosaid.speakers.model import (
    SUBJECT_DEPS,
    Discourse,
    DocIndex,
    Entity,
    Event,
    MentionRef,
    RawMention,
    char_span,
    main_clause_subject,
)
from whosaid.speakers.titles import learn_titles


def index_keys(raw: RawMention) -> tuple[str, ...]:
    """The keys a full personal name completes shorter names under
    (:func:`whosaid.entities.names.surname_keys`).  A name in a caption or
    page leftover completes a lone surname ("Pelosi" after the caption's
    "Nancy Pelosi") but never a two-word name, which is already full: the
    topic line "RBI Policy Sanjay Malhotra" (NER's "Policy Sanjay
    Malhotra") must not rename the body's "Sanjay Malhotra"."""
    keys = surname_keys(raw.name)
    if raw.excluded:
        return tuple(k for k in keys if " " not in k)
    return keys


def surname_as_subject(ix: DocIndex, raw: RawMention) -> bool:
    """Whether a one-word name NER called a place acts as a person: the
    subject of a clause ("Kamikawa said", after "Yoko Kamikawa") and no
    state world knowledge knows ("Jordan said" stays the kingdom)."""
    if ix.kind_of is None or ix.kind_of(raw.name) is not None:
        return False
    span = char_span(ix, raw.start, raw.end)
    return span is not None and len(span) == 1 and span[0].dep_ in SUBJECT_DEPS


def surname_mentions(
    ix: DocIndex,
    ds: Discourse,
    full_index: dict[str, list[tuple[int, str]]],
    nicknames: frozenset[str] = frozenset(),
) -> None:
    """Lone surnames NER missed ("Hicks, a Trump spokeswoman"), and
    ``nicknames`` (lower-cased keys of ``full_index``): a nickname's word is
    a mention of its own ("Jokowi"), which no other actor's name holds."""
    view = doc_view(ix.doc)
    lower = view.lower(ix.doc)
    for i in view.with_pos(ix.doc, ("PROPN", "NOUN", "ADJ", "X", "DET", "ADP")):
        if i in ix.token_mention:
            continue
        n = _surname_length(lower, i, full_index)
        if not n:
            continue
        tok = ix.doc[i]
        if not tok.text[:1].isupper() or tok.idx in ix.exclude:
            continue
        if any(k in ix.token_mention for k in range(i, i + n)):
            continue
        key = " ".join(lower[i : i + n])
        last = ix.doc[i + n - 1]
        fitting = by_reflexive(ix.text, last.idx + len(last.text), key, full_index)
        fitting = by_honorific(ix.text, tok.idx, key, fitting)  # "Mr. Trump"
        full = nearest_full_name(key, tok.idx, fitting, ix.known)
        if full is None:
            continue
        last = ix.doc[i + n - 1]
        end = last.idx + len(last.text)
        entity = ds.entities.get(f"person:{full.lower()}")
        if entity is None:
            # the full name is only in a caption: the body's first mention
            shown = normal_case(full, ix.text)
            entity = Entity(name=shown, kind="person", start=tok.idx, end=end)
            entity.gender = gender_of_first_name(full)
            ds.entities[f"person:{full.lower()}"] = entity
        for k in range(i, i + n):
            ix.token_mention[k] = MentionRef(entity, tok.idx, end)
        if key in nicknames:
            bisect.insort(entity.mentions, (tok.idx, end))
        learn_titles(ix, entity, ix.doc[i : i + n])  # "Justice de Moraes"
        ds.events.append(
            Event(
                start=tok.idx,
                end=end,
                entity=entity,
                subject=main_clause_subject(tok),
                speaker=False,
                masked=tok.idx in ix.masked,
            )
        )


def _surname_length(
    lower: Sequence[str], i: int, full_index: dict[str, list[tuple[int, str]]]
) -> int:
    """Tokens of a known surname starting at ``i``: 1 ("Hicks"), or a
    surname with particles ("Le Pen", "von der Leyen"); 0 when none."""
    if lower[i] in NAME_PARTICLES:
        for n in (3, 2):
            if " ".join(lower[i : i + n]) in full_index:
                return n
        return 0
    return 1 if lower[i] in full_index else 0


LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|near|outside|into|across)\s+([A-Z][\w'’-]*)\b(?![\w'’-]|\s+[A-Z])"
)
"""A capitalised word alone after a preposition of place ("in Goma")."""


def placed_words(text: str) -> frozenset[str]:
    """Lower-cased one-word names the text puts after a preposition of place
    ("fighting in Goma", "troops near Kupiansk"): places, whatever NER
    called them; never a word followed by another capitalised one ("in
    Nancy Pelosi's office") nor a possessive ("in Biden's plan")."""
    return frozenset(m.group(1).lower() for m in LOCATIVE_BEFORE.finditer(text))
