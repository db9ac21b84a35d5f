"""What a full name's words say about the lone names that may stand for it:
a family name glued to its Arabic article ("al-Jubeir" is "Jubeir"), a
father's name after a patronymic particle ("bin Salman" names the father,
not the son), a nickname in quotation marks inside a name (Joko "Jokowi"
Widodo)."""

from __future__ import annotations

import re
from collections.abc import Sequence

GLUED_ARTICLES: tuple[str, ...] = (
    "al-", "el-", "al‑", "el‑", "ad-", "ar-", "as-", "ash-", "at-", "az-",
    "an-", "adh-", "abd-",
)  # fmt: skip
"""Arabic articles (and their sun-letter forms) hyphenated to a family
name: news often names "Adel al-Jubeir" by "Jubeir" alone."""

PATRONYMIC_PARTICLES: frozenset[str] = frozenset({"bin", "bint", "ibn", "ben"})
"""Words that make the next word a father's name ("Mohammed bin Salman":
the son of Salman)."""


def bare_family_name(word: str) -> str | None:
    """A family name without its glued article ("al-jubeir" -> "jubeir");
    ``None`` when the word has none, or too little is left to be a name."""
    low = word.lower()
    for article in GLUED_ARTICLES:
        if low.startswith(article):
            rest = low[len(article) :]
            return rest if len(rest) > 2 and rest[:1].isalpha() else None
    return None


def fathers_name(words: Sequence[str], index: int) -> bool:
    """Whether ``words[index]`` follows a patronymic particle: it names the
    person's father, so a lone mention of it is not this person ("King
    Salman" is not "Mohammed bin Salman")."""
    return index > 0 and words[index - 1].lower() in PATRONYMIC_PARTICLES


_NICKNAME = re.compile(
    r"(?P<before>\S.*?)\s+[\"“”'‘’](?P<nick>[A-Z][\w.-]*(?:\s[A-Z][\w.-]*)?)[\"“”'‘’]\s+(?P<after>[A-Z]\S*(?:\s\S+)*)"
)


def nickname_inside(name: str) -> tuple[str, str] | None:
    """A name with a nickname in quotation marks between its words
    (``Joko "Jokowi" Widodo``): the name without it ("Joko Widodo") and the
    nickname ("Jokowi"); ``None`` for any other name."""
    m = _NICKNAME.fullmatch(name.strip())
    if m is None or not m.group("before")[:1].isupper():
        return None
    return f"{m.group('before')} {m.group('after')}", m.group("nick")
