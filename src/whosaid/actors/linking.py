"""Actors: drafts linked to the people tables (date-aware), party sectors of
the people linked, surnames and names of things named after people, and
place-name tails.  The name forms the linking tries are in
:mod:`whosaid.actors.name_forms`; the article's country as a last resort for
domestic titles in :mod:`whosaid.actors.article_country`."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token

from whosaid.actors.advisers import advises_a_head
from whosaid.actors.fuzzy_names import fuzzy_link
from whosaid.actors.governing import (
    GOVERNING_SOURCE,
    former_head_in_opposition,
    government_changed,
    leader_sector,
    load_governments,
)
from whosaid.actors.identity import clean_person_name
from whosaid.actors.igo_envoys import envoy_to_igo
from whosaid.actors.model import (
    MIL_REB,
    PLACE_TAIL,
    ActorDraft,
)
from whosaid.actors.monarchs import monarch_link, reigning_anywhere
from whosaid.actors.name_agreement import another_persons_name
from whosaid.actors.name_forms import (
    _hyphen_tail,
    _linked_prefix,
    _linked_suffix,
    _linked_surname_after_word,
    _named_in_text,
    _title_as_given_name,
)
from whosaid.actors.name_subsets import subset_link
from whosaid.actors.office_kinds import office_kind
from whosaid.actors.office_titles import title_names_office
from whosaid.actors.party_members import title_names_led_party
from whosaid.actors.party_sectors import (
    bare_leader,
    out_of_office_sector,
    party_sector,
    unlinked_party_sector,
)
from whosaid.actors.people import Link, People, fold, head_office
from whosaid.actors.ruling_parties import (
    head_parties,
    leads_party_out_of_power,
    party_head_title,
)
from whosaid.actors.terms import PARTY_LEADER_SOURCE, Office
from whosaid.entities.lexicon import (
    LEADER_BODY_NOUNS,
)
from whosaid.entities.names import not_a_person_name
from whosaid.nlp.models import doc_text


def link_people(
    drafts: list[ActorDraft],
    people: People,
    date: str | None,
    text: str = "",
    evidence: Collection[str] | None = None,
) -> None:
    """Persons found in the people tables on the article's date: the office
    held that day gives country (or IGO) and sector, one held only before it
    ``ELI``.  The text wins: a country or IGO the text gives restricts the
    match, and a sector from the text ("former president") is kept.

    ``evidence``: the countries the article names (states, demonyms,
    capitals, places); a bare surname links to a head out of office that
    day (former or future) only of one of these ("Johnson" in a US story of
    2018 is not Boris Johnson); ``None``: no such check."""
    named_parties = {d.name for d in drafts if d.type == "party"}
    named_parties |= _parties_in_roles(drafts)
    for d in drafts:
        if _mistyped_person(d, people, date):
            d.type = "person"  # "Thabo Mbeki" tagged as a place by NER
        if d.type != "person" and d.name:
            _leader_country(d, people, date)
        if d.type != "person" or not d.name:
            continue
        if d.name.split()[0].lower() in LEADER_BODY_NOUNS and " " in d.name:
            d.type = "other"  # "Team Clinton": a campaign, never the candidate
            continue
        d.name = clean_person_name(d.name)  # "Donald Trump 384": "Donald Trump"
        if text and not _named_in_text(d, text) and not _short_named(d, people, text):
            continue  # "the man" (named "Man"): a nominal, never a name to look up
        # "King Salman": the reigning monarch of that name, never a surname
        monarch = monarch_link(people, d.name, d.roles, date, d.country)
        if monarch is None and (monarch := reigning_anywhere(people, d, date)):
            d.country, d.igo = monarch.country, monarch.igo
        link = monarch or people.link(
            d.name,
            date,
            country=d.country,
            igo=d.igo,
            roles=d.roles,
            prefer=evidence or (),
        )
        if link is None and d.igo is not None and d.country is None:
            # the same for an IGO named nearby ("the ICC prosecutor said the
            # case against President Uhuru Kenyatta"): a head of state or
            # government named in full and in office that day is their
            # state's (a former one may lead an IGO the tables miss:
            # Bachelet, Rasmussen)
            head = people.link(d.name, date, roles=d.roles)
            if (
                head is not None
                and len(d.name.split()) >= 2
                and bare_head_title(d.roles)
                and head.igo is None
                and not head.former
                and head_office(head.office.office)
            ):
                link = head
                d.country, d.igo = head.country, None
        if link is None and (envoy := envoy_to_igo(d, people, date)) is not None:
            link, d.country, d.igo = envoy, envoy.country, None  # "U.N. Ambassador X"
        if link is None and d.country is not None:
            # a head of state or government named in full keeps their own
            # country whatever a nearby word suggested ("Barack Obama" -> IRN);
            # by surname alone, one in office that day ("China's ... Obama")
            head = people.link(d.name, date, roles=d.roles)
            full = len(d.name.split()) >= 2
            if head is not None and (
                any(head_office(o.office) for o in head.person.offices)
                if full
                else not head.former and head.office.sector is not None
            ):
                link = head
                d.country, d.igo = head.country, head.igo
        if link is None and d.country is not None:
            link = _titled_elsewhere(d, people, date)
        if link is None and len(d.name.split()) >= 2 and _in_headlines(d, text):
            # "Obama Backs Clinton" in a headline: NER took its words for a name
            link, d.name = _linked_prefix(d, people, date)
        if link is None and _in_headlines(d, text):
            # "Derelict Obama Has Failed": a headline word before a surname
            link, d.name = _linked_surname_after_word(d, people, date, text)
        if link is None and len(d.name.split()) >= 3:
            # "Certainly Donald Trump": a word before the name
            link, d.name = _linked_suffix(d, people, date)
        if link is None:  # "Sultan bin Salem al-Habsi": "Sultan" no title
            link = _title_as_given_name(d, people, date, text)
        longer = _hyphen_tail(d, text)
        if link is None and longer:  # "Moon Jae-in" cut to "Moon Jae"
            link = people.link(
                longer, date, country=d.country, igo=d.igo, roles=d.roles
            )
            if link is not None:
                d.name = longer
        fuzzy = link is None and d.type == "person"
        if fuzzy:  # "Carlos Menem" for "Carlos Saul Menem", "Liamine Zéroual"
            link = fuzzy_link(
                people, d.name, date, roles=d.roles, country=d.country, igo=d.igo
            ) or subset_link(  # "Awad Ibn Auf", "Abdulhamid Dbeibah"
                people, d.name, date, roles=d.roles, country=d.country, igo=d.igo
            )
        here = evidence
        if evidence is not None and d.country:  # a country the text gave it
            here = {*evidence, d.country}
        if link is not None and not surname_evidence(d.name, link, here):
            link = None
        if link is not None and _another_persons(people, d.name, link):
            if d.country is None and d.igo is None and link.country in (here or ()):
                d.country = link.country  # a namesake of a country the text names
            link = None  # "Kim Hyo-jin" is never the tables' "Kim Jin-pyo"
        if link is None:
            if d.sector == "PTY" and d.type == "person":
                d.sector = unlinked_party_sector(d.roles)
            continue
        d.kb_id = link.person.id
        if (
            monarch is None  # "King Salman" keeps the text's name
            and not fuzzy  # the text's spelling stays
            and _label_names_better(d.name, link.person.name)
            and not _party_leader_only(link)
            and not _spelling_of(people, d.name, link.person.name, link.person.id)
        ):
            d.name = link.person.name  # "Trump" -> "Donald Trump" in every article
        if (d.country is None and d.igo is None) or _heads_elsewhere(d, link, date):
            d.country, d.igo = link.country, link.igo
        led = leader_sector(link, date)
        if led is None and former_head_in_opposition(link, date, named_parties):
            led = "OPP"  # "former prime minister Imran Khan" of the PTI
        if (
            led is None
            and d.sector != "ELI"  # "former president X" stays a former head
            and leads_party_out_of_power(link, date, head_parties(people))
        ):
            led = "OPP"  # "MDC leader Morgan Tsvangirai" under President Mugabe
        if d.sector is None or (d.sector == "CVL" and link.sector):
            d.sector = led or link.sector
            if advises_a_head(text, d.mentions):
                d.sector = "GOV"  # "X, an aide to President Y": serves now
            elif _term_outlived(link, date):
                d.sector = out_of_office_sector(d.roles)
        elif d.sector == "PTY":
            d.sector = (
                unlinked_party_sector(d.roles)
                if _term_outlived(link, date) or leads_a_party(link)
                else party_sector(d.roles, link)
            )
            if led == "OPP":
                d.sector = led
        elif d.sector == "ELI" and led == "OPP":
            d.sector = led  # "former prime minister X" who leads the opposition
        elif (
            d.sector == "ELI"
            and led is None
            and _holds_office_now(link, date)
            and not former_of_office(d.roles, link.office.office)
        ):
            d.sector = link.sector  # "X, the former NATO chief": Norway's minister
        elif d.sector == "BUS" and link.sector == "GOV" and not link.former:
            if title_names_office(d.roles, link.office.office):
                d.sector = "GOV"  # "Chief Executive Carrie Lam": no firm's
        elif (d.sector, link.sector) == MIL_REB and not link.former:
            d.sector = "REB"  # "X, commander of the SDF": an armed group's
        elif d.sector == "MIL" and _heads_the_state(link, date):
            d.sector = "GOV"  # "General X, the chairman of the Sovereignty Council"
        elif (
            d.sector == "GOV"
            and (bare_leader(d.roles) or title_names_led_party(d.roles, link.office))
            and (not _in_office(link, date) or leads_a_party(link))
            and led != "PTY"
        ):
            d.sector = "OPP"  # "Its leader, X" out of office: a party's
        elif d.sector == "GOV" and led == "OPP" and party_head_title(d.roles):
            d.sector = "OPP"  # "MDC leader X": a title gave GOV, no office does
        if led is not None and d.sector == led:
            d.sources.append(GOVERNING_SOURCE)  # the party in or out of power
        d.sources.append(link.source)


def _short_named(d: ActorDraft, people: People, text: str) -> bool:
    """Whether a mention is a short form name_variants.tsv gives the
    draft's name ("Jokowi" for "Joko Widodo", "Lula")."""
    key = people.key(d.name)
    return any(people.name_variants.get(fold(text[s:e])) == key for s, e in d.mentions)


