"""Actors, step 4: definite nominals of the shared table
(:mod:`whosaid.entities.nominals`).

Fixed referents ("the Jewish state", "the Islamic Republic", "the North" in
Korea news) are names of states.  A nominal that is an attribution's source
("the island said") is the speaker stage's to resolve: its speaker brings the
source span to the actor of its antecedent
(:mod:`whosaid.actors.speaker_links`), so the speaker's name and its actor
agree.  A nominal elsewhere ("... said the country must widen its tax base")
is no speaker's: it joins the latest compatible actor, so that events find
their participants."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from spacy.tokens import Token

from whosaid.actors.model import ActorDraft, ActorIndex, ActorMention, ActorState, Hit
from whosaid.entities.nominals import Nominal, lookup_nominal
from whosaid.nlp.view import doc_view
from whosaid.records import Attribution


def fixed_referent_mentions(ix: ActorIndex, st: ActorState, hits: list[Hit]) -> None:
    """Add a state mention for every fixed referent in the text that no
    other hit covers ("the Jewish state said" -> Israel)."""
    kb = ix.kb
    if not kb.nominals:
        return
    covered = {k for h in hits for k in range(h.i, h.j)}
    doc = ix.doc
    lower = ix.lower
    n = len(lower)
    for i, word in enumerate(lower):
        if word != "the" or i + 1 >= n or lower[i + 1] not in kb.nominal_firsts:
            continue
        for length in (3, 2, 1):
            j = i + 1 + length
            if j > n or any(k in covered for k in range(i + 1, j)):
                continue
            entry = kb.nominals.get(tuple(lower[i + 1 : j]))
            if entry is None:
                continue
            # "the North Korean army": a fixed referent inside a longer NP
            if j < n and doc[j].pos_ in {"NOUN", "PROPN"}:
                break
            mention = state_mention(
                ix, entry, doc[i].idx, doc[j - 1].idx + len(doc[j - 1].text)
            )
            if mention is not None:
                st.mentions.append(mention)
            break


def state_mention(
    ix: ActorIndex, entry: Nominal, start: int, end: int
) -> ActorMention | None:
    """The state a fixed referent names, as a mention at ``start:end``
    (``None`` where it does not hold: "the North" outside Korea news)."""
    code = entry.country
    if code is None or not entry.holds_in(ix.text):
        return None
    name = ix.kb.country_name(code) or entry.name or code
    return ActorMention(
        start,
        end,
        ("state", code),
        name,
        "state",
        code,
        None,
        None,
        None,
        source="nominal",
    )


def context_nominal_mentions(
    ix: ActorIndex,
    st: ActorState,
    hits: list[Hit],
    attributions: Sequence[Attribution],
) -> None:
    """Add a mention of the latest compatible actor for every nominal of the
    shared table outside the attributions' sources (those are the speaker
    stage's)."""
    sources = [(s.start, s.end) for a in attributions for s in a.source]
    covered = {k for h in hits for k in range(h.i, h.j)}
    doc = ix.doc
    existing = sorted(st.mentions, key=lambda m: m.start)
    lower = ix.lower
    view = doc_view(doc)
    starts, ends = view.starts(doc), view.ends(doc)
    n = len(lower)
    for i, word in enumerate(lower):
        if word != "the" or i + 1 >= n:
            continue
        for length in (3, 2, 1):
            j = i + 1 + length
            if j > n or any(k in covered for k in range(i + 1, j)):
                continue
            start, end = starts[i], ends[j - 1]
            entry = lookup_nominal(ix.text[start:end])
            if entry is None or entry.country is not None:
                continue
            if j < n and doc[j].pos_ in {"NOUN", "PROPN"}:
                break  # "the island nation of Taiwan": inside a longer NP
            if any(s < end and start < e for s, e in sources):
                break
            target = _latest_actor(ix, entry, start, existing)
            if target is not None:
                st.mentions.append(
                    dataclasses.replace(
                        target, start=start, end=end, roles=[], source="nominal"
                    )
                )
            break


