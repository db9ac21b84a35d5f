"""Actors, step 1: the hits of an article: knowledge matches plus the NER
names the tables lack (people, unknown organizations and places)."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Span

from whosaid.actors.model import (
    NER_ORG,
    NER_PERSON,
    NER_PLACES,
    ActorIndex,
    ActorState,
    Hit,
    disambiguate,
    hit_country,
)
from whosaid.actors.party_country import choose_party_entries
from whosaid.entities.lexicon import (
    FEMALE_NAMES,
    GIVEN_NAMES,
    HONORIFICS,
    MALE_NAMES,
    PLACE_NOUNS,
)
from whosaid.entities.name_parts import PATRONYMIC_PARTICLES, nickname_inside
from whosaid.entities.names import (
    cut_at_quote,
    descriptor_length,
    is_acronym,
    looks_like_person_name,
)


def collect_hits(ix: ActorIndex, st: ActorState) -> list[Hit]:
    hits = ix.scanner.scan()
    _context_readings(ix, st, hits)
    st.doc_countries = {
        c
        for h in hits
        if (c := hit_country(ix, st, h) if h.entry is not None else None)
        and h.entry is not None
        and (h.entry.type == "state" or h.entry.kind == "capital")
    } | {h.demonym.country for h in hits if h.demonym is not None}
    covered = {k for h in hits for k in range(h.i, h.j)}
    extra: list[Hit] = []
    persons = {
        e.text.lower()
        for e in ix.ents
        if e.label_ == NER_PERSON and len(e.text.split()) >= 2
    }
    surnames = {w for full in persons for w in (full.split()[-1], full.split()[0])}
    for ent in ix.ents:
        label = ent.label_
        if label not in {NER_PERSON, NER_ORG, *NER_PLACES}:
            continue
        if ix.scanner.excluded(ent.start_char):
            continue
        if label == NER_PERSON:
            _yield_to_person(ix, ent, hits, covered)
            _org_word_as_given_name(ix, ent, hits, covered)
            _org_word_as_surname(ix, ent, hits, covered)
            _titles_after_honorific(ix, ent, hits, covered)
            _sector_word_as_surname(ix, ent, hits, covered)
        if label in NER_PLACES:
            _absorb_state_in_place(ix, ent, hits, covered)
            _state_as_surname(ix, ent, hits, covered, persons)
        if label == NER_ORG:
            _drop_coordinated_tail(ix, ent, hits, covered)
            _absorb_inner_names(ix, ent, hits, covered)
            _yield_sector_words(ix, ent, hits, covered)
            if _extend_org_entry(ix, ent, hits, covered):
                continue
        ent_start = ent.start
        while ent_start < ent.end and ix.lower[ent_start] in {
            "the",
            "a",
            "an",
        }:
            ent_start += 1
        toks = [k for k in range(ent_start, ent.end) if k not in covered]
        if not toks:
            continue
        tail_person = False
        if len(toks) != ent.end - ent_start:
            # part of the entity is known: keep only the unknown tail
            # ("UN Liu Jieyi" -> "Liu Jieyi"), if it is contiguous.
            if toks != list(range(toks[0], ent.end)):
                continue
            tail = ix.doc[toks[0] : ent.end].text
            tail_person = label == NER_PERSON or (
                tail.lower() in persons
                or (looks_like_person_name(tail) and not _ends_in_body(ix, ent))
            )
            if not tail_person and (
                label != NER_ORG or not any(c.isupper() for c in tail)
            ):
                continue
        elif label != NER_PERSON:
            # "the United Nations Nikki Haley": an ORG ending in a person
            low = ent.text.lower()
            for full in persons:
                if low.endswith(" " + full):
                    cut = ent.end_char - len(full)
                    span = ix.doc.char_span(cut, ent.end_char)
                    if span is not None:
                        toks = list(range(span.start, span.end))
                        tail_person = True
                    break
        first, last = toks[0], toks[-1] + 1
        while first < last and (
            ix.doc[first].lower_ in {"the", "a", "an"} or ix.doc[first].is_punct
        ):
            first += 1
        while last > first and ix.doc[last - 1].is_punct:
            last -= 1
        if label in {NER_PERSON, NER_ORG}:  # "Chipmaker Veltron", "Business group Ibec"
            first += descriptor_length([t.text for t in ix.doc[first:last]])
        if first >= last:
            continue
        first, last = _cut_at_quote(ix, first, last)
        if first >= last:
            continue
        span = ix.doc[first:last]
        if not any(c.isupper() for c in span.text):
            continue
        if common_noun_capitalized(span):
            continue  # "Neighbours said ...": capitalized by its place only
        if _locative_name(span, label, persons):
            kind = "place"  # "rescued migrants off Lampedusa"
        elif (
            label == NER_PERSON
            or tail_person
            or _person_like(span.text, persons, surnames)
        ):
            kind = "person"
        elif label == NER_ORG:
            kind = "org"
        else:
            kind = "place"
        extra.append(Hit(first, last, kind, label=label))
        covered.update(range(first, last))
    hits.extend(extra)
    hits.sort(key=lambda h: h.i)
    choose_party_entries(ix, st, hits)
    return _merge_split_names(ix, hits)


def _context_readings(ix: ActorIndex, st: ActorState, hits: list[Hit]) -> None:
    """Names two actors share, decided by the article's cue words
    (``context.tsv``), in place: a ``sector`` reading is the sector word of
    the same spelling ("Congress" in a story with no cue of India's Congress
    party is a legislature); a ``party`` or ``media`` reading is the
    organization row of that type and country ("PTI": Pakistan's party or
    the Press Trust of India), an ``org`` reading the one of that country
    ("CBI": India's Central Bureau of Investigation or the Confederation of
    British Industry); an ``other`` reading of an organization's
    name is no actor ("DA" in a story of a district attorney)."""
    dropped: list[Hit] = []
    for h in hits:
        entry = h.entry
        key = entry.pattern.lower() if entry is not None else ""
        if h.kind != "name" or entry is None or key not in ix.kb.context:
            continue
        disambiguate(ix, st, entry, h)
        reading, country = st.context_choice[key]
        words = tuple(ix.lower[h.i : h.j])
        if reading == "other" and entry.kind == "org":
            dropped.append(h)
        elif reading == "sector":
            sector = ix.kb.sectors.get(words)
            if sector is not None:
                h.kind, h.entry, h.sector = "sector", None, sector
        elif reading in {"party", "media", "org"}:
            h.entry = next(
                (
                    e
                    for e in ix.kb.names.get(words, ())
                    if (e.type == reading or (reading == "org" and e.kind == "org"))
                    and e.country == country
                ),
                entry,
            )
    for h in dropped:
        hits.remove(h)


def _ends_in_body(ix: ActorIndex, ent: Span) -> bool:
    """Whether an organization's name ends in a body word ("Nigeria Labour
    Congress", "Kenya Law Society"): no person's name."""
    sec = ix.kb.sectors.get((ix.lower[ent.end - 1],))
    return sec is not None and sec.kind == "body"


