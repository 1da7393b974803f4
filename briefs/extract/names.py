"""Proper-name mentions and the entities they refer to: people, organisations, places.

The layer every panel builds on: quotes need speakers, funding needs funders, goals need actors.
Rules only, from what the text itself says: honorifics, job titles before or after a name,
organisation words, acronyms defined in brackets, descriptors ("smartphone company Oppo"),
speech verbs, and word lists kept as data in `lexicon/`.

The work runs in passes: tokens -> capitalised runs -> candidate mentions with cues -> entities
(joined by key, acronym, surname, short form) -> kinds decided per entity -> roles and
affiliations of people read from the words around their mentions.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from typing import Literal

from briefs.extract.lexicon import lines
from briefs.text import ParsedArticle

Kind = Literal["person", "organisation", "place", "other"]


# ---------------------------------------------------------------- public data


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    text: str  # the name as written, without honorific or possessive
    kind: Kind
    entity: int | None = None  # index into Names.entities
    title: str = ""  # honorific written before the name ("Mr", "Dr")


@dataclass(slots=True)
class Entity:
    kind: Kind
    name: str  # the fullest form
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    organisations: list[str] = field(default_factory=list)

    def forms(self) -> list[str]:
        return [self.name, *self.aliases]


@dataclass(slots=True)
class Names:
    mentions: list[Mention] = field(default_factory=list)  # sorted by start
    entities: list[Entity] = field(default_factory=list)

    def in_span(self, start: int, end: int) -> list[Mention]:
        i = bisect_left([m.start for m in self.mentions], start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def at(self, offset: int) -> Mention | None:
        """The mention covering `offset`, if any."""
        return next((m for m in self.mentions if m.start <= offset < m.end), None)

    def of_kind(self, kind: Kind) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]

    def entity_of(self, mention: Mention) -> Entity | None:
        return self.entities[mention.entity] if mention.entity is not None else None

    def resolve(self, text: str) -> Entity | None:
        """The entity a name, alias, acronym or surname refers to in this article, if exactly one.
        Case, possessives, honorifics and spacing do not matter ("Mr Blair", "OPPO's")."""
        key = _key(_strip_title(text))
        if not key:
            return None
        hits = [e for e in self.entities if key in {_key(f) for f in e.forms()}]
        if not hits:
            hits = [e for e in self.entities if e.kind == "person" and key in _person_keys(e.name)]
        return hits[0] if len(hits) == 1 else None

    def main(self, kind: Kind = "organisation") -> Entity | None:
        """The entity of `kind` mentioned most often (the first named on a tie): the one that
        "the company" or "the university" most likely means."""
        best = [e for e in self.entities if e.kind == kind]
        return max(best, key=lambda e: len(e.mentions), default=None)


# ---------------------------------------------------------------- lexicons


@cache
def _lex(name: str) -> frozenset[str]:
    return frozenset(entry.lower() for entry in lines(name))


def _is(word: str, name: str) -> bool:
    return word.lower() in _lex(name)


_CONNECTORS = frozenset("of for and & in on de von van der den la le du da del della di dos das bin al el y".split())
_PARTICLES = frozenset("de von van der den la le du da del della di dos das bin al el y".split())
_CORP_SUFFIX = frozenset("inc inc. ltd ltd. llc plc co co. corp corp. limited".split())
_TRAILING_POST = frozenset("mp mep msp qc kc".split())
_DETERMINERS = frozenset("the a an its his her their our this that these those".split())
_SUBJECT_VERBS = frozenset("""
has have had is was were will would could can may might must shall should also already
said says told tells added announced reported bought buys sold sells raised released launched
signed agreed confirmed plans planned aims aimed filed sued owns owned made makes declined
refused expects expected intends intended hopes wants wanted warned won lost posted cut cuts
opened closed employs runs ran operates offers offered provides provided became becomes
""".split())
_ROLE_STOPS = frozenset("""
the a an and or but of for to at by from with in on as is was are were be been said says told
who which that this these those his her its their our my your when while after before than
""".split())
_PLACE_PREPS = frozenset("in near outside across throughout".split())
_PLACE_NOUNS = frozenset("town city village county province state region district suburb capital".split())
_CHAIN_PREPS = ("at", "of", "for", "from", "with", "in")
_COMMON_POSSESSORS = frozenset("women men children people workers worker sheriff sheriffs veterans teachers nurses farmers citizens consumers parents students girls boys".split())


def _key(text: str) -> str:
    """Case-, space-, accent- and possessive-insensitive key ("OPPO's" = "Oppo", "Food HQ" = "FoodHQ")."""
    text = text.replace("\u2019", "'")
    text = re.sub(r"'s?$", "", text.strip())
    return re.sub(r"[^\w]|_", "", text.lower())


def _strip_title(text: str) -> str:
    words = text.split()
    while len(words) > 1 and _is(words[0].rstrip("."), "honorifics.txt"):
        words = words[1:]
    return " ".join(words)


# ---------------------------------------------------------------- tokens


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    kind: str  # word, num, poss, punct

    @property
    def cap(self) -> bool:
        return self.kind == "word" and self.text[:1].isupper()

    @property
    def low(self) -> str:
        return self.text.lower().rstrip(".")


_TOKEN = re.compile(
    r"(?P<acr>(?:[A-Za-z]\.){2,})"
    r"|(?P<word>[^\W\d_](?:\w|[-'\u2019.&](?=[^\W_]))*)"
    r"|(?P<num>\d(?:\w|[.,](?=\d))*)"
    r"|(?P<punct>\S)"
)
_DOTTED = frozenset("inc co corp ltd jr sr st mr mrs ms dr prof rev gen lt sgt capt col".split())


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    out: list[_Tok] = []
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup or "punct"
        a, b, word = m.start(), m.end(), m.group()
        if kind == "acr":
            out.append(_Tok(word, a, b, "word"))
            continue
        if kind == "word" and len(word) > 2 and word[-2:].lower() in ("'s", "\u2019s"):
            out.append(_Tok(word[:-2], a, b - 2, "word"))
            out.append(_Tok(word[-2:], b - 2, b, "poss"))
            continue
        if kind == "word" and b < end and text[b] == "." and (len(word) == 1 and word.isupper() or word.lower() in _DOTTED):
            out.append(_Tok(word + ".", a, b + 1, "word"))
            continue
        if kind == "punct" and word in "'\u2019" and out and out[-1].kind == "word" and out[-1].text.endswith("s") \
                and out[-1].end == a and (b >= end or not text[b].isalnum()):
            out.append(_Tok(word, a, b, "poss"))
            continue
        if kind == "punct" and word == "." and out and out[-1].kind == "word" and out[-1].text.endswith("."):
            continue  # the token already took its full stop
        out.append(_Tok(word, a, b, kind))
    return out


# ---------------------------------------------------------------- candidates


@dataclass(slots=True)
class _Cand:
    sent: int  # index into the sentence list
    first: int  # token indexes in that sentence, inclusive
    last: int
    start: int
    end: int
    text: str
    title: str = ""
    role_title: str = ""  # a capitalised title written in the same run ("Home Secretary")
    role_org: int | None = None  # candidate index of an organisation named in that run
    headline: bool = False
    at_start: bool = False
    possessive: bool = False
    votes: Counter = field(default_factory=Counter)
    group: int = -1


@dataclass(slots=True)
class _Sent:
    start: int
    end: int
    toks: list[_Tok]
    headline: bool


class _Reader:
    """One article's analysis; pure, built fresh for each call of `analyse`."""

    def __init__(self, parsed: ParsedArticle) -> None:
        self.text = parsed.text
        self.lower_words = frozenset(re.findall(r"\b[a-z][a-z'-]*\b", self.text))
        self.sents: list[_Sent] = []
        for s in parsed.sentences:
            toks = _tokens(self.text, s.start, s.end)
            self.sents.append(_Sent(s.start, s.end, toks, _is_headline(toks)))
        self.cands: list[_Cand] = []

    # ---------------------------------------------------------- runs

    def find(self) -> None:
        for si, sent in enumerate(self.sents):
            for first, last in self._runs(sent.toks):
                for a, b in self._split(sent.toks, first, last):
                    self._add(si, a, b)

    def _runs(self, toks: list[_Tok]) -> list[tuple[int, int]]:
        runs = []
        i, n = 0, len(toks)
        while i < n:
            if not toks[i].cap:
                i += 1
                continue
            k = i + 1
            while k < n:
                if "\n" in self.text[toks[k - 1].end:toks[k].start]:
                    break
                u = toks[k]
                if u.cap:
                    k += 1
                    continue
                nxt = k + 1
                if u.kind == "word" and u.text in _CONNECTORS:
                    if u.text in ("of", "for") and nxt < n and toks[nxt].text == "the":
                        nxt += 1
                    if nxt < n and toks[nxt].cap:
                        k = nxt + 1
                        continue
                if u.text == "&" and nxt < n and toks[nxt].cap:
                    k = nxt + 1
                    continue
                if u.kind == "poss" and nxt < n and toks[nxt].cap:
                    k = nxt + 1
                    continue
                if u.text == "," and nxt < n and toks[nxt].cap and self._comma_joins(toks, i, k):
                    k = nxt + 1
                    continue
                if u.kind == "num" and len(u.text) <= 2 and nxt < n and toks[nxt].cap and toks[k - 1].cap:
                    k = nxt + 1
                    continue
                break
            runs.append((i, k - 1))
            i = k
        return runs

    def _comma_joins(self, toks: list[_Tok], first: int, comma: int) -> bool:
        """`Raymond James Financial Services, Inc.` and the list inside `Institute of Food,
        Nutrition and Human Health` keep their commas; other commas end a name."""
        nxt = toks[comma + 1]
        if nxt.low in _CORP_SUFFIX:
            return True
        left = [t.low for t in toks[first:comma]]
        if not any(w in ("of", "for") for w in left):
            return False
        head = left[:left.index("of") if "of" in left else left.index("for")]
        if not any(_is(w, "org_words.txt") for w in head):
            return False
        j = comma + 1
        while j < len(toks) and (toks[j].cap or toks[j].text == ","):
            j += 1
        return j < len(toks) and toks[j].text in ("and", "&")

    def _split(self, toks: list[_Tok], first: int, last: int) -> list[tuple[int, int]]:
        """Cut a capitalised run at connectors that join two names rather than form one."""
        pieces = []
        seg = first
        k = first
        while k <= last:
            t = toks[k]
            is_conn = (t.kind == "word" and t.text in _CONNECTORS and not t.cap) or t.text == "&" or t.kind == "poss" or t.text == ","
            if is_conn and k > seg and not self._keeps(toks, seg, k, last):
                pieces.append((seg, k - 1))
                seg = k + 1
                if t.kind == "poss":
                    pass
                elif t.text in ("of", "for") and seg <= last and toks[seg].text == "the":
                    seg += 1
            k += 1
        if seg <= last:
            pieces.append((seg, last))
        return [(a, b) for a, b in pieces if a <= b and toks[a].cap]

    def _keeps(self, toks: list[_Tok], seg: int, k: int, last: int) -> bool:
        left = [t.text for t in toks[seg:k] if t.kind == "word"]
        right = [t.text for t in toks[k + 1:last + 1] if t.kind == "word"]
        conn = toks[k]
        org_left = any(_is(w, "org_words.txt") for w in left)
        org_right = any(_is(w, "org_words.txt") for w in right)
        if conn.kind == "poss":
            before = toks[k - 1].low
            return org_right and not org_left and (before in _COMMON_POSSESSORS or before in self.lower_words)
        if conn.text == ",":
            return True  # `_comma_joins` already judged it
        if conn.text in _PARTICLES and conn.text not in ("in", "on"):
            return not org_left and not org_right
        if conn.text in ("and", "&"):
            if any(w.lower() in ("of", "for") for w in left):
                return True
            return org_right and not org_left and len(left) <= 3
        if conn.text in ("of", "for", "the"):
            return org_left or any(_is(w, "roles.txt") for w in left)
        if conn.text in ("in", "on"):
            return org_right and bool(right) and _is(right[-1], "org_words.txt")
        return False

    # ---------------------------------------------------------- trimming a run into a mention

    def _add(self, si: int, a: int, b: int) -> None:
        sent = self.sents[si]
        toks = sent.toks
        at_start = a == _first_word(toks)
        # Leading words capitalised only by position: "The", "In", "Struggling", "Chinese".
        while a <= b and (toks[a].low == "the" or at_start and self._opener(toks, a, b)):
            a += 1
            at_start = False
        while a <= b and toks[a].kind != "word":
            a += 1
        if a > b:
            return
        title, a = self._honorifics(toks, a, b)
        role_title = ""
        role_org = None
        split = self._title_split(toks, a, b)
        if split is not None:
            role_a, role_b, name_a = split
            org_b = self._org_prefix(toks, role_a, role_b)
            if org_b is not None:
                self._push(si, role_a, org_b, "", at_start)
                role_org = len(self.cands) - 1
                role_a = org_b + 1
            role_title = " ".join(t.text for t in toks[role_a:role_b + 1])
            title2, a = self._honorifics(toks, name_a, b)
            title = title2 or title
            at_start = False
        while b >= a and (toks[b].low in _TRAILING_POST or toks[b].kind != "word" and toks[b].text not in ("&",)):
            b -= 1
        if a > b or a < len(toks) and not toks[a].cap:
            return
        cand = self._push(si, a, b, title, at_start)
        if cand is not None:
            cand.role_title = role_title
            cand.role_org = role_org

    def _push(self, si: int, a: int, b: int, title: str, at_start: bool) -> _Cand | None:
        sent = self.sents[si]
        toks = sent.toks
        words = [t for t in toks[a:b + 1]]
        if not words or not words[0].cap:
            return None
        start, end = words[0].start, words[-1].end
        text = self.text[start:end]
        if _shouting(words):
            return None
        possessive = b + 1 < len(toks) and toks[b + 1].kind == "poss"
        cand = _Cand(si, a, b, start, end, text, title=title, headline=sent.headline, at_start=at_start,
                     possessive=possessive)
        self.cands.append(cand)
        return cand

    def _opener(self, toks: list[_Tok], a: int, b: int) -> bool:
        """Whether the sentence's first word is a common word rather than part of the name."""
        word = toks[a].text
        low = word.lower()
        if _is(word, "sentence_openers.txt") or _is(word, "non_names.txt"):
            return True
        if a == b:
            return False  # judged later, on the whole article
        rest = [t.text for t in toks[a + 1:b + 1] if t.kind == "word"]
        if _is(word, "nationalities.txt"):
            return True
        if _is(word, "given_names.txt") or _is(word, "honorifics.txt"):
            return False
        if re.search(r"(?:ing|ly|ed)$", low) and low not in ("united",):
            return True
        if any(_is(w, "org_words.txt") for w in rest):
            return False
        return low in self.lower_words

    def _honorifics(self, toks: list[_Tok], a: int, b: int) -> tuple[str, int]:
        title = []
        while a < b and _is(toks[a].text.rstrip("."), "honorifics.txt") and toks[a + 1].cap:
            title.append(toks[a].text)
            a += 1
        return " ".join(title), a

    def _title_split(self, toks: list[_Tok], a: int, b: int) -> tuple[int, int, int] | None:
        """`Home Secretary Charles Clarke`, `PolyU President Jin-Guang Teng`: a capitalised title
        in the run, then a person's name. Returns (title first, title last, name first)."""
        for i in range(b - 1, a - 1, -1):
            word = toks[i].low
            if not (_is(word, "roles.txt") or _is(word, "honorifics.txt") and i > a):
                continue
            name_a = i + 1
            while name_a <= b and _is(toks[name_a].text.rstrip("."), "honorifics.txt"):
                name_a += 1
            rest = [t.text for t in toks[name_a:b + 1] if t.kind == "word"]
            if not rest or not _person_shaped(rest):
                return None
            role_b = i
            while role_b > a and _is(toks[role_b].text.rstrip("."), "honorifics.txt"):
                role_b -= 1
            if _is(toks[role_b].low, "honorifics.txt") and not _is(toks[role_b].low, "roles.txt"):
                return None
            return a, role_b, name_a
        return None

    def _org_prefix(self, toks: list[_Tok], a: int, b: int) -> int | None:
        """The last token of an organisation written before a title (`Callaghan Innovation chief
        executive`, `PolyU President`), if the words before the title's head name one."""
        head = b
        while head > a and (_is(toks[head - 1].low, "roles.txt") or _is(toks[head - 1].low, "role_modifiers.txt")):
            head -= 1
        if head == a:
            return None
        words = [t.text for t in toks[a:head] if t.kind == "word"]
        if any(_is(w, "org_words.txt") for w in words) or _acronym(words[-1]) or _camel(words[-1]):
            return head - 1
        return None

    # ---------------------------------------------------------- cues

    def cue(self) -> None:
        for c in self.cands:
            self._cue_words(c)
            self._cue_context(c)

    def _cue_words(self, c: _Cand) -> None:
        words = c.text.replace("\u2019", "'").split()
        low = [w.lower().strip(".,") for w in words]
        if c.title:
            c.votes["person"] += 5
        if c.role_title:
            c.votes["person"] += 4
        if _is(c.text, "places.txt") or _is(c.text, "nationalities.txt"):
            c.votes["place"] += 6
        if any(_is(w, "org_words.txt") for w in low[1:]) or len(low) > 1 and _is(low[0], "org_words.txt") and "of" in low:
            c.votes["organisation"] += 5
        elif len(low) == 1 and _is(low[0], "org_words.txt"):
            c.votes["other"] += 3
        if len(words) == 1:
            self._cue_single(c, words[0])
            return
        if _is(words[0], "given_names.txt") or _given_shape(words[0]):
            c.votes["person"] += 3
        elif _is(words[0], "surnames_first.txt") and len(words) <= 3 and not _is(words[-1], "org_words.txt"):
            c.votes["person"] += 3
        if all(_is(w, "common_words.txt") or _is(w, "nationalities.txt") or _is(w, "non_names.txt") for w in words):
            c.votes["other"] += 4
        if any(_is(w, "non_names.txt") for w in words) and not c.votes["person"]:
            c.votes["other"] += 2
        if re.search(r"\.(?:com|org|net|co\.\w+|io)$", c.text, re.I):
            c.votes["organisation"] += 2

    def _cue_single(self, c: _Cand, word: str) -> None:
        if _is(word, "non_names.txt") or _is(word, "common_words.txt") or _is(word, "sentence_openers.txt"):
            c.votes["other"] += 4
        if _is(word, "common_acronyms.txt"):
            c.votes["other"] += 6
        elif _acronym(word) or _camel(word):
            c.votes["organisation"] += 2
        if re.search(r"\.(?:com|org|net|co\.\w+|io)$", word, re.I):
            c.votes["organisation"] += 3
        if c.at_start and word.lower() in self.lower_words:
            c.votes["other"] += 3

    def _cue_context(self, c: _Cand) -> None:
        toks = self.sents[c.sent].toks
        prev = _prev_words(toks, c.first, 3)
        nxt = toks[c.last + 1] if c.last + 1 < len(toks) else None
        after = toks[c.last + 2] if c.last + 2 < len(toks) else None
        if prev and prev[0] in ("the",) and len(prev) > 1:
            prev = prev[1:]
        if prev and _is(prev[0], "org_descriptors.txt"):
            c.votes["organisation"] += 4
        if prev and _is(prev[0], "person_cues.txt"):
            c.votes["person"] += 4
        if prev and prev[0] in _PLACE_PREPS:
            c.votes["place"] += 1
        if len(prev) > 1 and prev[0] == "of" and prev[1] in _PLACE_NOUNS:
            c.votes["place"] += 4
        if nxt is not None and nxt.kind == "poss" and after is not None and (
                _is(after.low, "roles.txt") or _is(after.low, "role_modifiers.txt")):
            c.votes["organisation"] += 3
        if nxt is not None and nxt.kind == "word" and nxt.low in _SUBJECT_VERBS:
            c.votes["subject"] += 1
        if nxt is not None and nxt.kind == "poss":
            c.votes["subject"] += 1
        if nxt is not None and nxt.text == "(" and after is not None and after.kind == "word" and _acronym(after.text):
            c.votes["defines"] += 1
        self._cue_apposition(c, toks)

    def _cue_apposition(self, c: _Cand, toks: list[_Tok]) -> None:
        """`Parmalat, the Italian food group`, `CaSE, a pressure group`: an appositive headed by
        an organisation noun."""
        k = c.last + 1
        if k >= len(toks) or toks[k].text != ",":
            return
        words = []
        for t in toks[k + 1:k + 8]:
            if t.kind != "word" or t.low in ("of", "at", "for", "in", "which", "that", "who", "with"):
                break
            words.append(t.low)
        if words and words[0] in ("the", "a", "an", "its") and any(_is(w, "org_descriptors.txt") for w in words[1:]):
            c.votes["organisation"] += 4


