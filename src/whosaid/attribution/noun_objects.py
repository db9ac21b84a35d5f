"""A cue whose content is only a noun object: no attribution on a news page.

What a news reader takes for something said is a proposition: a clause
(a finite verb, a complementizer, an infinitive: "urged X to", "pledged
to"), a quotation, or a label given to something ("called the vote 'a
sham'", "described X as Y").  A speech or stance verb with only a noun
phrase for its object reports a deed or a stance, not what was said:
"condemned the takeover", "denied any wrongdoing", "praised his
'extraordinary service'", "described a night of explosions", "blamed the
war on ...", "spoke of a city that ...", "will question X today".  The
real-page fixture sets' writers count none of these; PolNeAR counts many
of them, so only the ``news`` scheme drops them
(:attr:`whosaid.attribution.scheme.SchemeLevers.noun_objects`), and only
where PolNeAR's own gold mostly agrees: short objects of verbs its
annotators seldom mark (:func:`bare_noun_object`; :func:`noun_object` is
the syntactic test alone).

The test is syntactic, on the parse of the final content: every word at
the top of the content hangs on the cue verb (or on a preposition of the
cue: "spoke *of*"), is nominal or a preposition with a nominal object, and
nothing in it is a clause: no finite verb or infinitive outside a relative
clause opened by a relative pronoun ("a bill *that would* ...", "a boss
*who reads* ..." are noun phrases; "their demand that ...", "a willingness
to invite ...", "told the meeting the board would ..." are not).  Kept
whatever their object, as the fixture conventions keep them: "called for",
"accused X of", and the cue "say" (a headline's "says 'Weakness' in
Moscow" is a clause without its verb).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc, Token

from whosaid.attribution.cues import stem, train_lexicon
from whosaid.nlp.models import doc_text
from whosaid.records import Attribution

__all__ = [
    "bare_noun_object",
    "drop_noun_objects",
    "has_clause",
    "noun_object",
]

NOMINAL_POS = frozenset({"NOUN", "PROPN", "PRON", "NUM", "DET", "ADJ", "X", "SYM"})
"""What the top word of a noun phrase may be (a determiner or adjective
heads an elliptic one: "each other", "the first")."""
_NEUTRAL_POS = frozenset({"PUNCT", "ADV", "CCONJ", "PART", "SPACE", "INTJ"})
"""Top words that neither make nor break a noun object ("strongly", ",")."""
_TIME_ENTS = frozenset({"DATE", "TIME"})
_NOUN_DEPS = frozenset({"dobj", "pobj", "attr", "npadvmod", "dative", "appos"})
"""How a noun phrase hangs on the cue: an object of it or of its
preposition."""
_VERB_POS = frozenset({"VERB", "AUX"})
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_RELATIVIZER_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
_AUX_DEPS = frozenset({"aux", "auxpass"})
_COMPLEMENTIZERS = frozenset({"that", "whether", "if"})
_QUOTES = frozenset("\"“”„«»'‘’")
_KEPT_CUES = frozenset({stem("say"), stem("accuse"), "according"})
"""Cues kept with any object: "accused X of ..." by the fixture
conventions, "says" for a headline's verbless clause ("says 'Weakness' in
Moscow"), "according to"."""
_KEPT_PAIRS = frozenset({(stem("call"), "for"), (stem("appeal"), "for")})
"""(cue stem, preposition) the fixture conventions keep with any object."""
_NAMING = frozenset(stem(w) for w in ("call", "dub", "label", "brand", "term"))
"""Verbs that give their object a name or a verdict: "called the accord 'a
national defeat'", a headline's "calls bill 'divisive'"."""
_LABEL_PREPOSITIONS = frozenset({"as"})
"""A preposition that makes the object a label ("described X *as* Y")."""
MAX_OBJECT_WORDS = 5
"""A dropped noun object has at most this many words ("the takeover",
"any wrongdoing", "a more guarded account"); a longer one more often
carries what was said in its modifiers ("the arrest of a man in the fatal
shooting of ...", "nothing that would increase his taxes")."""
MAX_CUE_RATE = 0.6
"""A dropped noun object hangs on a verb PolNeAR train's annotators mark as
a cue less often than this (:func:`whosaid.attribution.cues.train_lexicon`:
"offered" 0.36, "denied" 0.44, "condemned" 0.53).  Where they mostly do
("criticized", "praised", "described", "wrote": 0.7 and more) the two
golds disagree, and PolNeAR dev (news scheme) loses more true
attributions than spurious ones: the whole test cost it 0.021 end-to-end
F1 (74 true, 25 spurious), these limits 0.0017 (10 true, 9 spurious, by
the scorer's edge test) for 23 of the 76 spurious noun objects the
real-page sets' screened predictions held."""


