"""Actions: a verb with a subject actor (and usually an object actor) coded
from the verb lexicon ("Pyongyang test-fired an ICBM", "the US imposed
sanctions on Iran", "police detained the activist").

Rules:

* the verb's code comes from the lexicon: the longest phrase pattern that the
  words after the verb match ("impose sanctions" 163), else the verb's own
  code; plain statements (root 01) are left to the speech rules;
* the source is the subject actor (the "by" agent of a passive, whose
  subject is then the target), or that of the verb it is coordinated with;
* the target is the object actor ("detained X"), else an actor under a
  preposition of the verb or its object ("sanctions on X", "talks with X"),
  else the first other actor in the verb's phrase;
* not an event: a verb under a modal or in the infinitive ("could strike",
  "plans to strike", "threatened to strike": the threat is the speech act),
  inside a relative clause or modifier ("the test, which violated ..."), or
  background ("has been at war since 2023");
* "did not attack" is kept with ``negated`` set;
* "X and Y agreed/met/signed" with no object, and "X met with Y", are
  reciprocal: one event in each direction, as CAMEO codes them.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Token

from whosaid.events.codes import VerbLexicon
from whosaid.events.draft import Draft, or_none
from whosaid.events.mentions import ActorIndex
from whosaid.events.syntax import (
    clause_words,
    expand,
    is_background,
    is_hypothetical,
    is_negated,
    subject_actors,
)
from whosaid.records import Actor

__all__ = ["action_events", "verb_code"]

METHOD = "rule.action.v1"
RECIPROCAL_METHOD = "rule.action.reciprocal.v1"
_TARGET_PREPS = frozenset(
    {"on", "against", "with", "to", "at", "upon", "into", "from", "around"}
)
_ATTACK_PREPS = frozenset({"on", "against", "at", "upon", "into"})
_RECIPROCAL_ROOTS = frozenset({"03", "04", "05", "06", "08"})


# Verbs too light to code from PETRARCH2's bare-verb default ("hold"
# is 170 there, "need" 100); only their phrase patterns count ("hold talks").
LIGHT_VERBS = frozenset(
    {
        "add",
        "argue",
        "be",
        "become",
        "begin",
        "bring",
        "call",
        "come",
        "consider",
        "continue",
        "do",
        "end",
        "expect",
        "face",
        "feel",
        "find",
        "get",
        "give",
        "go",
        "have",
        "help",
        "hold",
        "include",
        "keep",
        "know",
        "lead",
        "leave",
        "look",
        "make",
        "mention",
        "move",
        "need",
        "note",
        "plan",
        "play",
        "put",
        "remain",
        "report",
        "run",
        "say",
        "see",
        "seek",
        "set",
        "show",
        "start",
        "stay",
        "take",
        "tell",
        "think",
        "try",
        "turn",
        "use",
        "want",
        "work",
    }
)


def verb_code(token: Token, doc: Doc, lexicon: VerbLexicon) -> tuple[str, int]:
    """The lexicon code of a verb token in its clause ("" when none), and how
    sure it is: 2 for whosaid's or a user's pattern or verb, 1 for a
    PETRARCH2 phrase pattern, 0 for a PETRARCH2 bare verb.

    A hyphenated compound ("test - fired") is looked up whole first, then a
    phrasal verb ("meet with"), then the verb.
    """
    following = [t.lower_ for t in clause_words(token)]
    if token.i >= 2 and doc[token.i - 1].text == "-":
        compound = lexicon.lemma(f"{doc[token.i - 2].lower_}-{token.lower_}")
        if compound is not None:
            return _sure(lexicon.code(compound, following))
    lemma = lexicon.lemma(token.lower_)
    if lemma is None:
        return "", 0
    particle = following[0] if following else ""
    phrasal = lexicon.lemma(f"{token.lower_} {particle}")
    if phrasal is not None:
        match = lexicon.code(phrasal, following[1:])
        if match[0]:
            return _sure(match)
    code, words, own = lexicon.code(lemma, following)
    if not own and not words and lemma in LIGHT_VERBS:
        return "", 0
    return _sure((code, words, own))


def _sure(match: tuple[str, int, bool]) -> tuple[str, int]:
    code, words, own = match
    return code, 2 if own else 1 if words else 0


def _known(token: Token, doc: Doc, lexicon: VerbLexicon) -> bool:
    """Whether the lexicon has the verb (alone or as "test-fire")."""
    if lexicon.lemma(token.lower_) is not None:
        return True
    return (
        token.i >= 2
        and doc[token.i - 1].text == "-"
        and lexicon.lemma(f"{doc[token.i - 2].lower_}-{token.lower_}") is not None
    )


def _objects(token: Token) -> list[tuple[Token, str]]:
    """Object tokens with how they attach: direct objects (``""``), then
    "PREP X" under the verb or its object (the preposition)."""
    direct = [c for c in token.children if c.dep_ in ("dobj", "dative", "attr")]
    # "withdrew its troops": the source's own, an instrument, not a target
    out = [(t, "") for d in direct for t in expand(d) if not _own(t)]
    for head in (token, *direct):
        for c in head.children:
            if c.dep_ == "prep" and c.lower_ in _TARGET_PREPS:
                for p in c.children:
                    if p.dep_ == "pobj":
                        out.extend((t, c.lower_) for t in expand(p))
    return out


def _own(token: Token) -> bool:
    """A noun with a possessive pronoun ("its troops", "their envoy")."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.children)


