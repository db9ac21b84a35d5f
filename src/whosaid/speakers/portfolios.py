"""Speaker resolution: the portfolio a ministry nominal names.

"The defense ministry said" never stands for the Ministry of Foreign Affairs
named before it: a definite nominal that names a government portfolio
("defense", "foreign", "interior", "health") only finds a body whose name
holds that portfolio too.  Written from general knowledge of how cabinet
portfolios are named; spelling variants count as one ("defence").
"""

from __future__ import annotations

from collections.abc import Sequence

from whosaid.entities.names import name_words

PORTFOLIOS: dict[str, str] = {
    **{w: w for w in ("defense", "foreign", "interior", "finance", "health")},
    **{w: w for w in ("justice", "education", "trade", "agriculture", "energy")},
    **{w: w for w in ("environment", "transport", "economy", "commerce")},
    **{w: w for w in ("industry", "information", "culture", "labor", "tourism")},
    **{w: w for w in ("communications", "fisheries", "immigration", "home")},
    "defence": "defense",
    "labour": "labor",
    "economic": "economy",
    "transportation": "transport",
}
"""Portfolio words, each mapped to one spelling."""


def portfolios_in(words: Sequence[str]) -> set[str]:
    """The portfolios the words name ("Defence" -> "defense")."""
    return {PORTFOLIOS[w.lower()] for w in words if w.lower() in PORTFOLIOS}


def portfolio_clash(mods: Sequence[str], name: str) -> bool:
    """Whether a nominal's modifiers name a portfolio the body's name lacks
    ("the defense ministry" and "Ministry of Foreign Affairs"); ``False``
    when the modifiers name none."""
    wanted = portfolios_in(mods)
    return bool(wanted) and not wanted <= portfolios_in(name_words(name))
