"""Spellings of one name transliterated from another script.

Names from Arabic, Persian, Russian, Armenian or Thai reach English news in
several spellings: "Walid al-Moualem" and "Walid Muallem", "Rafik Hariri" and
"Rafiq Hariri", "Edward Nalbandian" and "Eduard Nalbandian", "Saud al-Faisal"
and "Saud al-Faysal".  :func:`skeleton` maps such spellings to one key; the
people tables look a name up by it only when no spelling of theirs matches
(:meth:`whosaid.actors.people.People.candidates`), and only a key that names
one person links.

The rules fold what transliteration schemes disagree on and nothing else:
the Arabic article ("al-", "el-"), doubled letters, "ou"/"oo" for "u", "q"
(and a final "c") for "k", "ph" for "f", "y" and "w" inside a word for "i"
and "u" ("Sergey"/"Sergei", "Edward"/"Eduard"), "dh"/"kh"/"gh"/"th" for one
letter; a particle written apart or glued to the surname ("Tony de Brum",
"Tony Debrum").  Vowels otherwise stay: "Mohamed" and "Mahmoud" are two names.
"""

from __future__ import annotations

import functools
import operator
import re

__all__ = ["skeleton"]

_ARTICLES = frozenset({"al", "el", "ul"})
_PAIRS: tuple[tuple[str, str], ...] = (
    ("ou", "u"),
    ("oo", "u"),
    ("q", "k"),
    ("ck", "k"),
    ("ph", "f"),
    ("dh", "d"),
    ("kh", "k"),
    ("gh", "g"),
    ("th", "t"),
)
_DOUBLED = re.compile(r"(.)\1+")
_FIRST_GROUP = operator.itemgetter(1)
"""A match's first group: what the template ``\\1`` gives, without the
Python call a template costs at every ``sub`` (this runs per match only)."""


def skeleton(folded: str) -> str:
    """The transliteration key of a folded name (lower case, no accents or
    punctuation, dashes as spaces: :func:`whosaid.actors.terms.fold`)."""
    out = []
    glue = ""
    for word in folded.split():
        if word in _ARTICLES:
            continue
        if word in _GLUED_PARTICLES:
            glue += word  # "Tony de Brum" and "Tony Debrum"
            continue
        out.append(_word_skeleton(glue + word))
        glue = ""
    if glue:
        out.append(_word_skeleton(glue))
    return " ".join(out)


_GLUED_PARTICLES = frozenset({"de", "da", "di", "du", "van", "von", "der", "le", "la"})
"""Particles one source writes apart and another glued to the surname
("Tony de Brum" and "Tony Debrum", "Van Rompuy" and "Vanrompuy")."""


@functools.lru_cache(maxsize=65536)
def _word_skeleton(word: str) -> str:
    for old, new in _PAIRS:
        if old in word:
            word = word.replace(old, new)
    word = word[:1] + word[1:].replace("y", "i").replace("w", "u")
    if word.endswith("c"):
        word = word[:-1] + "k"  # "Rafic", "Rafik"
    return _DOUBLED.sub(_FIRST_GROUP, word)
