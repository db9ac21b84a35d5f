"""Speaker resolution: where a personal name starts and ends.

NER cuts names short ("Espen Barth" of "Espen Barth Eide"), glues a place on
("Ankara Jeff Flake"), misses a name a role appositive vouches for ("Ngozi
Okafor, head of research at …") or calls it an organisation ("the
Director-General of the Mill Owners Union, Bode Kareem,").  These helpers
mend the raw mentions of :mod:`whosaid.speakers.mentions`.
"""

from __future__ import annotations

from collections.abc import Callable, Collection

from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan

from whosaid.entities.lexicon import (
    GIVEN_NAMES,
    HONORIFICS,
    ORG_NAME_WORDS,
    ORG_NOUNS,
    POST_NOMINALS,
    ROLE_NOUNS,
    THING_NOUNS,
    TITLES,
)
from whosaid.entities.name_styles import opening_style
from whosaid.entities.names import (
    NASAB_PARTICLES,
    looks_like_person_name,
    person_after_title,
    strip_titles,
)
from whosaid.nlp.view import doc_view
from whosaid.speakers.model import MAX_NAME_WORDS, DocIndex, RawMention, char_span

MAX_PERSON_WORDS = 4
NOT_NAME_TAILS: frozenset[str] = ROLE_NOUNS | TITLES | THING_NOUNS | ORG_NAME_WORDS
"""Words that end no personal name ("Trump Tower", "Obama Foundation")."""


MISLABELS: frozenset[str] = frozenset({"WORK_OF_ART", "PRODUCT", "EVENT", "LAW"})
"""NER labels a titled name is sometimes given ("Outgoing President Alejandro
Giammattei" as a WORK_OF_ART)."""


def titled_person_label(text: str, ent: SpacySpan) -> str | None:
    """``"PERSON"`` for an entity NER labelled as a work, product, event or
    law that is a title before a personal name ("Outgoing President
    Alejandro Giammattei"); else ``None`` (the entity names no one)."""
    if ent.label_ not in MISLABELS:
        return None
    start, end = ent.start_char, ent.end_char
    cut = person_after_title(text, start, end, ROLE_NOUNS)
    return "PERSON" if cut[0] > start else None


def name_tail(ix: DocIndex, ent: SpacySpan) -> int:
    """The token end of a personal name NER cut short ("Espen Barth" of
    "Espen Barth Eide"): the capitalised proper nouns right after it that
    its last word modifies as a compound, up to :data:`MAX_PERSON_WORDS`."""
    doc = ix.doc
    end = ent.end
    first = ent.start + opening_style([t.text for t in ent])  # "Datuk Seri"
    while (
        end < len(doc)
        and end - first < MAX_PERSON_WORDS
        and doc[end - 1].whitespace_
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
        and doc[end].ent_type_ == ""
        and doc[end].text not in POST_NOMINALS  # "Conor Quigley SC"
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i in range(end, end + 2)
        and doc[end].lower_ not in NOT_NAME_TAILS
        and looks_like_person_name(
            ix.text[doc[first].idx : doc[end].idx + len(doc[end].text)]
        )
    ):
        end += 1
    return end


ORG_TAIL_WORDS = 2
"""At most this many words NER left off a body's name."""


def org_tail(ix: DocIndex, ent: SpacySpan) -> int:
    """The token end of a body's name NER cut short inside a compound ("The
    Office of the Vice" of "The Office of the Vice President"): the
    untagged capitalised proper nouns right after it that its last word
    modifies as a compound and that hang on a word of the name (never
    "Staff" of "Chief of Army Staff" after the ORG "Army")."""
    doc = ix.doc
    end = possessive_join(doc, ent)
    while (
        end < len(doc)
        and end - ent.end < ORG_TAIL_WORDS
        and doc[end - 1].whitespace_
        and doc[end].pos_ == "PROPN"
        and doc[end].text[:1].isupper()
        and doc[end].ent_type_ == ""
        and doc[end - 1].dep_ == "compound"
        and doc[end - 1].head.i == end
        and ent.start <= doc[end].head.i < ent.end  # "of" of "Office of the"
    ):
        end += 1
    return end


APOSTROPHES: frozenset[str] = frozenset({"'", "’"})


