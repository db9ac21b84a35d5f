"""Transcript and interview turns labelled in ordinary case.

Broadcast and interview transcripts on news sites often put each turn's
speaker on a line of its own, in ordinary case, and the turn in the
paragraphs below it::

    Nadia Pruitt:
    Secretary Buttigieg, what do you know tonight about what caused this?

    Pete Buttigieg, U.S. Secretary of Transportation:
    What we know so far is that a database file was damaged ...

:func:`own_line_turn_findings` reads them: the label's name is the source
(the role may stand in brackets, "Anna Berg (Foreign Minister):"; in
"Question (Reuters):" the bracketed asker is the source),
its colon the cue, and the paragraphs of speech up to the next label the
content (the last turn keeps its first paragraph only: what follows the
transcript is the page's).  Some name must stand as such a label at least
twice (:data:`MIN_LABEL_USES`: a speaker comes back in a transcript), so a
lone "Editor's note:" line makes no transcript; page label words ("Read
more:", "Related topics:") are never names; the capitals labels ("PENCE: …") are
:func:`whosaid.attribution.rules.transcript_findings`'.

:func:`interview_turn_findings` reads interviews whose lines open with the
speaker's name in ordinary case ("M&G: What happens next?" / "Vavi: We are
going back to Nedlac …"): two names or more must each open two lines or
more.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from whosaid.attribution.rules import (
    CAPITALS,
    LABELS,
    MIN_TURNS,
    RuleFinding,
    line_end,
    line_starts,
    speech_paragraph,
    trimmed_words,
)
from whosaid.nlp.models import doc_text

__all__ = [
    "MIN_LABEL_USES",
    "QUESTION_LABELS",
    "interview_label",
    "interview_turn_findings",
    "own_line_label",
    "own_line_turn_findings",
]

LABEL_NAME_TOKENS = 4
"""At most this many tokens in the name before the comma ("Pete Buttigieg")."""
LABEL_ROLE_TOKENS = 8
"""At most this many tokens of a role after the comma ("U.S. Secretary of
Transportation")."""
MIN_LABEL_USES = 2
"""Some speaker's name stands as a label line at least this often."""

_OWN_LINE_LABEL = re.compile(r"(?m)^[ \t]*[A-Z][^\n:]{0,80}:[ \t]*$")


def own_line_label(doc: Any, first: int) -> tuple[list[int], int] | None:
    """The line at ``first`` is only a speaker label, "Name:" or "Name,
    role:": the name's tokens and the colon's index; None otherwise.  The
    name has capitalised words only, not all in capitals (those are
    :func:`whosaid.attribution.rules.transcript_findings`'), one a proper
    noun, none of them a page label word
    (:data:`whosaid.attribution.rules.LABELS`: "Read More:", "Related
    Topics:")."""
    end = line_end(doc, first)
    colon = end - 1
    if colon <= first or doc[colon].text not in {":", "):"}:
        return None
    name: list[int] = []
    for i in range(first, colon):
        if doc[i].text in {",", "("}:
            break
        name.append(i)
    if not name or len(name) > LABEL_NAME_TOKENS:
        return None
    role = _bracketed_role(doc, name[-1] + 1, colon)
    if doc[name[-1] + 1].text == "(" and role is None:
        return None
    if role is not None and doc[name[0]].lower_ in QUESTION_LABELS:
        return _asker(doc, name, role, colon)
    if colon - (name[-1] + 1) > LABEL_ROLE_TOKENS + (2 if role else 1):
        return None
    words = [doc[i] for i in name if not doc[i].is_punct]
    if not words or not all(t.text[:1].isupper() for t in words):
        return None
    if all(t.text.isupper() for t in words):
        return None  # "ARI SHAPIRO, HOST:": the capitals turns' rule
    if any(t.lower_ in LABELS for t in words):
        return None
    if not any(t.pos_ == "PROPN" or t.ent_type_ == "PERSON" for t in words):
        return None
    return name, colon


QUESTION_LABELS: frozenset[str] = frozenset({"question", "q"})
"""A transcript's question label, "Question (Reuters):": the asker is in
the brackets (an outlet or a reporter), the label names no one itself."""


def _bracketed_role(doc: Any, first: int, colon: int) -> list[int] | None:
    """The words in the brackets that run from ``first`` to the colon
    ("(NATO Spokesperson)", the tokenizer may glue the last bracket to the
    colon: "):"), or None where there are none."""
    close = colon if doc[colon].text == "):" else colon - 1
    if first >= close - 1 or doc[first].text != "(" or doc[close].text[:1] != ")":
        return None
    inside = list(range(first + 1, close))
    if any(doc[i].text in {"(", ")"} for i in inside):
        return None
    return inside


def _asker(
    doc: Any, name: list[int], role: list[int], colon: int
) -> tuple[list[int], int] | None:
    """ "Question (Reuters):": the bracketed asker is the label's name when it
    is a capitalised name of a few words."""
    if len(name) != 1 or not role or len(role) > LABEL_NAME_TOKENS:
        return None
    if not doc[role[0]].text[:1].isupper() or any(
        doc[i].lower_ in LABELS for i in role
    ):
        return None
    return role, colon


def _name_key(doc: Any, name: list[int]) -> str:
    """The label's key for counting uses: its name, or the question word
    of a "Question (Outlet):" label (each question may name another
    outlet)."""
    asked = name[0] >= 2 and doc[name[0] - 1].text == "("
    if asked and doc[name[0] - 2].lower_ in QUESTION_LABELS:
        return str(doc[name[0] - 2].lower_)
    return " ".join(doc[i].text for i in name)


def own_line_turn_findings(doc: Any) -> list[RuleFinding]:
    """Turns under speaker lines in ordinary case (see the module doc)."""
    if _OWN_LINE_LABEL.search(doc_text(doc)) is None:
        return []
    starts = line_starts(doc)
    labels = [own_line_label(doc, first) for first in starts]
    uses = Counter(_name_key(doc, lab[0]) for lab in labels if lab is not None)
    if not uses or max(uses.values()) < MIN_LABEL_USES:
        return []  # no speaker comes back: no transcript
    found: list[RuleFinding] = []
    for n, label in enumerate(labels):
        if label is None:
            continue
        content = _turn_paragraphs(doc, starts, labels, n)
        if content:
            found.append(RuleFinding(cue=[label[1]], source=label[0], content=content))
    return found if len(found) >= MIN_TURNS else []


def _turn_paragraphs(
    doc: Any, starts: list[int], labels: list[Any], n: int
) -> list[list[int]]:
    """The paragraphs of speech after label line ``n``: up to the next label
    when one follows past speech paragraphs only, else the first one."""
    paragraphs: list[list[int]] = []
    for m in range(n + 1, len(starts)):
        if labels[m] is not None:
            return paragraphs
        first = starts[m]
        if not speech_paragraph(doc, first):
            break
        words = trimmed_words(doc, first, line_end(doc, first))
        if words:
            paragraphs.append(words)
    return paragraphs[:1]


_INTERVIEW_LABEL = re.compile(r"(?m)^[ \t]*[A-Z][^\n:]{0,80}:[ \t]*\S")
MIN_SPEAKERS = 2
"""An interview has at least this many speakers, each with this many turns."""


def interview_label(doc: Any, first: int) -> tuple[list[int], int] | None:
    """``Name:`` opening the line at ``first`` with words after it ("Vavi:
    No. Sabotage is real …", "M&G: What happens next?"): the name's tokens
    and the colon's index.  Capitalised words only, not all plain capitals
    ("PENCE:" is :func:`whosaid.attribution.rules.transcript_findings`'),
    none a page label word."""
    end = line_end(doc, first)
    stop = min(end - 1, first + LABEL_NAME_TOKENS)
    colon = next((i for i in range(first, stop + 1) if doc[i].text == ":"), None)
    if colon is None:
        return _bracketed_interview_label(doc, first, end)
    if colon == first or colon + 1 >= end:
        return None
    name = list(range(first, colon))
    return (name, colon) if interview_label_name(doc, name) else None


def _bracketed_interview_label(
    doc: Any, first: int, end: int
) -> tuple[list[int], int] | None:
    """``Name (Role):`` or ``Question (Outlet):`` opening the line at
    ``first`` with words after it: the name's (or the asker's) tokens and
    the colon's index, as :func:`interview_label` takes them."""
    bracket = next(
        (
            i
            for i in range(first, min(end, first + LABEL_NAME_TOKENS + 1))
            if doc[i].text == "("
        ),
        None,
    )
    if bracket is None or bracket == first:
        return None
    stop = min(end - 1, bracket + LABEL_ROLE_TOKENS + 2)
    colon = next(
        (i for i in range(bracket, stop + 1) if doc[i].text in {":", "):"}), None
    )
    if colon is None or colon + 1 >= end:
        return None
    role = _bracketed_role(doc, bracket, colon)
    if role is None:
        return None
    name = list(range(first, bracket))
    if doc[first].lower_ in QUESTION_LABELS:
        return _asker(doc, name, role, colon)
    return (name, colon) if interview_label_name(doc, name) else None


def interview_label_name(doc: Any, name: list[int]) -> bool:
    """The label's words may name a speaker: capitalised, not all plain
    capitals, none a page label word."""
    words = [doc[i] for i in name]
    if not all(t.text[:1].isupper() for t in words):
        return False
    if all(CAPITALS.fullmatch(t.text) for t in words):
        return False
    return not any(t.lower_ in LABELS for t in words)


def interview_turn_findings(doc: Any) -> list[RuleFinding]:
    """Interview turns on lines that open with a speaker's name in ordinary
    case ("M&G: …" / "Vavi: …"): the rest of the line and the speech
    paragraphs after it up to the next label.  At least
    :data:`MIN_SPEAKERS` names must each open :data:`MIN_LABEL_USES` lines
    (questions and answers alternate), so a stray "Photo: …" or a live
    blog's "McCarthy: '…'" headline makes none."""
    if _INTERVIEW_LABEL.search(doc_text(doc)) is None:
        return []
    starts = line_starts(doc)
    labels = [interview_label(doc, first) for first in starts]
    uses = Counter(_name_key(doc, lab[0]) for lab in labels if lab is not None)
    if sum(1 for n in uses.values() if n >= MIN_LABEL_USES) < MIN_SPEAKERS:
        return []
    found: list[RuleFinding] = []
    for n, label in enumerate(labels):
        if label is None:
            continue
        name, colon = label
        roled = doc[colon].text == "):" or doc[colon - 1].text == ")"
        if uses[_name_key(doc, name)] < MIN_LABEL_USES and not roled:
            continue  # a stray "Editor: …" line; "Name (Role):" is a turn
        line = trimmed_words(doc, colon + 1, line_end(doc, starts[n]))
        if not line:
            continue
        content = [line]
        if _runs_to_label(doc, starts, labels, n):
            content += _turn_paragraphs(doc, starts, labels, n)
        found.append(RuleFinding(cue=[colon], source=name, content=content))
    return found


def _runs_to_label(doc: Any, starts: list[int], labels: list[Any], n: int) -> bool:
    """Only speech paragraphs stand between label line ``n`` and the next
    label line."""
    for m in range(n + 1, len(starts)):
        if labels[m] is not None:
            return True
        if not speech_paragraph(doc, starts[m]):
            return False
    return False
