"""Tests for the whosaid command line.

Most tests run twice through the ``engine`` fixture: once with a stand-in
for ``whosaid.pipeline`` (fast; it turns every input into a record the way
the pipeline's contract says, so the CLI's plumbing is tested on its own),
and once with the real pipeline and models (marked ``model``).
"""

from __future__ import annotations

import json
import subprocess
import sys
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.factories import make_article, make_attribution
from typer.testing import CliRunner

import whosaid
from whosaid.attribution.bounds import load_model as load_bounds
from whosaid.cli import EXIT_ERROR, EXIT_FAILED, EXIT_OK, EXIT_USAGE, _common, app
from whosaid.errors import ModelError
from whosaid.ingest import InputFailure
from whosaid.records import Article, Attribution, ErrorInfo, RawArticle, Span

EXAMPLE = Path(__file__).parents[3] / "examples" / "wire_article.txt"

ARTICLE = (
    "Talks resume in Oslo\n\n"
    "“We are ready to sign,” Foreign Minister Anna Berg said on Monday.\n\n"
    "The ministry said in a statement that the talks would resume in March.\n"
)
OTHER = '"It is a setback," the spokesman said after the vote.\n'

runner = CliRunner()


# --- the stand-in pipeline -------------------------------------------------------


def _fake_article(item: Any) -> Article:
    raw, warnings = item if isinstance(item, tuple) else (item, ())
    error = None
    text = ""
    attributions: tuple[Attribution, ...] = ()
    if isinstance(raw, InputFailure):
        error = ErrorInfo(code=raw.code, message=raw.message)
    else:
        assert isinstance(raw, RawArticle)
        text = raw.text if raw.text is not None else (raw.html or "")
        if not text.strip():
            error = ErrorInfo(code="input.empty", message="no text")
            text = ""
        elif "said" in text:
            cue = text.index("said")
            attributions = (
                make_attribution(
                    id=f"{raw.id}-a1",
                    cue=(Span.of(text, cue, cue + 4),),
                    content=(Span.of(text, 0, cue),),
                    confidence=1.0,
                    method="fake",
                ),
            )
    return make_article(
        text,
        id=raw.id,
        path=raw.path,
        url=getattr(raw, "url", None),
        date=getattr(raw, "date", None),
        attributions=attributions,
        warnings=tuple(warnings),
        error=error,
        model="fake",
    )


class FakePipeline(types.ModuleType):
    """Stands in for ``whosaid.pipeline``; records the ids it was given."""

    def __init__(self) -> None:
        super().__init__("whosaid.pipeline")
        self.ids: list[str] = []
        self.schemes: list[str] = []

    def process_many(
        self,
        items: Iterable[Any],
        *,
        batch_size: int = 16,
        scheme: str = "news",
        **_: Any,
    ) -> Iterator[Article]:
        assert batch_size >= 1
        self.schemes.append(scheme)
        for item in items:
            article = _fake_article(item)
            self.ids.append(article.id)
            yield article