def possessive_join(doc: Doc, ent: SpacySpan) -> int:
    """The token end of a body's name NER split at a plural possessive
    inside it ("The Nigeria Employers'" + "Consultative Association",
    "Workers'" + "Party"): the end of the organisation entity right after
    an entity that ends in a capitalised plural and its apostrophe; the
    entity's own end otherwise."""
    end = ent.end
    if end - ent.start < 2 or doc[end - 1].text not in APOSTROPHES:
        return end
    plural = doc[end - 2]
    if not (plural.text[:1].isupper() and plural.text.endswith("s")):
        return end
    if end >= len(doc) or doc[end].ent_iob_ != "B" or doc[end].ent_type_ != "ORG":
        return end
    end += 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


HEAD_POS: frozenset[str] = frozenset({"PROPN", "INTJ", "X"})
"""Parts of speech a given name NER left out may carry ("Adán" as INTJ)."""
HEAD_LABELS: frozenset[str] = frozenset({"PERSON", "GPE", "ORG"})
RANK_WORDS: frozenset[str] = frozenset(
    {"major", "lieutenant", "sergeant", "corporal", "private", "brigadier"}
    | {"marshal", "commodore", "maj", "sgt", "cpl", "pte"}
)
"""Military ranks the title list leaves out (they open other names too:
"Major League"): never a given name before a name."""


def name_head(ix: DocIndex, ent: SpacySpan) -> int:
    """The token start of a personal name NER cut at the front
    ("Balankura" of "spokesman Nikorndej Balankura", "Augusto López" of
    "Adán Augusto López", the GPE "Ndhlela" of "Nhlamulo Ndhlela"): the
    capitalised untagged words right before it that modify it as compounds,
    up to :data:`MAX_PERSON_WORDS`, never a title, role or organisation
    word or a place.  A one-word place or body grows only into what looks
    like a personal name; :func:`whosaid.speakers.mentions` judges its
    kind."""
    body = body_word_head(ix.doc, ent)
    if body < ent.start:
        return body
    if ent.label_ not in HEAD_LABELS or (ent.label_ != "PERSON" and len(ent) > 1):
        return ent.start
    doc = ix.doc
    start = glued_front(ix, ent)
    if start > ent.start:
        return start
    while start > 0 and ent.end - start < MAX_PERSON_WORDS + _nasab(doc, start, ent):
        tok = doc[start - 1]
        if not (
            tok.whitespace_
            and tok.pos_ in HEAD_POS
            and tok.is_alpha
            and (tok.text[:1].isupper() or tok.text in NASAB_PARTICLES)
            and (not tok.is_upper or len(tok.text) == 1)  # initials: "D Y"
            and tok.ent_type_ == ""
            and tok.dep_ == "compound"
            and start <= tok.head.i < ent.end
            and (tok.lower_ not in NOT_NAME_TAILS or after_honorific(doc, tok.i))
            and tok.lower_ not in RANK_WORDS
            and not a_place(ix, tok.text)
        ):
            break
        start -= 1
    while start < ent.start and doc[start].text in NASAB_PARTICLES:
        start += 1  # a name never opens with "bin"
    if start == ent.start:
        return start
    last = doc[ent.end - 1]
    name = ix.text[doc[start].idx : last.idx + len(last.text)]
    return start if nasab_person_name(name) else ent.start


def body_word_head(doc: Doc, ent: SpacySpan) -> int:
    """The token start of a body's name NER cut to its last word
    ("Headquarters" of "Police Headquarters", "Council" of "Security
    Council"): the capitalised untagged compounds right before a one-word
    mention that is a body word, up to :data:`MAX_NAME_WORDS` words in all."""
    if len(ent) != 1 or ent[0].lower_ not in ORG_NAME_WORDS:
        return ent.start
    start = ent.start
    while start > 0 and ent.end - start < MAX_NAME_WORDS:
        tok = doc[start - 1]
        if untagged_possessor(doc, start - 1, ent):
            start -= 2  # "Alzheimer's" of "The Alzheimer's Society"
            continue
        if not (
            tok.whitespace_
            and tok.is_alpha
            and tok.text[:1].isupper()
            and tok.ent_type_ == ""
            and tok.dep_ == "compound"
            and start <= tok.head.i < ent.end
        ):
            break
        start -= 1
    return start


