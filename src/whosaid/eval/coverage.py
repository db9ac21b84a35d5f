"""Knowledge coverage self-test: do the shipped tables code the officeholders
they hold, when a wire story names them?

A seeded sample of the people tables' officeholders (heads of state and
government from the Factbook's monthly tables; foreign, defence, finance,
interior, justice and health ministers from the Wikidata cabinets and the
hand-written overrides), each on a day inside their term (``GOV``) or
some years after it (a former officeholder, ``ELI``), is written into
short sentences of the forms a wire story uses (:data:`FORMS`);
:func:`whosaid.process_many` analyzes them, and a case is right when the
actor holding the name has the person's country and the expected sector.
Misses are grouped by cause (:func:`cause`).  ``scripts/check_coverage.py``
prints the report.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from whosaid.actors.name_keys import SURNAME_FIRST, short_form, surname_word
from whosaid.actors.people import People, load_people
from whosaid.actors.tables import data_text, read_tsv
from whosaid.actors.terms import Office, Person, fold, link_on
from whosaid.records import Actor, Article, RawArticle

__all__ = [
    "FORMS",
    "Case",
    "Result",
    "cause",
    "check",
    "country_names",
    "role_of",
    "sample_cases",
    "summary",
]

FIRST_YEAR, LAST_YEAR = 2023, 2025
"""The years the sample's dates fall in."""

_ROLES: tuple[tuple[str, re.Pattern[str], str], ...] = (
    ("foreign", re.compile(r"\bforeign (aff|min)|\bexternal aff"), "Foreign Minister"),
    ("defence", re.compile(r"\bdefen[cs]e\b"), "Defence Minister"),
    ("finance", re.compile(r"\bfinances?\b|\btreasury\b"), "Finance Minister"),
    ("interior", re.compile(r"\binterior\b|\bhome affairs\b"), "Interior Minister"),
    ("justice", re.compile(r"\bjustice\b"), "Justice Minister"),
    ("health", re.compile(r"\bhealth\b"), "Health Minister"),
)  # fmt: skip
_NOT_MINISTER = re.compile(
    r"\b(deputy|vice|state|chief|staff|assistant|under|delegate|trade|"
    r"secretary of state|parliamentary|shadow|permanent)\b"
)
_HEAD_TITLES: dict[str, str] = {
    "president": "President",
    "prime minister": "Prime Minister",
    "premier": "Premier",
    "chancellor": "Chancellor",
    "king": "King",
    "amir": "Emir",
    "emir": "Emir",
    "sultan": "Sultan",
}

FORMS: tuple[str, ...] = (
    "title",
    "apposition",
    "bare",
    "country",
    "second",
    "short",
    "ascii",
    "lower",
    "mister",
)
"""The sentence forms: ``title`` "Foreign Minister NAME said on Monday that
..."; ``apposition`` "NAME, the country's foreign minister, said ...";
``bare`` "NAME said ..." (no title); ``country`` "COUNTRY's Foreign Minister
NAME said ..."; ``second`` the surname alone in a second sentence, after a
titled first mention ("SURNAME added that ..."); ``short`` "Foreign Minister
FIRST LAST said ..." (the first and last words of a longer name); ``ascii``
"NAME said ..." with the accents dropped ("Lopez" for "López"); ``lower``
"The foreign minister, NAME, said ..."; ``mister`` the surname after "Mr."
or "Ms." (by the tables' gender; "Dr." when they give none) in a second
sentence."""


@dataclass(frozen=True, slots=True)
class Case:
    """One officeholder named in one sentence form on one day."""

    pid: str
    name: str
    country: str
    role: str
    title: str
    date: str
    sector: str
    """The expected sector: ``GOV`` in office, ``ELI`` former."""
    form: str
    text: str
    start: int
    """Where the checked mention of the name begins in ``text``."""
    end: int


@dataclass(frozen=True, slots=True)
class Result:
    case: Case
    country: str | None
    sector: str | None
    kb_id: str | None
    found: bool
    """Whether an actor holds the checked mention."""

    @property
    def right(self) -> bool:
        return self.country == self.case.country and self.sector == self.case.sector


def role_of(office: Office) -> tuple[str, str] | None:
    """``(role, title)`` of an office the sample uses: a head of state or
    government (the Factbook's fields) or one of four ministers; ``None``
    for any other office."""
    label = office.office
    low = label.lower()
    if office.source == "cia":
        field, _, rest = low.partition(":")
        title = _HEAD_TITLES.get(rest.strip())
        if title is None:
            return None
        role = "head of state" if field.startswith("chief") else "head of government"
        return role, title
    if office.source not in {"ep", "ovr"} or not low.startswith(
        ("minister", "secretary")
    ):
        return None
    if _NOT_MINISTER.search(low) or " and " in low:
        return None
    for role, pattern, title in _ROLES:
        if pattern.search(low):
            return role, title
    return None


