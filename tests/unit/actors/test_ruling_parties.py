"""The parties of a country's heads on a date, and party leaders out of
power (issue 9, session 18: codes31).  Offices written for these tests."""

from __future__ import annotations

from whosaid.actors.ruling_parties import (
    HeadParties,
    heads_and_parties,
    leads_party_out_of_power,
    party_head_title,
    party_led,
)
from whosaid.actors.terms import Link, Office, Person


def _office(label: str, start: str, end: str = "", *, sector: str = "GOV") -> Office:
    source = "cia-party" if label.startswith("party leader") else "cia"
    return Office("XAA", None, sector, label, start, end, source)


HEAD = (
    _office("chief of state: President", "2010-01-01"),
    _office("party leader - Union Party", "2013-12", sector="PTY"),
)
RIVAL = (_office("party leader - Freedom Front", "2015-04", sector="PTY"),)
MINISTER = (
    _office("party leader - Freedom Front", "2015-04", sector="PTY"),
    Office("XAA", None, "GOV", "Minister of Finance", "2016-01-01", "", "ep"),
)


def _heads(*people: tuple[Office, ...]) -> HeadParties:
    return HeadParties(heads_and_parties(people))


def _link(offices: tuple[Office, ...]) -> Link:
    return Link(Person("x1", "Ana Vero", offices), offices[0], former=False)


def test_party_led_reads_both_label_forms() -> None:
    assert party_led(_office("party leader - Union Party", "2013", sector="PTY"))
    assert party_led(_office("party leader: Union Party", "2013", sector="PTY")) == (
        "Union Party"
    )
    assert party_led(_office("chief of state: President", "2013")) is None


def test_the_heads_lead_their_party_on_the_date() -> None:
    heads = _heads(HEAD, RIVAL)
    assert heads.on("XAA", "2018-05-01") == frozenset({"Union Party"})
    assert heads.on("XAA", "2012-05-01") is None  # no party term yet
    assert heads.on("XBB", "2018-05-01") is None


def test_a_leader_of_another_party_is_out_of_power() -> None:
    assert leads_party_out_of_power(_link(RIVAL), "2018-05-01", _heads(HEAD, RIVAL))


def test_the_heads_own_party_leader_is_not() -> None:
    assert not leads_party_out_of_power(_link(HEAD), "2018-05-01", _heads(HEAD))


def test_a_leader_holding_a_state_office_is_not() -> None:
    heads = _heads(HEAD, MINISTER)
    assert not leads_party_out_of_power(_link(MINISTER), "2018-05-01", heads)


def test_the_tables_say_nothing_without_a_date_or_a_heads_party() -> None:
    assert not leads_party_out_of_power(_link(RIVAL), None, _heads(HEAD, RIVAL))
    assert not leads_party_out_of_power(_link(RIVAL), "2016-01-01", _heads(HEAD[:1]))
    assert not leads_party_out_of_power(_link(RIVAL), "2014-01-01", _heads(HEAD))


def test_party_head_title() -> None:
    assert party_head_title(["MDC leader"])
    assert party_head_title(["Congress president"])
    assert not party_head_title(["President"])
    assert not party_head_title(["MDC leader", "Finance Minister"])
    assert not party_head_title([])