def _titled_elsewhere(d: ActorDraft, people: People, date: str | None) -> Link | None:
    """A full name the text's country does not fit, linked without it to a
    person holding that day the office the text's title names ("Interior
    Minister Matteo Piantedosi" in a story of Albania: Italy's minister of
    the interior): the title and the name agree, the country was a guess."""
    if len(d.name.split()) < 2 or not d.roles:
        return None
    link = people.link(d.name, date, roles=d.roles)
    if link is None or link.former or link.stale or link.office.sector is None:
        return None
    kind = office_kind(link.office)
    titled = {
        office_kind(Office(link.country, link.igo, "GOV", r, "", "", "text"))
        for r in d.roles
    }
    if kind is None or kind not in titled:
        return None
    d.country, d.igo = link.country, link.igo
    return link


def _parties_in_roles(drafts: list[ActorDraft]) -> set[str]:
    """The names of the parties the drafts' titles spell ("Rishi Sunak, the
    Conservative Party leader"): a party named in an apposition has no
    draft of its own."""
    roles = " ".join(r for d in drafts for r in d.roles).lower()
    if not roles:
        return set()
    names = {p for g in load_governments() for p in g.parties}
    return {name for name in names if name.lower() in roles}


def leads_a_party(link: Link) -> bool:
    """Whether a link codes its person by a party's leadership (the
    Factbook's party leaders): no office of the state's."""
    return link.office.source == PARTY_LEADER_SOURCE


