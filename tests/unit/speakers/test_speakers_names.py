"""Tests for the pure helpers of the speaker resolver (no model needed)."""

from __future__ import annotations

import pytest

from whosaid.entities import lexicon
from whosaid.entities.name_genders import (
    gender_of,
    gender_of_first_name,
    nearest_full_name,
)
from whosaid.entities.name_shape import (
    acronym_after,
    initials,
    is_acronym,
    join_texts,
    looks_like_person_name,
    same_stem,
    surname_keys,
)
from whosaid.entities.name_spans import (
    cut_at_quote,
    next_word,
    strip_dateline,
    strip_honorifics,
    strip_titles,
    strip_trailing_lower,
    trim_name,
)
from whosaid.entities.quote_ranges import Ranges, quote_regions


def _trimmed(text: str) -> str:
    start, end = trim_name(text, 0, len(text))
    return text[start:end]


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("the Russian Foreign Ministry", "Russian Foreign Ministry"),
        ("North Korea's", "North Korea"),
        ("China’s", "China"),
        ("Hicks, a Trump spokeswoman,", "Hicks, a Trump spokeswoman"),
        ("“Haley”", "Haley"),
        ("the U.S.", "U.S."),
        ("Moscow.", "Moscow"),
        ("The", "The"),
        ("", ""),
        ("  ,  ", ""),
    ],
)
def test_trim_name(raw: str, name: str) -> None:
    assert _trimmed(raw) == name


def test_trim_name_clamps_offsets() -> None:
    assert trim_name("abc", -4, 99) == (0, 3)
    assert trim_name("abc", 5, 2) == (3, 3)


@pytest.mark.parametrize(
    ("raw", "name"),
    [
        ("President Emmanuel Macron", "Emmanuel Macron"),
        ("Mr. Haley", "Haley"),
        ("Prime Minister Justin Trudeau", "Justin Trudeau"),
        ("President", "President"),
        ("Liu Jieyi", "Liu Jieyi"),
        # a title word after an honorific is a given name
        ("Dr Sultan Al Jaber", "Sultan Al Jaber"),
        ("President Dr. Sultan Al Jaber", "Sultan Al Jaber"),
    ],
)
def test_strip_titles(raw: str, name: str) -> None:
    start, end = strip_titles(raw, 0, len(raw))
    assert raw[start:end] == name


def teststrip_honorifics_keeps_role_titles() -> None:
    text = "Ms Ardern"
    assert text[slice(*strip_honorifics(text, 0, len(text)))] == "Ardern"
    text = "President Macron"
    assert strip_honorifics(text, 0, len(text)) == (0, len(text))


def test_acronyms() -> None:
    assert is_acronym("UNSC") and is_acronym("U.S.")
    assert not is_acronym("Haley") and not is_acronym("A")
    assert initials("United Nations Security Council") == "UNSC"
    assert initials("Federation of German Industries") == "FGI"
    text = "the World Health Organization (WHO) said"
    assert acronym_after(text, text.index(" (")) == "WHO"
    assert acronym_after(text, 3) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Nikki Haley", True),
        ("Liu Jieyi", True),
        ("Russian Foreign Ministry", False),
        ("United Nations", False),
        ("UN Security Council", False),
        ("Haley", False),
        ("Bank of England", False),
    ],
)
def test_looks_like_person_name(name: str, expected: bool) -> None:
    assert looks_like_person_name(name) is expected


def test_gender() -> None:
    assert gender_of(["Trump", "spokeswoman"]) == "f"
    assert gender_of(["Mr."]) == "m"
    assert gender_of(["spokesman", "spokeswoman"]) is None
    assert gender_of(["minister"]) is None
    assert gender_of_first_name("Nikki Haley") == "f"
    assert gender_of_first_name("Vladimir Putin") == "m"
    assert gender_of_first_name("Haley") is None
    assert gender_of_first_name("Liu Jieyi") is None


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Russian", "Russia", True),
        ("Chinese", "China", True),
        ("Azerbaijani", "Azerbaijan", True),
        ("ministry", "Ministry", True),
        ("Russian", "Rwanda", False),
        ("Indian", "Indonesia", False),
        ("US", "USA", False),
    ],
)
def test_same_stem(a: str, b: str, same: bool) -> None:
    assert same_stem(a, b) is same


