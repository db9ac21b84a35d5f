"""Tests for the quotation scanner (``whosaid.attribution.quotes``)."""

from __future__ import annotations

import itertools

import pytest

from whosaid.attribution.quotes import (
    ALL_MARKS,
    DOUBLE_AMBIGUOUS,
    DOUBLE_CLOSE,
    DOUBLE_OPEN,
    SINGLE_AMBIGUOUS,
    SINGLE_CLOSE,
    SINGLE_OPEN,
    find_quotes,
)

# (id, text, expected quotations as (substring, closed, double), warning count)
Expected = list[tuple[str, bool, bool]]
CASES: list[tuple[str, str, Expected, int]] = [
    ("empty", "", [], 0),
    ("no-marks", "The minister left early.", [], 0),
    (
        "straight",
        'Smith said "taxes will rise" on Monday.',
        [('"taxes will rise"', True, True)],
        0,
    ),
    (
        "curly",
        "Smith said “taxes will rise” on Monday.",
        [("“taxes will rise”", True, True)],
        0,
    ),
    (
        "guillemets",
        "Il a dit « nous gagnerons » hier.",
        [("« nous gagnerons »", True, True)],
        0,
    ),
    (
        "guillemets-reversed",
        "Er sagte »wir gewinnen« gestern.",
        [("»wir gewinnen«", True, True)],
        0,
    ),
    (
        "german-low-high",
        "Er sagte „wir gewinnen“ gestern.",
        [("„wir gewinnen“", True, True)],
        0,
    ),
    (
        "nordic-closing-marks-both-sides",
        "”Vi vinner,” sa han.",
        [("”Vi vinner,”", True, True)],
        0,
    ),
    (
        "cue-in-the-middle",
        '"We will," he said, "win."',
        [('"We will,"', True, True), ('"win."', True, True)],
        0,
    ),
    (
        "cue-in-the-middle-curly",
        "“We will,” he said, “win.”",
        [("“We will,”", True, True), ("“win.”", True, True)],
        0,
    ),
    (
        "single-inside-double",
        "“He was ‘conniving in’ the plan,” she said.",
        [
            ("“He was ‘conniving in’ the plan,”", True, True),
            ("‘conniving in’", True, False),
        ],
        0,
    ),
    (
        "straight-single-inside-double",
        "\"He was 'conniving in' the plan,\" she said.",
        [
            ("\"He was 'conniving in' the plan,\"", True, True),
            ("'conniving in'", True, False),
        ],
        0,
    ),
    (
        "single-curly",
        "He called it ‘fake news’ on Monday.",
        [("‘fake news’", True, False)],
        0,
    ),
    (
        "single-straight",
        "He called it 'fake news' on Monday.",
        [("'fake news'", True, False)],
        0,
    ),
    (
        "single-with-apostrophe-inside",
        "‘We don’t know,’ he said.",
        [("‘We don’t know,’", True, False)],
        0,
    ),
    (
        "two-singles",
        "He said ‘yes’ and she said ‘no’.",
        [("‘yes’", True, False), ("‘no’", True, False)],
        0,
    ),
    (
        "apostrophes-curly",
        "Beijing’s plan is the students’ union’s worry.",
        [],
        0,
    ),
    ("apostrophes-straight", "Don't blame the students' union.", [], 0),
    ("decade-straight", "Back in the '90s it was fine.", [], 0),
    ("decade-curly", "Back in the ‘90s and the ’80s it was fine.", [], 0),
    (
        "decade-then-quote",
        "In the '90s he said 'never' twice.",
        [("'never'", True, False)],
        0,
    ),
    (
        "possessive-inside-single",
        "‘The students’ union is strong,’ he said.",
        [("‘The students’ union is strong,’", True, False)],
        0,
    ),
    (
        "possessive-inside-double",
        "“The students’ union is strong,” he said.",
        [("“The students’ union is strong,”", True, True)],
        0,
    ),
    (
        "multi-paragraph-reopened",
        "“We will fight.\n“We will win,” he said.",
        [("“We will fight.", False, True), ("“We will win,”", True, True)],
        0,
    ),
    (
        "multi-paragraph-blank-line",
        '"We will fight.  \n\n"We will win," he said.',
        [('"We will fight.', False, True), ('"We will win,"', True, True)],
        0,
    ),
    (
        "multi-paragraph-three",
        "“One.\n“Two.\n“Three,” he said.",
        [
            ("“One.", False, True),
            ("“Two.", False, True),
            ("“Three,”", True, True),
        ],
        0,
    ),
    (
        "unclosed-not-reopened",
        "“We will fight.\nHe left.",
        [("“We will fight.", False, True)],
        1,
    ),
    (
        "unclosed-at-text-end",
        'He said "we will',
        [('"we will', False, True)],
        1,
    ),
    (
        "unclosed-does-not-spill",
        "He said “we will\nShe said “no” and “yes”.",
        [("“we will", False, True), ("“no”", True, True), ("“yes”", True, True)],
        1,
    ),
    ("stray-closing-at-paragraph-start", "” He said.", [], 1),
    (
        "stray-closing-at-paragraph-start-then-quote",
        "Fine.\n” He said “no”.",
        [("“no”", True, True)],
        1,
    ),
    (
        "missing-opening-quotes-paragraph-start",
        "He left.\nIt is over,” he said.",
        [("It is over,”", True, True)],
        1,
    ),
    (
        "stray-closing-after-quote",
        "“a” b” c “d”",
        [("“a”", True, True), ("“d”", True, True)],
        1,
    ),
    (
        "odd-straight-last-open",
        '"a" b "c',
        [('"a"', True, True), ('"c', False, True)],
        1,
    ),
    (
        "odd-straight-stray-opening",
        'He said "yes and "no" later.',
        [('"no"', True, True)],
        1,
    ),
    (
        "stray-curly-opening",
        "He said “ and left. “We win,” she said.",
        [("“We win,”", True, True)],
        1,
    ),
    ("inch-mark", 'He bought a 5" screen.', [], 0),
    ("only-straight-doubles", '"""""', [('""', True, True), ('""', True, True)], 1),
    ("only-one-mark", '"', [], 1),
    (
        "only-marks-mixed",
        "“”“”«»‘’'x'",
        [
            ("“”", True, True),
            ("“”", True, True),
            ("«»", True, True),
            ("‘’", True, False),
            ("'x'", True, False),
        ],
        0,
    ),
    # Two apostrophes are one double mark: alone, a stray closing one.
    ("only-two-apostrophes", "''", [], 1),
    # A closing double mark first in its paragraph: the quotation began there.
    ("single-then-two-apostrophes", "'x''", [("'x''", True, True)], 1),
    (
        "nyt-apostrophes",
        "''We will win,'' he said.",
        [("''We will win,''", True, True)],
        0,
    ),
    (
        "nyt-apostrophes-cue-in-the-middle",
        "''We will,'' he said, ''win.''",
        [("''We will,''", True, True), ("''win.''", True, True)],
        0,
    ),
    (
        "nyt-apostrophes-mid-sentence",
        "Mr. Lee added, ''it is over'' and left.",
        [("''it is over''", True, True)],
        0,
    ),
    (
        "backticks-then-apostrophes",
        "He said ``we will win'' on Monday.",
        [("``we will win''", True, True)],
        0,
    ),
    (
        "nyt-single-inside-closing-triple",
        "''I said, 'No deal,''' he recalled.",
        [("''I said, 'No deal,'''", True, True), ("'No deal,'", True, False)],
        0,
    ),
    (
        "nyt-opening-triple",
        "'''No deal,' I said,'' he recalled.",
        [("'''No deal,' I said,''", True, True), ("'No deal,'", True, False)],
        0,
    ),
    (
        "nyt-single-inside",
        "''He said, 'Eight years.' Then,'' she said.",
        [
            ("''He said, 'Eight years.' Then,''", True, True),
            ("'Eight years.'", True, False),
        ],
        0,
    ),
    (
        "nyt-multi-paragraph-reopened",
        "''We will fight.\n''We will win,'' he said.",
        [("''We will fight.", False, True), ("''We will win,''", True, True)],
        0,
    ),
    (
        "nyt-unclosed-not-reopened",
        "''We will fight.\nHe left.",
        [("''We will fight.", False, True)],
        1,
    ),
    (
        "nyt-with-rock-n-roll-inside",
        "''It is rock 'n' roll,'' he said.",
        [("''It is rock 'n' roll,''", True, True), ("'n'", True, False)],
        0,
    ),
    (
        "nyt-with-possessive-inside",
        "''The students' union won,'' he said.",
        [("''The students' union won,''", True, True)],
        0,
    ),
    (
        "apostrophes-stay-single",
        "Rock 'n' roll and the students' union.",
        [("'n'", True, False)],
        0,
    ),
    ("two-apostrophe-inch-mark", "He bought a 5'' screen.", [], 0),
    ("only-closing-marks", "” » ’ ”", [], 3),
    # ” placed like an opening mark opens (Nordic typography).
    ("only-closing-marks-adjacent", "”»’”", [("”»", True, True)], 1),
    (
        "crlf-paragraphs",
        "“We will fight.\r\n“We win,” he said.\r\n",
        [("“We will fight.", False, True), ("“We win,”", True, True)],
        0,
    ),
]
IDS = [case[0] for case in CASES]


