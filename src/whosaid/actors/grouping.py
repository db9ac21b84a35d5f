"""Actors, step 4: mentions grouped into actor drafts (people by full name,
states by country, organizations by canonical name)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from whosaid.actors.model import (
    ActorDraft,
    ActorMention,
)
from whosaid.entities.name_parts import (
    bare_family_name,
    fathers_name,
    nickname_inside,
)
from whosaid.entities.names import (
    abbreviates,
    gender_of,
    gender_of_first_name,
    honorific_gender,
    initials,
    is_acronym,
    name_words,
)

NAME_SUFFIX_WORDS: frozenset[str] = frozenset({"jr", "sr", "ii", "iii", "iv"})
"""Words that end a name after its surname."""
Candidate = tuple[int, tuple[str, ...], str]
"""A full name a lone name may join: (offset, key, name)."""


def group_mentions(
    mentions: list[ActorMention],
    known: Callable[[str], bool] | None = None,
    text: str = "",
) -> list[ActorDraft]:
    """Mentions grouped into drafts.  A lone name joins a full name of the
    article: its surname ("Haley" -> "Nikki Haley") before its first name
    ("Hillary" -> "Hillary Clinton"); among several, the one ``known`` says
    the people tables know ("Mr. Trump" -> "Donald J. Trump", not "Freddy
    Trump" nor "Fascist Trump" from a placard) when exactly one is, else
    the latest before the mention."""
    mentions = sorted(mentions, key=lambda m: (m.start, -m.end))
    surnames: dict[str, list[Candidate]] = {}
    first_names: dict[str, list[Candidate]] = {}
    inner_names: dict[str, list[Candidate]] = {}
    tails: dict[str, list[Candidate]] = {}
    nicknames: dict[str, list[Candidate]] = {}
    for m in mentions:
        if m.type == "person" and m.person_name and len(name_words(m.person_name)) >= 2:
            if (nicknamed := nickname_inside(text[m.start : m.end])) is not None:
                cand = (m.start, m.key, m.person_name)
                nicknames.setdefault(nicknamed[1].lower(), []).append(cand)
            words = [w.lower().strip(".,") for w in name_words(m.person_name)]
            while len(words) > 2 and words[-1] in NAME_SUFFIX_WORDS:
                words.pop()  # "Whipps" of "Surangel Whipps Jr."
            cand = (m.start, m.key, m.person_name)
            for surname in _surname_keys(words):
                surnames.setdefault(surname, []).append(cand)
            first_names.setdefault(words[0], []).append(cand)
            for k, w in enumerate(
                words[1:-1], 1
            ):  # "Lula" of "Luiz Inácio Lula da Silva"
                if len(w) > 3 and w[:1].isalpha() and not fathers_name(words, k):
                    inner_names.setdefault(w, []).append(cand)
            for k in range(1, len(words) - 1):  # "Al Jaber" of "Sultan Al Jaber"
                tails.setdefault(" ".join(words[k:]), []).append(cand)
        elif m.type == "person" and m.person_name and "-" in m.person_name.strip("-"):
            # "Gen Waker" of "General Waker-Uz-Zaman": a one-word hyphenated
            # name is known by its first part
            first = m.person_name.lower().strip(".,").split("-", 1)[0]
            if len(first) > 3:
                first_names.setdefault(first, []).append(
                    (m.start, m.key, m.person_name)
                )
    # person mentions that are a known full name's prefix/suffix words
    drafts: dict[tuple[str, ...], ActorDraft] = {}
    order: list[tuple[str, ...]] = []
    for m in mentions:
        key = m.key
        if m.type == "person" and m.person_name and len(name_words(m.person_name)) == 1:
            w = m.person_name.lower().strip(".,")
            cands = (
                surnames.get(w)
                or first_names.get(w)
                or inner_names.get(w)
                or nicknames.get(w)
            )
            cands = same_gender(m, cands or [], text)
            if cands:
                key = _full_name_for(cands, m.start, known)
        elif m.type == "person" and m.person_name:
            tail = " ".join(w.lower().strip(".,") for w in name_words(m.person_name))
            if tail in tails:
                key = _full_name_for(tails[tail], m.start, known)
        draft = drafts.get(key)
        if draft is None:
            draft = ActorDraft(
                key=key,
                name=m.name,
                type=m.type,
                country=m.country,
                igo=m.igo,
                sector=m.sector,
                code=m.code,
                context_country=m.context_country,
            )
            drafts[key] = draft
            order.append(key)
        else:
            merge_into(draft, m)
        if (m.start, m.end) not in draft.mentions and m.end > m.start:
            draft.mentions.append((m.start, m.end))
        for r in m.roles:
            if r not in draft.roles:
                draft.roles.append(r)
        if m.source and m.source not in draft.sources:
            draft.sources.append(m.source)
    # acronyms join the organization they abbreviate
    by_initials = {
        initials(d.name): d
        for d in drafts.values()
        if d.type != "person" and len(name_words(d.name)) > 1
    }
    for key in list(order):
        d = drafts[key]
        if not is_acronym(d.name):
            continue
        if d.type in {"other", "company", "media", "ngo", "government"}:
            target = by_initials.get(d.name.replace(".", "").upper())
            if target is None:
                target = _abbreviated(d, drafts.values())
        elif d.type == "person" and len(d.name) >= 3:
            target = _abbreviated(d, drafts.values())  # NER's PERSON "TEPCO"
        else:
            continue
        if target is not None and target is not d:
            merge_into(target, d)
            target.mentions.extend(d.mentions)
            del drafts[key]
            order.remove(key)
    return [drafts[k] for k in order]


def _surname_keys(words: list[str]) -> list[str]:
    """The lone words that may name a full name's holder by their family
    name: its last word, and that word without a glued Arabic article
    ("jubeir" of "Adel al-Jubeir"); none when the last word is a father's
    name ("Salman" of "Mohammed bin Salman" names King Salman)."""
    if fathers_name(words, len(words) - 1):
        return []
    bare = bare_family_name(words[-1])
    return [words[-1], bare] if bare else [words[-1]]


def same_gender(
    m: ActorMention, cands: list[Candidate], text: str = ""
) -> list[Candidate]:
    """The full names a lone name may join whose first name's gender agrees
    with the mention's honorific or gendered title ("Mr. Trump" never joins
    "Ivanka Trump"; "Mrs. Clinton" never "Bill Clinton"); all of them when
    the mention says no gender."""
    said = gender_of([*m.name.split(), *m.roles]) or (
        honorific_gender(text, m.start) if text else None
    )
    if said is None:
        return cands
    return [c for c in cands if gender_of_first_name(c[2]) in {said, None}]


def _full_name_for(
    cands: list[Candidate], start: int, known: Callable[[str], bool] | None
) -> tuple[str, ...]:
    keys = {c[1] for c in cands}
    if known is not None and len(keys) > 1:
        linked = {c[1] for c in cands if known(c[2])}
        if len(linked) == 1:
            return linked.pop()
    before = [c for c in cands if c[0] <= start] or cands
    return before[-1][1]


AGAINST_SECTORS: frozenset[str] = frozenset({"OPP", "REB"})
"""Sectors of a title that sets its holder against a state's government: an
opposition or rebel leader is never that state's nameless "leader"."""


