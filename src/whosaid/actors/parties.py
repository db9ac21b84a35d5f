"""Party words: the singular and adjective forms of the parties the
organization table names ("Conservative" from "Conservative Party" and
"Conservatives", "Tory" from "Tories", "Liberal Democrat" from "Liberal
Democrats").  News writes a party's member or leader with them ("Conservative
leader Kemi Badenoch", "a Tory MP", "Republican senator Mitt Romney"); they
read as that party, of its country, only capitalized (a "conservative judge"
is no party's).

A form that parties of several countries share ("Conservative": Canada's
and the UK's) is kept once per country; :mod:`whosaid.actors.party_country`
picks the one the article is about, or none."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from spacy.tokens import Span

if TYPE_CHECKING:
    from whosaid.actors.knowledge import Entry

__all__ = [
    "MEMBER_END",
    "PARTY_FOLLOWERS",
    "PARTY_HEAD_WORDS",
    "PARTY_LEADER_WORDS",
    "PARTY_ROLE_WORDS",
    "PARTY_WORD",
    "SENTENCE_OPENERS",
    "inside_longer_name",
    "name_continues_after",
    "names_a_portfolio",
    "party_forms",
    "party_head_role",
    "party_word_entries",
    "party_word_reads",
]

PARTY_LEADER_WORDS: frozenset[str] = frozenset(
    {"leader", "co-leader", "chair", "chairman", "chairwoman", "chairperson", "head"}
)
"""Title words that, with a party before them ("Conservative leader",
"Labour chair"), name the party's leader rather than an office of state."""

PARTY_HEAD_WORDS: frozenset[str] = frozenset({"president", "chief"})
"""Titles that, in lower case right after a party's name ("Congress
president Mallikarjun Kharge", "ANC chief"), are the party's head, not
the state's (which news capitalizes: "Republican President X")."""


def party_head_role(role: str) -> bool:
    """Whether a role text names a party's head by a lower-case head word
    right after a capitalized name ("Congress president")."""
    words = role.split()
    return any(
        w in PARTY_HEAD_WORDS and k > 0 and words[k - 1][:1].isupper()
        for k, w in enumerate(words)
    )


PARTY_ROLE_WORDS: frozenset[str] = frozenset(
    {"nominee", "nominees", "candidate", "candidates", "hopeful", "challenger"}
)
"""Titles that are a party's own roles ("Republican vice-presidential
nominee Mike Pence"): the text's PTY stands whatever office the person holds."""

PARTY_WORD = "party_word"
"""The ``kind`` of a party form's entry (its table's entries say ``org``)."""

PARTY_FOLLOWERS: frozenset[str] = frozenset(
    {
        "leader", "leaders", "co-leader", "chair", "chairman", "chairwoman",
        "party", "mp", "mps", "member", "members", "lawmaker", "lawmakers",
        "legislator", "legislators", "senator", "senators", "congressman",
        "congresswoman", "representative", "candidate", "candidates", "nominee",
        "nominees", "peer", "peers", "minister", "ministers", "government",
        "spokesman", "spokeswoman", "spokesperson", "deputy", "backbencher",
        "backbenchers", "whip", "politician", "politicians", "councillor",
        "councillors", "governor", "mayor", "majority", "minority", "caucus",
        "campaign", "primary", "voters", "donor", "donors", "official",
        "officials", "strategist", "strategists", "colleague", "colleagues",
    }
)  # fmt: skip
"""Words a party form opens a sentence with as a party ("Conservative leader
X said", "Democratic lawmakers said"); before other words a capital at the
start of a sentence says nothing ("Conservative economist X")."""

_ADJECTIVE_END = re.compile(r"(?:ive|ic|an|al|ist|ite|ian)$")
"""Endings of a party name's adjective ("Conservative", "Democratic",
"Republican", "Liberal", "Nationalist"): a one-word stem without one
("Renaissance party") is a noun that reads as a party only in full."""
MEMBER_END = re.compile(r"(?:ive|ic|an|al|ist|ite|ian|crat|ory|een)$")
"""Endings of a party member's noun ("Conservative", "Democrat", "Tory",
"Green"): other plurals ("Lebanese Forces", "Economic Freedom Fighters")
are no members' nouns."""


def party_forms(pattern: str) -> list[str]:
    """The singular or adjective forms of one party pattern: "Conservative
    Party" -> ["Conservative"], "Liberal Democrats" -> ["Liberal Democrat"],
    "Tories" -> ["Tory"]; none for acronyms, names with lowercase words
    ("Communist Party of China") or one-word nouns ("Renaissance party")."""
    words = pattern.split()
    if len(words) >= 2 and words[-1].lower() == "party":
        stem = words[:-1]
        if len(stem) > 3 or any(not w[:1].isupper() or "'" in w for w in stem):
            return []
        if len(stem) == 1 and not _ADJECTIVE_END.search(stem[0]):
            return []
        return [" ".join(stem)]
    if (
        not words
        or len(words) > 3
        or any(w.isupper() or not w[:1].isupper() for w in words)
    ):
        return []
    last = words[-1]
    if last.endswith("ies") and len(last) > 4:
        single = last[:-3] + "y"
    elif last.endswith("s") and not last.endswith("ss") and len(last) > 4:
        single = last[:-1]
    else:
        return []
    if not MEMBER_END.search(single):
        return []
    return [" ".join([*words[:-1], single])]


