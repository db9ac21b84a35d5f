"""Actors, step 2: neighbouring hits joined into one actor noun phrase
("China's UN Ambassador Liu Jieyi", "the Russian Foreign Ministry")."""

from __future__ import annotations

import itertools

from spacy.tokens import Token

from whosaid.actors.model import (
    APPOS_VERBS,
    CONNECTORS,
    NER_PERSON,
    OPENERS,
    ActorIndex,
    Chain,
    Hit,
    is_person_hit,
    modifier_hit,
)
from whosaid.actors.parties import PARTY_WORD
from whosaid.actors.predicate_titles import predicate_title
from whosaid.entities.lexicon import ASSOCIATE_NOUNS, ROLE_NOUNS
from whosaid.entities.names import (
    is_acronym,
    looks_like_person_name,
)


def build_chains(ix: ActorIndex, hits: list[Hit]) -> list[Chain]:
    doc = ix.doc
    chains: list[Chain] = []
    current: list[Hit] = []
    appos: int | None = None
    for k, hit in enumerate(hits):
        if current and _joinable(ix, current[-1], hit):
            current.append(hit)
            continue
        nxt = hits[k + 1] if k + 1 < len(hits) else None
        if (
            current
            and appos is None
            and not _titles_the_next_name(hit, nxt)
            and not _opens_titled_name(hits, k)
            and _appositive(ix, current[-1], hit)
        ):
            appos = len(current)
            current.append(hit)
            continue
        if current and appos is None and _title_before(ix, current, hit):
            current.append(hit)  # "Iran's envoy to the IAEA, Reza Najafi"
            continue
        if current:
            chains.append(Chain(current, current[0].i, current[-1].j, appos))
        current = [hit]
        appos = None
    if current:
        chains.append(Chain(current, current[0].i, current[-1].j, appos))
    chains = _absorb_titles(ix, _merge_title_chains(ix, chains))
    # extend each chain left over its determiner and light modifiers
    for chain in chains:
        k = chain.start_tok
        while k - 1 >= 0 and ix.sent_start[k - 1] == ix.sent_start[chain.start_tok]:
            prev = doc[k - 1]
            if prev.lower_ in {"the", "a", "an"} or (
                prev.lower_ in CONNECTORS
                and prev.lower_ not in {"'s", "’s", "'", "’", "of", "to", "for", "-"}
            ):
                k -= 1
                continue
            break
        chain.start_tok = k
    return chains


def _titles_the_next_name(hit: Hit, nxt: Hit | None) -> bool:
    """Whether a title is glued to the person's name after it ("Kiryat
    Shmona, Mayor Avichai Stern"): it is that person's, never an apposition
    to the name before the comma."""
    return (
        hit.kind == "sector"
        and hit.sector is not None
        and hit.sector.kind == "title"
        and nxt is not None
        and nxt.i == hit.j
        and is_person_hit(nxt)
    )


def _opens_titled_name(hits: list[Hit], k: int) -> bool:
    """Whether a hit opens a run of country words and titles glued to a
    person's name ("Tokayev, Kyrgyz President Sadyr Japarov": "Kyrgyz" is
    Japarov's, never an apposition to the name before the comma)."""
    titled = False
    for cur, nxt in itertools.pairwise(hits[k:]):
        if cur.kind == "sector" and cur.sector is not None:
            titled = titled or cur.sector.kind == "title"
        elif cur.kind != "demonym" and not modifier_hit(cur):
            return False
        if nxt.i != cur.j:
            return False
        if is_person_hit(nxt):
            return titled
    return False


