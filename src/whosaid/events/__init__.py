"""Events: who did what to whom, CAMEO-coded (``Article.events``).

``extract_events`` turns an article's attributions (speech acts: appeals,
accusations, threats, rejections...) and its verbs with actor subjects and
objects (actions) into :class:`whosaid.records.Event` records with CAMEO
codes, Goldstein scores and quad classes; ``load_lexicon`` reads the shipped
CAMEO verb data and users' verb files (``--verbs FILE``).
"""

from whosaid.events.codes import (
    check_user_verbs,
    code_info,
    load_codes,
    load_lexicon,
    read_user_verbs,
)
from whosaid.events.extract import extract_events

__all__ = [
    "check_user_verbs",
    "code_info",
    "extract_events",
    "load_codes",
    "load_lexicon",
    "read_user_verbs",
]