# ---------------------------------------------------------------- small predicates


def _first_word(toks: list[_Tok]) -> int:
    for i, t in enumerate(toks):
        if t.kind in ("word", "num"):
            return i
    return -1


def _prev_words(toks: list[_Tok], i: int, n: int) -> list[str]:
    """Up to n lower-cased words just before token i, nearest first; stops at punctuation."""
    out = []
    j = i - 1
    while j >= 0 and len(out) < n and toks[j].kind == "word":
        out.append(toks[j].low)
        j -= 1
    return out


def _is_headline(toks: list[_Tok]) -> bool:
    """A title-case or upper-case line: its capitals say nothing about names."""
    words = [t for t in toks if t.kind == "word" and t.text.isalpha()]
    if len(words) < 3:
        return False
    caps = sum(1 for t in words if t.text[0].isupper() and t.text.lower() not in _CONNECTORS)
    upper = sum(1 for t in words if t.text.isupper() and len(t.text) > 1)
    return caps >= 0.75 * len(words) or upper >= 0.6 * len(words)


def _shouting(words: list[_Tok]) -> bool:
    long_upper = [t for t in words if t.text.isupper() and len(t.text) > 3]
    return len(long_upper) >= 2 and all(t.text.isupper() or not t.text[:1].isalpha() for t in words)