def name_the_nameless(drafts: list[ActorDraft]) -> list[ActorDraft]:
    """ "Norway's foreign minister ... Foreign Minister Ingrid Solberg-Haug":
    a named person whose title ends with the head of exactly one nameless
    titled actor is that actor; the name takes its country and mentions."""
    nameless: dict[str, list[ActorDraft]] = {}
    for d in drafts:
        if d.type == "person" and d.key and d.key[0] == "body" and len(d.key) >= 5:
            nameless.setdefault(d.key[4], []).append(d)
    if not nameless:
        return drafts
    gone: set[int] = set()
    for d in drafts:
        if d.type != "person" or not d.key or d.key[0] != "person" or not d.roles:
            continue
        roles = " ".join(r.lower() for r in d.roles)
        for head, found in nameless.items():
            if len(found) != 1 or id(found[0]) in gone or not roles.endswith(head):
                continue
            other = found[0]
            if d.country and other.country and d.country != other.country:
                continue
            if d.igo and other.igo and d.igo != other.igo:
                continue
            if d.sector in AGAINST_SECTORS and other.sector != d.sector:
                continue  # "Opposition Leader X" is not "the Venezuelan leader"
            d.country = d.country or other.country
            d.igo = d.igo or other.igo
            d.sector = d.sector or other.sector
            d.mentions.extend(m for m in other.mentions if m not in d.mentions)
            d.sources.append("named later")
            gone.add(id(other))
            break
    return [d for d in drafts if id(d) not in gone]


