"""Which cues make an attribution: the cue filter.

An attribution needs a communication, cognition or reporting predicate, or a
source-giving construction ("according to").  The taggers learned PolNeAR's
wide notion of attribution and also find cues on verbs that merely report an
event ("was named", "concluded its hearing", "sparked a wave of protests").
Two checks reject those:

* **the lexicon check** -- the cue's head word is neither a communication or
  cognition word (:data:`whosaid.attribution.lexicon.CUE_WORDS` and
  :data:`EXTRA_CUE_STEMS`) nor, in PolNeAR train, a cue at least
  :data:`MIN_TRAIN_RATE` of the times it occurs (``data/cue_lexicon.tsv``,
  counts by stem, built by ``scripts/build_cue_lexicon.py``);
* **the event check** -- naming, dubbing, appointing (:data:`NAMING_STEMS`)
  are never cues; "expected" only in the active with a subject ("the bank
  expects growth to slow", not "is expected to", "as expected"); concluding,
  sparking, rejecting ... (:data:`EVENT_STEMS`) only with a clausal or
  quoted content ("concluded that ...", not "concluded its third hearing").
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources

from whosaid.attribution.lexicon import CUE_WORDS

MIN_TRAIN_RATE = 0.05
"""A head word outside the communication list is a cue when PolNeAR train
makes it one at least this share of its occurrences ..."""
MIN_TRAIN_CUES = 2
"""... and at least this many times."""

EXTRA_CUE_STEMS: frozenset[str] = frozenset(
    {
        "accord",
        "testify",
        "quote",
        "post",
        "recount",
        "reiterate",
        "assure",
        "concur",
        "caution",
        "signal",
        "hint",
        "predict",
        "speculate",
        "suspect",
        "wonder",
        "imagine",
        "recognize",
        "realize",
        "understand",
        "learn",
        "hear",
        "read",
        "sing",
        "chant",
        "shout",
        "yell",
        "scream",
        "whisper",
        "joke",
        "quip",
        "muse",
        "recall",
        "remind",
        "inform",
        "notify",
        "announce",
        "brief",
        "acknowledge",
        "confess",
        "lament",
        "regret",
        "decry",
        "condemn",
        "denounce",
        "praise",
        "criticise",
        "criticize",
        "slam",
        "blast",
        "attack",
        "accuse",
        "implore",
        "plead",
        "beg",
        "acknowledgment",
        "acknowledgement",
        "interview",
        "say",
        "tell",
        ":",
        "―",
        "—",
        "–",
    }
)
"""Communication and cognition stems the hand-written lexicon lacks."""

NAMING_STEMS: frozenset[str] = frozenset(
    {
        "name",
        "rename",
        "nickname",
        "dub",
        "appoint",
        "elect",
        "reelect",
        "nominate",
        "swear",
        "hire",
        "fire",
        "sack",
        "award",
    }
)
"""Naming, appointing and other acts on people: never a cue."""

EVENT_STEMS: frozenset[str] = frozenset(
    {
        "spark",
        "conclude",
        "decline",
        "host",
        "meet",
        "visit",
        "launch",
        "hold",
        "charge",
        "concede",
        "reject",
        "welcome",
        "pass",
        "approve",
        "adopt",
        "sign",
        "thank",
        # Acts reported on real pages ("voted for the bill", "joined all
        # Democrats", "filed a motion", "raised interest rates", "dismissed
        # the finance minister", "published the report", "issued a statement
        # on Wednesday", "delivering her budget", "answering questions").
        # Each costs PolNeAR train half B at most 2 true attributions ("vote"
        # 7, for 10 fewer false ones); see CHANGELOG, session 7.
        "vote",
        "join",
        "file",
        "raise",
        "dismiss",
        "publish",
        "issue",
        "deliver",
        "answer",
        # "recalled its ambassador", "Spain recognizes the State of
        # Palestine": diplomatic acts; "recalled that ...", "recognized that
        # ..." stay cues (half B: -1 true attribution).
        "recall",
        "recognize",
        "recognise",
        # "aides blocked the doors", "benches will hear cases": a physical or
        # a court's act on the object; "heard that ..." stays a cue.
        "block",
        "hear",
    }
)
"""Event verbs that are cues only with a clausal or quoted content."""

STANCE_STEMS: frozenset[str] = frozenset(
    {
        "support",
        "oppose",
        "endorse",
        "back",
        "favor",
        "favour",
        "prefer",
        "trust",
        "distrust",
        "like",
        "dislike",
        "love",
        "hate",
        "admire",
        "know",
    }
)
"""Stances toward someone: "supports Trump" is an attribution with a bare
name as content, "congratulated the Greens" is not."""

_IRREGULAR = {
    "said": "say",
    "says": "say",
    "told": "tell",
    "thought": "think",
    "wrote": "write",
    "written": "write",
    "knew": "know",
    "known": "know",
    "felt": "feel",
    "heard": "hear",
    "found": "find",
    "sang": "sing",
    "sung": "sing",
    "swore": "swear",
    "sworn": "swear",
    "held": "hold",
    "met": "meet",
    "understood": "understand",
    "taught": "teach",
    "spoke": "speak",
    "spoken": "speak",
    "began": "begin",
    "made": "make",
    "saw": "see",
    "seen": "see",
}


@functools.lru_cache(maxsize=16384)
def stem(word: str) -> str:
    """A crude verb stem: "warned" → "warn", "appointed" → "appoint".

    Inflections map to one key (not always a real word: "concluded" and
    "concludes" → "conclud", "recall" and "recalled" → "recal"), which is all
    the lexicon needs; the same function builds the table and looks it up.
    A final double consonant is always single in the key, so the base form
    and its inflections agree ("pass", "passed" → "pas"; "plan", "planned" →
    "plan"), and a word ending in "ss" keeps its "s" ("discuss" is no plural).
    """
    w = word.lower().replace("’", "'")
    w = _IRREGULAR.get(w, w)
    for suffix in ("ing", "ied", "ies", "ed", "es", "s"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix == "s" and w.endswith("ss"):
                break
            base = w[: -len(suffix)]
            if suffix in ("ied", "ies"):
                return base + "y"
            if suffix == "es" and not base.endswith(("s", "x", "z", "ch", "sh")):
                base = w[:-1]  # "concludes" → "conclude"
            w = base
            break
    if len(w) > 3:
        w = w.rstrip("e")
    if len(w) > 3 and w[-1] == w[-2] and w[-1] not in "aeiouy":
        w = w[:-1]  # "planned" → "plan", "recall" → "recal"
    return w


@functools.lru_cache(maxsize=1)
def _core_stems() -> frozenset[str]:
    stems = {stem(w) for w in CUE_WORDS if " " not in w}
    stems.update(stem(w) for w in EXTRA_CUE_STEMS)
    return frozenset(stems)


@dataclass(frozen=True, slots=True)
class TrainCounts:
    """How often a stem is a cue in PolNeAR train, out of its occurrences."""

    cue: int
    total: int

    @property
    def rate(self) -> float:
        return self.cue / self.total if self.total else 0.0


@functools.lru_cache(maxsize=1)
def train_lexicon() -> dict[str, TrainCounts]:
    """``data/cue_lexicon.tsv``: stem, cue count, occurrences (PolNeAR train)."""
    text = (
        resources.files("whosaid.attribution")
        .joinpath("data", "cue_lexicon.tsv")
        .read_text(encoding="utf-8")
    )
    table: dict[str, TrainCounts] = {}
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        key, cue, total = line.split("\t")
        table[key] = TrainCounts(int(cue), int(total))
    return table


def is_cue_word(word: str) -> bool:
    """The lexicon check for a cue head word (lower or any case)."""
    key = stem(word)
    if key in _core_stems() or not any(ch.isalpha() for ch in word):
        return True
    counts = train_lexicon().get(key)
    return (
        counts is not None
        and counts.cue >= MIN_TRAIN_CUES
        and counts.rate >= MIN_TRAIN_RATE
    )


def is_stance_word(word: str) -> bool:
    """A stance verb (:data:`STANCE_STEMS`), whose content may be a bare name."""
    return stem(word) in _STANCE_KEYS


def event_kind(word: str) -> str | None:
    """``naming`` (never a cue), ``expect`` (a cue only in the active),
    ``event`` (a cue only with a clausal content) or None (no restriction)."""
    key = stem(word)
    if key in _NAMING_KEYS:
        return "naming"
    if key == _EXPECT_KEY:
        return "expect"
    if key in _EVENT_KEYS:
        return "event"
    return None


_NAMING_KEYS: frozenset[str] = frozenset(stem(w) for w in NAMING_STEMS)
_EVENT_KEYS: frozenset[str] = frozenset(stem(w) for w in EVENT_STEMS)
_EXPECT_KEY = stem("expect")
_STANCE_KEYS: frozenset[str] = frozenset(stem(w) for w in STANCE_STEMS)


def count_cue_stems(
    texts: Sequence[str], cue_texts: Sequence[Sequence[str]]
) -> dict[str, TrainCounts]:
    """Build the train lexicon: per stem, cue occurrences and all occurrences.

    Args:
        texts: the training documents.
        cue_texts: per document, the text of every gold cue.
    """
    import re

    word = re.compile(r"\w+")
    total: dict[str, int] = {}
    cue: dict[str, int] = {}
    for text in texts:
        for m in word.finditer(text):
            key = stem(m.group())
            total[key] = total.get(key, 0) + 1
    for cues in cue_texts:
        for c in cues:
            for m in word.finditer(c):
                key = stem(m.group())
                cue[key] = cue.get(key, 0) + 1
    return {k: TrainCounts(n, max(n, total.get(k, 0))) for k, n in cue.items()}