EVALUATIONS = frozenset(
    stem(w) for w in ("praise", "congratulate", "commend", "applaud", "thank")
)
"""Verbs of an evaluation given as a deed ("praised the crews of the two
vessels", "congratulated the troops who fought in the Old City"): with a
noun object and no quotation the real-page fixture writers count none of
them, whatever the object's length and PolNeAR's rate; with a quotation
("praised Tanzania's 'openness and speed'") they keep them."""


def _tokens_of(doc: Doc, spans: Iterable[tuple[int, int]]) -> list[Token]:
    out: list[Token] = []
    for start, end in spans:
        part = doc.char_span(start, end, alignment_mode="expand")
        if part is not None:
            out.extend(part)
    return out


def _fully_quoted(doc: Doc, a: Attribution) -> bool:
    """The content opens and closes with a quotation mark (in it or just
    around it): a quotation, whatever its grammar."""
    text = doc_text(doc)  # spaCy's doc.text joins every token's text
    first, last = a.content[0], a.content[-1]
    opened = first.text[:1] in _QUOTES or any(
        c in _QUOTES for c in text[max(0, first.start - 2) : first.start]
    )
    closed = last.text.rstrip(".,;:")[-1:] in _QUOTES or any(
        c in _QUOTES for c in text[last.end : last.end + 2]
    )
    return opened and closed


def _relative_clause(head: Token) -> bool:
    """A relative clause opened by a relative pronoun ("a bill *that*
    would ...", "a boss *who* reads ..."): part of a noun phrase."""
    return head.dep_ == "relcl" and any(
        c.tag_ in _RELATIVIZER_TAGS for c in head.children
    )


def has_clause(tokens: Iterable[Token]) -> bool:
    """A clause in the content: a complementizer ("their demand *that* all
    documents be made public"), a finite verb or an infinitive ("urged them
    *to land*", "a willingness *to invite*", "told a briefing that units
    *were* ...", "told the meeting the board *would* decide") that is not in a
    relative clause opened by a relative pronoun."""
    for t in tokens:
        if t.dep_ == "mark" and t.lower_ in _COMPLEMENTIZERS:
            if not _relative_clause(t.head):
                return True
            continue
        infinitive = t.dep_ == "aux" and t.lower_ == "to"  # "to land" (a noun)
        if not (t.tag_ in _FINITE_TAGS or infinitive):
            continue
        head = t.head if t.dep_ in _AUX_DEPS or infinitive else t
        if not _relative_clause(head):
            return True
    return False


def _top_words(tokens: Sequence[Token]) -> list[Token]:
    inside = {t.i for t in tokens}
    return [t for t in tokens if t.head.i not in inside or t.head.i == t.i]


def _anchor(t: Token, cue: set[int]) -> Token:
    """The word ``t`` hangs on, through a preposition of the cue ("spoke
    *of* a city": the verb)."""
    head = t.head
    if head.i in cue and head.dep_ in {"prep", "prt"} and head.head.i in cue:
        return head.head
    return head


def _cue_verb(top: Sequence[Token], cue: set[int]) -> Token | None:
    """The cue verb the content hangs on."""
    for t in top:
        head = _anchor(t, cue)
        if head.i in cue:
            return head
    return None


def _kept_by_convention(verb: Token, top: Sequence[Token]) -> bool:
    key = stem(verb.text)
    if key in _KEPT_CUES or verb.lower_ in _KEPT_CUES:
        return True
    preps = {c.lower_ for c in verb.children if c.dep_ in {"prep", "prt"}}
    preps.update(t.lower_ for t in top if t.dep_ == "prep")
    return any((key, p) in _KEPT_PAIRS for p in preps)


