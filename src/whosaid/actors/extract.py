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
   Foreign Ministry").  Fixed referents of the shared nominal table ("the
   Jewish state") are states; a definite nominal that is a source ("the
   island said") is the speaker stage's: its speaker brings the source span
   to its antecedent's actor (step 5); one elsewhere joins the latest
   compatible actor.
5. **Speakers.**  Every attribution's resolved speaker is linked to the
   actor holding its antecedent mention; pronoun and nominal sources ("she",
   "the statement") become mentions of that actor.  A source with no named
   antecedent ("a senior US official") becomes an actor of its own when its
   words give a country, IGO or sector.

Modules: :mod:`~whosaid.actors.model` (vocabulary, records, the read-only
:class:`~whosaid.actors.model.ActorIndex` and the mutable
:class:`~whosaid.actors.model.ActorState`), :mod:`~whosaid.actors.hits` (1),
:mod:`~whosaid.actors.chains`, :mod:`~whosaid.actors.mentions`,
:mod:`~whosaid.actors.compose` (with :mod:`~whosaid.actors.bodies` and
:mod:`~whosaid.actors.place_context`) and :mod:`~whosaid.actors.entries` (2, 3),
:mod:`~whosaid.actors.nominals` and :mod:`~whosaid.actors.grouping` (4),
:mod:`~whosaid.actors.linking` (people tables, with
:mod:`~whosaid.actors.name_forms`), :mod:`~whosaid.actors.article_country` and
:mod:`~whosaid.actors.speaker_links` (5).  Shared word lists:
:mod:`whosaid.entities.lexicon`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from typing import Any

from whosaid.actors.acronym_speakers import acronym_after
from whosaid.actors.advisers import advisers_of_heads
from whosaid.actors.anchors import SentenceAnchor, anchored_date, sentence_anchors
from whosaid.actors.apposition_orgs import apposition_orgs
from whosaid.actors.article_country import (
    ARTICLE_COUNTRY,
    PARAGRAPH_COUNTRY,
    article_country,
)
from whosaid.actors.body_noun_links import body_noun_actor
from whosaid.actors.body_nouns import body_nouns
from whosaid.actors.body_speakers import (
    fuller_speaker_name,
    place_ends_body_name,
    state_of_named_body,
)
from whosaid.actors.chains import build_chains
from whosaid.actors.governing import opposition_sectors, shadow_titles
from whosaid.actors.grouping import (
    group_mentions,
    name_the_nameless,
    parenthesized_acronyms,
)
from whosaid.actors.hits import collect_hits
from whosaid.actors.identity import actor_identity, common_noun_only, lower_case_body
from whosaid.actors.igo_nominals import igo_member_mentions
from whosaid.actors.igo_sectors import court_igos, igo_sectors
from whosaid.actors.igo_titles import igo_officer_titles
from whosaid.actors.knowledge import Knowledge
from whosaid.actors.linking import (
    link_people,
    place_name_tails,
    surnames_as_people,
    things_named_after_people,
)
from whosaid.actors.member_groups import member_groups
from whosaid.actors.mentions import build_mentions
from whosaid.actors.model import (
    ActorDraft,
    ActorState,
    cameo_code,
    dateline_country,
    index_document,
)
from whosaid.actors.namesakes import unlink_foreign_namesakes, unlinked_people
from whosaid.actors.nominals import (
    context_nominal_mentions,
    fixed_referent_mentions,
    nominal_sectors,
)
from whosaid.actors.office_bodies import office_bodies
from whosaid.actors.opposition_titles import opposition_titles
from whosaid.actors.party_people import party_leaders
from whosaid.actors.people import People, load_people
from whosaid.actors.private_people import (
    firm_titles,
    org_appositions,
    private_appositions,
)
from whosaid.actors.prosecutors import prosecutor_sectors
from whosaid.actors.sentence_country import SENTENCE_COUNTRY, sentence_countries
from whosaid.actors.shared_party_names import shared_name_parties
from whosaid.actors.short_names import short_outlet_names
from whosaid.actors.speaker_links import (
    anonymous_speaker,
    in_dateline,
    link_co_speakers,
    link_speakers,
    named_body,
    named_person,
    outlet_country,
    possessor_code,
    source_actor,
    speaker_person,
)
from whosaid.actors.speaker_names import (
    NOT_SPEAKER_LABELS,
    canonical_speaker_name,
    capital_speaker_name,
    dateline_spans,
    speaker_for_actor,
    unlinked_speaker,
)
from whosaid.actors.spoken_for import spoken_for_countries
from whosaid.actors.state_body_names import state_body_names
from whosaid.actors.title_appositions import title_appositions
from whosaid.actors.title_orgs import title_orgs
from whosaid.actors.titled_body_sectors import titled_body_sectors
from whosaid.actors.us_lawmakers import us_lawmakers
from whosaid.entities.names import without_brackets
from whosaid.records import Actor, Attribution, Span

