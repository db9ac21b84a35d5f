"""Speaker resolution: the titles and descriptors the text gives a name.

"Foreign Minister X", "X, a Trump spokeswoman," teach a person's titles (and
gender words); "the Kayhan newspaper", "Gavi, the vaccine alliance" teach a
body's descriptors.  Nominal sources ("the spokesman", "the newspaper") and
headline titles match against them.
"""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from whosaid.entities.lexicon import HONORIFICS, ORG_NOUNS, ROLE_NOUNS, TITLES
from whosaid.entities.names import gender_of
from whosaid.speakers.model import SUBJECT_DEPS, WINDOW_TOKENS, DocIndex, Entity
from whosaid.speakers.person_appositives import relative_clause_gender


def left_window(ix: DocIndex, i: int) -> list[Token]:
    out: list[Token] = []
    sent_start = ix.doc[i].sent.start
    j = i - 1
    while j >= sent_start and len(out) < WINDOW_TOKENS:
        tok = ix.doc[j]
        if tok.pos_ in {"VERB", "AUX"} or tok.text in {",", ";", ":", "(", ")"}:
            break
        if "\n" in tok.text or (tok.is_punct and tok.text not in {"-", "."}):
            break
        out.append(tok)
        j -= 1
    return out


def right_appositive(ix: DocIndex, i: int) -> list[Token]:
    """Tokens of ", a Trump spokeswoman," after token ``i``."""
    out: list[Token] = []
    if i + 1 >= len(ix.doc) or ix.doc[i + 1].text != ",":
        return out
    sent_end = ix.doc[i].sent.end
    j = i + 2
    while j < sent_end and len(out) < WINDOW_TOKENS:
        tok = ix.doc[j]
        if tok.pos_ in {"VERB", "AUX"} or tok.is_punct or "\n" in tok.text:
            break
        out.append(tok)
        j += 1
    inside = {t.i for t in out}
    if any(t.dep_ in SUBJECT_DEPS and t.head.i not in inside for t in out):
        # "Ireland, the European Union's highest court has ruled": the
        # subject of a clause after the name, no appositive of it
        return []
    return out


RANK_TITLES: dict[str, str] = {
    "gen": "general",
    "adm": "admiral",
    "col": "colonel",
    "maj": "major",
    "lt": "lieutenant",
    "capt": "captain",
    "sgt": "sergeant",
    "sen": "senator",
    "rep": "representative",
    "gov": "governor",
    "supt": "superintendent",
    "insp": "inspector",
}
"""Abbreviated titles and the word a later nominal or headline writes out
("Gen. David Petraeus" … "General Says …", "Sen. X" … "the senator")."""


def title_word(word: str) -> str:
    """A word of a title chain as titles keep it: "u.n." -> "un", "gov." ->
    "gov"."""
    return word.rstrip(".") if word.count(".") <= 1 else word.replace(".", "")


def role_before_comma(span: SpacySpan) -> list[Token]:
    """The role noun a name is the appositive of, with its compound
    modifiers: "spokesman" of "A spokesman for the coast guard, Gan Yu,",
    "chief negotiator" of "The EU's chief negotiator, Michel Barnier,"."""
    root = span.root
    head = root.head
    if root.dep_ != "appos" or head.i >= span.start or head.lower_ not in ROLE_NOUNS:
        return []
    mods = [c for c in head.children if c.i < head.i and c.dep_ in {"amod", "compound"}]
    return [*mods, head]


def learn_titles(ix: DocIndex, entity: Entity, span: SpacySpan) -> None:
    tokens = [
        t
        for t in [
            *left_window(ix, span[0].i),
            *right_appositive(ix, span[-1].i),
            *role_before_comma(span),
        ]
        if title_word(t.lower_).isalpha()
    ]
    words = [title_word(t.lower_) for t in tokens]
    if any(w in ROLE_NOUNS or w in TITLES for w in words):
        entity.titles.update(words)
        # "Gen. David Petraeus" is the "General" of a headline
        entity.titles.update(RANK_TITLES[w] for w in words if w in RANK_TITLES)
    gender = gender_of(
        title_word(t.lower_) for t in tokens if not _modifies_body(t)
    ) or relative_clause_gender(span)
    if gender is not None and entity.gender is None:
        entity.gender = gender
    honorific = gender_of(w for w in words if w in HONORIFICS)
    if honorific is not None:
        # "Mrs Jean Mensa": the honorific outweighs the given-name table's
        # guess ("Jean" is mostly a man's name)
        entity.gender = honorific


def _modifies_body(tok: Token) -> bool:
    """Whether a word only modifies an organisation noun ("*sister* party",
    "*mother* company"): no gender of the person described."""
    return tok.dep_ in {"compound", "amod", "nmod"} and tok.head.lower_ in ORG_NOUNS


def learn_descriptors(ix: DocIndex, entity: Entity, span: SpacySpan) -> None:
    """Learn "newspaper" from "the Kayhan newspaper", "alliance" from
    "Gavi, the vaccine alliance"."""
    last = span[-1].i
    words: list[str] = []
    if last + 1 < len(ix.doc):
        nxt = ix.doc[last + 1]
        if nxt.is_lower and nxt.pos_ == "NOUN":
            words.extend(t.lower_ for t in ix.doc[last + 1 : last + 3] if t.is_lower)
    words.extend(t.lower_ for t in right_appositive(ix, last) if t.is_lower)
    entity.titles.update(w for w in words if w in ORG_NOUNS or w == "news")
