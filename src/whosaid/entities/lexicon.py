"""One lexicon for the entity stages: the word lists that the speakers and
actors stages share (role and organization nouns, titles, pronouns, media
words, honorifics...).

Long lists live in ``data/*.txt`` (lower-cased, one per line, ``#`` comments);
short closed classes are constants here.  Where the two stages need different
sets, there is one base set and a clearly named stage-specific set built from
it (e.g. :data:`MEDIA_NAME_WORDS` and :data:`MEDIA_MARKERS`), so a word is
listed once.  ``data/sectors.tsv`` (title and body words -> CAMEO sector, read
by the actors stage's knowledge) marks the words the speaker stage also reads
as role or organization nouns.
"""

from __future__ import annotations

import csv
from importlib import resources


def _load(name: str) -> frozenset[str]:
    text = (
        resources.files("whosaid.entities")
        .joinpath("data", name)
        .read_text(encoding="utf-8")
    )
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


def _sector_rows() -> list[dict[str, str]]:
    """The rows of ``sectors.tsv`` (read once, at import)."""
    text = (
        resources.files("whosaid.entities")
        .joinpath("data", "sectors.tsv")
        .read_text(encoding="utf-8")
    )
    rows = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE))


def _sector_nouns(
    rows: list[dict[str, str]], speaker_noun: str | None
) -> frozenset[str]:
    """The patterns of the ``sectors.tsv`` ``rows`` whose ``speaker_noun``
    column is ``speaker_noun`` (the role and organization nouns both stages
    share); ``None``: every pattern."""
    return frozenset(
        row["pattern"].strip().lower()
        for row in rows
        if speaker_noun is None
        or (row.get("speaker_noun") or "").strip() == speaker_noun
    )


_SECTOR_ROWS = _sector_rows()
# Role and organization nouns: the one-word title and body words of
# ``sectors.tsv`` marked for the speaker stage, plus the words only the speaker
# stage reads (``role_nouns.txt``, ``org_nouns.txt``: no sector of their own).
SHARED_ROLE_NOUNS: frozenset[str] = _sector_nouns(_SECTOR_ROWS, "role")
SPEAKER_ONLY_ROLE_NOUNS: frozenset[str] = _load("role_nouns.txt")
ROLE_NOUNS: frozenset[str] = SHARED_ROLE_NOUNS | SPEAKER_ONLY_ROLE_NOUNS
SHARED_ORG_NOUNS: frozenset[str] = _sector_nouns(_SECTOR_ROWS, "org")
SPEAKER_ONLY_ORG_NOUNS: frozenset[str] = _load("org_nouns.txt")
ORG_NOUNS: frozenset[str] = SHARED_ORG_NOUNS | SPEAKER_ONLY_ORG_NOUNS
# Every one-word title, body and modifier word of ``sectors.tsv`` ("voter",
# "officials", "businesses"): common nouns that name nobody in particular.
SECTOR_WORDS: frozenset[str] = frozenset(
    w for w in _sector_nouns(_SECTOR_ROWS, None) if " " not in w
)
DOC_NOUNS: frozenset[str] = _load("doc_nouns.txt")
TITLES: frozenset[str] = _load("titles.txt")
# Heads of a bare source of numbers or papers ("market data showed",
# "according to court documents"): the source is named by its own words.
EVIDENCE_NOUNS: frozenset[str] = frozenset(
    {
        *("data", "documents", "figures", "records", "statistics"),
        *("estimates", "plans", "filings", "minutes"),
    }
)
# How many words a bare evidence phrase has ("court documents", "agency
# contingency plans"), for the speaker and actor stages alike.
EVIDENCE_WORDS: tuple[int, ...] = (2, 3)
FEMALE_NAMES: frozenset[str] = _load("first_names_female.txt")
MALE_NAMES: frozenset[str] = _load("first_names_male.txt")
UNISEX_NAMES: frozenset[str] = _load("unisex_given_names.txt")
"""Given names women and men alike bear ("Robin", "Andrea", "Nino"): no
evidence for "he"/"she" whatever the lists and tables say."""
# Head nouns of things named after people ("Trump Tower", "Nobel Prize").
THING_NOUNS: frozenset[str] = _load("thing_nouns.txt")

