"""Speaker resolution: the subject chain and title agreement of a definite
nominal.

"The CDC said in a health advisory that …  The agency urged clinicians …":
a generic organisation noun that names no body in the text continues the
previous sentence's subject.  "The prime minister told MPs …" is never the
"shadow chancellor" who spoke last, whatever the salience: a person whose
titles name another office is no antecedent of a role nominal.
"""

from __future__ import annotations

import bisect
from collections.abc import Collection

from spacy.tokens import Span as SpacySpan

from whosaid.entities.lexicon import ROLE_NOUNS, ROLE_SYNONYMS
from whosaid.speakers.model import Discourse, DocIndex, Entity

CHAIN_HEADS: frozenset[str] = frozenset(
    {
        *("agency", "body", "group", "organisation", "organization"),
        *("company", "firm", "institution", "watchdog", "regulator"),
    }
)
"""Organisation nouns that say no kind of body ("the agency" is a health
agency as much as a news agency): they continue the previous sentence's
subject before any search by name."""

CHAIN_KINDS: frozenset[str] = frozenset({"org"})
"""Entity kinds a chained organisation noun stands for."""

OTHER_OFFICE_WORDS: frozenset[str] = frozenset({"shadow", "former"})
"""Title words that make another office of a role ("shadow chancellor" is not
the chancellor, the "former president" not the president): only a nominal
that says it too ("the shadow chancellor", "the former president") stands
for its holder."""


def other_office(mods: Collection[str]) -> frozenset[str]:
    """The other-office words a role nominal's modifiers do not say ("shadow"
    for "the chancellor", none for "the shadow chancellor")."""
    return OTHER_OFFICE_WORDS - {m.lower() for m in mods}


def previous_subject(
    ix: DocIndex, ds: Discourse, span: SpacySpan, kinds: Collection[str]
) -> Entity | None:
    """The entity of one of ``kinds`` that was the subject or speaker of the
    sentence right before ``span``'s, in the same paragraph and outside
    quotes: the latest such; ``None`` when there is none, a paragraph
    break comes between or the sentence had a joint source."""
    sent = span.sent
    if sent.start == 0:
        return None
    before = ix.doc[sent.start - 1].sent
    lo, hi = before.start_char, sent.start_char
    start = bisect.bisect_left(ds.events, lo, key=lambda ev: ev.start)
    end = bisect.bisect_left(ds.events, hi, key=lambda ev: ev.start)
    for ev in reversed(ds.events[start:end]):
        if ev.joint:
            return None  # "Microsoft, Meta and Amazon said": no one body
        if ev.masked or ev.entity.kind not in kinds or ev.entity.anonymous:
            continue
        if ev.subject or ev.speaker:
            if "\n" in ix.text[ev.end : span.start_char]:
                return None  # another paragraph
            return ev.entity
    return None


def holds_other_office(entity: Entity, head: str, mods: Collection[str] = ()) -> bool:
    """Whether a person's titles name an office other than the role noun
    ``head`` ("the prime minister" for the "shadow chancellor"): a role
    noun among the titles and none of them ``head`` or its synonyms, or an
    other-office word ("shadow") the nominal's ``mods`` do not say."""
    if entity.kind != "person":
        return False
    lowered = {m.lower() for m in mods}
    if entity.titles & (OTHER_OFFICE_WORDS - lowered):
        return True
    if "former" in lowered:
        return False  # "the former prime minister" now leads the opposition
    wanted = ROLE_SYNONYMS.get(head, frozenset({head}))
    roles = {t for t in entity.titles if t in ROLE_NOUNS}
    return bool(roles) and not roles & wanted