def _appositive(ix: ActorIndex, left: Hit, right: Hit) -> bool:
    """ "William Ruto, Kenya's president": a title apposed to a name;
    "Oceana, an international conservation group": a kind apposed to an
    organization."""
    if is_person_hit(right) or right.kind == "place":
        return False
    body_after_ner_person = (
        left.kind == "person"
        and left.label == NER_PERSON
        and right.kind == "sector"
        and right.sector is not None
        and right.sector.kind == "body"
        and right.sector.sector is not None
    )  # NER's PERSON "Oceana" before ", an ocean conservation group"
    if not is_person_hit(left) or body_after_ner_person:
        org_left = (
            body_after_ner_person
            or left.kind == "org"
            or (
                left.kind == "name"
                and left.entry is not None
                and left.entry.type not in {"state", "place", "igo"}
            )
        )
        based = (
            right.kind == "name"
            and right.entry is not None
            and right.entry.type in {"state", "place"}
            and right.j + 1 < len(ix.lower)
            and ix.lower[right.j] == "-"
            and ix.lower[right.j + 1] == "based"
        )  # "Indepaz, a Bogotá-based research group"
        if not (
            org_left
            and (
                based
                or (
                    right.kind == "sector"
                    and right.sector is not None
                    and right.sector.sector
                )
            )
        ):
            return False
    doc = ix.doc
    between = ix.lower[left.j : right.i]
    if not between or between[0] != ",":
        return False
    rest = between[1:]
    if len(rest) >= 2 and rest[0] == "who" and rest[1] in APPOS_VERBS:
        rest = rest[2:]  # "X, who heads the rebel delegation"
    if not is_person_hit(left) or body_after_ner_person:
        # "Oceana, an international ocean conservation group"
        toks = [doc[k] for k in range(left.j + 1, right.i)]
        return len(toks) <= 5 and all(
            t.lower_ in {"the", "a", "an"} or (t.is_lower and t.pos_ in {"ADJ", "NOUN"})
            for t in toks
        )
    if _lower_modifiers(ix, right.i - len(rest), right.i):
        return True  # "X, a senior economic adviser", "X, the foreign policy adviser"
    return all(
        w in {"the", "a", "an", "its", "his", "her", "as", "of", "for", "at"}
        for w in rest
    )


MAX_TITLE_MODIFIERS = 3
"""How many lower-case words may stand between an apposition's article and
its title word ("X, a senior foreign policy adviser")."""


def _lower_modifiers(ix: ActorIndex, i: int, j: int) -> bool:
    """Whether tokens ``i..j`` are an article and up to
    :data:`MAX_TITLE_MODIFIERS` lower-case adjectives or nouns ("a senior
    economic", "the foreign policy"): the modifiers of an apposed title."""
    toks = [ix.doc[k] for k in range(i, j)]
    if not toks or toks[0].lower_ not in {"a", "an", "the"}:
        return False
    mods = toks[1:]
    return 0 < len(mods) <= MAX_TITLE_MODIFIERS and all(
        t.is_lower and t.is_alpha and t.pos_ in {"ADJ", "NOUN"} for t in mods
    )


def relative_title(ix: ActorIndex, person: Hit) -> bool:
    """ "X, who heads ...": the clause says what X is."""
    j = person.j
    lower = ix.lower
    return (
        j + 2 < len(lower)
        and lower[j] == ","
        and lower[j + 1] == "who"
        and lower[j + 2] in APPOS_VERBS
    )


def private_person(ix: ActorIndex, person: Hit) -> bool:
    """ "Hadiza Moussa, who sells grain at the market": a private person."""
    j = person.j
    doc = ix.doc
    return (
        j + 2 < len(doc)
        and ix.lower[j] == ","
        and ix.lower[j + 1] == "who"
        and doc[j + 2].pos_ == "VERB"
        and ix.lower[j + 2] not in APPOS_VERBS
    )


def _merge_title_chains(ix: ActorIndex, chains: list[Chain]) -> list[Chain]:
    """ "Pakistan's army chief, Field Marshal Asim Munir": one actor."""
    out: list[Chain] = []
    for chain in chains:
        if out and chain.appos is None and out[-1].appos is None:
            prev = out[-1]
            if (
                _titled_headless(ix, prev.hits)
                and _person_headed(ix, chain.hits)
                and not predicate_title(ix, prev.hits)
            ):
                same = ix.sent_start[prev.hits[-1].i] == ix.sent_start[chain.hits[0].i]
                if same and _apposition_gap(ix, prev.hits[-1].j, chain.hits[0].i):
                    prev.hits.extend(chain.hits)
                    prev.end_tok = chain.end_tok
                    continue
        out.append(chain)
    return out


def _apposition_gap(ix: ActorIndex, i: int, j: int) -> bool:
    """Tokens between a title and the name apposed to it: a comma, after
    a short complement ("Norway's special envoy to the talks, X")."""
    doc = ix.doc
    words = [doc[k].lower_ for k in range(i, j)]
    if "," not in words:
        return False
    comma = words.index(",")
    if not all(w in {"the", "a", "an"} for w in words[comma + 1 :]):
        return False
    complement = range(i, i + comma)
    if len(complement) > 6:
        return False
    return all(
        doc[k].lower_ in {"to", "for", "of", "at", "in", "on", "the", "a", "an"}
        or doc[k].pos_ in {"NOUN", "PROPN", "ADJ"}
        for k in complement
    )


