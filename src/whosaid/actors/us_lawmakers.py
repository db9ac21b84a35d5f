"""Actors: US lawmakers named in AP style ("Rep. Wade Harlan, R-Texas,",
"Sen. X, D-Ohio", "Democratic Sen. Claire McCaskill"): country USA and
sector LEG where the text and the knowledge gave none."""

from __future__ import annotations

import re
from collections import Counter

from whosaid.actors.model import ActorDraft

__all__ = ["US_LAWMAKER_TITLE", "US_PARTY_TAG", "us_lawmakers"]


US_PARTY_TAG = re.compile(
    r"(?:,\s*|\s*\()(?:R|D|I)-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?\s*[,)]"
)
"""The AP style party-and-state tag after a US lawmaker's name: ", R-Texas,"
", D-N.Y.,", " (I-Vt.)"."""

US_LAWMAKER_TITLE = re.compile(r"\b(?:Rep|Sen|Reps|Sens)\.\s*$")
"""The AP abbreviations of a US lawmaker's title right before a name."""
US_LAWMAKER_TITLE_IN = re.compile(r"\b(?:Rep|Sen|Reps|Sens)\.\s+[A-Z]")
"""The same title inside a mention that starts with a party ("Democratic Sen.
Claire McCaskill")."""


def us_lawmakers(drafts: list[ActorDraft], text: str) -> None:
    """ "Rep. Wade Harlan, R-Texas," / "Sen. X, D-Ohio": a person named with
    the AP party-and-state tag or title is a US lawmaker: country USA, sector
    LEG where the text or knowledge gave none (a wrong country is never
    replaced: only a missing one is filled).  The title alone ("Rep. X")
    is a lawmaker's anywhere: in an article about another country (its
    states and places name another country most) it says LEG, not USA."""
    home = _most_named_country(drafts)
    for d in drafts:
        if d.type != "person":
            continue
        tagged = any(US_PARTY_TAG.match(text, e) for _, e in d.mentions)
        titled = any(
            US_LAWMAKER_TITLE.search(text[max(0, s - 8) : s])
            or US_LAWMAKER_TITLE_IN.search(text[s:e])
            for s, e in d.mentions
        )
        if not (tagged or titled):
            continue
        if not tagged and home not in {None, "USA"}:
            if d.sector is None:
                d.sector = "LEG"  # "Rep. Lorenzo Abalos" in Manila
            title = next(
                (
                    m.group().strip()
                    for s, _ in d.mentions
                    if (m := US_LAWMAKER_TITLE.search(text[max(0, s - 8) : s]))
                ),
                None,
            )
            if title and not d.roles:
                d.roles.append(title)  # a domestic title: the article's country
            continue
        if d.country is None and d.igo is None:
            d.country = "USA"
            d.sources.append("US lawmaker tag")
        if d.country == "USA" and (d.sector is None or (d.sector == "PTY" and titled)):
            d.sector = "LEG"  # "Democratic Sen. X": the seat, not the party


def _most_named_country(drafts: list[ActorDraft]) -> str | None:
    """The country the drafts' states and places name most (by mentions),
    if one leads; else ``None``."""
    counts: Counter[str] = Counter()
    for d in drafts:
        if d.type in {"state", "place"} and d.country:
            counts[d.country] += len(d.mentions)
    top = counts.most_common(2)
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    return top[0][0]
