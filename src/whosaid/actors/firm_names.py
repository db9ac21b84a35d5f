"""Actors: the name of a firm -- an organization whose own name says it is a
company ("Wirecard AG", "Petrobras S.A.", "XP Investimentos", "Kellbridge
Capital"), so BUS as CAMEO codes business, though no table knows it."""

from __future__ import annotations

from collections.abc import Sequence

LEGAL_FORMS: frozenset[str] = frozenset(
    {
        "ag", "gmbh", "kgaa", "se", "sa", "s.a", "sab", "sas", "spa", "s.p.a",
        "srl", "s.r.l", "nv", "n.v", "bv", "b.v", "ab", "asa", "oyj", "pty",
        "bhd", "berhad", "tbk", "limited", "llp", "lp", "k.k", "ltda", "sarl",
    }
)  # fmt: skip
"""Company legal forms that close a firm's name in many languages ("Siemens
AG", "Vale S.A.", "Eni SpA", "Volvo AB", "Nokia Oyj", "Maybank Bhd"): only
as the name's last word, after another one ("SA" first is South Africa's)."""

FIRM_LAST_WORDS: frozenset[str] = frozenset(
    {
        "capital", "securities", "investments", "investimentos", "inversiones",
        "investissements", "partners", "ventures", "bancorp", "brokerage",
        "brokers", "realty", "ratings", "equities",
    }
)  # fmt: skip
"""Words that close an investment firm's or broker's name ("Northbridge
Capital", "Huaxin Securities", "XP Investimentos", "Sequoia Partners"):
never first ("Capital Markets Authority", "Securities and Exchange
Commission" are regulators) and only as the last word."""


COMPANY_WORDS: frozenset[str] = frozenset(
    {"inc", "corp", "ltd", "llc", "plc", "co", "group", "company", "holdings"}
)
"""Words that make a name a company's wherever they stand ("CME Group",
"Hokuriku Electric Power Co.")."""


def company_name(words: Sequence[str]) -> bool:
    """Whether an organization's name (lower-cased words, trailing dots and
    commas stripped) is a company's: a :data:`COMPANY_WORDS` word anywhere,
    or a legal form or firm's word last (:func:`firm_name`)."""
    return any(w in COMPANY_WORDS for w in words) or firm_name(words)


def firm_name(words: Sequence[str]) -> bool:
    """Whether an organization's name (lower-cased words, trailing dots and
    commas stripped) ends in a company's legal form or a firm's word."""
    if len(words) < 2:
        return False
    last = words[-1]
    return last in LEGAL_FORMS or last in FIRM_LAST_WORDS
