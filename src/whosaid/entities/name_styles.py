"""Styles and honorifics that open a personal name ("Datuk Seri", "Tan Sri",
"Alhaji", "Sheikh", "Shri", "Khun"): news keeps them before a name that does
not include them, so a speaker's name drops them.

The styles are the committed list ``data/name_styles.txt`` (regions'
honours and forms of address, several words long for some).  A style is
dropped only when a name of two words or more is left after it ("Sheikh
Hasina" keeps "Sheikh") and, where the caller can ask the knowledge, the
full form with the style is no person's name it knows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from importlib import resources

__all__ = [
    "NAME_STYLES",
    "follows_style",
    "leading_style_words",
    "opening_style",
    "strip_styles",
]


def _load_styles() -> tuple[tuple[str, ...], ...]:
    text = (
        resources.files("whosaid.entities")
        .joinpath("data", "name_styles.txt")
        .read_text(encoding="utf-8")
    )
    styles = {
        tuple(line.strip().lower().split())
        for line in text.splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }
    return tuple(sorted(styles, key=len, reverse=True))


NAME_STYLES: tuple[tuple[str, ...], ...] = _load_styles()
"""The styles of ``data/name_styles.txt`` as word tuples, longest first."""
MIN_NAME_WORDS = 2
"""Words a name must keep after its styles ("Sheikh Hasina" stays)."""


def style_word(word: str) -> str:
    """A word as the style list writes it: lower case, a curly apostrophe
    straight, an abbreviation's full stop dropped ("Dato’" -> "dato'",
    "Smt." -> "smt")."""
    return word.lower().replace("\u2019", "'").rstrip(".,")


def _style_at(words: Sequence[str], k: int) -> int:
    """How many words of the longest style start at word ``k`` (0: none)."""
    for style in NAME_STYLES:
        n = len(style)
        if tuple(words[k : k + n]) == style:
            return n
    return 0


def leading_style_words(words: Sequence[str]) -> int:
    """How many words of ``words`` are the styles opening them, one after
    another ("Datuk Seri Dr Ahmad Zahid Hamidi": 3), while
    :data:`MIN_NAME_WORDS` words of the name are left after them ("Sheikh
    Hasina" keeps its style; "Datuk Seri Ahmad" too: a lone "Ahmad" would
    link to any Ahmad the knowledge knows)."""
    folded = [style_word(w) for w in words]
    k = 0
    while k < len(folded):
        n = _style_at(folded, k)
        if n == 0 or len(folded) - (k + n) < MIN_NAME_WORDS:
            break
        k += n
    return k


def strip_styles(
    text: str,
    start: int,
    end: int,
    known: Callable[[str], bool] | None = None,
) -> tuple[int, int]:
    """The span of a personal name without the styles opening it ("Tan Sri
    Acryl Sani Abdullah Sani" -> "Acryl Sani Abdullah Sani"); the span
    unchanged when none opens it, fewer than two words would be left, or
    ``known`` (the stage's look-up in the people tables) knows the full form
    as a person's name."""
    segment = text[start:end]
    words = segment.split(" ")
    k = leading_style_words(words)
    if k == 0 or "" in words[: k + 1]:
        return start, end
    if known is not None and known(segment):
        return start, end
    return start + len(" ".join(words[:k])) + 1, end


def opening_style(words: Sequence[str]) -> int:
    """How many words of the longest style opening ``words``, whatever
    follows ("Tan Sri Acryl Sani": 2); 0 when none opens them."""
    return _style_at([style_word(w) for w in words], 0)


LONGEST_STYLE = max(len(s) for s in NAME_STYLES)


def follows_style(text: str, start: int) -> bool:
    """Whether the words right before ``start`` (one space apart, on the
    same line) end in a style ("Tan Sri" before "Acryl Sani Abdullah
    Sani"): the name starts right there, no title or place glued on."""
    if start < 2 or text[start - 1] != " ":
        return False
    line = text[:start].rsplit("\n", 1)[-1]
    words = [style_word(w) for w in line.split()[-LONGEST_STYLE:]]
    return any(
        tuple(words[len(words) - len(style) :]) == style
        for style in NAME_STYLES
        if len(style) <= len(words)
    )