def test_quote_regions() -> None:
    text = '“We agree,” he said. "No," she said.\n"Unclosed quote\nnext'
    regions = quote_regions(text)
    assert [text[s:e] for s, e in regions] == [
        "“We agree,”",
        '"No,"',
        '"Unclosed quote',
    ]


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        ("a ” b “c “d” e", ["“c “d”"]),  # a stray close; an open inside one
        ('x "a" "b', ['"a"', '"b']),  # unclosed at the end of the text
        ("“a\n”b\n\n“", ["“a", "“"]),  # never across a line break
        ('“a"b"', ['“a"', '"']),  # a straight mark closes a curly one
        ("", []),
    ],
)
def test_quote_regions_edges(text: str, quoted: list[str]) -> None:
    assert [text[s:e] for s, e in quote_regions(text)] == quoted


def test_ranges() -> None:
    ranges = Ranges([(10, 20), (15, 30), (40, 50), (5, 5)])
    assert 10 in ranges and 29 in ranges and 40 in ranges
    assert 30 not in ranges and 5 not in ranges and 0 not in ranges
    assert "10" not in ranges
    assert ranges.overlaps(25, 35) and not ranges.overlaps(30, 40)
    assert not Ranges([])
    assert 3 not in Ranges([])


def test_surname_keys() -> None:
    assert surname_keys("Nikki Haley") == ("haley", "nikki")
    assert surname_keys("Liu Jieyi") == ("jieyi", "liu")
    assert surname_keys("Haley") == ()


def testnearest_full_name_prefers_latest_before() -> None:
    index = {"clinton": [(0, "Bill Clinton"), (40, "Hillary Clinton")]}
    assert nearest_full_name("clinton", 60, index) == "Hillary Clinton"
    assert nearest_full_name("clinton", 20, index) == "Bill Clinton"
    index = {"haley": [(100, "Nikki Haley")]}
    assert nearest_full_name("haley", 0, index) == "Nikki Haley"
    assert nearest_full_name("smith", 0, index) is None


def test_dateline() -> None:
    text = "Dhaka, Bangladesh – Bangladesh’s main opposition party said"
    assert text[strip_dateline(text, 0, len(text)) :].startswith("Bangladesh’s")
    text = "x\nThe party – which won – said"
    start = text.index("The")
    assert strip_dateline(text, start, len(text)) == start


def test_small_string_helpers() -> None:
    assert next_word("the Kayhan newspaper, said", 10) == "newspaper"
    assert next_word("end", 3) == ""
    text = "IRNA news agency"
    assert text[slice(*strip_trailing_lower(text, 0, len(text)))] == "IRNA"
    text = "Bank of England"
    assert strip_trailing_lower(text, 0, len(text)) == (0, len(text))
    assert join_texts([" a  b ", "", "c"]) == "a b c"


def test_lexicons_are_loaded_and_lower_case() -> None:
    for words in (
        lexicon.ROLE_NOUNS,
        lexicon.ORG_NOUNS,
        lexicon.DOC_NOUNS,
        lexicon.TITLES,
        lexicon.FEMALE_NAMES,
        lexicon.MALE_NAMES,
    ):
        assert words
        assert all(w == w.lower().strip() and not w.startswith("#") for w in words)
    assert "spokesman" in lexicon.ROLE_NOUNS
    assert "ministry" in lexicon.ORG_NOUNS
    assert "statement" in lexicon.DOC_NOUNS
    assert not lexicon.FEMALE_NAMES & lexicon.MALE_NAMES


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Christie “New Jersey’s Biggest Loser", "Christie"),
        ("paranoia,”Clinton", "Clinton"),
        ("Broad City” Star", "Broad City"),
        ("Trump’s", "Trump’s"),
        ("Barack Obama", "Barack Obama"),
    ],
)
def test_a_name_is_cut_at_a_quotation_mark(text: str, want: str) -> None:
    start, end = cut_at_quote(text, 0, len(text))
    assert text[start:end] == want


def test_strip_titles_drops_the_roles_it_is_given() -> None:
    text = "Rapporteur Alexandre de Moraes"
    assert strip_titles(text, 0, len(text)) == (0, len(text))
    start, end = strip_titles(text, 0, len(text), frozenset({"rapporteur"}))
    assert text[start:end] == "Alexandre de Moraes"


def test_strip_dateline_skips_a_wire_services_dateline() -> None:
    for text in (
        "Caracas, Jul 29 (EFE).- Venezuela's National Electoral Council said",
        "KYIV (AFP) - Ukraine's army said",
        "SEOUL, July 4 (Yonhap) -- South Korea's military said",
    ):
        rest = text[strip_dateline(text, 0, len(text)) :]
        assert rest.split()[0] in {"Venezuela's", "Ukraine's", "South"}


def test_strip_dateline_keeps_a_parenthesis_without_a_dash() -> None:
    text = "The National Electoral Council (CNE) said"
    assert strip_dateline(text, 0, len(text)) == 0
