"""Speaker resolution, step 1: the mentions and entities of one document.

Named mentions come from NER (PERSON, ORG, GPE, NORP, FAC), cleaned of
articles, titles and possessives.  NER labels are re-judged with document-wide
evidence (a name tagged PERSON anywhere, a first name, a title such as "envoy"
or "Mr" before it makes a person).  A one-word personal name joins the most
recent full name with that surname ("Haley" -> "Nikki Haley"); an acronym joins
the name it abbreviates.  Mentions inside ``exclude`` ranges (captions,
boilerplate) are never antecedents.  Every "statement", "report"... gets an
issuer: the agent of "released by/from X", a possessor or compound ("the
Kremlin statement"), or the subject of the verb it hangs on.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.attrs import ORTH
from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from whosaid.entities.lexicon import (
    FEMALE_NAMES,
    FIRST_NAMES,
    GIVEN_NAMES,
    HONORIFICS,
    MALE_NAMES,
    NAME_PARTICLES,
    ORG_NOUNS,
    ROLE_NOUNS,
    SECTOR_WORDS,
    TITLES,
)
from whosaid.entities.name_styles import follows_style, strip_styles
from whosaid.entities.names import (
    Ranges,
    acronym_after,
    by_honorific,
    by_reflexive,
    cut_at_quote,
    gender_of_first_name,
    initials,
    is_acronym,
    looks_like_person_name,
    name_words,
    nearest_full_name,
    normal_case,
    particle_surname,
    person_after_title,
    quote_regions,
    strip_descriptor,
    strip_titles,
    strip_trailing_lower,
    surname_keys,
    trim_name,
)
from whosaid.nlp.models import doc_text
from whosaid.nlp.view import doc_view
from whosaid.records import Attribution
from whosaid.speakers.adjacent import join_adjacent_persons
from whosaid.speakers.body_names import named_as_body
from whosaid.speakers.documents import build_doc_mentions
from whosaid.speakers.known_titles import add_known_titles
from whosaid.speakers.mention_kinds import mention_kind, names_a_thing
from whosaid.speakers.model import (
    MAX_NAME_WORDS,
    NER_LABELS,
    NP_INNER_DEPS,
    SUBJECT_DEPS,
    Discourse,
    DocIndex,
    Entity,
    Event,
    MentionRef,
    RawMention,
    TitlesLookup,
    char_span,
    main_clause_subject,
    subject_before_root,
)
from whosaid.speakers.name_bounds import (
    NOT_NAME_TAILS,
    a_place,
    names_after_role,
    occupation_before,
    org_titles,
    role_appositive_names,
    titled_person_label,
)
from whosaid.speakers.name_extents import entity_bounds
from whosaid.speakers.nicknames import Nickname, nickname_names
from whosaid.speakers.person_appositives import (
    same_name_persons,
)
from whosaid.speakers.roles import add_role_subjects
from whosaid.speakers.surnames import (
    index_keys,
    placed_words,
    surname_as_subject,
    surname_mentions,
)
from whosaid.speakers.titles import learn_descriptors, learn_titles
from whosaid.speakers.transcripts import label_names

TRANSCRIPT_METHOD = "rule.transcript.v1"
"""The method of transcript turns (as
:data:`whosaid.attribution.extract.TRANSCRIPT_METHOD`)."""


def build_index(
    doc: Doc,
    attributions: Sequence[Attribution],
    exclude: Sequence[tuple[int, int]],
    known: Callable[[str], bool] | None = None,
    kind_of: Callable[[str], str | None] | None = None,
    gender_of: Callable[[str], str | None] | None = None,
    titles_of: TitlesLookup | None = None,
) -> tuple[DocIndex, Discourse]:
    """Mentions, entities and documents of one parsed article."""
    text = doc_text(doc)
    # a transcript turn's words are its speaker's narration, where others are
    # named and later spoken of ("TOTENBERG: Justice Sotomayor wrote ... She
    # wrote that ..."): no reported content that hides its mentions
    contents = [
        (s.start, s.end)
        for a in attributions
        if a.method != TRANSCRIPT_METHOD
        for s in a.content
        if s.end > s.start
    ]
    ix = DocIndex(
        doc=doc,
        text=text,
        exclude=Ranges(exclude),
        masked=Ranges([*quote_regions(text), *contents]),
        known=known,
        kind_of=kind_of,
        gender_of=gender_of,
        titles_of=titles_of,
    )
    ds = Discourse()
    build_mentions(ix, ds)
    add_known_titles(ix, ds)
    build_doc_mentions(ix, ds)
    add_role_subjects(ix, ds)
    return ix, ds


def _raw_mentions(ix: DocIndex, nicknames: Sequence[Nickname]) -> list[RawMention]:
    raws: list[RawMention] = [n.mention for n in nicknames]
    covered: set[int] = {k for n in nicknames for k in n.tokens}
    for label in label_names(ix):  # "ARI SHAPIRO, HOST:"
        span = char_span(ix, label.start, label.end)
        if span is not None and not any(t.i in covered for t in span):
            covered.update(t.i for t in span)
            raws.append(label)
    for ent in ix.doc.ents:
        kind = ent.label_
        if kind not in NER_LABELS:
            kind = titled_person_label(ix.text, ent) or ""
        if not kind or any(k in covered for k in range(ent.start, ent.end)):
            continue
        covered.update(range(ent.start, ent.end))
        if kind == "NORP" and ent.root.dep_ == "amod":
            continue
        if kind == "PERSON" and named_as_body(ix.doc, ent.start):
            kind = "ORG"  # "the consultancy Polis Datos"
        start, end, kind = entity_bounds(ix, ent, kind)
        covered.update(range(start, end))
        end_char = ix.doc[end - 1].idx + len(ix.doc[end - 1].text)
        raw = _clean_raw(ix, ix.doc[start].idx, end_char, kind)
        if raw is not None:
            raws.append(raw)
    raws.extend(_chunk_mentions(ix, covered))
    raws.extend(known_acronyms(ix, covered))
    raws.sort(key=lambda r: r.start)
    return _merge_coordinated(ix, join_adjacent_persons(ix, raws))


def _clean_raw(ix: DocIndex, start: int, end: int, label: str) -> RawMention | None:
    start, end = cut_at_quote(ix.text, start, end)
    paren = ix.text.find(" (", start, end)
    if paren > start:
        end = paren  # "World Health Organization (WHO"
    start, end = trim_name(ix.text, start, end)
    if label in {"PERSON", "ORG"}:
        roles = ROLE_NOUNS if label == "PERSON" else ()  # "Rapporteur X"
        cut = person_after_title(ix.text, start, end, ROLE_NOUNS)
        if cut[0] > start and (
            label == "PERSON" or person_in_body_name(ix, start, *cut)
        ):
            # "the National Assembly Omar Ayub Khan"
            start, end, label = *cut, "PERSON"
        strip = strip_titles if label == "PERSON" else org_titles
        start, end = strip(ix.text, start, end, roles)
        if label == "PERSON":  # "Datuk Seri Ahmad Fadil Shamsuddin"
            start, end = strip_styles(ix.text, start, end, ix.known)
        start, end = occupation_before(ix.text, start, end)
        start, end = strip_descriptor(ix.text, start, end)  # "Chipmaker X"
    if label == "ORG":
        start, end = strip_trailing_lower(ix.text, start, end)
    name = ix.text[start:end]
    if not any(c.isalpha() for c in name) or "\n" in name:
        return None
    if label != "NORP" and not any(c.isupper() for c in name):
        return None  # "defence ministry": not a name
    return RawMention(start, end, label, name, start in ix.exclude)


def person_in_body_name(ix: DocIndex, body: int, start: int, end: int) -> bool:
    """Whether the words a body's name (from ``body``) ends in after a title
    or body word are a person's name ("Defence Minister Rustem Umerov",
    "Opposition Leader in the National Assembly Omar Ayub Khan"), not more
    of the body's ("Trade System" of "China Foreign Exchange Trade
    System"): a title or role noun comes right before them, opens them
    ("National Assembly Speaker Woo Won-shik") or is among the
    :data:`ROLE_REACH_WORDS` words before the body's name, or they open
    with a given name, or world knowledge knows them."""
    name = ix.text[start:end]
    before = ix.text[:start].split()
    if before and _titled(before[-1]):
        return True
    if strip_titles(ix.text, start, end, ROLE_NOUNS)[0] > start:
        return True  # "National Assembly Speaker Woo Won-shik"
    if any(_titled(w) for w in ix.text[:body].split()[-ROLE_REACH_WORDS:]):
        return True  # "Opposition Leader in the National Assembly Omar Khan"
    if name.split()[0].lower() in GIVEN_NAMES:
        return True
    return ix.known is not None and ix.known(name)


ROLE_REACH_WORDS = 3
"""How many words before a body's name a role may name the person after it
("Leader in the")."""


def _titled(word: str) -> bool:
    low = word.lower().strip(".,;:")
    return low in TITLES or low in ROLE_NOUNS


def known_acronyms(ix: DocIndex, covered: set[int]) -> list[RawMention]:
    """Acronyms NER missed that world knowledge knows as organisations
    ("SADC leaders met", "ECOWAS gave the junta a week")."""
    kind_of = ix.kind_of
    if kind_of is None:
        return []
    raws: list[RawMention] = []
    view = doc_view(ix.doc)
    texts, starts = view.strings(ix.doc, ORTH), view.starts(ix.doc)
    for i in view.with_pos(ix.doc, ("PROPN", "NOUN", "ADJ", "X")):
        if i in covered or not is_acronym(texts[i]):
            continue
        if kind_of(texts[i]) in {None, "state"}:
            continue
        raw = _clean_raw(ix, starts[i], starts[i] + len(texts[i]), "ORG")
        if raw is not None:
            covered.add(i)
            raws.append(raw)
    return raws


def _chunk_mentions(ix: DocIndex, covered: set[int]) -> list[RawMention]:
    """Capitalised organisation names NER missed ("the Saudi Foreign Ministry")."""
    raws: list[RawMention] = []
    view = doc_view(ix.doc)
    lower = view.lower(ix.doc)
    for start, end in view.noun_chunks(ix.doc):
        # the root is one of the chunk's words: no Span for a chunk without
        # an organisation noun
        if not any(lower[k] in ORG_NOUNS for k in range(start, end)):
            continue
        chunk = ix.doc[start:end]
        root = chunk.root
        if root.i in covered or root.lower_ not in ORG_NOUNS:
            continue
        if not root.text[:1].isupper() or root.is_sent_start:
            continue
        first = root.i
        while first > chunk.start:
            if hyphen_word_before(ix.doc, first, chunk.start) < first:
                first = hyphen_word_before(ix.doc, first, chunk.start)
                continue  # "Anti-" of "Anti-Corruption Commission"
            if not (
                ix.doc[first - 1].text[:1].isupper()
                and ix.doc[first - 1].pos_ in {"PROPN", "ADJ", "NOUN"}
            ):
                break
            first -= 1
        if first == root.i:
            continue
        raw = _clean_raw(ix, ix.doc[first].idx, root.idx + len(root.text), "ORG")
        if raw is not None:
            raws.append(raw)
    # "Hope Hicks": a listed first name and one or two capitalised words
    doc = ix.doc
    for i in view.with_pos(doc, ("PROPN",)):
        if i in covered or lower[i] not in FIRST_NAMES:
            continue
        tok = doc[i]
        if not tok.text[:1].isupper():
            continue
        last = tok.i
        while (
            last + 1 < len(doc)
            and last + 1 - tok.i < MAX_NAME_WORDS
            and last + 1 not in covered
            and doc[last + 1].pos_ == "PROPN"
            and doc[last + 1].text[:1].isupper()
            and doc[last].whitespace_
        ):
            last += 1
        if last == tok.i:
            continue
        covered.update(range(tok.i, last + 1))
        raw = _clean_raw(ix, tok.idx, doc[last].idx + len(doc[last].text), "PERSON")
        if raw is not None:
            raws.append(raw)
    raws.extend(role_appositive_names(ix, covered, _clean_raw))
    raws.extend(names_after_role(ix, covered, _clean_raw))
    return raws


def hyphen_word_before(doc: Doc, first: int, floor: int) -> int:
    """The token start of a capitalised word hyphen-joined to the token at
    ``first`` ("Anti" + "-" of "Anti-Corruption"), no lower than ``floor``;
    ``first`` when no such word is glued before it."""
    if first - 2 < floor:
        return first
    hyphen, word = doc[first - 1], doc[first - 2]
    if hyphen.text != "-" or hyphen.whitespace_ or word.whitespace_:
        return first
    if not (word.is_alpha and word.text[:1].isupper()):
        return first
    return first - 2


def _merge_coordinated(ix: DocIndex, raws: list[RawMention]) -> list[RawMention]:
    """Join "Federation of Red Cross" + "and" + "Red Crescent Societies"."""
    merged: list[RawMention] = []
    for raw in raws:
        if merged:
            prev = merged[-1]
            gap = ix.text[prev.end : raw.start]
            if (
                prev.label == "ORG"
                and raw.label == "ORG"
                and " of " in prev.name
                and gap.strip() in {"and", "&"}
            ):
                merged[-1] = RawMention(
                    prev.start,
                    raw.end,
                    "ORG",
                    ix.text[prev.start : raw.end],
                    prev.excluded,
                )
                continue
        merged.append(raw)
    return merged


def _split_person(ix: DocIndex, raw: RawMention) -> RawMention:
    """Cut a title or place off a personal name NER glued to it.

    "Sudan Marta Lindqvist" -> "Marta Lindqvist" when a listed first name
    starts the last two or three words, or a given name of the people
    tables after a place ("Ankara Jeff Flake" -> "Jeff Flake").
    """
    if raw.label == "NORP":
        return raw
    words = name_words(raw.name)
    if len(words) < 3 or follows_style(ix.text, raw.start):
        return raw  # "Tan Sri Acryl Sani Abdullah Sani": the name starts here
    offset = 0
    for i, word in enumerate(words[:-1]):
        lowered = word.lower()
        listed = lowered in FEMALE_NAMES or lowered in MALE_NAMES
        listed = listed and lowered not in NAME_PARTICLES  # "Al" of "Ra'ad Al Hussein"
        if i > 0 and (
            (listed and not _given_name_before(ix, raw, words[:i]))
            or (
                lowered in GIVEN_NAMES
                and a_place(ix, ix.text[raw.start : raw.start + offset].strip())
            )
        ):
            start = raw.start + offset
            name = ix.text[start : raw.end]
            if looks_like_person_name(name):
                return RawMention(start, raw.end, "PERSON", name, raw.excluded)
        offset = ix.text.index(words[i + 1], raw.start + offset + len(word)) - raw.start
    return raw


NOT_GIVEN_NAMES: frozenset[str] = NOT_NAME_TAILS | HONORIFICS | SECTOR_WORDS
"""Words before a name that are no given name ("Speaker", "Chairman")."""


def _given_name_before(ix: DocIndex, raw: RawMention, front: Sequence[str]) -> bool:
    """Whether the one word before a listed first name inside a name is a
    given name of the same person ("Gohar Ali Khan": "Ali" is a middle
    name), not a place, body, title or acronym glued on ("Sudan Marta
    Lindqvist")."""
    if len(front) != 1:
        return False
    word = front[0]
    low = word.lower().strip(".,")
    if not word.isalpha() or not word[:1].isupper() or is_acronym(word):
        return False
    if low in NOT_GIVEN_NAMES or a_place(ix, word):
        return False
    return ix.kind_of is None or ix.kind_of(word) is None


def build_mentions(ix: DocIndex, ds: Discourse) -> None:
    nicknames = nickname_names(ix)
    raws = [_split_person(ix, r) for r in _raw_mentions(ix, nicknames)]
    person_names = {r.name.lower() for r in raws if r.label == "PERSON"}
    full_persons = {n for n in person_names if len(name_words(n)) >= 2}
    # an ORG/GPE that ends with a known full personal name is that person
    # with a title in front ("the UN Liu Jieyi").
    fixed: list[RawMention] = []
    for raw in raws:
        if raw.label != "PERSON":
            lowered = raw.name.lower()
            for full in full_persons:
                if lowered != full and lowered.endswith(" " + full):
                    start = raw.end - len(full)
                    raw = RawMention(
                        start,
                        raw.end,
                        "PERSON",
                        ix.text[start : raw.end],
                        raw.excluded,
                    )
                    break
        fixed.append(raw)
    raws = fixed
    person_surnames: set[str] = set()
    kinds: list[str] = []
    known_surnames = {
        name_words(n)[-1].strip(".,")
        for n in full_persons
        if ix.known is not None and ix.known(n)
    }
    placed = placed_words(ix.text) - {k for n in full_persons for k in surname_keys(n)}
    for raw in raws:
        kind = mention_kind(ix, raw, person_names)
        if kind == "person" and names_a_thing(ix, raw, known_surnames):
            kind = "fac"  # "Trump Tower", "Trump Revealed": no person
        if kind == "person" and raw.name.lower() in placed:
            kind = "gpe"  # NER's PERSON "Goma" of "fighting in Goma"
        kinds.append(kind)
    kinds = same_name_persons(raws, kinds)
    for raw, kind in zip(raws, kinds, strict=True):
        if kind == "person":
            person_surnames.update(surname_keys(raw.name))
    # second look at one-word ORG/GPE/NORP names that are surnames of
    # persons ("Klitschko said", tagged NORP after "Vitali Klitschko")
    for i, raw in enumerate(raws):
        if (
            kinds[i] in {"org", "gpe", "norp"}
            and (raw.label != "GPE" or surname_as_subject(ix, raw))
            and len(name_words(raw.name)) == 1
            and raw.name.lower() in person_surnames
            and not is_acronym(raw.name)
        ):
            kinds[i] = "person"
    full_index: dict[str, list[tuple[int, str]]] = {}
    for raw, kind in zip(raws, kinds, strict=True):
        # a caption's full name completes a surname ("Pelosi" after the
        # caption "House Speaker Nancy Pelosi presides ..."), though it is
        # never an antecedent of its own; "Waker-Uz-Zaman" completes "Waker"
        if kind == "person" and (len(name_words(raw.name)) >= 2 or "-" in raw.name):
            for key in index_keys(raw):
                full_index.setdefault(key, []).append((raw.start, raw.name))
    for nick in nicknames:  # "Jokowi" after 'Joko "Jokowi" Widodo'
        full = nick.mention.name
        full_index.setdefault(nick.nickname.lower(), []).append(
            (nick.mention.start, full)
        )
    # acronyms defined anywhere in the body: "... Party (BNP)"
    for raw, kind in zip(raws, kinds, strict=True):
        acronym = acronym_after(ix.text, raw.end)
        if acronym and kind == "org" and not raw.excluded:
            ix.acronyms.setdefault(acronym.lower(), raw.name)
    for raw, kind in zip(raws, kinds, strict=True):
        if raw.excluded:
            continue
        entity = _link(ix, ds, raw, kind, full_index)
        if ix.text[raw.start : raw.end] == entity.name:
            entity.mentions.append((raw.start, raw.end))
        span = char_span(ix, raw.start, raw.end)
        subject = False
        if span is not None and len(span):
            subject = _is_subject(span)
            for tok in span:
                ix.token_mention[tok.i] = MentionRef(entity, raw.start, raw.end)
            if kind == "person":
                learn_titles(ix, entity, span)
            else:
                learn_descriptors(ix, entity, span)
        ds.events.append(
            Event(
                start=raw.start,
                end=raw.end,
                entity=entity,
                subject=subject,
                speaker=False,
                masked=raw.start in ix.masked,
            )
        )
    surname_mentions(
        ix, ds, full_index, frozenset(n.nickname.lower() for n in nicknames)
    )
    ds.events.sort(key=lambda ev: ev.start)


def _link(
    ix: DocIndex,
    ds: Discourse,
    raw: RawMention,
    kind: str,
    full_index: dict[str, list[tuple[int, str]]],
) -> Entity:
    name = raw.name
    words = name_words(name)
    if kind == "person" and (
        len(words) == 1
        or particle_surname(name)
        or (len(words) == 2 and name.lower().strip(".,") in full_index)
    ):
        key = name.lower().strip(".,")
        fitting = by_reflexive(ix.text, raw.end, key, full_index)
        fitting = by_honorific(ix.text, raw.start, key, fitting)  # "Mr. Trump"
        full = nearest_full_name(key, raw.start, fitting, ix.known)
        if full is not None:
            name = full
    elif kind == "org" and is_acronym(name):
        name = expand_acronym(ix, ds, name)
    key = f"{'person' if kind == 'person' else 'thing'}:{name.lower()}"
    entity = ds.entities.get(key)
    if entity is None:
        shown = normal_case(name, ix.text) if kind == "person" else name
        entity = Entity(name=shown, kind=kind, start=raw.start, end=raw.end)
        if kind == "person":
            entity.gender = person_gender(ix, name)
        ds.entities[key] = entity
    return entity


def person_gender(ix: DocIndex, name: str) -> str | None:
    """A person's gender from safe evidence only: world knowledge of the
    person a full name denotes, else a listed first name; ``None`` (any
    pronoun may refer) without either."""
    known = ix.gender_of(name) if ix.gender_of is not None else None
    return known or gender_of_first_name(name)


def expand_acronym(ix: DocIndex, ds: Discourse, name: str) -> str:
    """The full name an acronym stands for in this article, else itself."""
    bare = name.replace(".", "")
    full = ix.acronyms.get(name.lower()) or ix.acronyms.get(bare.lower())
    if full is not None:
        return full
    for entity in reversed(list(ds.entities.values())):
        if (
            entity.kind == "org"
            and len(name_words(entity.name)) > 1
            and initials(entity.name) == bare.upper()
        ):
            return entity.name
    return name


def _is_subject(span: SpacySpan) -> bool:
    """The mention is (in) a sentence subject: itself, the name heading it
    ("Russia's President Putin") or set off after it ("Its president, Eric
    Theuri, told"); not a name that only modifies a common noun ("The U.S.
    central bank lowered …"), nor a reported clause's ("X said [Y left]")."""
    tok = span.root
    for _ in range(4):
        if tok.dep_ in SUBJECT_DEPS:
            break
        if tok.dep_ in NP_INNER_DEPS and tok.head.i != tok.i:
            tok = tok.head
            continue
        break
    if not main_clause_subject(tok):
        return subject_before_root(span)
    inside = span.start <= tok.i < span.end or span.root.dep_ == "appos"
    return inside or tok.tag_ not in ("NN", "NNS")
