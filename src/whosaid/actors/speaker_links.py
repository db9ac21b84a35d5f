"""Actors, step 5: every attribution's speaker linked to the actor holding
its antecedent mention; a source with no named antecedent becomes an actor
of its own when its words say enough."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Mapping, Sequence

from whosaid.actors.body_speakers import (
    body_head,
    place_ends_body_name,
    state_of_named_body,
    word_of_body_name,
)
from whosaid.actors.chains import build_chains
from whosaid.actors.group_nouns import group_phrase
from whosaid.actors.mentions import chain_mentions
from whosaid.actors.model import (
    ActorDraft,
    ActorIndex,
    ActorMention,
    ActorState,
)
from whosaid.actors.party_members import (
    member_word,
    modifies_word,
    party_as_modifier,
)
from whosaid.actors.speaker_names import (
    NAMED_BY_WORLD,
    POSSESSED_BODY_NOUNS,
    RESOLVED_UNRESOLVED,
    dateline_spans,
    evidence_phrase,
    fuller_name,
    own_words,
    possessed_team,
    speaker_for_actor,
    unlinked_speaker,
)
from whosaid.actors.speaker_phrases import (
    law_phrase,
    mention_narrows,
    name_inside_source,
    owner_by_name,
)
from whosaid.actors.state_surnames import person_for_state_surname
from whosaid.actors.terms import fold
from whosaid.entities.lexicon import ACTOR_PRONOUNS, ORG_NAME_WORDS, ORG_NOUNS
from whosaid.entities.names import (
    looks_like_person_name,
)
from whosaid.records import Actor, Attribution, Span, Speaker


def _find_actor(drafts: list[ActorDraft], start: int, end: int) -> ActorDraft | None:
    best: ActorDraft | None = None
    best_len = -1
    for d in drafts:
        for s, e in d.mentions:
            if s < end and start < e:
                overlap = min(e, end) - max(s, start)
                if overlap > best_len:
                    best, best_len = d, overlap
    return best


def link_speakers(
    drafts: list[ActorDraft], attributions: Sequence[Attribution]
) -> list[ActorDraft | None]:
    """The actor of each attribution's speaker: the one holding the mention
    the speaker stage chose (else an actor in the source itself); never by
    name, which would join what the speaker stage kept apart.
    The speaker stage alone resolves sources; this only finds their actor."""
    linked: list[ActorDraft | None] = []
    for a in attributions:
        sp = a.speaker
        target: ActorDraft | None = None
        if sp is not None and sp.name is not None and possessed_team(sp.name):
            linked.append(None)  # "the bank's board": no actor's, the bank's least
            continue
        if (
            sp is not None
            and sp.name is not None
            and (evidence_phrase(sp.name) or law_phrase(sp.name))
        ):
            linked.append(None)  # "court documents": the papers, not the court
            continue
        if sp is not None and sp.mention is not None:
            target = _find_actor(drafts, sp.mention.start, sp.mention.end)
            target = namesake(sp, target, drafts)
            if named_person(sp):  # "Luís Montenegro": no state's
                target = person_for_state_surname(sp.name or "", target, drafts)
            if target is not None and (
                party_as_modifier(target, sp.mention)
                or member_of_party(sp, target, a.source)
                or body_in_title(sp, target)
                or person_behind_body(sp, target)
                or person_linked_to_body(sp, target)
                or state_of_named_body(sp, target)
                or word_of_body_name(sp, target)
                or place_ends_body_name(sp, target)
            ):
                target = None  # "Charlie King, a prominent New York Democrat"
        if target is None:
            for src in a.source:
                if (
                    _holds(src, sp)
                    or name_inside_source(src, sp)
                    or _in_other_fragment(src, sp, a.source)
                ):
                    # the speaker stage chose its mention in this fragment
                    # and no actor holds it ("people close to the Clintons"),
                    # or in another one ("Indigenous leaders, who …")
                    continue
                target = _find_actor(drafts, src.start, src.end)
                if target is not None and (
                    state_of_named_body(sp, target) or place_ends_body_name(sp, target)
                ):
                    # the body the speaker stage named stands alone: no
                    # other actor of the source is the speaker
                    target = None
                    break
                if target is not None and party_as_modifier(target, src):
                    target = None
                if target is not None:
                    break
            if target is not None and (
                (named_person(sp) and (nameless(target) or target.type != "person"))
                or member_of_party(sp, target, a.source)
                or named_body(sp, target)
                or another_person(sp, target)
            ):
                # the speaker stage named a person ("the president" ->
                # Barack Obama): never the nameless "President" in the source,
                # nor the firm of "X, head of research at Y"
                target = None
            if target is not None and sp is not None and names_nameless(sp, target):
                # "the army chief" -> Waker-Uz-Zaman, whom no actor holds:
                # the body of title words is the one the stage named
                target.name = sp.name or target.name
        if target is None and a.source and a.source[0].text.startswith(","):
            # a source cut at the comma: ", an ocean conservation group,"
            # belongs to the name right before it
            target = _find_actor(drafts, a.source[0].start - 2, a.source[0].start)
        if target is not None and target.type == "place":
            target = None
        if target is not None:
            for src in a.source:
                if (
                    src.end > src.start
                    and not any(
                        s < src.end and src.start < e
                        for s, e in [*target.mentions, *_co_mentions(a)]
                    )
                    and not another_persons_words(drafts, target, src)
                ):
                    # a joint source ("Merz and Markus Söder") is no mention
                    # of its first speaker: the others' mentions are in it
                    target.mentions.append((src.start, src.end))
        linked.append(target)
    return linked


def another_persons_words(
    drafts: Sequence[ActorDraft], target: ActorDraft, src: Span
) -> bool:
    """Whether a source the speaker stage gave a person holds another
    person's mention ("his spokesman Stephane Dujarric" relaying Guterres):
    it is no mention of the speaker's, or the spokesman's later "Dujarric"
    would find the principal."""
    return target.type == "person" and any(
        d is not target
        and d.type == "person"
        and not nameless(d)  # "The minister" NER-less: the source's own words
        and any(s < src.end and src.start < e for s, e in d.mentions)
        for d in drafts
    )


def namesake(
    speaker: Speaker, target: ActorDraft | None, drafts: Sequence[ActorDraft]
) -> ActorDraft | None:
    """The actor of the person the speaker stage named when the actor
    holding its mention is another person of the same surname ("Duterte
    herself …, she said" is Sara Duterte's, though the actors stage gave the
    bare "Duterte" to Rodrigo Duterte, named last): the one actor with the
    speaker's full name, else ``target`` unchanged."""
    if target is None or target.type != "person" or not named_person(speaker):
        return target
    name = fold(speaker.name or "")
    have = fold(target.name)
    if len(name.split()) < 2 or len(have.split()) < 2 or name in have or have in name:
        return target
    if name.split()[-1] != have.split()[-1]:
        return target
    found = [d for d in drafts if d.type == "person" and fold(d.name) == name]
    return found[0] if len(found) == 1 else target


