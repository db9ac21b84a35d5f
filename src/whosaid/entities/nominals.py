"""Definite nominals ("the bloc", "the island", "the North"): one table for
the entity stages.

``data/nominals.tsv`` lists definite descriptions that stand for an entity:
either one named earlier, of a kind (``refers_to`` = ``igo``, ``state``,
``gov``, ``person``, ``media``, ``company``, ``group``, ``ngo``, ``party``),
or a fixed referent that needs no antecedent (``country:XXX``, with its
canonical ``name``: "the Jewish state" is Israel).  The speaker stage resolves
a nominal source to its antecedent with this table; the actors stage reads the
fixed referents as names of states.  No stage-specific types here: only the
table and the lookup of a phrase in it.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

NOMINAL_KINDS: frozenset[str] = frozenset(
    {"igo", "state", "gov", "person", "media", "company", "group", "ngo", "party"}
)
"""The kinds of antecedent a nominal may stand for."""

ANTECEDENT_TYPES: dict[str, frozenset[str]] = {
    "igo": frozenset({"igo"}),
    "state": frozenset({"state"}),
    "gov": frozenset({"government"}),
    "person": frozenset({"person"}),
    "media": frozenset({"media"}),
    "company": frozenset({"company"}),
    "group": frozenset({"armed_group", "party", "ngo", "other"}),
    "ngo": frozenset({"ngo"}),
    "party": frozenset({"party"}),
}
"""The actor types an antecedent of each kind may have ("the bank" is a
company's, never the White House's)."""

KOREA_ONLY: frozenset[str] = frozenset({"PRK", "KOR"})
"""Fixed referents that hold only in an article about Korea ("the North")."""


@dataclass(frozen=True)
class Nominal:
    """One row of the table: what a definite description stands for."""

    pattern: str
    """The phrase without its leading "the", as written in the table."""
    refers_to: str
    """A kind of antecedent (:data:`NOMINAL_KINDS`) or ``country:XXX``."""
    name: str | None = None
    """The canonical name of a fixed referent ("Israel")."""

    @property
    def country(self) -> str | None:
        """The ISO alpha-3 code of a fixed referent, else ``None``."""
        if not self.refers_to.lower().startswith("country:"):
            return None
        return self.refers_to.split(":", 1)[1].strip().upper() or None

    @property
    def antecedent_types(self) -> frozenset[str]:
        """The actor types its antecedent may have (empty for a fixed
        referent)."""
        return ANTECEDENT_TYPES.get(self.refers_to.lower(), frozenset())

    def holds_in(self, text: str) -> bool:
        """Whether a fixed referent holds in an article ("the North" is North
        Korea only where Korea is named); a kind always does."""
        return self.country not in KOREA_ONLY or "korea" in text.lower()


def phrase_key(text: str) -> str:
    """The lookup key of a phrase: lower-cased, single-spaced, without a
    leading "the" ("The  Island" -> ``island``)."""
    words = text.lower().split()
    if words and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def parse_nominals(text: str) -> dict[str, Nominal]:
    """The table from the text of ``nominals.tsv`` (``#`` comments, a header
    row ``pattern, refers_to, name, note``).

    Raises:
        ValueError: a row whose ``refers_to`` is neither a kind nor
            ``country:XXX`` with a name.
    """
    lines = [ln for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]
    table: dict[str, Nominal] = {}
    for row in csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE):
        pattern = (row.get("pattern") or "").strip()
        ref = (row.get("refers_to") or "").strip()
        name = (row.get("name") or "").strip() or None
        if not pattern or not ref:
            continue
        entry = Nominal(phrase_key(pattern), ref, name)
        if entry.country is None and ref.lower() not in NOMINAL_KINDS:
            raise ValueError(f"nominals.tsv: {pattern!r} refers to unknown {ref!r}")
        if entry.country is not None and name is None:
            raise ValueError(f"nominals.tsv: fixed referent {pattern!r} has no name")
        table[entry.pattern] = entry
    return table


@lru_cache(maxsize=1)
def nominal_table() -> dict[str, Nominal]:
    """The shipped table, keyed by :func:`phrase_key`."""
    text = (
        resources.files("whosaid.entities")
        .joinpath("data", "nominals.tsv")
        .read_text(encoding="utf-8")
    )
    return parse_nominals(text)


def lookup_nominal(phrase: str) -> Nominal | None:
    """The table's row for a definite phrase ("the island" -> ``state``);
    ``None`` for anything else, an indefinite phrase included ("an island")."""
    words = phrase.split()
    if not words or words[0].lower() != "the":
        return None
    return nominal_table().get(phrase_key(phrase))