def _phrase_actors(
    token: Token, index: ActorIndex, exclude: list[Actor]
) -> list[Actor]:
    """Actors inside the verb's clause after the verb ("to the US continent")."""
    out: list[Actor] = []
    for t in clause_words(token, limit=30):
        actor = index.actor_of(t)
        if actor is not None and actor not in exclude and actor not in out:
            out.append(actor)
    return out


def _evidence(token: Token, parts: list[Token]) -> tuple[tuple[int, int], ...]:
    start = min([token.idx, *(p.idx for p in parts)])
    end = max([token.idx + len(token), *(p.idx + len(p) for p in parts)])
    return ((start, end),)


def action_events(
    doc: Doc,
    index: ActorIndex,
    lexicon: VerbLexicon,
    *,
    skip: frozenset[int],
    cues: frozenset[int] = frozenset(),
    verbs: Sequence[Token] | None = None,
) -> Iterator[Draft]:
    """Action events of a parsed article.

    ``skip``: speech-act verbs and the cues of attributions coded as speech
    acts (the speech rules code them); ``cues``: other attribution cues,
    coded here only by whosaid's own verbs or for a material act ("Somalia
    recalled its ambassador", which the attribution tagger takes for a cue).
    ``verbs``: the doc's verb tokens, when already collected.
    """
    for token in doc if verbs is None else verbs:
        if token.pos_ != "VERB" or token.i in skip:
            continue
        yield from _action(token, doc, index, lexicon, material_only=token.i in cues)


def _action(
    token: Token,
    doc: Doc,
    index: ActorIndex,
    lexicon: VerbLexicon,
    *,
    material_only: bool,
) -> Iterator[Draft]:
    if not _known(token, doc, lexicon) or is_hypothetical(token):
        return
    subjects, subject, passive = subject_actors(token, index)
    if subject is None or (not subjects and not passive):
        return
    if is_background(token):
        return
    code, sure = verb_code(token, doc, lexicon)
    if not code or code.startswith("01"):
        return
    if material_only and sure < 2 and code[:2] < "14":
        return
    objects = _objects(token)
    object_actors = [(a, prep) for t, prep in objects if (a := index.np_actor(t))]
    if passive:
        agent = next((c for c in token.children if c.dep_ == "agent"), None)
        agents = [p for c in ([agent] if agent else []) for p in c.children]
        sources = [a for t in agents for x in expand(t) if (a := index.np_actor(x))]
        targets = subjects
    else:
        sources = subjects
        targets = list(dict.fromkeys(a for a, _ in object_actors))
    sources = [a for a in sources if a.code is not None]
    if not sources:
        return
    if sure < 2 and not targets:
        return  # a PETRARCH2 verb codes only a dyad its clause names
    if not targets:
        targets = [
            a
            for a in _phrase_actors(token, index, sources)
            if not any(a.country and a.country == s.country for s in sources)
        ][:1]
    if code.startswith("15") and any(p in _ATTACK_PREPS for _, p in object_actors):
        code = "190"  # missiles fired *at* someone: an attack, not a show of force
    yield from _drafts(
        token, code, sources, targets, [subject, *(t for t, _ in objects)]
    )


def _drafts(
    token: Token,
    code: str,
    sources: list[Actor],
    targets: list[Actor],
    parts: list[Token],
) -> Iterator[Draft]:
    negated = is_negated(token)
    evidence = _evidence(token, parts)
    reciprocal = code[:2] in _RECIPROCAL_ROOTS
    if reciprocal and len(sources) > 1 and not targets:
        for a in sources:
            for b in sources:
                if a is not b:
                    yield Draft(
                        a, b, code, evidence, RECIPROCAL_METHOD, negated=negated
                    )
        return
    for source in sources:
        for target in or_none(targets):
            if target is source:
                continue
            yield Draft(source, target, code, evidence, METHOD, negated=negated)
            if reciprocal and target is not None and code[:2] == "04":
                yield Draft(
                    target, source, code, evidence, RECIPROCAL_METHOD, negated=negated
                )
