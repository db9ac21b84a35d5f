"""Word lists used by the speaker resolver.

Long lists live in ``data/*.txt`` (lower-cased, one per line, ``#`` comments);
short closed classes are constants here.
"""

from __future__ import annotations

from importlib import resources


def _load(name: str) -> frozenset[str]:
    text = (
        resources.files("whosaid.speakers")
        .joinpath("data", name)
        .read_text(encoding="utf-8")
    )
    return frozenset(
        line.strip().lower()
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    )


ROLE_NOUNS: frozenset[str] = _load("role_nouns.txt")
ORG_NOUNS: frozenset[str] = _load("org_nouns.txt")
DOC_NOUNS: frozenset[str] = _load("doc_nouns.txt")
TITLES: frozenset[str] = _load("titles.txt")
FEMALE_NAMES: frozenset[str] = _load("first_names_female.txt")
MALE_NAMES: frozenset[str] = _load("first_names_male.txt")

# Organisation nouns that name no particular kind of body: a definite
# "the company"/"the group" may fall back to a recent organisation speaker.
GENERIC_ORG_NOUNS: frozenset[str] = frozenset(
    {
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

# Words in an organisation's name that mark it as a news medium.
MEDIA_MARKERS: frozenset[str] = frozenset(
    {
        "agency",
        "broadcasting",
        "daily",
        "gazette",
        "guardian",
        "herald",
        "journal",
        "media",
        "news",
        "post",
        "press",
        "radio",
        "telegraph",
        "times",
        "tribune",
        "tv",
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
        "inc",
        "ltd",
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