def body_in_title(speaker: Speaker, target: ActorDraft) -> bool:
    """Whether the speaker stage named a body whose mention is a word of a
    person's title ("Army" of "Chief of Army Staff Ashok Raj Sigdel" for
    "The army said"): the body speaks, never the titled person."""
    return (
        target.type == "person"
        and speaker.name is not None
        and body_head(speaker.name) in ORG_NOUNS
        and not looks_like_person_name(speaker.name)
    )


def named_body(speaker: Speaker | None, target: ActorDraft) -> bool:
    """Whether the speaker stage named a body ("Office of the Vice
    President") whose words hold the title of the person ``target`` is:
    the body speaks (:func:`body_in_title`)."""
    return (
        speaker is not None
        and speaker.resolved_by != RESOLVED_UNRESOLVED
        and body_in_title(speaker, target)
    )


def person_behind_body(speaker: Speaker | None, target: ActorDraft) -> bool:
    """Whether the speaker stage named a person whose name ends a body's
    actor NER glued it to ("National Assembly Omar Ayub Khan" for "Opposition
    Leader in the National Assembly Omar Ayub Khan"): the person speaks,
    never that body."""
    if not named_person(speaker) or target.type == "person" or speaker is None:
        return False
    name = (speaker.name or "").lower()
    full = target.name.lower()
    if not full.endswith(" " + name):
        return False
    # the words glued on end with a body's word ("Assembly"), never a
    # possessor ("Ukraine's Air Force" is the air force)
    glued = full[: -len(name)].split()
    return bool(glued) and glued[-1] in ORG_NAME_WORDS


