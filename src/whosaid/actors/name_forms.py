"""Actors: a name as the text gives it against the people tables' names -- a
given name the chain took for a title, words glued before or after a name,
initials, a hyphenated syllable cut off, a common noun taken for a name."""

from __future__ import annotations

import re

from whosaid.actors.model import (
    ActorDraft,
)
from whosaid.actors.people import Link, People, fold
from whosaid.entities.lexicon import (
    FIRST_NAMES,
    GIVEN_NAMES,
    HONORIFICS,
    NAME_PARTICLES,
    ORG_NAME_WORDS,
    ROLE_NOUNS,
    TITLES,
)
from whosaid.entities.names import is_acronym


def _title_as_given_name(
    d: ActorDraft, people: People, date: str | None, text: str
) -> Link | None:
    """The link of a name whose given name the chain took for the title
    before it ("Sultan bin Salem al-Habsi", "Finance Minister Sultan
    al-Habsi"): the title word right before the name, with the name, links
    on that day (the word leaves the roles); else ``None``."""
    for s, e in d.mentions:
        said = text[s:e]
        if not said.endswith(d.name):
            continue
        words = said[: len(said) - len(d.name)].split()
        if not words or not any(
            r.lower() == words[-1].lower()
            or r.lower().endswith(" " + words[-1].lower())
            for r in d.roles
        ):
            continue
        full = f"{words[-1]} {d.name}"
        link = people.link(full, date, country=d.country, igo=d.igo)
        if link is not None:
            word = words[-1].lower()
            d.name = full
            d.roles = [
                r
                for r in (
                    r[: -len(word) - 1] if r.lower().endswith(" " + word) else r
                    for r in d.roles
                )
                if r.lower() != word
            ]
            if d.sector is not None and not d.roles:
                d.sector = None  # the link's sector, not the word's
            return link
    return None


def _linked_prefix(
    d: ActorDraft, people: People, date: str | None
) -> tuple[Link | None, str]:
    """The longest proper prefix of the name that links on that date, with
    the prefix; else ``None`` and the name unchanged."""
    words = d.name.split()
    for n in range(len(words) - 1, 0, -1):
        prefix = " ".join(words[:n])
        link = people.link(prefix, date, country=d.country, igo=d.igo, roles=d.roles)
        if link is not None:
            return link, prefix
    return None, d.name


NAME_SUFFIXES: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Words that end a name and make it another person's ("Donald Trump Jr.")."""


def _linked_suffix(
    d: ActorDraft, people: People, date: str | None
) -> tuple[Link | None, str]:
    """The longest run of two words or more inside the name that links on
    that date, when the words before it are no first names ("Certainly
    Donald Trump", "Condemn Donald Trump's Muslim Ban", never "Ivana
    Trump"); else ``None`` and the name unchanged."""
    words = [_strip_possessive(w) for w in d.name.split()]
    runs = [
        (i, j)
        for i in range(1, len(words))
        for j in range(i + 2, len(words) + 1)
        if not any(w.lower() in FIRST_NAMES for w in words[:i])
        and (j == len(words) or words[j].lower().strip(".,") not in NAME_SUFFIXES)
    ]
    for i, j in sorted(runs, key=lambda r: (r[0] - r[1], r[0])):
        inner = " ".join(words[i:j])
        link = people.link(inner, date, country=d.country, igo=d.igo, roles=d.roles)
        if link is not None:
            if j == len(words) and initials_of(words[:i], link.person.name, inner):
                return link, d.name  # "KP Sharma Oli": the text's name stays whole
            if words[i] in NAME_PARTICLES:
                # "Apollinaire Kyélem de Tambèla": a surname with its particle
                # is no run of its own; the text's name stays whole
                return link, d.name
            if other_given_name(words[i - 1], link.person.name, inner):
                continue  # "Iratxe García Pérez" is not "Alan García Pérez"
            return link, inner
    return None, d.name


NOT_GIVEN_WORDS: frozenset[str] = TITLES | ROLE_NOUNS | HONORIFICS | ORG_NAME_WORDS
"""Capitalised words before a name that are no given name of it."""


