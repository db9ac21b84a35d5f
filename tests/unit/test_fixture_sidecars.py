"""Every fixture sidecar (``tests/fixtures/*/NAME.expected.json``) is well formed.

Checked against its text and through the scorer's loader
(:mod:`tests.fixtures.score_fixtures`), without running whosaid: each content
part occurs exactly once and the parts of one attribution come in text order;
the title occurs; each ``not_body`` string occurs and overlaps no expected
content; speakers, kinds, codes, aliases and dates have the
documented shapes (``tests/fixtures/README.md``).  A held-apart set can so be
checked before its first measured run.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path
from typing import Any

import pytest
from tests.fixtures import score_fixtures as sf

FIXTURES = Path(sf.__file__).resolve().parent
TOP_KEYS = {"title", "date", "attributions", "not_body", "note", "about"}
ATTRIBUTION_KEYS = {
    *("speaker", "aliases", "code", "cue", "content", "kind", "note"),
    "anonymous",  # an unnamed source: whosaid leaves its speaker's name null
    *("country", "igo", "sector"),  # actors_holdout: the speaker's actor
}
KINDS = {"direct", "indirect", "mixed"}
CODE = re.compile(r"[A-Z]{3}(?:[A-Z]{3})*")
# sets that must be found (a renamed or emptied folder is a failure, not a skip)
KNOWN_SETS = {
    *("articles", "realpages", "realpatterns", "actors_holdout"),
    *("realpages_holdout", "realpages_holdout2", "realpages_holdout3"),
    *("realpages_holdout4", "realpages_holdout5", "realpages_holdout6"),
    *("realpages_holdout7", "realpages_holdout8", "realpages_holdout9"),
    "realpages_holdout10",
}


def _attribution_sets() -> list[Path]:
    """Fixture folders whose sidecars carry attributions."""
    out = []
    for folder in sorted(p for p in FIXTURES.iterdir() if p.is_dir()):
        for side in folder.glob("*.expected.json"):
            if "attributions" in json.loads(side.read_text(encoding="utf-8")):
                out.append(folder)
                break
    return out


SETS = _attribution_sets()


def _shape_problems(name: str, exp: dict[str, Any]) -> list[str]:
    bad = [f"{name}: unknown key {k!r}" for k in exp if k not in TOP_KEYS]
    if "date" in exp:
        try:
            dt.date.fromisoformat(exp["date"])
        except (TypeError, ValueError):
            bad.append(f"{name}: date {exp['date']!r} is not YYYY-MM-DD")
    for i, a in enumerate(exp["attributions"]):
        where = f"{name} #{i}"
        bad += [f"{where}: unknown key {k!r}" for k in a if k not in ATTRIBUTION_KEYS]
        who = a.get("speaker")
        names = [who] if isinstance(who, str) else who
        named = isinstance(names, list) and bool(names)
        if not named or not all(isinstance(n, str) and n.strip() for n in names):
            bad.append(f"{where}: speaker {who!r}")
        elif isinstance(who, list) and len(who) < 2:
            bad.append(f"{where}: a joint speaker needs two names or more")
        if a.get("kind") not in KINDS:
            bad.append(f"{where}: kind {a.get('kind')!r}")
        if not isinstance(a.get("cue"), str) or not a["cue"]:
            bad.append(f"{where}: cue {a.get('cue')!r}")
        if "code" in a and not (
            isinstance(a["code"], str) and CODE.fullmatch(a["code"])
        ):
            bad.append(f"{where}: code {a['code']!r}")
        if "anonymous" in a and (
            a["anonymous"] is not True or not isinstance(who, str) or "code" in a
        ):
            bad.append(f"{where}: anonymous must be true, on one speaker, no code")
        aliases = a.get("aliases", [])
        if not (isinstance(aliases, list) and all(isinstance(x, str) for x in aliases)):
            bad.append(f"{where}: aliases {aliases!r}")
        parts = sf.content_parts(a)
        if not parts or not all(isinstance(p, str) and p.strip() for p in parts):
            bad.append(f"{where}: content {a['content']!r}")
    return bad


def _text_problems(fx: sf.Fixture) -> list[str]:
    exp, text, name = fx.expected, fx.text, fx.name
    bad = []
    if exp["title"] not in text:
        bad.append(f"{name}: title not in the text")
    spans: list[tuple[int, int]] = []
    for i, a in enumerate(exp["attributions"]):
        last = -1
        for part in sf.content_parts(a):
            n = text.count(part)
            if n != 1:
                bad.append(f"{name} #{i}: content part occurs {n} times: {part!r}")
                continue
            start = text.find(part)
            if start < last:
                bad.append(f"{name} #{i}: content parts out of text order")
            last = start + len(part)
            spans.append((start, last))
    for s in exp.get("not_body", []):
        starts = [m.start() for m in re.finditer(re.escape(s), text)]
        if not s.strip() or not starts:
            bad.append(f"{name}: not_body not in the text: {s!r}")
        for start in starts:
            if any(start < e and b < start + len(s) for b, e in spans):
                bad.append(f"{name}: not_body overlaps an expected content: {s!r}")
    return bad


def test_the_known_sets_are_found() -> None:
    missing = KNOWN_SETS - {p.name for p in SETS}
    assert not missing


@pytest.mark.parametrize("folder", SETS, ids=lambda p: p.name)
def test_sidecars_match_their_texts(folder: Path) -> None:
    fixtures = sf.load_fixtures(directory=folder)
    assert fixtures, f"no sidecars in {folder}"
    bad: list[str] = []
    for fx in fixtures:
        bad += _shape_problems(fx.name, fx.expected)
        bad += _text_problems(fx)
        # the scorer's own reading: every part located, words counted
        for e in sf.expected_attributions(fx):
            if not e.words:
                bad.append(f"{fx.name}: a content without words: {e.label(fx.text)}")
    assert not bad, "\n".join(bad)


def test_every_text_has_a_sidecar() -> None:
    lonely = [
        str(p.relative_to(FIXTURES))
        for folder in SETS
        for p in folder.glob("*.txt")
        if not p.with_name(p.name[: -len(".txt")] + ".expected.json").is_file()
    ]
    assert not lonely


def _prediction(name: str | None, source: str = "two officials") -> Any:
    """A hand-built prediction: what the scorer reads of an attribution."""
    from whosaid.records import Span, Speaker

    spans = (Span(start=0, end=len(source), text=source),) if source else ()
    speaker = Speaker(
        name=name, mention=spans[0] if spans else None, resolved_by="unresolved"
    )
    return type("Pred", (), {"speaker": speaker, "source": spans, "co_speakers": ()})


def test_an_anonymous_source_may_have_a_null_speaker_name() -> None:
    """ "anonymous": true accepts whosaid's null name (with a source) and the
    written phrase, never the body the source speaks for."""
    exp = sf.ExpectedAttribution(
        "senior party official", "said", "indirect", [], [], anonymous=True
    )
    assert exp.speaker_ok(_prediction(None))
    assert exp.speaker_ok(_prediction("Senior party official"))
    assert not exp.speaker_ok(_prediction("Liberal Democratic Party"))
    assert not exp.speaker_ok(_prediction(None, source=""))
    named = sf.ExpectedAttribution("Anna Berg", "said", "indirect", [], [])
    assert not named.speaker_ok(_prediction(None))
