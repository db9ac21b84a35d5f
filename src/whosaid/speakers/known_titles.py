"""Speaker resolution: the titles world knowledge gives a person the text
names ("Venezuela's electoral council proclaimed Nicolás Maduro president …
'…,' the president said": Maduro holds the presidency that day, so "the
president" may stand for him, not only for "CNE president Elvis Amoroso"
named before; "Putin met Xi …  the Russian president said": Putin's office
is Russia's)."""

from __future__ import annotations

from whosaid.entities.lexicon import HONORIFICS, ROLE_NOUNS, TITLES
from whosaid.speakers.model import Discourse, DocIndex


def add_known_titles(ix: DocIndex, ds: Discourse) -> None:
    """Give every person entity with a full name the words of its office's
    country world knowledge knows (``ix.titles_of``), and, when the text
    gives it no role or title word of its own, the title words of the
    offices held on the article's date: the text's titles always win."""
    if ix.titles_of is None:
        return
    for entity in ds.entities.values():
        if entity.kind != "person" or entity.anonymous or " " not in entity.name:
            continue
        offices, country = ix.titles_of(entity.name)
        entity.titles.update(country)
        entity.countries.update(country)
        own = entity.titles - HONORIFICS  # "Mr Maduro" has no office of the text's
        if not any(t in ROLE_NOUNS or t in TITLES for t in own):
            entity.titles.update(offices)