def untagged_possessor(doc: Doc, i: int, ent: SpacySpan) -> bool:
    """Whether token ``i`` is the "'s" of a capitalised untagged word that
    owns a word of a body's name ("Alzheimer's" of "Alzheimer's Society",
    never the tagged "Russia's" of "Russia's Defense Ministry")."""
    if i < 1 or doc[i].text not in {"'s", "’s"} or not doc[i].whitespace_:
        return False
    owner = doc[i - 1]
    return (
        not owner.whitespace_
        and owner.is_alpha
        and owner.text[:1].isupper()
        and owner.ent_type_ == ""
        and owner.dep_ == "poss"
        and i - 1 <= owner.head.i < ent.end
    )


def _nasab(doc: Doc, start: int, ent: SpacySpan) -> int:
    """Two more words allowed for each nasab particle already in the name."""
    return 2 * sum(1 for t in doc[start : ent.end] if t.text in NASAB_PARTICLES)


def nasab_person_name(name: str) -> bool:
    """:func:`whosaid.entities.names.looks_like_person_name`, reading a
    chain of names joined by "bin"/"ibn" ("Mohammed bin Salman",
    "Abdulaziz bin Turki Al Faisal") as its capitalised words."""
    words = name.split()
    bare = [w for w in words if w not in NASAB_PARTICLES]
    if len(bare) == len(words):
        return looks_like_person_name(name)
    if not 2 <= len(bare) <= MAX_PERSON_WORDS + 2:
        return False
    front, back = " ".join(bare[:MAX_PERSON_WORDS]), " ".join(bare[-MAX_PERSON_WORDS:])
    return looks_like_person_name(front) and looks_like_person_name(back)


def after_honorific(doc: Doc, i: int) -> bool:
    """Whether token ``i`` comes right after an honorific ("Dr", "Mr."):
    titles stand before honorifics ("President Dr X"), so a title word after
    one is a given name ("Dr Sultan Al Jaber", "Mr King")."""
    if i == 0:
        return False
    return doc[i - 1].lower_.rstrip(".") in HONORIFICS


def glued_front(ix: DocIndex, ent: SpacySpan) -> int:
    """The token start of a personal name after the words NER glued before
    it that the parse puts outside it ("Ankara" of "Ambassador to Ankara
    Jeff Flake", the object of "to"): while the first word hangs on a word
    outside the name, not as a compound and before the name's head, and two
    or more capitalised words are left."""
    if ent.label_ != "PERSON" or opening_style([t.text for t in ent]):
        return ent.start  # "Datuk Seri Ahmad": the style goes with the name
    doc = ix.doc
    start = ent.start
    while ent.end - start > 2:
        tok = doc[start]
        if (
            tok.i >= ent.root.i
            or tok.dep_ == "compound"
            or ent.start <= tok.head.i < ent.end
        ):
            break  # "Kim" of "Kim Jong Un" may head the name
        start += 1
    if start == ent.start:
        return start
    last = doc[ent.end - 1]
    name = ix.text[doc[start].idx : last.idx + len(last.text)]
    return start if looks_like_person_name(name) else ent.start


def role_appositive_names(
    ix: DocIndex,
    covered: set[int],
    clean: Callable[[DocIndex, int, int, str], RawMention | None],
) -> list[RawMention]:
    """Personal names NER missed that a role appositive vouches for:
    "Ngozi Okafor, head of research at …", "Tarek Haddad, a spokesman
    for …" -- two or three capitalised words, then a comma and a lower-case
    role noun hanging on the name."""
    doc = ix.doc
    raws: list[RawMention] = []
    for i in doc_view(doc).with_pos(doc, ("PROPN",)):
        tok = doc[i]
        if i in covered or i + 1 >= len(doc) or doc[i + 1].text != ",":
            continue
        if not any(
            c.dep_ == "appos" and c.i > i and c.is_lower and c.lower_ in ROLE_NOUNS
            for c in tok.children
        ):
            continue
        first = name_start_before(doc, i, covered)
        start, end = doc[first].idx, tok.idx + len(tok.text)
        name = ix.text[start:end]
        if first == i or not looks_like_person_name(name):
            continue
        if ix.kind_of is not None and ix.kind_of(name) is not None:
            continue  # a body or place world knowledge knows
        raw = clean(ix, start, end, "PERSON")
        if raw is not None:
            covered.update(range(first, i + 1))
            raws.append(raw)
    return raws


