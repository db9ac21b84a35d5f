"""Speaker resolution: the speaker labels of a broadcast transcript.

"ARI SHAPIRO, HOST:", "PRESIDENT JOE BIDEN:" open the turns of a transcript
in capitals, where NER is unreliable (an organisation, a part of the line, or
nothing).  Each label with a personal name is a person's mention; the name
is recased when the entity is made ("Ari Shapiro"), and a later label with
the surname alone ("SHAPIRO:") joins it as any surname does.
"""

from __future__ import annotations

import re

from whosaid.entities.names import looks_like_person_name, normal_case, strip_titles
from whosaid.speakers.model import DocIndex, RawMention

LABEL_LINE = re.compile(
    r"^[ \t]*([A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+)+)"
    r"(?=[ \t]*(?:,[ \t]*[A-Z][A-Z .'-]*)?:)",
    re.MULTILINE,
)


def label_names(ix: DocIndex) -> list[RawMention]:
    """A person's mention for every transcript label in capitals with two
    or more words of a personal name after any title ("PRESIDENT")."""
    raws: list[RawMention] = []
    for match in LABEL_LINE.finditer(ix.text):
        start, end = strip_titles(ix.text, match.start(1), match.end(1))
        name = ix.text[start:end]
        if not looks_like_person_name(normal_case(name, "")):
            continue
        raws.append(RawMention(start, end, "PERSON", name, start in ix.exclude))
    return raws