def _found(text: str) -> Expected:
    quotes, _ = find_quotes(text)
    return [(text[q.start : q.end], q.closed, q.double) for q in quotes]


@pytest.mark.parametrize(("name", "text", "expected", "n_warnings"), CASES, ids=IDS)
def test_quotes_find_quotes_spans(
    name: str, text: str, expected: Expected, n_warnings: int
) -> None:
    assert _found(text) == expected


@pytest.mark.parametrize(("name", "text", "expected", "n_warnings"), CASES, ids=IDS)
def test_quotes_find_quotes_warning_count(
    name: str, text: str, expected: Expected, n_warnings: int
) -> None:
    _, warnings = find_quotes(text)
    assert len(warnings) == n_warnings


@pytest.mark.parametrize(("name", "text", "expected", "n_warnings"), CASES, ids=IDS)
def test_quotes_warnings_are_coded(
    name: str, text: str, expected: Expected, n_warnings: int
) -> None:
    _, warnings = find_quotes(text)
    assert all(w.startswith("quote.unbalanced: ") for w in warnings)


@pytest.mark.parametrize(("name", "text", "expected", "n_warnings"), CASES, ids=IDS)
def test_quotes_sorted_by_start_outer_first(
    name: str, text: str, expected: Expected, n_warnings: int
) -> None:
    quotes, _ = find_quotes(text)
    assert quotes == sorted(quotes, key=lambda q: (q.start, -q.end))


