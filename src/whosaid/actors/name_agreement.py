"""Whether a knowledge person's name is another person's name than the full
name the text gives (issue #9 item 4: a full name in the text, given name
and surname, is never replaced by a knowledge name whose words differ;
spelling variants of the same words, "Moussavi"/"Mousavi", are one name)."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from whosaid.actors.terms import fold

SPELLING_RATIO = 0.75
"""How alike two words' letters are when one is the other's spelling
("moussavi"/"mousavi" 0.93, "muhammad"/"mohammed" 0.75, "hyojin"/"jinpyo"
0.5)."""


INITIALS = re.compile(r"^(?:[A-Z]\.)+$")
"""A word of dotted initials ("F.W.")."""


def _name_words(name: str) -> list[str]:
    """A name's words as keys, a hyphenated word one word ("Hyo-jin":
    "hyojin"), dotted initials one word each ("F.W.": "f", "w")."""
    words: list[str] = []
    for word in name.split():
        if INITIALS.match(word):
            words.extend(c.lower() for c in word if c.isalpha())
        elif key := fold(word).replace(" ", ""):
            words.append(key)
    return words


def same_word(a: str, b: str) -> bool:
    """Whether two name words are one word: equal, one the other's initial
    or its start ("alex" of "alexander"), or a spelling of it."""
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short) == 1 or (len(short) >= 3 and long_.startswith(short)):
        return long_.startswith(short)
    return SequenceMatcher(None, a, b).ratio() >= SPELLING_RATIO


def _unmatched(words: list[str], others: list[str]) -> list[str]:
    return [w for w in words if not any(same_word(w, o) for o in others)]


def another_persons_name(text_name: str, label: str) -> bool:
    """Whether a knowledge label names someone else than the text's full
    name: each has a word the other lacks ("Kim Hyo-jin" / "Kim Jin-pyo").
    A label with more words ("Carlos Saul Menem"), or a text name with a
    middle word the label lacks ("Hillary Rodham Clinton"), is the same
    person; a text name of one word says too little to tell."""
    if not text_name[:1].isupper():
        return False  # "al-Ahmad al-Sabah": a name NER cut, no given name
    words, known = _name_words(text_name), _name_words(label)
    if len(words) < 2 or not known:
        return False
    return bool(_unmatched(words, known)) and bool(_unmatched(known, words))