def _another_persons(people: People, text_name: str, link: Link) -> bool:
    """Whether the linked person's label is another person's name than the
    full name the text gives, which the tables do not know them by."""
    person = link.person
    return another_persons_name(text_name, person.name) and not _spelling_of(
        people, text_name, person.name, person.id
    )


def _spelling_of(people: People, text_name: str, label: str, pid: str = "") -> bool:
    """Whether a full name the article gives is the label in another
    spelling (name_variants.tsv: "Ram Chandra Paudel" for the Factbook's
    "Poudel"), or another name the tables know the person by ("Salome
    Zourabichvili" of "Salome Zurabishvili"): the article's spelling stays."""
    if len(text_name.split()) < 2:
        return False
    key = people.key(text_name)
    if key == people.key(label):
        return True
    return any(people.ids[k] == pid for k in people.by_name.get(key, ()))


def _party_leader_only(link: Link) -> bool:
    """Whether the people tables know a person only as a party's leader
    (the Factbook's spelling, often short: "Maria Machado"): their label
    never renames the text's "María Corina Machado"."""
    return all(o.source == PARTY_LEADER_SOURCE for o in link.person.offices)


def _label_names_better(text_name: str, label: str) -> bool:
    """Whether the people table's label should name a linked person: it
    completes a surname ("Trump" -> "Donald Trump") and drops middle
    initials ("Paul D. Ryan" -> "Paul Ryan"), but a full name the article
    gives with as few words stays ("Raila Odinga", not the table's "Raila A
    Odinga"; "Bernie Sanders", not "Bernard Sanders"; "Shunichi Suzuki")."""
    if not 2 <= len(label.split()) <= 5:
        return False
    words = fold(text_name).split()
    clean = all(_NAME_WORD.match(w) for w in text_name.split())  # not "Chris]"
    full = len(words) >= 2 and text_name[:1].isupper() and clean
    if full and words == fold(label).split()[:-1] and len(words) >= 3:
        return False  # "José Manuel Albares", not "... Albares Bueno"
    if not full or words[-1] != fold(label).split()[-1]:
        return True  # a surname, a cut name ("de Tambèla"), another name
    return len(text_name.split()) > len(label.split())


