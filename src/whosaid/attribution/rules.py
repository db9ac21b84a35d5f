"""Rule-made attributions for layouts the taggers rarely saw in training.

Each rule returns token index runs ``(cue, source, content)``; the extractor
turns them into candidates that compete with the taggers' in the overlap
resolution.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from spacy.attrs import DEP, POS
from spacy.parts_of_speech import IDS

from whosaid.entities.lexicon import ORG_NOUNS, ROLE_NOUNS, TITLES
from whosaid.nlp.models import doc_text
from whosaid.nlp.view import doc_view, word_indices

MIN_WORDS = 2
NAME_TOKENS = 3
"""At most this many tokens in a transcript speaker label ("SEN. JOHN DOE")."""

LABELS: frozenset[str] = frozenset(
    {
        "update",
        "updated",
        "watch",
        "read",
        "more",
        "see",
        "also",
        "related",
        "video",
        "photos",
        "photo",
        "breaking",
        "note",
        "editor",
        "editors",
        "editor's",
        "correction",
        "source",
        "sources",
        "credit",
        "listen",
        "live",
        "warning",
        "spoiler",
        "exclusive",
        "analysis",
        "opinion",
        "q",
        "a",
        "ps",
        "p.s.",
        "tl;dr",
        "fact",
        "claim",
        "verdict",
        "sign",
        "subscribe",
        "follow",
        "share",
        "tags",
        "topics",
        "filed",
        "under",
        "by",
        "transcript",
        "episode",
        "interview",
        "podcast",
        "latest",
    }
)
"""Capitalized line labels that are page furniture, not speakers ("UPDATE:")."""

_LABEL_LINE = re.compile(r"(?m)^[ \t]*[\"“‘'«]?[A-Z][A-Z.'’ -]*:")
_CAPS_RE = re.compile(r"[A-Z][A-Z.'’-]*")
CAPITALS = _CAPS_RE
"""A word in capitals, as a capitals label's words are ("SEN.", "O'NEILL")."""
_OPEN_QUOTES = frozenset({'"', "“", "‘", "'", "``", "«"})


@dataclass(frozen=True, slots=True)
class RuleFinding:
    """Token index runs of one rule-made attribution."""

    cue: list[int]
    source: list[int]
    content: list[list[int]]


def line_starts(doc: Any) -> list[int]:
    """Token indices that start a line (after skipping whitespace tokens),
    read from the Doc's :meth:`~whosaid.nlp.view.DocView.line_starts`, worked
    out once per Doc (four rules ask)."""
    return list(doc_view(doc).line_starts(doc))


def line_end(doc: Any, first: int) -> int:
    """Index one past the last non-space token of the line starting at ``first``
    (read from the Doc's :meth:`~whosaid.nlp.view.DocView.line_ends`, worked
    out once per Doc)."""
    if 0 <= first < len(doc):
        return doc_view(doc).line_ends(doc)[first]
    return first + 1  # no token to look at


def _speaker_label(doc: Any, first: int, end: int) -> tuple[list[int], int] | None:
    """``NAME:`` at ``first``: the name tokens and the colon's index; a
    broadcast's role after a comma ("ARI SHAPIRO, HOST:", "NINA TOTENBERG,
    BYLINE:") is left out of the name (see :func:`_role_suffix`)."""
    name: list[int] = []
    for i in range(first, min(end, first + 2 * NAME_TOKENS + 1)):
        token = doc[i]
        if token.text == "," and name:
            colon = _role_suffix(doc, i, end)
            if colon is None:
                return None
            return name, colon
        if token.text == ":":
            letters = sum(ch.isalpha() for j in name for ch in doc[j].text)
            if letters < 2 or all(doc[j].lower_ in LABELS for j in name):
                return None
            if all(doc[j].ent_type_ == "GPE" for j in name):
                return None  # a dateline ("NEW DELHI: In a landmark verdict")
            return name, i
        if _CAPS_RE.fullmatch(token.text) is None and not (name and token.text == "."):
            return None
        name.append(i)
    return None


MIN_TURNS = 2
"""A transcript has at least this many turns."""
ROLE_SUFFIX_TOKENS = 2
"""At most this many words of a role after a label's name ("HOST",
"BYLINE", "UNIDENTIFIED REPORTER")."""