def _titled_headless(ix: ActorIndex, hits: list[Hit]) -> bool:
    """A title phrase naming nobody: "the head of the AEOI", "Iran's envoy"."""
    first_title = next(
        (
            k
            for k, h in enumerate(hits)
            if h.kind == "sector" and h.sector is not None and h.sector.kind == "title"
        ),
        None,
    )
    if first_title is None or any(is_person_hit(h) for h in hits):
        return False
    # organizations and places may follow the title ("head of the AEOI")
    # or own it ("the Government of National Unity's justice minister")
    return not any(
        (h.kind == "org" or (h.kind == "name" and not modifier_hit(h)))
        and not (h.j < len(ix.lower) and ix.lower[h.j] in {"'s", "’s"})
        and ix.lower[h.j - 1] not in {"'s", "’s"}
        for h in hits[:first_title]
    )


def _absorb_titles(ix: ActorIndex, chains: list[Chain]) -> list[Chain]:
    """A person takes every hit of the title phrase right before the name.

    "UN humanitarian coordinator for Sudan Marta Lindqvist", "Chinese Vice
    Minister of Commerce Zhou Mingyuan": the words no table knows break
    the chain; the window back from the name to the nearest verb, comma
    or clause word still is one noun phrase.
    """
    out: list[Chain] = []
    for chain in chains:
        first = chain.hits[0]
        if chain.appos is None and is_person_hit(chain.hits[-1]):
            start = _title_window(ix, first.i)
            while (
                out
                and out[-1].appos is None
                and out[-1].hits[0].i >= start
                and not any(is_person_hit(h) for h in out[-1].hits)
                and not plural_common_noun(ix, out[-1].hits[-1])
                and _governed_by(ix, out[-1].hits, chain.hits[-1])
            ):
                prev = out.pop()
                chain.hits[:0] = prev.hits
                chain.start_tok = prev.start_tok
        out.append(chain)
    return out


def _governed_by(ix: ActorIndex, hits: list[Hit], person: Hit) -> bool:
    """Some hit hangs (through its heads) from the person's name: "UN
    humanitarian coordinator for Sudan X" is one phrase, "the
    presidential debate Politifact" is not."""
    start = hits[0].i
    for h in hits:
        tok = ix.doc[h.j - 1]
        for _ in range(6):
            if tok.i >= person.i:
                return True  # the name, or the clause after it
            if tok.i < start:
                break  # "Following ... presidential debate": another phrase
            if tok.head.i == tok.i:
                break
            tok = tok.head
    return False


def _title_window(ix: ActorIndex, i: int) -> int:
    """First token of the title phrase that ends before token ``i``."""
    doc = ix.doc
    floor = max(ix.sent_start[i], i - 14)
    k = i
    if _object_of_preposition(ix, i, floor):
        return i
    while k - 1 >= floor:
        t = doc[k - 1]
        low = t.lower_
        if low == ")" and k - 3 >= floor and doc[k - 3].text == "(":
            # "(CNN)President X": a dateline glued to the title, not a name
            if is_acronym(doc[k - 2].text) and t.whitespace_:
                k -= 3  # "Bangladesh Nationalist Party (BNP) senior ..."
                continue
            break
        if "\n" in t.text or t.pos_ in {"VERB", "AUX", "CCONJ", "SCONJ", "PRON"}:
            break
        if t.pos_ == "ADP" and low not in {"of", "for", "to", "at"}:
            break
        if t.is_punct and low not in {"-", ".", "'s", "’s", "'", "’"}:
            break
        if t.pos_ == "DET" and low not in {"the", "a", "an"}:
            break
        k -= 1
    return k


def _object_of_preposition(ix: ActorIndex, i: int, floor: int) -> bool:
    """Whether the name at token ``i`` is a preposition's object ("an
    adviser to Mrs. Clinton", "a spokesman for the president"): the title
    before it is someone else's."""
    k = i - 1
    while k >= floor and ix.lower[k] in _LEAD_WORDS:
        k -= 1
    # a person's title before the preposition; "the government of Nicolas
    # Maduro" is his government, a body that keeps his name's country
    return (
        k - 1 >= floor and ix.lower[k] in _OF_FOR_TO and ix.lower[k - 1] in PERSON_NOUNS
    )


_OF_FOR_TO: frozenset[str] = frozenset({"of", "for", "to", "at"})
PERSON_NOUNS: frozenset[str] = ROLE_NOUNS | ASSOCIATE_NOUNS
"""Nouns for a person ("adviser", "spokesman", "ally"), never a body."""
_LEAD_WORDS: frozenset[str] = frozenset(
    {"the", "a", "an", "mr.", "mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr"}
)