def party_word_entries(entries: Iterable[Entry]) -> list[Entry]:
    """Entries for the party forms of the ``party`` entries among
    ``entries`` (exact case: capitalized only); a form several countries'
    parties share gives one entry per country (the article decides, see
    :func:`whosaid.actors.party_country.choose_party_entries`)."""
    found: dict[str, list[Entry]] = {}
    for entry in entries:
        if entry.type != "party":
            continue
        for form in party_forms(entry.pattern):
            found.setdefault(form, []).append(
                dataclasses.replace(
                    entry, pattern=form, exact_case=True, kind=PARTY_WORD
                )
            )
    out: list[Entry] = []
    for made in found.values():
        seen: set[str | None] = set()
        for e in made:
            if e.country not in seen:
                seen.add(e.country)
                out.append(e)
    return out


SENTENCE_OPENERS: frozenset[str] = frozenset(
    {"", '"', "“", "‘", "'", "(", "—", "–", "-"}
)
"""Tokens after which a word opens a sentence or a quoted phrase."""


NAME_LABELS_NOT_PARTY: frozenset[str] = frozenset(
    {"ORG", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "GPE", "LOC"}
)
"""NER labels of names a party form may be a word of ("Association for
Democratic Reforms", "Liberal Democratic Party of Russia" aside)."""


def inside_longer_name(span: Span) -> bool:
    """Whether NER puts the span inside a longer organization, place or
    work name (not a person's: "Democratic Rep. Adam Schiff")."""
    doc = span.doc
    first = span[0]
    if first.ent_type_ not in NAME_LABELS_NOT_PARTY:
        return False
    before = first.ent_iob_ == "I"
    after = span.end < len(doc) and doc[span.end].ent_iob_ == "I"
    return before or after


def name_continues_after(span: Span) -> bool:
    """Whether NER's organization, place or work name goes on after the
    span: a party's name opening a longer name is another body's ("Nigeria
    Labour Congress" is a union, "Democratic Party for the People" another
    party); "Senate Republicans" ends with it and stays."""
    doc = span.doc
    last = span[-1]
    if span.end >= len(doc):
        return False
    k = span.end
    if last.lower_ != "party" and doc[k].lower_ == "party":
        k += 1  # "Georgian Dream party" is the party; "... Party for X" is not
    elif last.lower_ != "party":
        nxt = doc[k]
        return (
            last.ent_type_ in NAME_LABELS_NOT_PARTY
            and nxt.ent_iob_ == "I"
            and nxt.lower_ not in {"'s", "’s"}
            and not nxt.is_punct  # "National Democratic Congress (NDC": its acronym
        )
    # "Democratic Party for the People", "Democratic Party of Japan"
    after = [t for t in doc[k : k + 3] if t.lower_ != "the"]
    return (
        len(after) >= 2
        and after[0].lower_ in {"for", "of"}
        and after[1].text[:1].isupper()
    )


def party_word_reads(span: Span) -> bool:
    """Whether a party form ("Conservative", "Democratic") reads as the
    party: anywhere but at a sentence's start, where only a party word
    after it ("Conservative leader", "Democratic lawmakers") or a name
    ("Republican Mitt Romney") says so."""
    doc = span.doc
    first = span[0]
    if inside_longer_name(span):
        return False  # "Association for Democratic Reforms"
    opens = (
        first.i == 0
        or bool(first.is_sent_start)
        or doc[first.i - 1].text.strip() in SENTENCE_OPENERS
    )
    if not opens:
        return True
    if span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.lower_ in PARTY_FOLLOWERS or (
        after.pos_ == "PROPN" and after.text[:1].isupper()
    )


PORTFOLIO_HEADS: frozenset[str] = frozenset(
    {"Minister", "Ministry", "Department", "Secretary", "Code", "Board"}
)
"""Capitalized words after which a party's name is a portfolio's ("Labour
Minister Steven MacKinnon", "the Canada Labour Code")."""


def names_a_portfolio(span: Span) -> bool:
    """Whether a party's name is a portfolio word of a government title or
    body ("Labour Minister X", "Ministry of Labour", "the Department of
    Employment and Labour"): after "of" or "and" that follow a capitalized
    word, or before a capitalized :data:`PORTFOLIO_HEADS` word; "Labour
    leader X", "the leader of Labour" and "Labour minister X" stay the
    party."""
    doc = span.doc
    if span.end < len(doc) and doc[span.end].text in PORTFOLIO_HEADS:
        return True
    k = span.start - 1
    return (
        k >= 1
        and doc[k].lower_ in {"of", "and", "&"}
        and doc[k - 1].text[:1].isupper()
        and not doc[k - 1].is_sent_start
    )
