"""Reading the PolNeAR corpus: BRAT standoff attribution annotations.

PolNeAR ships, per split, ``text/NAME.txt`` (the article) and one or more
``attributions/NAME_ANNOTATOR.ann`` files in BRAT standoff format::

    T1<TAB>Source 89 106<TAB>The New York Post
    T2<TAB>Cue 107 114<TAB>reports
    T3<TAB>Content 115 290<TAB>that Hillary Clinton's team ...
    T4<TAB>Attribution 107 114<TAB>reports
    E1<TAB>Attribution:T4 Content:T3 Cue:T2 Source:T1

``T`` lines are text-bound annotations (half-open character offsets into the
``.txt``; discontinuous spans are written ``s e;s e``).  ``E`` lines are the
attribution relations: the trigger (``Attribution`` or
``Attribution-no-source``) plus ``Source``/``Cue``/``Content`` arguments.
Some relations carry a second content argument, ``Content2``, which is merged
into the content.  ``Discuss``/``Discard`` text-bound annotations and
``#`` annotator notes are ignored.  Relations without any content argument
(a few dozen trigger-only leftovers in the corpus) are dropped.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from pathlib import Path

from whosaid.records import Attribution, AttributionKind, Span

__all__ = [
    "GoldAttribution",
    "GoldDocument",
    "annotators_by_document",
    "load_document",
    "load_split",
    "parse_ann",
    "read_text",
    "to_attributions",
]

logger = logging.getLogger(__name__)

Offsets = tuple[tuple[int, int], ...]

_ID_RE = re.compile(r"^[A-Z#*]\d*\t")
_T_RE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)(?:\t(.*))?$")
_E_RE = re.compile(r"^(E\d+)\t(.*)$")
_ROLE_RE = re.compile(r"^(Source|Cue|Content)\d*$")


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldAttribution:
    """One gold attribution: sorted, merged character offsets for each role.

    Each role is a tuple of half-open ``(start, end)`` pairs into the
    document text; an empty tuple means the role is absent (for instance
    the source of an ``Attribution-no-source`` relation).
    """

    source: Offsets
    cue: Offsets
    content: Offsets


@dataclass(frozen=True, slots=True, kw_only=True)
class GoldDocument:
    """One PolNeAR article with the attributions of one annotator."""

    name: str
    text: str
    annotator: str
    attributions: tuple[GoldAttribution, ...]


@dataclass(frozen=True, slots=True)
class _TextBound:
    kind: str
    spans: Offsets
    surface: str


def _normalize(spans: list[tuple[int, int]]) -> Offsets:
    """Sort spans, drop empty ones and merge overlapping/touching ones."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return tuple(out)


def _parse_lines(
    ann_text: str,
) -> tuple[dict[str, _TextBound], list[tuple[str, str]]]:
    """Split an ``.ann`` file into text-bound annotations and raw relations.

    Lines that do not start with a BRAT id are continuation lines of the
    previous ``T`` line's surface text (BRAT writes surface text that
    contains a newline verbatim); they extend that surface text.
    """
    tbs: dict[str, _TextBound] = {}
    relations: list[tuple[str, str]] = []
    last_t: str | None = None
    for lineno, raw in enumerate(ann_text.split("\n"), start=1):
        line = raw.rstrip("\r")
        if not line.strip():
            continue
        if not _ID_RE.match(line):
            if last_t is not None:
                tb = tbs[last_t]
                tbs[last_t] = _TextBound(tb.kind, tb.spans, tb.surface + "\n" + line)
            else:
                logger.warning(
                    "ann line %d: unrecognised line skipped: %r", lineno, line
                )
            continue
        last_t = None
        if line.startswith("T"):
            m = _T_RE.match(line)
            if m is None:
                logger.warning(
                    "ann line %d: malformed T line skipped: %r", lineno, line
                )
                continue
            tid, kind, offs, surface = m.groups()
            spans: list[tuple[int, int]] = []
            for frag in offs.split(";"):
                a, b = frag.split(" ")
                spans.append((int(a), int(b)))
            if any(e < s for s, e in spans):
                logger.warning("ann line %d: span with end < start skipped", lineno)
                continue
            tbs[tid] = _TextBound(kind, tuple(spans), surface or "")
            last_t = tid
        elif line.startswith("E"):
            m = _E_RE.match(line)
            if m is None:
                logger.warning(
                    "ann line %d: malformed E line skipped: %r", lineno, line
                )
                continue
            relations.append((m.group(1), m.group(2)))
        # Other annotation kinds (#notes, A/R/N lines) are irrelevant here.
    return tbs, relations