def _person_headed(ix: ActorIndex, hits: list[Hit]) -> bool:
    for h in hits:
        if h.kind == "org" and looks_like_person_name(ix.doc[h.i : h.j].text):
            h.kind = "person"  # NER's ORG "Oleksii Makeiev" after a title
    return any(is_person_hit(h) for h in hits) and all(
        h.kind == "sector" or is_person_hit(h) for h in hits
    )


def _title_before(ix: ActorIndex, current: list[Hit], right: Hit) -> bool:
    """A titled phrase apposed before a name: "Pakistan's army chief, X"."""
    if right.kind not in {"person", "org"} and not (
        right.kind == "name"
        and right.entry is not None
        and right.entry.type not in {"state", "place"}
    ):
        return False
    if any(
        is_person_hit(h)
        or h.kind == "org"
        or (h.kind == "name" and not modifier_hit(h) and not party_word_hit(h))
        for h in current
    ):
        return False  # "the Republican nominee, Donald Trump" goes on
    want = "title" if right.kind == "person" else "body"
    if not any(
        h.kind == "sector" and h.sector is not None and h.sector.kind == want
        for h in current
    ):
        return False
    doc = ix.doc
    left = current[-1]
    between = [doc[k].lower_ for k in range(left.j, right.i)]
    if not between or between[0] != ",":
        return False
    if ix.sent_start[left.i] != ix.sent_start[right.i]:
        return False
    return all(w in {"the", "a", "an"} for w in between[1:])


PORTFOLIO_JOINERS: frozenset[str] = frozenset({"and", ",", "the", "&"})


def _portfolio_complement(left: Hit, right: Hit, between: list[Token]) -> bool:
    """Whether the words between a title and a person's name are the title's
    portfolio, capitalised words joined by "and" or commas ("Minister of
    Economy and Finance", "Minister of Women and Children", "Minister
    without Portfolio"): the title is the person's."""
    if left.kind != "sector" or left.sector is None or left.sector.kind != "title":
        return False
    if not is_person_hit(right) or not 2 <= len(between) <= 7:
        return False
    if between[0].lower_ not in {"of", "for", "without"}:
        return False
    words = between[1:]
    return words[-1].text[:1].isupper() and all(
        t.lower_ in PORTFOLIO_JOINERS or (t.text[:1].isupper() and t.is_alpha)
        for t in words
    )


def party_word_hit(hit: Hit) -> bool:
    """A party's adjective form ("Republican", "Tory"): a title's modifier."""
    return hit.entry is not None and hit.entry.kind == PARTY_WORD


def _joinable(ix: ActorIndex, left: Hit, right: Hit) -> bool:
    doc = ix.doc
    if right.i < left.j:
        return False
    bracketed = right.i == left.j + 1 and doc[left.j].text in OPENERS
    if ix.sent_start[left.i] != ix.sent_start[right.i] and not bracketed:
        return False  # the parser may cut "the dictator [Kim Jong-un]" at ""
    if is_person_hit(left) and is_person_hit(right):
        return False
    if (
        right.i == left.j
        and plural_common_noun(ix, left)
        and (is_person_hit(right) or right.kind == "sector")
    ):
        return False  # "the Syrian refugees President Obama wants to admit"
    if (
        left.kind == "person"
        and right.kind == "sector"
        and right.i == left.j
        and right.sector is not None
        and right.sector.kind == "body"
        and right.sector.sector
    ):
        left.kind = "org"  # NER's PERSON "Kayhan" in "the Kayhan newspaper"
        return True
    between = [doc[k] for k in range(left.j, right.i)]
    if _body_in_place(ix, left, right, between):
        return True  # "the interior ministry in Amman", "residents of Goma"
    if left.kind == "place" or right.kind == "place":
        return False
    if _party_leaning(right, between):
        # "the leader of the center-right Christian Democrats": the leaning
        # words describe the party
        between = [t for t in between if t.lower_ not in LEANING_WORDS]
    if _portfolio_complement(left, right, between):
        return True  # "Minister of Economy and Finance Dana Vell"
    if len(between) > 3:
        return False
    if _object_of_title(left, right, between):
        return False
    if any("\n" in t.text for t in between):
        return False
    # "X and Y" are two actors; "Russia, China" too
    complement = (
        left.kind == "sector"
        and bool(between)
        and between[0].lower_ in {"of", "for", "to"}
    )
    for t in between:
        low = t.lower_
        if low in CONNECTORS:
            continue
        if complement and t.pos_ == "PROPN":
            continue  # "representative for the South Caucasus"
        if low in OPENERS and is_person_hit(right):
            continue
        if (
            (
                right.kind == "sector"
                or (t.is_lower and right.kind in {"org", "person", "name"})
            )
            and (t.is_lower or t.pos_ in {"PROPN", "ADJ"})
            and t.pos_ in {"NOUN", "ADJ", "PROPN", "VERB"}
            and t.dep_ in {"compound", "amod", "nmod", "npadvmod"}
        ):
            continue  # "EU foreign policy chief", "Filipino fisherman X"
        return False
    if left.kind == "name" and right.kind == "name" and not between:
        # "US Congress", "UN Security Council": a modifier name before a name
        return modifier_hit(left)
    if left.kind == "name" and right.kind == "name":
        lo = [t.lower_ for t in between]
        if _body_of_state(left, right, lo):
            return True
        # "the Foreign Minister of Russia" joins; "Russia of the..." rarely
        return bool(lo) and lo[0] in {"'s", "’s", "'", "’"} and modifier_hit(left)
    if right.kind == "name" and right.entry is not None:
        lo = [t.lower_ for t in between]
        if is_person_hit(left):
            # "Nikki Haley of the US" is rare; keep them apart.  "Robert
            # Habeck of the Greens": the person's party
            return right.entry.type == "party" and lo in (["of"], ["of", "the"])
        if (
            left.kind in {"sector"}
            and lo
            and lo[0] not in {"of", "to", "for", "'s", "’s"}
            and ix.lower[left.j - 1] not in {"of", "to", "for"}  # "president of"
        ):
            return False
    return not (is_person_hit(left) and right.kind != "person")


