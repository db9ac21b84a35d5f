"""Pure string helpers for names (no spaCy needed), shared by the speakers and
actors stages."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Callable, Collection, Iterable, Sequence

from whosaid.entities.lexicon import (
    FEMALE_NAMES,
    FEMALE_WORDS,
    FULL_NAME_TITLES,
    HONORIFICS,
    MALE_NAMES,
    MALE_WORDS,
    NAME_GENDERS,
    NAME_PARTICLES,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    POST_NOMINALS,
    THING_NOUNS,
    TITLES,
)

LEADING_DETS: tuple[str, ...] = ("the ", "a ", "an ")
POSSESSIVE_ENDINGS: tuple[str, ...] = ("'s", "’s", "'", "’")
EDGE_CHARS = " \t\r\n,;:.!?\"'“”‘’()[]{}-–—"
FUNCTION_WORDS: frozenset[str] = frozenset({"of", "and", "the", "for", "&", "de", "on"})
MIN_STEM = 4
OPEN_QUOTES = "“"
CLOSE_QUOTES = "”"
ABBREVIATIONS: frozenset[str] = frozenset(
    {"Jr.", "Sr.", "Inc.", "Co.", "Corp.", "Ltd."}
)
ACRONYM_AFTER_RE = re.compile(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,11})\)")


def trim_name(text: str, start: int, end: int) -> tuple[int, int]:
    """Offsets of the name inside ``text[start:end]``.

    Strips surrounding punctuation and spaces, a leading article and a trailing
    possessive: ``"the Russian Foreign Ministry"`` -> ``Russian Foreign
    Ministry``, ``"North Korea's"`` -> ``North Korea``.  Returns an empty span
    (``start == end``) when nothing is left.
    """
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    changed = True
    while changed and start < end:
        changed = False
        while start < end and text[start] in EDGE_CHARS:
            start += 1
            changed = True
        while start < end and text[end - 1] in EDGE_CHARS and text[end - 1] != ".":
            end -= 1
            changed = True
        lowered = text[start:end].lower()
        for det in LEADING_DETS:
            if lowered.startswith(det) and end - start > len(det):
                start += len(det)
                changed = True
                break
        for ending in POSSESSIVE_ENDINGS:
            if lowered.endswith(ending) and end - start > len(ending):
                end -= len(ending)
                changed = True
                break
        # a sentence-final period is not part of a name unless it ends an
        # abbreviation like "Jr." or "U.S."
        if (
            end > start
            and text[end - 1] == "."
            and not _is_abbreviation(text[start:end])
        ):
            end -= 1
            changed = True
    return start, end


def _is_abbreviation(name: str) -> bool:
    words = name.split()
    if not words:
        return False
    last = words[-1]
    if last in ABBREVIATIONS:
        return True
    return len(last) <= 5 and last[:1].isupper() and "." in last[:-1]


NASAB_PARTICLES: frozenset[str] = frozenset({"bin", "bint", "ibn"})
"""Lower-case links of an Arabic name's chain ("Abdulaziz bin Turki Al
Faisal"): each adds a name of its own, so the chain may run past the usual
four words of a personal name."""
BUSINESS_DESCRIPTORS: frozenset[str] = frozenset(
    {"broadcaster", "regulator", "lender", "retailer", "insurer", "watchdog"}
    | {"conglomerate", "utility"}
)
"""Nouns a wire story puts before a company's name to say what it is
("Regulator Ofcom", "lender HSBC", "Utility Southern California Edison"),
with any "...maker" ("Chipmaker Veltron")."""


def descriptor_noun(word: str, *, first: bool) -> bool:
    """Whether a word says what kind of body a name is: a business noun
    ("regulator", "chipmaker"), or written lower-case inside a name, a
    body's noun ("group" of "Business group Ibec").  A capitalised body noun
    opens names ("Police Scotland", "Bank Indonesia")."""
    low = word.lower()
    if low in BUSINESS_DESCRIPTORS or (low.endswith("maker") and len(low) > 6):
        return first or word.islower()
    return word.islower() and low in ORG_NOUNS


def descriptor_length(words: Sequence[str]) -> int:
    """How many words open a name with a descriptor of the body and not its
    name ("Business group Ibec" -> 2, "Chipmaker Veltron" -> 1): up to the
    last descriptor noun, when only capitalised words follow it.  0 when
    there is none ("Carlyle Group Inc", "Group of Seven", "Islamic State
    group", "Police Scotland")."""
    cut = 0
    for k, w in enumerate(words[:-1]):
        if descriptor_noun(w, first=k == 0):
            cut = k + 1
    if cut and all(w[:1].isupper() for w in words[cut:]):
        return cut
    return 0


def strip_descriptor(text: str, start: int, end: int) -> tuple[int, int]:
    """A body's name without the descriptor before it ("Business group
    Ibec" -> "Ibec"); see :func:`descriptor_length`."""
    words = text[start:end].split(" ")
    cut = descriptor_length(words)
    if not cut:
        return start, end
    return start + len(" ".join(words[:cut])) + 1, end


def strip_titles(
    text: str, start: int, end: int, roles: Collection[str] = ()
) -> tuple[int, int]:
    """Drop leading honorifics/titles (``Mr``, ``President``...) from a name.

    Only strips while at least one word is left after the title.  Titles
    stand before an honorific ("President Dr X"), so the words after one
    are the name whatever they look like ("Dr Sultan Al Jaber").  ``roles``:
    more words to drop (a person's role nouns: "Rapporteur X").
    """
    while True:
        segment = text[start:end]
        first, _, rest = segment.partition(" ")
        word = first.lower().rstrip(".")
        if word in FULL_NAME_TITLES:
            if len(rest.split()) < 2:
                return start, end  # "Garda Síochána"; "Garda Ronan Cusack" goes on
        elif not rest.strip() or (word not in TITLES and word not in roles):
            return start, end
        start += len(first) + 1
        while start < end and text[start] == " ":
            start += 1
        if word in HONORIFICS:
            return start, end


def strip_post_nominals(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop the letters after a personal name (:data:`POST_NOMINALS`: "Conor
    Quigley SC" -> "Conor Quigley", "Jane Smith MP OBE" -> "Jane Smith")
    while two words of the name are left; the span unchanged otherwise."""
    words = text[start:end].split(" ")
    while len(words) > 2 and words[-1] in POST_NOMINALS:
        words.pop()
    return start, start + len(" ".join(words))


TITLE_LINKS: frozenset[str] = FUNCTION_WORDS | {"in", "at", "to"}
"""Lower-case words inside a capitalised title phrase ("Opposition Leader
in the National Assembly")."""


def person_after_title(
    text: str, start: int, end: int, roles: Collection[str] = ()
) -> tuple[int, int]:
    """The personal name ending a capitalised phrase after its title or body
    ("Defence Minister Rustem Umerov" -> "Rustem Umerov", "National Assembly
    Omar Ayub Khan" -> "Omar Ayub Khan"): the words after the first title,
    role (``roles``) or organisation word when they look like a personal
    name (:func:`looks_like_person_name`) and every word before is
    capitalised or a function word; the span unchanged otherwise.  A first
    word is left to :func:`strip_titles` ("Sultan Al Jaber" is a name)."""
    words = text[start:end].split(" ")
    for k in range(len(words) - 2):
        if not (words[k][:1].isupper() or words[k].lower() in TITLE_LINKS):
            break
        low = words[k].lower().rstrip(".")
        if low in HONORIFICS:
            break  # the name follows: "Dr Sultan Al Jaber" (see strip_titles)
        titled = low in TITLES or low in roles or low in ORG_NAME_WORDS
        if k == 0 or not titled:
            continue
        if looks_like_person_name(" ".join(words[k + 1 :])):
            # the first title with a name after it: "COP28 President Dr
            # Sultan Al Jaber" keeps "Sultan", a title too, in the name; a
            # second office run after it goes too ("Crown Prosecution
            # Service Chief Crown Prosecutor Lionel Idan")
            cut = start + len(" ".join(words[: k + 1])) + 1
            return person_after_title(text, cut, end, roles)
    return start, end


def name_words(name: str) -> list[str]:
    """The words of a name, split on spaces."""
    return [w for w in name.split() if w]


def is_acronym(word: str) -> bool:
    """``UNSC``, ``KCNA``, ``U.S.``: two or more capitals and no lower case."""
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def initials(name: str) -> str:
    """The acronym a name would have: ``United Nations Security Council`` -> UNSC."""
    return "".join(
        w[0].upper()
        for w in name_words(name)
        if w.lower() not in FUNCTION_WORDS and w[:1].isalpha()
    )


CORPORATE_SUFFIXES: frozenset[str] = frozenset(
    {"inc", "corp", "co", "ltd", "llc", "plc", "ag", "sa", "holdings", "group"}
)
"""Words a company's name may end with that its acronym leaves out
("Tokyo Electric Power Company Holdings Inc." is TEPCO)."""


def abbreviates(acronym: str, name: str) -> bool:
    """Whether an acronym spells a name by its words' first letters or
    first syllables, in order, every word but function words and trailing
    corporate suffixes used ("TEPCO": Tokyo Electric Power Company
    Holdings Inc.; "UNSC": United Nations Security Council); at least two
    words."""
    letters = acronym.replace(".", "").lower()
    words = [
        w.lower().strip(".,")
        for w in name_words(name)
        if w.lower() not in FUNCTION_WORDS and w[:1].isalpha()
    ]
    if not letters.isalpha():
        return False
    while len(words) >= 2:
        if _spells(letters, words):
            return True
        if words[-1] not in CORPORATE_SUFFIXES:
            return False
        words = words[:-1]  # "... Holdings Inc." left out, or "Corp." kept
    return False


def _spells(letters: str, words: list[str]) -> bool:
    """Whether ``letters`` is a non-empty prefix of each word in turn."""
    if not words:
        return not letters
    word = words[0]
    for n in range(min(len(word), len(letters) - len(words) + 1), 0, -1):
        if word[:n] == letters[:n] and _spells(letters[n:], words[1:]):
            return True
    return False


HEADLINE_VERB_TAGS: frozenset[str] = frozenset({"VBD", "VBN", "VBZ"})
"""Tags of a finite or participle verb: a Title-Case headline fragment
("Trump Revealed", "Obama Says") holds one, a name never does."""


def not_a_person_name(
    words: Sequence[str], tags: Sequence[str], surnames: Collection[str]
) -> bool:
    """Whether a name NER took for a person's names something else.

    ``words``/``tags``: the name's tokens and their tags (no tags: none
    known); ``surnames``: the last words of the other persons the article
    names in full.  A name is no person's when it ends with a thing's head
    noun ("Trump Tower", "Trump Shuttle"), holds a verb after its first word
    (a headline fragment: "Trump Revealed"), or joins another person's
    surname to words that are no name of theirs: after it ("Trump Taj
    Mahal" after "Donald Trump"), or after a verb-like word ("Endorsed
    Trump").  Names with a hyphenated part ("Lee Jae-myung") or a listed
    first name are left alone: East Asian names put the surname first."""
    if len(words) < 2:
        return False
    low = [w.lower().strip(".,") for w in words]
    if low[-1] in THING_NOUNS:
        return True
    if any(t in HEADLINE_VERB_TAGS for t in tags[1:]):
        return True
    if any("-" in w for w in low) or low[0] in FEMALE_NAMES | MALE_NAMES:
        return False
    if low[0] in surnames and low[-1] not in surnames:
        return True
    return low[-1] in surnames and (
        low[0].endswith("ed") or (bool(tags) and tags[0] in HEADLINE_VERB_TAGS)
    )


def looks_like_person_name(name: str) -> bool:
    """Two to four capitalised words, none an organisation word or acronym."""
    words = name_words(name)
    if not 2 <= len(words) <= 4:
        return False
    for word in words:
        bare = word.strip(".,").lower()
        if not word[:1].isupper() or is_acronym(word) or bare in ORG_NAME_WORDS:
            return False
        if bare in FUNCTION_WORDS:
            return False
    return True


def gender_of(words: Iterable[str]) -> str | None:
    """``"f"``/``"m"`` from first names, honorifics and gendered role words.

    Returns None when there is no evidence or it conflicts.
    """
    found: set[str] = set()
    for word in words:
        bare = word.lower().strip(".,")
        if bare in FEMALE_WORDS:
            found.add("f")
        elif bare in MALE_WORDS:
            found.add("m")
    return found.pop() if len(found) == 1 else None


def gender_of_first_name(name: str) -> str | None:
    """Gender suggested by the first word of a personal name: the hand
    lists, else the gender of the name's holders in the people tables
    (:data:`whosaid.entities.lexicon.NAME_GENDERS`); ``None`` when unlisted."""
    words = name_words(name)
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in FEMALE_NAMES:
        return "f"
    if first in MALE_NAMES:
        return "m"
    folded = "".join(
        c for c in unicodedata.normalize("NFKD", first) if not unicodedata.combining(c)
    )
    return NAME_GENDERS.get(folded)


def same_stem(a: str, b: str) -> bool:
    """Loose stem equality for nationality/country words.

    ``Russian``/``Russia``, ``Chinese``/``China``, ``Azerbaijani``/``Azerbaijan``.
    """
    a, b = a.lower(), b.lower()
    if a == b:
        return True
    common = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        common += 1
    return common >= MIN_STEM and common >= min(len(a), len(b)) - 2


def quote_regions(text: str) -> list[tuple[int, int]]:
    """Half-open ranges of text between double quotes, line by line.

    Curly quotes pair “ with ”; straight double quotes toggle.  An unclosed
    quote runs to the end of its line.
    """
    regions: list[tuple[int, int]] = []
    open_at: int | None = None
    # only the quotation marks and line breaks matter: visit just those
    for m in _QUOTE_OR_BREAK.finditer(text):
        ch, pos = m.group(), m.start()
        if ch == "\n":
            if open_at is not None:
                regions.append((open_at, pos))
                open_at = None
        elif ch in OPEN_QUOTES or (ch == '"' and open_at is None):
            if open_at is None:
                open_at = pos
        elif (ch in CLOSE_QUOTES or ch == '"') and open_at is not None:
            regions.append((open_at, pos + 1))
            open_at = None
    if open_at is not None:
        regions.append((open_at, len(text)))
    return regions


_QUOTE_OR_BREAK = re.compile("[" + re.escape(OPEN_QUOTES + CLOSE_QUOTES) + '"\n]')


class Ranges:
    """A set of half-open character ranges with fast membership tests."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted((s, e) for s, e in ranges if e > s):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def __contains__(self, pos: object) -> bool:
        if not isinstance(pos, int):
            return False
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]

    def overlaps(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` shares a character with any range."""
        i = bisect.bisect_right(self._starts, max(start, end - 1)) - 1
        return i >= 0 and self._ends[i] > start and end > start

    def __bool__(self) -> bool:
        return bool(self._starts)


def acronym_after(text: str, end: int) -> str | None:
    """The acronym in parentheses right after a name: ``... Agency (KCNA)``."""
    match = ACRONYM_AFTER_RE.match(text, end)
    if match and is_acronym(match.group(1)):
        return match.group(1)
    return None


LINKED_NAME = re.compile(r"^([a-z]{3,})-(?:uz|ur|ul|ud|us|un|al|el)-[a-z]+", re.I)
"""A name whose elements a linking particle joins ("Waker-Uz-Zaman",
"Zia-ul-Haq", "Salah-ud-Din"): its first element is the name it goes by."""


def surname_keys(name: str) -> tuple[str, ...]:
    """Keys under which a full personal name can be referred to by one word.

    The last word (Western order) and the first word (East Asian order,
    ``Liu Jieyi`` -> ``Liu``), lower-cased; a surname with its particles;
    the last two words of a longer name ("Ben Gvir"); the first element
    of a name joined by a linking particle ("Waker" of "Waker-Uz-Zaman",
    "Zia" of "Zia-ul-Haq": "General Waker" is the army chief).
    """
    words = [w.lower().strip(".,") for w in name_words(name)]
    linked = [m.group(1) for w in words if (m := LINKED_NAME.match(w))]
    if len(words) < 2:
        return tuple(linked)
    keys = [words[-1]]
    if words[0] not in keys:
        keys.append(words[0])
    keys.extend(k for k in linked if k not in keys)
    k = len(words) - 1
    while k > 1 and words[k - 1] in NAME_PARTICLES:
        k -= 1
    if k < len(words) - 1:
        # "Marine Le Pen" -> "le pen", "Ursula von der Leyen" -> "von der leyen"
        keys.append(" ".join(words[k:]))
    elif len(words) >= 3:
        # "Itamar Ben Gvir" -> "ben gvir", "Espen Barth Eide" -> "barth eide"
        keys.append(" ".join(words[-2:]))
    return tuple(keys)


def particle_surname(name: str) -> bool:
    """A surname with its particles ("Le Pen", "von der Leyen"): every word
    but the last a particle."""
    words = [w.lower().strip(".,") for w in name_words(name)]
    return len(words) >= 2 and all(w in NAME_PARTICLES for w in words[:-1])


def join_texts(texts: Sequence[str]) -> str:
    """Space-joined, whitespace-normalised text of several spans."""
    return " ".join(" ".join(t.split()) for t in texts if t.strip())


DATELINE_CHARS = 60
DATELINE_DASHES: tuple[str, ...] = (" – ", " — ", " -- ")
WIRE_DATELINE = re.compile(
    r"[^\n()]{2,40}\([A-Z][A-Za-z.]{1,12}\)\s*\.?\s*(?:--|[-–—])\s+"
)
"""A wire service's dateline: "Caracas, Jul 29 (EFE).- ", "KYIV (AFP) - "."""


def strip_dateline(text: str, start: int, end: int) -> int:
    """Skip a dateline ("DHAKA, Bangladesh – ") opening a paragraph."""
    if start > 0 and text[start - 1] != "\n":
        return start
    head = text[start : min(end, start + DATELINE_CHARS)]
    wire = WIRE_DATELINE.match(head)
    if wire is not None:
        return start + wire.end()
    for dash in DATELINE_DASHES:
        at = head.find(dash)
        if at > 0 and "," in head[:at]:
            return start + at + len(dash)
    return start


def strip_honorifics(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading "Mr"/"Ms"/"Dr" (not a role title) from a name."""
    first, _, rest = text[start:end].partition(" ")
    if rest.strip() and first.lower().rstrip(".") in HONORIFICS:
        return start + len(first) + 1, end
    return start, end


def next_word(text: str, end: int) -> str:
    """The word right after ``end`` on the same line ("" if none)."""
    rest = text[end : end + 40].split("\n", 1)[0].split()
    return rest[0].strip(",.;:") if rest else ""


def strip_trailing_lower(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop lower-case words ending an organisation name ("IRNA news agency")."""
    words = text[start:end].split(" ")
    while len(words) > 1 and words[-1].islower() and words[-1] not in {"of", "and"}:
        words.pop()
    if all(w.islower() for w in words):
        return start, end
    return start, start + len(" ".join(words))


def nearest_full_name(
    word: str,
    pos: int,
    full_index: dict[str, list[tuple[int, str]]],
    known: Callable[[str], bool] | None = None,
) -> str | None:
    """The full name a surname refers to: the one ``known`` (world knowledge
    on the article's date) knows, when exactly one is ("Mr. Trump" ->
    "Donald J. Trump", not "Freddy Trump"); else the latest before, else the
    first after."""
    candidates = full_index.get(word)
    if not candidates:
        return None
    if known is not None and len({n for _, n in candidates}) > 1:
        linked = {n for _, n in candidates if known(n)}
        if len(linked) == 1:
            return linked.pop()
    before = [name for start, name in candidates if start <= pos]
    if before:
        return before[-1]
    return candidates[0][1]


REFLEXIVE_GENDERS: dict[str, str] = {"herself": "f", "himself": "m"}


def by_reflexive(
    text: str, end: int, key: str, full_index: dict[str, list[tuple[int, str]]]
) -> dict[str, list[tuple[int, str]]]:
    """The full names a surname ``key`` ending at ``end`` may complete,
    narrowed by a reflexive right after it: "Duterte herself" is the woman
    of the Dutertes named ("Sara Duterte", never "Rodrigo Duterte")."""
    gender = REFLEXIVE_GENDERS.get(next_word(text, end).lower())
    candidates = full_index.get(key, [])
    if gender is None or len({n for _, n in candidates}) < 2:
        return full_index
    fitting = [
        (start, n)
        for start, n in candidates
        if gender_of_first_name(n) in {gender, None}
    ]
    return {**full_index, key: fitting} if fitting else full_index


HONORIFIC_GENDERS: dict[str, str] = {"mr": "m", "mrs": "f", "ms": "f", "miss": "f"}


def honorific_gender(text: str, start: int) -> str | None:
    """The gender an honorific says of the name at ``start``: the name's
    own first word or the word right before it ("Mr. Trump": ``"m"``)."""
    own = text[start : start + 6].split()[:1]
    before = text[max(0, start - 6) : start].split()[-1:]
    for word in own + before:
        gender = HONORIFIC_GENDERS.get(word.lower().rstrip("."))
        if gender is not None:
            return gender
    return None


def by_honorific(
    text: str, start: int, key: str, full_index: dict[str, list[tuple[int, str]]]
) -> dict[str, list[tuple[int, str]]]:
    """The full names a surname ``key`` at ``start`` may complete, narrowed
    by its honorific: "Mr. Trump" is none of the Trumps named with a woman's
    first name ("Ivanka Trump"), and completes no full name when only such
    are named."""
    gender = honorific_gender(text, start)
    candidates = full_index.get(key)
    if gender is None or not candidates:
        return full_index
    fitting = [
        (at, n) for at, n in candidates if gender_of_first_name(n) in {gender, None}
    ]
    if len(fitting) == len(candidates):
        return full_index
    return {**full_index, key: fitting}


QUOTE_MARKS = '“”"«»„'
"""Quotation marks that never sit inside a name (apostrophes may)."""


def cut_at_quote(text: str, start: int, end: int) -> tuple[int, int]:
    """A name span cut where NER ran it across a quotation mark: the part
    before the mark when it has a capital letter ("Christie “New Jersey's
    Biggest Loser" -> "Christie"), else the part after it ("paranoia,”Clinton"
    -> "Clinton"); a span with no mark comes back unchanged."""
    for k in range(start, end):
        if text[k] in QUOTE_MARKS:
            if any(c.isupper() for c in text[start:k]):
                return trim_name(text, start, k)
            return cut_at_quote(text, k + 1, end)
    return start, end


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