@pytest.fixture(params=["fake", pytest.param("real", marks=pytest.mark.model)])
def engine(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> str:
    if request.param == "fake":
        monkeypatch.setitem(sys.modules, "whosaid.pipeline", FakePipeline())
    return str(request.param)


def records(stdout: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in stdout.splitlines()]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- extract ---------------------------------------------------------------------


def test_extract_txt_writes_jsonl_by_default(engine: str, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == EXIT_OK, result.output
    [record] = records(result.stdout)
    assert record["path"] == str(path)
    assert record["error"] is None
    assert record["text"] == ARTICLE
    assert record["attributions"]
    for a in record["attributions"]:
        for role in ("source", "cue", "content"):
            for s in a[role]:
                assert ARTICLE[s["start"] : s["end"]] == s["text"]


def test_extract_min_confidence(engine: str, tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    [full] = records(runner.invoke(app, ["extract", str(path)]).stdout)
    confidences = sorted(a["confidence"] for a in full["attributions"])
    floor = confidences[-1]
    result = runner.invoke(app, ["extract", str(path), "--min-confidence", str(floor)])
    assert result.exit_code == EXIT_OK, result.output
    [record] = records(result.stdout)
    kept = [a["confidence"] for a in record["attributions"]]
    assert kept and all(c >= floor for c in kept)
    assert len(kept) == sum(c >= floor for c in confidences)
    result = runner.invoke(app, ["extract", str(path), "--min-confidence", "1.5"])
    assert result.exit_code == EXIT_USAGE


def test_extract_directory_with_a_bad_file(engine: str, tmp_path: Path) -> None:
    write(tmp_path / "docs" / "a_empty.txt", "")
    write(tmp_path / "docs" / "b_good.txt", ARTICLE)
    result = runner.invoke(app, ["extract", str(tmp_path / "docs")])
    assert result.exit_code == EXIT_FAILED
    bad, good = records(result.stdout)
    assert bad["path"].endswith("a_empty.txt")
    assert bad["error"]["code"] == "input.empty"
    assert good["path"].endswith("b_good.txt")
    assert good["error"] is None
    assert good["attributions"]
    assert "1 of 2 articles failed" in result.stderr


def test_missing_path_is_a_failed_article_not_a_usage_error(
    engine: str, tmp_path: Path
) -> None:
    good = write(tmp_path / "good.txt", ARTICLE)
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt"), str(good)])
    assert result.exit_code == EXIT_FAILED
    missing, ok = records(result.stdout)
    assert missing["error"]["code"] == "input.unreadable"
    assert ok["error"] is None


def test_extract_jsonl_input_keeps_ids_and_order(engine: str, tmp_path: Path) -> None:
    lines = [
        {"id": "first", "text": ARTICLE, "url": "https://example.org/1"},
        {"id": "second", "text": OTHER},
    ]
    path = write(tmp_path / "in.jsonl", "".join(json.dumps(x) + "\n" for x in lines))
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == EXIT_OK, result.output
    out = records(result.stdout)
    assert [r["id"] for r in out] == ["first", "second"]
    assert out[0]["url"] == "https://example.org/1"


def test_extract_reads_stdin(engine: str) -> None:
    result = runner.invoke(app, ["extract", "-"], input=ARTICLE)
    assert result.exit_code == EXIT_OK, result.output
    [record] = records(result.stdout)
    assert record["path"] is None
    assert record["text"] == ARTICLE


def test_extract_to_a_file(engine: str, tmp_path: Path) -> None:
    src = write(tmp_path / "a.txt", ARTICLE)
    out = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["extract", str(src), "-o", str(out)])
    assert result.exit_code == EXIT_OK, result.output
    assert result.stdout == ""
    [record] = records(out.read_text(encoding="utf-8"))
    assert record["path"] == str(src)


def test_extract_json_is_an_array(engine: str, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", ARTICLE)
    b = write(tmp_path / "b.txt", OTHER)
    result = runner.invoke(app, ["extract", str(a), str(b), "--format", "json"])
    assert result.exit_code == EXIT_OK, result.output
    data = json.loads(result.stdout)
    assert [d["path"] for d in data] == [str(a), str(b)]


def test_extract_json_of_nothing_readable_is_still_an_array(
    engine: str, tmp_path: Path
) -> None:
    result = runner.invoke(
        app, ["extract", str(tmp_path / "missing.txt"), "-f", "json"]
    )
    assert result.exit_code == EXIT_FAILED
    [record] = json.loads(result.stdout)
    assert record["error"]["code"] == "input.unreadable"


def test_extract_table(engine: str, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", ARTICLE)
    empty = write(tmp_path / "empty.txt", "")
    result = runner.invoke(app, ["extract", str(a), str(empty), "--format", "table"])
    assert result.exit_code == EXIT_FAILED
    blocks = result.stdout.split("\n\n")
    assert len(blocks) == 2
    assert str(a) in blocks[0].splitlines()[0]
    assert "speaker" in blocks[0]
    assert "said" in blocks[0]
    header, error = blocks[1].splitlines()
    assert header == str(empty)
    assert error.startswith("  error: input.empty: ")


def test_table_is_the_default_on_a_terminal(
    engine: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_common, "stdout_is_terminal", lambda: True)
    a = write(tmp_path / "a.txt", ARTICLE)
    result = runner.invoke(app, ["extract", str(a)])
    assert result.exit_code == EXIT_OK, result.output
    assert str(a) in result.stdout.splitlines()[0]
    assert "speaker" in result.stdout
    # ...but JSON Lines when writing to a file.
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(a), "-o", str(out)])
    assert records(out.read_text(encoding="utf-8"))[0]["path"] == str(a)


def test_unwritable_output_is_an_error(engine: str, tmp_path: Path) -> None:
    a = write(tmp_path / "a.txt", ARTICLE)
    out = tmp_path / "no" / "such" / "dir" / "out.jsonl"
    result = runner.invoke(app, ["extract", str(a), "-o", str(out)])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr.startswith("whosaid: error: output.unwritable: ")


@pytest.mark.parametrize(
    "args",
    [
        ["extract"],
        ["extract", "a.txt", "--format", "xml"],
        ["extract", "a.txt", "--batch-size", "0"],
        ["extract", "a.txt", "--no-such-option"],
        ["no-such-command"],
    ],
)
def test_usage_errors_exit_2(args: list[str]) -> None:
    result = runner.invoke(app, args)
    assert result.exit_code == EXIT_USAGE


class _Broken(types.ModuleType):
    def __init__(self) -> None:
        super().__init__("whosaid.pipeline")

    def process_many(self, items: Iterable[Any], **_: Any) -> Iterator[Article]:
        raise ModelError("spaCy model 'x' is not installed", code="model.missing")
        yield  # pragma: no cover


def test_library_error_is_one_line_on_stderr(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "whosaid.pipeline", _Broken())
    a = write(tmp_path / "a.txt", ARTICLE)
    result = runner.invoke(app, ["extract", str(a)])
    assert result.exit_code == EXIT_ERROR
    assert result.stderr == (
        "whosaid: error: model.missing: spaCy model 'x' is not installed\n"
    )
    result = runner.invoke(app, ["extract", str(a), "--debug"])
    assert result.exit_code == EXIT_ERROR
    assert "Traceback" in result.stderr
    assert "ModelError" in result.stderr


def test_version() -> None:
    from whosaid import __version__

    result = runner.invoke(app, ["--version"])
    assert result.exit_code == EXIT_OK
    assert result.stdout == f"whosaid {__version__}\n"


def test_help_documents_the_exit_status() -> None:
    result = runner.invoke(app, ["extract", "--help"])
    assert result.exit_code == EXIT_OK
    text = " ".join(result.stdout.split())
    assert "Exit status: 0" in text
    assert "1 at least one article failed" in text
    assert "2 usage error" in text


def test_python_dash_m_whosaid() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "whosaid", "--version"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("whosaid ")


def test_cli_train_refuses_the_test_split(tmp_path: Path) -> None:
    (tmp_path / "test" / "text").mkdir(parents=True)
    result = runner.invoke(
        app, ["train", "--data", str(tmp_path), "--split", "test", "--out", "x"]
    )
    assert result.exit_code == EXIT_USAGE
    assert "held back" in result.output


def _tiny_train_split(root: Path, text: str, ann: str) -> None:
    """A PolNeAR-shaped train split of two copies of one annotated text."""
    for name in ("a", "b"):
        (root / "train" / "text").mkdir(parents=True, exist_ok=True)
        (root / "train" / "attributions").mkdir(parents=True, exist_ok=True)
        (root / "train" / "text" / f"{name}.txt").write_text(text)
        (root / "train" / "attributions" / f"{name}_x.ann").write_text(ann)


@pytest.mark.model
def test_cli_train_trains_a_model_on_a_tiny_corpus(tmp_path: Path) -> None:
    text = '"We will win," the minister said. She added that talks would go on.\n'
    ann = (
        'T1\tContent 0 14\t"We will win,"\n'
        "T2\tSource 15 27\tthe minister\n"
        "T3\tCue 28 32\tsaid\n"
        "T4\tAttribution 28 32\tsaid\n"
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    )
    _tiny_train_split(tmp_path, text, ann)
    out = tmp_path / "model"
    result = runner.invoke(
        app,
        ["train", "--data", str(tmp_path), "--out", str(out), "--max-iterations", "5"],
    )
    assert result.exit_code == EXIT_OK, result.output
    assert {p.name for p in out.iterdir()} >= {
        "cue.crfsuite",
        "role.crfsuite",
        "model.json",
    }


def test_cli_train_bounds_refuses_the_test_split(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        [
            "train-bounds",
            "--data",
            str(tmp_path),
            "--split",
            "test",
            "--taggers",
            str(tmp_path),
            "--out",
            "x",
        ],
    )
    assert result.exit_code == EXIT_USAGE
    assert "held back" in result.output


@pytest.mark.model
def test_cli_train_bounds_learns_from_a_tiny_corpus(tmp_path: Path) -> None:
    text = (
        "The minister said the plan had failed, a result which surprised many. "
        "She told reporters that talks would go on.\n"
    )
    ann = (
        "T1\tContent 19 38\tthe plan had failed\n"
        "T2\tSource 0 12\tThe minister\n"
        "T3\tCue 13 17\tsaid\n"
        "T4\tAttribution 13 17\tsaid\n"
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n"
    )
    _tiny_train_split(tmp_path, text, ann)
    out = tmp_path / "bounds.json"
    shipped = Path(whosaid.__file__).parent / "attribution" / "data"
    result = runner.invoke(
        app,
        [
            "train-bounds",
            "--data",
            str(tmp_path),
            "--taggers",
            str(shipped),
            "--half",
            "all",
            "--out",
            str(out),
        ],
    )
    assert result.exit_code == EXIT_OK, result.output
    assert "learned from 2 articles" in result.output
    model = load_bounds(out)
    assert model.meta["documents"] == 2
    assert model.meta["scheme"] == "news"  # the news scheme's predictions


@pytest.mark.model
def test_example_article(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(EXAMPLE)])
    assert result.exit_code == EXIT_OK, result.output
    [record] = records(result.stdout)
    text = EXAMPLE.read_text(encoding="utf-8")
    assert record["text"] == text
    assert len(record["attributions"]) >= 5
    sources = " ".join(s["text"] for a in record["attributions"] for s in a["source"])
    assert "Thorsteinsson" in sources or "Solberg-Haug" in sources
    table = runner.invoke(app, ["extract", str(EXAMPLE), "-f", "table"])
    assert table.exit_code == EXIT_OK
    assert "speaker" in table.stdout


# --- eval ------------------------------------------------------------------------

POLNEAR_TEXT = 'The Post reported that "taxes will rise," officials said on Monday.\n'
POLNEAR_ANN = (
    "T1\tSource 0 8\tThe Post\n"
    "T2\tCue 9 17\treported\n"
    'T3\tContent 18 41\tthat "taxes will rise,"\n'
    "T4\tAttribution 9 17\treported\n"
    "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
)


def tiny_polnear(root: Path) -> Path:
    for name in ("doc_a", "doc_b"):
        write(root / "dev" / "text" / f"{name}.txt", POLNEAR_TEXT)
        write(root / "dev" / "attributions" / f"{name}_ann1.ann", POLNEAR_ANN)
    return root


def test_eval_polnear(engine: str, tmp_path: Path) -> None:
    data = tiny_polnear(tmp_path / "polnear")
    result = runner.invoke(
        app, ["eval", "polnear", "--data", str(data), "--split", "dev", "-f", "json"]
    )
    assert result.exit_code == EXIT_OK, result.output
    report = json.loads(result.stdout)
    assert report["documents"] == 2
    assert report["gold_attributions"] == 2
    if engine == "fake":
        fake = sys.modules["whosaid.pipeline"]
        assert isinstance(fake, FakePipeline)
        assert fake.ids == ["doc_a", "doc_b"]
    result = runner.invoke(
        app, ["eval", "polnear", "--data", str(data), "--limit", "1"]
    )
    assert result.exit_code == EXIT_OK, result.output
    assert "documents=1" in result.stdout
    assert "end_to_end" in result.stdout


def test_eval_polnear_scores_the_polnear_scheme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakePipeline()
    monkeypatch.setitem(sys.modules, "whosaid.pipeline", fake)
    data = tiny_polnear(tmp_path / "polnear")
    args = ["eval", "polnear", "--data", str(data)]
    result = runner.invoke(app, args)
    assert result.exit_code == EXIT_OK, result.output
    assert result.stdout.startswith("scheme: polnear")
    result = runner.invoke(app, [*args, "--scheme", "news", "-f", "json"])
    assert result.exit_code == EXIT_OK, result.output
    assert json.loads(result.stdout)["scheme"] == "news"
    assert fake.schemes == ["polnear", "news"]
    base = tmp_path / "baseline.json"
    result = runner.invoke(app, [*args, "--write-baseline", str(base)])
    assert json.loads(base.read_text())["scheme"] == "polnear"
    result = runner.invoke(app, [*args, "--scheme", "news", "--gate", str(base)])
    assert result.exit_code == EXIT_USAGE  # a polnear baseline cannot gate news
    result = runner.invoke(app, [*args, "--scheme", "brat"])
    assert result.exit_code == EXIT_USAGE


def test_extract_passes_its_scheme(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fake = FakePipeline()
    monkeypatch.setitem(sys.modules, "whosaid.pipeline", fake)
    path = write(tmp_path / "a.txt", ARTICLE)
    result = runner.invoke(app, ["extract", str(path), "--workers", "1"])
    assert result.exit_code == EXIT_OK, result.output
    result = runner.invoke(
        app, ["extract", str(path), "--workers", "1", "--scheme", "polnear"]
    )
    assert result.exit_code == EXIT_OK, result.output
    assert fake.schemes == ["news", "polnear"]


def test_eval_gate(engine: str, tmp_path: Path) -> None:
    data = tiny_polnear(tmp_path / "polnear")
    base = tmp_path / "baseline.json"
    args = ["eval", "polnear", "--data", str(data)]
    result = runner.invoke(app, [*args, "--write-baseline", str(base)])
    assert result.exit_code == EXIT_OK, result.output
    assert "reliability" in result.stdout
    result = runner.invoke(app, [*args, "--gate", str(base)])
    assert result.exit_code == EXIT_OK, result.output
    assert "gate end_to_end" in result.output
    scores = json.loads(base.read_text())
    scores["end_to_end"]["f1"] += 0.01  # a baseline above this run: the gate fails
    base.write_text(json.dumps(scores))
    result = runner.invoke(app, [*args, "--gate", str(base)])
    assert result.exit_code == EXIT_FAILED, result.output
    assert "FAIL" in result.output
    result = runner.invoke(app, [*args, "--limit", "1", "--gate", str(base)])
    assert result.exit_code == EXIT_USAGE  # a partial run cannot be gated


@pytest.mark.parametrize(
    "args",
    [
        ["eval", "polnear"],
        ["eval", "polnear", "--data", "/no/such/dir"],
        ["eval", "polnear", "--data", "{data}", "--split", "test"],
        ["eval", "polnear", "--data", "{data}", "--limit", "0"],
        ["eval", "polnear", "--data", "{data}", "--format", "xml"],
    ],
)
def test_eval_usage_errors(args: list[str], tmp_path: Path) -> None:
    data = tiny_polnear(tmp_path / "polnear")
    result = runner.invoke(app, [a.format(data=data) for a in args])
    assert result.exit_code == EXIT_USAGE


# --- bench -----------------------------------------------------------------------


def test_bench_needs_texts(tmp_path: Path) -> None:
    write(tmp_path / "notes.md", "not a text")
    result = runner.invoke(app, ["bench", "--data", str(tmp_path)])
    assert result.exit_code == EXIT_USAGE
    result = runner.invoke(app, ["bench", "--data", str(tmp_path / "missing")])
    assert result.exit_code == EXIT_USAGE


@pytest.mark.model
def test_bench_runs(tmp_path: Path) -> None:
    for i, text in enumerate((ARTICLE, OTHER, ARTICLE + OTHER, OTHER)):
        write(tmp_path / "texts" / f"{i}.txt", text)
    args = ["bench", "--data", str(tmp_path / "texts"), "--limit", "3"]
    result = runner.invoke(app, [*args, "--batch-size", "2", "-f", "json"])
    assert result.exit_code == EXIT_OK, result.output
    report = json.loads(result.stdout)
    assert report["articles"] == 3
    assert report["batch_size"] == 2
    assert report["ratio"] > 0
    for phase in ("bare", "whosaid"):
        assert report[phase]["articles_per_s"] > 0
        assert report[phase]["words_per_s"] > 0
        assert report[phase]["peak_rss_mb"] > 0
    result = runner.invoke(app, args)
    assert result.exit_code == EXIT_OK, result.output
    assert "throughput ratio whosaid/bare" in result.stdout
