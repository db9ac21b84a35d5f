"""Actor knowledge files: shipped tables, users' CSV/YAML files, codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from whosaid.actors import cameo_code, load_knowledge, read_user_actors
from whosaid.actors.knowledge import _read_tsv
from whosaid.errors import ConfigError

DATA = Path(__file__).resolve().parents[3] / "src" / "whosaid" / "actors" / "data"


def _split(text: str) -> list[str]:
    return text.split()


def test_cameo_code_concatenates_country_and_sector() -> None:
    assert cameo_code("RUS", None, None) == "RUS"
    assert cameo_code("RUS", None, "GOV") == "RUSGOV"
    assert cameo_code("PRK", None, "MED") == "PRKMED"
    assert cameo_code(None, "UN", None, igo_codes={"UN": "IGOUNO"}) == "IGOUNO"
    assert cameo_code(None, None, "NGO") == "NGO"
    assert cameo_code(None, None, None) is None
    assert cameo_code("USA", None, "GOV", fixed="XYZ") == "XYZ"


def test_user_csv_rows_are_read(tmp_path: Path) -> None:
    f = tmp_path / "mine.csv"
    f.write_text(
        "pattern,name,country,igo,sector,type\n"
        "Ministry of Truth,Ministry of Truth,GBR,,GOV,government\n",
        encoding="utf-8",
    )
    rows = read_user_actors(f)
    assert rows == [
        {
            "pattern": "Ministry of Truth",
            "name": "Ministry of Truth",
            "country": "GBR",
            "igo": "",
            "sector": "GOV",
            "type": "government",
        }
    ]


def test_user_yaml_rows_are_read(tmp_path: Path) -> None:
    f = tmp_path / "mine.yaml"
    f.write_text(
        "- pattern: Acme Corp\n  name: Acme\n  country: USA\n  sector: BUS\n"
        "  type: company\n",
        encoding="utf-8",
    )
    assert read_user_actors(f)[0]["name"] == "Acme"


@pytest.mark.parametrize(
    ("content", "suffix", "message"),
    [
        ("pattern,name,country\nX,X,RUSSIA\n", ".csv", "alpha-3"),
        ("pattern,name,sector\nX,X,ARMY\n", ".csv", "unknown sector"),
        ("pattern,name,type\nX,X,planet\n", ".csv", "unknown actor type"),
        ("name,country\nX,RUS\n", ".csv", "no pattern"),
        ("pattern: [unclosed\n", ".yaml", "not valid YAML"),
        ("just a string\n", ".yaml", "expected a list"),
    ],
)
def test_bad_user_files_say_what_is_wrong(
    tmp_path: Path, content: str, suffix: str, message: str
) -> None:
    f = tmp_path / f"bad{suffix}"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_knowledge(_split, [f])


def test_missing_user_file_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read actor file"):
        read_user_actors(tmp_path / "nope.csv")


def test_user_rows_override_shipped_rows(tmp_path: Path) -> None:
    f = tmp_path / "override.csv"
    f.write_text(
        "pattern,name,country,igo,sector,type\nKremlin,Kremlin,USA,,LEG,government\n",
        encoding="utf-8",
    )
    shipped = load_knowledge(_split)
    mine = load_knowledge(_split, [f])
    assert shipped.names[("kremlin",)][0].country == "RUS"
    entry = mine.names[("kremlin",)][0]
    assert (entry.country, entry.sector, entry.kind) == ("USA", "LEG", "user")
    assert len(mine.names[("kremlin",)]) == 1


def test_shipped_tables_parse_and_use_valid_codes() -> None:
    kb = load_knowledge(_split)
    assert len(kb.country_names) >= 190
    assert kb.country_names["RUS"] == "Russia"
    assert kb.country_names["PRK"] == "North Korea"
    assert kb.igo_codes["UN"] == "IGOUNO"
    for entries in kb.names.values():
        for e in entries:
            assert (
                e.country is None or e.country in kb.country_names or e.country == "XKX"
            ), e
    for d in kb.demonyms.values():
        assert d.country in kb.country_names, d


@pytest.mark.parametrize(
    "name",
    [
        "countries.tsv",
        "country_aliases.tsv",
        "demonyms.tsv",
        "places.tsv",
        "seats.tsv",
        "organizations.tsv",
        "sectors.tsv",
        "nominals.tsv",
        "context.tsv",
    ],
)
def test_every_shipped_file_notes_its_source(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")
    header = [ln for ln in text.splitlines() if ln.startswith("#")]
    assert header, f"{name} has no header comment"
    assert any("source" in ln.lower() for ln in header), f"{name} names no source"
    rows = _read_tsv(text)
    assert rows, f"{name} has no rows"
