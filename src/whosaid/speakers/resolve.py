"""Rule-based speaker resolution: who does each attribution's source refer to?

The resolver is a small, deterministic coreference resolver for news text:

1. **Mentions.**  Named mentions come from NER (PERSON, ORG, GPE, NORP, FAC),
   cleaned of articles, titles and possessives.  NER labels are re-judged with
   document-wide evidence (a name tagged PERSON anywhere, a first name, a title
   such as "envoy" or "Mr" before it makes a person).  A one-word personal
   name joins the most recent full name with that surname ("Haley" ->
   "Nikki Haley"); an acronym joins the name it abbreviates.  Mentions inside
   ``exclude`` ranges (captions, boilerplate) are never antecedents.
2. **Documents.**  Every "statement", "report"... gets an issuer: the agent of
   "released by/from X", a possessor or compound ("the Kremlin statement"), or
   the subject of the verb it hangs on ("In a statement, X said").
3. **Sources**, taken in text order:

   * a name -> itself (``name``; a surname expands to the full name);
   * a title/appositive chain or a document with an issuer -> the person, else
     the organisation, else the state in it (``appositive``);
   * a pronoun -> the most salient compatible antecedent (``pronoun``): the
     latest compatible speaker, unless a compatible sentence subject came
     after it; then subjects, then any mention, then mentions inside quotes;
   * a definite nominal ("the ministry", "the spokesman", "the Russian
     statement") -> the matching organisation, titled person or document
     issuer (``nominal``);
   * anything else keeps its own text (``unresolved``).

Every resolved speaker becomes the most salient antecedent for what follows
("... she added").

Modules: :mod:`~whosaid.speakers.model` (records, the read-only
:class:`~whosaid.speakers.model.DocIndex` and the mutable
:class:`~whosaid.speakers.model.Discourse`), :mod:`~whosaid.speakers.mentions`
(1), :mod:`~whosaid.speakers.documents` (2), :mod:`~whosaid.speakers.sources`
and :mod:`~whosaid.speakers.salience` (3); this module runs them in text order.
Shared word lists: :mod:`whosaid.entities.lexicon`.
"""

from __future__ import annotations

import bisect
import dataclasses
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from whosaid.entities.lexicon import (
    ALL_PRONOUNS,
    DOC_NOUNS,
    SINGULAR_PERSON_NOUNS,
)
from whosaid.entities.names import (
    Ranges,
    join_texts,
    trim_name,
)
from whosaid.records import Attribution, Span, Speaker
from whosaid.speakers.counted import counted_speakers
from whosaid.speakers.cut_lists import names_listed_before
from whosaid.speakers.datelines import dateline_source
from whosaid.speakers.evidence import sentence_cased_evidence
from whosaid.speakers.fragments import (
    name_descriptions,
    possessor_first,
    subject_over_clause,
    without_clause_fragments,
)
from whosaid.speakers.joint import joint_groups, resolve_joint
from whosaid.speakers.listed import listed_speakers
from whosaid.speakers.mentions import build_index
from whosaid.speakers.model import (
    RESOLVED_NOMINAL,
    RESOLVED_NONE,
    RESOLVED_PRONOUN,
    RESOLVED_UNRESOLVED,
    Discourse,
    DocIndex,
    Entity,
    Event,
    SourceResult,
    TitlesLookup,
    char_span,
    conjunct_heads,
    mention_for,
)
from whosaid.speakers.phrases import head_phrase, role_words
from whosaid.speakers.relayed import relayed_source
from whosaid.speakers.sources import resolve_span

__all__ = ["resolve_speakers"]

IMPLICIT_CLIMB = 4
MAX_GAP_CHARS = 160
QUOTED_VERBS: frozenset[str] = frozenset({"quoted", "cited"})
IMPLICIT_DEPS: frozenset[str] = frozenset(
    {"advcl", "xcomp", "conj", "pcomp", "prep", "acl"}
)


