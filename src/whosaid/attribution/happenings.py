"""Cues whose subject or setting shows that nothing was said.

The taggers learned PolNeAR's wide cues; on news pages a few of those verbs
report a happening, a market's move or a writer's beat, never a statement.
Each check reads the cue's head (and, where it says so, the words taken as
its content; see :func:`whosaid.attribution.notsaid.not_said`):

* :func:`thing_as_subject` -- "a FARC gas cylinder bomb *hit* a church", "a
  war *broke out* that has killed thousands": a weapon or a violent or
  natural event is the subject, and neither speaks;
* :func:`market_move` -- "Shares of GM and Ford ended the day higher,
  *suggesting* investors had expected a targeted walkout": what a market's
  move suggests, the reporter's reading, not a statement;
* :func:`writers_beat` -- "Elena Marchetti *covers* technology policy for
  The Washington Post": the byline's note on a writer's beat;
* :func:`lead_clause_of_a_headline` -- "Fed raises rates to 22-year high,
  Powell *says* September move 'open'": the page's own news line before "X
  says", when what X says follows the verb;
* :func:`clause_after_a_semicolon` -- "No shots were fired, the officials
  *said*; the soldiers fought with rocks": the writer's sentence after the
  report;
* :func:`shouted_topic` -- "one man who *shouted about* the war in Gaza":
  the topic of an outcry, with nothing said.

PolNeAR dev and train: no gold attribution meets any of them (the gold
cues and contents parsed with the shipped model; "video *shows* him with his
hands in the air", "*chanting* 'U-S-A!'" and "has not *talked about* Zika"
are PolNeAR attributions and stay).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from whosaid.attribution.cues import is_cue_word, stem
from whosaid.nlp.view import word_indices

WEAPONS: frozenset[str] = frozenset(
    {
        "bomb", "bombs", "missile", "missiles", "rocket", "rockets", "grenade",
        "grenades", "explosion", "explosions", "blast", "blasts", "airstrike",
        "airstrikes", "bullet", "bullets", "shelling", "explosive", "explosives",
    }
)  # fmt: skip
"""Weapons and blasts: they hit, never speak ("a gas cylinder bomb hit")."""

VIOLENT_EVENTS: frozenset[str] = frozenset(
    {
        "war", "wars", "fighting", "violence", "clashes", "riots", "fire", "fires",
        "wildfire", "wildfires", "blaze", "earthquake", "quake", "storm",
        "hurricane", "typhoon", "cyclone", "flood", "floods", "flooding",
        "landslide", "landslides", "tsunami",
    }
)  # fmt: skip
"""Violent or natural events: they break out, never speak ("a war broke
out")."""


def thing_as_subject(head: Any, content: Iterable[int]) -> bool:
    """ "a FARC gas cylinder bomb hit a church", "a war broke out that has
    killed thousands": the cue's subject, outside the content, is a weapon
    (:data:`WEAPONS`) or a violent or natural event
    (:data:`VIOLENT_EVENTS`), so the verb names a happening ("threaten", a
    risk, is judged by :func:`whosaid.attribution.deeds.threat_of_a_thing`;
    "The rising violence … are the focus of" has the subject in the content,
    a PolNeAR attribution)."""
    inside = set(content)
    return any(
        c.dep_ in {"nsubj", "nsubjpass"}
        and (c.lower_ in WEAPONS or c.lower_ in VIOLENT_EVENTS)
        and c.i not in inside
        for c in head.children
    )


MARKET_MEASURES: frozenset[str] = frozenset(
    {
        "shares", "stocks", "stock", "prices", "markets", "market", "yields",
        "index", "indexes", "indices", "bonds", "futures", "currency", "dollar",
        "euro", "yen", "rupee", "oil", "gold",
    }
)  # fmt: skip
"""What moves on a market ("Shares of GM ended higher, suggesting …")."""


def market_move(head: Any) -> bool:
    """ "Shares of GM and Ford ended the day slightly higher, suggesting
    investors had expected a targeted walkout": an "-ing" participle hung on
    a verb that is no cue, whose subject is a market measure
    (:data:`MARKET_MEASURES`): what the move suggests is the reporter's
    reading of it, and so is a cue in that reading ("investors *had
    expected* …")."""
    if head.dep_ == "ccomp" and head.head.i != head.i and _market_reading(head.head):
        return True
    return _market_reading(head)


def _market_reading(head: Any) -> bool:
    """An "-ing" participle hung on a verb that is no cue, whose subject is
    a market measure."""
    if head.tag_ != "VBG" or head.dep_ != "advcl":
        return False
    move = head.head
    if move.i == head.i or is_cue_word(move.text):
        return False
    return any(c.dep_ == "nsubj" and c.lower_ in MARKET_MEASURES for c in move.children)


_COVER_KEY = stem("cover")


def writers_beat(head: Any) -> bool:
    """ "Elena Marchetti covers technology policy for The Washington Post":
    "covers" in the present with a "for"-phrase on it or on its object
    (whom the writer works for): a note on a writer's beat ("covered the
    action as a rightful reunification move" judges something and
    stays)."""
    if stem(head.text) != _COVER_KEY or head.tag_ != "VBZ":
        return False
    children = list(head.children)
    if any(c.dep_ == "prep" and c.lower_ == "as" for c in children):
        return False
    # "for" hangs on the verb or on its object ("policy for The Post")
    objects = [c for c in children if c.dep_ == "dobj"]
    return any(
        c.dep_ == "prep" and c.lower_ == "for"
        for top in (head, *objects)
        for c in top.children
    )


_LEAD_BREAKS = frozenset({",", ";", ":"})


def lead_clause_of_a_headline(head: Any, content: Iterable[int]) -> bool:
    """ "Fed raises rates to 22-year high, Powell says September move
    'open'", "Iran, six powers clinch nuclear deal; Netanyahu says …": the
    content lies in a clause before the cue's subject, cut off from it by a
    comma or semicolon, while the verb has its own clause after it: the
    first clause is the page's news, what the speaker says is the second
    (not after a semicolon: "No shots were fired, the officials said; the
    soldiers fought" reports the first, see
    :func:`clause_after_a_semicolon`).  Quoted contents are left alone
    ('"We are ready," he says, "to …"')."""
    doc = head.doc
    content = list(content)
    words = set(word_indices(doc, content))
    if not words or any(doc[i].is_quote for i in content):
        return False
    clauses = [c for c in head.children if c.dep_ == "ccomp"]
    if not any(c.i > head.i and not _after_a_semicolon(head, c) for c in clauses):
        return False
    subjects = [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
    if not subjects:
        return False
    start = min(t.i for t in subjects[0].subtree)
    for clause in clauses:
        span = [t.i for t in clause.subtree]
        if clause.i > head.i or not words <= set(span):
            continue
        between = doc[max(span) + 1 : start]
        if any(t.text in _LEAD_BREAKS for t in between):
            return True
    return False


def _after_a_semicolon(head: Any, clause: Any) -> bool:
    """A semicolon stands between the verb and the clause after it."""
    first = min(t.i for t in clause.subtree)
    return any(t.text == ";" for t in head.doc[head.i + 1 : first])


def clause_after_a_semicolon(head: Any, content: Iterable[int]) -> bool:
    """ "No shots were fired, the officials said; the soldiers fought with
    rocks and clubs": the verb reports the clause before it, and the content
    lies in a clause after a semicolon that closes the report: the
    writer's own sentence.  Quoted contents are left alone."""
    doc = head.doc
    content = list(content)
    words = set(word_indices(doc, content))
    if not words or any(doc[i].is_quote for i in content):
        return False
    clauses = [c for c in head.children if c.dep_ in {"ccomp", "parataxis"}]
    if not any(c.i < head.i for c in clauses):
        return False
    return any(
        c.i > head.i
        and words <= {t.i for t in c.subtree}
        and _after_a_semicolon(head, c)
        for c in clauses
    )


_SHOUT_KEYS = frozenset(stem(w) for w in ("shout", "yell", "scream", "heckle"))
_ABOUT = frozenset({"about", "over"})
_CLAUSE_DEPS = frozenset({"ccomp", "xcomp", "parataxis", "csubj"})


def shouted_topic(head: Any, content: Iterable[int]) -> bool:
    """ "one man who shouted about the war in Gaza": every word of the
    content lies in the object of "about" hung on a verb of shouting, with
    no clause or quotation: what the outcry was about, nothing said."""
    if stem(head.text) not in _SHOUT_KEYS:
        return False
    doc = head.doc
    content = list(content)
    words = set(word_indices(doc, content))
    if not words or any(
        doc[i].is_quote or doc[i].pos_ in {"VERB", "AUX"} or doc[i].dep_ in _CLAUSE_DEPS
        for i in content
    ):
        return False
    return any(
        c.dep_ == "prep"
        and c.lower_ in _ABOUT
        and words <= {t.i for t in c.subtree} - {c.i}
        for c in head.children
    )


def a_happening(head: Any, content: Iterable[int]) -> bool:
    """Any check of this module: the cue reports no statement."""
    content = list(content)
    return (
        thing_as_subject(head, content)
        or market_move(head)
        or writers_beat(head)
        or lead_clause_of_a_headline(head, content)
        or clause_after_a_semicolon(head, content)
        or shouted_topic(head, content)
    )