def _role_suffix(doc: Any, comma: int, end: int) -> int | None:
    """The colon closing ", HOST:" or ", BYLINE:" after a label's name: one
    or two capitals words that are a transcript role (:data:`TRANSCRIPT_ROLES`,
    :data:`LABEL_ROLES`); None for any other comma ("ROME, ITALY:")."""
    for i in range(comma + 1, min(end, comma + ROLE_SUFFIX_TOKENS + 2)):
        text = doc[i].text
        if text == ":":
            return i if i > comma + 1 else None
        if _CAPS_RE.fullmatch(text) is None:
            return None
        if text.lower().strip(".") not in LABEL_ROLES:
            return None
    return None


_BULLETS = frozenset({"-", "–", "—", "•", "*", "·"})
_CLOSE_QUOTES = frozenset({'"', "”", "’", "'", "''", "»"})
_QUOTE_TOKENS = _OPEN_QUOTES | _CLOSE_QUOTES
_QUOTED_LABEL_LINE = re.compile(
    r"(?m)^[ \t]*(?:[-–—•*·][ \t]*)?[A-Z][^\n:]{0,60}:[ \t]*[\"“‘'`«]"
)
LABEL_NAME_TOKENS = 4
"""A quoted label's name ("Stoltenberg:", "Prime Minister Lee:") has at most
this many tokens."""


MEDIA: frozenset[str] = frozenset(
    {
        "statement", "tweet", "post", "letter", "interview", "message",
        "speech", "video", "email", "op-ed", "memo", "thread", "x", "twitter",
        "facebook", "instagram", "telegram", "truth", "social",
    }
)  # fmt: skip
"""Where a quoted label's words appeared ("X, in a statement:", "X on
Twitter:")."""
_PARTY_MAX = 8
"""Tokens of a parenthesis after a label's name ("(D-N.J.)")."""
_MEDIUM_MAX = 5
"""Tokens of the medium phrase ("in a lengthy statement")."""


def _paren_start(doc: Any, name: list[int]) -> int:
    """The first token of a name's parenthesis ("(D-N.J.)"), or past its end."""
    return next((i for i in name if doc[i].text == "("), name[-1] + 1 if name else 0)


def _medium_label(doc: Any, first: int, end: int) -> tuple[list[int], list[int]] | None:
    """A quoted label's name, a parenthesis after it ("(D-N.J.)") and the
    medium the words appeared in ("in a tweet", "on X") before the colon:
    (name with its parenthesis, medium and colon), or None."""
    k = first
    while k < end and k - first < LABEL_NAME_TOKENS and doc[k].text[:1].isupper():
        k += 1
    name = list(range(first, k))
    if k < end and doc[k].text == "(":
        close = next(
            (j for j in range(k, min(end, k + _PARTY_MAX)) if doc[j].text == ")"), None
        )
        if close is None:
            return None
        name += list(range(k, close + 1))
        k = close + 1
    if k < end and doc[k].text == ",":
        k += 1
    if k >= end or doc[k].lower_ not in {"in", "on"}:
        return None
    colon = next(
        (j for j in range(k, min(end, k + _MEDIUM_MAX + 1)) if doc[j].text == ":"), None
    )
    if colon is None:
        return None
    last = colon - 1
    while last > k and doc[last].is_punct:
        last -= 1
    if doc[last].lower_ not in MEDIA and doc[last].lower_.rstrip("s") not in MEDIA:
        return None
    return name, [*range(k, last + 1), colon]