def _cut_at_quote(ix: ActorIndex, first: int, last: int) -> tuple[int, int]:
    """The tokens of an NER name cut where it runs across a quotation mark
    (see :func:`whosaid.entities.names.cut_at_quote`); empty when the mark
    sits inside one token."""
    doc = ix.doc
    start, end = doc[first].idx, doc[last - 1].idx + len(doc[last - 1].text)
    if nickname_inside(ix.text[start:end]) is not None:
        return first, last  # Joko "Jokowi" Widodo: one name
    cut = cut_at_quote(ix.text, start, end)
    if cut == (start, end):
        return first, last
    span = doc.char_span(*cut, alignment_mode="contract") if cut[1] > cut[0] else None
    if span is None or not len(span):
        return first, first
    return span.start, span.end


def common_noun_capitalized(span: Span) -> bool:
    """A one-word entity that is a plural common noun opening its sentence
    ("Neighbours said"): NER took the capital letter for a name."""
    if len(span) != 1:
        return False
    tok = span[0]
    return bool(tok.is_sent_start) and tok.tag_ == "NNS" and tok.text[1:].islower()


def _merge_split_names(ix: ActorIndex, hits: list[Hit]) -> list[Hit]:
    """NER's "Samia Suluhu" + "Hassan" side by side: one person."""
    out: list[Hit] = []
    for h in hits:
        if (
            out
            and out[-1].kind == "person"
            and h.kind in {"person", "org", "place"}
            and h.i == out[-1].j
            and (h.label in {NER_PERSON, NER_ORG} or _unknown_place_word(out[-1], h))
            and ix.doc[out[-1].j - 1].whitespace_
            and all(
                t.text[:1].isupper() or t.text.lower() in PATRONYMIC_PARTICLES
                for t in ix.doc[h.i : h.j]
            )
            and ix.doc[h.j - 1].text[:1].isupper()
            and h.j - out[-1].i <= 5
        ):
            out[-1].j = h.j
            continue
        out.append(h)
    return out


