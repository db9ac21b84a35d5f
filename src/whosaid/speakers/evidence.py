"""Speaker resolution: a sentence-initial evidence source keeps its words
in lower case ("Court documents show …" is "court documents", as "according
to court documents" is), so no stage takes its capital for a body's name."""

from __future__ import annotations

import dataclasses

from whosaid.entities.lexicon import EVIDENCE_NOUNS, EVIDENCE_WORDS
from whosaid.records import Speaker
from whosaid.speakers.model import DocIndex, char_span


def sentence_cased_evidence(ix: DocIndex, speaker: Speaker) -> Speaker:
    """The speaker with its first letter lowered when its words are a bare
    evidence phrase opening a sentence: common nouns (no entity, no proper
    noun), headed by one of :data:`EVIDENCE_NOUNS`, the rest lower case
    ("Court documents", "Exchange data"); unchanged otherwise ("Treasury
    figures": the Treasury is a name)."""
    name, mention = speaker.name, speaker.mention
    if name is None or mention is None or name != mention.text:
        return speaker
    span = char_span(ix, mention.start, mention.end)
    if span is None or len(span) not in EVIDENCE_WORDS:
        return speaker
    first = span[0]
    if not (first.is_sent_start and first.is_title and first.pos_ == "NOUN"):
        return speaker
    if first.ent_type_ or any(not t.is_lower for t in span[1:]):
        return speaker
    if span[-1].lower_ not in EVIDENCE_NOUNS:
        return speaker
    return dataclasses.replace(speaker, name=name[:1].lower() + name[1:])