def names_after_role(
    ix: DocIndex,
    covered: set[int],
    clean: Callable[[DocIndex, int, int, str], RawMention | None],
) -> list[RawMention]:
    """Personal names NER missed after a role phrase and a comma: "The
    Director-General of Health, Leausa Take Naseri, said" -- two to four
    capitalised words, the appositive of a word before them, between
    commas (:func:`role_appositive_before`)."""
    doc = ix.doc
    raws: list[RawMention] = []
    for i in doc_view(doc).with_pos(doc, ("PROPN",)):
        tok = doc[i]
        if i in covered or tok.dep_ != "appos" or tok.head.i >= i:
            continue
        if i + 1 >= len(doc) or doc[i + 1].text != ",":
            continue
        first = name_start_before(doc, i, covered)
        if first == i or first < 2 or doc[first - 1].text != ",":
            continue
        start, end = doc[first].idx, tok.idx + len(tok.text)
        name = ix.text[start:end]
        if not looks_like_person_name(name) or not role_appositive_before(ix, start):
            continue
        if ix.kind_of is not None and ix.kind_of(name) is not None:
            continue  # a body or place world knowledge knows
        raw = clean(ix, start, end, "PERSON")
        if raw is not None:
            covered.update(range(first, i + 1))
            raws.append(raw)
    return raws


def name_start_before(doc: Doc, i: int, covered: set[int]) -> int:
    """The first token of a name ending at token ``i``: the capitalised
    proper nouns before it that modify it as compounds, up to
    :data:`MAX_NAME_WORDS` words, a hyphenated word counting as one ("Park
    Min-soo", which the parser splits into "Min", "-", "soo")."""
    first = i
    words = 1
    while first - 1 >= 0 and first - 1 not in covered:
        prev = doc[first - 1]
        if not prev.whitespace_:
            if prev.text != "-" and not prev.is_alpha:
                break
            first -= 1  # a part of the same hyphenated word
            continue
        if (
            words >= MAX_NAME_WORDS
            or prev.pos_ != "PROPN"
            or prev.dep_ != "compound"
            or not prev.text[:1].isupper()
            or not first <= prev.head.i <= i
        ):
            break
        first -= 1
        words += 1
    return first


APPOSITIVE_REACH = 16
"""How many tokens back a role phrase before ", NAME" may start."""


def role_appositive_before(ix: DocIndex, start: int) -> bool:
    """Whether a name follows a role phrase and a comma: "the
    Director-General of the Manufacturers Association (MAN), NAME"."""
    span = char_span(ix, start, start + 1)
    if span is None or span[0].i < 2 or ix.doc[span[0].i - 1].text != ",":
        return False
    doc = ix.doc
    sent_start = doc[span[0].i].sent.start
    j = span[0].i - 2
    depth = 0
    phrase: list[Token] = []
    while j >= sent_start and len(phrase) < APPOSITIVE_REACH:
        tok = doc[j]
        if tok.text == ")":
            depth += 1
        elif tok.text == "(":
            depth -= 1
        elif depth == 0:
            if tok.text in {",", ";", ":"} or "\n" in tok.text:
                break
            if tok.pos_ in {"VERB", "AUX"}:
                return False
            phrase.append(tok)
        j -= 1
    phrase.reverse()
    words = [t for t in phrase if t.dep_ != "det" and not t.is_punct]
    return bool(words) and (
        any(t.lower_ in ROLE_NOUNS or t.lower_ in TITLES for t in words[:1])
        or one_of_people(words)
    )


PEOPLE_ENDINGS: tuple[str, ...] = ("ers", "ors", "ists", "ians", "ents")
"""Endings of plural nouns for people ("organisers", "activists",
"residents")."""


def one_of_people(words: list[Token]) -> bool:
    """ "One of the protest organisers": a phrase naming one member of a
    group of people, so the name after its comma is a person's."""
    if len(words) < 3 or words[0].lower_ != "one" or words[1].lower_ != "of":
        return False
    last = words[-1]
    return last.is_lower and last.lower_.endswith(PEOPLE_ENDINGS)