def _body_of_state(left: Hit, right: Hit, between: list[str]) -> bool:
    """ "Electoral Commission of South Africa": a government body's name
    (one country's in the tables) with "of" and a state after it names
    that state's body."""
    return (
        between == ["of"]
        and left.entry is not None
        and left.entry.type == "government"
        and right.entry is not None
        and right.entry.type == "state"
    )


LEANING_WORDS: frozenset[str] = frozenset(
    {
        "center", "centre", "left", "right", "far", "hard", "wing", "-", "–",
        "leaning", "leftist", "rightist", "populist", "nationalist",
        "conservative", "liberal", "progressive", "ruling", "main", "opposition",
    }
)  # fmt: skip
"""Words of a party's political leaning ("center-right", "far-left",
"ruling", "opposition") between a title and the party's name."""


def _party_leaning(right: Hit, between: list[Token]) -> bool:
    """Whether only leaning words ("center-right") follow "of the" before a
    party's name."""
    if right.kind != "name" or right.entry is None or right.entry.type != "party":
        return False
    words = [t.lower_ for t in between]
    rest = words[2:] if words[:2] == ["of", "the"] else []
    return bool(rest) and all(w in LEANING_WORDS for w in rest)


def _object_of_title(left: Hit, right: Hit, between: list[Token]) -> bool:
    """A person right after a title's preposition is its object, not its
    holder: "an adviser to Mrs. Clinton", "a spokesman for Trump" (while
    "Iran's envoy to the IAEA, Reza Najafi" names the envoy after the body)."""
    return (
        left.kind == "sector"
        and left.sector is not None
        and left.sector.kind == "title"
        and is_person_hit(right)
        and bool(between)
        and between[0].lower_ in _OF_FOR_TO
        and all(t.lower_ in _OF_FOR_TO or t.lower_ in _LEAD_WORDS for t in between)
    )


def plural_common_noun(ix: ActorIndex, hit: Hit) -> bool:
    """Whether a sector hit ends in a lowercase plural noun ("refugees"):
    a group, never a title before a name or another title."""
    if hit.kind != "sector":
        return False
    last = ix.doc[hit.j - 1]
    return last.is_lower and last.tag_ == "NNS"


def _body_in_place(ix: ActorIndex, left: Hit, right: Hit, between: list[Token]) -> bool:
    if left.kind != "sector" or left.sector is None or left.sector.kind != "body":
        return False
    words = [t.lower_ for t in between]
    if words not in (["in"], ["of"], ["in", "the"]):
        return False
    if ix.doc[left.j - 1].dep_ not in {"nsubj", "nsubjpass", "ROOT", "appos"}:
        return False  # "retook the presidential palace in Khartoum": a place
    if right.kind == "place":
        return True
    e = right.entry
    return right.kind == "name" and e is not None and e.type in {"state", "place"}