def quoted_label_findings(doc: Any) -> list[RuleFinding]:
    """Headline-style quotations: "Stoltenberg: 'I count on Hungary'".

    A line (a bullet may open it) of a capitalized name, a colon and one
    quotation that runs to the end of the line.  The quotation marks make it
    speech; one such line is enough (a transcript needs two turns).
    """
    if _QUOTED_LABEL_LINE.search(doc_text(doc)) is None:
        return []  # no line has a name, a colon and a quotation mark
    found: list[RuleFinding] = []
    starts = line_starts(doc)
    for n, first in enumerate(starts):
        end = line_end(doc, first)
        k = first + 1 if doc[first].text in _BULLETS else first
        # "Sen. Ann Lee (D-Ore.), in a tweet: '…'": the medium in the cue
        medium = _medium_label(doc, k, end) if k < end else None
        if medium is not None:
            name, cue = medium
            k = cue[-1]
        else:
            name = []
            while k < end and len(name) <= LABEL_NAME_TOKENS and doc[k].text != ":":
                name.append(k)
                k += 1
            cue = [k]
        if name and doc[name[0]].lower_ in QUOTE_LABELS:
            # "Quote: '…'" names no one: the speaker is in "Quote from X:" or
            # on the "Source: X ..." line above
            name = _quote_label_source(doc, name, starts[:n])
        proper = [i for i in name if i < _paren_start(doc, name)]
        if not proper or len(proper) > LABEL_NAME_TOKENS or k + 2 >= end:
            continue
        if not all(
            doc[i].text[:1].isupper() or doc[i].text in {".", "-"} for i in proper
        ):
            continue
        if all(doc[i].ent_type_ == "GPE" for i in name) or all(
            doc[i].lower_ in LABELS for i in name
        ):
            continue
        last = end - 1
        while last > k and doc[last].is_punct and doc[last].text not in _CLOSE_QUOTES:
            last -= 1
        if doc[k + 1].text not in _OPEN_QUOTES or doc[last].text not in _CLOSE_QUOTES:
            continue
        inside = [i for i in range(k + 2, last) if not doc[i].is_space]
        if any(doc[i].text in _QUOTE_TOKENS for i in inside):
            continue  # two quotations, or a label inside a quotation
        if sum(1 for i in inside if not doc[i].is_punct) < MIN_WORDS:
            continue
        content = [k + 1, *inside, last]  # with its quotation marks
        found.append(RuleFinding(cue=cue, source=name, content=[content]))
    return found


QUOTE_LABELS: frozenset[str] = frozenset({"quote", "quotes", "quoted"})
"""A label that introduces a quotation without naming its speaker
("Quote:", "Quote from Umerov:", as Ukrainska Pravda labels them)."""
SOURCE_LABEL_REACH = 1
"""A "Quote:" label's "Source:" line stands right above it."""


def _quote_label_source(doc: Any, name: list[int], above: list[int]) -> list[int]:
    """The speaker of a "Quote" label: the name after "from" ("Quote from
    Umerov:"), else the capitalized words opening the nearest "Source:" line
    above ("Source: Zelensky in his evening video address"); none else."""
    if len(name) > 2 and doc[name[1]].lower_ == "from":
        return name[2:]
    for first in reversed(above[-SOURCE_LABEL_REACH:]):
        end = line_end(doc, first)
        if doc[first].lower_ != "source" or first + 1 >= end:
            continue
        if doc[first + 1].text != ":":
            continue
        words: list[int] = []
        for i in range(first + 2, min(end, first + 2 + LABEL_NAME_TOKENS)):
            if not doc[i].text[:1].isupper():
                break
            words.append(i)
        return words
    return []


def transcript_findings(doc: Any) -> list[RuleFinding]:
    """Transcript turns: a line that opens with ``NAME:`` in capitals.

    "PENCE: Well, look, ..." -- the label is the source, the colon the cue
    and the rest of the line the content.  When the turn opens with a
    quotation mark (transcripts quoted paragraph by paragraph), following
    lines that open with a quotation mark and carry no label of their own
    continue the same turn; otherwise unlabeled paragraphs of speech that
    stand before the next turn's label continue it (:func:`_between_turns`).
    """
    if _LABEL_LINE.search(doc_text(doc)) is None:
        return []  # no line opens with a capitals label: nothing to walk
    found: list[RuleFinding] = []
    starts = line_starts(doc)
    current: RuleFinding | None = None
    quoted = False
    labels = [_line_label(doc, first) for first in starts]
    between = _between_turns(doc, starts, labels)
    consumed = -1
    for n, first in enumerate(starts):
        if n == consumed:
            continue  # the words of a label on the line before
        end = line_end(doc, first)
        opens_quote = doc[first].text in _OPEN_QUOTES
        label = labels[n]
        if label is None:
            if current is not None and (
                (quoted and opens_quote) or (not quoted and between[n])
            ):
                content = trimmed_words(doc, first + 1 if quoted else first, end)
                if content:
                    current.content.append(content)
                    continue
            current = None
            continue
        name, colon = label
        content = trimmed_words(doc, colon + 1, end)
        if not content and colon + 1 >= end and n + 1 < len(starts):
            # "ARI SHAPIRO, HOST:" on its own line: the turn is the next line
            # (a role names it a turn, not a dateline: "ISLAMABAD:")
            role = doc[colon - 1].lower_.strip(".") in TRANSCRIPT_ROLES
            if role and labels[n + 1] is None:
                nxt = starts[n + 1]
                content = trimmed_words(doc, nxt, line_end(doc, nxt))
                consumed = n + 1
        if not content:
            current = None
            continue
        current = RuleFinding(cue=[colon], source=name, content=[content])
        quoted = opens_quote
        found.append(current)
    turns = [f for f in found if sum(len(run) for run in f.content) >= MIN_WORDS]
    turns = [f for f in turns if not heading_label(doc, f.source, found)]
    # a transcript has turns: one "NAME:" line alone is a dateline or a
    # label ("NEW DELHI: In a landmark verdict ...")
    return turns if len(turns) >= MIN_TURNS else []