def resolve_speakers(
    doc: Doc,
    attributions: Sequence[Attribution],
    *,
    exclude: Sequence[tuple[int, int]] = (),
    known: Callable[[str], bool] | None = None,
    kind_of: Callable[[str], str | None] | None = None,
    gender_of: Callable[[str], str | None] | None = None,
    titles_of: TitlesLookup | None = None,
) -> tuple[Attribution, ...]:
    """Resolve the speaker of every attribution.

    Args:
        doc: a parsed spaCy ``Doc`` over the whole article text; records'
            offsets index ``doc.text``.
        attributions: attributions in any order (usually text order), their
            ``speaker`` unset.
        exclude: character ranges (captions, boilerplate) whose mentions are
            never used as antecedents.
        known: whether world knowledge knows a full name on the article's
            date (e.g. :meth:`whosaid.actors.people.People.known_on`): a
            surname joins the one known full name of several.
        kind_of: the actor type world knowledge knows a name as (``state``,
            ``igo``, ``company``...; e.g.
            :meth:`whosaid.actors.knowledge.Knowledge.name_kind`): "the
            kingdom said" after "Morocco" (tagged ORG) is Morocco; "ECOWAS",
            which NER missed, is an organisation.
        gender_of: the gender world knowledge gives the person a full name
            denotes on the article's date (e.g.
            :meth:`whosaid.actors.people.People.gender_on`): "she" never
            refers to a man it knows.
        titles_of: the title words of the offices world knowledge says the
            person a full name denotes holds on the article's date, and the
            words of the office's country (e.g.
            :func:`whosaid.actors.office_titles.titles_on`): "the Russian
            president" may stand for a president the text names untitled.

    Returns:
        New records, same order, each with ``speaker`` set.  Never raises on
        odd spans: what cannot be resolved gets ``resolved_by="unresolved"``
        (or ``"none"`` when the source is empty).
    """
    if not attributions:
        return ()
    ix, ds = build_index(
        doc, attributions, exclude, known, kind_of, gender_of, titles_of
    )
    return _run(ix, ds, attributions)


def _run(
    ix: DocIndex, ds: Discourse, attributions: Sequence[Attribution]
) -> tuple[Attribution, ...]:
    order = sorted(
        range(len(attributions)),
        key=lambda i: (_anchor(attributions[i]), i),
    )
    speakers: dict[int, Speaker] = {}
    co_speakers: dict[int, tuple[Speaker, ...]] = {}
    # a source of punctuation alone (", called") is none: the cue's syntax
    # finds the speaker, as for a missed source
    has_source = [
        any(s.end > s.start and any(c.isalnum() for c in s.text) for s in a.source)
        and not dateline_source(ix.text, a)  # "New Delhi: X on Wednesday said"
        for a in attributions
    ]
    previous: int | None = None  # the last attribution with a source
    joints: dict[str, tuple[Speaker, ...]] = {}  # first name -> the others
    for i in order:
        if not has_source[i]:
            continue
        attribution = attributions[i]
        try:
            attribution = _tag_to_subject(ix, attribution)
            joint = _joint(ix, ds, attribution)
            if (
                not joint
                and previous in co_speakers
                and _they_again(ix, attribution, attributions[previous])
            ):
                joint = [
                    dataclasses.replace(s, resolved_by=RESOLVED_PRONOUN)
                    for s in (speakers[previous], *co_speakers[previous])
                ]
            if joint:
                speakers[i], *others = joint
                co_speakers[i] = tuple(others)
                # "The statement said" after the joint source: whichever of
                # them the statement's issuer is, it speaks for all of them
                for k, member in enumerate(joint):
                    if member.name is not None:
                        joints[member.name] = tuple(joint[:k] + joint[k + 1 :])
            else:
                speakers[i] = _resolve(ix, ds, attribution)
                shared = _joint_document(ix, attribution, speakers[i], joints)
                if shared:
                    co_speakers[i] = shared
        except Exception:
            speakers[i] = _unresolved_speaker(ix.text, attribution.source)
        previous = i
        for cue in attribution.cue:
            span = char_span(ix, cue.start, cue.end)
            if span is not None:
                ds.cue_speakers.update((t.i, speakers[i]) for t in span)
    name_descriptions(ix, attributions, [k for k in order if has_source[k]], speakers)
    for i in order:
        if has_source[i]:
            continue
        try:
            speakers[i] = _implicit(ix, ds, attributions[i])
        except Exception:
            speakers[i] = Speaker(name=None, mention=None, resolved_by=RESOLVED_NONE)
    return tuple(
        dataclasses.replace(a, speaker=speakers[i], co_speakers=co_speakers.get(i, ()))
        for i, a in enumerate(attributions)
    )