__all__ = ["cameo_code", "extract_actors"]


def extract_actors(
    doc: Any,
    attributions: Sequence[Attribution],
    knowledge: Knowledge,
    *,
    exclude: Sequence[tuple[int, int]] = (),
    id_prefix: str = "",
    date: str | None = None,
    people: People | None = None,
    known: Callable[[str], bool] | None = None,
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
        known: ``people.known_on(date)`` when the caller has it already.

    Returns:
        ``(actors, attributions)``: actors in order of first mention; the
        attributions, same order, their speakers carrying ``actor_id`` and
        ``code``.
    """
    ix = index_document(doc, knowledge, exclude)
    st = ActorState()
    hits = collect_hits(ix, st)
    st.all_hits = hits
    build_mentions(ix, st, build_chains(ix, hits))
    fixed_referent_mentions(ix, st, hits)
    igo_member_mentions(ix, st)  # "NATO's chief said the allies ..."
    context_nominal_mentions(ix, st, hits, attributions)
    if people is None:
        people = load_people()
    if known is None:
        known = people.known_on(date)
    drafts = group_mentions(st.mentions, known, ix.text)
    drafts = name_the_nameless(drafts)
    drafts = title_appositions(drafts, ix.text)
    drafts = parenthesized_acronyms(drafts, ix.text)
    drafts = short_outlet_names(drafts)
    place_name_tails(drafts, ix.text)
    us_lawmakers(drafts, ix.text)
    drafts = surnames_as_people(drafts, people, date, ix.text)
    evidence = st.doc_countries | {
        d.country for d in drafts if d.type in {"state", "place"} and d.country
    }
    anchors = sentence_anchors(doc, date) if doc.has_annotation("SENT_START") else []
    text_only = unlinked_people(drafts)
    for day, group in _by_date(drafts, anchors, date):
        link_people(group, people, day, ix.text, evidence)
    unlink_foreign_namesakes(drafts, text_only, people)
    party_leaders(drafts, ix.text)
    advisers_of_heads(
        drafts, ix.text, lambda name: governing_country(people, name, date)
    )
    things_named_after_people(drafts, doc, known)
    article_country(drafts, dateline_country(ix), people, ix.text)
    linked = link_speakers(drafts, attributions)
    for k, a in enumerate(attributions):
        if linked[k] is None:
            linked[k] = acronym_after(a.speaker, drafts, ix.text) or body_noun_actor(
                a.speaker, drafts
            )
    for a, target in zip(attributions, linked, strict=True):
        if target is not None:
            fuller_speaker_name(a.speaker, target, ix.text)
    # a source with no actor: an actor of its own when its words say enough
    for k, a in enumerate(attributions):
        if linked[k] is not None or not a.source:
            continue
        if named_person(a.speaker):
            draft = speaker_person(a.speaker, ix.text) or source_actor(ix, st, a)
        else:
            draft = source_actor(ix, st, a) or speaker_person(
                a.speaker, ix.text, people.name_variants
            )
        if (
            draft is None
            or named_body(a.speaker, draft)
            or state_of_named_body(a.speaker, draft)
            or any(place_ends_body_name(a.speaker, d) for d in drafts)
        ):
            continue  # "The Office of the Vice President": no Vice President
        if draft.type == "person" and draft.kb_id is None:
            day = anchored_date(draft.mentions, anchors) or date
            link_people([draft], people, day, ix.text, evidence)
        outlet_country(draft, drafts)
        # the same entry as an actor already there ("President Barack Obama"
        # beside "Obama"): one actor
        existing = next(
            (
                d
                for d in drafts
                if d.key == draft.key or (draft.kb_id and d.kb_id == draft.kb_id)
            ),
            None,
        )
        if existing is not None:
            existing.mentions.extend(
                x for x in draft.mentions if x not in existing.mentions
            )
            linked[k] = existing
        else:
            drafts.append(draft)
            linked[k] = draft
    # sources that became actors of their own: a party's leader, a firm's
    # people; they take the article's country too
    party_leaders(drafts, ix.text)
    firm_titles(drafts, ix.text)
    org_appositions(drafts, ix.text)
    title_orgs(drafts, ix.text)
    apposition_orgs(drafts, doc)
    body_nouns(drafts, doc)
    private_appositions(drafts, ix.text, knowledge.demonyms)
    office_bodies(drafts)
    state_body_names(drafts, ix.text, knowledge.demonyms)  # "the DGHS"
    article_country(drafts, dateline_country(ix), people, ix.text)
    sentence_countries(drafts, doc)  # "... said the president": the sentence's
    shared_name_parties(drafts, doc, knowledge.names)  # "Dion ... the Liberals"
    spoken_for_countries(drafts, doc)  # "Minister X said Bonn would ..."
    member_groups(drafts, doc)  # "the union said its members would strike"
    nominal_sectors(ix, drafts)
    shadow_titles(drafts, ix.text)
    opposition_sectors(
        drafts,
        date,
        ix.text,
        date_of=lambda d: anchored_date(d.mentions, anchors),
    )
    opposition_titles(drafts, ix.text)
    prosecutor_sectors(drafts)
    igo_officer_titles(
        drafts,
        ix.text,
        people,
        date,
        date_of=lambda d: anchored_date(d.mentions, anchors),
    )
    igo_sectors(drafts, court_igos(knowledge))
    titled_body_sectors(drafts, doc)  # "DAP secretary-general X"
    drafts = [d for d in drafts if d.mentions]
    drafts.sort(key=lambda d: d.first)
    prefix = f"{id_prefix}:" if id_prefix else ""
    ids: dict[int, str] = {}
    actors: list[Actor] = []
    for n, d in enumerate(drafts, 1):
        aid = f"{prefix}actor{n}"
        name = without_brackets(d.name)
        ids[id(d)] = aid
        code = (
            cameo_code(
                d.country, d.igo, d.sector, igo_codes=knowledge.igo_codes, fixed=d.code
            )
            if d.type != "place"
            else None
        )
        spans = tuple(
            Span(start=s, end=e, text=ix.text[s:e]) for s, e in sorted(set(d.mentions))
        )
        actors.append(
            Actor(
                id=aid,
                name=name,
                type=d.type,  # type: ignore[arg-type]
                country=d.country,
                igo=d.igo if d.type != "place" else None,
                sector=d.sector if d.type != "place" else None,
                code=code,
                roles=tuple(d.roles),
                mentions=spans,
                source="; ".join(d.sources) or "rules",
                identity=actor_identity(
                    name,
                    d.type,
                    # a person's country guessed from the article is no part
                    # of who they are ("Paul Manafort" in every article)
                    None
                    if d.type == "person"
                    and {ARTICLE_COUNTRY, PARAGRAPH_COUNTRY, SENTENCE_COUNTRY}
                    & set(d.sources)
                    else d.country,
                    d.igo,
                    d.kb_id,
                    article=id_prefix or None,
                    common_noun=common_noun_only(ix.doc, d.mentions)
                    or lower_case_body(d.type, [s.text for s in spans]),
                ),
                kb_id=d.kb_id,
            )
        )
    by_id = {a.id: a for a in actors}
    places = [a for a in actors if a.type == "place"]
    things = [
        (e.start_char, e.end_char) for e in ix.ents if e.label_ in NOT_SPEAKER_LABELS
    ] + dateline_spans(ix.text)
    out: list[Attribution] = []
    for a, link in zip(attributions, linked, strict=True):
        if a.speaker is None:
            out.append(a)
            continue
        if link is not None and in_dateline(a.speaker, ix.text):
            link = None  # "LONDON (AP) -- ...": the reporter's place never speaks
        if link is None or id(link) not in ids:
            speaker = unlinked_speaker(
                a.speaker, places=places, things=things, source=a.source
            )
            speaker = possessor_code(speaker, a.source, actors)
            out.append(
                a if speaker is a.speaker else dataclasses.replace(a, speaker=speaker)
            )
            continue
        speaker, actor = speaker_for_actor(a.speaker, by_id[ids[id(link)]], a.source)
        if anonymous_speaker(a.speaker):
            # "a senior Saudi official": the actor's code, nobody's name (#9)
            speaker = dataclasses.replace(
                speaker, name=None, resolved_by=a.speaker.resolved_by
            )
        by_id[actor.id] = actor
        out.append(dataclasses.replace(a, speaker=speaker))
    out = [
        _canonical(
            link_co_speakers(a, drafts, ids, by_id, places=places, things=things),
            by_id,
            ix.kb,
        )
        for a in out
    ]
    return tuple(by_id[a.id] for a in actors), tuple(out)


def governing_country(people: People, name: str, date: str | None) -> str | None:
    """The country of the head of state or government a text names ("an
    adviser to Prime Minister Abiy Ahmed") as the people tables know them,
    else ``None``."""
    link = people.link(name, date, roles=("Prime Minister", "President"))
    return None if link is None or link.igo else link.country


def _by_date(
    drafts: list[ActorDraft], anchors: Sequence[SentenceAnchor], date: str | None
) -> list[tuple[str | None, list[ActorDraft]]]:
    """The drafts grouped by the date they are coded on: the article's, or
    the stated year of the only sentences that name them (see
    :mod:`whosaid.actors.anchors`); the article's date first, all drafts in
    one group when no sentence states a year."""
    if not anchors:
        return [(date, drafts)]
    groups: dict[str | None, list[ActorDraft]] = {date: []}
    for d in drafts:
        groups.setdefault(anchored_date(d.mentions, anchors) or date, []).append(d)
    return list(groups.items())


def _canonical(a: Attribution, by_id: dict[str, Actor], kb: Knowledge) -> Attribution:
    """An attribution whose speaker bears its actor's final name (a
    capital's speaker its own, :func:`capital_speaker_name`)."""
    s = a.speaker
    if s is None or s.actor_id is None or s.actor_id not in by_id:
        return a
    speaker = canonical_speaker_name(s, by_id[s.actor_id])
    speaker = capital_speaker_name(
        speaker, by_id[s.actor_id], lambda word, country: capital_of(kb, word, country)
    )
    return a if speaker is s else dataclasses.replace(a, speaker=speaker)


def capital_of(kb: Knowledge, word: str, country: str | None) -> bool:
    """Whether world knowledge knows ``word`` as the capital of ``country``."""
    entries = kb.names.get(tuple(word.lower().split()), [])
    return any(e.kind == "capital" and e.country == country for e in entries)