def _acronym(word: str) -> bool:
    letters = re.sub(r"[^A-Za-z]", "", word)
    return 2 <= len(word) <= 7 and len(letters) >= 2 and sum(ch.isupper() for ch in letters) >= max(2, len(letters) - 2) \
        and word[:1].isupper()


def _camel(word: str) -> bool:
    """`PolyU`, `MacroPolo`, `AgResearch`: capitals inside the word, not a Mc/Mac surname."""
    return bool(re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", word)) and not re.match(r"Ma?c[A-Z]", word) \
        and not re.match(r"(?:De|Di|Le|La|Van|Von|Du|Da)[A-Z]", word)


def _given_shape(word: str) -> bool:
    """Romanised East Asian given names: `Jin-Guang`, `Ka-chiu`."""
    return bool(re.fullmatch(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}", word))


def _person_shaped(words: list[str]) -> bool:
    if any(_is(w, "org_words.txt") for w in words):
        return False
    if len(words) == 1:
        w = words[0]
        return w[:1].isupper() and not _is(w, "places.txt") and not _is(w, "non_names.txt") \
            and not _is(w, "common_words.txt") and not _acronym(w) and not _is(w, "nationalities.txt")
    return not _is(" ".join(words), "places.txt")


def _person_keys(name: str) -> set[str]:
    """Keys under which a person may be named again: each name word but particles."""
    words = [w for w in name.split() if w.lower() not in _PARTICLES and len(w.rstrip(".")) > 1]
    keys = {_key(w) for w in words}
    particles = re.search(r"\b((?:(?:von|van|de|der|den|la|le|du|da|del|di)\s+)+\S+)$", name)
    if particles:
        keys.add(_key(particles.group(1)))
    return keys


def surname(name: str) -> str:
    """The word a person is called by on second mention: `Zhang` for `Zhang Lei`, `Lee` for
    `John Lee Ka-chiu`, `von der Leyen` for `Ursula von der Leyen`, `Houston` for `John W. Houston`."""
    words = name.split()
    if len(words) == 1:
        return name
    particles = re.search(r"\b((?:(?:von|van|de|der|den|la|le|du|da|del|di)\s+)+\S+)$", name)
    if particles:
        return particles.group(1)
    if _is(words[0], "surnames_first.txt") and not _is(words[0], "given_names.txt") and len(words) <= 3:
        return words[0]
    if len(words) >= 3 and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", words[-1]):
        return words[-2]
    tail = [w for w in words if w.rstrip(".").lower() not in ("jr", "sr", "ii", "iii", "iv")]
    return tail[-1]


# ---------------------------------------------------------------- entities


class _Builder:
    """Joins candidates into entities and decides each entity's kind."""

    def __init__(self, reader: _Reader) -> None:
        self.r = reader
        self.groups: list[list[int]] = []
        self.acronym_of: dict[str, int] = {}

    def build(self) -> Names:
        self._group_by_key()
        self._define_acronyms()
        self._join_people()
        self._join_short_forms()
        kinds = [self._kind(gi) for gi in range(len(self.groups))]
        kinds = self._by_lists(kinds)
        return self._names(kinds)

    def _group_by_key(self) -> None:
        index: dict[str, int] = {}
        for ci, c in enumerate(self.r.cands):
            key = _key(c.text)
            if not key:
                continue
            alt = key[:-1] if key.endswith("s") and len(key) > 4 else key
            gi = index.get(key, index.get(alt, index.get(key + "s")))
            if gi is None:
                gi = len(self.groups)
                self.groups.append([])
                index[key] = gi
            self.groups[gi].append(ci)
            c.group = gi

    def _move(self, src: int, dst: int) -> None:
        if src == dst:
            return
        for ci in self.groups[src]:
            self.r.cands[ci].group = dst
        self.groups[dst].extend(self.groups[src])
        self.groups[src] = []

    def _define_acronyms(self) -> None:
        """`Hong Kong Polytechnic University (PolyU)`: the bracketed acronym joins the name."""
        cands = self.r.cands
        for ci, c in enumerate(cands):
            if not c.votes["defines"]:
                continue
            toks = self.r.sents[c.sent].toks
            acr_tok = toks[c.last + 2]
            target = next((d for d in cands if d.sent == c.sent and d.start == acr_tok.start), None)
            if target is None or target.group < 0 or c.group < 0:
                continue
            c.votes["organisation"] += 1 if not c.votes["person"] else 0
            self._move(target.group, c.group)
        # Undefined acronyms that spell a name's initials: SAIC, ISG, EPSRC.
        long_names = {}
        for gi, members in enumerate(self.groups):
            for ci in members:
                ini = _initials(cands[ci].text)
                if ini and len(ini) >= 2:
                    long_names.setdefault(ini, set()).add(gi)
        for gi, members in enumerate(self.groups):
            if not members:
                continue
            word = cands[members[0]].text
            if " " in word or not _acronym(word):
                continue
            hits = long_names.get(word.upper().replace(".", ""), set()) - {gi}
            if len(hits) == 1:
                self._move(gi, hits.pop())

    def _join_people(self) -> None:
        """Short forms of a person's name (`Zhang`, `Mr Mittal`) join the full name."""
        cands = self.r.cands
        full = [gi for gi, m in enumerate(self.groups) if m and self._person_score(gi) >= 3
                and max(len(cands[ci].text.split()) for ci in m) > 1]
        for gi, members in enumerate(self.groups):
            if not members or gi in full:
                continue
            words = cands[members[0]].text.split()
            if len(words) > 2:
                continue
            key = _key(cands[members[0]].text)
            hits = [fg for fg in full if self.groups[fg] and key in _person_keys(self._longest(fg)) | {_key(self._longest(fg))}
                    and key != _key(self._longest(fg))]
            if len(hits) == 1:
                if self._org_score(gi) >= 4 and not any(cands[ci].title for ci in members):
                    continue
                self._move(gi, hits[0])

    def _join_short_forms(self) -> None:
        """`Massey` for `Massey University`, `Potato Council` for `British Potato Council`."""
        cands = self.r.cands
        orgish = [gi for gi, m in enumerate(self.groups) if m and self._org_score(gi) >= 4]
        for gi, members in enumerate(self.groups):
            if not members or gi in orgish and len(self._longest(gi).split()) > 1 and self._org_score(gi) >= 5:
                continue
            if any(cands[ci].title for ci in members) or self._person_score(gi) >= 4:
                continue
            short = self._longest(gi).split()
            if len(short) == 1 and (_is(short[0], "org_words.txt") or _is(short[0], "common_words.txt")):
                continue
            hits = []
            for og in orgish:
                if og == gi or not self.groups[og]:
                    continue
                longer = self._longest(og).replace("\u2019", "'").split()
                if len(longer) <= len(short):
                    continue
                k = len(short)
                if [w.lower() for w in longer[:k]] == [w.lower() for w in short] or \
                        [w.lower() for w in longer[-k:]] == [w.lower() for w in short]:
                    hits.append(og)
            if len(hits) == 1 and not _is(" ".join(short), "places.txt"):
                self._move(gi, hits[0])

    def _longest(self, gi: int) -> str:
        texts = [self.r.cands[ci].text for ci in self.groups[gi]]
        return max(texts, key=lambda t: (len(t.split()), len(t)))

    def _votes(self, gi: int) -> Counter:
        total: Counter = Counter()
        for ci in self.groups[gi]:
            c = self.r.cands[ci]
            if c.headline and len(self.groups[gi]) > 1:
                continue
            total.update(c.votes)
        return total

    def _person_score(self, gi: int) -> int:
        return self._votes(gi)["person"]

    def _org_score(self, gi: int) -> int:
        return self._votes(gi)["organisation"]

    def _kind(self, gi: int) -> Kind | None:
        members = self.groups[gi]
        if not members:
            return None
        cands = [self.r.cands[ci] for ci in members]
        if all(c.headline for c in cands):
            return None  # a name seen only in a headline is not trusted
        v = self._votes(gi)
        single = all(len(c.text.split()) == 1 for c in cands)
        if v["place"] >= 6 and v["person"] < 5 and v["organisation"] < 5:
            return "place"
        if v["other"] >= 4 and v["person"] < 5 and v["organisation"] < 5:
            return None
        if v["person"] >= 3 and v["person"] >= v["organisation"]:
            return "person"
        if v["organisation"] >= 2:
            return "organisation"
        if v["place"] >= 1:
            return "place"
        if v["subject"] and single and not all(c.at_start for c in cands):
            return "organisation"
        if v["person"] >= 1:
            return "person"
        return None

    def _by_lists(self, kinds: list[Kind | None]) -> list[Kind | None]:
        """`Google, AOL, Yahoo and many smaller firms`: unknown names listed with organisations
        are organisations too."""
        cands = self.r.cands
        for si, sent in enumerate(self.r.sents):
            mine = [c for c in cands if c.sent == si and c.group >= 0]
            mine.sort(key=lambda c: c.start)
            chain: list[_Cand] = []
            for c in mine:
                if chain and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*", self.r.text[chain[-1].end:c.start]):
                    chain.append(c)
                    continue
                self._settle(chain, kinds)
                chain = [c]
            self._settle(chain, kinds)
        return kinds

    def _settle(self, chain: list[_Cand], kinds: list[Kind | None]) -> None:
        if len(chain) < 2:
            return
        found = [kinds[c.group] for c in chain]
        if "organisation" in found and "person" not in found and "place" not in found:
            for c in chain:
                if kinds[c.group] is None and not c.at_start and not c.headline and len(c.text) > 1:
                    kinds[c.group] = "organisation"

    def _names(self, kinds: list[Kind | None]) -> Names:
        names = Names()
        cands = self.r.cands
        for gi, members in enumerate(self.groups):
            kind = kinds[gi]
            if kind is None:
                continue
            ei = len(names.entities)
            entity = Entity(kind, "")
            for ci in sorted(members, key=lambda i: cands[i].start):
                c = cands[ci]
                text = _clean(c.text)
                m = Mention(c.start, c.start + len(text), text, kind, ei, c.title)
                entity.mentions.append(m)
                names.mentions.append(m)
            entity.name, entity.aliases = _naming(kind, [m.text for m in entity.mentions])
            names.entities.append(entity)
        names.mentions.sort(key=lambda m: m.start)
        return names


def _clean(text: str) -> str:
    return re.sub(r"['\u2019]s?$", "", text).rstrip(" ,")


def _naming(kind: Kind, texts: list[str]) -> tuple[str, list[str]]:
    """The fullest form as the name; every other form (by key) as an alias."""
    counts = Counter(texts)
    by_key: dict[str, str] = {}
    for t in sorted(counts, key=lambda t: -counts[t]):
        by_key.setdefault(_key(t), t)
    forms = list(by_key.values())
    if kind == "organisation":
        name = max(forms, key=lambda t: (len(t.split()), not _acronym(t), len(t)))
    else:
        name = max(forms, key=lambda t: (len(t.split()), len(t)))
    return name, [f for f in forms if f != name]


def _initials(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text) if w]
    caps = [w[0] for w in words if w[:1].isupper() and w.lower() not in ("the",)]
    full = "".join(caps)
    if len(caps) < 2:
        return ""
    return full


# ---------------------------------------------------------------- roles and affiliations


class _Roles:
    """Reads each person's title and organisation from the words around their mentions."""

    def __init__(self, reader: _Reader, names: Names) -> None:
        self.r = reader
        self.names = names
        self.by_start = {m.start: m for m in names.mentions}

    def read(self) -> None:
        for cand in self.r.cands:
            m = self.by_start.get(cand.start)
            if m is None or m.kind != "person":
                continue
            entity = self.names.entity_of(m)
            found = self._around(cand)
            for role, orgs in found:
                if role and role.lower() not in (r.lower() for r in entity.roles):
                    entity.roles.append(role)
                for org in orgs:
                    if org and org.lower() not in (o.lower() for o in entity.organisations):
                        entity.organisations.append(org)

    def _around(self, c: _Cand) -> list[tuple[str, list[str]]]:
        toks = self.r.sents[c.sent].toks
        out = []
        if c.role_title:
            orgs = []
            if c.role_org is not None:
                orgs.append(_clean(self.r.cands[c.role_org].text))
            out.append((c.role_title, orgs))
        before = self._before(toks, c.first)
        if before:
            out.append(before)
        after = self._after(toks, c.last)
        if after:
            out.append(after)
        ahead = self._appositive_before(toks, c.first)
        if ahead:
            out.append(ahead)
        return out

    def _org_at(self, tok: _Tok) -> Mention | None:
        m = self.names.at(tok.start)
        return m if m is not None and m.kind == "organisation" else None

    def _main_org(self) -> list[str]:
        main = self.names.main("organisation")
        return [main.name] if main else []

    def _before(self, toks: list[_Tok], first: int) -> tuple[str, list[str]] | None:
        """`said project manager Livio Costantini`, `Mitsubishi's chief executive Takashi
        Nishioka`, `Conservative deregulation spokesman John Redwood`."""
        j = first - 1
        if j < 0 or toks[j].kind != "word" or not _is(toks[j].low, "roles.txt"):
            return None
        role_end = j
        while j >= 0 and toks[j].kind == "word" and first - j <= 6:
            t = toks[j]
            if t.low in _ROLE_STOPS or t.low in _lex("name_verbs.txt") or self._org_at(t) or \
                    _is(t.text, "places.txt") or _is(t.text, "nationalities.txt") or t.text[:1].isdigit():
                break
            if t.cap and self.names.at(t.start) is not None:
                break
            j -= 1
        words = toks[j + 1:role_end + 1]
        while words and re.search(r"ly$", words[0].low) and not _is(words[0].low, "roles.txt"):
            words = words[1:]
        if not words:
            return None
        role = " ".join(t.text for t in words)
        orgs: list[str] = []
        if j >= 0:
            t = toks[j]
            if t.kind == "poss" and j > 0:
                org = self._org_at(toks[j - 1])
                if org:
                    orgs.append(org.text)
                elif toks[j - 1].low in _lex("org_descriptors.txt"):
                    orgs.extend(self._main_org())
            elif self._org_at(t):
                orgs.append(self._org_at(t).text)
        return role, orgs

    def _after(self, toks: list[_Tok], last: int) -> tuple[str, list[str]] | None:
        """`Zhang Lei, chair professor of ... at PolyU's department of computing`, `Frank Weise,
        head of the Federal Labour Agency,`, `Isabelle Kronawitter at Hypovereinsbank`,
        `Dr Doug Williams of BT, who will be NM2's technical project manager`."""
        k = last + 1
        if k >= len(toks):
            return None
        if toks[k].kind == "word" and toks[k].low in ("at", "of", "from", "with"):
            orgs = self._orgs_in(toks, k, k + 6)
            found = ("", orgs) if orgs else None
            if orgs:
                who = self._who_clause(toks, k)
                if who:
                    return who[0], orgs + who[1]
            return found
        if toks[k].text not in (",", "(") and toks[k].text not in ("\u2013", "\u2014", "-"):
            return None
        k += 1
        if k < len(toks) and toks[k].low == "who":
            return self._who_clause(toks, k - 1)
        return self._phrase(toks, k)

    def _who_clause(self, toks: list[_Tok], k: int) -> tuple[str, list[str]] | None:
        for j in range(k, min(len(toks), k + 8)):
            if toks[j].low == "who":
                j += 1
                while j < len(toks) and toks[j].low in ("is", "was", "will", "be", "has", "been", "became", "becomes", "now", "also", "the", "currently"):
                    j += 1
                return self._phrase(toks, j)
        return None

    def _phrase(self, toks: list[_Tok], k: int) -> tuple[str, list[str]] | None:
        """An appositive title: [the|a] [Org's] title words [of lower-case words]* [at|of|for Org]."""
        orgs: list[str] = []
        while k < len(toks) and toks[k].low in ("the", "a", "an", "its", "their", "now", "also", "currently", "former"):
            k += 1
        if k + 1 < len(toks) and toks[k + 1].kind == "poss":
            org = self._org_at(toks[k])
            if org:
                orgs.append(org.text)
            elif toks[k].low in _lex("org_descriptors.txt"):
                orgs.extend(self._main_org())
            else:
                return None
            k += 2
        words: list[_Tok] = []
        j = k
        has_head = False
        while j < len(toks) and len(words) < 14:
            t = toks[j]
            if t.kind != "word" or t.low in ("who", "which", "that", "said", "says", "told", "and"):
                break
            if t.low in _CHAIN_PREPS and self._orgs_in(toks, j, j + 8):
                orgs.extend(self._orgs_in(toks, j, j + 8))
                break
            if t.cap and self.names.at(t.start) is not None and not _is(t.low, "roles.txt"):
                m = self.names.at(t.start)
                if m.kind == "organisation":
                    orgs.append(m.text)
                    j = self._skip_mention(toks, j, m)
                    if j < len(toks) and toks[j].kind == "poss":
                        j += 1
                        continue
                break
            if _is(t.low, "roles.txt"):
                has_head = True
            words.append(t)
            j += 1
        while words and not _is(words[-1].low, "roles.txt") and words[-1].low not in ("affairs",) and not has_head:
            words.pop()
        while words and words[-1].low in _ROLE_STOPS:
            words.pop()
        if not has_head:
            return ("", orgs) if orgs else None
        return " ".join(t.text for t in words), orgs

    def _skip_mention(self, toks: list[_Tok], j: int, m: Mention) -> int:
        while j < len(toks) and toks[j].start < m.end:
            j += 1
        return j

    def _orgs_in(self, toks: list[_Tok], k: int, stop: int) -> list[str]:
        """Organisations named right after a preposition: `at PolyU's department`, `of the
        Federal Labour Agency`, `for e mail software firm Sendmail`."""
        out = []
        j = k + 1
        while j < min(stop, len(toks)):
            t = toks[j]
            if t.kind != "word" and t.kind != "poss":
                break
            m = self.names.at(t.start)
            if m is not None:
                if m.kind == "organisation":
                    out.append(m.text)
                    j = self._skip_mention(toks, j, m)
                    if j < len(toks) and toks[j].kind == "poss":
                        j += 1
                    continue
                break
            if t.cap and not _is(t.text, "nationalities.txt"):
                break
            if t.low in ("and", "who", "which", "said", "says"):
                break
            if out and t.low not in ("of", "at", "the", "in"):
                break
            j += 1
        return out

    def _appositive_before(self, toks: list[_Tok], first: int) -> tuple[str, list[str]] | None:
        """`Computer specialist at the IAEA, Peter Smith,`, `Director of CaSE, Imran Khan,`,
        `the company's administrator, turnaround expert Enrico Bondi`."""
        j = first - 1
        while j >= 0 and toks[j].kind == "word" and not toks[j].cap:
            j -= 1  # lower-case words of a title written straight before the name
        if j < 0 or toks[j].text != ",":
            return None
        start = j - 1
        while start >= 0 and toks[start].text not in (",", ";", ":", "(", "\u2013", "\u2014") and toks[start].low not in ("said", "says", "told"):
            start -= 1
        phrase = self._phrase(toks, start + 1)
        if not phrase or not phrase[0]:
            return None
        return phrase


# ---------------------------------------------------------------- entry point


def analyse(parsed: ParsedArticle) -> Names:
    """Every proper-name mention of the article with its entity: people, organisations, places."""
    reader = _Reader(parsed)
    reader.find()
    reader.cue()
    names = _Builder(reader).build()
    _Roles(reader, names).read()
    return names
