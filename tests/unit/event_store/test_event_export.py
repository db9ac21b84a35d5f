"""The GDELT-like events export (CSV, JSON Lines, Parquet) and events in --out-parquet.

Dtypes are checked without pandas: the CSV with the csv module (every cell
parses as its documented type), the Parquet with pyarrow (its schema).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

import pytest
from tests.event_articles import ARTICLES

from whosaid.records import RawArticle
from whosaid.scale.parquet import (
    EVENT_COLUMNS,
    iter_parquet,
    load_parquet,
    prepare_dir,
    write_partition,
)
from whosaid.store import Store, get_article, open_read_only
from whosaid.store.export import ExportFormat, export_tables
from whosaid.store.gdelt import GDELT_COLUMNS, global_event_id

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

README = Path(__file__).parents[3] / "README.md"
NAMES = [name for name, _ in GDELT_COLUMNS]
REQUIRED = {
    "GLOBALEVENTID",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "IsNegated",
    "EvidenceSpans",
    "EventId",
    "ArticleId",
    "Method",
    "Confidence",
}
ARROW = {"int64": pa.int64(), "float64": pa.float64(), "string": pa.string()}


def _export(corpus: Path, out: Path, fmt: ExportFormat) -> Path:
    conn = open_read_only(corpus)
    [path] = export_tables(conn, out, fmt, tables=["events"])
    conn.close()
    return path


def test_csv_cells_parse_as_the_documented_types(corpus: Path, tmp_path: Path) -> None:
    path = _export(corpus, tmp_path / "csv", ExportFormat.CSV)
    assert path.name == "events.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle)
        header = next(reader)
        rows = [dict(zip(header, row, strict=True)) for row in reader]
    assert header == NAMES
    assert len(rows) == sum(len(a.events) for a in ARTICLES)
    for row in rows:
        for name, kind in GDELT_COLUMNS:
            cell = row[name]
            if name in REQUIRED:
                assert cell != "", (row["EventId"], name)
            if cell == "":
                continue
            if kind == "int64":
                assert re.fullmatch(r"-?\d+", cell), (name, cell)
            elif kind == "float64":
                float(cell)
    by_id = {row["EventId"]: row for row in rows}
    row = by_id["wire-1:e1"]
    assert {k: row[k] for k in NAMES[:22]} == {
        "GLOBALEVENTID": str(global_event_id("wire-1:e1")),
        "SQLDATE": "20240304",
        "MonthYear": "202403",
        "Year": "2024",
        "FractionDate": str(round(2024 + 63 / 366, 4)),
        "Actor1Code": "USAGOV",
        "Actor1Name": "United States",
        "Actor1CountryCode": "USA",
        "Actor1KnownGroupCode": "",
        "Actor1Type1Code": "GOV",
        "Actor2Code": "RUS",
        "Actor2Name": "Russia",
        "Actor2CountryCode": "RUS",
        "Actor2KnownGroupCode": "",
        "Actor2Type1Code": "",
        "EventCode": "0241",
        "EventBaseCode": "024",
        "EventRootCode": "02",
        "QuadClass": "1",
        "GoldsteinScale": "3.0",
        "SOURCEURL": "https://example.org/wire-1",
        "IsNegated": "0",
    }
    assert row["EvidenceText"] == "urged Russia to restore the talks"
    assert json.loads(row["EvidenceSpans"])[0]["text"] == row["EvidenceText"]
    assert row["AttributionId"] == "wire-1:a1"
    assert (row["ArticleId"], row["Actor1Id"]) == ("wire-1", "wire-1:actor1")
    # codes keep their leading zeros; the IGO and the missing target
    assert by_id["wire-1:e2"]["EventCode"] == "036"
    un = by_id["wire-3:e3"]
    assert (un["Actor1Code"], un["Actor1KnownGroupCode"], un["Actor2Code"]) == (
        "IGOUNO",
        "UN",
        "",
    )
    assert by_id["wire-2:e1"]["IsNegated"] == "1"
    assert by_id["wire-2:e0"]["Modality"] == "threat"
    assert by_id["wire-3:e2"]["SQLDATE"] == "20240228"  # the event's own date
    assert by_id["wire-4:e0"]["SQLDATE"] == ""  # undated
    assert len({row["GLOBALEVENTID"] for row in rows}) == len(rows)


def test_parquet_schema_is_the_documented_one(corpus: Path, tmp_path: Path) -> None:
    path = _export(corpus, tmp_path / "pq", ExportFormat.PARQUET)
    table = pq.read_table(path)
    assert table.schema == pa.schema([(n, ARROW[k]) for n, k in GDELT_COLUMNS])
    rows = {r["EventId"]: r for r in table.to_pylist()}
    assert rows["wire-1:e1"]["SQLDATE"] == 20240304
    assert rows["wire-1:e1"]["GoldsteinScale"] == 3.0
    assert rows["wire-1:e1"]["EventCode"] == "0241"
    assert rows["wire-4:e0"]["SQLDATE"] is None
    for name in REQUIRED:
        assert table.column(name).null_count == 0, name


def test_jsonl_export_has_spans_as_arrays(corpus: Path, tmp_path: Path) -> None:
    path = _export(corpus, tmp_path / "jsonl", ExportFormat.JSONL)
    records = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
    ]
    assert [list(r) for r in records[:1]] == [NAMES]
    first = next(r for r in records if r["EventId"] == "wire-1:e0")
    assert first["EvidenceSpans"][0]["text"] == "accused Washington of meddling"
    assert first["QuadClass"] == 3


def test_an_empty_corpus_exports_the_header_and_schema(tmp_path: Path) -> None:
    with Store(tmp_path / "empty.db"):
        pass
    conn = open_read_only(tmp_path / "empty.db")
    csv_path, pq_path = (
        export_tables(conn, tmp_path / fmt.value, fmt, tables=["events"])[0]
        for fmt in (ExportFormat.CSV, ExportFormat.PARQUET)
    )
    conn.close()
    assert csv_path.read_text(encoding="utf-8").strip() == ",".join(NAMES)
    assert pq.read_table(pq_path).num_rows == 0


def test_readme_documents_every_export_column_and_type() -> None:
    text = README.read_text(encoding="utf-8")
    documented = re.findall(r"^\| `(\w+)` \| (int64|float64|string) \|", text, re.M)
    assert documented == list(GDELT_COLUMNS)


# --- events in extract --out-parquet ------------------------------------------


def test_out_parquet_round_trips_events(tmp_path: Path) -> None:
    folder = prepare_dir(tmp_path / "out")
    raws = [RawArticle(id=a.id, url=a.url, date=a.date, text=a.text) for a in ARTICLES]
    name = write_partition(folder, ARTICLES, raws)
    events = pq.read_table(folder / "events" / name)
    assert [(f.name, str(f.type)) for f in events.schema] == [
        (n, "bool" if k == "bool" else ARROW[k].__str__()) for n, k in EVENT_COLUMNS
    ]
    assert events.num_rows == sum(len(a.events) for a in ARTICLES)
    back = [s.article for s in iter_parquet(folder)]
    assert back == list(ARTICLES)
    with Store(tmp_path / "loaded.db") as store:
        load_parquet(store, folder)
        conn = store.read_only()
        stored = get_article(conn, "wire-3")
        conn.close()
    assert stored is not None and stored.events == ARTICLES[2].events


def test_a_parquet_folder_without_events_reads_back_without_events(
    tmp_path: Path,
) -> None:
    folder = prepare_dir(tmp_path / "old")
    name = write_partition(folder, ARTICLES[:1], [None])
    (folder / "events" / name).unlink()  # as written before events existed
    [stored] = iter_parquet(folder)
    assert stored.article.events == ()
    assert stored.article.actors == ARTICLES[0].actors
