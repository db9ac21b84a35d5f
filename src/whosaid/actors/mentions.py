"""Actors, step 2: the mentions of every chain (heads, appositives,
modifiers) and of lone hits."""

from __future__ import annotations

from whosaid.actors.chains import relative_title
from whosaid.actors.compose import compose
from whosaid.actors.entries import (
    entry_mention,
    org_mention,
    people_mention,
    state_mention,
)
from whosaid.actors.group_nouns import heads_own_phrase, place_after
from whosaid.actors.model import (
    NER_PERSON,
    SECTOR_TYPE,
    ActorIndex,
    ActorMention,
    ActorState,
    Chain,
    Hit,
    is_person_hit,
    modifier_hit,
    place_mention,
    span_text,
)
from whosaid.entities.lexicon import LEADER_BODY_NOUNS, PLACE_NOUNS


def build_mentions(ix: ActorIndex, st: ActorState, chains: list[Chain]) -> None:
    for chain in chains:
        for mention in chain_mentions(ix, st, chain):
            st.mentions.append(mention)


def chain_mentions(ix: ActorIndex, st: ActorState, chain: Chain) -> list[ActorMention]:
    if chain.appos is not None:
        return _appos_mentions(ix, st, chain, chain.appos)
    hits = chain.hits
    head_idx = _head(ix, hits)
    if head_idx is None:
        # modifiers only: a demonym or country alone is its state
        out = []
        for hit in hits:
            m = _lone(ix, st, hit, chain if len(hits) == 1 else None)
            if m is not None:
                out.append(m)
        return out
    head = hits[head_idx]
    mods = hits[:head_idx]
    after = hits[head_idx + 1 :]
    # trailing hits after the head ("Foreign Minister of Russia"):
    # only "of X" modifiers; others become their own mentions
    of_mods: list[Hit] = []
    rest: list[Hit] = []
    for hit in after:
        before = ix.lower[hit.i - 1] if hit.i > 0 else ""
        in_place = before == "in" and head.kind == "sector"
        if (
            hit.kind in {"name", "demonym"}
            and (before in {"of", "the"} or in_place)
            and not rest
        ):
            of_mods.append(hit)
        else:
            rest.append(hit)
    mention = compose(ix, st, chain, head, mods, of_mods)
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
        last = ix.doc[descriptor.j - 1]
        mention.end = last.idx + len(last.text)
        if (
            head.kind in {"org", "person"}
            and head.j - head.i == 1
            and last.lower_ in LEADER_BODY_NOUNS
        ):
            # "the Obama administration", "the Assad regime": a body named
            # after its leader, never the leader
            mention.name = f"{mention.name} {last.lower_}"
            mention.key = ("org", mention.name.lower())
    out = [mention] if mention is not None else []
    out.extend(_modifier_mentions(ix, st, [*mods, *of_mods]))
    for hit in rest:
        m = _lone(ix, st, hit, None)
        if m is not None:
            out.append(m)
    return out


def _appos_mentions(
    ix: ActorIndex, st: ActorState, chain: Chain, k: int
) -> list[ActorMention]:
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
    first = Chain(name_part, chain.start_tok, name_part[-1].j)
    titled = titled or relative_title(ix, name_part[-1])
    if not is_person_hit(name_part[-1]):
        titled = any(h.kind == "sector" for h in appos)  # "Oceana, an ... group"
    if not titled or appos[0].kind == "org":
        rest = Chain(appos, appos[0].i, appos[-1].j)
        return [*chain_mentions(ix, st, first), *chain_mentions(ix, st, rest)]
    head = name_part[-1]
    mods = [*name_part[:-1], *appos]
    mention = compose(ix, st, first, head, mods, [])
    out = [mention] if mention is not None else []
    return out + _modifier_mentions(ix, st, mods)


