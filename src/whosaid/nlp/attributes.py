"""A fast stand-in for spaCy's ``attribute_ruler``, built from its patterns.

The shipped English models map fine-grained tags to POS and morphology with an
``AttributeRuler``: about 180 Matcher patterns run on every token, each match
then set token by token from Python.  On news text that costs as much as the
tagger and parser together.  :class:`FastAttributeRuler` gives the same
result with a handful of numpy operations per doc:

* Every attribute the patterns test (TAG, LOWER, DEP, IS_SPACE...) is read
  with one ``Doc.to_array``.  Each value becomes a small *code*: which of the
  patterns' literal values it is (0 for any other value), plus one bit per
  REGEX test on that attribute.  The codes of a token's attributes make one
  integer *key*.
* Everything a single-token pattern can see of a token is in its key, so the
  outcome of all single-token patterns is worked out once per key (then kept)
  and spread over the doc's tokens by the keys' inverse index.
* Multi-token patterns are matched by shifting per-token test results along
  the doc; patterns of a shape this module does not read (operators,
  extension attributes, other predicates) go to a spaCy ``Matcher`` holding
  only them.
* All patterns test the doc as it was before the ruler ran, and for each
  attribute of each token the last pattern that sets it wins: the stock
  ruler's behaviour (it matches first, then applies the matches in pattern
  order).  The result is written back with one ``Doc.from_array``.

The tables are built when the pipeline loads, from the loaded ruler's own
``patterns``, so they follow whatever model is installed.  A pattern that sets
anything but POS, TAG, MORPH, LEMMA or DEP, or whose target index falls outside
its match, raises :class:`UnsupportedPatterns`; :func:`use_fast_attribute_ruler`
then keeps the stock ruler.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt
import srsly
from spacy.attrs import DEP, IDS, LEMMA, MORPH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.strings import StringStore, get_string_id
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs
from spacy.vocab import Vocab

logger = logging.getLogger(__name__)

STOCK_NAME = "attribute_ruler"
FAST_NAME = "whosaid_attributes"

OUTPUT_ATTRS: tuple[int, ...] = (POS, TAG, MORPH, LEMMA, DEP)
"""Token attributes the fast ruler may set (all plain ``TokenC`` fields)."""

_STRING_ATTRS = frozenset(
    IDS[name]
    for name in (
        "ORTH",
        "LOWER",
        "NORM",
        "SHAPE",
        "PREFIX",
        "SUFFIX",
        "LEMMA",
        "POS",
        "TAG",
        "DEP",
        "ENT_TYPE",
    )
)
"""Attributes whose values are string hashes (REGEX tests read the string)."""

_FLAG_ATTRS = frozenset(
    value
    for name, value in IDS.items()
    if name.startswith(("IS_", "LIKE_")) and value < 64
)
"""Lexeme flags: ``Doc.to_array`` and the Matcher read them alike (0 or 1)."""

_READABLE_ATTRS = _STRING_ATTRS | _FLAG_ATTRS | {IDS["LENGTH"]}
"""Attributes whose ``Doc.to_array`` value is what the Matcher compares."""

_ATTR_ALIASES = {"TEXT": "ORTH"}
_ATTR_NAMES = {value: name for name, value in IDS.items()}

_PATTERNS_FILE = "patterns.msgpack"
_MAX_KEY = 1 << 62
_MAX_CACHE = 1 << 20

_U64 = npt.NDArray[np.uint64]
_I64 = npt.NDArray[np.int64]
_Bool = npt.NDArray[np.bool_]


class UnsupportedPatterns(ValueError):
    """The ruler has a pattern the fast ruler cannot reproduce exactly."""


@dataclass(frozen=True, slots=True)
class Check:
    """One test on one token attribute.

    Attributes:
        attr: the spaCy attribute ID tested.
        op: ``==``, ``IN``, ``NOT_IN`` (against ``values``) or ``REGEX``.
        values: the accepted (or, for ``NOT_IN``, refused) value hashes.
        regex: the pattern ``re.search``-ed in the value's string (``REGEX``).
    """

    attr: int
    op: str
    values: frozenset[int] = frozenset()
    regex: str = ""


TokenSpec = tuple[Check, ...]


@dataclass(frozen=True, slots=True)
class Rule:
    """One ruler entry, compiled.

    Attributes:
        order: its position among the ruler's patterns (later ones win).
        alternatives: its token sequences (any one matching is a match).
        index: which token of a match gets the attributes (may be negative).
        sets: ``(column in OUTPUT_ATTRS, value)`` pairs it assigns.
    """

    order: int
    alternatives: tuple[tuple[TokenSpec, ...], ...]
    index: int
    sets: tuple[tuple[int, int], ...]

    @property
    def single_token(self) -> bool:
        """Whether every alternative is one token long."""
        return all(len(alt) == 1 for alt in self.alternatives)


def compile_spec(spec: dict[str, Any], strings: StringStore) -> TokenSpec | None:
    """A Matcher token spec as :class:`Check` s, or None if it is of a shape
    the fast path does not read (operators, extensions, other predicates)."""
    checks: list[Check] = []
    for raw_name, value in spec.items():
        name = raw_name.upper()
        attr = IDS.get(_ATTR_ALIASES.get(name, name))
        if attr is None or attr not in _READABLE_ATTRS:
            return None
        if isinstance(value, dict):
            for op, arg in value.items():
                check = _predicate(attr, op.upper(), arg)
                if check is None:
                    return None
                checks.append(check)
        elif isinstance(value, bool | int):
            checks.append(Check(attr, "==", frozenset({int(value)})))
        elif isinstance(value, str):
            checks.append(Check(attr, "==", frozenset({strings.add(value)})))
        else:
            return None
    return tuple(checks)


def _predicate(attr: int, op: str, arg: Any) -> Check | None:
    if op in ("IN", "NOT_IN") and isinstance(arg, list | tuple):
        if not all(isinstance(v, str | int) for v in arg):
            return None
        return Check(attr, op, frozenset(get_string_id(v) for v in arg))
    if op == "REGEX" and isinstance(arg, str) and attr in _STRING_ATTRS:
        return Check(attr, op, regex=arg)
    return None


@dataclass(frozen=True, slots=True)
class MatcherRule:
    """A ruler entry of a shape the fast path does not read: a Matcher runs it.

    Attributes:
        order: its position among the ruler's patterns.
        patterns: its Matcher token patterns, as the ruler has them.
        index: which token of a match gets the attributes.
        sets: ``(column in OUTPUT_ATTRS, value)`` pairs it assigns.
    """

    order: int
    patterns: list[list[dict[str, Any]]]
    index: int
    sets: tuple[tuple[int, int], ...]


def compile_rules(
    vocab: Vocab, patterns: Iterable[dict[str, Any]]
) -> tuple[list[Rule], list[MatcherRule]]:
    """Compile a ruler's ``patterns`` (in order).

    Returns:
        the rules the fast path reads, and the others (for a Matcher).

    Raises:
        UnsupportedPatterns: an entry sets an attribute other than
            :data:`OUTPUT_ATTRS`, or its index can fall outside a match.
    """
    rules: list[Rule] = []
    others: list[MatcherRule] = []
    for order, entry in enumerate(patterns):
        token_patterns: list[list[dict[str, Any]]] = entry["patterns"]
        index = int(entry.get("index", 0))
        sets = _compile_sets(vocab, entry.get("attrs", {}), order)
        specs = [
            [compile_spec(spec, vocab.strings) for spec in tokens]
            for tokens in token_patterns
        ]
        fixed = all(spec is not None for alt in specs for spec in alt)
        if fixed:
            for alt in token_patterns:
                if not alt or not -len(alt) <= index < len(alt):
                    raise UnsupportedPatterns(
                        f"attribute ruler pattern {order}: index {index} is "
                        f"outside its {len(alt)}-token match"
                    )
            alternatives = tuple(
                tuple(spec for spec in alt if spec is not None) for alt in specs
            )
            rules.append(Rule(order, alternatives, index, sets))
        else:
            others.append(MatcherRule(order, token_patterns, index, sets))
    return rules, others


def _compile_sets(
    vocab: Vocab, attrs: dict[str, Any], order: int
) -> tuple[tuple[int, int], ...]:
    if "_" in attrs:
        raise UnsupportedPatterns(
            f"attribute ruler pattern {order} sets extension attributes"
        )
    normalized = normalize_token_attrs(vocab, dict(attrs))
    sets: list[tuple[int, int]] = []
    for attr, value in normalized.items():
        if attr not in OUTPUT_ATTRS:
            name = _ATTR_NAMES.get(attr, attr)
            allowed = ", ".join(_ATTR_NAMES[a] for a in OUTPUT_ATTRS)
            raise UnsupportedPatterns(
                f"attribute ruler pattern {order} sets {name}; "
                f"the fast ruler only sets {allowed}"
            )
        sets.append((OUTPUT_ATTRS.index(attr), int(value)))
    return tuple(sets)


@dataclass(frozen=True, slots=True)
class _CodeTest:
    """A :class:`Check` on a token's attribute codes: whether
    ``(codes[attr] >> shift) & mask`` is in ``accepted``, negated for
    ``NOT_IN``.  A code is ``literal << n_regexes | regex_bits``."""

    attr: int
    shift: int
    mask: int
    accepted: frozenset[int]
    negate: bool

    def __call__(self, codes: list[int]) -> bool:
        value = (codes[self.attr] >> self.shift) & self.mask
        return (value in self.accepted) != self.negate


_SingleTests = tuple[
    int, tuple[tuple[_CodeTest, ...], ...], tuple[tuple[int, int], ...]
]
"""A single-token rule as ``(order, tests of each alternative, sets)``."""


def _passes(tests: tuple[_CodeTest, ...], codes: list[int]) -> bool:
    return all(test(codes) for test in tests)


class FastAttributeRuler:
    """Sets the attributes an ``AttributeRuler`` with the same patterns sets.

    Build it with :meth:`from_patterns` (or :meth:`set_patterns` on the
    factory-made, empty instance).
    """

    def __init__(self, vocab: Vocab, name: str = FAST_NAME) -> None:
        self.vocab = vocab
        self.name = name
        self._lock = threading.Lock()
        self.set_patterns([])

    @property
    def patterns(self) -> list[dict[str, Any]]:
        """The ruler patterns it was given (``AttributeRuler.patterns`` form)."""
        return list(self._patterns)

    def set_patterns(self, patterns: Iterable[dict[str, Any]]) -> None:
        """Replace the rules by these ruler patterns (see :func:`compile_rules`)."""
        patterns = list(patterns)
        rules, others = compile_rules(self.vocab, patterns)
        with self._lock:
            self._set_rules(patterns, rules, others)

    def _set_rules(
        self,
        patterns: list[dict[str, Any]],
        rules: list[Rule],
        others: list[MatcherRule],
    ) -> None:
        self._patterns = patterns
        self._single = [r for r in rules if r.single_token]
        self._multi = [r for r in rules if not r.single_token]
        self._others = {str(o.order): o for o in others}
        self._matcher: Matcher | None = None
        if others:
            self._matcher = Matcher(self.vocab, validate=False)
            for other in others:
                self._matcher.add(str(other.order), other.patterns)
        self._build_codes(rules)
        every: list[Rule | MatcherRule] = [*rules, *others]
        self._out_cols = sorted({col for r in every for col, _ in r.sets})
        self._clear_rows()

    def _clear_rows(self) -> None:
        """Forget the keys resolved so far (:meth:`_rows`)."""
        self._row_of: dict[int, int] = {}
        self._values = np.zeros((64, len(OUTPUT_ATTRS)), dtype=np.uint64)
        self._orders = np.zeros((64, len(OUTPUT_ATTRS)), dtype=np.int64)
        self._tests = np.zeros((64, len(self._specs)), dtype=np.bool_)

    def _build_codes(self, rules: Sequence[Rule]) -> None:
        checks = [c for r in rules for alt in r.alternatives for s in alt for c in s]
        self._in_attrs = sorted({c.attr for c in checks})
        self._literals: list[_U64] = []
        self._regexes: list[list[re.Pattern[str]]] = []
        self._radix: list[int] = []
        self._regex_cache: list[dict[int, int]] = []
        for attr in self._in_attrs:
            lits = sorted({v for c in checks if c.attr == attr for v in c.values})
            regs = sorted({c.regex for c in checks if c.attr == attr and c.regex})
            self._literals.append(np.array(lits, dtype=np.uint64))
            self._regexes.append([re.compile(r) for r in regs])
            self._radix.append((len(lits) + 1) << len(regs))
            self._regex_cache.append({})
        self._mult: list[int] = []
        total = 1
        for radix in self._radix:
            self._mult.append(total)
            total *= radix
        if total >= _MAX_KEY:
            raise UnsupportedPatterns(
                f"attribute ruler patterns test too many values ({total} "
                "combinations) for the fast ruler's integer keys"
            )
        # Per-token tests used by multi-token rules, each a column of a
        # key's resolution.
        self._specs: list[TokenSpec] = []
        self._multi_alts: list[tuple[Rule, list[tuple[int, ...]]]] = []
        for rule in self._multi:
            alts = [tuple(self._spec_id(s) for s in alt) for alt in rule.alternatives]
            self._multi_alts.append((rule, alts))
        self._spec_tests = [self._code_tests(spec) for spec in self._specs]
        self._single_tests = [
            (
                rule.order,
                tuple(self._code_tests(alt[0]) for alt in rule.alternatives),
                rule.sets,
            )
            for rule in self._single
        ]
        self._shifts = [len(regexes) for regexes in self._regexes]
        self._file_single_rules()

    def _spec_id(self, spec: TokenSpec) -> int:
        if spec not in self._specs:
            self._specs.append(spec)
        return self._specs.index(spec)

    @classmethod
    def from_patterns(
        cls, vocab: Vocab, patterns: Iterable[dict[str, Any]], name: str = FAST_NAME
    ) -> FastAttributeRuler:
        """A fast ruler for these ``AttributeRuler.patterns``.

        Raises:
            UnsupportedPatterns: see :func:`compile_rules`.
        """
        ruler = cls(vocab, name)
        ruler.set_patterns(patterns)
        return ruler

    # -- serialization (nlp.to_disk / spacy.load keep the patterns) ---------

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """The patterns, as msgpack."""
        data: bytes = srsly.msgpack_dumps({"patterns": self._patterns})
        return data

    def from_bytes(
        self, data: bytes, *, exclude: Iterable[str] = ()
    ) -> FastAttributeRuler:
        """Load patterns written by :meth:`to_bytes`."""
        self.set_patterns(srsly.msgpack_loads(data)["patterns"])
        return self

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the patterns to ``path/patterns.msgpack``."""
        folder = Path(path)
        folder.mkdir(parents=True, exist_ok=True)
        srsly.write_msgpack(folder / _PATTERNS_FILE, self._patterns)

    def from_disk(
        self, path: str | Path, *, exclude: Iterable[str] = ()
    ) -> FastAttributeRuler:
        """Load patterns written by :meth:`to_disk`."""
        self.set_patterns(srsly.read_msgpack(Path(path) / _PATTERNS_FILE))
        return self

    # -- per doc -----------------------------------------------------------

    def __call__(self, doc: Doc) -> Doc:
        if not self._out_cols or len(doc) == 0:
            return doc
        parsed: Any = doc
        table = np.asarray(
            parsed.to_array([*self._in_attrs, *OUTPUT_ATTRS]), dtype=np.uint64
        )
        original = table[:, len(self._in_attrs) :]
        values, orders = self._single_token_values(table)
        if self._matcher is not None:
            self._apply_matcher(doc, values, orders)
        new = np.where(orders >= 0, values, original)
        cols = np.flatnonzero((new != original).any(axis=0)).tolist()
        if cols:  # only the attributes that changed: MORPH costs per token
            parsed.from_array(
                [OUTPUT_ATTRS[c] for c in cols], np.ascontiguousarray(new[:, cols])
            )
        return doc

    def _single_token_values(self, table: _U64) -> tuple[_U64, _I64]:
        """Per token and output attribute, the value the fast path's rules
        set and the order of the rule that set it (-1: none)."""
        keys, codes = self._keys(table)
        uniq, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
        with self._lock:  # threads share the table: rows are added, not changed
            rows = self._rows(uniq, codes[:, first])[inverse]
            values = self._values[rows]
            orders = self._orders[rows]
            tests = self._tests[rows]
        if self._multi_alts:
            self._apply_multi(tests, values, orders)
        return values, orders

    def _rows(self, keys: _I64, codes: _I64) -> _I64:
        """The resolution table's row of each key (``codes``: the attribute
        codes of a token with that key, one column per key), resolving the
        keys not seen before."""
        if len(self._row_of) > _MAX_CACHE:
            self._clear_rows()
        row_of = self._row_of
        found = [row_of.get(k, -1) for k in keys.tolist()]
        missing = [j for j, row in enumerate(found) if row < 0]
        if missing:
            self._grow(len(row_of) + len(missing))
            for j, key_codes in zip(missing, codes[:, missing].T.tolist(), strict=True):
                row = len(row_of)
                self._resolve(row, key_codes)
                row_of[int(keys[j])] = found[j] = row
        return np.array(found, dtype=np.int64)

    def _grow(self, size: int) -> None:
        capacity = len(self._values)
        if size <= capacity:
            return
        while capacity < size:
            capacity *= 2
        for name in ("_values", "_orders", "_tests"):
            old = getattr(self, name)
            new = np.zeros((capacity, old.shape[1]), dtype=old.dtype)
            new[: len(old)] = old
            setattr(self, name, new)

    def _keys(self, table: _U64) -> tuple[_I64, _I64]:
        n = table.shape[0]
        codes = np.zeros((len(self._in_attrs), n), dtype=np.int64)
        keys = np.zeros(n, dtype=np.int64)
        for a in range(len(self._in_attrs)):
            col = table[:, a]
            code = self._literal_codes(a, col)
            if self._regexes[a]:
                code = (code << len(self._regexes[a])) | self._regex_bits(a, col)
            codes[a] = code
            keys += code * self._mult[a]
        return keys, codes

    def _literal_codes(self, a: int, col: _U64) -> _I64:
        lits = self._literals[a]
        if not len(lits):
            return np.zeros(len(col), dtype=np.int64)
        pos = np.searchsorted(lits, col)
        hit = lits[np.minimum(pos, len(lits) - 1)] == col
        return np.where(hit, pos + 1, 0).astype(np.int64)

    def _regex_bits(self, a: int, col: _U64) -> _I64:
        """Per token, bit r set where the attribute's r-th REGEX finds a match
        in its string (kept per value)."""
        cache = self._regex_cache[a]
        if len(cache) > _MAX_CACHE:
            cache.clear()
        uniq, inverse = np.unique(col, return_inverse=True)
        bits: list[int] = []
        for value in uniq.tolist():
            b = cache.get(value)
            if b is None:
                text = self.vocab.strings[value]
                b = cache[value] = sum(
                    1 << r for r, rx in enumerate(self._regexes[a]) if rx.search(text)
                )
            bits.append(b)
        return np.array(bits, dtype=np.int64)[inverse]

    def _resolve(self, row: int, codes: list[int]) -> None:
        """Fill ``row`` of the resolution table for a token with these codes:
        what the single-token rules set on it (value and rule order per output
        attribute, order -1 where none), and which multi-token specs it
        passes."""
        values = self._values[row]
        orders = self._orders[row]
        orders[:] = -1
        for order, alternatives, sets in self._candidates(codes):
            if any(_passes(tests, codes) for tests in alternatives):
                for col, value in sets:
                    values[col] = value
                    orders[col] = order
        for i, tests in enumerate(self._spec_tests):
            self._tests[row, i] = _passes(tests, codes)

    def _candidates(self, codes: list[int]) -> list[_SingleTests]:
        """The single-token rules that may match a token with these codes,
        in rule order: those filed under one of its literal codes, and those
        filed under none."""
        picked = list(self._unfiled)
        for a, code in enumerate(codes):
            filed = self._filed[a].get(code >> self._shifts[a])
            if filed:
                picked.extend(filed)
        picked.sort()
        return [self._single_tests[i] for i in picked]

    def _file_single_rules(self) -> None:
        """File each single-token rule under the literal codes one of its
        positive tests accepts (the most selective), so that a token is only
        tested against rules it may match."""
        self._filed: list[dict[int, list[int]]] = [{} for _ in self._in_attrs]
        self._unfiled: list[int] = []
        for i, (_, alternatives, _) in enumerate(self._single_tests):
            positive = [
                t
                for t in (alternatives[0] if len(alternatives) == 1 else ())
                if not t.negate and t.mask == -1 and 0 not in t.accepted
            ]
            if not positive:
                self._unfiled.append(i)
                continue
            best = min(positive, key=lambda t: len(t.accepted))
            for code in best.accepted:
                self._filed[best.attr].setdefault(code, []).append(i)

    def _code_tests(self, spec: TokenSpec) -> tuple[_CodeTest, ...]:
        """A spec's checks as tests on the attribute codes of a token."""
        tests: list[_CodeTest] = []
        for check in spec:
            a = self._in_attrs.index(check.attr)
            regexes = [rx.pattern for rx in self._regexes[a]]
            if check.op == "REGEX":
                bit = regexes.index(check.regex)
                tests.append(_CodeTest(a, bit, 1, frozenset({1}), negate=False))
                continue
            lits = self._literals[a].tolist()
            inside = frozenset(lits.index(v) + 1 for v in check.values if v in lits)
            negate = check.op == "NOT_IN"
            tests.append(_CodeTest(a, len(regexes), -1, inside, negate))
        return tuple(tests)

    def _apply_multi(self, tests: _Bool, values: _U64, orders: _I64) -> None:
        n = tests.shape[0]
        present: list[bool] = np.asarray(tests.any(axis=0)).tolist()
        for rule, alts in self._multi_alts:
            for alt in alts:
                length = len(alt)
                if length > n or not all(present[spec] for spec in alt):
                    continue
                starts = np.ones(n - length + 1, dtype=np.bool_)
                for j, spec in enumerate(alt):
                    starts &= tests[j : n - length + 1 + j, spec]
                offset = rule.index if rule.index >= 0 else length + rule.index
                self._assign(
                    np.flatnonzero(starts) + offset,
                    rule.order,
                    rule.sets,
                    values,
                    orders,
                )

    def _apply_matcher(self, doc: Doc, values: _U64, orders: _I64) -> None:
        assert self._matcher is not None
        strings = self.vocab.strings
        matches: Any = self._matcher(doc, allow_missing=True)
        for match_id, start, end in matches:
            rule = self._others[strings[match_id]]
            target = start + rule.index if rule.index >= 0 else end + rule.index
            if not start <= target < end:
                raise ValueError(
                    f"attribute ruler pattern {rule.order}: index {rule.index} "
                    f"is outside the match {doc[start:end].text!r}"
                )
            targets = np.array([target], dtype=np.int64)
            self._assign(targets, rule.order, rule.sets, values, orders)

    @staticmethod
    def _assign(
        targets: _I64,
        order: int,
        sets: tuple[tuple[int, int], ...],
        values: _U64,
        orders: _I64,
    ) -> None:
        if not len(targets):
            return
        for col, value in sets:
            later = targets[orders[targets, col] < order]
            values[later, col] = value
            orders[later, col] = order