def person_linked_to_body(speaker: Speaker | None, target: ActorDraft) -> bool:
    """Whether the speaker stage named a person whose mention the actors
    stage linked to a body of another name through a word inside the name
    ("Tata" of "Ratan Tata", NER's ORG, for the company "Tata Group"; "fan
    of the High Court" of "Linda Chan Ching-fan of the High Court"): the
    person speaks, never the body.  A body's mention that opens where the
    speaker's does is the body's own name ("Médecins Sans Frontières" for
    Doctors Without Borders, "Capitol Hill" of "Capitol Hill Republicans"),
    and a state or place, or a body whose name holds the speaker's ("Charles
    Schwab Corp"), keeps its mention."""
    if not named_person(speaker) or speaker is None or target.type in NAMED_BY_WORLD:
        return False
    mention = speaker.mention
    if mention is None:
        return False
    inside = [
        (s, e) for s, e in target.mentions if s < mention.end and mention.start < e
    ]
    if not inside or any(s <= mention.start for s, _ in inside):
        return False
    name, body = fold(speaker.name or ""), fold(target.name)
    return name not in body and body not in name


def member_of_party(
    speaker: Speaker | None, target: ActorDraft, sources: Sequence[Span] = ()
) -> bool:
    """Whether the speaker stage named a person whose source also names a
    party ("Charlie King, a prominent New York Democrat"): the person speaks,
    not the party (a party's own name, "African National Congress", is the
    party's)."""
    if target.type != "party" or not named_person(speaker) or speaker is None:
        return False
    name = speaker.name or ""
    if name.lower() == target.name.lower():
        return False
    # "Sierra Leone's opposition All People's Congress": a possessor, no member
    texts = [src.text for src in sources]
    if speaker.mention is not None:
        texts.append(speaker.mention.text)
    return not any(f"{name}{s}" in t for t in texts for s in ("'s", "’s"))


def _co_mentions(a: Attribution) -> list[tuple[int, int]]:
    return [(c.mention.start, c.mention.end) for c in a.co_speakers if c.mention]


def anonymous_speaker(speaker: Speaker | None) -> bool:
    """Whether the speaker stage found an anonymous source ("two sources
    familiar with the talks"): a mention but no name, unresolved.  Its actor
    (the body it works for, when the source names one) gives it a code, never
    a name."""
    return (
        speaker is not None
        and speaker.name is None
        and speaker.mention is not None
        and speaker.resolved_by == RESOLVED_UNRESOLVED
    )


def _holds(source: Span, speaker: Speaker | None) -> bool:
    """Whether the speaker stage left the speaker unresolved on a mention it
    narrowed inside ``source`` ("People" of "People close to the
    Clintons"): no actor of the source's other words is the speaker."""
    if speaker is None or speaker.resolved_by != RESOLVED_UNRESOLVED:
        return False
    return mention_narrows(source, speaker)


def _in_other_fragment(
    source: Span, speaker: Speaker | None, sources: Sequence[Span]
) -> bool:
    """Whether the speaker stage left the speaker unresolved on a mention in
    another fragment of the source than ``source`` ("Indigenous leaders" of
    "Indigenous leaders, | who had staged protests outside the prosecutor's
    office,"): no actor of this fragment is the speaker."""
    if speaker is None or speaker.resolved_by != RESOLVED_UNRESOLVED:
        return False
    m = speaker.mention
    return (
        m is not None
        and not (source.start <= m.start and m.end <= source.end)
        and any(s.start <= m.start and m.end <= s.end for s in sources)
    )


def named_person(speaker: Speaker | None) -> bool:
    """Whether the speaker stage resolved the source to a person's name."""
    return (
        speaker is not None
        and speaker.name is not None
        and speaker.resolved_by in NAMED_BY
        and looks_like_person_name(speaker.name)
    )


def another_person(speaker: Speaker | None, target: ActorDraft) -> bool:
    """Whether the person an actor found in the source is not the person the
    speaker stage named there: no word of their names in common
    ("Sajeeb Wazed Joy, Hasina's son," is Joy's, never Sheikh Hasina's)."""
    if not named_person(speaker) or target.type != "person" or speaker is None:
        return False
    words = {fold(w) for w in (speaker.name or "").split()}
    return not words & {fold(w) for w in target.name.split()}


OFFICE_CODE_TYPES: frozenset[str] = frozenset({"person", "government"})


