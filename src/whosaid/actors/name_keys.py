"""The people tables' key forms of a person's name: the surname word (the
first of two Spanish surnames, the first word where the family name comes
first), short forms ("first last"), spelling variants (umlauts), and the
words a key may not consist of alone."""

from __future__ import annotations

from collections.abc import Sequence

from whosaid.entities.lexicon import GIVEN_NAMES, NAME_PARTICLES

SPANISH_NAMING: frozenset[str] = frozenset(
    {
        "ARG", "BOL", "CHL", "COL", "CRI", "CUB", "DOM", "ECU", "ESP", "GNQ",
        "GTM", "HND", "MEX", "NIC", "PAN", "PER", "PRI", "PRY", "SLV", "URY",
        "VEN",
    }
)  # fmt: skip
"""Countries whose people carry two surnames, the father's first ("Manuel
Marrero Cruz" is Marrero, "Marisol Espinoza Cruz" Espinoza): a surname
alone names them by the first of the two, never by the mother's."""


def surname_word(words: Sequence[str], country: str | None) -> str | None:
    """The word a surname alone names a person by, when it is not their
    name's last: the father's surname of a Spanish double surname ("manuel
    marrero cruz" -> "marrero"; "gustavo francisco petro urrego" ->
    "petro"); ``None`` for other names ("nicolas maduro", "juan carlos
    varela", "gonzalo sanchez de lozada": particles make no plain pair)."""
    if country not in SPANISH_NAMING or len(words) < 3:
        return None
    if any(w in NAME_PARTICLES for w in words[1:]):
        return None
    paternal = words[-2]
    if len(words) == 3 and paternal in GIVEN_NAMES:
        return None  # "Juan Carlos Varela": two given names, one surname
    return paternal if len(paternal) > 2 else None


TITLE_KEY_WORDS: frozenset[str] = frozenset(
    {
        "president", "minister", "premier", "chancellor", "vice", "deputy",
        "first", "prime", "acting", "interim", "designate", "previously",
        "formerly",
    }
)  # fmt: skip
"""Words of an office, never of a name: a generated name that ends in
them ("Mohammad Mokher - previously first vice president", a Factbook note
read as part of the name) must not make "the Vice President" that person."""


def title_words_only(key: str) -> bool:
    """Whether a folded surname or short form is only office words
    (:data:`TITLE_KEY_WORDS`): no key to index a person under."""
    return all(w in TITLE_KEY_WORDS for w in key.split())


NAME_HONORIFICS: frozenset[str] = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "sir", "dame", "sheikh", "shaikh", "sheikha"}
    | {"sayyid", "sayed", "maulana", "mawlana", "mullah", "haji", "hajji", "imam"}
    | {"makhdoom", "makhdum"}  # a Sufi family's hereditary title
    | {"ayatollah", "rev", "reverend", "gen", "general", "col", "adm", "lt"}
)
"""Words before a name that are no part of it: honorifics, religious and
military ranks."""


SURNAME_FIRST: frozenset[str] = frozenset(
    {"CHN", "TWN", "KOR", "PRK", "VNM", "KHM", "HUN", "MNG"}
)
"""Countries whose names put the family name first ("Ko Jong-bom"):
their names keep every word."""


ARABIC_PATRONYMICS: frozenset[str] = frozenset({"bin", "bint", "ibn", "ben"})
"""The words of an Arabic chain of names ("Sultan bin Salem bin Saeed
al-Habsi"): news names its holder by the first name and the family name."""
FAMILY_ARTICLES: frozenset[str] = frozenset({"al", "el"})
_NAME_SUFFIXES: frozenset[str] = frozenset(
    {"jr", "sr", "ii", "iii", "iv", "gen", "col"}
)


def short_form(words: Sequence[str], country: str | None) -> str | None:
    """The first and last words of a name of three words or more, the way
    news shortens it: "anura dissanayake" ("Anura Kumara Dissanayake"),
    "sultan al habsi" (an Arabic chain: the first name and the family name
    with its article), "carlos menem" (a Spanish name of two given names and
    one surname); ``None`` for Spanish double surnames, family-name-first
    countries, other particles ("Bart De Wever": the particle stays), an
    initial or a suffix ("Jr")."""
    if country in SPANISH_NAMING and len(words) == 3 and words[1] in GIVEN_NAMES:
        # "Carlos Menem" for "Carlos Saúl Menem": a second given name, one surname
        return _given_surname(words)
    if len(words) < 3 or country in SPANISH_NAMING or country in SURNAME_FIRST:
        return None
    if words[-1] in _NAME_SUFFIXES or any(len(w) < 2 for w in words):
        return None
    if words[1] in ARABIC_PATRONYMICS or words[-2] in FAMILY_ARTICLES:
        tail = words[-2:] if words[-2] in FAMILY_ARTICLES else words[-1:]
        if words[0] in NAME_PARTICLES or tail[-1] in NAME_PARTICLES:
            return None
        return " ".join([words[0], *tail]) if len(tail) + 1 < len(words) else None
    if any(w in NAME_PARTICLES for w in words):
        return None
    return f"{words[0]} {words[-1]}"


