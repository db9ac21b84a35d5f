"""Names written in capitals or with editorial brackets: transcript
speaker labels, recasing, bracket and parenthesis clean-up."""

from __future__ import annotations

import re

from whosaid.entities.name_shape import looks_like_person_name, name_words

_BRACKETS = re.compile(r"[\[\]]")


def without_brackets(name: str) -> str:
    """A name without a quotation's editorial brackets: "[Hillary] Clinton"
    (or the "Hillary] Clinton" a span cut inside them leaves) is "Hillary
    Clinton"; without the half parenthesis a span cut inside "X (ACRONYM)"
    leaves ("National Democratic Congress (NDC" is "National Democratic
    Congress"; the acronym is an alias, no part of the name)."""
    name = _without_open_paren(name)
    if "[" not in name and "]" not in name:
        return name
    return " ".join(_BRACKETS.sub("", name).split())


def _without_open_paren(name: str) -> str:
    """``name`` cut before a parenthesis it never closes (or closes on an
    acronym at its very end: "Institute (Inmet)"), when words come before
    it; unchanged otherwise."""
    cut = name.rfind("(")
    if cut <= 0 or not name[:cut].strip():
        return name
    inside = name[cut + 1 :]
    if ")" in inside and not (
        inside.endswith(")") and inside.count(")") == 1 and _acronym_like(inside[:-1])
    ):
        return name
    return name[:cut].rstrip()


def _acronym_like(word: str) -> bool:
    """ "NDC", "Inmet": one word opening with a capital (an acronym the text
    defines may be written in title case)."""
    return bool(word) and " " not in word and word[:1].isupper()


def shouted(name: str) -> bool:
    """Whether a name is written in capitals only ("ARI SHAPIRO", a
    transcript's speaker label): every word has two or more letters, all
    upper-case."""
    words = name_words(name)
    return bool(words) and all(
        sum(c.isalpha() for c in w) >= 2 and w.isupper() for w in words
    )


def normal_case(name: str, text: str) -> str:
    """A person's name written in capitals ("ARI SHAPIRO", "JEAN-PIERRE")
    as the text writes it elsewhere in mixed case ("Ari Shapiro"), else
    each word capitalised ("Jean-Pierre", "O'Brien"); any other name
    unchanged."""
    if not shouted(name):
        return name
    pattern = r"\b" + r"\s+".join(re.escape(w) for w in name_words(name)) + r"\b"
    for match in re.finditer(pattern, text, re.IGNORECASE):
        found = " ".join(match.group(0).split())
        if not found.isupper() and found[:1].isupper():
            return found
    return " ".join(_capitalised(w) for w in name_words(name))


def _capitalised(word: str) -> str:
    return re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), word)


_LABEL_AFTER = re.compile(r"[ \t]*(?:,[ \t]*[A-Z][A-Z .'-]*)?:")
_LABEL_BEFORE = re.compile(r"[ \t]*(?:[A-Z][A-Z.'-]*[ \t]+)*")


def transcript_label(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a transcript's speaker label: it opens
    its line, after capitalised title words only ("PRESIDENT JOE BIDEN:"),
    and a colon follows, after a capitalised role ("ARI SHAPIRO, HOST:")."""
    line = text.rfind("\n", 0, start) + 1
    return bool(
        _LABEL_AFTER.match(text, end) and _LABEL_BEFORE.fullmatch(text, line, start)
    )


def shouted_person(text: str, start: int, end: int, name: str) -> bool:
    """Whether a name in capitals is a person's transcript label ("ARI
    SHAPIRO, HOST:", "PRESIDENT JOE BIDEN:"): a personal name once
    recased (:func:`normal_case`, :func:`looks_like_person_name`)."""
    return (
        shouted(name)
        and transcript_label(text, start, end)
        and looks_like_person_name(normal_case(name, ""))
    )