def _between_turns(
    doc: Any, starts: list[int], labels: list[tuple[list[int], int] | None]
) -> list[bool]:
    """Per line: an unlabeled paragraph of speech that a later turn's label
    follows with only such paragraphs or stage directions between
    ("TOTENBERG: ...", a second paragraph of hers, "(SOUNDBITE OF ...)",
    "BLUM: ..."): it goes on with the turn before it.  A stage direction
    ends the turn; a short line or one that ends no sentence ends the run,
    and so does the text after the last turn."""
    reach = [False] * len(starts)
    label_ahead = False  # a label follows, past speech and stage directions
    for n in range(len(starts) - 1, -1, -1):
        if labels[n] is not None:
            label_ahead = True
        elif speech_paragraph(doc, starts[n]):
            reach[n] = label_ahead
        elif not _stage_direction(doc, starts[n]):
            label_ahead = False
    return reach


def _stage_direction(doc: Any, first: int) -> bool:
    """A line in brackets ("(SOUNDBITE OF ARCHIVED RECORDING)", "(LAUGHTER)")."""
    end = line_end(doc, first)
    return doc[first].text in {"(", "["} and doc[end - 1].text in {")", "]"}


_PARAGRAPH_ENDS = frozenset({".", "?", "!", "…", '"', "”", "’", "'"})
TURN_PARAGRAPH_WORDS = 4
"""A paragraph that goes on with a turn has at least this many words."""


def speech_paragraph(doc: Any, first: int) -> bool:
    """The line at ``first`` reads as a paragraph of speech: it opens with a
    capital letter or a quotation mark, has a few words and ends a
    sentence."""
    end = line_end(doc, first)
    opening = doc[first].text[:1]
    if not (opening.isupper() or doc[first].text in _OPEN_QUOTES):
        return False
    if doc[end - 1].text not in _PARAGRAPH_ENDS:
        return False
    return len(word_indices(doc, range(first, end))) >= TURN_PARAGRAPH_WORDS


def _line_label(doc: Any, first: int) -> tuple[list[int], int] | None:
    """The capitals label opening the line at ``first`` (after an opening
    quotation mark), or None."""
    end = line_end(doc, first)
    k = first + 1 if doc[first].text in _OPEN_QUOTES else first
    return _speaker_label(doc, k, end) if k < end else None


HEADING_WORDS: frozenset[str] = frozenset(
    {"the", "to", "of", "and", "for", "in", "on", "at", "a", "an", "more", "our"}
    | {"my", "your", "this", "what", "how", "why", "with", "from", "about"}
)
"""Words that make a capitals label a heading phrase ("THE SPOILERS:",
"THANKS TO:", "FIVE MORE YEARS:"), never a speaker's name or role."""


TRANSCRIPT_ROLES: frozenset[str] = frozenset(
    {"host", "anchor", "byline", "moderator", "reporter", "interviewer"}
    | {"interviewee", "announcer", "correspondent", "caller", "guest", "question"}
    | {"answer", "unidentified", "speaker", "voice", "crowd", "audience", "person"}
    | {"man", "woman", "q", "a"}
)
"""Words of a transcript's role labels ("HOST:", "UNIDENTIFIED MAN:")."""
LABEL_ROLES: frozenset[str] = TRANSCRIPT_ROLES | ROLE_NOUNS | TITLES


