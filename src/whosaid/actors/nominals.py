"""Actors, step 4: definite nominals ("the bloc", "the island") join the
latest compatible actor or their fixed referent."""

from __future__ import annotations

import dataclasses

from spacy.tokens import Token

from whosaid.actors.model import (
    ActorIndex,
    ActorMention,
    ActorState,
    Hit,
)


def is_subject(tok: Token) -> bool:
    for _ in range(4):
        if tok.dep_ in {"nsubj", "nsubjpass"}:
            return True
        if (
            tok.dep_ in {"compound", "amod", "poss", "nmod", "flat", "det"}
            and tok.head.i != tok.i
        ):
            tok = tok.head
            continue
        return False
    return False


def nominal_mentions(ix: ActorIndex, st: ActorState, hits: list[Hit]) -> None:
    kb = ix.kb
    if not kb.nominals:
        return
    covered = {k for h in hits for k in range(h.i, h.j)}
    doc = ix.doc
    existing = sorted(st.mentions, key=lambda m: m.start)
    lower = ix.lower
    n = len(lower)
    for i, word in enumerate(lower):
        if word != "the" or i + 1 >= n or lower[i + 1] not in kb.nominal_firsts:
            continue
        tok = doc[i]
        for length in (3, 2, 1):
            j = tok.i + 1 + length
            if j > n:
                continue
            if any(k in covered for k in range(tok.i + 1, j)):
                continue
            key = tuple(lower[tok.i + 1 : j])
            ref = kb.nominals.get(key)
            if ref is None:
                continue
            # "the island nation of Taiwan": a nominal inside a longer NP
            if (
                j < len(doc)
                and doc[j].pos_ in {"NOUN", "PROPN"}
                and doc[j].lower_ not in {"'s"}
            ):
                break
            start = tok.idx
            end = doc[j - 1].idx + len(doc[j - 1].text)
            target = _nominal_target(ix, ref, start, existing)
            if target is not None:
                m = dataclasses.replace(
                    target, start=start, end=end, roles=[], source="nominal"
                )
                st.mentions.append(m)
            break


def _nominal_target(
    ix: ActorIndex, ref: str, pos: int, existing: list[ActorMention]
) -> ActorMention | None:
    ref = ref.strip()
    if ref.lower().startswith("country:"):
        code = ref.split(":", 1)[1].strip().upper()
        name = ix.kb.country_name(code) or code
        if code in {"PRK", "KOR"} and "korea" not in ix.text.lower():
            return None
        return ActorMention(
            pos, pos, ("state", code), name, "state", code, None, None, None
        )
    wanted = {
        "igo": {"igo"},
        "state": {"state"},
        "gov": {"government"},
        "government": {"government"},
        "person": {"person"},
        "media": {"media"},
        "company": {"company"},
        "group": {"armed_group", "party", "ngo", "other"},
        "ngo": {"ngo"},
        "party": {"party"},
    }.get(ref.lower(), set())
    compatible = [
        m
        for m in existing
        if m.start < pos and m.type in wanted and (m.type != "person" or m.roles)
    ]
    if not compatible:
        return None
    # the latest compatible sentence subject in the two sentences before
    # wins over a later object: "Taiwan accused China... The island said"
    tok = _token_at(ix, pos)
    window = ix.sent_start[tok.i] if tok is not None else 0
    if tok is not None and window > 0:
        window = ix.sent_start[window - 1]
    for m in reversed(compatible):
        t = _token_at(ix, m.start)
        if t is not None and t.i >= window and is_subject(t):
            return m
    return compatible[-1]


def _token_at(ix: ActorIndex, char: int) -> Token | None:
    span = ix.doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None