def parse_ann(ann_text: str) -> tuple[GoldAttribution, ...]:
    """Parse the text of a BRAT ``.ann`` file into gold attributions.

    Args:
        ann_text: The whole content of one ``.ann`` file.

    Returns:
        The attributions in the order of their ``E`` lines.  Malformed lines
        and relations that reference unknown annotations are skipped with a
        logged warning; relations without content are dropped.
    """
    tbs, relations = _parse_lines(ann_text)
    out: list[GoldAttribution] = []
    for eid, body in relations:
        args = body.split()
        if not args:
            logger.warning("ann relation %s: empty, skipped", eid)
            continue
        roles: dict[str, list[tuple[int, int]]] = {
            "Source": [],
            "Cue": [],
            "Content": [],
        }
        ok = True
        for arg in args[1:]:
            role, sep, ref = arg.partition(":")
            if not sep:
                logger.warning("ann relation %s: malformed argument %r", eid, arg)
                ok = False
                break
            m = _ROLE_RE.match(role)
            if m is None:
                logger.warning("ann relation %s: unknown role %r ignored", eid, role)
                continue
            tb = tbs.get(ref)
            if tb is None:
                logger.warning("ann relation %s: unknown annotation %r", eid, ref)
                ok = False
                break
            roles[m.group(1)].extend(tb.spans)
        if not ok:
            continue
        content = _normalize(roles["Content"])
        if not content:
            logger.debug("ann relation %s: no content, dropped", eid)
            continue
        out.append(
            GoldAttribution(
                source=_normalize(roles["Source"]),
                cue=_normalize(roles["Cue"]),
                content=content,
            )
        )
    return tuple(out)


def read_text(path: str | Path) -> str:
    """Read an article exactly as the BRAT offsets expect it.

    Newlines are kept as they are on disk (``newline=""``) so that character
    offsets line up with the annotations.
    """
    with open(path, encoding="utf-8", newline="") as fh:
        return fh.read()


def annotators_by_document(data_dir: str | Path, split: str) -> dict[str, list[str]]:
    """Map each document name of a split to its sorted annotator ids.

    Args:
        data_dir: The PolNeAR data directory (holding ``train/``, ``dev/``...).
        split: The split (compartment) name, e.g. ``"dev"``.

    Returns:
        ``{name: [annotator, ...]}`` for every ``text/NAME.txt`` of the split;
        the list is empty when no ``.ann`` file exists for a document.
    """
    base = Path(data_dir) / split
    names = sorted(p.stem for p in (base / "text").glob("*.txt"))
    found: dict[str, list[str]] = {name: [] for name in names}
    for ann in sorted((base / "attributions").glob("*.ann")):
        name, sep, annotator = ann.stem.rpartition("_")
        if sep and name in found:
            found[name].append(annotator)
    return {name: sorted(anns) for name, anns in found.items()}


def load_document(
    data_dir: str | Path, split: str, name: str, annotator: str
) -> GoldDocument:
    """Load one document with the annotations of a given annotator.

    Args:
        data_dir: The PolNeAR data directory.
        split: The split name.
        name: The document name (the ``.txt`` stem).
        annotator: The annotator id (the ``.ann`` suffix after the last ``_``).

    Returns:
        The document with the annotator's attributions.
    """
    base = Path(data_dir) / split
    text = read_text(base / "text" / f"{name}.txt")
    ann_path = base / "attributions" / f"{name}_{annotator}.ann"
    with open(ann_path, encoding="utf-8", newline="") as fh:
        attributions = parse_ann(fh.read())
    return GoldDocument(
        name=name, text=text, annotator=annotator, attributions=attributions
    )


def load_split(data_dir: str | Path, split: str) -> list[GoldDocument]:
    """Load every document of a split with its gold attributions.

    The gold for a document is the alphabetically first annotator's
    ``attributions/NAME_ANNOTATOR.ann``.  Documents without any ``.ann``
    file are skipped with a logged warning.

    Args:
        data_dir: The PolNeAR data directory (holding ``train/``, ``dev/``...).
        split: The split name, e.g. ``"train"`` or ``"dev"``.

    Returns:
        The documents sorted by name.

    Raises:
        FileNotFoundError: When ``data_dir/split/text`` does not exist.
    """
    text_dir = Path(data_dir) / split / "text"
    if not text_dir.is_dir():
        raise FileNotFoundError(f"no PolNeAR text directory at {text_dir}")
    docs: list[GoldDocument] = []
    for name, annotators in annotators_by_document(data_dir, split).items():
        if not annotators:
            logger.warning("PolNeAR %s/%s: no annotations, skipped", split, name)
            continue
        docs.append(load_document(data_dir, split, name, annotators[0]))
    return docs


_QUOTES = "\"'“”‘’«»"


def to_attributions(
    attributions: tuple[GoldAttribution, ...] | list[GoldAttribution], text: str
) -> tuple[Attribution, ...]:
    """Convert gold attributions to :class:`whosaid.records.Attribution` records.

    Useful for oracle checks (scoring gold against itself) and for comparing
    two annotators.  ``kind`` is ``"direct"`` when the content is wrapped in
    quote marks, else ``"indirect"``.

    Args:
        attributions: Gold attributions with offsets into ``text``.
        text: The document text.

    Returns:
        One record per gold attribution, ids ``gold-1``, ``gold-2``...
    """
    out: list[Attribution] = []
    for i, gold in enumerate(attributions, start=1):
        content = " ".join(text[s:e] for s, e in gold.content).strip()
        direct = len(content) > 1 and content[0] in _QUOTES and content[-1] in _QUOTES
        kind: AttributionKind = "direct" if direct else "indirect"
        out.append(
            Attribution(
                id=f"gold-{i}",
                kind=kind,
                source=tuple(Span.of(text, s, e) for s, e in gold.source),
                cue=tuple(Span.of(text, s, e) for s, e in gold.cue),
                content=tuple(Span.of(text, s, e) for s, e in gold.content),
                speaker=None,
                confidence=1.0,
                method="gold",
            )
        )
    return tuple(out)
