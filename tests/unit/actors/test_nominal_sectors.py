"""A nominal that refers back to an organisation with no sector gives it the
sector its noun says ("the rights group" NGO, "the carmaker" BUS; issue 9),
and a person named by it (", the union's president") takes its code: on
hand-built spaCy Docs (no statistical model) and through the pipeline."""

from __future__ import annotations

import pytest
import spacy

import whosaid
from whosaid.actors import load_knowledge
from whosaid.actors.model import ActorDraft, ActorIndex, index_document
from whosaid.actors.nominals import nominal_sector, nominal_sectors

NLP = spacy.blank("en")
KB = load_knowledge(NLP.tokenizer)


def _index(text: str) -> ActorIndex:
    return index_document(NLP(text), KB, ())


@pytest.mark.parametrize(
    ("nominal", "sector"),
    [
        ("the rights group", "NGO"),
        ("the think tank", "NGO"),
        ("the watchdog group", "NGO"),
        ("the carmaker", "BUS"),
        ("the chipmaker", "BUS"),
        ("the company", "BUS"),
        ("the miner", "BUS"),
        ("the bloc", None),  # an IGO's nominal gives no sector
        ("the party", None),
        ("the group", None),  # armed group, party or firm: the noun says nothing
    ],
)
def test_the_sector_a_nominal_names(nominal: str, sector: str | None) -> None:
    text = f"Acme said so. Then {nominal} said more."
    start = text.index(nominal)
    assert nominal_sector(_index(text), start, start + len(nominal)) == sector


def _draft(name: str, type: str, spans: list[tuple[int, int]]) -> ActorDraft:
    return ActorDraft(
        key=("org", name.lower()),
        name=name,
        type=type,
        country="VEN",
        igo=None,
        sector=None,
        code=None,
        mentions=spans,
    )


def test_an_organisation_without_a_sector_takes_its_nominals() -> None:
    text = "Grupo Amanecer published a report. The rights group said 300 were held."
    nominal = (text.index("The rights"), text.index(" said"))
    org = _draft("Grupo Amanecer", "other", [(0, 14), nominal])
    nominal_sectors(_index(text), [org])
    assert (org.type, org.sector) == ("ngo", "NGO")
    assert "nominal" in org.sources


def test_a_sector_already_known_and_other_actor_types_stay() -> None:
    text = "Grupo Amanecer published a report. The rights group said 300 were held."
    nominal = (text.index("The rights"), text.index(" said"))
    union = _draft("Grupo Amanecer", "other", [(0, 14), nominal])
    union.sector = "LAB"
    person = _draft("Grupo Amanecer", "person", [(0, 14), nominal])
    nominal_sectors(_index(text), [union, person])
    assert (union.sector, person.sector) == ("LAB", None)


def test_a_nominal_of_the_wrong_kind_gives_nothing() -> None:
    # "the bloc" refers back to an IGO: it names no organisation's sector
    text = "Grupo Amanecer published a report. The bloc said 300 were held."
    nominal = (text.index("The bloc"), text.index(" said"))
    org = _draft("Grupo Amanecer", "other", [(0, 14), nominal])
    nominal_sectors(_index(text), [org])
    assert org.sector is None


def test_a_rights_group_named_before_its_nominal_source_is_ngo() -> None:
    article = whosaid.process(
        "Grupo Amanecer, a group based in Caracas, published a report on "
        "Tuesday. The rights group said 300 people were detained."
    )
    codes = {a.name: a.code for a in article.actors}
    assert codes.get("Grupo Amanecer") == "NGO"


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        (
            "The United Steelworkers union opposed the takeover. David McCall, "
            "the union's international president, said the decision was right.",
            "David McCall",
            "USALAB",
        ),
        (
            "Safaricom reported a record profit. Peter Ndegwa, the company's "
            "chief executive, said growth would continue.",
            "Peter Ndegwa",
            "KENBUS",
        ),
    ],
)
def test_a_person_named_by_the_organisation_before_takes_its_code(
    text: str, name: str, code: str
) -> None:
    codes = {a.name: a.code for a in whosaid.process(text).actors}
    assert codes.get(name) == code


def test_a_possessive_apposition_needs_an_organisation_of_its_kind() -> None:
    # no union named before: "the union's" gives no sector
    text = "Safaricom reported a profit. Jane Wanjiru, the union's secretary, said so."
    codes = {a.name: a.code for a in whosaid.process(text).actors}
    assert codes.get("Jane Wanjiru") in {None, "KEN"}