def country_names() -> dict[str, str]:
    """ISO3 code -> the country's canonical short English name."""
    names: dict[str, str] = {}
    for row in read_tsv(data_text("countries.tsv")):
        names.setdefault(row["country"], row["name"])
    return names


def _day_in(rng: random.Random, office: Office) -> str | None:
    """A random mid-month day the term covers within the sample's years;
    ``None`` when it covers none of them."""
    days = [
        f"{y}-{m:02d}-15"
        for y in range(FIRST_YEAR, LAST_YEAR + 1)
        for m in range(1, 13)
    ]
    days = [d for d in days if office.held_on(d)]
    return rng.choice(days) if days else None


def _terms(people: People) -> Iterable[tuple[Person, Office, str, str]]:
    for k in range(len(people.ids)):
        a, b = people.office_rows[k]
        if a == b and people.ids[k] not in people.extra_offices:
            continue
        person = people.person(k)
        for office in person.offices:
            if office.country is None or office.sector != "GOV":
                continue
            role = role_of(office)
            if role is not None:
                yield person, office, role[0], role[1]


def sample_cases(
    n: int = 200, *, seed: int = 13, forms: Sequence[str] = FORMS
) -> list[Case]:
    """``n`` cases (spread evenly over roles, then countries), each in one of
    ``forms`` (in turn); deterministic for a seed."""
    rng = random.Random(seed)
    people = load_people()
    names = country_names()
    pool: dict[tuple[str, str], list[tuple[Person, Office, str, str]]] = {}
    for person, office, role, title in _terms(people):
        if office.country in names:
            pool.setdefault((role, office.country), []).append(
                (person, office, role, title)
            )
    keys = sorted(pool)
    cases: list[Case] = []
    tries = 0
    while len(cases) < n and tries < n * 50:
        tries += 1
        roles = sorted({r for r, _ in keys})
        role = rng.choice(roles)
        country = rng.choice(sorted(c for r, c in keys if r == role))
        person, office, _, title = rng.choice(pool[(role, country)])
        case = _case(
            rng,
            people,
            names,
            person,
            office,
            role,
            title,
            forms[len(cases) % len(forms)],
        )
        if case is not None and all(c.pid != case.pid for c in cases):
            cases.append(case)
    return cases


def _case(
    rng: random.Random,
    people: People,
    names: dict[str, str],
    person: Person,
    office: Office,
    role: str,
    title: str,
    form: str,
) -> Case | None:
    former = rng.random() < 0.2 and bool(office.end)
    if former:
        year = int(office.end[:4]) + rng.randint(1, 3)
        if not FIRST_YEAR <= year <= LAST_YEAR:
            return None
        date = f"{year}-{rng.randint(1, 12):02d}-15"
    else:
        picked = _day_in(rng, office)
        if picked is None:
            return None
        date = picked
    lk = link_on(person, date)
    if lk is None or lk.country != office.country:
        return None  # another office codes them that day: not this test's
    if former != lk.former:
        return None
    name = person.name
    if not re.fullmatch(r"[^\W\d_][\w'’.\- ]+", name) or len(name.split()) < 2:
        return None
    if fold(name).split()[-1] in _RANKS:
        return None  # "Idriss Deby Itno Lt Gen": a rank glued to the name
    sector = "ELI" if former else "GOV"
    return _write(
        person.id, name, office.country or "", role, title, date, sector, form, names
    )


_HONORIFIC = {"m": "Mr.", "f": "Ms."}
_SAID = " said on Monday that the government would not change its position."


