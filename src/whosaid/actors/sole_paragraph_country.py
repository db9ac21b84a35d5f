"""Actors: the country of a person with an office every state has
("Prime Minister Alberto Otarola", "foreign ministry spokesman Zhu Bangzao")
and no country of their own, when their paragraph names one country alone
before them ("Neighbouring Peru declared a state of emergency. Prime
Minister Alberto Otarola said"; "At a regular briefing in Beijing, foreign
ministry spokesman Zhu Bangzao ...").  With two countries named there ("Russia
struck Kyiv. Foreign ministry spokesman X said") the paragraph cannot say
whose office it is, and the person keeps none: a wrong country is worse
than none."""

from __future__ import annotations

from whosaid.actors.model import ActorDraft


def paragraph_start(text: str, pos: int) -> int:
    """Where the paragraph holding ``pos`` begins (after its line break)."""
    return text.rfind("\n", 0, pos) + 1


def countries_before(drafts: list[ActorDraft], d: ActorDraft, text: str) -> set[str]:
    """The countries of every other actor (states, places, people, bodies)
    named in ``d``'s paragraph before ``d``'s first mention."""
    end = d.first
    start = paragraph_start(text, end)
    return {
        x.country
        for x in drafts
        if x is not d and x.country and any(start <= s < end for s, _ in x.mentions)
    }


def sole_paragraph_country(
    drafts: list[ActorDraft], d: ActorDraft, text: str
) -> str | None:
    """``d``'s paragraph country (:attr:`ActorDraft.context_country`) when
    it is the only country named in the paragraph before ``d``; else
    ``None``."""
    here = d.context_country
    if not here or not text or not d.mentions:
        return None
    return here if countries_before(drafts, d, text) == {here} else None