@Language.factory(
    FAST_NAME,
    assigns=["token.pos", "token.tag", "token.morph", "token.lemma", "token.dep"],
)
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """An empty fast ruler; :func:`use_fast_attribute_ruler` fills it."""
    return FastAttributeRuler(nlp.vocab, name)


def use_fast_attribute_ruler(nlp: Language) -> bool:
    """Put a :class:`FastAttributeRuler` in place of ``nlp``'s stock one.

    Returns whether it did: False where the pipeline has no stock ruler, or
    where its patterns are of a kind the fast ruler refuses (logged; the stock
    ruler then stays).
    """
    if STOCK_NAME not in nlp.pipe_names:
        return False
    stock: Any = nlp.get_pipe(STOCK_NAME)
    patterns = stock.patterns
    try:  # compile before touching the pipeline: refusals keep the stock ruler
        FastAttributeRuler.from_patterns(nlp.vocab, patterns)
    except UnsupportedPatterns as e:
        logger.warning("keeping spaCy's attribute_ruler: %s", e)
        return False
    position = nlp.pipe_names.index(STOCK_NAME)
    nlp.remove_pipe(STOCK_NAME)
    placement: dict[str, Any] = (
        {"before": position} if position < len(nlp.pipe_names) else {"last": True}
    )
    fast: Any = nlp.add_pipe(FAST_NAME, **placement)
    fast.set_patterns(patterns)
    return True