# Organisation nouns that name no particular kind of body: a definite
# "the company"/"the group" may fall back to a recent organisation speaker.
GENERIC_ORG_NOUNS: frozenset[str] = frozenset(
    {
        "bank",
        "body",
        "campaign",
        "company",
        "firm",
        "group",
        "movement",
        "organisation",
        "organization",
        "party",
    }
)

# Nouns naming news media; they match organisations that look like media.
MEDIA_NOUNS: frozenset[str] = frozenset(
    {
        "agency",
        "broadcaster",
        "channel",
        "daily",
        "magazine",
        "network",
        "newspaper",
        "outlet",
        "paper",
        "publication",
        "station",
        "tabloid",
        "website",
    }
)

# Words in an organisation's name that make it a news medium: the actors
# stage codes an organization with one of these MED ("Kyiv Post").
MEDIA_NAME_WORDS: frozenset[str] = frozenset(
    {"agency", "herald", "journal", "news", "post", "radio", "times", "tribune", "tv"}
)
# The speaker stage's wider set: a media nominal ("the newspaper") matches an
# organisation with one of these in its name.
MEDIA_MARKERS: frozenset[str] = MEDIA_NAME_WORDS | frozenset(
    {
        "broadcasting",
        "daily",
        "gazette",
        "guardian",
        "media",
        "press",
        "telegraph",
        "zeitung",
    }
)

# Words that mark a name as an organisation rather than a person, whatever NER
# says ("Nikki Haley" is sometimes tagged ORG; "Foreign Ministry" never is a
# person).
ORG_NAME_WORDS: frozenset[str] = ORG_NOUNS | frozenset(
    {
        "bank",
        "corp",
        "corporation",
        "headquarters",
        "holdings",
        "inc",
        "limited",
        "llc",
        "ltd",
        "plc",
        "securities",
        "society",
        "sons",  # "Tata Sons", "John Wiley & Sons": a family firm
        "brothers",  # "Lehman Brothers", "Warner Bros."
        "trust",
        "nations",
        "news",
        "press",
        "times",
        "tv",
    }
)

# Nouns for a state as an actor: "the country said" resolves to a state.
STATE_NOUNS: frozenset[str] = frozenset({"country", "nation", "state", "kingdom"})

# Gendered role words and honorifics.
FEMALE_WORDS: frozenset[str] = frozenset(
    {
        "chairwoman",
        "congresswoman",
        "dame",
        "lady",
        "madam",
        "miss",
        "mrs",
        "ms",
        "princess",
        "queen",
        "spokeswoman",
        "businesswoman",
        "woman",
        "mother",
        "wife",
        "daughter",
        "sister",
    }
)
MALE_WORDS: frozenset[str] = frozenset(
    {
        "chairman",
        "congressman",
        "king",
        "lord",
        "mr",
        "prince",
        "sir",
        "spokesman",
        "businessman",
        "man",
        "father",
        "husband",
        "son",
        "brother",
    }
)

# Role synonyms: a nominal headed by the key matches titles with any value.
_PRINT_NOUNS = frozenset({"newspaper", "daily", "paper", "tabloid"})
_FEDERATION_NOUNS: frozenset[str] = frozenset({"federation", "confederation"})
"""A confederation of unions or employers is "the federation" too."""

ORG_SYNONYMS: dict[str, frozenset[str]] = {
    "bench": frozenset({"bench", "court", "tribunal"}),
    "panel": frozenset({"panel", "court", "tribunal"}),
    **dict.fromkeys(_PRINT_NOUNS, _PRINT_NOUNS),
    **dict.fromkeys(_FEDERATION_NOUNS, _FEDERATION_NOUNS),
}
"""Heads of a nominal source that stand for a body named or described with
another word ("the bench said" after "the Supreme Court", "the newspaper"
after "Kayhan, a hardline daily,", "the federation" after "the Icelandic
Confederation of Labour")."""