def appositive_of_role(ix: DocIndex, start: int, end: int) -> bool:
    """Whether a name is the appositive of a role noun before it ("Its
    spokesperson, Nhlamulo Ndhlela,"; "the bank's governor, …")."""
    span = char_span(ix, start, end)
    if span is None or not len(span):
        return False
    root = span.root
    head = root.head
    return (
        root.dep_ == "appos"
        and head.i < span.start
        and (head.lower_ in ROLE_NOUNS or head.lower_ in TITLES)
    )


def appositive_body(ix: DocIndex, start: int, end: int) -> bool:
    """Whether a name has an appositive headed by an organisation noun
    that is no role ("Kayhan, a hardline daily,", "Rengo, Japan's largest
    union federation,"), or one a thing owns ("SK Hynix, its smaller
    rival,"): a body, whatever NER called it."""
    span = char_span(ix, start, end)
    if span is None or not len(span):
        return False
    return any(
        c.dep_ == "appos"
        and c.i >= span.end
        and c.is_lower
        and (
            (c.lower_ in ORG_NOUNS and c.lower_ not in ROLE_NOUNS)
            or any(p.dep_ == "poss" and p.lower_ == "its" for p in c.children)
        )
        for c in span.root.children
    )


def a_place(ix: DocIndex, words: str) -> bool:
    """Whether words cut off a name are a place: NER's GPE anywhere in the
    article, or a state world knowledge knows ("Ambassador to Ankara Jeff
    Flake")."""
    if not words:
        return False
    if any(e.label_ == "GPE" and e.text == words for e in ix.doc.ents):
        return True
    return ix.kind_of is not None and ix.kind_of(words) == "state"


def org_titles(
    text: str, start: int, end: int, roles: Collection[str] = ()
) -> tuple[int, int]:
    """A name NER tagged as an organisation without a title before it only
    when what is left is a person's ("President Biden" -> "Biden"); an
    organisation's own title word stays ("General Confederation of Labor",
    "Police Headquarters")."""
    cut_start, cut_end = strip_titles(text, start, end, roles)
    if cut_start == start:
        return start, end
    rest = text[cut_start:cut_end]
    words = rest.split()
    if any(w.lower().strip(".,") in ORG_NAME_WORDS | ORG_NOUNS for w in words):
        return start, end
    if len(words) == 1 or looks_like_person_name(rest):
        return cut_start, cut_end
    return start, end


OCCUPATION_ENDINGS: tuple[str, ...] = ("er", "or", "ist", "ian", "ent", "ant")
"""Endings of a singular noun for a person's occupation ("Shopkeeper",
"Vendor", "Activist", "Student")."""


def plural_role(word: str) -> bool:
    """Whether a capitalised word is the plural of a person's role noun
    ("Economists", "Analysts", "Lawyers"): people, never a name word."""
    low = word.lower()
    return (
        word[:1].isupper()
        and low.endswith("s")
        and not low.endswith("ss")
        and low not in GIVEN_NAMES
        and low[:-1] in ROLE_NOUNS
    )


def occupation_before(text: str, start: int, end: int) -> tuple[int, int]:
    """A personal name without the occupation NER took in at the start of a
    sentence ("Shopkeeper Ramesh Chaurasia said" -> "Ramesh Chaurasia"):
    its first word ends like an occupation, is no given name, title or
    organisation word, and the words after it look like a personal name;
    the span unchanged otherwise."""
    first, _, rest = text[start:end].partition(" ")
    low = first.lower()
    before = text[max(0, start - 2) : start]
    opens = start == 0 or before.endswith(("\n", ". ", "\n ")) or not before.strip()
    if opens and plural_role(first) and looks_like_person_name(rest):
        return start + len(first) + 1, end  # "Economists Aditi Rao and ..."
    if (
        not opens
        or not low.endswith(OCCUPATION_ENDINGS)
        or low in GIVEN_NAMES
        or low in NOT_NAME_TAILS
        or len(rest.split()) < 2
        or not looks_like_person_name(rest)
    ):
        return start, end
    return start + len(first) + 1, end