def possessor_code(
    speaker: Speaker, source: Sequence[Span], actors: Sequence[Actor]
) -> Speaker:
    """An office or wing named by its possessor ("Gachagua's office", "the
    president's press wing") with the code of the person or government
    possessing it; any other speaker unchanged (a team, "Trump's lawyers",
    is no part of the possessor's office)."""
    name = speaker.name
    if name is None or speaker.code is not None or not possessed_team(name):
        return speaker
    if name.split()[-1] not in POSSESSED_BODY_NOUNS:
        return speaker
    for src in source:
        at = max(src.text.rfind("'s"), src.text.rfind("’s"), src.text.rfind("s'"))
        if at <= 0:
            continue
        end = src.start + at + (1 if src.text[at] == "s" else 0)
        for actor in actors:
            if (
                actor.type in OFFICE_CODE_TYPES
                and actor.code is not None
                and any(m.start < end <= m.end for m in actor.mentions)
            ):
                return dataclasses.replace(speaker, code=actor.code)
    if any(src.text.lower().startswith(("his ", "her ")) for src in source):
        # "His office" named "Tshisekedi's office": the person's code
        owner = owner_by_name(name, actors, OFFICE_CODE_TYPES)
        if owner is not None:
            return dataclasses.replace(speaker, code=owner.code)
    return speaker


def nameless(draft: ActorDraft) -> bool:
    """An actor made of title or body words only ("the president")."""
    return draft.key[:1] == ("body",)


def names_nameless(speaker: Speaker | None, target: ActorDraft) -> bool:
    """Whether the speaker stage resolved a nominal or pronoun source to a
    capitalised name that no actor holds while the actor of the source's
    own words is made of title or body words only ("Army chief" for "the
    army chief" -> "Waker-Uz-Zaman", "Department" for "the state health
    department" -> "Texas Department of State Health Services"): that
    actor is the one named."""
    return (
        speaker is not None
        and speaker.name is not None
        and speaker.resolved_by in {"nominal", "pronoun"}
        and speaker.name[:1].isupper()
        and nameless(target)
        and target.kb_id is None
    )


def in_dateline(speaker: Speaker, text: str) -> bool:
    m = speaker.mention
    return m is not None and any(
        s <= m.start and m.end <= e for s, e in dateline_spans(text)
    )


NAMED_BY: frozenset[str] = frozenset({"name", "appositive", "pronoun", "nominal"})
"""How a speaker was resolved when it names an entity of the speaker stage."""


def speaker_person(
    speaker: Speaker | None, text: str, short_names: Collection[str] = ()
) -> ActorDraft | None:
    """A person the speaker stage resolved a source to but no actor holds
    (NER saw "Ivanka" as a product where the actors stage looked; "AMLO",
    one of the people tables' ``short_names``, folded): an actor of their
    own, so every named speaker is an entity."""
    if speaker is None or speaker.name is None or speaker.mention is None:
        return None
    m = speaker.mention
    if speaker.resolved_by not in NAMED_BY:
        return None
    label = transcript_label(speaker.name, text)
    if (
        label is None
        and not looks_like_person_name(speaker.name)
        and fold(speaker.name) not in short_names
    ):
        return None
    if in_dateline(speaker, text) or m.end <= m.start:
        return None
    if label is not None:  # "SHAPIRO:" of "ARI SHAPIRO, HOST:"
        name, role = label
        return ActorDraft(
            key=("person", name.lower()),
            name=name,
            type="person",
            country=None,
            igo=None,
            sector="MED",
            code=None,
            roles=[role],
            mentions=[(m.start, m.end)],
            sources=["speaker", "transcript label"],
        )
    return ActorDraft(
        key=("person", speaker.name.lower()),
        name=speaker.name,
        type="person",
        country=None,
        igo=None,
        sector=None,
        code=None,
        mentions=[(m.start, m.end)],
        sources=["speaker"],
    )


TRANSCRIPT_MEDIA_ROLES: frozenset[str] = frozenset(
    {"host", "byline", "anchor", "correspondent", "reporter", "co-host"}
)
"""The roles of a broadcast transcript's speaker labels that make the speaker
the outlet's journalist (MED): "ARI SHAPIRO, HOST:", "NINA TOTENBERG,
BYLINE:"."""
_TRANSCRIPT_LABEL = re.compile(
    r"^(?P<name>[A-Z][A-Z.'’\- ]+?), (?P<role>[A-Z][A-Z\- ]+?)(?:,[^:\n]*)?:", re.M
)


def outlet_country(draft: ActorDraft, drafts: Sequence[ActorDraft]) -> None:
    """A transcript's journalist (:func:`transcript_label`) takes the country
    of the article's media outlets when they all share one (NPR's host is
    USA's): in place."""
    if draft.country is not None or "transcript label" not in draft.sources:
        return
    countries = {d.country for d in drafts if d.type == "media" and d.country}
    if len(countries) == 1:
        draft.country = countries.pop()