def merge_into(draft: ActorDraft, m: ActorMention | ActorDraft) -> None:
    if (
        draft.type == "person"
        and m.type == "person"
        and len(name_words(m.name)) > len(name_words(draft.name))
    ):
        draft.name = m.name
    if draft.country is None and draft.igo is None and (m.country or m.igo):
        draft.country, draft.igo = m.country, m.igo
    if m.sector and (
        draft.sector is None or (draft.type == "person" and draft.sector == "CVL")
    ):
        draft.sector = m.sector
    if draft.code is None and m.code:
        draft.code = m.code
    if draft.context_country is None:
        draft.context_country = m.context_country
    if draft.type in {"other"} and m.type not in {"other", "place"}:
        draft.type = m.type
    if isinstance(m, ActorDraft):
        for r in m.roles:
            if r not in draft.roles:
                draft.roles.append(r)
        for s in m.sources:
            if s not in draft.sources:
                draft.sources.append(s)


def _abbreviated(
    acronym: ActorDraft, drafts: Iterable[ActorDraft]
) -> ActorDraft | None:
    """The one organization an acronym only NER knows spells by first
    syllables ("TEPCO": Tokyo Electric Power Company Holdings Inc.), if
    exactly one (a known acronym, "KUNA", is its own organization)."""
    if not set(acronym.sources) <= {"ner"}:
        return None
    found = [
        d
        for d in drafts
        if d is not acronym
        and d.type not in {"person", "place", "state"}
        and abbreviates(acronym.name, d.name)
    ]
    return found[0] if len(found) == 1 else None


_NAME_TAIL = re.compile(
    r"(?:\s+(?:of|in|for|on)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?\s*"
)
"""What may stand between a body's mention and the parenthesis of its
acronym: the rest of its name ("UN Support Mission" + " in Libya (UNSMIL)")."""


def parenthesized_acronyms(drafts: list[ActorDraft], text: str) -> list[ActorDraft]:
    """ "The Electoral Commission of South Africa (IEC) ... the IEC said": an
    acronym only NER knows, defined in parentheses right after a body's
    name (or the rest of it: "UN Support Mission in Libya (UNSMIL)"), is
    that body wherever it appears (its letters need not spell the
    name: "IEC" for the Independent Electoral Commission)."""
    ends: dict[int, ActorDraft] = {
        e: d
        for d in drafts
        if d.type not in {"person", "place", "state"}
        for _, e in d.mentions
    }
    gone: set[int] = set()
    for d in drafts:
        if not is_acronym(d.name) or not set(d.sources) <= {"ner"}:
            continue
        body = None
        for s, e in d.mentions:
            if text[e : e + 1] != ")" or not text[:s].rstrip().endswith("("):
                continue
            paren = text[:s].rstrip()[:-1]
            for end in range(len(paren), max(0, len(paren) - 60) - 1, -1):
                found = ends.get(end)
                if (
                    found is not None
                    and found is not d
                    and _NAME_TAIL.fullmatch(paren[end:])
                ):
                    body = found
                    break
            if body is not None:
                break
        if body is None:
            continue
        merge_into(body, d)
        body.mentions.extend(m for m in d.mentions if m not in body.mentions)
        gone.add(id(d))
    return [d for d in drafts if id(d) not in gone]