ROLE_SYNONYMS: dict[str, frozenset[str]] = {
    "spokesman": frozenset({"spokesman", "spokesperson", "spokeswoman"}),
    "spokeswoman": frozenset({"spokesman", "spokesperson", "spokeswoman"}),
    "spokesperson": frozenset({"spokesman", "spokesperson", "spokeswoman"}),
    "envoy": frozenset({"envoy", "ambassador", "representative"}),
    "ambassador": frozenset({"envoy", "ambassador"}),
    "chair": frozenset({"chair", "chairman", "chairwoman", "chairperson"}),
    "chairman": frozenset({"chair", "chairman", "chairperson"}),
    "chairwoman": frozenset({"chair", "chairwoman", "chairperson"}),
    "premier": frozenset({"premier", "prime"}),
    "adviser": frozenset({"adviser", "advisor"}),
    "advisor": frozenset({"adviser", "advisor"}),
    **dict.fromkeys(
        ("congresswoman", "congressman"),
        frozenset({"congresswoman", "congressman", "rep", "representative"}),
    ),
    "senator": frozenset({"senator", "sen"}),
    "governor": frozenset({"governor", "gov"}),
    **dict.fromkeys(("pope", "pontiff"), frozenset({"pope", "pontiff"})),
    "monarch": frozenset({"monarch", "king", "queen", "emir", "sultan"}),
    "lawmaker": frozenset(
        {"lawmaker", "legislator", "senator", "sen", "rep", "representative"}
        | {"congressman", "congresswoman", "mp", "deputy"}
    ),
}

# Pronoun sources and what they can refer to.
PERSON_PRONOUNS: dict[str, str | None] = {
    "he": "m",
    "him": "m",
    "his": "m",
    "she": "f",
    "her": "f",
    "hers": "f",
}
THING_PRONOUNS: frozenset[str] = frozenset({"it", "its"})
GROUP_PRONOUNS: frozenset[str] = frozenset({"they", "them", "their", "we", "us", "our"})
RELATIVE_PRONOUNS: frozenset[str] = frozenset({"who", "which", "that", "whom"})

# Determiners that make a nominal anaphoric ("the ministry", "this report").
DEFINITE_DETS: frozenset[str] = frozenset({"the", "this", "that", "these", "those"})

# Honorifics (not role titles) dropped from the front of a name ("Mr X").
HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx"}
)

# Ranks that are also the name of a body: a title only before a full personal
# name ("Garda Ronan Cusack"; "Garda Síochána" is Ireland's police).
FULL_NAME_TITLES: frozenset[str] = frozenset({"garda"})

# Letters after a personal name for an office, a bar rank or an honour, not
# part of the name ("Conor Quigley SC", "Jane Smith MP", "John Brown OBE").
POST_NOMINALS: frozenset[str] = frozenset(
    {"SC", "KC", "QC", "BL", "MP", "TD", "MLA", "MSP", "MEP", "MPP", "MHA"}
    | {"OBE", "CBE", "MBE", "KBE", "DBE"}
)

# Heads of a source that name a single person ("a source", "the witness").
SINGULAR_PERSON_NOUNS: frozenset[str] = ROLE_NOUNS | frozenset(
    {"source", "witness", "resident", "person", "man", "woman", "insider"}
)

# Heads of sources near a person but not the person ("people close to the
# Clintons", "an adviser to Mrs. Clinton", "Clinton allies").
TEAM_NOUNS: frozenset[str] = frozenset(
    {"defense", "defence", "lawyers", "attorneys", "team", "campaign", "camp"}
    | {"board"}
)
"""Bodies of people who act for a possessor and are not the possessor:
"Bolsonaro's defense", "the bank's board", "Trump's lawyers" (a person's
office speaks for the person)."""
ASSOCIATE_NOUNS: frozenset[str] = frozenset(
    {
        "people",
        "person",
        "adviser",
        "advisers",
        "advisor",
        "advisors",
        "aide",
        "aides",
        "ally",
        "allies",
        "friend",
        "friends",
        "associate",
        "associates",
        "confidant",
        "confidants",
        "confidante",
        "source",
        "sources",
        "insider",
        "insiders",
        "supporters",
        "critics",
        "strategist",
        "strategists",
        "surrogate",
        "surrogates",
        "loyalists",
        "backers",
        "operatives",
        "relative",
        "relatives",
    }
)