_NAME_WORD = re.compile(r"^[^\W\d_][\w.'’-]*$")


def _term_outlived(link: Link, date: str | None) -> bool:
    """Whether a linked office is an open cabinet term (EveryPolitician's
    lists stop in 2022-24) begun before the government changed hands
    (``governing.tsv``): the person holds it no more."""
    o = link.office
    return (
        not link.former
        and o.source == "ep"
        and not o.end
        and government_changed(o.country, o.start, date)
    )


def _heads_elsewhere(d: ActorDraft, link: Link, date: str | None) -> bool:
    """Whether a person the text gave another country holds a head of
    state's or government's office that day ("President X, a former French
    diplomat", Georgia's president): the office's country wins."""
    return (
        d.igo is None
        and link.country is not None
        and d.country != link.country
        and _in_office(link, date)
        and head_office(link.office.office)
    )


def _holds_office_now(link: Link, date: str | None) -> bool:
    """Whether a person the text calls former holds a state or IGO office
    that day: the office codes them (CAMEO codes the present role).
    Undated, an open EveryPolitician term is no such evidence (its lists
    stop in 2022-24: "Former U.S. Vice President Kamala Harris"): the
    text's "former" wins."""
    return (
        _in_office(link, date)
        and link.office.source != PARTY_LEADER_SOURCE
        and link.sector not in {None, "ELI", "PTY"}
        and not (date is None and link.office.source == "ep" and not link.office.end)
    )


_RULING_COUNCIL = re.compile(
    r"^(?:chairman|chairwoman|president|head) of the .*council\b"
)
"""A junta's head of state ("Chairman of the Sovereignty Council")."""