def _modifier_mentions(
    ix: ActorIndex, st: ActorState, mods: list[Hit]
) -> list[ActorMention]:
    """States, IGOs and organizations named inside another actor's
    phrase are mentioned too: "Russian" in "the Russian Foreign Ministry",
    "the OAS" in "Suriname's ambassador to the OAS"."""
    out: list[ActorMention] = []
    for h in mods:
        if h.kind == "demonym" or (
            h.kind == "name" and h.entry is not None and h.entry.type != "place"
        ):
            m = _lone(ix, st, h, None)
            if m is not None and m.type != "place":
                m.source = (m.source or "") + " (modifier)"
                out.append(m)
    return out


def _place_noun(ix: ActorIndex, hits: list[Hit], k: int) -> bool:
    """ "Borno state", "Sindh province": the sector word names a place."""
    h = hits[k]
    if k == 0 or h.kind != "sector":
        return False
    prev = hits[k - 1]
    words = " ".join(ix.lower[h.i : h.j])
    return (
        words in PLACE_NOUNS
        and prev.j == h.i
        and (
            prev.kind == "place"
            or (prev.entry is not None and prev.entry.type == "place")
        )
    )


def _head(ix: ActorIndex, hits: list[Hit]) -> int | None:
    if len(hits) >= 2 and _place_noun(ix, hits, len(hits) - 1):
        return len(hits) - 2  # the place heads "Borno state"
    # the last person; else the last organization/seat; else the last
    # sector body or title; modifiers (countries, demonyms) are never heads
    for k in range(len(hits) - 1, -1, -1):
        if is_person_hit(hits[k]):
            return k
    for k in range(len(hits) - 1, -1, -1):
        h = hits[k]
        if h.kind == "org":
            return k
        if (
            h.kind == "name"
            and h.entry is not None
            and not modifier_hit(h)
            and h.entry.type != "place"
        ):
            return k
    for k in range(len(hits) - 1, -1, -1):
        h = hits[k]
        if h.kind == "sector" and h.sector is not None and h.sector.kind != "modifier":
            return k
    last = hits[-1]
    if (
        len(hits) > 1
        and last.kind == "sector"
        and last.sector is not None
        and last.sector.sector
        and ix.doc[last.j - 1].pos_ in {"NOUN", "PROPN"}
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


def _lone(
    ix: ActorIndex, st: ActorState, hit: Hit, chain: Chain | None
) -> ActorMention | None:
    """A hit that heads nothing: a state, place, organization or demonym."""
    start, end, _text = span_text(ix, hit.i, hit.j)
    if hit.kind == "demonym" and hit.demonym is not None:
        country = hit.demonym.country
        if chain is not None and hit.demonym.form == "people":
            return people_mention(ix, start, end, country, hit.demonym.pattern)
        return state_mention(ix, start, end, country, None, "demonyms.tsv")
    if hit.kind == "sector":
        if chain is not None and heads_own_phrase(ix, hit):
            return _own_phrase_body(ix, st, chain, hit)
        return None
    if hit.kind == "name" and hit.entry is not None:
        return entry_mention(ix, st, hit, start, end)
    if hit.kind == "person":
        return compose(ix, st, Chain([hit], hit.i, hit.j), hit, [], [])
    if hit.kind == "org":
        return org_mention(ix, st, hit, [], [])
    if hit.kind == "place":
        name = ix.text[start:end]
        return place_mention(start, end, name, "ner")
    return None


def _own_phrase_body(
    ix: ActorIndex, st: ActorState, chain: Chain, hit: Hit
) -> ActorMention | None:
    """ "the government said", "the interim government in Haiti": a body
    of the modifier word's sector; a state after "in" says whose, and stays
    a mention of its own."""
    places = place_after(ix, st.all_hits, hit)
    mention = compose(ix, st, chain, hit, [], places)
    if mention is not None and places:
        end = span_text(ix, hit.i, hit.j)[1]
        mention.end = end
        mention.name = ix.text[mention.start : end].removeprefix("the ").strip()
        mention.name = mention.name[:1].upper() + mention.name[1:]
    return mention
