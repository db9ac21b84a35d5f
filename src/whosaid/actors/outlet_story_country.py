"""The story's country from the news outlet it cites, when it names no
state, place or officeholder: "Kyodo News reported that ...", "Dawn, the
Karachi newspaper, reported that the army chief ...", and as a tie-break
("IRNA news agency said the foreign ministry had summoned the French
ambassador in Tehran").  A national outlet reporting on unnamed domestic
offices speaks of its own country's; the domestic-office rule of
:func:`whosaid.actors.article_country.article_country` still keeps titles
every state has ("the prime minister") without one.  An outlet named only
in a wire credit ("(CNN)", "(Reuters) -") says who sent the story, not
where it happened: it does not count."""

from __future__ import annotations

from collections.abc import Sequence

from whosaid.actors.model import ActorDraft

__all__ = ["outlets_country"]

DASHES: frozenset[str] = frozenset({"-", "\u2013", "\u2014"})


def outlets_country(drafts: Sequence[ActorDraft], text: str) -> dict[str, float]:
    """The one country of the text's media outlets named outside a wire
    credit, as article-country evidence (weight 1); none when they have
    none or several."""
    found = {
        d.country
        for d in drafts
        if d.type == "media"
        and d.country
        and not d.igo
        and d.mentions
        and not all(wire_credit(text, s, e) for s, e in d.mentions)
    }
    return {found.pop(): 1.0} if len(found) == 1 else {}


def wire_credit(text: str, start: int, end: int) -> bool:
    """Whether a mention is a wire credit: in brackets ("(CNN)"), or at
    the start of a line before a dash ("Reuters - ")."""
    if text[start - 1 : start] == "(" and text[end : end + 1] == ")":
        return True
    line_start = start == 0 or text[start - 1] == "\n"
    return line_start and text[end:].lstrip()[:1] in DASHES