def _joint_document(
    ix: DocIndex,
    attribution: Attribution,
    speaker: Speaker,
    joints: dict[str, tuple[Speaker, ...]],
) -> tuple[Speaker, ...]:
    """The other speakers of a document a joint source issued: "In a joint
    statement, X and Y said …  '…,' the statement said" speaks for both.
    Empty unless the source is a document noun ("the statement") resolved
    to the first speaker of an earlier joint source."""
    others = joints.get(speaker.name or "")
    if not others or speaker.resolved_by != RESOLVED_NOMINAL:
        return ()
    source = next((s for s in attribution.source if s.end > s.start), None)
    span = char_span(ix, source.start, source.end) if source is not None else None
    if span is None or not len(span) or span.root.lower_ not in DOC_NOUNS:
        return ()
    return tuple(dataclasses.replace(s, resolved_by=RESOLVED_NOMINAL) for s in others)


def _joint(ix: DocIndex, ds: Discourse, attribution: Attribution) -> list[Speaker]:
    """The speakers of a joint source ("Johnson and Corbyn said"), first
    named first; empty when the source names one speaker."""
    source = next((s for s in attribution.source if s.end > s.start), None)
    if source is None:
        return []
    found = (
        resolve_joint(ix, source)
        or listed_speakers(ix, source)
        or counted_speakers(ix, source)
        or names_listed_before(ix, source)  # "X, Y and [Z] said"
    )
    if not found:
        # "local officials and residents said": one speaker per group
        return [
            Speaker(
                name=ix.text[start:end],
                mention=Span.of(ix.text, start, end),
                resolved_by=RESOLVED_UNRESOLVED,
            )
            for start, end in joint_groups(ix, source)
        ]
    speakers: list[Speaker] = []
    for result in found:
        if result.entity is None:
            return []
        start, end = result.mention or mention_for(result.entity, source.start)
        speakers.append(
            Speaker(
                name=result.entity.name,
                mention=Span.of(ix.text, start, end),
                resolved_by=result.resolved_by,
            )
        )
    for result in found:
        if result.entity is not None:
            _add_speaker_event(ds, source, result.entity, joint=len(found) > 1)
    return speakers


def _resolve(ix: DocIndex, ds: Discourse, attribution: Attribution) -> Speaker:
    sources = [
        s for s in attribution.source if s.end > s.start and s.start < len(ix.text)
    ]
    if not sources:
        return Speaker(name=None, mention=None, resolved_by=RESOLVED_NONE)
    content = ds.content = Ranges((s.start, s.end) for s in attribution.content)
    sources = without_clause_fragments(
        ix, _cue_subject_first(ix, sources, attribution.cue)
    )
    subject = subject_over_clause(ix, sources, attribution.cue)
    if subject is not None:
        sources = [subject]
    relayed = relayed_source(ix, attribution.cue, attribution.content, sources)
    sources = [relayed or sources[0], *sources[1:]]
    result: SourceResult | None = None
    anonymous = False
    for source in sources:
        result = resolve_span(ix, ds, source, content)
        # "A senior security official, who requested anonymity …, said":
        # one fragment says so for the whole source
        anonymous = anonymous or result.anonymous
        if result.entity is not None:
            break
    if result is None or result.entity is None:
        head = result.mention if result is not None else None
        phrase = head_phrase(ix, sources[0]) if head is None else None
        if phrase is not None:
            sources = [phrase]
        if sources[0].text.strip().lower() in ALL_PRONOUNS:
            # an unresolved "He" is no entity a later "the company" may be
            return _unresolved_speaker(ix.text, tuple(sources), head)
        entity = _pseudo_entity(ix, ds, sources[0])
        entity.anonymous = entity.anonymous or anonymous
        if entity.anonymous:
            entity.titles |= role_words(ix, head or (sources[0].start, sources[0].end))
        _add_speaker_event(ds, sources[0], entity)
        speaker = sentence_cased_evidence(
            ix, _unresolved_speaker(ix.text, sources, head)
        )
        if entity.anonymous:
            return dataclasses.replace(speaker, name=None)
        return dataclasses.replace(speaker, name=possessor_first(speaker.name))
    entity = result.entity
    _add_speaker_event(ds, sources[0], entity)
    start, end = result.mention or mention_for(entity, sources[0].start)
    if entity.anonymous:
        # "he added" after "a senior official said": still nobody's name
        return Speaker(
            name=None,
            mention=Span.of(ix.text, start, end),
            resolved_by=RESOLVED_UNRESOLVED,
        )
    return Speaker(
        name=entity.name,
        mention=Span.of(ix.text, start, end),
        resolved_by=result.resolved_by,
    )