def _unknown_place_word(person: Hit, h: Hit) -> bool:
    """ "Shah Mahmood" + "Qureshi": one capitalized word NER took for a place
    that no table knows (a known one is a ``name`` hit), right after a
    person's name of two words or more, is the rest of that name."""
    return (
        person.label == NER_PERSON
        and person.j - person.i >= 2
        and h.kind == "place"
        and h.entry is None
        and h.label in NER_PLACES
        and h.j - h.i == 1
    )


def _absorb_inner_names(
    ix: ActorIndex, ent: Span, hits: list[Hit], covered: set[int]
) -> None:
    """ "Atomic Energy Organization of Iran", "Federation of German
    Industries": a country inside an organization's name is part of it."""
    start = ent.start
    while start < ent.end and ix.lower[start] in {"the", "a", "an"}:
        start += 1
    if ent.end - start < 3 or start in covered:
        return
    if not ix.doc[start].text[:1].isupper():
        return
    inner = [h for h in hits if start <= h.i and h.j <= ent.end]
    if not inner or any(
        not (
            h.kind == "demonym"
            or (
                h.kind == "name"
                and h.entry is not None
                and h.entry.type in {"state", "place"}
            )
        )
        for h in inner
    ):
        return
    for h in inner:
        hits.remove(h)
        covered.difference_update(range(h.i, h.j))


def _drop_coordinated_tail(
    ix: ActorIndex, ent: Span, hits: list[Hit], covered: set[int]
) -> None:
    """ "the African Union's Peace and Security Council": a known body's
    name ("Security Council", the UN's) after "and" and a capitalized word
    of the same organization name is the tail of another body's name, which
    then reads as one unknown organization (its possessor may give it an
    IGO or a state)."""
    for h in [h for h in hits if ent.start + 2 <= h.i < ent.end]:
        if h.kind != "name" or h.entry is None:
            continue
        joiner, word = ix.doc[h.i - 1], ix.doc[h.i - 2]
        if joiner.lower_ != "and" or not word.text[:1].isupper():
            continue
        if word.i in covered or word.ent_iob_ not in {"B", "I"}:
            continue
        hits.remove(h)
        covered.difference_update(range(h.i, h.j))


def _absorb_state_in_place(
    ix: ActorIndex, ent: Span, hits: list[Hit], covered: set[int]
) -> None:
    """ "Jamaica Estates", "Panama Canal": a state's name opening a longer
    place name is part of that place, never the state (a story set in
    Queens is not about Jamaica)."""
    start = ent.start
    while start < ent.end and ix.lower[start] in {"the", "a", "an"}:
        start += 1
    inner = [h for h in hits if start <= h.i and h.j <= ent.end]
    if len(inner) != 1:
        return
    hit = inner[0]
    if (
        hit.i != start
        or hit.j >= ent.end
        or hit.kind != "name"
        or hit.entry is None
        or hit.entry.type != "state"
    ):
        return
    tail = ix.doc[hit.j : ent.end]
    if not all(t.text[:1].isupper() and t.is_alpha for t in tail):
        return
    hits.remove(hit)
    covered.difference_update(range(hit.i, hit.j))


SUBJECT_DEPS: frozenset[str] = frozenset({"nsubj", "nsubjpass"})


def _state_as_surname(
    ix: ActorIndex, ent: Span, hits: list[Hit], covered: set[int], persons: set[str]
) -> None:
    """ "Federal Health Minister Mark Holland ... Holland said": a one-word
    state name that is the surname of a person the article names in full,
    standing alone as a verb's subject, is that person (the NER's GPE
    notwithstanding); the name of a state stays a state everywhere else."""
    if ent.end - ent.start != 1 or ix.doc[ent.start].dep_ not in SUBJECT_DEPS:
        return
    word = ix.lower[ent.start]
    if not any(len(full.split()) >= 2 and full.split()[-1] == word for full in persons):
        return
    inner = [h for h in hits if h.i == ent.start and h.j == ent.end]
    if len(inner) != 1 or inner[0].entry is None or inner[0].entry.type != "state":
        return
    hits.remove(inner[0])
    covered.difference_update(range(ent.start, ent.end))


