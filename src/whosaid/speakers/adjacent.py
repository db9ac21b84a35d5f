"""Speaker resolution: one personal name NER cut in two.

"BNP Secretary General Mirza Fakhrul Islam Alamgir": NER tags "Mirza Fakhrul"
and "Islam Alamgir" as two PERSON entities with only a space between them.
Two persons are never written side by side without a comma or "and", so the
two mentions are one name.
"""

from __future__ import annotations

from whosaid.entities.names import looks_like_person_name
from whosaid.speakers.model import DocIndex, RawMention


def join_adjacent_persons(ix: DocIndex, raws: list[RawMention]) -> list[RawMention]:
    """The mentions (in text order) with each PERSON mention that follows
    another across a single space joined to it, when together they still
    look like one personal name (two to four capitalised words)."""
    out: list[RawMention] = []
    for raw in raws:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.label == raw.label == "PERSON"
            and ix.text[prev.end : raw.start] == " "
            and prev.excluded == raw.excluded
            and looks_like_person_name(ix.text[prev.start : raw.end])
        ):
            out[-1] = RawMention(
                prev.start,
                raw.end,
                "PERSON",
                ix.text[prev.start : raw.end],
                raw.excluded,
            )
            continue
        out.append(raw)
    return out
