"""Probe `actors.fuzzy_names` on the people tables themselves (no parse).

    PYTHONPATH=src python scripts/probe_fuzzy_names.py

1. Variants of real officeholders, dated on the first day of an office and
   titled with it: the name with its middle names dropped, and a common
   Arabic given name respelled (Mohammed/Muhammad, Ahmed/Ahmad, ...): how
   many link exactly, by the fallback to the right person (or the same
   code), to a wrong one, or not at all.
2. Fictional names (one person's given name, another's surname, dated and
   titled with the surname holder's office): every link is a wrong person.
"""

from __future__ import annotations

import random
from collections import Counter

from whosaid.actors.fuzzy_names import fuzzy_link
from whosaid.actors.people import People, load_people
from whosaid.actors.terms import link_on

RESPELL = {
    "mohammed": "muhammad", "muhammad": "mohammed", "mohamed": "muhammed",
    "ahmed": "ahmad", "ahmad": "ahmed", "youssef": "yusuf", "yusuf": "youssef",
    "hussein": "husain", "hassan": "hasan", "abdullah": "abdallah",
    "abdallah": "abdullah",
}  # fmt: skip


def _dated_office(people: People, k: int) -> tuple[str, list[str]] | None:
    offices = [
        o
        for o in people.person(k).offices
        if o.sector and len(o.start) >= 10 and o.office
    ]
    if not offices:
        return None
    return offices[0].start, [offices[0].office.split(":")[-1].strip()]


def variants(people: People, order: list[int], limit: int = 6000) -> Counter[str]:
    out: Counter[str] = Counter()
    for k in order[:limit]:
        dated = _dated_office(people, k)
        person = people.person(k)
        truth = link_on(person, dated[0]) if dated else None
        if dated is None or truth is None:
            continue
        date, roles = dated
        words = people.names[k].split()
        forms = []
        if len(words) >= 3 and all(w.isalpha() for w in words):
            forms.append(("drop_middle", f"{words[0]} {words[-1]}"))
        if words[0].lower() in RESPELL:
            respelled = RESPELL[words[0].lower()].title()
            forms.append(("respelled", " ".join([respelled, *words[1:]])))
        for kind, form in forms:
            if people.link(form, date, roles=roles) is not None:
                out[f"{kind} exact"] += 1
            elif (lk := fuzzy_link(people, form, date, roles=roles)) is None:
                out[f"{kind} none"] += 1
            else:
                same = lk.person.id == person.id or (lk.country, lk.igo, lk.sector) == (
                    truth.country,
                    truth.igo,
                    truth.sector,
                )
                out[f"{kind} fallback {'right' if same else 'WRONG'}"] += 1
    return out


def fictional(people: People, order: list[int], rng: random.Random) -> Counter[str]:
    firsts = [n.split()[0] for n in people.names if len(n.split()) >= 2]
    out: Counter[str] = Counter()
    for k in order:
        words = people.names[k].split()
        dated = _dated_office(people, k)
        if len(words) < 2 or not words[-1].isalpha() or dated is None:
            continue
        first = rng.choice(firsts)
        if first.lower() == words[0].lower():
            continue
        form = f"{first} {words[-1]}"
        if people.link(form, dated[0], roles=dated[1]) is not None:
            out["exact link (wrong)"] += 1
        elif (lk := fuzzy_link(people, form, dated[0], roles=dated[1])) is not None:
            out["fallback link (wrong)"] += 1
            print("fictional", form, dated, "->", lk.person.name, lk.country, lk.sector)
        else:
            out["none"] += 1
        if sum(out.values()) >= 5000:
            break
    return out


def main() -> None:
    people = load_people()
    order = list(range(len(people.names)))
    random.Random(26).shuffle(order)
    print("variants:", dict(sorted(variants(people, order).items())))
    rng = random.Random(9)
    order2 = list(range(len(people.names)))
    rng.shuffle(order2)
    print("fictional:", dict(sorted(fictional(people, order2, rng).items())))


if __name__ == "__main__":
    main()
