"""The CAMEO tables and the verb lexicon (no model needed)."""

from __future__ import annotations

from pathlib import Path

import pytest

from whosaid.errors import ConfigError
from whosaid.events.codes import (
    code_info,
    inflections,
    load_codes,
    load_lexicon,
    read_user_verbs,
)


def test_codes_table_has_every_root_with_goldstein_and_quad_class() -> None:
    codes = load_codes()
    roots = {f"{n:02d}" for n in range(1, 21)}
    assert roots <= set(codes)
    assert codes["0256"].root == "02"
    assert codes["112"].goldstein == -2.0
    assert codes["190"].quad_class == 4
    assert codes["051"].quad_class == 1
    assert codes["073"].quad_class == 2
    assert codes["130"].quad_class == 3


def test_codes_every_row_is_consistent() -> None:
    for code, row in load_codes().items():
        assert row.root == code[:2]
        assert -10.0 <= row.goldstein <= 10.0


def test_code_info_falls_back_to_the_longest_known_prefix() -> None:
    assert code_info("0999").code == "09"
    assert code_info("1384").name == "Threaten conventional attack"


def test_code_info_rejects_a_non_code() -> None:
    with pytest.raises(ConfigError, match="not a CAMEO code"):
        code_info("99")


@pytest.mark.parametrize(
    ("verb", "forms"),
    [
        ("urge", {"urges", "urged", "urging"}),
        ("deny", {"denies", "denied", "denying"}),
        ("stop", {"stops", "stopped", "stopping"}),
        ("call for", {"calls for", "called for", "calling for"}),
        ("push", {"pushes", "pushed", "pushing"}),
    ],
)
def test_inflections_regular_forms(verb: str, forms: set[str]) -> None:
    assert forms <= inflections(verb)


def test_lexicon_irregular_forms_and_multiword_verbs() -> None:
    lex = load_lexicon()
    assert lex.lemma("struck") == "strike"
    assert lex.lemma("met") == "meet"
    assert lex.lemma("met with") == "meet with"
    assert lex.lemma("xyzzy") is None


def test_lexicon_longest_pattern_and_own_patterns_win() -> None:
    lex = load_lexicon()
    # PETRARCH2: CALL * (FOR &CEASEFIRE) [0256]
    assert lex.code("call", ["for", "a", "ceasefire"])[0] == "0256"
    # whosaid's "sign agreement 057" wins over PETRARCH2's "sign trade &treaty".
    code, _, own = lex.code("sign", ["a", "trade", "agreement"])
    assert (code, own) == ("057", True)
    # whosaid's "strike deal" wins over whosaid's bare "strike 190".
    assert lex.code("strike", ["a", "deal"])[0] == "057"
    assert lex.code("strike", ["the", "city"])[0] == "190"


def test_user_verbs_extend_and_override(tmp_path: Path) -> None:
    f = tmp_path / "verbs.csv"
    f.write_text("pattern,code\nreaffirm,030\nstrike,195\n", encoding="utf-8")
    lex = load_lexicon([str(f)])
    assert lex.code("reaffirm", [])[0] == "030"
    assert lex.code("strike", ["the", "city"])[0] == "195"
    assert "reaffirm" in lex.user
    assert load_lexicon().code("strike", ["the", "city"])[0] == "190"


def test_user_verbs_tsv(tmp_path: Path) -> None:
    f = tmp_path / "verbs.tsv"
    f.write_text("# mine\npattern\tcode\nblockade port\t1381\n", encoding="utf-8")
    assert read_user_verbs(f) == [("blockade port", "1381")]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("pattern,code\nfoo,999\n", "row 2: '999' is not a CAMEO code"),
        ("pattern,code\n,190\n", "row 2: expected 'pattern, code'"),
        ("pattern,code\nfoo\n", "row 2: expected 'pattern, code'"),
    ],
)
def test_user_verbs_bad_rows_name_the_row(
    tmp_path: Path, content: str, message: str
) -> None:
    f = tmp_path / "bad.csv"
    f.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        read_user_verbs(f)


def test_user_verbs_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read verb file"):
        read_user_verbs(tmp_path / "nope.csv")


SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "build_cameo.py"
DATA = Path(__file__).resolve().parents[3] / "src" / "whosaid" / "events" / "data"


@pytest.mark.data
def test_build_cameo_regenerates_the_shipped_tables(
    tmp_path: Path, shared_dir: Path
) -> None:
    cameo = shared_dir / "data" / "cameo"
    if not (cameo / "cameo-codes.csv").is_file():
        pytest.skip(f"the CAMEO source data is not at {cameo} (shared data absent)")
    import importlib.util

    spec = importlib.util.spec_from_file_location("build_cameo", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.main(["--src", str(cameo), "--out", str(tmp_path)]) == 0
    for name in (
        "cameo_codes.tsv",
        "verbs.tsv",
        "patterns.tsv",
        "synsets.tsv",
        "NOTICE",
    ):
        assert (tmp_path / name).read_bytes() == (DATA / name).read_bytes(), name


def test_notice_keeps_both_mit_notices() -> None:
    notice = (DATA / "NOTICE").read_text(encoding="utf-8")
    assert notice.count("MIT License") == 2
    assert "Andreas Beger" in notice
    assert "Open Event Data" in notice
    assert "3746c729" in notice and "676801cd" in notice