def other_given_name(before: str, label: str, inner: str) -> bool:
    """Whether the word before a linked run is a given name other than the
    label's: the label has given names the run leaves out ("Alan" of "Alan
    Garcia Perez" for "Garcia Perez") and the word before the run looks like
    one ("Iratxe"), not a title, role or body word ("President Lula da
    Silva", "S&D leader"), nor an acronym ("PTI")."""
    label_words = fold(label).split()
    tail = fold(inner).split()
    if len(label_words) <= len(tail) or label_words[-len(tail) :] != tail:
        return False
    word = before.strip(".,")
    if not word.isalpha() or not word[:1].isupper() or is_acronym(word):
        return False
    low = word.lower()
    return low not in NOT_GIVEN_WORDS and fold(low) not in label_words


def initials_of(front: list[str], label: str, inner: str) -> bool:
    """Whether the words before a linked name are the initials or words of
    the label's given names the linked part leaves out ("KP" of "Khadga
    Prasad" before "Sharma Oli"; "K. P."): name parts the text gives,
    never a word glued before the name ("Certainly")."""
    label_words = fold(label).split()
    tail = fold(inner).split()
    if not front or label_words[-len(tail) :] != tail:
        return False
    given = label_words[: -len(tail)]
    if not given:
        return False
    initials = "".join(w[0] for w in given)
    said = "".join(w.replace(".", "") for w in front)
    if said.isupper() and said.isalpha():
        return fold(said) == initials
    return [fold(w) for w in front] == given


def _strip_possessive(word: str) -> str:
    for ending in ("'s", "’s"):
        if word.endswith(ending) and len(word) > len(ending):
            return word[: -len(ending)]
    return word


def _named_in_text(d: ActorDraft, text: str) -> bool:
    """Whether a mention spells the draft's last name word capitalized
    ("Obama", "OBAMA"), not as a common noun ("the man" -> "Man")."""
    last = d.name.split()[-1].lower()
    for s, e in d.mentions:
        span = text[s:e]
        k = span.lower().find(last)
        if k >= 0 and any(c.isupper() for c in span[k : k + len(last)]):
            return True  # "Obama", "OBAMA", "al-Assad"
    return False


def _hyphen_tail(d: ActorDraft, text: str) -> str | None:
    """The name with the hyphenated syllable a name trimmer cut off
    ("Moon Jae" + "-in"), when the text has one right after a mention."""
    for s, e in d.mentions:
        if text[s:e].endswith(d.name.split()[-1]) and text[e : e + 1] == "-":
            m = re.match(r"-[a-z]+\b", text[e:])
            if m:
                return d.name + m.group(0)
    return None


def _linked_surname_after_word(
    d: ActorDraft, people: People, date: str | None, text: str
) -> tuple[Link | None, str]:
    """The link of a two-word name whose first word is a headline's word
    NER glued before a surname ("Derelict Obama", "Moderators Ignore
    Clinton"), with the surname: the first word is no given name, and the
    article names the person by that surname alone or in full elsewhere;
    else ``None`` and the name unchanged ("Ivana Trump" stays whole)."""
    words = d.name.split()
    if len(words) != 2 or not words[1][:1].isupper():
        return None, d.name
    if _strip_possessive(words[0]).lower() in GIVEN_NAMES:
        return None, d.name
    surname = _strip_possessive(words[1])
    link = people.link(surname, date, country=d.country, igo=d.igo, roles=d.roles)
    if link is None or not _named_elsewhere(d, surname, link.person.name, text):
        return None, d.name
    return link, surname


def _named_elsewhere(d: ActorDraft, surname: str, label: str, text: str) -> bool:
    """Whether one of the draft's mentions is the bare surname, or the text
    spells the linked person's full name or their first name and surname
    ("Hillary Clinton" of "Hillary Rodham Clinton")."""
    if any(text[s:e] == surname for s, e in d.mentions):
        return True
    given = label.split()[0]
    return label in text or f"{given} {surname}" in text