def heading_label(doc: Any, name: list[int], labels: Sequence[RuleFinding]) -> bool:
    """Whether a capitals ``LABEL:`` is a page or section heading, not a
    speaker: it holds a function word ("THANKS TO"), or, of two words or
    more with no role word ("HOST", "SEN.") nor a person NER tagged, it
    opens one turn only and its last word is nowhere in the text outside
    capitals ("PARLIAMENT CORNER"), where a speaker's label repeats
    ("SHAPIRO:") or the text names the speaker ("... Nina Totenberg")."""
    words = [doc[i].text for i in name if any(c.isalpha() for c in doc[i].text)]
    if not words:
        return False
    if name[-1] + 1 < len(doc) and doc[name[-1] + 1].text == ",":
        return False  # a role after the name: "ARI SHAPIRO, HOST:"
    if any(w.lower() in HEADING_WORDS for w in words):
        return True
    if any(w.lower().strip(".") in LABEL_ROLES for w in words):
        return False  # "HOST:", "SEN. DOE:", "UNIDENTIFIED PERSON:"
    key = " ".join(words)
    uses = sum(
        1
        for f in labels
        if " ".join(
            doc[i].text for i in f.source if any(c.isalpha() for c in doc[i].text)
        )
        == key
    )
    if uses > 1 or len(words) < 2:
        return False  # "RAHMAN:" once is a speaker the transcript names so
    if any(doc[i].ent_type_ == "PERSON" for i in name):
        return False
    last = words[-1].strip(".")
    pattern = re.compile(rf"\b{re.escape(last)}\b", re.IGNORECASE)
    return not any(not m.group(0).isupper() for m in pattern.finditer(doc_text(doc)))


def trimmed_words(doc: Any, start: int, end: int) -> list[int]:
    """Tokens ``start..end`` without surrounding punctuation and spaces."""
    while start < end and (doc[start].is_space or doc[start].is_punct):
        start += 1
    while end > start and (doc[end - 1].is_space or doc[end - 1].is_punct):
        end -= 1
    if sum(1 for i in range(start, end) if not doc[i].is_punct) < MIN_WORDS:
        return []
    return list(range(start, end))


TRAILING_VERBS: frozenset[str] = frozenset(
    {
        "said",
        "says",
        "testified",
        "added",
        "adds",
        "wrote",
        "writes",
        "explained",
        "argued",
        "insisted",
        "warned",
        "noted",
        "recalled",
        "acknowledged",
        "conceded",
        "stressed",
        "replied",
        "responded",
        "told",
        "tells",
        "tweeted",
        "declared",
        "announced",
        "claimed",
        "asserted",
        "continued",
        "concluded",
        "ruled",
        "rules",
    }
)
"""Reporting verbs that close a sentence after their content ("…, X testified";
a court's "…, the court has ruled")."""
RULING_VERBS = frozenset({"ruled", "rules"})
COURT_NOUNS = frozenset(
    {
        "court", "courts", "judge", "judges", "justice", "justices", "tribunal",
        "panel", "bench", "magistrate", "arbitrator", "arbitrators",
    }
)  # fmt: skip
"""Who rules on a case: a trailing "ruled" needs one of these as its subject."""


def _rules_as_a_court(subject: Any) -> bool:
    """The subject of "ruled" is a court or a judge ("the high court", "the
    Supreme Court", "Judge Ana Ruiz")."""
    return any(t.lower_ in COURT_NOUNS for t in subject.subtree)


MAX_SOURCE_TOKENS = 16
_RELATIVES = frozenset({"who", "which", "that", "whom"})
_SOURCE_DEPS = frozenset({"nsubj", "nsubjpass"})


