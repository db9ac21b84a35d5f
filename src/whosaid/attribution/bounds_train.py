"""Train the content boundary model (:mod:`whosaid.attribution.bounds`).

The model must learn the boundary errors the taggers make on text they have
not seen, so its examples come from documents the taggers were *not* trained
on: taggers trained on one half of PolNeAR train (the even-numbered
articles) run on the other half (the odd-numbered ones), with no boundary
model, and every cut point of every predicted content is labelled against
the gold content it is paired with (one-to-one, by word overlap).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from whosaid.attribution.bounds import (
    MODEL_FILE,
    BoundaryModel,
    Examples,
    doc_view,
    fit,
    run_examples,
)
from whosaid.attribution.scheme import levers
from whosaid.scheme import DEFAULT_SCHEME, Scheme

# Chosen on PolNeAR train, half B (two-fold within it, then the tagger
# pipeline end to end): a cut must be surer than a growth, as a wrong cut
# loses more (gold words, and end-to-end matches) than a wrong growth adds;
# a growth at the start is right less often than one at the end.
END_THRESHOLD = 0.7
START_THRESHOLD = 0.7
GROW_THRESHOLD = 0.3
LEAD_THRESHOLD = 0.45
L2 = 10.0


@dataclass(frozen=True, slots=True)
class BoundsStats:
    documents: int
    end_examples: int
    start_examples: int
    grow_examples: int
    lead_examples: int
    seconds: float


def _word_tokens(doc: Any, spans: Iterable[tuple[int, int]]) -> set[int]:
    """Word tokens (not punctuation or whitespace) overlapping ``spans``."""
    out: set[int] = set()
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        out.update(t.i for t in span if not (t.is_punct or t.is_space))
    return out


def _token_runs(doc: Any, spans: Iterable[tuple[int, int]]) -> list[list[int]]:
    runs: list[list[int]] = []
    for start, end in spans:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is not None and len(span):
            runs.append(list(range(span.start, span.end)))
    return runs


def document_examples(
    doc: Any,
    gold_contents: Sequence[Sequence[tuple[int, int]]],
    examples: dict[str, Examples],
    *,
    skip: Sequence[tuple[int, int]] = (),
    model_dir: str | None = None,
    scheme: Scheme = DEFAULT_SCHEME,
    net: float = 0.0,
    wide: bool = False,
) -> None:
    """Add the labelled cut points of one document's predicted contents (the
    predictions of ``scheme``, with its cue tagger's labels; ``net``: see
    :func:`~whosaid.attribution.bounds.run_examples`)."""
    from whosaid.attribution.extract import extract_attributions
    from whosaid.attribution.features import doc_features
    from whosaid.attribution.model import open_taggers
    from whosaid.attribution.tagging import tag_cues
    from whosaid.eval.metrics import max_weight_assignment

    preds, _ = extract_attributions(
        doc, skip=skip, model_dir=model_dir, boundaries=False, scheme=scheme
    )
    gold = [_word_tokens(doc, spans) for spans in gold_contents]
    pred = [_word_tokens(doc, ((s.start, s.end) for s in p.content)) for p in preds]
    overlap = [[len(p & g) for g in gold] for p in pred]
    # what the run-time call sees as taken: every cue and content
    busy = {
        i
        for p in preds
        for run in _token_runs(doc, ((s.start, s.end) for s in (*p.cue, *p.content)))
        for i in run
    }
    feats = doc_features(doc)
    cue_file = levers(scheme).cue_model
    tag_cues(feats, open_taggers(model_dir).with_cue(cue_file), doc=doc)  # labels
    view = doc_view(doc, feats)
    paired = {i: j for i, j in max_weight_assignment(overlap) if overlap[i][j]}
    for i, attribution in enumerate(preds):
        content = gold[paired[i]] if i in paired else set()
        cue = sorted(_word_tokens(doc, ((s.start, s.end) for s in attribution.cue)))
        if not cue:
            continue
        for run in _token_runs(doc, ((s.start, s.end) for s in attribution.content)):
            run_examples(
                view,
                cue,
                run,
                content,
                examples,
                method=attribution.method,
                busy=busy,
                net=net,
                wide=wide,
            )


def train_bounds(
    rows: Iterable[tuple[Any, Sequence[Sequence[tuple[int, int]]], Sequence[Any]]],
    out: str | Path,
    *,
    model_dir: str | None,
    meta: dict[str, Any] | None = None,
    progress: Callable[[str], None] | None = None,
    scheme: Scheme = DEFAULT_SCHEME,
    net: float = 0.0,
    by_words: bool = False,
    wide: bool = False,
) -> BoundsStats:
    """Train and write the boundary model.

    Args:
        rows: per document its parsed Doc, its gold contents (character
            spans) and its skip regions; documents the taggers of
            ``model_dir`` were not trained on.
        out: the model file to write (a folder gets ``bounds.json``).
        model_dir: the taggers whose predictions are examined.
        meta: provenance facts recorded in the file.
        progress: called with a line of progress text.
        scheme: the attribution scheme whose predictions are examined
            (``polnear``: its cue tagger, threshold and filters; see
            ``scripts/cv_polnear_bounds.py``).
        net: a cut is also right when it drops ``net`` times as many words
            that are not gold as gold ones (0: only a cut that drops no gold
            word; :func:`~whosaid.attribution.bounds.run_examples`).
        by_words: weigh the end and start cuts by the words they would drop
            (:func:`~whosaid.attribution.bounds.fit`).
        wide: learn (and, by the file's ``meta.wide_points``, cut at run
            time) at the wide cut points too
            (:func:`~whosaid.attribution.bounds.cut_points`).
    """
    say = progress or (lambda _msg: None)
    t0 = time.perf_counter()
    examples = {side: Examples() for side in ("start", "end", "grow", "lead")}
    n = 0
    for doc, gold_contents, skip in rows:
        document_examples(
            doc,
            gold_contents,
            examples,
            skip=skip,
            model_dir=model_dir,
            scheme=scheme,
            net=net,
            wide=wide,
        )
        n += 1
        if n % 100 == 0:
            say(f"examined {n} documents")
    say("fitting")
    model = BoundaryModel(
        start=fit(
            examples["start"], threshold=START_THRESHOLD, l2=L2, by_words=by_words
        ),
        end=fit(examples["end"], threshold=END_THRESHOLD, l2=L2, by_words=by_words),
        grow=fit(examples["grow"], threshold=GROW_THRESHOLD, l2=L2),
        lead=fit(examples["lead"], threshold=LEAD_THRESHOLD, l2=L2),
        meta={
            "documents": n,
            **{f"{side}_examples": len(ex.labels) for side, ex in examples.items()},
            "scheme": scheme,
            **({"net": net} if net else {}),
            **({"by_words": True} if by_words else {}),
            **({"wide_points": True} if wide else {}),
            **(meta or {}),
        },
    )
    path = Path(out)
    if path.is_dir():
        path = path / MODEL_FILE
    path.write_text(model.to_json() + "\n", encoding="utf-8")
    return BoundsStats(
        documents=n,
        end_examples=len(examples["end"].labels),
        start_examples=len(examples["start"].labels),
        grow_examples=len(examples["grow"].labels),
        lead_examples=len(examples["lead"].labels),
        seconds=time.perf_counter() - t0,
    )


def polnear_rows(
    data_dir: str | Path,
    split: str,
    *,
    half: str = "odd",
    parsed: str | Path | None = None,
) -> list[tuple[Any, list[Sequence[tuple[int, int]]], list[tuple[int, int]]]]:
    """The documents of one half of a PolNeAR split, parsed: per document its
    Doc, gold contents and skip regions (captions and page leftovers, as
    the pipeline skips them).

    Args:
        data_dir: the PolNeAR data folder.
        split: the split (never test).
        half: ``odd`` or ``even`` (by position in the split's load order),
            or ``all``.
        parsed: a DocBin of the whole split parsed by the run-time spaCy
            pipeline (as ``scripts/attribution_errors.py`` caches it);
            parsed here when absent.

    Raises:
        ValueError: an unknown half, or a DocBin that does not hold the split.
    """
    from whosaid.attribution.clusters import restore_tensors
    from whosaid.clean import clean_article
    from whosaid.eval.polnear import load_split
    from whosaid.nlp import load_spacy
    from whosaid.records import RawArticle

    if half not in {"odd", "even", "all"}:
        raise ValueError(f"half must be odd, even or all, not {half!r}")
    gold_docs = load_split(data_dir, split)
    cleaned = [
        clean_article(RawArticle(id=g.name, path=None, text=g.text)) for g in gold_docs
    ]
    nlp = load_spacy()
    if parsed is not None:
        from spacy.tokens import DocBin

        docs = list(DocBin().from_disk(parsed).get_docs(nlp.vocab))
        if len(docs) != len(gold_docs) or any(
            d.text != c.text for d, c in zip(docs, cleaned, strict=True)
        ):
            raise ValueError(f"{parsed} does not hold the {split} split as parsed")
        restore_tensors(nlp, docs)  # the taggers' cluster features read them
    else:
        docs = list(nlp.pipe((c.text for c in cleaned), batch_size=16))
    keep = {"odd": 1, "even": 0}.get(half)
    return [
        (
            doc,
            [a.content for a in g.attributions],
            [(s.start, s.end) for s in c.captions]
            + [(b.start, b.end) for b in c.boilerplate],
        )
        for k, (g, doc, c) in enumerate(zip(gold_docs, docs, cleaned, strict=True))
        if keep is None or k % 2 == keep
    ]