def _yield_to_person(
    ix: ActorIndex, ent: Span, hits: list[Hit], covered: set[int]
) -> None:
    """ "Mark Cuban", "Paris Hilton": a first name makes the rest a surname."""
    if ent.end - ent.start < 2:
        return
    first = ix.doc[ent.start]
    if not first.text[:1].isupper():
        return
    if (
        ent.start in covered
        and ent.end - ent.start >= 3
        and ix.doc[ent.start + 1].lower_ in GIVEN_NAMES
        and _place_not_name(hits, ent.start, first.lower_)
    ):
        return  # "US Ambassador to Ankara Jeff Flake": the capital stays
    if ent.start in covered:
        # "Chad Morrison", "Jordan Peterson": a one-word state name as a
        # first name, followed by a surname nobody knows
        rest = [
            k
            for k in range(ent.start + 1, ent.end)
            if ix.doc[k].lower_ not in {"'s", "’s"}  # "Marine Le Pen's"
        ]
        if any(k in covered for k in rest) or not all(
            ix.doc[k].text[:1].isupper() or ix.doc[k].text in {"-", "‐"}
            for k in rest  # "Alexandria Ocasio-Cortez": a hyphenated surname
        ):
            return
    elif first.lower_ not in FEMALE_NAMES | MALE_NAMES:
        return
    listed = first.lower_ in FEMALE_NAMES | MALE_NAMES
    inner = [h for h in hits if ent.start <= h.i and h.j <= ent.end]
    if not inner or any(
        (h.kind == "sector" and not (listed and h.i == ent.start))
        or (h.entry is not None and h.entry.type not in {"state", "place"})
        for h in inner
    ):
        return  # a listed first name opening the name is no title ("Marine")
    for h in inner:
        hits.remove(h)
        covered.difference_update(range(h.i, h.j))


GIVEN_NAME_ORG_TYPES: frozenset[str] = frozenset({"media", "company", "other"})


def _org_word_as_given_name(
    ix: ActorIndex, ent: Span, hits: list[Hit], covered: set[int]
) -> None:
    """ "Tasnim Rahman": a one-word outlet or firm name (not an acronym)
    opening a person's name the NER found, before capitalised words no
    table knows, is the person's given name; so is any one-word name
    opening a full name the people tables know ("Duma Boko")."""
    if not 2 <= ent.end - ent.start <= 3:
        return
    inner = [h for h in hits if ent.start <= h.i and h.j <= ent.end]
    if len(inner) != 1:
        return
    h = inner[0]
    word = ix.doc[ent.start].text
    if (
        h.i != ent.start
        or h.j != ent.start + 1
        or h.entry is None
        or word.isupper()
        or not all(ix.doc[k].text[:1].isupper() for k in range(h.j, ent.end))
    ):
        return
    if h.entry.type not in GIVEN_NAME_ORG_TYPES and not _known_full_name(ent.text):
        return  # "Duma Boko" (the tables know him), never "Kremlin Peskov"
    hits.remove(h)
    covered.difference_update(range(h.i, h.j))


def _org_word_as_surname(
    ix: ActorIndex, ent: Span, hits: list[Hit], covered: set[int]
) -> None:
    """ "Elias Bou Saab", "Nikola Tesla": a one-word firm or outlet name (not
    an acronym) ending a person's name the NER found is their surname when
    the people tables know the whole name or a listed given name opens it."""
    if not 2 <= ent.end - ent.start <= 4:
        return
    inner = [h for h in hits if ent.start <= h.i and h.j <= ent.end]
    if len(inner) != 1:
        return
    h = inner[0]
    word = ix.doc[ent.end - 1].text
    if (
        h.i != ent.end - 1
        or h.j != ent.end
        or h.entry is None
        or h.entry.type not in GIVEN_NAME_ORG_TYPES
        or word.isupper()
        or not all(ix.doc[k].text[:1].isupper() for k in range(ent.start, h.i))
    ):
        return
    first = ix.doc[ent.start].lower_
    if first not in FEMALE_NAMES | MALE_NAMES and not _known_full_name(ent.text):
        return
    hits.remove(h)
    covered.difference_update(range(h.i, h.j))


def _sector_word_as_surname(
    ix: ActorIndex, ent: Span, hits: list[Hit], covered: set[int]
) -> None:
    """ "Qin Gang", "Yi Gang": a capitalised body word ("gang") ending a
    person's name the NER found is their surname when the people tables know
    the name it ends (titles before it aside)."""
    last = ent.end - 1
    if last <= ent.start or not ix.doc[last].text[:1].isupper():
        return
    for h in [h for h in hits if h.kind == "sector" and (h.i, h.j) == (last, ent.end)]:
        if any(
            _known_full_name(ix.doc[k : ent.end].text) for k in range(ent.start, last)
        ):
            hits.remove(h)
            covered.difference_update(range(h.i, h.j))