def _heads_the_state(link: Link, date: str | None) -> bool:
    """Whether a person holds a head of state's or government's office
    that day: an officer who rules is coded by the office (GOV), as the
    tables code juntas' leaders, not by the rank."""
    label = link.office.office
    return (
        link.sector == "GOV"
        and _in_office(link, date)
        and (head_office(label) or bool(_RULING_COUNCIL.match(label.lower())))
    )


HEAD_TITLE_WORDS: frozenset[str] = frozenset(
    {"president", "prime", "minister", "premier", "chancellor", "king", "queen"}
)


def bare_head_title(roles: Collection[str]) -> bool:
    """Whether a person's only titles are a head of state's or government's
    ("President", "Prime Minister"): no title names an IGO's office ("CARICOM
    chair", "the UN High Commissioner")."""
    words = [w for r in roles for w in re.findall(r"[a-z]+", r.lower())]
    return bool(words) and all(w in HEAD_TITLE_WORDS for w in words)


PAST_MODIFIERS: frozenset[str] = frozenset(
    {"former", "ex", "ex-", "ousted", "deposed", "toppled", "overthrown", "late"}
)
"""Words that put a title in the past ("the ousted president")."""


def former_of_office(roles: Collection[str], office: str) -> bool:
    """Whether the text calls a person former in the very office the tables
    say they hold that day ("former president X" while a yearly source
    still lists X as president): the text wins, the person is ``ELI``."""
    office_words = set(re.findall(r"[a-z]+", office.lower())) - {"of", "the", "state"}
    for role in roles:
        words = re.findall(r"[a-z]+-?", role.lower())
        for k, w in enumerate(words):
            if w in PAST_MODIFIERS and any(
                x.rstrip("-") in office_words for x in words[k + 1 :]
            ):
                return True
    return False


def _in_office(link: Link, date: str | None) -> bool:
    return not link.former and not link.stale and not _term_outlived(link, date)


def surname_evidence(name: str, link: Link, evidence: Collection[str] | None) -> bool:
    """Whether a link may stand: a full name, or a surname of a head in
    office that day, always; a surname of a head out of office that day
    (former, or a candidate before the term) only when the article names
    that head's country (``evidence``)."""
    if evidence is None or len(name.split()) > 1:
        return True
    out_of_office = link.former or not link.office.office
    return not out_of_office or link.country in evidence


NER_GUESS_TYPES: frozenset[str] = frozenset({"government", "other", "place", "company"})
SURNAME_GUESS_TYPES: frozenset[str] = frozenset({"government", "other", "company"})


def surnames_as_people(
    drafts: list[ActorDraft], people: People, date: str | None, text: str
) -> list[ActorDraft]:
    """A one-word name NER took for a body ("Trump" as an ORG) is a person's
    surname where it stands bare ("Trump", "Trump's") and the
    article names a person so ("Donald Trump"), or the people tables know a
    head by that surname on that date: its bare mentions join that person
    (a new person when the article has none); mentions with more words
    ("Trump fans") stay where they are."""
    persons = {
        d.name.split()[-1].lower(): d for d in drafts if d.type == "person" and d.name
    }
    out: list[ActorDraft] = []
    for d in drafts:
        word = d.name.lower()
        if (
            d.type not in SURNAME_GUESS_TYPES
            or not set(d.sources) <= {"ner"}
            or not d.name.isalpha()
            or not d.name[:1].isupper()
        ):
            out.append(d)
            continue
        bare = [(s, e) for s, e in d.mentions if _bare(text[s:e]) == word]
        person = persons.get(word)
        if not bare or (person is None and people.link(d.name, date) is None):
            out.append(d)
            continue
        if person is None:
            person = persons[word] = ActorDraft(
                key=("person", word),
                name=d.name,
                type="person",
                country=None,
                igo=None,
                sector=None,
                code=None,
                sources=["ner"],
            )
            out.append(person)
        person.mentions.extend(m for m in bare if m not in person.mentions)
        d.mentions = [m for m in d.mentions if m not in bare]
        if d.mentions:
            out.append(d)
    return out