def _latest_actor(
    ix: ActorIndex, entry: Nominal, pos: int, existing: list[ActorMention]
) -> ActorMention | None:
    """The latest compatible sentence subject in the two sentences before
    ``pos``, else the latest compatible mention ("Taiwan accused China...
    the island" is Taiwan)."""
    wanted = entry.antecedent_types
    if wanted & SECTORED_TYPES:
        wanted = wanted | {"other"}  # "Veltron ... the carmaker": a name NER knows
    compatible = [
        m
        for m in existing
        if m.start < pos
        and m.type in wanted
        and (m.type != "person" or m.roles)
        and (m.type != "other" or m.sector is None or m.sector in wanted_sectors(entry))
        and names_body_kind(entry, m)
    ]
    if not compatible:
        return None
    tok = _token_at(ix, pos)
    window = ix.sent_start[tok.i] if tok is not None else 0
    if tok is not None and window > 0:
        window = ix.sent_start[window - 1]
    for m in reversed(compatible):
        t = _token_at(ix, m.start)
        if t is not None and t.i >= window and is_subject(t):
            return m
    return compatible[-1]


IGO_KIND_NOUNS: frozenset[str] = frozenset({"fund", "bank", "court", "tribunal"})
"""Head nouns of IGO nominals that name the kind of body: "the fund" is an
IGO whose name says fund (the IMF), never the World Bank named before it."""


def names_body_kind(entry: Nominal, m: ActorMention) -> bool:
    """Whether an IGO antecedent's name holds the nominal's kind noun (true
    for a nominal with none: "the bloc", "the organisation")."""
    noun = entry.pattern.lower().split()[-1]
    if m.type != "igo" or noun not in IGO_KIND_NOUNS:
        return True
    return noun in m.name.lower().split()


def is_subject(tok: Token) -> bool:
    """Whether a token heads, or modifies the head of, a sentence subject."""
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


def _token_at(ix: ActorIndex, char: int) -> Token | None:
    span = ix.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


SECTORED_TYPES: frozenset[str] = frozenset({"company", "ngo"})
"""Antecedent types whose nominal names an organisation's sector."""

NOMINAL_SECTORS: dict[str, str] = {"company": "BUS", "ngo": "NGO"}
"""The sector a nominal of each kind gives an organisation with none ("the
carmaker" BUS, "the rights group" NGO)."""

NOMINAL_ONLY_WORDS: dict[str, str] = {"miner": "BUS"}
"""Nouns that give a sector only as a nominal: "the miner" after a firm is
a mining company, while "a coal miner" is a worker (no sector word)."""


def wanted_sectors(entry: Nominal) -> frozenset[str]:
    """The sectors an organisation a nominal refers back to may have."""
    sector = NOMINAL_SECTORS.get(entry.refers_to.lower())
    return frozenset({sector}) if sector else frozenset()


def nominal_sector(ix: ActorIndex, start: int, end: int) -> str | None:
    """The sector a definite nominal at ``start:end`` says its antecedent
    has ("the think tank" NGO, "the carmaker" BUS): the sector word of its
    noun (sectors.tsv, whole phrase first, then its head), when that agrees
    with the nominal's kind; else ``None``."""
    entry = lookup_nominal(ix.text[start:end])
    if entry is None or entry.country is not None:
        return None
    wanted = wanted_sectors(entry)
    words = entry.pattern.lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    for key in (tuple(words), tuple(words[-1:])):
        word = ix.kb.sectors.get(key)
        sector = word.sector if word is not None else None
        sector = sector or NOMINAL_ONLY_WORDS.get(" ".join(key))
        if sector is not None:
            return sector if sector in wanted else None
    return None


def nominal_sectors(ix: ActorIndex, drafts: Sequence[ActorDraft]) -> None:
    """An organisation with no sector takes the one a nominal that refers
    back to it gives ("Grupo Amanecer ... the rights group said": NGO;
    "Veltron ... the carmaker said": BUS), in place.  The nominal is one of
    its mentions: a source the speaker stage resolved to it, or a nominal
    elsewhere joined to it (:func:`context_nominal_mentions`)."""
    for d in drafts:
        if d.sector is not None or d.type not in SECTORED_TYPES | {"other"}:
            continue
        for start, end in sorted(d.mentions):
            sector = nominal_sector(ix, start, end)
            if sector is None:
                continue
            d.sector = sector
            if d.type == "other":
                d.type = "company" if sector == "BUS" else "ngo"
            d.sources.append("nominal")
            break