def _known_full_name(name: str) -> bool:
    """Whether the people tables know ``name`` as someone's full name."""
    from whosaid.actors.people import load_people

    people = load_people()
    return people.key(name) in people.by_name


def _titles_after_honorific(
    ix: ActorIndex, ent: Span, hits: list[Hit], covered: set[int]
) -> None:
    """ "Dr Sultan Al Jaber": a title word right after an honorific inside a
    person's name is a given name (titles stand before honorifics)."""
    for h in [h for h in hits if ent.start < h.i and h.j <= ent.end]:
        if h.kind == "sector" and ix.lower[h.i - 1].rstrip(".") in HONORIFICS:
            hits.remove(h)
            covered.difference_update(range(h.i, h.j))


def _place_not_name(hits: list[Hit], tok: int, word: str) -> bool:
    """Whether the hit at ``tok`` is a capital, city or region no one is
    named after ("Ankara", unlike the state "Chad" or "Sydney")."""
    for h in hits:
        if h.i == tok and h.entry is not None:
            return (
                h.entry.kind in {"capital", "city", "region"}
                and word not in GIVEN_NAMES
            )
    return False


def _extend_org_entry(
    ix: ActorIndex, ent: Span, hits: list[Hit], covered: set[int]
) -> bool:
    """ "Samsung Electronics": a known company's name NER continues."""
    inner = [h for h in hits if ent.start <= h.i and h.j <= ent.end]
    if len(inner) != 1 or inner[0].kind != "name" or inner[0].entry is None:
        return False
    entry = inner[0].entry
    if entry.type not in {"company", "media", "ngo", "party", "armed_group"}:
        return False
    if inner[0].i != ent.start or inner[0].j >= ent.end:
        return False
    rest = ix.doc[inner[0].j : ent.end]
    if not all(t.text[:1].isupper() for t in rest):
        return False
    inner[0].j = ent.end
    inner[0].entry = dataclasses.replace(entry, name=ix.doc[ent.start : ent.end].text)
    covered.update(range(ent.start, ent.end))
    return True


def _yield_sector_words(
    ix: ActorIndex, ent: Span, hits: list[Hit], covered: set[int]
) -> None:
    """Sector words inside an organization's name are part of the name.

    "the Citizens Coalition for Change", "Seoul Central District Court":
    when the entity also has capitalized words no table knows, its
    sector-word hits give way to one organization name.
    """
    inner = [h for h in hits if ent.start <= h.i and h.j <= ent.end]
    sector_hits = [h for h in inner if h.kind == "sector"]
    if not sector_hits:
        return
    unknown = [
        k
        for k in range(ent.start, ent.end)
        if k not in covered
        and ix.doc[k].text[:1].isupper()
        and ix.doc[k].lower_ not in {"the", "a", "an"}
    ]
    if not unknown:
        return
    for h in sector_hits:
        if h.i < unknown[0] and not ix.doc[h.i].text[:1].isupper():
            continue  # a lower-case title before the name stays a title
        hits.remove(h)
        covered.difference_update(range(h.i, h.j))


def _locative_name(span: Span, label: str, persons: set[str]) -> bool:
    """A one-word PERSON/ORG that is the object of "in", "near", "off"."""
    if label not in {NER_PERSON, NER_ORG} or len(span) != 1:
        return False
    tok = span[0]
    if is_acronym(tok.text) or tok.lower_ in {w.split()[-1] for w in persons}:
        return False
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in {"in", "near", "off"}:
        return True
    # "the port of Neskaupstadur", "the outskirts of Goma"
    return prep.lower_ == "of" and prep.head.lower_ in PLACE_NOUNS | {
        "port",
        "harbour",
        "harbor",
        "capital",
        "outskirts",
        "streets",
        "island",
    }


def _person_like(text: str, persons: set[str], surnames: set[str]) -> bool:
    """An ORG/GPE that is a person named elsewhere ("Nikki Haley", "Haley")."""
    low = text.lower().strip()
    if low in persons:
        return True
    words = low.split()
    if len(words) == 1 and low.strip(".,") in surnames and not is_acronym(text):
        return True
    return bool(looks_like_person_name(text) and words[0] in FEMALE_NAMES | MALE_NAMES)