def trailing_cue_findings(
    doc: Any,
    words: Sequence[str],
    sent_idx: Sequence[int],
    sent_bounds: Sequence[tuple[int, int]],
    quote_id: Sequence[int],
    quote_tokens: Sequence[tuple[int, int]],
) -> list[RuleFinding]:
    """Sentences closed by their attribution: "<content>, <source> <verb> ...".

    "He did not believe anything illegal was discussed, Morrison testified."
    and the inverted "…, said another witness, Fiona Hill.": the clause before
    the comma is the content, the verb's subject the source.  The content
    starts where the sentence does, or where the quotation it opens with
    starts when that runs over several sentences.  Found as a whole, the
    outer attribution keeps an inner cue ("did not believe") from taking the
    outer one into its content.
    """
    found: list[RuleFinding] = []
    done: set[int] = set()
    # the verbs first: a list display skips most words faster than the loop
    for v in [k for k, w in enumerate(words) if w in TRAILING_VERBS]:
        if sent_idx[v] in done:
            continue
        word = words[v]
        start, end = sent_bounds[sent_idx[v]]
        first = start
        while first < end and doc[first].is_space:
            first += 1
        if v < first + 3:
            continue
        verb = doc[v]
        if not verb.tag_.startswith("VB") or quote_id[v] >= 0:
            continue  # a verb inside a quotation is the quoted speaker's
        subjects = [c for c in verb.children if c.dep_ in _SOURCE_DEPS]
        if not subjects:
            subjects = _inverted_subject(doc, v, end)
        if len(subjects) != 1 or subjects[0].lower_ in _RELATIVES:
            continue
        subj = subjects[0]
        if word in RULING_VERBS and not _rules_as_a_court(subj):
            continue  # "..., egalitarianism ruled": reigned, said nothing
        s_lo, s_hi = subj.left_edge.i, subj.right_edge.i
        if s_hi - s_lo + 1 > MAX_SOURCE_TOKENS:
            continue
        if s_hi < v:  # "…, Morrison testified"
            comma = s_lo - 1
            if s_hi != v - 1 and not all(
                doc[k].dep_ in {"advmod", "aux", "neg"} for k in range(s_hi + 1, v)
            ):
                continue
        else:  # "…, said another witness, Fiona Hill"
            comma = v - 1
        while comma > first and doc[comma].text in {'"', "”", "’", "'"}:
            comma -= 1  # '…," Hill testified'
        if comma <= first or doc[comma].text != ",":
            continue
        content_lo = first
        qid = quote_id[first]
        if qid >= 0:
            content_lo = min(first, quote_tokens[qid][0])
        content_hi = comma
        if comma + 1 < v and doc[comma + 1].text in {'"', "”", "’", "'"}:
            content_hi = comma + 2  # keep the closing mark with the quote
        content = list(range(content_lo, content_hi))
        content_words = word_indices(doc, content)
        pos = doc_view(doc).column(doc, POS)
        verbs = [i for i in content if pos[i] in _VERB_POS]
        done.add(sent_idx[v])  # one trailing attribution per sentence
        if len(content_words) < 3 or not verbs or _adverbial_clause(doc, content, v):
            continue
        found.append(
            RuleFinding(cue=[v], source=list(range(s_lo, s_hi + 1)), content=[content])
        )
    return found


_VERB_POS = frozenset({int(IDS["VERB"]), int(IDS["AUX"])})
"""The POS ids of ``pos_`` VERB and AUX (as the Doc's POS column holds them)."""


def _inverted_subject(doc: Any, v: int, end: int) -> list[Any]:
    """The subject of an inverted "…, testified a second witness, X." parsed
    as the verb's object: a noun phrase right after the verb that runs to the
    end of the sentence."""
    if v == 0 or doc[v - 1].text not in {",", '"', "”", "’", "'"}:
        return []
    last = end - 1
    while last > v and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    objects = [
        c
        for c in doc[v].children
        if c.dep_ in {"dobj", "attr", "npadvmod"} and c.left_edge.i == v + 1
    ]
    if len(objects) != 1 or objects[0].right_edge.i < last:
        return []
    if objects[0].pos_ not in {"NOUN", "PROPN"}:
        return []
    return objects


def _adverbial_clause(doc: Any, content: Sequence[int], cue: int) -> bool:
    """The span is a fronted adverbial ("Asked about X", "But when Y"), not a
    statement: its head hangs from outside as an adverbial clause.  A
    complementizer the parser hung on the cue itself ('"… I really believe
    that," Mr Trump said': "that" as the mark of "said") is no adverbial."""
    inside = set(content)
    view = doc_view(doc)
    head, dep = view.heads(doc), view.strings(doc, DEP)
    tops = [i for i in content if head[i] not in inside or head[i] == i]
    root = next((i for i in tops if dep[i] == "ROOT"), None)
    if root is not None:
        # a sentence's own verb: a prepositional phrase after it that the
        # parser hung on the cue ("X is immune for official acts, but not for
        # unofficial ones, the court ruled") is no fronted adverbial
        tops = [i for i in tops if i < root or dep[i] != "prep"]
    return any(
        dep[i] in {"advcl", "prep", "mark"}
        and not (dep[i] == "mark" and head[i] == cue)
        for i in tops
    )


TITLE_NAME_TOKENS = 4
"""A title label's name ("Lewandowski:", "IG report:") has at most this many
tokens."""
_TITLE_NAME_ENTS = frozenset({"PERSON", "ORG", "NORP"})
_TITLE_NAME_NOUNS = frozenset({"poll", "polls", "report", "survey", "study"})
_TITLE_MIN_WORDS = 3


_TITLE_LOWER_POS = frozenset({"NOUN", "PART"})