def _implicit(ix: DocIndex, ds: Discourse, attribution: Attribution) -> Speaker:
    """Speaker of a source-less attribution from the syntax of its cue.

    "X was quoted as saying ..." and "..., X told a briefing" (source
    missed) -> the cue's subject; "X said ..., adding ..." -> the speaker of
    the cue the participle hangs on.
    """
    none = Speaker(name=None, mention=None, resolved_by=RESOLVED_NONE)
    if not attribution.cue:
        return none
    span = char_span(ix, attribution.cue[0].start, attribution.cue[0].end)
    if span is None or not len(span):
        return none
    verb = span.root
    content = ds.content = Ranges((s.start, s.end) for s in attribution.content)
    gap = _gap_source(ix, attribution)
    if gap is not None:
        return _speaker_of(ix, ds, gap, content) or none
    for _ in range(IMPLICIT_CLIMB):
        subject = next(
            (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None
        )
        passive_quote = verb.lower_ in QUOTED_VERBS and subject is not None
        # NB: ``verb.i not in span`` is always true (a Span holds Tokens, not
        # ints); kept as is in a no-behaviour-change refactor -- the intent
        # was ``verb not in span``.
        if (
            not passive_quote
            and verb.i not in span  # type: ignore[operator]
            and verb.i in ds.cue_speakers
        ):
            return ds.cue_speakers[verb.i]
        if subject is not None and subject.idx not in content:
            start = ix.doc[subject.left_edge.i].idx
            last = ix.doc[max(subject.i, min(subject.right_edge.i, verb.i - 1))]
            source = Span.of(ix.text, start, last.idx + len(last.text))
            return _speaker_of(ix, ds, source, content) or none
        if verb.dep_ not in IMPLICIT_DEPS or verb.head.i == verb.i:
            return none
        verb = verb.head
    return none


def _gap_source(ix: DocIndex, attribution: Attribution) -> Span | None:
    """The words between a quote and its cue: '"...," the agency's X told'."""
    cue = attribution.cue[0]
    before = [c for c in attribution.content if c.end <= cue.start]
    if not before:
        return None
    last = max(before, key=lambda c: c.end)
    start, end = last.end, cue.start
    tail = ix.text[last.start : last.end]
    close = max(tail.rfind("”"), tail.rfind('"'))
    if end - start <= 2 and 0 < close < len(tail) - 2:
        # the content swallowed the source: '"...," the agency's X' told
        start = last.start + close + 1
    gap = ix.text[start:end]
    if "\n" in gap or len(gap) > MAX_GAP_CHARS or not any(c.isalpha() for c in gap):
        return None
    start, end = trim_name(ix.text, start, end)
    if end <= start:
        return None
    return Span.of(ix.text, start, end)


def _speaker_of(
    ix: DocIndex, ds: Discourse, source: Span, content: Ranges
) -> Speaker | None:
    result = resolve_span(ix, ds, source, content)
    if result.entity is None:
        return None
    _add_speaker_event(ds, source, result.entity)
    mention = result.mention or mention_for(result.entity, source.start)
    return Speaker(
        name=result.entity.name,
        mention=Span.of(ix.text, *mention),
        resolved_by=result.resolved_by,
    )


def _add_speaker_event(
    ds: Discourse, source: Span, entity: Entity, *, joint: bool = False
) -> None:
    event = Event(
        start=source.start,
        end=source.end,
        entity=entity,
        subject=True,
        speaker=True,
        masked=False,
        joint=joint,
    )
    bisect.insort(ds.events, event, key=lambda ev: ev.start)


def _pseudo_entity(ix: DocIndex, ds: Discourse, source: Span) -> Entity:
    start, end = trim_name(ix.text, source.start, source.end)
    if end <= start:
        start, end = source.start, source.end
    start, end = source.start, source.end
    name = join_texts([source.text]) or ix.text[start:end]
    kind = "org"
    span = char_span(ix, start, end)
    if span is not None and len(span):
        root = span.root
        if root.tag_ in {"NNS", "NNPS"}:
            kind = "group"
        elif root.lower_ in SINGULAR_PERSON_NOUNS:
            kind = "person"
    key = f"pseudo:{name.lower()}"
    entity = ds.entities.get(key)
    if entity is None:
        entity = Entity(name=name, kind=kind, start=start, end=end)
        ds.entities[key] = entity
    return entity


THEY_REACH = 600
"""How far (characters) a "they" looks back for the joint source it repeats."""


def _they_again(ix: DocIndex, attribution: Attribution, joint: Attribution) -> bool:
    """Whether the source is "they" or a definite plural that names no one
    ("the juntas", "the two leaders") right after a joint source's
    attribution ("Rep. X and Rep. Y said … They urged …"): the same
    speakers."""
    sources = [s for s in attribution.source if s.end > s.start]
    if len(sources) != 1:
        return False
    if sources[0].text.strip().lower() != "they" and not _definite_plural(
        ix, sources[0]
    ):
        return False
    before = [s for s in joint.source if s.end > s.start]
    return bool(before) and 0 < sources[0].start - before[-1].end <= THEY_REACH


PARTY_TAG = re.compile(r"^\(?[RDI]-[A-Z][A-Za-z.]*\)?$")
"""A US party-state tag ("R-N.Y.", "(D-Calif.)")."""


def _tag_to_subject(ix: DocIndex, attribution: Attribution) -> Attribution:
    """A source cut to a party-state tag ("R-N.Y.)" of "Bacon and Rep. Mike
    Lawler (R-N.Y.) both said") widened to the clause's words before it
    (back to a verb, a colon or the sentence's start), the tag included;
    any other attribution comes back unchanged."""
    sources = [s for s in attribution.source if s.end > s.start]
    if not sources or not all(PARTY_TAG.match(s.text.strip()) for s in sources):
        return attribution
    span = char_span(ix, sources[0].start, sources[0].end)
    if span is None or not len(span):
        return attribution
    first = span[0]
    j = first.i - 1
    while (
        j >= first.sent.start
        and ix.doc[j].pos_ not in {"VERB", "AUX"}
        and ix.doc[j].text not in CLAUSE_STOPS
    ):
        j -= 1
    start = ix.doc[j + 1].idx
    if start >= sources[0].start:
        return attribution
    widened = Span.of(ix.text, start, sources[-1].end)
    return dataclasses.replace(attribution, source=(widened,))


CLAUSE_STOPS: frozenset[str] = frozenset({";", ":", '"', "“", "”", "\n"})


def _definite_plural(ix: DocIndex, source: Span) -> bool:
    """ "the juntas", "the two leaders", "both men": a definite plural
    common noun with no name in it."""
    span = char_span(ix, source.start, source.end)
    if span is None or not len(span):
        return False
    root = span.root
    return (
        root.tag_ == "NNS"
        and root.is_lower
        and not any(t.i in ix.token_mention for t in span)
        and any(t.lower_ in {"the", "both"} and t.i < root.i for t in span)
    )


def _cue_subject_first(
    ix: DocIndex, sources: list[Span], cue: Sequence[Span]
) -> list[Span]:
    """Several source fragments: the one with a word hanging from the cue
    first ("Chuck Schumer accused Trump …, while Rep. Richard Neal … said":
    Neal is the subject of "said"), or from the verb the cue is a conjunct
    of ("…, Erdoğan thanked voters and said": the shared subject)."""
    if len(sources) < 2 or not cue:
        return sources
    cue_tokens = {
        k
        for c in cue
        if (span := char_span(ix, c.start, c.end))
        for t in span
        for k in conjunct_heads(t)
    }

    def hangs(source: Span) -> bool:
        span = char_span(ix, source.start, source.end)
        return span is not None and any(t.head.i in cue_tokens for t in span)

    return sorted(sources, key=lambda s: not hangs(s))


def _anchor(attribution: Attribution) -> int:
    for spans in (attribution.source, attribution.cue, attribution.content):
        for span in spans:
            return span.start
    return 0


def _unresolved_speaker(
    text: str, sources: Sequence[Span], head: tuple[int, int] | None = None
) -> Speaker:
    """The source's own words as the speaker; its mention is ``head`` when
    the speaker stage narrowed it ("People" of "People close to the
    Clintons"), else the first source span."""
    spans = [s for s in sources if s.end > s.start]
    if not spans:
        return Speaker(name=None, mention=None, resolved_by=RESOLVED_NONE)
    first = spans[0]
    start, end = head or (first.start, first.end)
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    mention = Span.of(text, start, end)
    name = join_texts([s.text for s in spans]) or mention.text
    return Speaker(name=name, mention=mention, resolved_by=RESOLVED_UNRESOLVED)