def _write(
    pid: str,
    name: str,
    country: str,
    role: str,
    title: str,
    date: str,
    sector: str,
    form: str,
    names: dict[str, str],
) -> Case:
    where = names[country]
    former = "former " if sector == "ELI" else ""
    cap_title = (former.capitalize() + title) if former else title
    lead = f"Officials in {where} met on Sunday. "
    label = form
    words = [w for w in name.split() if fold(w) not in _SUFFIXES]
    if form == "short":
        name = _short_name(words, country)
        form = "title"
    elif form == "ascii":
        name = _unaccented(name)
        form = "bare"
    if form == "title":
        text = f"{lead}{cap_title} {name}{_SAID}"
        start = len(lead) + len(cap_title) + 1
    elif form == "apposition":
        text = f"{lead}{name}, the country's {former}{title.lower()},{_SAID[:-1]}."
        start = len(lead)
    elif form == "bare":
        text = f"{lead}{name}{_SAID}"
        start = len(lead)
    elif form == "country":
        head = f"{where}'s {former}{title} "
        text = f"{head}{name}{_SAID}"
        start = len(head)
    elif form == "lower":
        head = f"{lead}The {former}{title.lower()}, "
        text = f"{head}{name},{_SAID}"
        start = len(head)
    else:
        surname = words[0] if country in SURNAME_FIRST else words[-1]
        if country in NO_SURNAME:
            surname = name
        if form == "mister":
            surname = (
                f"{_HONORIFIC.get(load_people().gender(pid) or '', 'Dr.')} {surname}"
            )
        first = f"{lead}{cap_title} {name}{_SAID} "
        text = f"{first}{surname} added that talks would go on."
        return Case(pid, name, country, role, title, date, sector, label, text,
                    len(first), len(first) + len(surname))  # fmt: skip
    end = start + len(name)
    return Case(pid, name, country, role, title, date, sector, label, text, start, end)


_RANKS = frozenset({"gen", "col", "lt", "maj", "dr"})
_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
NO_SURNAME: frozenset[str] = frozenset({"MMR", "IDN", "ISL"})
"""Countries whose names have no surname a second mention uses alone."""


def _short_name(words: list[str], country: str) -> str:
    """The name a story shortens ``words`` to: "Manuel Marrero" (of
    "Manuel Marrero Cruz": the father's surname), "Anura Dissanayake",
    "Sultan al-Habsi"; a name with other particles ("Bart De Wever", "José
    Ulisses Correia e Silva") or of two words stays whole."""
    if len(words) < 3:
        return " ".join(words)
    folded = fold(" ".join(words)).split()
    paternal = surname_word(folded, country)
    if paternal is not None:  # "Manuel Marrero" of "Manuel Marrero Cruz"
        return f"{words[0]} {words[-2]}"
    short = short_form(folded, country)
    if short is None:
        return " ".join(words)
    tail = short.split()[1:]
    for n in (1, 2):
        if fold(" ".join(words[-n:])).split() == tail:
            return " ".join([words[0], *words[-n:]])
    return " ".join(words)


def _unaccented(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _holder(article: Article, case: Case) -> Actor | None:
    for actor in article.actors:
        for span in actor.mentions:
            if (
                span.start <= case.start < span.end
                or case.start <= span.start < case.end
            ):
                return actor
    return None


def check(cases: Sequence[Case]) -> list[Result]:
    """Analyze every case's text on its date; one result per case."""
    import whosaid

    raws = [
        RawArticle(id=f"c{i}", text=c.text, date=c.date) for i, c in enumerate(cases)
    ]
    results = []
    for case, article in zip(cases, whosaid.process_many(raws), strict=True):
        actor = _holder(article, case)
        results.append(
            Result(
                case,
                actor.country if actor else None,
                actor.sector if actor else None,
                actor.kb_id if actor else None,
                actor is not None,
            )
        )
    return results


def cause(result: Result, people: People | None = None) -> str:
    """Why a case missed: ``no actor``, ``not linked`` (with what the
    tables say of the name that day: ``no such name``, ``several
    entries``, ``date``), ``other entry``, ``wrong country``, ``no
    sector``, ``wrong sector``."""
    case = result.case
    people = people or load_people()
    if not result.found:
        return "no actor"
    if result.kb_id is None:
        name = case.name if case.form != "second" else case.name.split()[-1]
        found = people.candidates(name)
        if not found:
            return "not linked: no such name"
        if len(found) > 1 and people.link(name, case.date) is None:
            return "not linked: several entries"
        if people.link(name, case.date) is None:
            return "not linked: date"
        return "not linked: text"
    if result.kb_id != case.pid:
        return "other entry"
    if result.country != case.country:
        return "wrong country"
    if result.sector is None:
        return "no sector"
    return f"wrong sector ({result.sector} for {case.sector})"


def summary(results: Sequence[Result]) -> tuple[float, Counter[str], Counter[str]]:
    """The share right, misses by cause, and right/total by form."""
    right = sum(r.right for r in results)
    causes = Counter(cause(r) for r in results if not r.right)
    forms: Counter[str] = Counter()
    for r in results:
        forms[f"{r.case.form} total"] += 1
        forms[f"{r.case.form} right"] += r.right
    return (right / len(results) if results else 0.0), causes, forms


def key_of(name: str) -> str:
    """The folded form of a name (for reports)."""
    return fold(name)