def _title_name_words(doc: Any, name: Sequence[int]) -> bool:
    """A title label's words: a capitalized first word, then capitalized
    words, punctuation or nouns ("IG report", "Clinton camp"), no verb."""
    return doc[name[0]].text[:1].isupper() and all(
        doc[i].text[:1].isupper() or doc[i].is_punct or doc[i].pos_ in _TITLE_LOWER_POS
        for i in name[1:]
    )


def _speaker_noun(word: str) -> bool:
    """A role or body noun, singular or plural ("Newspaper:", "Senator:")."""
    return any(
        w in ROLE_NOUNS or w in ORG_NOUNS for w in (word, word.removesuffix("s"))
    )


def _entity_words(doc: Any, start: int) -> frozenset[str]:
    """Lowercased words of the people, organizations and groups the NER
    found from token ``start`` on (capitalized words only)."""
    return frozenset(
        t.lower_
        for ent in doc.ents
        if ent.start >= start and ent.label_ in _TITLE_NAME_ENTS
        for t in ent
        if t.text[:1].isupper()
    )


def title_label_finding(doc: Any) -> RuleFinding | None:
    """A title line "Name: statement": "Lewandowski: FBI director acted as
    'judge and jury' on Clinton", "Poll: 3 battleground Senate races are
    tight" (PolNeAR makes the name the source and the colon the cue).

    Only the document's first line; the name (at most
    :data:`TITLE_NAME_TOKENS` tokens, capitalized but for nouns after the
    first: "IG report", "Clinton camp") must hold a person, organization or
    group the NER found there or in the text below it (a title's lone
    surname, "Lynch:", is often missed), or be a poll or report; page
    labels ("Breaking:", "The Latest:") are not names.  A question is no
    statement, and a quotation after the colon is left to
    :func:`quoted_label_findings`.
    """
    first = 0
    while first < len(doc) and doc[first].is_space:
        first += 1
    if first >= len(doc):
        return None
    end = line_end(doc, first)
    colon = next(
        (
            k
            for k in range(first, min(end, first + TITLE_NAME_TOKENS + 1))
            if doc[k].text == ":"
        ),
        None,
    )
    if colon is None or colon == first:
        return None
    name = list(range(first, colon))
    if not _title_name_words(doc, name):
        return None
    if all(
        doc[i].lower_ in LABELS
        for i in name
        if not doc[i].is_punct and doc[i].pos_ != "DET"
    ):
        return None
    known = _entity_words(doc, end)
    if not any(
        doc[i].ent_type_ in _TITLE_NAME_ENTS
        or doc[i].lower_ in _TITLE_NAME_NOUNS
        or doc[i].lower_ in known
        or _speaker_noun(doc[i].lower_)
        for i in name
    ):
        return None
    last = end - 1
    while last > colon and doc[last].is_punct:
        last -= 1
    if (
        colon + 1 > last
        or doc[colon + 1].text in _OPEN_QUOTES
        or doc[end - 1].text == "?"
    ):
        return None
    content = [i for i in range(colon + 1, last + 1) if not doc[i].is_space]
    if sum(1 for i in content if not doc[i].is_punct) < _TITLE_MIN_WORDS:
        return None
    return RuleFinding(cue=[colon], source=name, content=[content])


POLL_NOUNS = frozenset({"poll", "polls", "survey", "surveys"})
"""Heads of a poll phrase that gives a finding ("in the latest CNN poll")."""
_NAMING_DEPS = frozenset({"compound", "poss", "nmod", "acl", "relcl"})
"""A poll's modifiers that single it out ("the CBS poll", "May's poll", "a
poll released Monday") ..."""
_NAMING_PREPS = frozenset({"from", "by", "of", "for"})
"""... and the prepositions that do ("polls from Quinnipiac", not "polls
behind Clinton")."""
_POLL_STOPS = frozenset({",", ";", ":", "—", "–", "--", "(", ")"})
_AFTER_DEPS = frozenset({"conj", "cc", "advcl"})
"""A clause's parts after a poll phrase that are no longer its finding ("…
in national polls and held a strong position", "… while holding onto …")."""
_POLL_MIN_WORDS = 3


def _one_poll(poll: Any) -> bool:
    """The poll phrase names one poll (or one set): a name, an owner, a
    compound, a clause or a phrase after it, not only "the polls" or "recent
    polls" (where a candidate stands in the polls is no finding)."""
    return any(
        c.dep_ in _NAMING_DEPS
        or (c.dep_ == "prep" and c.lower_ in _NAMING_PREPS)
        or c.pos_ == "PROPN"
        or c.ent_type_
        for c in poll.children
    )