def _given_surname(words: Sequence[str]) -> str | None:
    """The first and last of three words, none an initial or particle."""
    if any(len(w) < 2 or w in NAME_PARTICLES for w in words):
        return None
    return f"{words[0]} {words[2]}"


_UMLAUTS = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
)


def umlaut_spelling(name: str) -> str:
    """A German name with its umlauts written out ("Schäuble" ->
    "Schaeuble"), as English sources often spell them; folding alone drops
    the dots ("Schauble")."""
    return name.translate(_UMLAUTS)


def chain_short_form(words: Sequence[str]) -> str | None:
    """An Arabic chain of names cut after the father's name, the family name
    kept: "hamad bin jassim al thani" for "Hamad bin Jassim bin Jaber Al
    Thani" (news drops the grandfather); ``None`` for a name with no second
    link in its chain."""
    if len(words) < 5 or words[1] not in ARABIC_PATRONYMICS:
        return None
    if words[3] not in ARABIC_PATRONYMICS:
        return None
    tail = words[-2:] if words[-2] in FAMILY_ARTICLES else words[-1:]
    if tail[-1] in NAME_PARTICLES or tail[-1] in ARABIC_PATRONYMICS:
        return None
    return " ".join([*words[:3], *tail])


def joined_initials(key: str) -> str | None:
    """A folded name with its initials written apart joined into one word,
    as the tables write them ("h d deve gowda" -> "hd deve gowda");
    ``None`` when it has no two initials in a row before a longer word."""
    words = key.split()
    k = 0
    while k < len(words) and len(words[k]) == 1:
        k += 1
    if k < 2 or k == len(words):
        return None
    return " ".join(["".join(words[:k]), *words[k:]])


LEADING_TITLES: frozenset[str] = NAME_HONORIFICS | frozenset(
    {"mian", "chaudhry", "chaudhary", "sardar", "syed", "sayyed", "pir", "hafiz"}
    | {"nawab", "begum", "alhaji", "alhajji", "datuk", "dato", "datin", "tun"}
    | {"prince", "princess", "chief", "hon", "engr", "atty"}
)
"""Words an official source's name may open with that news drops: the
honorifics of :data:`NAME_HONORIFICS`, South Asian family and religious
titles ("Mian Saqib Nisar", "Sardar Ayaz Sadiq", "Syed Yousaf Raza
Gilani"), Malaysian and Nigerian honours ("Datuk Seri ...", "Alhaji ...",
"Chief ..."), princes and professional prefixes."""
_TITLE_SEQUENCES: dict[str, frozenset[str]] = {
    "tan": frozenset({"sri"}),
    "datuk": frozenset({"seri", "sri"}),
    "dato": frozenset({"seri", "sri"}),
    "tun": frozenset({"dr"}),
}
"""A word that is a title only before one of these ("Tan Sri": "Tan" alone
is a surname), or whose title goes on in them ("Datuk Seri")."""


def untitled_key(key: str) -> str | None:
    """A folded knowledge name without the titles it opens with ("mian
    saqib nisar" -> "saqib nisar", "tan sri muhyiddin yassin" ->
    "muhyiddin yassin"); ``None`` when it opens with none, or fewer than two
    words would be left ("sheikh hasina" is her name)."""
    words = key.split()
    k = 0
    while k < len(words) - 1:
        word, after = words[k], words[k + 1]
        if word in _TITLE_SEQUENCES and after in _TITLE_SEQUENCES[word]:
            k += 2
        elif word in LEADING_TITLES:
            k += 1
        else:
            break
    rest = words[k:]
    if k == 0 or len(rest) < 2 or rest[0] in _NOT_FIRST or _NOT_NAME & {*rest}:
        return None
    return " ".join(rest)


_NOT_FIRST = FAMILY_ARTICLES | ARABIC_PATRONYMICS | NAME_PARTICLES
"""Words no name opens with ("Sayed Al-Masry" is not "al masry")."""
_NOT_NAME = frozenset({"of", "the", "and", "for"})
"""Words of an office, not a name ("General Secretary of the ...")."""
