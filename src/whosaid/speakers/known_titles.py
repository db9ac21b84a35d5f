"""Speaker resolution: the titles world knowledge gives a person the text
names with none ("Venezuela's electoral council proclaimed Nicolás Maduro
president …  '…,' the president said": Maduro holds the presidency that
day, so "the president" may stand for him, not only for "CNE president
Elvis Amoroso" named before)."""

from __future__ import annotations

from whosaid.entities.lexicon import HONORIFICS, ROLE_NOUNS, TITLES
from whosaid.speakers.model import Discourse, DocIndex


def add_known_titles(ix: DocIndex, ds: Discourse) -> None:
    """Give every person entity with a full name and no role or title word
    of the text's own the title words of the offices world knowledge says
    they hold on the article's date (``ix.titles_of``); the text's titles
    always win."""
    if ix.titles_of is None:
        return
    for entity in ds.entities.values():
        if entity.kind != "person" or entity.anonymous or " " not in entity.name:
            continue
        own = entity.titles - HONORIFICS  # "Mr Maduro" has no office of the text's
        if any(t in ROLE_NOUNS or t in TITLES for t in own):
            continue
        entity.titles.update(ix.titles_of(entity.name))