def _fronted(doc: Any, prep: Any, poll_end: int) -> bool:
    """ "In the poll, <clause>": the phrase opens its sentence (after a
    conjunction at most) and a comma closes it."""
    first = prep.sent.start
    while first < prep.i and (doc[first].is_space or doc[first].dep_ == "cc"):
        first += 1
    return first == prep.i and poll_end + 1 < len(doc) and doc[poll_end + 1].text == ","


def _subject_start(head: Any) -> int | None:
    """Where the clause's subject starts, if it has one."""
    subjects = [c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "expl"}]
    return subjects[0].left_edge.i if subjects else None


def _poll_clause(doc: Any, head: Any, phrase: set[int], fronted: bool) -> list[int]:
    """The clause a poll phrase hangs on, without the phrase, a conjunction
    opening it, an adverbial fronted before its subject ("In his highest
    percentage to date, Trump achieved …") and, when the phrase is not
    fronted, a clause conjoined or adjoined after it and whatever follows a
    comma after it."""
    after = max(phrase)
    dropped = set(phrase)
    for c in head.children:
        if not fronted and c.dep_ in _AFTER_DEPS and c.i > after:
            dropped.update(t.i for t in c.subtree)
        if c.dep_ == "cc" and c.i == head.left_edge.i:
            dropped.add(c.i)
    tokens = [t.i for t in head.subtree if t.i not in dropped and not t.is_space]
    if not fronted:
        stop = next(
            (i for i in tokens if i > after and doc[i].text in _POLL_STOPS), None
        )
        if stop is not None:
            tokens = [i for i in tokens if i < stop]
    subject = _subject_start(head)
    if subject is not None:
        comma = next((i for i in tokens if i < subject and doc[i].text == ","), None)
        if comma is not None:
            tokens = [i for i in tokens if i > comma]
    while tokens and doc[tokens[0]].is_punct:
        tokens.pop(0)
    while tokens and doc[tokens[-1]].is_punct:
        tokens.pop()
    return tokens


def _contiguous(tokens: Sequence[int]) -> list[list[int]]:
    """Sorted token indices cut into runs of neighbours."""
    runs: list[list[int]] = []
    for i in tokens:
        if runs and runs[-1][-1] == i - 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    return runs


def poll_findings(
    doc: Any, words: Sequence[str], quote_id: Sequence[int]
) -> list[RuleFinding]:
    """A poll's finding: "In the latest CNN/ORC poll, 31% of Republicans said
    …", "He fell to 10 percent in the latest CNN poll released Wednesday".

    PolNeAR makes the poll phrase the source, "in" the cue and the clause it
    hangs on the content (as with "according to the poll").  The phrase
    hangs on a verb; behind the clause it must name one poll
    (:func:`_one_poll`: "leads in the polls" is a standing, not a finding),
    fronted with a comma any poll will do.  Not inside a quotation (the
    speaker's words), and not where the clause gives fewer than three words.
    ``words`` are the Doc's lowercased token texts.
    """
    found: list[RuleFinding] = []
    for i, word in enumerate(words):
        if word not in POLL_NOUNS:
            continue
        poll = doc[i]
        prep = poll.head
        if poll.dep_ != "pobj" or prep.lower_ != "in" or prep.dep_ != "prep":
            continue
        head = prep.head
        if quote_id[prep.i] >= 0 or head.pos_ not in {"VERB", "AUX"}:
            continue
        if head.dep_ == "relcl":
            continue  # "Rubio, who is third in many Iowa polls": a description
        phrase = {t.i for t in prep.subtree}
        fronted = _fronted(doc, prep, max(phrase))
        if not fronted and not _one_poll(poll):
            continue
        content = _poll_clause(doc, head, phrase, fronted)
        if sum(1 for k in content if not doc[k].is_punct) < _POLL_MIN_WORDS:
            continue
        appositions = {
            t.i for c in poll.children if c.dep_ == "appos" for t in c.subtree
        }
        source = sorted(phrase - appositions - {prep.i})
        while len(source) > 1 and doc[source[-1]].is_punct:
            source.pop()
        found.append(
            RuleFinding(cue=[prep.i], source=source, content=_contiguous(content))
        )
    return found
