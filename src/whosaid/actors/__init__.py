"""Actors: every person, organization and state of an article, normalized.

``extract_actors`` groups mentions into actors with country, IGO, sector and
a CAMEO-style code; ``load_knowledge`` reads the shipped data files and users'
own actor files (``--actors FILE``).
"""

from whosaid.actors.extract import cameo_code, extract_actors
from whosaid.actors.knowledge import Knowledge, load_knowledge, read_user_actors

__all__ = [
    "Knowledge",
    "cameo_code",
    "extract_actors",
    "load_knowledge",
    "read_user_actors",
]