# Heads that never name a particular speaker by themselves.
GENERIC_HEADS: frozenset[str] = frozenset(
    {
        "source",
        "sources",
        "official",
        "officials",
        "people",
        "analysts",
        "critics",
        "experts",
        "observers",
        "residents",
        "witnesses",
        "diplomats",
        "some",
        "others",
        "many",
        "side",
    }
)

# Every pronoun the speaker stage resolves.
ALL_PRONOUNS: frozenset[str] = (
    frozenset(PERSON_PRONOUNS) | THING_PRONOUNS | GROUP_PRONOUNS | RELATIVE_PRONOUNS
)
# The pronouns the actors stage treats as a bare pronoun source (no "hers",
# "us", "our", and no relative pronouns).
ACTOR_PRONOUNS: frozenset[str] = (
    (frozenset(PERSON_PRONOUNS) - {"hers"})
    | THING_PRONOUNS
    | (GROUP_PRONOUNS - {"us", "our"})
)
FIRST_NAMES: frozenset[str] = FEMALE_NAMES | MALE_NAMES
# Lower-case words inside a person's name, a surname may open with them ("Le
# Pen", "von der Leyen", "Kyélem de Tambèla", "Mohammed bin Salman", "dela
# Rosa").
NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "das", "do", "dos", "del", "della", "di", "du", "van", "von", "der"}
    | {"den", "ter", "bin", "bint", "ibn", "al", "el", "la", "le"}
    | {"dela", "delos"}  # Filipino surnames: "dela Rosa", "delos Santos"
)
# Given names: the hand lists and ``given_names.txt`` (generated from the
# people table: words that open names far more often than they end them).
GIVEN_NAMES: frozenset[str] = FIRST_NAMES | _load("given_names.txt")
# The gender of a given name's holders in the people tables ("patrick" m):
# ``given_name_genders.tsv``, generated by ``scripts/build_name_genders.py``;
# read after the hand lists, as evidence for "she"/"he".
NAME_GENDERS: dict[str, str] = {
    word: gender
    for word, _, gender in (
        line.partition("\t") for line in _load("given_name_genders.tsv")
    )
    if gender in {"f", "m"}
}

# Titles of envoys: a diplomat's country is the one before the title.
DIPLOMAT_WORDS: frozenset[str] = frozenset(
    {
        "ambassador",
        "envoy",
        "representative",
        "diplomat",
        "delegate",
        "delegation",
        "mission",
        "emissary",
        "consul",
        "ambassadors",
        "envoys",
        "diplomats",
    }
)

# Nouns for administrative places ("Kherson region", "the province of X").
PLACE_NOUNS: frozenset[str] = frozenset(
    {
        "state",
        "province",
        "region",
        "county",
        "district",
        "governorate",
        "prefecture",
        "oblast",
        "territory",
        "city",
        "town",
        "village",
    }
)

# Words in an organization's name that give its sector in the actors stage.
NGO_NAME_WORDS: frozenset[str] = frozenset(
    {
        "network",
        "association",
        "foundation",
        "society",
        "alliance",
        "watch",
        "initiative",
    }
)
BUS_NAME_WORDS: frozenset[str] = frozenset(
    {
        "industries",
        "industry",
        "airlines",
        "airways",
        "holdings",
        "motors",
        "inc",
        "ltd",
    }
)
GOV_NAME_WORDS: frozenset[str] = frozenset(
    {
        "office",
        "agency",
        "authority",
        "service",
        "commission",
        "ministry",
        "department",
        "bureau",
        "directorate",
        "administration",
    }
)
LEADER_BODY_NOUNS: frozenset[str] = frozenset(
    {"administration", "government", "regime", "campaign", "cabinet", "camp", "team"}
)
"""Bodies named after their leader ("the Obama administration", "the Assad
regime", "the Trump campaign"): the body, never the leader."""

MONTH_NUMBERS: dict[str, int] = {
    month: number
    for number, month in enumerate(
        (
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ),
        start=1,
    )
}
"""Month names (lower case) -> month number: date parsing, and words that
are never a name's last word."""