def _has_infinitive(verb: Token) -> bool:
    """The cue verb is itself an infinitive ("was prepared *to add* a
    surcharge", "called on Washington *to respect* the decisions"): its
    object completes the clause the cue opens."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _counts(t: Token) -> bool:
    """A top word that makes or breaks a noun object: not punctuation, an
    adverb or a time ("strongly", ",", "today")."""
    if t.ent_type_ in _TIME_ENTS and t.dep_ in {"npadvmod", "pobj"}:
        return False
    return t.pos_ not in _NEUTRAL_POS or t.dep_ in {"ccomp", "xcomp"}


def _nominal(t: Token, verb: Token, cue: set[int]) -> bool:
    """A noun phrase on the cue verb, or a preposition of the verb with a
    nominal object ("blamed X *on* Y"; not the label's "*as* Y")."""
    if _anchor(t, cue).i != verb.i:
        return False
    if t.dep_ == "prep":
        objects = [c for c in t.children if c.dep_ in {"pobj", "pcomp"}]
        return (
            t.lower_ not in _LABEL_PREPOSITIONS
            and bool(objects)
            and all(o.pos_ in NOMINAL_POS for o in objects)
        )
    return t.pos_ in NOMINAL_POS and t.dep_ in _NOUN_DEPS


def _label(tokens: Sequence[Token], top: Sequence[Token], verb: Token) -> bool:
    """The object gets a label or a verdict: "described X *as* Y", "called X
    'Y'", "called the agreement an act of aggression", "wished the new
    government 'success'"."""
    tops = {t.i for t in top}
    if any(
        t.lower_ in _LABEL_PREPOSITIONS
        and t.dep_ == "prep"
        and (t.head.i == verb.i or t.head.i in tops)
        for t in tokens
    ):
        return True
    objects = [t for t in top if t.dep_ != "prep" and _counts(t)]
    if len(objects) > 1:
        return True
    return stem(verb.text) in _NAMING and any(t.text in _QUOTES for t in tokens)


def _object_words(a: Attribution) -> int:
    return sum(len(s.text.split()) for s in a.content)


def _deed_object(verb: Token, a: Attribution) -> bool:
    """A short object of a verb PolNeAR's annotators seldom take for a cue
    (:data:`MAX_OBJECT_WORDS`, :data:`MAX_CUE_RATE`)."""
    words = _object_words(a)
    counts = train_lexicon().get(stem(verb.text))
    rate = counts.rate if counts is not None else 0.0
    return words <= MAX_OBJECT_WORDS and rate < MAX_CUE_RATE


def noun_object(doc: Doc, a: Attribution) -> bool:
    """The content is only a noun object of a cue verb (see the module):
    no clause, no quotation, no label; whatever its length and verb."""
    return _noun_object_verb(doc, a) is not None


def bare_noun_object(doc: Doc, a: Attribution) -> bool:
    """A noun object (:func:`noun_object`) the news scheme drops: short, of
    a verb PolNeAR seldom takes for a cue (:func:`_deed_object`), or an
    unquoted object of an evaluation (:func:`_unquoted_evaluation`)."""
    evaluation = _evaluation_cue(a)
    if _object_words(a) > MAX_OBJECT_WORDS and not evaluation:
        return False  # cheap first: most contents are longer (the parse walk is not)
    verb = _noun_object_verb(doc, a)
    if verb is None:
        return False
    if evaluation and _unquoted_evaluation(doc, verb, a):
        return True
    return _deed_object(verb, a)


def _evaluation_cue(a: Attribution) -> bool:
    return any(stem(w) in EVALUATIONS for s in a.cue for w in s.text.split())


def _unquoted_evaluation(doc: Doc, verb: Token, a: Attribution) -> bool:
    """The noun object of one of :data:`EVALUATIONS` holds no quotation mark
    (in it or just before it; an apostrophe after a letter is none: "the
    king's reaction")."""
    if stem(verb.text) not in EVALUATIONS:
        return False
    text = doc_text(doc)
    return not any(
        _opens_or_closes_quote(text, k)
        for s in a.content
        for k in range(max(0, s.start - 2), s.end)
    )


_DOUBLE_QUOTES = frozenset('"“”„«»')


def _opens_or_closes_quote(text: str, k: int) -> bool:
    c = text[k]
    if c in _DOUBLE_QUOTES:
        return True
    return c in _QUOTES and (k == 0 or not text[k - 1].isalnum())


def _noun_object_verb(doc: Doc, a: Attribution) -> Token | None:
    """The cue verb whose noun object the content is, if it is one."""
    if not a.content or not a.cue or _fully_quoted(doc, a):
        return None
    cue = {t.i for t in _tokens_of(doc, ((s.start, s.end) for s in a.cue))}
    tokens = [
        t
        for t in _tokens_of(doc, ((s.start, s.end) for s in a.content))
        if t.i not in cue
    ]
    if not tokens or has_clause(tokens):
        return None
    top = _top_words(tokens)
    verb = _cue_verb(top, cue)
    if verb is None or verb.pos_ not in _VERB_POS:
        return None
    if _kept_by_convention(verb, top) or _has_infinitive(verb):
        return None
    if _label(tokens, top, verb):
        return None
    counted = [t for t in top if _counts(t)]
    if counted and all(_nominal(t, verb, cue) for t in counted):
        return verb
    return None


def drop_noun_objects(
    doc: Doc, attributions: Sequence[Attribution], *, enabled: bool = True
) -> tuple[Attribution, ...]:
    """The attributions whose content is more than a noun object (all of
    them when not ``enabled``: the PolNeAR scheme)."""
    if not enabled:
        return tuple(attributions)
    return tuple(a for a in attributions if not bare_noun_object(doc, a))