@pytest.mark.parametrize(("name", "text", "expected", "n_warnings"), CASES, ids=IDS)
def test_quotes_double_quotations_never_overlap(
    name: str, text: str, expected: Expected, n_warnings: int
) -> None:
    doubles = [q for q in find_quotes(text)[0] if q.double]
    assert all(a.end <= b.start for a, b in itertools.pairwise(doubles))


@pytest.mark.parametrize(("name", "text", "expected", "n_warnings"), CASES, ids=IDS)
def test_quotes_quotations_stay_in_their_paragraph(
    name: str, text: str, expected: Expected, n_warnings: int
) -> None:
    quotes, _ = find_quotes(text)
    assert all("\n" not in text[q.start : q.end] for q in quotes)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We will win', ['"We will win']),
        ("“We will win   ", ["“We will win"]),
        ("“We will win\r\n“More.”", ["“We will win", "“More.”"]),
    ],
    ids=["plain", "trailing-spaces", "trailing-cr"],
)
def test_quotes_unclosed_quotation_ends_at_last_visible_char(
    text: str, expected: list[str]
) -> None:
    assert [s for s, _, _ in _found(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["He said “\n“We win.”", 'He said "   \nDone.'],
    ids=["reopened", "not-reopened"],
)
def test_quotes_opening_mark_with_nothing_after_is_not_a_quotation(text: str) -> None:
    assert all(len(s) > 1 for s, _, _ in _found(text))


@pytest.mark.parametrize(
    ("mark", "family"),
    [
        ("“", DOUBLE_OPEN),
        ("„", DOUBLE_OPEN),
        ("«", DOUBLE_OPEN),
        ("”", DOUBLE_CLOSE),
        ("»", DOUBLE_CLOSE),
        ('"', DOUBLE_AMBIGUOUS),
        ("‘", SINGLE_OPEN),
        ("’", SINGLE_CLOSE),
        ("'", SINGLE_AMBIGUOUS),
    ],
)
def test_quotes_mark_constants_classify_marks(
    mark: str, family: frozenset[str]
) -> None:
    assert mark in family
    assert mark in ALL_MARKS