def transcript_label(name: str, text: str) -> tuple[str, str] | None:
    """The full name and role a broadcast transcript's label gives a
    speaker named in capitals ("SHAPIRO" -> ("Ari Shapiro", "host") from
    "ARI SHAPIRO, HOST:"), when the role is a journalist's; else ``None``."""
    if not name.isupper():
        return None
    for m in _TRANSCRIPT_LABEL.finditer(text):
        full, role = m.group("name").strip(), m.group("role").strip().lower()
        if role not in TRANSCRIPT_MEDIA_ROLES:
            continue
        if full == name or full.endswith(" " + name):
            return full.title(), role
    return None


def source_actor(ix: ActorIndex, st: ActorState, a: Attribution) -> ActorDraft | None:
    src = a.source[0]
    span = ix.doc.char_span(src.start, src.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if all(t.lower_ in ACTOR_PRONOUNS for t in span if not t.is_punct):
        return None
    said = a.speaker.name if a.speaker is not None else None
    if (
        evidence_phrase(said or "")
        or evidence_phrase(" ".join(src.text.split()))
        or law_phrase(said or "")
    ):
        return None  # "according to court documents": the papers, no court
    hits = [h for h in st.all_hits if span.start <= h.i and h.j <= span.end]
    mention = a.speaker.mention if a.speaker is not None else None
    if mention is not None and (
        _holds(src, a.speaker) or name_inside_source(src, a.speaker)
    ):
        # the speaker stage's mention inside the source: only what overlaps
        # it ("adviser" of "an adviser to Mrs. Clinton" is not Mrs. Clinton)
        hits = [
            h
            for h in hits
            if ix.doc[h.i].idx < mention.end
            and mention.start < ix.doc[h.j - 1].idx + len(ix.doc[h.j - 1].text)
        ]
    if not hits:
        return None
    saved = st.mentions
    st.mentions = list(saved)
    mentions: list[ActorMention] = []
    for chain in build_chains(ix, hits):
        mentions.extend(chain_mentions(ix, st, chain))
    st.mentions = saved
    mentions = [m for m in mentions if m.type != "place"]
    if not mentions:
        return None
    m = max(mentions, key=lambda m: m.end - m.start)
    if m.country is None and m.igo is None and m.sector is None:
        return None
    if m.type == "party" and (
        modifies_word(src.text[m.end - src.start :])
        or (m.end >= src.end and member_word(src.text))
    ):
        return None  # "two Democratic speechwriters": members, not the party
    name = " ".join(src.text.split())
    words = name.split()
    if words and words[0].lower() in {"the", "a", "an"}:
        name = " ".join(words[1:])
    if m.type != "person" or not looks_like_person_name(name):
        phrase = own_words(a.speaker)
        fuller = fuller_name(m.name, phrase) if phrase is not None else None
        name = fuller or group_phrase(name, m.name) or m.name
        # "railway ministry", never its "Ministry"; "Le Pen's lawyers"
    return ActorDraft(
        key=m.key,
        name=name,
        type=m.type,
        country=m.country,
        igo=m.igo,
        sector=m.sector,
        code=m.code,
        roles=list(m.roles),
        mentions=[(src.start, src.end)],
        sources=[m.source or "rules"],
    )


def link_co_speakers(
    attribution: Attribution,
    drafts: Sequence[ActorDraft],
    ids: Mapping[int, str],
    by_id: dict[str, Actor],
    *,
    places: Sequence[Actor],
    things: Sequence[tuple[int, int]],
) -> Attribution:
    """A joint source's further speakers linked to the actors holding their
    mentions (``by_id`` takes the actors with any mention added); a
    co-speaker no actor holds goes through :func:`unlinked_speaker`."""
    if not attribution.co_speakers:
        return attribution
    linked: list[Speaker] = []
    for co in attribution.co_speakers:
        draft = (
            _find_actor(list(drafts), co.mention.start, co.mention.end)
            if co.mention is not None
            else None
        )
        aid = None
        if draft is not None and draft.type != "place":
            aid = ids.get(id(draft))
        if aid is None:
            linked.append(unlinked_speaker(co, places=places, things=things))
            continue
        speaker, actor = speaker_for_actor(co, by_id[aid])
        by_id[actor.id] = actor
        linked.append(speaker)
    return dataclasses.replace(attribution, co_speakers=tuple(linked))
