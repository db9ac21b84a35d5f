"""The shape of one line of text: how many words, whether it ends a sentence.

Every line recogniser of :mod:`whosaid.clean` measures lines with these.
"""

from __future__ import annotations

import functools
import re
from typing import Final

# Words per line above which the loose (unanchored) patterns never apply: real
# leftovers are short, and a long line is almost always a paragraph.
SHORT_LINE_WORDS: Final = 12


# A line "ends a sentence" if its last visible character, after closing quotes
# and brackets, is terminal punctuation.
_SENTENCE_END = re.compile(r"[.!?…](?:[\"'”’»)\]]+)?$")
_WORD = re.compile(r"\S+")


@functools.lru_cache(maxsize=4096)
def word_count(line: str) -> int:
    """Return the number of whitespace-separated words in ``line`` (cached:
    the line checks ask for it again and again)."""
    return len(_WORD.findall(line))


def ends_sentence(line: str) -> bool:
    """Return whether ``line`` ends with terminal punctuation (quotes allowed)."""
    return _SENTENCE_END.search(line.rstrip()) is not None