def _leader_country(d: ActorDraft, people: People, date: str | None) -> None:
    """A body named after its leader ("Obama administration", "Assad
    regime") is of the leader's country on that date, whatever country the
    article is about; a leader the tables do not know leaves it as it is."""
    words = d.name.split()
    if len(words) < 2 or words[-1].lower() not in LEADER_BODY_NOUNS:
        return
    if not words[0][:1].isupper() or d.igo is not None:
        return
    link = people.link(" ".join(words[:-1]), date)
    if link is not None and link.country is not None:
        d.country = link.country
        d.sources.append(f"leader {link.person.id}")


def _bare(mention: str) -> str:
    """A mention's words without a possessive ending ("the Trump" is a
    modifier: "the Trump campaign")."""
    return " ".join(mention.lower().replace("’", "'").removesuffix("'s").split())


def _mistyped_person(d: ActorDraft, people: People, date: str | None) -> bool:
    """An actor only NER typed (not a knowledge file), whose full name (two
    words or more) is a person's in the people tables on that date."""
    return (
        d.type in NER_GUESS_TYPES
        and set(d.sources) <= {"ner"}
        and len(d.name.split()) >= 2
        and people.link(d.name, date, roles=d.roles) is not None
    )


def _in_headlines(d: ActorDraft, text: str) -> bool:
    """Whether every mention that spells the whole name sits in a headline:
    a line of three words or more, most of them capitalized ("Obama Just
    Pulled Out The Race Card On Donald Trump.")."""
    whole = [s for s, e in d.mentions if d.name in text[s:e]]
    for s in whole:
        start = text.rfind("\n", 0, s) + 1
        end = text.find("\n", s)
        line = text[start : end if end >= 0 else len(text)].strip()
        words = [w for w in line.split() if w[:1].isalpha()]
        if len(words) < 3:
            return False
        if sum(w[:1].isupper() for w in words) < 0.7 * len(words):
            return False
    return bool(whole)


def things_named_after_people(
    drafts: list[ActorDraft], doc: Doc, known: Callable[[str], bool]
) -> None:
    """A "person" the people tables do not know whose name is a thing's or
    a headline fragment (:func:`whosaid.entities.names.not_a_person_name`:
    "Trump Tower", "Trump Taj Mahal", "Trump Revealed", "Endorsed Trump",
    beside the known "Donald Trump") is no person: type ``other``, no code."""
    surnames = {
        d.name.split()[-1].lower()
        for d in drafts
        if d.type == "person" and len(d.name.split()) >= 2 and known(d.name)
    }
    for d in drafts:
        if d.type != "person" or not d.mentions or d.kb_id or known(d.name):
            continue  # linked ("Obama Says" in a headline is Barack Obama)
        toks = _name_tokens(d, doc)
        words = [t.text for t in toks] or d.name.split()
        tags = [t.tag_ for t in toks]
        if not_a_person_name(words, tags, surnames):
            d.type = "other"  # what the text says of it stays ("State Department X")
            d.sources.append("named after a person")


def _name_tokens(d: ActorDraft, doc: Doc) -> list[Token]:
    """The tokens of the first mention that spell the draft's name (its
    titles and determiners left out); none when no mention spells it."""
    text = doc_text(doc)
    for s, e in sorted(d.mentions):
        k = text.find(d.name, s, e)
        span = doc.char_span(k, k + len(d.name)) if k >= 0 else None
        if span is not None:
            return list(span)
    return []


def place_name_tails(drafts: list[ActorDraft], text: str) -> None:
    """A "person" every mention of which ends a place name ("Braunau am Inn",
    "Newcastle upon Tyne") is that place's tail: a place, never a speaker."""
    for d in drafts:
        if (
            d.type == "person"
            and d.mentions
            and all(PLACE_TAIL.search(text[max(0, s - 40) : s]) for s, _ in d.mentions)
        ):
            d.type, d.country, d.igo, d.sector = "place", None, None, None
            d.sources.append("place name")
