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
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from typing import Literal

from briefs.extract.lexicon import lines, words as lexicon_words
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
    _starts: list[int] = field(default_factory=list, repr=False, compare=False)
    _key_index: tuple | None = field(default=None, repr=False, compare=False)

    def _index(self) -> list[int]:
        """Mention starts, rebuilt when the mention list has changed."""
        if len(self._starts) != len(self.mentions):
            self._starts = [m.start for m in self.mentions]
        return self._starts

    def in_span(self, start: int, end: int) -> list[Mention]:
        i = bisect_left(self._index(), start)
        out = []
        while i < len(self.mentions) and self.mentions[i].start < end:
            out.append(self.mentions[i])
            i += 1
        return out

    def at(self, offset: int) -> Mention | None:
        """The mention covering `offset`, if any."""
        i = bisect_right(self._index(), offset) - 1
        if i >= 0 and self.mentions[i].start <= offset < self.mentions[i].end:
            return self.mentions[i]
        return None

    def of_kind(self, kind: Kind) -> list[Entity]:
        return [e for e in self.entities if e.kind == kind]

    def entity_of(self, mention: Mention) -> Entity | None:
        return self.entities[mention.entity] if mention.entity is not None else None

    def resolve(self, text: str) -> Entity | None:
        """The entity a name, alias, acronym or surname refers to in this article, if exactly one.
        Case, possessives, honorifics and spacing do not matter ("Mr Reyes", "OPPO's")."""
        key = _key(_strip_title(text))
        if not key:
            return None
        by_form, by_person_key = self._keys()
        hits = by_form.get(key) or by_person_key.get(key, ())
        return hits[0] if len(hits) == 1 else None

    def _keys(self) -> tuple[dict[str, list[Entity]], dict[str, list[Entity]]]:
        """Entities by the keys of their forms, and people by their name-word keys, built once
        per entity list (the attribution pass resolves names per token)."""
        snapshot = [(e.kind, e.name, len(e.aliases)) for e in self.entities]
        if self._key_index is None or self._key_index[0] != snapshot:
            by_form: dict[str, list[Entity]] = {}
            by_person_key: dict[str, list[Entity]] = {}
            for e in self.entities:
                for k in {_key(f) for f in e.forms()}:
                    by_form.setdefault(k, []).append(e)
                if e.kind == "person":
                    for k in _person_keys(e.name):
                        by_person_key.setdefault(k, []).append(e)
            self._key_index = (snapshot, by_form, by_person_key)
        return self._key_index[1], self._key_index[2]

    def main(self, kind: Kind = "organisation") -> Entity | None:
        """The entity of `kind` mentioned most often (the first named on a tie): the one that
        "the company" or "the university" most likely means."""
        best = [e for e in self.entities if e.kind == kind]
        return max(best, key=lambda e: len(e.mentions), default=None)


# ---------------------------------------------------------------- lexicons


@lru_cache(maxsize=1 << 16)  # ~1,000 asks per article, mostly the same few words: a cache hit is cheaper
def _is(word: str, name: str) -> bool:
    low = word.lower()
    if low in lexicon_words(name):
        return True
    # A title with a hyphened prefix is still a title: `Pro-Rector`, `Vice-Dean`, `Acting-Director`.
    return name == "roles.txt" and "-" in low and bool(_ROLE_PREFIX.match(low)) \
        and _ROLE_PREFIX.sub("", low) in lexicon_words(name)


_ROLE_PREFIX = re.compile(r"^(?:pro|vice|deputy|co|acting|joint|assistant|associate|sub|under|interim)-")


@cache
def _parties() -> dict[str, int]:
    """Each party form's key -> the line (party) it belongs to."""
    out = {}
    for i, line in enumerate(lines("parties.txt")):
        for form in line.split("|"):
            out[_key(form)] = i
    return out


_ADJECTIVE_SUFFIX = re.compile(r"-(?:based|listed|owned|funded|led|backed|born|made|style|related|registered|run|controlled|linked|headquartered|area|wide)$", re.I)
_NOT_TITLES = frozenset("""
student author writer expert specialist partner fellow lead producer developer designer candidate
representative agent owner researcher scientist engineer analyst economist journalist reporter
consultant adviser advisor activist campaigner organiser organizer architect historian physician
surgeon nurse steward curator registrar doctor lecturer general executive chief officer head
""".split())


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
claims claimed insists argues argued faces faced seeks sought owes owed denies denied reports
did does do
""".split())
# Time adverbs that open a predicate after `Name,` (`Ann Lee, today welcomed ...`), never a title.
_PREDICATE_OPENERS = frozenset("today yesterday tomorrow tonight earlier later recently then".split())
# Words before a name that make it the audience or source of a statement: `told the BBC`.
_AUDIENCE = frozenset("told telling tell tells stating spoke speaking talking according".split())
_ROLE_STOPS = frozenset("""
the a an and or but of for to at by from with in on as is was are were be been said says told
who which that this these those his her its their our my your when while after before than
""".split())
_PLACE_PREPS = frozenset("in near outside across throughout".split())
_COMPASS = frozenset("north south east west central north-east north-west south-east south-west northeast northwest southeast southwest".split())
# `the islands of X and Y`, `off the coast of X`, `the south of X`: the nouns that name a place by "of".
_PLACE_NOUNS = frozenset("""town city village county province state region district suburb capital island islands
coast coasts peninsula borough township municipality port outskirts south north east west""".split())
_CHAIN_PREPS = ("at", "of", "for", "from", "with", "in")
# Verbs and pairs before a name that make it an organisation: `joined Fenmore`, `owned by GE`.
_JOINS = frozenset("joined joining joins rejoined".split())
_ORG_BY = frozenset("owned co-owned conducted commissioned acquired operated manufactured sponsored published".split())
_ORG_LEADERS = frozenset(["market leader", "industry leader", "sector leader", "market rival"])
_MATCH_VERBS = frozenset("beat beats drew lost thrashed edged defeated hammered".split())
# Patterns the rules test once per run or candidate, compiled here rather than looked up per call.
_PARTICLE_HYPHEN = re.compile(r"-(?:ul|ud|ur|al|el|ad)$")  # `Zia-ul haq`
_VERB_SHAPE = re.compile(r"(?:ing|ly|ed)$")
_DOMAIN = re.compile(r"\.(?:com|org|net|co\.\w+|io)$", re.I)
_PLURAL_ACRONYM = re.compile(r"[A-Z]{2,}s")
_GERUND = re.compile(r"[A-Z][a-z]{2,}ing")
_DEFINED_SHORT = re.compile(r"\((?:the\s+)?.$")  # `("Acme")`
_LIST_GAP = re.compile(r"\s*(?:,|,?\s*and|,?\s*or|&)\s*")
_SCORE = re.compile(r"\b\d{1,2}-\d{1,2}\b")
_COMMON_SHAPE = re.compile(r"(?:tion|sion|ment|ness|ity|ism|ship|ics|ency|ance)$", re.I)
_ADJECTIVE = re.compile(r"^[A-Z][a-z]+(?:ic|ian|ean|ese|ish)$")  # `Olympic champion`, `Hellenic sprinter`
_SUBUNITS = frozenset("division department unit faculty branch office board arm subsidiary".split())
_PLACE_TAILS = frozenset("""street road avenue lane square park valley river island islands bay hill hills
mountain mountains lake coast strait county airport station stadium bridge beach forest desert gate cross""".split())
# Head nouns of buildings and streets: never a surname, so `Windsor Castle`, `Clarence House`,
# `Downing Street` are places (or, when they speak, the institution housed there).
_BUILDING_HEADS = frozenset("""castle palace house rooms tower towers abbey cathedral chapel mansion manor gardens
campus street road avenue lane square boulevard terrace station airport stadium""".split())
# Place heads and compass words that are surnames too (`Damon Hill`, `Kanye West`): a place only
# when the first word is no given name.
_WEAK_PLACE_HEADS = frozenset("""park valley river island islands bay hill hills mountain mountains lake coast
strait county bridge beach forest desert gate cross hall""".split()) | _COMPASS
# Who speaks or works for a building's institution: `Clarence House staff`, `Downing Street sources`.
_VOICES = frozenset("staff spokesman spokeswoman spokesperson officials official aides sources insiders".split())
# Royal titles stay part of a name (`Prince Charles`), yet a title with no given name after it is
# no person (`Princess Consort`, `the Queen`).
_PERSONAL = frozenset("he she him his her himself herself".split())
_ROYAL = frozenset("prince princess king queen emperor empress".split())
_COMMON_POSSESSORS = frozenset("women men children people workers worker sheriff sheriffs veterans teachers nurses farmers citizens consumers parents students girls boys".split())


_KEY_POSSESSIVE = re.compile(r"'s?$")
_KEY_DROP = re.compile(r"[^\w]|_")


@lru_cache(maxsize=1 << 15)
def _key(text: str) -> str:
    """Case-, space-, accent- and possessive-insensitive key ("OPPO's" = "Oppo", "Zylo Labs" = "ZyloLabs").
    Cached: every pass keys the same few names over and over."""
    text = text.replace("\u2019", "'")
    text = _KEY_POSSESSIVE.sub("", text.strip())
    return _KEY_DROP.sub("", text.lower())


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
    # Derived once, by `_tok` or inline in `_tokens`: the rules read them hundreds of thousands
    # of times per article set.
    cap: bool = field(repr=False, compare=False)
    low: str = field(repr=False, compare=False)


def _tok(text: str, start: int, end: int, kind: str) -> _Tok:
    """A token with its derived fields (the tokenizer inlines this for the common case)."""
    return _Tok(text, start, end, kind, kind == "word" and _capitalised(text), text.lower().rstrip("."))


def _capitalised(word: str) -> bool:
    """A word that can be part of a name: capitalised, and no adjective made from one (`UK-based`)."""
    return word[:1].isupper() and not ("-" in word and _ADJECTIVE_SUFFIX.search(word))


# A word is runs of word characters joined by single marks (`Jin-Guang`, `O'Neill`, `Zylo//Web`),
# a number runs of digits joined by decimal marks. Kept fast for the regex engine: `\w*` runs, not
# one alternation per character; possessive repeats (`*+`), which keep no state to backtrack into
# (nothing after them could use it); an acronym's first letter and stop tested before its repeat.
_TOKEN = re.compile(
    r"(?P<acr>[A-Za-z]\.(?:[A-Za-z]\.)+)"
    r"|(?P<word>[^\W\d_]\w*+(?:(?:[-'\u2019.&](?=[^\W_])|/{1,2}(?=[A-Z]))\w++)*+)"
    r"|(?P<num>\d\w*+(?:[.,](?=\d)\w++)*+)"
    r"|(?P<punct>\S)"
)
_DOTTED = frozenset("inc co corp ltd jr sr st mr mrs ms dr prof rev gen lt sgt capt col sen rep gov atty supt".split())
_POSSESSIVE_ENDS = ("'s", "'S", "\u2019s", "\u2019S")


def _tokens(text: str, start: int, end: int) -> list[_Tok]:
    """The tokens of text[start:end]. Runs once per sentence of every article: the plain word,
    number and mark take the first branches, with as little work as each needs."""
    out: list[_Tok] = []
    add, tok = out.append, _Tok  # local names: this loop runs for every token of every article
    for m in _TOKEN.finditer(text, start, end):
        kind = m.lastgroup
        a, b = m.span()
        word = m.group()
        if kind == "word":
            if word.endswith(_POSSESSIVE_ENDS) and len(word) > 2:
                add(_tok(word[:-2], a, b - 2, "word"))
                add(tok(word[-2:], b - 2, b, "poss", False, word[-2:].lower()))
            elif b < end and text[b] == "." and (len(word) == 1 and word.isupper() or word.lower() in _DOTTED):
                add(_tok(word + ".", a, b + 1, "word"))
            else:
                cap = word[0].isupper() and ("-" not in word or not _ADJECTIVE_SUFFIX.search(word))  # = _capitalised
                add(tok(word, a, b, "word", cap, word.lower()))
        elif kind == "punct":
            if word in "'\u2019" and out and out[-1].kind == "word" and out[-1].text.endswith("s") \
                    and out[-1].end == a and (b >= end or not text[b].isalnum()):
                add(tok(word, a, b, "poss", False, word))
            elif word == "." and out and out[-1].kind == "word" and out[-1].text.endswith("."):
                continue  # the token already took its full stop
            else:
                add(tok(word, a, b, "punct", False, word.lower().rstrip(".")))
        elif kind == "acr":
            add(_tok(word, a, b, "word"))
        else:
            add(tok(word, a, b, "num", False, word.lower()))  # no full stop ends a number
    # Only a word can hold a hyphen that pairs names: a sentence with none needs no second pass.
    return _split_pairs(out) if text.find("-", start, end) >= 0 else out


def _split_pairs(toks: list[_Tok]) -> list[_Tok]:
    """`the Ann Lee-Tomas Reyes film`: a hyphen between two capitalised words, each inside a
    longer name, pairs two names; a hyphen at a name's edge (`Jin-Guang Teng`) is part of it."""
    out: list[_Tok] = []
    for i, t in enumerate(toks):
        if "-" not in t.text:
            out.append(t)
            continue
        left, _, right = t.text.partition("-")
        if right[:1].isupper() and left[:1].isupper() and 0 < i < len(toks) - 1 \
                and toks[i - 1].cap and toks[i + 1].cap \
                and not any(_is(w, f) for w in (left, right, t.text) for f in ("roles.txt", "role_modifiers.txt")) \
                and not (_common(left) or _common(right)):  # `Bio-Protection Technologies`: one word of a name
            cut = t.start + len(left)
            out += [_tok(left, t.start, cut, "word"), _tok("-", cut, cut + 1, "punct"),
                    _tok(right, cut + 1, t.end, "word")]
        else:
            out.append(t)
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
    lead: int = -1  # first token of the name with its honorific or title
    title: str = ""
    role_title: str = ""  # a capitalised title written in the same run ("Home Secretary")
    role_org: int | None = None  # candidate index of an organisation named in that run
    headline: bool = False
    at_start: bool = False
    # Votes by kind. A defaultdict, not a Counter: the rules read absent kinds thousands of times
    # per article, and a Counter answers those through a Python-level __missing__.
    votes: defaultdict[str, int] = field(default_factory=partial(defaultdict, int))
    group: int = -1
    defined: int = -1  # token of the acronym or ticker symbol it defines in brackets
    contact_org: int | None = None  # candidate index of the firm heading its contact-block line
    shares_role: bool = False  # its title was plural (`Ministers Ann Lee and ...`): the list shares it

    def lead_start(self, reader: "_Reader") -> int:
        """Where the name starts with its honorific or title."""
        return reader.sents[self.sent].toks[self.lead if self.lead >= 0 else self.first].start


@dataclass(slots=True)
class _Title:
    """A capitalised title with no name in its run: `Director of NBU`, `Minister for ...`."""

    sent: int
    first: int
    last: int
    text: str
    org: int | None  # candidate index of the organisation it names
    owner: int | None = None  # token of an organisation written before it with 's


@dataclass(slots=True)
class _Sent:
    start: int
    end: int
    toks: list[_Tok]
    headline: bool


_NOT_POSTFIX = frozenset("partner partners house brand fund network unit division investor body business venture label studio".split())
# A stock ticker in brackets marks a company: `(ACME.NS)`, `(AAPL.O)`, `(NYSE: IBM)`, `(LSE:BP)`.
_TICKER = re.compile(r"\(\s*(?:[A-Z0-9]{1,6}\.[A-Z]{1,3}|(?:NYSE|NASDAQ|Nasdaq|LSE|ASX|TSX|AMEX|NZX|HKEX|SGX|BSE|NSE|OTC)\s*:\s*[A-Z0-9.]{1,8})\s*\)")
# Words around a name that only a company has: `shares of X`, `X shares rose`, `X agreed to buy Y`.
_MARKET_NOUNS = frozenset("shares share stock stocks profit profits revenue revenues sales earnings turnover shareholders stake".split())
_STAKE_NOUNS = frozenset("ipo flotation listing shares stake stakes holding holdings shareholders shareholding investment takeover acquisition merger bid offer subsidiary unit".split())
_DEAL_VERBS = frozenset("buy bought buying buys acquire acquired acquiring acquires merge merged merging sell selling sells sold".split())
_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019"
_INDEX_WORDS = frozenset("index composite average".split())
_CONTACT_CUE = re.compile(r"\b(?:contacts?|enquiries|inquiries|further information|more information)\b[^.!?]*:$", re.I)
_GROUP_NOUN = re.compile(r"^[A-Z][a-z]+(?:ers|ors|ists|ants|ents|ians)$")


# A lower-case word not glued to the word before: `(?<![\w'\u2019])[a-z]...` with the letter
# first, so the regex engine scans for a letter instead of testing the look-behind at every character.
_LOWER_WORD = re.compile(r"[a-z](?<![\w'\u2019][a-z])[a-z'\u2019-]*")


class _Reader:
    """One article's candidates and their cues; built fresh for each call of `analyse`."""

    def __init__(self, parsed: ParsedArticle) -> None:
        self.text = parsed.text
        self.lower_words = frozenset(_LOWER_WORD.findall(self.text))
        self.sents: list[_Sent] = []
        for s in parsed.sentences:
            toks = _tokens(self.text, s.start, s.end)
            self.sents.append(_Sent(s.start, s.end, toks, _is_headline(toks)))
        self.cands: list[_Cand] = []
        self.titles: list[_Title] = []
        self._list_title: tuple[int, int, str] | None = None  # sentence, last token, plural title of a name list

    # ---------------------------------------------------------- runs

    def find(self) -> None:
        for si, sent in enumerate(self.sents):
            for first, last in self._runs(sent.toks):
                for a, b in self._split(sent.toks, first, last):
                    self._add(si, a, b)

    def _runs(self, toks: list[_Tok]) -> list[tuple[int, int]]:
        """Maximal runs of capitalised words with the small words names contain."""
        runs = []
        i, n = 0, len(toks)
        while i < n:
            if not toks[i].cap:
                i += 1
                continue
            k = i + 1
            while k < n and "\n" not in self.text[toks[k - 1].end:toks[k].start]:
                k = self._extend(toks, i, k)
                if k < 0:
                    break
            runs.append((i, (-k if k < 0 else k) - 1))
            i = -k if k < 0 else k
        return runs

    def _extend(self, toks: list[_Tok], first: int, k: int) -> int:
        """Where the run continues after token k; minus k when it ends before k."""
        n = len(toks)
        u = toks[k]
        prev = toks[k - 1]
        if u.cap and prev.text.endswith(".") and prev.low in _CORP_SUFFIX \
                and (u.low in _DETERMINERS or _is(u.text, "sentence_openers.txt")):
            return -k  # `... to acquire Acme, Inc. The deal ...`: the suffix's full stop ends the sentence too
        if u.cap:
            return k + 1
        nxt = k + 1
        if u.kind == "word" and u.text in _CONNECTORS or u.text == "&":
            if u.text in ("of", "for") and nxt < n and toks[nxt].text == "the":
                nxt += 1
            while u.text in _PARTICLES and nxt < n and toks[nxt].text in _PARTICLES:
                nxt += 1  # `von der Leyen`, `de la Cruz`
            if nxt < n and toks[nxt].cap:
                return nxt + 1
        if u.kind == "poss" and nxt < n and toks[nxt].cap:
            return nxt + 1
        if u.text == "plc":
            return k + 1  # `Acme plc`: British companies write their suffix in lower case
        if u.kind == "word" and u.text.isalpha() and u.text.islower() and len(u.text) <= 5 \
                and _PARTICLE_HYPHEN.search(prev.text) and nxt < n and toks[nxt].cap:
            return nxt + 1  # `Zia-ul haq Rahimi`: a hyphened particle joins a lower-case word of the name
        if u.text == "," and nxt < n and toks[nxt].cap and self._comma_joins(toks, first, k):
            return nxt + 1
        if u.kind == "num" and len(u.text) <= 2 and toks[k - 1].cap:
            if nxt < n and toks[nxt].cap:
                return nxt + 1
            if _is(toks[k - 1].text, "org_words.txt"):
                return k + 1
        return -k

    def _comma_joins(self, toks: list[_Tok], first: int, comma: int) -> bool:
        """`Fenmore Wealth Services, Inc.` and the list inside `Institute of Soil,
        Water and Plant Health` keep their commas; other commas end a name."""
        if toks[comma + 1].low in _CORP_SUFFIX:
            return True
        left = [t.low for t in toks[first:comma]]
        cut = next((i for i, w in enumerate(left) if w in ("of", "for")), None)
        if cut is None:
            return False
        if not any(_is(w, "org_words.txt") or _is(w, "roles.txt") for w in left[:cut]):
            return False
        j = comma + 1
        while j < len(toks) and (toks[j].cap or toks[j].text == ","):
            j += 1
        return j < len(toks) and toks[j].text in ("and", "&")

    def _split(self, toks: list[_Tok], first: int, last: int) -> list[tuple[int, int]]:
        """Cut a capitalised run at connectors that join two names rather than form one."""
        pieces = []
        seg = first
        for k in range(first, last + 1):
            t = toks[k]
            if k < seg:
                continue
            is_conn = (t.kind == "word" and t.text in _CONNECTORS) or t.text in ("&", ",") or t.kind == "poss"
            if is_conn and k > seg and not self._keeps(toks, seg, k, last):
                pieces.append((seg, k - 1))
                seg = k + 1
                if t.text in ("of", "for") and seg <= last and toks[seg].text == "the":
                    seg += 1
        if seg <= last:
            pieces.append((seg, last))
        return [(a, b) for a, b in pieces if a <= b and toks[a].cap]

    def _keeps(self, toks: list[_Tok], seg: int, k: int, last: int) -> bool:
        left = [t.text for t in toks[seg:k] if t.kind == "word"]
        right = [t.text for t in toks[k + 1:last + 1] if t.kind == "word" and t.text != "the"]
        conn = toks[k]
        rank = left[1:] if left[0] == "The" else left
        if conn.text == "of" and len(rank) == 1 and _is(rank[0].rstrip("."), "honorifics.txt") and right:
            return True  # `Archbishop of Canterbury`, `Duke of York`: a rank's title
        if conn.text in ("of", "for") and self._titled_person(left):
            return False  # `Dean Ann Lee of the Business School`: a titled name, then where she works
        if (_is(left[0], "roles.txt") or len(left) > 1 and _is(left[0], "role_modifiers.txt") and _is(left[1], "roles.txt")) \
                and (conn.text in ("of", "for") or any(w in ("of", "for") for w in left)):
            return conn.kind != "poss"  # a title run: `Minister for Housing, Planning and Transport`
        org_left = any(_is(w, "org_words.txt") for w in left)
        role_left = any(_is(w, "roles.txt") for w in left)
        if conn.kind == "poss" and right and _is(right[0], "roles.txt") and toks[k - 1].low in _COMMON_POSSESSORS:
            return True  # `Schools Minister Ann Lee`
        if conn.kind == "poss":
            before = toks[k - 1].low
            if len(left) == 1 and right and self._brand(left[0], right):
                return True  # `Miller's Point`: the first word never stands alone
            if not right or not (_org_head(right) or _is(right[-1], "org_words.txt")) or org_left:
                return False
            if conn.text in "'\u2019":
                return True  # `Farmers' Union`, `Vice-Chancellors' Committee`: a body named for its members
            if len(left) > 1 and _is(left[-1], "roles.txt"):
                return True  # `Data Protection Commissioner's Office`: an office named after its holder
            if _is(" ".join(left), "places.txt") or _is(" ".join(left), "nationalities.txt"):
                return False
            if before in _COMMON_POSSESSORS or before in self.lower_words:
                return True
            return len(left) == 1 and not _is(left[0], "given_names.txt") and not (seg > 0 and _is(toks[seg - 1].low, "honorifics.txt"))
        if conn.text == ",":
            return True  # `_comma_joins` already judged it
        if conn.text == "&":
            return True  # `Procter & Gamble`, `Young & Rubicam`: an ampersand joins the parts of one name
        if conn.text == "and" and any(t.text == "&" for t in toks[seg:k]):
            return False  # `Ogilvy & Mather and Cordiant Group`: the ampersand name is complete, `and` adds another
        if conn.text == "and":
            if any(t.text == "," for t in toks[seg:k]):
                return True
            if last + 1 < len(toks) and _TICKER.match(self.text, toks[last + 1].start):
                return True
            if _org_head(left) and any(w in ("of", "for") for w in left) and not role_left \
                    and not any(_is(w.rstrip("."), "honorifics.txt") for w in left) \
                    and (not _org_head(right) or all(_common(w) for w in right[:-1]) or self._field_pair(right)):
                return True  # `Department for Roads and Rail`, `Bureau of Farm and Forest Research`
            return _org_head(right) and not org_left and len(left) <= 3
        if conn.text in ("of", "for"):
            if role_left and not org_left:
                return True
            if org_left and left[-1].lower() in _SUBUNITS and len(right) >= 2 and _org_head(right) \
                    and not (_common(right[0]) or _plural_common(right[0])):
                return False  # `Retail Lending Division of Fenmore Wealth Services`, not `Department of Roads and ...`
            return org_left
        if conn.text in ("in", "on"):
            return bool(right) and _is(right[-1], "org_words.txt")
        if conn.text in _PARTICLES:
            return not org_left and not _org_head(right)
        return False

    @staticmethod
    def _titled_person(left: list[str]) -> bool:
        """`President Tomas Reyes`: title words, then two or three name-shaped words."""
        h = 0
        while h < len(left) and (_is(left[h], "roles.txt") or _is(left[h], "role_modifiers.txt")):
            h += 1
        name = left[h:]
        return h > 0 and _is(left[h - 1], "roles.txt") and 2 <= len(name) <= 3 and _person_shaped(name) \
            and not any(_common(w) or _is(w, "role_modifiers.txt") or _is(w, "roles.txt") for w in name)

    def _field_pair(self, right: list[str]) -> bool:
        """`Association of Payment and Clearing Services`: after `Org of X and`, words that name no
        place, person, acronym or body of their own, and are not written alone elsewhere in the
        article, continue the `of` phrase (`University of Leeds and Lincoln College` is two)."""
        if len(right) > 3 or any(_is(w, f) for w in right[:-1]
                                 for f in ("places.txt", "given_names.txt", "nationalities.txt", "org_words.txt")) \
                or any(_acronym(w) or _camel(w) for w in right):
            return False
        return self.text.count(" ".join(right)) < 2

    def _brand(self, left: str, words: list[str]) -> bool:
        """`Miller's Point`, `Brannigan's Analytics`: a word never written without its 's, and more
        than once before the same name only, owns it as part of a name (a given name or a place
        does not)."""
        right = words[0]
        if any(_is(right, f) for f in ("roles.txt", "role_modifiers.txt", "given_names.txt")):
            return False
        bare = re.search(rf"\b{re.escape(left)}\b(?!['\u2019]s?\b)", self.text)
        owned = re.findall(rf"\b{re.escape(left)}['\u2019]s ([A-Z]\w*)", self.text)
        if bare is None and len(owned) > 1 and len(set(owned)) == 1 and not any(_is(left, f) for f in ("given_names.txt", "places.txt", "nationalities.txt")):
            return True  # one name, always written with its 's: not `NBFC's club` and `NBFC's app`
        if len(words) > 1 or _is(right, "org_words.txt"):
            return False
        alone = len(re.findall(rf"\b{re.escape(left)}\b", self.text))
        joined = len(re.findall(rf"\b{re.escape(left)}['\u2019]s {re.escape(right)}\b", self.text))
        return alone == joined

    # ---------------------------------------------------------- trimming a run into a mention

    def _add(self, si: int, a: int, b: int) -> None:
        toks = self.sents[si].toks
        at_start = a == _first_word(toks) or a > 0 and toks[a - 1].text in _QUOTE_MARKS + ":" \
            and (a < 2 or toks[a - 2].kind != "word")
        while a <= b:
            if toks[a].low == "the" and a + 1 == b and _is(toks[b].text, "media_titles.txt"):
                break  # `The Times`
            if toks[a].text == "The" and a + 1 < b and toks[b].low in _CORP_SUFFIX:
                break  # `The Fenmore Co.`: a company's legal name keeps its article
            if not (toks[a].low == "the" or at_start and self._opener(toks, a, b)):
                break
            a += 1
            at_start = False
        if a < b and at_start and self._dateline(toks[a], toks[a + 1]):
            a += 1  # `OSAKA Kessler Corp said ...`
        elif a + 1 < b and at_start:
            a += _dateline_words(toks, a, b)  # `NEW YORK Kessler Corp said ...`
        if a > b or self._exchange(toks, a):
            return
        lead = a
        title, a = self._honorifics(toks, a, b)
        if not title and a < b and _plural_royal(toks[a].low) and _is(toks[a + 1].text, "given_names.txt"):
            title, a = toks[a].text, a + 1  # `Princes William and Harry`: each listed name is a prince
            self._list_title = (si, b, title)
        elif not title and self._list_title is not None and self._list_title[0] == si \
                and all(t.text in ("and", ",") for t in toks[self._list_title[1] + 1:a]):
            title = self._list_title[2]
            self._list_title = (si, b, title)
        if title and _org_head([t.text for t in toks[lead:b + 1] if t.kind == "word"]):
            title, a = "", lead  # `Lord Ashfield Distillers Ltd`: the name of a company, not an address
        role_title, role_org = "", None
        inner = self._titled_name(si, a, b)
        if inner is not None:
            role_title, role_org, a = inner
            title, a = self._honorifics(toks, a, b)
            at_start = False
        elif self._title_run(si, a, b) or self._owned_title(si, a, b, at_start):
            return
        split = self._title_split(toks, a, b) if inner is None else None
        if split is None and inner is None and a + 1 < b and _key(toks[a].text) in _parties() \
                and _is(toks[a + 1].text, "given_names.txt"):
            role_org = self._push(si, a, a, "", at_start, a)  # `Tory Tomas Reyes`: party, then member
            a += 1
            at_start = False
        plural = ""
        if split is not None:
            role_a, role_b, name_a = split
            org_b = self._org_prefix(toks, role_a, role_b)
            if org_b is not None:
                role_org = self._push(si, role_a, org_b, "", at_start, role_a)
                role_a = org_b + 1
            role_title = self.text[toks[role_a].start:toks[role_b].end]
            plural = role_a == role_b and _singular_role(role_title)
            if plural:
                role_title = plural  # `Ministers Ann Lee and Bo Chan`: each is a Minister
            more = " ".join(t.text for t in toks[role_b + 1:name_a])
            a = name_a
            title = more or title
            at_start = False
        while b >= a and (toks[b].low in _TRAILING_POST or toks[b].kind not in ("word", "num")):
            b -= 1
        if a > b or not toks[a].cap:
            return
        ci = self._push(si, a, b, title, at_start, lead)
        if ci is not None:
            self.cands[ci].role_title = role_title
            self.cands[ci].role_org = role_org
            self.cands[ci].shares_role = bool(split is not None and plural)

    def _dateline(self, word: _Tok, nxt: _Tok) -> bool:
        """A place in capitals opening a wire story, glued to the first name of the text."""
        if not (word.text.isupper() and word.text.isalpha() and len(word.text) >= 4 and nxt.cap and not nxt.text.isupper()):
            return False
        return _is(word.text, "places.txt")  # not `ZYLO Research Institute`: a brand in capitals

    def _exchange(self, toks: list[_Tok], a: int) -> bool:
        """`(NYSE: IBM)`: the exchange in a ticker bracket is no party to the story."""
        return 0 < a < len(toks) - 1 and toks[a - 1].text == "(" and toks[a + 1].text == ":" \
            and bool(_TICKER.match(self.text, toks[a - 1].start))

    def _titled_name(self, si: int, a: int, b: int) -> tuple[str, int | None, int] | None:
        """`Director of Research Dr Tomas Reyes`: a title run, an honorific, then the name.
        Returns the title, its organisation and the honorific's token."""
        toks = self.sents[si].toks
        for h in range(a + 1, b):
            if _addressed(toks, h) and toks[h - 1].cap:
                if self._title_record(si, a, h - 1):
                    found = self.titles.pop()
                    return found.text, found.org, h
                return None
        return None

    def _push(self, si: int, a: int, b: int, title: str, at_start: bool, lead: int) -> int | None:
        sent = self.sents[si]
        words = sent.toks[a:b + 1]
        if _shouting(words) and not (title and _is(words[0].text, "given_names.txt")):
            return None
        start, end = words[0].start, words[-1].end
        cand = _Cand(si, a, b, start, end, self.text[start:end], lead=lead, title=title,
                     headline=sent.headline and not title, at_start=at_start)
        self.cands.append(cand)
        return len(self.cands) - 1

    def _title_run(self, si: int, a: int, b: int) -> bool:
        """A run that is a title, not a name: `President of the Northbridge Society`, `Minister of State
        for Roads and Rail`, `Rector`. Keeps the title for the name it stands by and
        the organisation it names as a candidate of its own."""
        before = len(self.titles)
        found = self._title_record(si, a, b)
        toks = self.sents[si].toks
        if len(self.titles) > before and a >= 2 and toks[a - 1].kind == "poss":
            self.titles[-1].owner = a - 2  # `Northbridge University's Vice-Chancellor`
        return found

    def _owned_title(self, si: int, a: int, b: int, at_start: bool) -> bool:
        """`Zylo UK Chief Executive`, `NUJ General Secretary` with no name after: an organisation,
        then a title that belongs to it. Keeps both, as `_title_run` does."""
        toks = self.sents[si].toks
        if not _is(toks[b].low, "roles.txt") or b == a:
            return False
        org_b = self._org_prefix(toks, a, b)
        if org_b is None:
            return False
        org = self._push(si, a, org_b, "", at_start, a)
        words = [t.text for t in toks[org_b + 1:b + 1] if t.kind == "word"]
        self.titles.append(_Title(si, a, b, " ".join(words), org))
        return True

    def _title_record(self, si: int, a: int, b: int) -> bool:
        toks = self.sents[si].toks
        head = a
        while head < b and _is(toks[head].low, "role_modifiers.txt") and not _is(toks[head].low, "roles.txt"):
            head += 1
        if not _is(toks[head].low, "roles.txt"):
            if head + 2 <= b and toks[head + 1].text == "of" and _is(toks[head].text.rstrip("."), "honorifics.txt"):
                # `Archbishop of Canterbury`, `Duke of Westminster`: a rank and its see or land, no employer
                self.titles.append(_Title(si, a, b, self.text[toks[a].start:toks[b].end], None))
                return True
            return False
        words = [t for t in toks[a:b + 1] if t.kind == "word"]
        prep = next((i for i in range(head + 1, b + 1) if toks[i].text in ("of", "for", "at")), None)
        if prep is None:
            if all(_is(t.low, "roles.txt") or _is(t.low, "role_modifiers.txt") for t in words):
                self.titles.append(_Title(si, a, b, " ".join(t.text for t in words), None))
                return True
            return False
        rest = prep + 1
        if rest <= b and toks[rest].text == "the":
            rest += 1
        rest_words = [t.text for t in toks[rest:b + 1] if t.kind == "word"]
        if rest_words and (_org_head(rest_words) or len(rest_words) == 1 and (_acronym(rest_words[0]) or _camel(rest_words[0]))
                           or self._named_again(toks[rest].start, toks[b].end)):
            org = self._push(si, rest, b, "", False, rest)
            self.titles.append(_Title(si, a, b, " ".join(t.text for t in toks[a:prep]), org))
        else:
            self.titles.append(_Title(si, a, b, self.text[toks[a].start:toks[b].end], None))
        return True

    def _named_again(self, start: int, end: int) -> bool:
        """`Chief Executive of Zylo UK`: the words after a title's preposition name an
        organisation when the article names it elsewhere too (a field of study it does not)."""
        name = self.text[start:end]
        return self.text.count(name) > 1 and not all(_common(w) for w in name.split())

    def _opener(self, toks: list[_Tok], a: int, b: int) -> bool:
        """Whether the sentence's first word is a common word rather than part of the name."""
        word = toks[a].text
        low = word.lower()
        if _is(word, "sentence_openers.txt") or _is(word, "non_names.txt"):
            return True
        if a == b:
            return False  # a lone word: judged on the whole article later
        if self.text.count(self.text[toks[a].start:toks[b].end]) > 1:
            return False  # `United Zylo shares rose`: the same name stands elsewhere too
        if _is(word, "given_names.txt") or _is(word, "honorifics.txt") or _is(word, "roles.txt") \
                or _is(word, "org_words.txt") or _singular_role(word):
            return False
        if _is(word, "role_modifiers.txt") and any(_is(toks[a + 1].low, f) for f in ("roles.txt", "role_modifiers.txt")):
            return False  # `Acting Deputy Vice-Chancellor ...`: the first word of a title
        if toks[b].low in _BUILDING_HEADS:
            return False  # `Downing Street said`: a street's name, not `Making Street Art ...`
        if _VERB_SHAPE.search(low):
            return True
        rest = [t.text for t in toks[a + 1:b + 1] if t.kind == "word"]
        head = rest[0].rstrip(".")
        if _org_head(rest) or _org_head([word] + rest) or _is(head, "roles.txt") or _is(head, "role_modifiers.txt"):
            return False
        if _is(word, "nationalities.txt"):
            return True
        return low in self.lower_words or _common(word)

    def _honorifics(self, toks: list[_Tok], a: int, b: int) -> tuple[str, int]:
        title = []
        while a < b and _addressed(toks, a):
            title.append(toks[a].text)
            a += 1
        return " ".join(title), a

    def _title_split(self, toks: list[_Tok], a: int, b: int) -> tuple[int, int, int] | None:
        """`Home Secretary Ann Lee`, `PolyU President Jin-Guang Teng`: a capitalised title
        in the run, then a person's name. Returns (title first, title last, name first)."""
        for i in range(b - 1, a - 1, -1):
            word = toks[i].low
            if not (_is(word, "roles.txt") or _is(word, "honorifics.txt") and i > a or _singular_role(word) and i == a):
                continue
            name_a = i + 1
            while name_a <= b and _is(toks[name_a].text.rstrip("."), "honorifics.txt"):
                name_a += 1
            rest = [t.text for t in toks[name_a:b + 1] if t.kind == "word"]
            if word in _NOT_TITLES and name_a == i + 1 and not (len(rest) > 1 and _is(rest[0], "given_names.txt")):
                return None  # `Student Housing Fund`: a job word, then no name
            if not rest or not _person_shaped(rest):
                return None
            role_b = i
            while role_b > a and _is(toks[role_b].text.rstrip("."), "honorifics.txt") and not _is(toks[role_b].low, "roles.txt"):
                role_b -= 1  # `Auditor General Sir Tomas Reyes`; `Associate Professor` keeps its head
            if not _is(toks[role_b].low, "roles.txt") and not _singular_role(toks[role_b].low):
                return None
            return a, role_b, name_a
        return None

    def _org_prefix(self, toks: list[_Tok], a: int, b: int) -> int | None:
        """The last token of an organisation written before a title (`Zylo Innovation chief
        executive`, `PolyU President`), if the words before the title's head name one."""
        head = b
        while head > a and (_is(toks[head - 1].low, "roles.txt") or _is(toks[head - 1].low, "role_modifiers.txt")):
            head -= 1
        if head == a:
            return None
        words = [t.text for t in toks[a:head] if t.kind == "word"]
        if _is(" ".join(words), "places.txt") or _is(words[-1], "role_modifiers.txt"):
            return None  # `U.K. Ambassador`, `State Treasurer`: part of the title
        if _org_head(words) or _is(words[-1], "org_words.txt") or _acronym(words[-1]) or _camel(words[-1]) \
                or _key(" ".join(words)) in _parties():
            return head - 1
        return None

    # ---------------------------------------------------------- cues

    def cue(self) -> None:
        for c in self.cands:
            self._cue_words(c)
            self._cue_before(c)
            self._cue_after(c)
        self._contacts()

    def _contacts(self) -> None:
        """A press release's contact block (`For further information, please contact:`): a line
        that is only a name and a colon heads the firm the lines below it speak for, and a
        line opening with a name is one of that firm's people."""
        by_sent: dict[int, list[int]] = {}
        for ci, c in enumerate(self.cands):
            by_sent.setdefault(c.sent, []).append(ci)
        active, header = False, None
        for si, sent in enumerate(self.sents):
            line = self.text[sent.start:sent.end].strip()
            if not active and not line.endswith(":"):
                continue  # the cue ends in a colon
            words = [t for t in sent.toks if t.kind == "word"]
            if line.endswith(":") and _CONTACT_CUE.search(line) and len(words) <= 10:
                active, header = True, None
                continue
            if not active:
                continue
            if len(words) > 12:
                active = False
                continue
            mine = [self.cands[ci] for ci in by_sent.get(si, [])]
            first = next((c for c in mine if c.first == _first_word(sent.toks)), None)
            if first is None:
                continue
            if line.endswith(":") and self.text[first.start:sent.end].strip().rstrip(":").strip() == first.text:
                first.votes["organisation"] += 4
                header = self.cands.index(first)
            elif header is not None and not _org_head(first.text.split()):
                first.contact_org = header

    def _cue_words(self, c: _Cand) -> None:
        words = [w.strip(",") for w in c.text.replace("\u2019", "'").split()]
        if c.title:
            c.votes["person"] += 5
        if c.role_title:
            c.votes["person"] += 4
        if self._demonym(c):
            c.votes["other"] += 6  # `the Italian told reporters`: a person spoken of by nationality
        elif _is(c.text, "places.txt") or _is(c.text, "nationalities.txt"):
            c.votes["place"] += 6
        if _key(c.text) in _parties() or _is(c.text, "institutions.txt"):
            c.votes["organisation"] += 6
        if self._index(c, words):
            c.votes["other"] += 8  # `the FTSE 100 closed higher`: a market index
        if _org_head(words):
            c.votes["organisation"] += 5
        elif " & " in c.text and not c.title:
            if self._ampersand_name(words):
                c.votes["organisation"] += 4  # `Marks & Spencer`: people are not written with an ampersand
            elif _is(words[words.index("&") - 1], "places.txt") and _is(words[-1], "places.txt"):
                c.votes["place"] += 6  # `Oregon & Idaho`
        if _DOMAIN.search(c.text):
            c.votes["organisation"] += 3
        if self._quoted(c):
            c.votes["other"] += 6  # a nickname or a title in quotation marks
        if len(words) == 1:
            self._cue_single(c, words[0])
            return
        if all(_is(w, "common_words.txt") or _is(w, "nationalities.txt") or _is(w, "non_names.txt") or w in _CONNECTORS for w in words):
            c.votes["other"] += 4
        if any(_acronym(w) or w[:1].isdigit() for w in words[1:]) or _org_head(words):
            return
        if _is(words[0], "given_names.txt") or any(_given_shape(w) for w in words[:2]):
            c.votes["person"] += 3
        elif _is(words[0], "surnames_first.txt") and len(words) <= 3 and not words[1].endswith("s") \
                and words[1].lower() not in self.lower_words:
            c.votes["person"] += 3

    def _cue_single(self, c: _Cand, word: str) -> None:
        if (_common(word) or _is(word, "org_words.txt") or _is(word, "roles.txt") or _is(word, "role_modifiers.txt")) \
                and not c.title and not c.votes["organisation"]:
            c.votes["other"] += 4
        if not c.title and not c.votes["organisation"] and _plural_common(word):
            c.votes["other"] += 4  # `Revenues were ...`, `Windows cash machines`: a common noun's plural
        if _is(word, "common_acronyms.txt") or _PLURAL_ACRONYM.fullmatch(word) or word.lower() in _ROYAL and not c.title:
            c.votes["other"] += 6  # `the Queen`: a title alone names no one
        elif _camel(word):
            c.votes["organisation"] += 2
        elif _acronym(word):
            c.votes["organisation"] += 1  # an acronym may be a product (`the DS`): more is needed
        if c.at_start and word.lower() in self.lower_words:
            c.votes["other"] += 3
        if c.at_start and not c.title and _GERUND.fullmatch(word) \
                and not any(_is(word, f) for f in ("places.txt", "given_names.txt", "org_words.txt")):
            c.votes["other"] += 4  # `Hiring will begin`, `Cutting costs is hard,`: a gerund opening a sentence
        if word.isupper() and len(word) >= 4 and word.lower() in self.lower_words:
            c.votes["other"] += 4  # a heading word: `GRANTS`

    @staticmethod
    def _ampersand_name(words: list[str]) -> bool:
        """`Young & Rubicam`, not two places or peoples (`Oregon & Idaho`, `Aboriginal & Torres
        Strait Islander`) nor a portfolio (`Universities & Science Minister`)."""
        at = words.index("&") if "&" in words else -1
        if at <= 0 or at == len(words) - 1 or _role_word(words[-1].lower()):
            return False
        sides = (words[at - 1], " ".join(words[at + 1:]), words[at + 1])
        return not any(_is(w, f) for w in sides for f in ("places.txt", "nationalities.txt")) \
            and not any(re.search(r"(?:al|an|ic|ish|ese)$", w) for w in sides[:1])

    def _index(self, c: _Cand, words: list[str]) -> bool:
        """A stock-market index: a listed one (`FTSE 100`), a name ending `Index`/`Composite`/
        `Average`, or one followed by those words (`the Dow Jones industrial average`)."""
        if _is(c.text, "market_indexes.txt") or len(words) > 1 and words[-1].lower() in _INDEX_WORDS:
            return True
        toks = self.sents[c.sent].toks
        nxt = _next_words(toks, c.last + 1, 2)
        return bool(nxt) and nxt[-1] in _INDEX_WORDS and all(w in _INDEX_WORDS or w == "industrial" for w in nxt)

    def _demonym(self, c: _Cand) -> bool:
        """A nationality used as a noun: `the Italian`, `a Briton` followed by a verb or punctuation."""
        toks = self.sents[c.sent].toks
        if c.first != c.last or not _is(c.text, "nationalities.txt") or _is(c.text, "places.txt") \
                or c.first == 0 or toks[c.first - 1].low not in ("the", "a", "an"):
            return False
        nxt = toks[c.last + 1] if c.last + 1 < len(toks) else None
        return nxt is None or nxt.kind == "punct" or nxt.low in _SUBJECT_VERBS or nxt.low == "who" \
            or _is(nxt.low, "name_verbs.txt")

    def _quoted(self, c: _Cand) -> bool:
        before = self.text[c.start - 1:c.start] if c.start else ""
        after = self.text[c.end:c.end + 2]
        if _DEFINED_SHORT.search(self.text[max(0, c.start - 6):c.start]) and after[1:] == ")":
            return False  # `Acme Holdings plc ("Acme")`: the short form a release defines, not a nickname
        return bool(before) and before in _QUOTE_MARKS and after[:1] in _QUOTE_MARKS and after[:1] != "" \
            and after[1:] != "s"

    def _cue_before(self, c: _Cand) -> None:
        toks = self.sents[c.sent].toks
        lead = c.lead if c.lead >= 0 else c.first
        prev = _prev_words(toks, lead, 4)
        the = prev[:1] == ["the"]
        if the:
            prev = prev[1:]
        if prev and (_is(prev[0], "org_descriptors.txt") or " ".join(prev[1::-1]) in _ORG_LEADERS):
            c.votes["organisation"] += 4
        owner = c.last + 1 < len(toks) and toks[c.last + 1].kind == "poss"
        if prev and not owner and (prev[0] in _JOINS or len(prev) > 1 and prev[0] == "by" and prev[1] in _ORG_BY):
            c.votes["organisation"] += 3  # `joined Fenmore`, `conducted by Zylotec`; not `owned by Ann Lee's firm`
        if prev and _is(prev[0], "person_cues.txt"):
            c.votes["person"] += 4
        if prev and _is(prev[0], "roles.txt") and not c.title and " ".join(prev[1::-1]) not in _ORG_LEADERS:
            c.votes["person"] += 3
        if prev[:2] == ["as", "such"] and len(prev) > 2 and _is(prev[2], "org_descriptors.txt"):
            c.votes["organisation"] += 3
        if prev and prev[0] in _PLACE_PREPS:
            c.votes["place"] += 1
        if self._audience(prev):
            c.votes["organisation"] += 5 if the else 2  # `told the Atlantic`: a publication, not the ocean
        if len(prev) > 1 and prev[0] == "of" and prev[1] in _PLACE_NOUNS:
            c.votes["place"] += 4
        if prev and prev[0] in ("at", "from", "of", "for") and self._after_name_or_role(toks, lead) \
                or len(prev) > 1 and prev[0] == "on" and (_role_word(prev[1]) or _singular_role(prev[1])):
            # `analyst at Zylo`, `commentators on KBTV`; people work `at` a body, not at a person
            # (`Analysts at Morgan Grenfell` outweighs a given name), unless it is theirs (`at Ann Lee's`)
            c.votes["organisation"] += 5 if prev[0] == "at" and not owner else 3
        j = lead - 1
        if j > 0 and toks[j].text == ",":
            phrase = _prev_words(toks, j, 6)
            lower_role = any(not t.cap and _is(t.low, "roles.txt") for t in toks[max(0, j - 10):j] if t.kind == "word")  # `the head of the search and rescue agency, Ann Lee,`
            if any(t.sent == c.sent and t.last == j - 1 for t in self.titles) or lower_role:
                c.votes["person"] += 4  # `the chairman of the committee, Tomas Reyes,`
            elif phrase and (_is(phrase[0], "org_descriptors.txt") or _is(phrase[0], "org_words.txt")):
                c.votes["organisation"] += 3
        if self._seat(c, toks, lead):
            c.votes["place"] += 6  # `Jo Platt (Lab, Leigh North)`: a member's seat or home town
        if j >= 0 and toks[j].text in "#@":
            c.votes["other"] += 6  # a hashtag or a handle

    @staticmethod
    def _audience(prev: list[str]) -> bool:
        """The name is who a statement is made to or published in: `told the BBC`, `according to
        Reuters`, `in an interview with the Atlantic`, `writing in the Lancet`."""
        if not prev:
            return False
        if prev[0] in _AUDIENCE:
            return True
        return len(prev) > 1 and (prev[0] in ("to", "with") and prev[1] in _AUDIENCE
                                  or prev[0] == "with" and prev[1] in ("interview", "interviews")
                                  or prev[0] == "in" and prev[1] in ("writing", "wrote", "published"))

    def _seat(self, c: _Cand, toks: list[_Tok], lead: int) -> bool:
        """A bracket right after a person's name holding a place: a constituency, state or town,
        perhaps after a party abbreviation (`(R, Ohio)`, `(Lab, Leeds North East)`)."""
        j = lead - 1
        if j >= 2 and toks[j].text == "," and toks[j - 1].kind == "word" and toks[j - 2].text == "(":
            j -= 2
        if j < 1 or toks[j].text != "(" or not toks[j - 1].cap or c.last + 1 >= len(toks) or toks[c.last + 1].text != ")":
            return False
        return c.text.split()[-1].lower() in _COMPASS or _is(c.text, "places.txt")

    def _after_name_or_role(self, toks: list[_Tok], lead: int) -> bool:
        """`Ann Lee at Fenmore Bank`, `telecoms analyst at Zylo Securities`."""
        j = lead - 1
        while j >= 0 and toks[j].low in ("the",):
            j -= 1
        j -= 1  # the preposition
        if j > 0 and toks[j].text == ",":
            j -= 1
        if j < 0 or toks[j].kind != "word":
            return False
        if toks[j].cap and toks[j].text != "The":
            return self._name_ends_at(toks, j) or _singular_role(toks[j].low) != "" or _role_word(toks[j].low)
        for k in range(j, max(-1, j - 5), -1):  # `head of equity research at Zylo`: the title's head
            if toks[k].kind != "word" or toks[k].cap or toks[k].low in _SUBJECT_VERBS:
                return False
            if _is(toks[k].low, "roles.txt") or _singular_role(toks[k].low):
                return True
        return False

    def _name_ends_at(self, toks: list[_Tok], j: int) -> bool:
        """Whether a capitalised word at j ends something shaped like a person's name."""
        words = []
        while j >= 0 and toks[j].cap and len(words) < 4:
            words.insert(0, toks[j].text)
            j -= 1
        if j >= 0 and _is(toks[j].text.rstrip("."), "honorifics.txt"):
            return True
        return len(words) >= 2 and (_is(words[0], "given_names.txt") or _is(words[0].rstrip("."), "honorifics.txt")) \
            and not _org_head(words)

    def _cue_after(self, c: _Cand) -> None:
        toks = self.sents[c.sent].toks
        nxt = toks[c.last + 1] if c.last + 1 < len(toks) else None
        after = toks[c.last + 2] if c.last + 2 < len(toks) else None
        if nxt is None:
            return
        if self._role_follows(toks, c.last + 1) and not _is(c.text, "nationalities.txt") and not _ADJECTIVE.search(c.text) \
                and not (len(c.text.split()) == 1 and (c.text.lower() in self.lower_words or _common(c.text))):
            c.votes["organisation"] += 3  # `PolyU president Jin-Guang Teng`
        if nxt.kind == "poss" and after is not None:
            if _is(after.low, "roles.txt") or _is(after.low, "role_modifiers.txt"):
                c.votes["organisation"] += 3
            if after.cap and _org_head(self._run_words(toks, c.last + 2)) and not c.title:
                c.votes["organisation"] += 3  # not `Lord Hale's Hale Holdings`: a titled owner is a person
        if nxt.kind == "word" and nxt.low in _SUBJECT_VERBS or nxt.kind == "poss" and after is not None \
                and after.kind == "word" and after.low not in ("and", "or"):
            c.votes["subject"] += 1
        if nxt.kind == "word" and nxt.low in _MATCH_VERBS and _SCORE.search(self.text, nxt.end, self.sents[c.sent].end):
            c.votes["organisation"] += 3  # `Fenmore beat Zylo 2-1`
        if nxt.text == "," and after is not None and after.low in ("which", "who"):
            c.votes["organisation" if after.low == "which" else "person"] += 2  # things take `which`
        if nxt.text == "," and after is not None and after.kind == "num" and c.last + 3 < len(toks) \
                and toks[c.last + 3].text == "," and after.text.isdigit() and 15 <= int(after.text) <= 99:
            c.votes["person"] += 4  # `Stavros Papadakis, 30,`
        pronoun, weight = self._pronoun_follows(c)
        if pronoun and not (pronoun == "organisation" and _is(c.text, "places.txt")):
            c.votes[pronoun] += weight  # `China said its ...` is still a place
        if nxt.text == "(" and after is not None and after.kind == "word":
            symbol = c.last + 4 if self._exchange(toks, c.last + 2) else c.last + 2
            if symbol < len(toks) and (_acronym(toks[symbol].text) or _camel(toks[symbol].text)):
                c.votes["defines"] += 1
                c.defined = symbol
            inside = self._run_words(toks, c.last + 2)
            if 2 <= len(inside) <= 3 and len(c.text.split()) >= 2 and _person_shaped(inside) \
                    and inside[-1].lower() not in _COMPASS \
                    and c.last + 2 + len(inside) < len(toks) and toks[c.last + 2 + len(inside)].text == ")":
                c.votes["character"] += 1  # `Captain Vance (Tomas Reyes)`: a role and its actor
        if _TICKER.match(self.text, nxt.start):
            c.votes["organisation"] += 5
        if c.first == c.last and _acronym(c.text) and nxt.kind == "word" and not nxt.cap and _role_word(nxt.low) \
                and not any(_is(c.text, f) for f in ("places.txt", "nationalities.txt", "common_acronyms.txt")):
            c.votes["organisation"] += 3  # `a KXTV meteorologist`, `the TSA agent`: the employer
        c.votes["organisation"] += self._market(c, toks)
        following = _next_words(toks, c.last + 1, 2)
        owned = _next_words(toks, c.last + 2, 1) if nxt.kind == "poss" else following
        if owned[:1] and _is(owned[0], "product_nouns.txt"):
            c.votes["product"] += 1  # `Old Harbour rum`: a brand, not its maker
        if any(_is(w, "org_descriptors.txt") and w not in _NOT_POSTFIX for w in following):
            c.votes["organisation"] += 2
        if nxt.text == ",":
            self._cue_apposition(c, toks, c.last + 2)

    @staticmethod
    def _org_named(c: _Cand) -> bool:
        """A name an organisation's head word or legal suffix ends (`Halden Holdings`, `Acme Ltd`)."""
        words = c.text.split()
        return len(words) > 1 and _org_head(words)

    @staticmethod
    def _verb_at(toks: list[_Tok], k: int) -> bool:
        return k < len(toks) and toks[k].kind == "word" and (toks[k].low in _SUBJECT_VERBS or _is(toks[k].low, "name_verbs.txt"))

    def _market(self, c: _Cand, toks: list[_Tok]) -> int:
        """Business-news cues that only a company takes: its shares or profits (`Acme shares
        fell`, `Acme's profits`), a stake or takeover of it (`shares in Acme`, `takeover by Acme`),
        or a deal it strikes with another name (`Acme agreed to buy Zed`)."""
        if _is(c.text, "places.txt") or _is(c.text, "nationalities.txt") or c.votes["other"] >= 8 or c.first == c.last \
                and (_common(c.text) or c.text.lower() in self.lower_words or c.text.endswith("ing")
                     or c.text.endswith("ly") and not _is(c.text, "given_names.txt")):
            return 0  # `shares in London`, `UK drinks firm`, `Falling sales`, `Net profit`, `Quarterly revenue`
        after = _next_words(toks, c.last + 1, 4) if toks[c.last + 1].kind != "poss" else _next_words(toks, c.last + 2, 1)
        if after[:1] and after[0] in _MARKET_NOUNS:
            return 5
        lead = c.lead if c.lead >= 0 else c.first
        if lead > 1 and toks[lead - 1].kind == "poss":
            lead -= 2  # `takeover by France's Acme`
            while lead > 0 and toks[lead].cap:
                lead -= 1
            lead += 1
        prev = [w for w in _prev_words(toks, lead, 4) if w != "the"]
        if len(prev) > 1 and prev[0] in ("of", "in", "by", "for", "with") and prev[1] in _STAKE_NOUNS:
            return 5
        deal = next((i for i, w in enumerate(after) if w in _DEAL_VERBS), None)
        k = c.last + 1 + (deal or 0) + 1
        if deal is not None and k < len(toks) and toks[k].cap and not _is(toks[k].text, "places.txt"):
            return 4
        return 0

    def _pronoun_follows(self, c: _Cand) -> tuple[str, int]:
        """`Okafor said he ...` (a person), `Fenmore Bank said its ...` (an organisation): the next
        pronoun after a subject, with no name between; the next sentence's opening He or She when
        the name is the last one in its sentence. An object (`told BBC Sport he ...`) is not meant.
        `its` after the name's own verb outweighs a given name (`Morgan Grenfell said its ...`)."""
        toks = self.sents[c.sent].toks
        lead = c.lead if c.lead >= 0 else c.first
        if lead > 0 and (toks[lead - 1].low in _CHAIN_PREPS or toks[lead - 1].low in ("to", "by", "the")
                         or self._audience(_prev_words(toks, lead, 2))):
            return "", 0
        for i in range(c.last + 1, len(toks)):
            t = toks[i]
            if t.cap and t.low not in ("he", "she"):
                return "", 0
            if t.low in ("he", "she", "him", "his", "her", "himself", "herself"):
                return "person", 3
            if t.low in ("its", "it") and self._verb_at(toks, c.last + 1) and (t.low == "its" or i == c.last + 2):
                return "organisation", 5 if t.low == "its" else 3
            if t.low in ("it", "they", "their"):
                return "", 0
        nxt = self.sents[c.sent + 1].toks if c.sent + 1 < len(self.sents) else []
        if nxt and nxt[0].low in ("he", "she") and not any(t.cap for t in toks[c.last + 1:]):
            return "person", 3
        return "", 0

    def _role_follows(self, toks: list[_Tok], k: int) -> bool:
        """Lower-case title words, then a capitalised name: `president Jin-Guang Teng`."""
        j = k
        while j < len(toks) and toks[j].kind == "word" and not toks[j].cap and j - k < 4 \
                and (_is(toks[j].low, "roles.txt") or _is(toks[j].low, "role_modifiers.txt")):
            j += 1
        return j > k and _is(toks[j - 1].low, "roles.txt") and j < len(toks) and toks[j].cap

    def _run_words(self, toks: list[_Tok], k: int) -> list[str]:
        words = []
        while k < len(toks) and (toks[k].cap or toks[k].text in _CONNECTORS):
            words.append(toks[k].text)
            k += 1
        return words

    def _cue_apposition(self, c: _Cand, toks: list[_Tok], k: int) -> None:
        """`Zylotec, the Danish toy group` (an organisation), `TJ Okafor, spokesman for`
        (a person)."""
        words = []
        if k < len(toks) and toks[k].cap and _is(toks[k].text, "given_names.txt"):
            return  # `on KBTV, Greg Holder and ...`: another name follows, not a description
        for t in toks[k:k + 8]:
            if t.kind == "poss":
                continue
            if t.kind == "num" and not words or t.kind == "num" and words[0] in ("the", "a", "an"):
                continue  # `Okafor, the 2016 Olympic champion`
            if t.kind != "word" or t.low in ("of", "at", "for", "in", "which", "that", "who", "with", "from", "by"):
                break
            words.append(t.low)
        if not words:
            return
        det = words[0] in ("the", "a", "an", "its", "their")
        body = words[1:] if det else words
        if body and words[0] in ("its", "their") and _is(body[-1], "firm_roles.txt") \
                and not any(t.low in _PERSONAL for t in toks[k:]):  # `..., their banker, said he`: a person
            c.votes["organisation"] += 5  # `sued Acme Bank, its former banker`: a firm's banker is a firm (as strong as an org head word)
        elif body and any(_role_word(w) for w in body[:4]) and self._org_named(c):
            return  # `Halden Holdings, the former adviser`: a title does not make a company a person
        elif body and _role_word(body[-1]):
            c.votes["person"] += 4  # `Ann Lee, a Leeds University economist`: the last noun heads the phrase
        elif det and any(_is(w, "org_descriptors.txt") for w in body):
            c.votes["organisation"] += 4
        elif any(_role_word(w) for w in body[:4]) and not _is(body[0], "org_descriptors.txt"):
            c.votes["person"] += 4


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


def _next_words(toks: list[_Tok], i: int, n: int) -> list[str]:
    """Up to n lower-case words from token i on; stops at punctuation or a capital."""
    out = []
    while i < len(toks) and len(out) < n and toks[i].kind == "word" and not toks[i].cap:
        out.append(toks[i].low)
        i += 1
    return out


_NON_DIGITS = re.compile(r"\D")


def _dateline_words(toks: list[_Tok], a: int, b: int) -> int:
    """How many words from a name a wire story's place in capitals takes (`NEW YORK`, `HONG
    KONG`, `SAN FRANCISCO`) when a name in ordinary case follows it; 0 when none."""
    for n in (3, 2):
        words = toks[a:a + n]
        if a + n <= b and all(t.text.isupper() and t.text.isalpha() for t in words) \
                and not toks[a + n].text.isupper() and _is(" ".join(t.text for t in words), "places.txt"):
            return n
    return 0


def _is_headline(toks: list[_Tok]) -> bool:
    """A title-case or upper-case line: its capitals say nothing about names. A line holding a
    phone number or an e-mail address is a contact line (`Jane Roe ~ Head of Press 020 7946 0000`)."""
    words = [t.text for t in toks if t.kind == "word" and t.text.isalpha()]
    # Neither count below can exceed the words that do not open in lower case: when those are
    # fewer than 60% (most lines), the line is no headline, without counting.
    if len(words) >= 3 and len(words) - len([w for w in words if w[0].islower()]) < 0.6 * len(words):
        return False
    if len(words) < 3:
        shaped = bool(words) and all(w.isupper() and len(w) >= 4 for w in words)
    else:
        caps = sum(1 for w in words if w[0].isupper() and w.lower() not in _CONNECTORS)
        upper = sum(1 for w in words if w.isupper() and len(w) > 1)
        shaped = caps >= 0.75 * len(words) or upper >= 0.6 * len(words)
    if not shaped:  # most lines: no need to count digits
        return False
    digits = sum(len(_NON_DIGITS.sub("", t.text)) for t in toks if t.kind == "num")
    return digits < 7 and not any(t.text == "@" for t in toks)


def _portfolio_end(toks: list[_Tok], i: int) -> int | None:
    """The closing bracket of a title's portfolio opening at token i: `(Research and Enterprise)`,
    `(Tertiary)`: capitalised words and the small words between them only."""
    if i >= len(toks) or toks[i].text != "(":
        return None
    for j in range(i + 1, min(len(toks), i + 9)):
        t = toks[j]
        if t.text == ")":
            return j if j > i + 1 else None
        if not (t.cap and not _acronym(t.text) or t.text in ("and", "&", "of", "for", ",")):
            return None
    return None


def _rank(word: str) -> bool:
    """A rank of nobility or royalty written in lower case in an appositive (`Diana, princess
    of Wales`, `the duke of Kent, Edward Windsor`): a position the article gives, read only there
    so that a capitalised `Prince Harry` stays a name."""
    return word.islower() and _is(word, "rank_nouns.txt")


def _office_style(title: str) -> bool:
    """An honorific that is also an office (`the Rt Rev`, `Rabbi`, `Det Supt`, `Ayatollah`): the
    person's role when the article gives no other."""
    return any(_is(w.rstrip("."), "office_honorifics.txt") for w in title.split())


def _addressed(toks: list[_Tok], i: int) -> bool:
    """An honorific at token i, before a capitalised word: `Dr Ann Lee`, `Chief Obafemi Adeyemi`.
    An honorific that is also a title word and comes before another (`Chief Executive`, `Chief
    Superintendent`) starts a title instead."""
    if i + 1 >= len(toks) or not toks[i + 1].cap or not _is(toks[i].text.rstrip("."), "honorifics.txt"):
        return False
    nxt = toks[i + 1].low
    return not (_is(toks[i].low, "roles.txt") and (_is(nxt, "roles.txt") or _is(nxt, "role_modifiers.txt")))


def _party_word(tok: _Tok) -> bool:
    """A capitalised one-word form of a political party (`Labour`, `Liberal`, `Republican`)."""
    return tok.kind == "word" and tok.cap and _key(tok.text) in _parties()


def _heads_org(role: str) -> bool:
    """A title that heads or speaks for an organisation (`chief executive`, `Vice-Chancellor`,
    `managing director`), from a closed class of the language: a lexicon."""
    words = role.lower().replace("-", " ").split()
    return bool(words) and _is(words[-1], "org_head_titles.txt")


def _plural_royal(low: str) -> bool:
    """`princes`, `kings`, `princesses`."""
    return low[:-1] in _ROYAL or low.endswith("es") and low[:-2] in _ROYAL


def _shouting(words: list[_Tok]) -> bool:
    long_upper = [t for t in words if t.text.isupper() and len(t.text) > 3]
    return len(long_upper) >= 2 and all(t.text.isupper() or not t.text[:1].isalpha() for t in words)


def _org_head(words: list[str]) -> bool:
    """Whether an organisation word heads the name: its last word (`Fenmore Group`), the word
    before its first `of`/`for` (`Institute of Soil ...`), or a company suffix anywhere."""
    return _org_headed(tuple(words))


@lru_cache(maxsize=1 << 14)  # the same names are asked about by many rules
def _org_headed(words: tuple[str, ...]) -> bool:
    words = [w.strip(",").replace("\u2019", "'") for w in words if w.strip(",")]
    words = [re.sub(r"'s$", "", w) for w in words]
    if not words:
        return False
    if any(w.lower() in _CORP_SUFFIX for w in words[1:]):
        return True
    if len(words) == 1:
        return False
    tail = words[-1]
    if tail[:1].isdigit() and len(words) > 2:
        tail = words[-2]
    if _is(tail, "org_words.txt"):
        return True  # not a plural head alone: `Crown Research Institutes` names a kind of body
    for n in (1, 2):  # `Colleges UK`, `Libraries New Zealand`: an organisation word, then its country
        place = " ".join(words[-n:])
        if len(words) > n and (_is(place, "places.txt") or n == 1 and _acronym(tail)) and _org_word(words[-n - 1]):
            return True
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), None)
    return cut is not None and cut > 0 and _is(words[cut - 1], "org_words.txt")


@lru_cache(maxsize=1 << 14)  # a pure function of a word the rules ask about again and again
def _common(word: str) -> bool:
    """An ordinary English word, capitalised only by its place: `Isolation`, `Athletics`, `Let`."""
    if _is(word, "given_names.txt"):
        return False
    return _is(word, "common_words.txt") or _is(word, "sentence_openers.txt") or _is(word, "non_names.txt") \
        or len(word) > 5 and bool(_COMMON_SHAPE.search(word))


@lru_cache(maxsize=1 << 14)  # a pure function of a word the rules ask about again and again
def _org_word(word: str) -> bool:
    """An organisation word or its plural: `Library`, `Libraries`, `Councils`."""
    if _is(word, "org_words.txt"):
        return True
    if len(word) < 5 or not word.endswith("s"):
        return False
    return any(word.endswith(cut) and _is(word[:-len(cut)] + add, "org_words.txt") for cut, add in (("ies", "y"), ("s", "")))


@lru_cache(maxsize=1 << 14)  # a pure function of a word the rules ask about again and again
def _plural_common(word: str) -> bool:
    """`Revenues`, `Departments`, `Windows`: the plural of a common noun or an organisation word."""
    if len(word) < 5 or not word.endswith("s") or any(_is(word, f) for f in ("given_names.txt", "places.txt", "org_words.txt")):
        return False
    for cut, add in (("ies", "y"), ("es", ""), ("s", "")):
        if word.endswith(cut):
            one = word[:-len(cut)] + add
            if any(_is(one, f) for f in ("common_words.txt", "org_words.txt")):
                return True
    return False


@lru_cache(maxsize=1 << 14)  # a pure function of a word the rules ask about again and again
def _role_word(word: str) -> bool:
    """A job noun: a listed title head or a trade by its ending (`ecologist`, `pianist`,
    `oceanographer`)."""
    if _is(word, "roles.txt"):
        return True  # `co-host`
    word = re.sub(r"^(?:co|vice|deputy|acting|joint)-(?=[a-z])", "", word, flags=re.I)
    return _is(word, "roles.txt") or len(word) > 5 and word.islower() and bool(re.search(r"(?:ist|grapher|ologer)$", word))


@lru_cache(maxsize=1 << 14)  # a pure function of a word the rules ask about again and again
def _singular_role(word: str) -> str:
    """`Ministers` -> `Minister`, `analysts` -> `analyst`, `secretaries` -> `secretary`; "" when
    the word is no plural job noun."""
    for cut, add in (("ies", "y"), ("s", "")):
        if word.lower().endswith(cut) and len(word) > len(cut) + 2:
            one = word[:-len(cut)] + add
            if _role_word(one):
                return one
    return ""


_NON_LETTERS = re.compile(r"[^A-Za-z]")


@lru_cache(maxsize=1 << 14)  # a pure function of a word the rules ask about again and again
def _acronym(word: str) -> bool:
    letters = _NON_LETTERS.sub("", word)
    return 2 <= len(word) <= 7 and len(letters) >= 2 and word[:1].isupper() \
        and sum(ch.isupper() for ch in letters) >= max(2, len(letters) - 1)


@lru_cache(maxsize=1 << 14)  # a pure function of a word the rules ask about again and again
def _camel(word: str) -> bool:
    """`PolyU`, `MacroPolo`, `AquaGen`: capitals inside the word, not a Mc/Mac surname."""
    if re.fullmatch(r"[A-Z]\w+/{1,2}[A-Z]\w+", word) and not word.isupper():
        return True  # `Zylo//WebStats`
    return bool(re.fullmatch(r"[A-Z][a-z]+[A-Z]\w*", word)) and not re.match(r"Ma?c[A-Z]", word) \
        and not re.match(r"(?:De|Di|Le|La|Van|Von|Du|Da|Fitz)[A-Z]", word)


@lru_cache(maxsize=1 << 14)  # a pure function of a word the rules ask about again and again
def _given_shape(word: str) -> bool:
    """Romanised East Asian given names: `Jin-Guang`, `Ka-chiu`."""
    return bool(re.fullmatch(r"[A-Z][a-z]{1,5}-[A-Za-z][a-z]{1,5}", word))


def _person_shaped(words: list[str]) -> bool:
    if _org_head(words) or any(_acronym(w) for w in words[1:]):
        return False
    if len(words) == 1:
        w = words[0]
        return w[:1].isupper() and not _is(w, "places.txt") and not _is(w, "non_names.txt") \
            and not _is(w, "common_words.txt") and not _acronym(w) and not _is(w, "nationalities.txt") \
            and not _is(w, "org_words.txt")
    return not _is(" ".join(words), "places.txt")


@lru_cache(maxsize=1 << 14)
def _person_keys(name: str) -> frozenset[str]:
    """Keys under which a person may be named again: each name word but particles and initials."""
    words = [w for w in name.split() if w.lower() not in _PARTICLES and len(w.rstrip(".")) > 1]
    return frozenset({_key(w) for w in words} | {_key(surname(name))})


def surname(name: str) -> str:
    """The word a person is called by on second mention: `Zhang` for `Zhang Lei`, `Lee` for
    `John Lee Ka-chiu`, `von der Leyen` for `Ursula von der Leyen`, `Reyes` for `Tomas J. Reyes`."""
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
        # Per group, dropped when a move changes the group: every pass asks for them.
        self._longest_of: dict[int, str] = {}
        self._votes_of: dict[int, defaultdict[str, int]] = {}

    def build(self) -> Names:
        self._group_by_key()
        self._define_acronyms()
        self._join_parties()
        self._join_people()
        self._join_short_forms()
        kinds = [self._kind(gi) for gi in range(len(self.groups))]
        kinds = self._by_lists(kinds)
        kinds = self._join_surnames(kinds)
        kinds = self._drop_derived(kinds)
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

    def _forget(self, *groups: int) -> None:
        for gi in groups:
            self._longest_of.pop(gi, None)
            self._votes_of.pop(gi, None)

    def _move(self, src: int, dst: int) -> None:
        if src == dst:
            return
        self._forget(src, dst)
        for ci in self.groups[src]:
            self.r.cands[ci].group = dst
        self.groups[dst].extend(self.groups[src])
        self.groups[src] = []

    def _move_one(self, ci: int, dst: int) -> None:
        c = self.r.cands[ci]
        self._forget(c.group, dst)
        self.groups[c.group].remove(ci)
        self.groups[dst].append(ci)
        c.group = dst

    def _cand_at(self, sent: int, start: int) -> _Cand | None:
        return next((d for d in self.r.cands if d.sent == sent and d.start == start and d.group >= 0), None)

    def _define_acronyms(self) -> None:
        """`Hong Kong Polytechnic University (PolyU)`: the bracketed acronym joins the name; so does
        an acronym that spells a name's initials (`NBU`, `ISG`, `FWS`)."""
        cands = self.r.cands
        for c in cands:
            if not c.votes["defines"] or c.group < 0:
                continue
            acr = self.r.sents[c.sent].toks[c.defined]
            target = self._cand_at(c.sent, acr.start)
            if target is None:
                continue
            if _acronym(c.text) and len(c.text.split()) == 1 and " " in target.text:
                full, short = target, c  # `NRS (Northbridge Rail Survey)`
            else:
                full, short = c, target
            if not _org_head(full.text.split()):
                short.votes["organisation"] = 0  # the acronym is only as much an organisation as its name
                self._votes_of.clear()
            self._move(short.group, full.group)
        by_initials: dict[str, set[int]] = {}
        for gi, members in enumerate(self.groups):
            for ci in members:
                for ini in _initial_forms(cands[ci].text):
                    by_initials.setdefault(ini, set()).add(gi)
        for gi, members in enumerate(self.groups):
            if not members:
                continue
            word = cands[members[0]].text
            if " " in word or not _acronym(word):
                continue
            hits = {g for g in by_initials.get(word.upper().replace(".", ""), set()) if self.groups[g]} - {gi}
            if len(hits) == 1:
                self._move(gi, hits.pop())

    def _join_parties(self) -> None:
        """`Tories` and `Conservatives`: forms of one party join."""
        seen: dict[int, int] = {}
        for gi, members in enumerate(self.groups):
            if not members:
                continue
            party = _parties().get(_key(self.r.cands[members[0]].text))
            if party is None:
                continue
            if party in seen:
                self._move(gi, seen[party])
            else:
                seen[party] = gi

    def _join_people(self) -> None:
        """Short forms of a person's name (`Zhang`, `Mr Reyes`, `Hal`) join the full name; a month
        or common word that happens to match (`May`) joins only with an honorific or a speech verb."""
        cands = self.r.cands
        full = [gi for gi, m in enumerate(self.groups) if m and self._votes(gi)["person"] >= 3
                and self._votes(gi)["organisation"] < 5 and max(len(cands[ci].text.split()) for ci in m) > 1]
        keys = {gi: _person_keys(self._longest(gi)) for gi in full}
        for ci, c in enumerate(cands):
            if c.group < 0 or c.group in keys or len(c.text.split()) > 2:
                continue
            key = _key(c.text)
            hits = [gi for gi in full if key in keys[gi] and key != _key(self._longest(gi))]
            if len(hits) != 1:
                continue
            common = c.votes["other"] >= 4 or c.votes["place"] >= 6
            if common and not c.title and not self._speaks(c):
                continue
            if c.votes["organisation"] >= 4 and not c.title:
                continue
            self._move_one(ci, hits[0])

    def _speaks(self, c: _Cand) -> bool:
        nxt = _next_words(self.r.sents[c.sent].toks, c.last + 1, 1)
        return bool(nxt) and _is(nxt[0], "name_verbs.txt")

    def _join_short_forms(self) -> None:
        """`Northbridge` for `Northbridge University`, `Orchard Council` for `British Orchard Council`. A short
        form used more often than the long one is a name of its own (`Oppo` and `OPPO Research
        Institute`), unless only one word tells them apart."""
        cands = self.r.cands
        orgish = [gi for gi, m in enumerate(self.groups) if m and self._votes(gi)["organisation"] >= 4]
        forms: dict[int, tuple[list[str], list[str]]] = {}  # an orgish group's longest form, in words, until a move
        for gi, members in enumerate(self.groups):
            if not members or any(cands[ci].title for ci in members) or self._votes(gi)["person"] >= 4:
                continue
            short = list(_name_words(self._longest(gi)))
            if len(short) == 1 and _acronym(short[0]):
                continue  # an acronym names its own body: `BBC` beside `BBC Radio 4`
            if _is(" ".join(short), "places.txt") or len(short) == 1 and any(_is(short[0], f) for f in (
                    "org_words.txt", "common_words.txt", "nationalities.txt", "non_names.txt")):
                continue
            hits = []
            k = len(short)
            low = [w.lower() for w in short]
            for og in orgish:
                if og == gi or not self.groups[og]:
                    continue
                known = forms.get(og)
                if known is None:
                    words = list(_name_words(self._longest(og)))
                    known = forms[og] = (words, [w.lower() for w in words])
                longer, longer_low = known
                if len(longer) <= k:
                    continue
                if longer_low[:k] == low or longer_low[-k:] == low:
                    if len(longer) - k == 1 or len(members) <= len(self.groups[og]) or self._legal_tail(longer[k:]):
                        hits.append(og)
                elif k >= 2 and low[0] == longer_low[0] and low[-1] == longer_low[-1] and _subsequence(low, longer_low):
                    hits.append(og)  # `Ruritanian Federation` for `Ruritanian Rowing Federation`
            if len(hits) == 1:
                self._move(gi, hits[0])
                forms.clear()

    @staticmethod
    def _legal_tail(rest: list[str]) -> bool:
        """`Motor Co.`, `Holdings plc`: the words a company's legal name adds to the name it goes
        by end in a corporate suffix, so the short form is the same company however often used."""
        return bool(rest) and rest[-1].lower() in _CORP_SUFFIX and len(rest) <= 3

    def _longest(self, gi: int) -> str:
        longest = self._longest_of.get(gi)
        if longest is None:
            texts = [self.r.cands[ci].text for ci in self.groups[gi]]
            longest = self._longest_of[gi] = max(texts, key=lambda t: (len(t.split()), len(t)))
        return longest

    def _votes(self, gi: int) -> defaultdict[str, int]:
        """The strongest cue of each kind among the group's mentions (headlines left out).
        Callers only read it: it is kept until the group changes."""
        votes = self._votes_of.get(gi)
        if votes is None:
            votes = self._votes_of[gi] = self._strongest(gi)
        return votes

    def _strongest(self, gi: int) -> defaultdict[str, int]:
        total: defaultdict[str, int] = defaultdict(int)
        members = [self.r.cands[ci] for ci in self.groups[gi]]
        body = [c for c in members if not c.headline] or members
        for c in body:
            for k, v in c.votes.items():
                total[k] = max(total[k], v)
        for c in members:
            if c.headline and _org_head(c.text.split()):
                total["organisation"] = max(total["organisation"], 5)  # its legal name, confirmed by the body
        return total

    def _kind(self, gi: int) -> Kind | None:
        members = [self.r.cands[ci] for ci in self.groups[gi]]
        if not members or all(c.headline for c in members):
            return None  # a name seen only in a headline is not trusted
        v = self._votes(gi)
        products = sum(1 for c in members if c.votes["product"])
        if v["character"] or products and (not v["subject"] or products >= 2) and v["organisation"] < 6 and v["person"] < 5:
            return None  # `the Cabir virus ... the Cabir worm`: a product named twice as one stays one when it acts
        person, org, place, other = v["person"], v["organisation"], v["place"], v["other"]
        named_place = self._place_named(gi, members)
        if named_place == "strong":
            return "organisation" if org >= 5 or any(self._voice_follows(c) for c in members) else "place"
        if named_place == "weak" and person < 5 and org < 5 and not any(self._voice_follows(c) for c in members):
            return "place"  # `Kanye West said` is left to the other cues
        multi = any(len(c.text.split()) > 1 for c in members)
        if person >= 3 and multi and org < 5 and place < 6 and other < 6:
            return "person"
        if place >= 6 and person < 5 and org < 5:
            return "place"
        if other >= 4 and person < 5 and org < 5 or other >= 6 and org < 6 and person < 5:
            return None
        if person >= 4 and person >= org:
            return "person"
        if org >= 2:
            return "organisation"
        if person >= 3 and v["subject"]:
            return "person"
        if v["subject"] and not multi and _is(members[0].text, "given_names.txt") and not _acronym(members[0].text) \
                and org < 2 and place < 1 and any(self.r._verb_at(self.r.sents[c.sent].toks, c.last + 1) for c in members):
            return "person"  # `how Diana had been treated`: a given name that acts is someone
        if v["subject"] and not multi and not _GROUP_NOUN.search(members[0].text) \
                and any(not c.at_start or c.text.lower() not in self.r.lower_words for c in members):
            return "organisation"  # not `Couriers said`: a plural job noun names people
        if place >= 1:
            return "place"
        if multi and self._plain_name(gi, bool(v["subject"])):
            return "person"  # two or three unknown capitalised words and no cue: a name is a person's
        return None

    def _place_named(self, gi: int, members: list[_Cand]) -> str:
        """"strong" for a name headed by a building or street noun (`Windsor Castle`), "weak" for
        one headed by a place noun or compass word that may also be a surname (`Imperial West`,
        not `Kanye West`); "" otherwise, and for any name written with an honorific or title."""
        if any(c.title or c.role_title for c in members):
            return ""
        words = _name_words(self._longest(gi))
        if len(words) < 2 or _org_head(list(words)):
            return ""
        last = words[-1].lower()
        if last in _BUILDING_HEADS:
            return "strong"
        if last in _WEAK_PLACE_HEADS and not _is(words[0], "given_names.txt"):
            return "weak"
        return ""

    def _voice_follows(self, c: _Cand) -> bool:
        """`Downing Street said`, `Clarence House staff`: the place stands for those who work there."""
        toks = self.r.sents[c.sent].toks
        k = c.last + 1
        if k < len(toks) and toks[k].kind == "poss":
            k += 1
        return k < len(toks) and toks[k].kind == "word" and not toks[k].cap \
            and (toks[k].low in _VOICES or _is(toks[k].low, "name_verbs.txt"))

    def _join_surnames(self, kinds: list[Kind | None]) -> list[Kind | None]:
        """A lone word that is part of the name of a person found only by the name's shape
        (`Nell Okafor` ... `Okafor said`) joins that person. A surname two people share
        (`Tomas Reyes`, `Ana Reyes`: `Reyes's son`) names one of them, never an organisation."""
        people = [gi for gi, m in enumerate(self.groups) if m and kinds[gi] == "person" and len(self._longest(gi).split()) > 1]
        keys = {gi: _person_keys(self._longest(gi)) for gi in people}
        for gi, members in enumerate(self.groups):
            if not members or gi in keys or kinds[gi] == "place" or len(self._longest(gi).split()) != 1:
                continue
            key = _key(self._longest(gi))
            hits = [p for p in people if key in keys[p]]
            v = self._votes(gi)
            if len(hits) > 1 and kinds[gi] != "person":
                kinds[gi] = None
            elif len(hits) == 1 and v["organisation"] < 4 and v["place"] < 6 and v["other"] < 4:
                self._move(gi, hits[0])
                kinds[gi] = None
        return kinds

    def _plain_name(self, gi: int, speaks: bool = False) -> bool:
        """Two or three unknown name-shaped words. A first word that is also a place (a given name
        like a county or country) still starts a person's name when the name speaks or acts."""
        words = self._longest(gi).replace("\u2019", "'").split()
        if not 2 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?\.?|[A-Z]\.", w) for w in words):
            return False
        if words[0].lower() in _ROYAL and not _is(words[1], "given_names.txt"):
            return False  # `Princess Consort`: a title, no name
        rest = words[1:] if speaks and len(words) == 2 and _is(words[0], "places.txt") else words
        return not any(_common(w) or _is(w, "org_words.txt") or _is(w, "places.txt") or _is(w, "roles.txt")
                       or _is(w, "nationalities.txt") or w.lower() in _PLACE_TAILS or w.lower() in _COMPASS for w in rest)

    def _by_lists(self, kinds: list[Kind | None]) -> list[Kind | None]:
        """`Google, Zylotec, Fenmore and many smaller firms`: unknown names listed with organisations
        are organisations too."""
        by_sent: dict[int, list[_Cand]] = {}
        for c in self.r.cands:
            if c.group >= 0:
                by_sent.setdefault(c.sent, []).append(c)
        for mine in by_sent.values():
            mine.sort(key=lambda c: c.start)
            chain: list[_Cand] = []
            for c in mine:
                if chain and _LIST_GAP.fullmatch(self.r.text[chain[-1].end:c.start]):
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
                if kinds[c.group] is None and c.votes["other"] < 4 and not c.headline and len(c.text) > 1:
                    kinds[c.group] = "organisation"

    def _drop_derived(self, kinds: list[Kind | None]) -> list[Kind | None]:
        """Names made from another entity's name but naming neither a person nor an organisation:
        `the Finneys` (a family), `Zylo Pad` (a product)."""
        cands = self.r.cands
        person_keys = set()
        org_keys = {}
        for gi, members in enumerate(self.groups):
            if not members:
                continue
            if kinds[gi] == "person":
                person_keys |= _person_keys(self._longest(gi))
            if kinds[gi] == "organisation":
                for ci in members:
                    org_keys[_key(cands[ci].text)] = gi
        for gi, members in enumerate(self.groups):
            if not members or kinds[gi] is None:
                continue
            text = self._longest(gi)
            words = text.split()
            if len(words) == 1 and kinds[gi] != "person" and text.endswith("s") and _key(text[:-1]) in person_keys:
                kinds[gi] = None
            elif len(words) > 1 and kinds[gi] != "person" and org_keys.get(_key(words[0]), gi) != gi \
                    and not _org_head(words) and self._votes(gi)["organisation"] < 4:
                kinds[gi] = None
        return kinds

    def _names(self, kinds: list[Kind | None]) -> Names:
        names = Names()
        cands = self.r.cands
        for gi, members in enumerate(self.groups):
            kind = kinds[gi]
            if kind is None or not members:
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


@lru_cache(maxsize=1 << 14)  # a pure function of a word the rules ask about again and again
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
        name = max(forms, key=lambda t: (not _acronym(t) or " " in t, len(t.split()), len(t)))
        spelled = {t for t in counts if t not in forms and " ".join(t.split()) not in forms}
        forms += sorted(spelled)  # `Oppo` beside `OPPO`: a reader searches for either spelling
    else:
        name = max(forms, key=lambda t: (len(t.split()), len(t)))
    return name, [f for f in forms if f != name]


_POSSESSIVE_S = re.compile(r"'s$")


@lru_cache(maxsize=1 << 14)
def _name_words(name: str) -> tuple[str, ...]:
    """The words of a name without possessive endings: `Zylo's Labs` -> (`Zylo`, `Labs`)."""
    return tuple(_POSSESSIVE_S.sub("", w) for w in name.replace("\u2019", "'").split())


def _subsequence(short: list[str], longer: list[str]) -> bool:
    rest = iter(longer)
    return all(w in rest for w in short)


@lru_cache(maxsize=1 << 14)  # a pure function of a word the rules ask about again and again
def _initial_forms(text: str) -> set[str]:
    """The initials an acronym may spell: `SAIC` and `GE` for `... Corp` and `... Co` alike, as
    a company's suffix is sometimes in its acronym and sometimes not."""
    forms = {_initials(text)}
    words = text.split()
    if len(words) > 2 and words[-1].lower() in _CORP_SUFFIX:
        forms.add(_initials(" ".join(words[:-1])))
    return {f for f in forms if len(f) >= 2}


def _initials(text: str) -> str:
    words = [w for w in re.split(r"[\s-]+", text) if w]
    caps = [w[0] for w in words if w[:1].isupper() and w.lower() != "the"]
    return "".join(caps) if len(caps) >= 2 else ""


# ---------------------------------------------------------------- roles and affiliations


class _Roles:
    """Reads each person's title and organisation from the words around their mentions."""

    def __init__(self, reader: _Reader, names: Names) -> None:
        self.r = reader
        self.names = names
        self.by_start = {m.start: m for m in names.mentions}

    def read(self) -> None:
        shared: tuple[_Cand, list[tuple[str, list[str]]]] | None = None
        for cand in self.r.cands:
            m = self.by_start.get(cand.start)
            if m is None or m.kind != "person":
                continue
            entity = self.names.entity_of(m)
            found = self._around(cand)
            if shared is not None and not any(r or o for r, o in found) and shared[0].sent == cand.sent \
                    and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", self.r.text[shared[0].end:cand.lead_start(self.r)]):
                found = shared[1]  # `Ministers Ann Lee and Bo Chan`: a plural title covers the whole list
            plural = [(r, o) for r, o in found if r and (_singular_role(r.split()[-1]) or cand.shares_role)]
            shared = (cand, [(_singular_role(r) or r, o) if " " not in r else (r, o) for r, o in plural]) if plural \
                else (shared if shared is not None and shared[0].sent == cand.sent and found == shared[1] else None)
            if plural:
                found = shared[1] + [(r, o) for r, o in found if (r, o) not in plural]
            if cand.title and not any(r for r, _ in found) and _office_style(cand.title):
                found = found + [(cand.title, [])]  # `the Rt Rev Ann Holt`: her office
            for role, orgs in found:
                role = role.strip(" ,")
                if role and role.lower() not in (r.lower() for r in entity.roles):
                    entity.roles.append(role)
                for org in self._with_full_names(orgs):
                    if org and org.lower() not in (o.lower() for o in entity.organisations):
                        entity.organisations.append(org)

    def _with_full_names(self, orgs: list[str]) -> list[str]:
        """Each organisation as written, then the fullest name the article gives it when that
        differs (`the head of the WLGA`: the briefing links the association by its full name)."""
        out = []
        for org in orgs:
            out.append(org)
            entity = self.names.resolve(org) if org else None
            if entity is not None and entity.kind == "organisation" and entity.name.lower() != org.lower():
                out.append(entity.name)
        return out

    def _around(self, c: _Cand) -> list[tuple[str, list[str]]]:
        toks = self.r.sents[c.sent].toks
        out = []
        if c.role_org is not None and not c.role_title:
            out.append(("", [_clean(self.r.cands[c.role_org].text)]))
        if c.contact_org is not None:
            out.append(("", self._org_named(_clean(self.r.cands[c.contact_org].text))))
        if c.role_title:
            orgs = []
            org_cand = c.role_org if c.role_org is not None else self._shared_org(c)
            if org_cand is not None:
                orgs.extend(self._org_named(_clean(self.r.cands[org_cand].text)))
            out.append((c.role_title, orgs))
        lead = c.lead if c.lead >= 0 else c.first
        for found in (self._before(toks, lead), self._after(toks, c.last), self._appositive_before(c, toks, lead),
                      self._portfolio_before(c, toks, lead)):
            if found:
                out.append(found)
        if not any(o for _, o in out):
            shared = self._listed_bracket(toks, c.last)
            if shared:
                out.append(("", shared))
        if lead >= 2 and toks[lead - 1].kind == "poss" and self._org_at(toks[lead - 2]) and not any(o for _, o in out):
            out.append(("", [self._org_at(toks[lead - 2]).text]))  # `Labour's Ann Lee`
        if any(r for r, _ in out) and not any(o for _, o in out):
            referred = self._referred_org(toks, any(_heads_org(r) for r, _ in out))  # `Chief executive Ann Lee said the firm ...`: the article's company
            if referred:
                out.append(("", referred))
        return out

    def _listed_bracket(self, toks: list[_Tok], last: int) -> list[str]:
        """`Dr Ann Lee and Dr Bo Chan (Institute of Soil Science)`: a bracketed organisation after
        the last name of a list of people is where each of them works."""
        k = last + 1
        if k >= len(toks) or toks[k].low not in ("and", ","):
            return []
        k += 1
        while k < len(toks) and _is(toks[k].text.rstrip("."), "honorifics.txt"):
            k += 1
        m = self.names.at(toks[k].start) if k < len(toks) else None
        if m is None or m.kind != "person" or toks[k].start != m.start:
            return []
        k = self._skip_mention(toks, k, m)
        if k + 1 >= len(toks) or toks[k].text != "(":
            return self._listed_bracket(toks, k - 1) if k < len(toks) and toks[k].low in ("and", ",") else []
        org = self._org_at(toks[k + 1])
        end = self._skip_mention(toks, k + 1, org) if org is not None else k
        return [org.text] if org is not None and end < len(toks) and toks[end].text == ")" else []

    def _portfolio_before(self, c: _Cand, toks: list[_Tok], lead: int) -> tuple[str, list[str]] | None:
        """`Deputy Vice-Chancellor (Research and Enterprise) Professor Ann Lee`: a title run, its
        portfolio in brackets, then the name."""
        if lead < 1 or toks[lead - 1].text != ")":
            return None
        opening = next((i for i in range(lead - 2, max(-1, lead - 10), -1) if toks[i].text == "("), None)
        if opening is None or _portfolio_end(toks, opening) != lead - 1:
            return None
        title = next((t for t in self.r.titles if t.sent == c.sent and t.last == opening - 1), None)
        if title is None:
            return None
        orgs = self._org_named(_clean(self.r.cands[title.org].text)) if title.org is not None else []
        return self.r.text[toks[title.first].start:toks[lead - 1].end], orgs

    def _referred_org(self, toks: list[_Tok], head_title: bool) -> list[str]:
        """The organisation a sentence points back at: the article's main one for `the firm`,
        `the company's` or its name written outright (`Vice-Chancellor Ann Lee says Corran ...`);
        for a press release's capitalised `the University` (not `the University of X`, a name),
        the main organisation of that kind. `the Government` is a politician's state, not an
        employer, and is left out. The name alone counts only for `head_title`, a title that heads
        an organisation (a senator named with a centre she funds does not work there)."""
        main = self.names.main("organisation")
        for i, t in enumerate(toks[:-1]):
            nxt = toks[i + 1]
            if t.low not in ("the", "its") or nxt.kind != "word" or nxt.low.endswith("s"):
                pass
            elif not nxt.cap and _is(nxt.low, "org_descriptors.txt"):
                return self._main_org()
            elif nxt.cap and t.low == "the" and _is(nxt.low, "org_words.txt") and nxt.low != "government" \
                    and self.names.at(nxt.start) is None \
                    and not (i + 2 < len(toks) and (toks[i + 2].cap or toks[i + 2].low in ("of", "for"))):
                return self._org_named(nxt.text)
        if main is not None and len(main.mentions) > 1 and head_title:
            for t in toks:
                m = self.names.at(t.start)
                if m is not None and m.start == t.start and self.names.entity_of(m) is main:
                    return [main.name]
        return []

    def _shared_org(self, c: _Cand) -> int | None:
        """`Northbridge University Chancellor Dr Ann Lee and Vice-Chancellor Dr Tomas Reyes`: the
        second title belongs to the organisation named before the first."""
        lead_start = self.r.sents[c.sent].toks[c.lead if c.lead >= 0 else c.first].start
        for d in self.r.cands:
            if d.sent == c.sent and d.role_title and d.role_org is not None and d.end < lead_start \
                    and re.fullmatch(r",?\s+and\s+", self.r.text[d.end:lead_start]):
                return d.role_org
        return None

    def _org_named(self, text: str) -> list[str]:
        """An organisation as written, or the main one a bare word stands for (`University
        Vice-Chancellor Tomas Reyes`: the university the article is about)."""
        if len(text.split()) > 1 or not _is(text, "org_words.txt"):
            return [text]
        orgs = [e for e in self.names.of_kind("organisation") if text.lower() in e.name.lower().split()]
        best = max(orgs, key=lambda e: len(e.mentions), default=None)
        return [best.name] if best else []

    def _org_at(self, tok: _Tok) -> Mention | None:
        m = self.names.at(tok.start)
        return m if m is not None and m.kind == "organisation" else None

    def _nearest_org(self, toks: list[_Tok], j: int) -> list[str]:
        """The organisation `its` refers to: the first one named before it in the sentence, which
        is most often the subject (`Acme, which bought Zed, said its chief ...`); else the subject
        of the latest of the few sentences before that names one (`The Institute will open in
        May. Its director, ...`)."""
        for t in toks[:j]:
            m = self._org_at(t)
            if m is not None:
                return [m.text]
        si = next((i for i, s in enumerate(self.r.sents) if s.toks is toks), None)
        for back in range(si - 1, max(-1, si - 4), -1) if si is not None else ():
            found = next((m for m in map(self._org_at, self.r.sents[back].toks) if m is not None), None)
            if found is not None:
                return [found.text]
        return self._main_org()

    def _main_org(self) -> list[str]:
        main = self.names.main("organisation")
        return [main.name] if main else []

    def _before(self, toks: list[_Tok], first: int) -> tuple[str, list[str]] | None:
        """`said project manager Tomas Reyes`, `Fenmore's chief executive Ann
        Lee`, `Conservative transport spokesman Nell Okafor`."""
        j = first - 1
        if j < 0 or toks[j].kind != "word" or not _role_word(toks[j].low):
            return None
        role_end = j
        while j >= 0 and toks[j].kind == "word" and first - j <= 6:
            t = toks[j]
            if t.low in _ROLE_STOPS or _is(t.low, "name_verbs.txt") or self._org_at(t) or \
                    _is(t.text, "places.txt") or _is(t.text, "nationalities.txt") or t.text[:1].isdigit():
                break
            if t.cap and (self.names.at(t.start) is not None or _common(t.text) and not _role_word(t.low)
                          and not _is(t.low, "role_modifiers.txt")):
                break  # `On Monday council member Ann Lee`
            j -= 1
        words = toks[j + 1:role_end + 1]
        while words and (re.search(r"ly$", words[0].low) or words[0].low in ("appointed", "new")) \
                and not _is(words[0].low, "roles.txt"):
            words = words[1:]
        if not words:
            return None
        orgs: list[str] = []
        lead = 0
        while lead < len(words) - 1 and words[lead].cap and not _role_word(words[lead].low) \
                and not _is(words[lead].low, "role_modifiers.txt"):
            lead += 1
        if lead and not _is(words[lead - 1].text, "places.txt"):
            orgs.append(self.r.text[words[0].start:words[lead - 1].end])  # `Zylo analyst Ann Lee`: the employer
            words = words[lead:]
        if j >= 0:
            t = toks[j]
            if t.low in ("its", "their"):
                orgs.extend(self._nearest_org(toks, j))
            elif t.kind == "poss" and j > 0:
                org = self._org_at(toks[j - 1])
                if org:
                    orgs.append(org.text)
                elif _is(toks[j - 1].low, "org_descriptors.txt"):
                    orgs.extend(self._main_org())
            elif self._org_at(t):
                orgs.append(self._org_at(t).text)
        return " ".join(t.text for t in words), orgs

    def _after(self, toks: list[_Tok], last: int) -> tuple[str, list[str]] | None:
        """`Zhang Lei, chair professor of ... at PolyU's department of computing`, `Tomas Reyes,
        head of the Federal Roads Agency,`, `Ann Lee at Fenmore Bank`,
        `Dr Nell Okafor of Acme, who will be Zylo's technical project manager`."""
        k = last + 1
        if k >= len(toks):
            return None
        if toks[k].kind == "word" and toks[k].low in ("at", "of", "from", "with"):
            orgs = self._orgs_in(toks, k, k + 8)
            if not orgs:
                return None
            who = self._who_clause(toks, k)
            return (who[0], orgs + who[1]) if who else ("", orgs)
        if toks[k].text == "," and k + 3 < len(toks) and toks[k + 1].kind == "num" and toks[k + 2].text == ",":
            k += 2  # `Kim Lee, 51, co-owner of ...`: past the age
        if toks[k].text == "," and k + 1 < len(toks) and toks[k + 1].low == "who":
            return self._who_clause(toks, k)
        if toks[k].text in (",", "(", "\u2013", "\u2014", "-", "~", "|"):
            return self._phrase(toks, k + 1)
        return None

    def _who_clause(self, toks: list[_Tok], k: int) -> tuple[str, list[str]] | None:
        for j in range(k, min(len(toks), k + 10)):
            if toks[j].low == "who":
                j += 1
                while j < len(toks) and toks[j].low in ("is", "was", "will", "be", "has", "been", "became", "becomes", "now", "also", "currently"):
                    j += 1
                return self._phrase(toks, j)
        return None

    def _phrase(self, toks: list[_Tok], k: int) -> tuple[str, list[str]] | None:
        """An appositive title: [the|a] [Org's|Org] title words [and title words] [of lower-case
        words] [at|of|for Org]; `its president` means the organisation the sentence names."""
        orgs: list[str] = []
        owned = False
        while k < len(toks) and toks[k].low in ("the", "a", "an", "its", "their", "now", "also", "currently", "former"):
            owned = owned or toks[k].low in ("its", "their")
            k += 1
        if k < len(toks) and toks[k].low in _PREDICATE_OPENERS:
            return None  # `Senator Ann Lee, today welcomed ...`: the comma opens a predicate, not a title
        if k + 1 < len(toks) and toks[k + 1].kind == "poss":
            org = self._org_at(toks[k])
            if org:
                orgs.append(org.text)
            elif _is(toks[k].low, "org_descriptors.txt"):
                orgs.extend(self._main_org())
            else:
                return None
            k += 2
        title = next((t for t in self.r.titles if t.first == k and toks is self.r.sents[t.sent].toks), None)
        if title is not None:
            if title.org is not None:
                orgs.extend(self._org_named(_clean(self.r.cands[title.org].text)))
            nxt = title.last + 1
            close = _portfolio_end(toks, nxt)
            if close is not None:  # `Deputy Vice-Chancellor (Research) at ...`: the bracket is part of the title
                text = self.r.text[toks[title.first].start:toks[close].end]
                nxt = close + 1
                if nxt < len(toks) and toks[nxt].low in _CHAIN_PREPS:
                    orgs.extend(self._orgs_in(toks, nxt, nxt + 8))
                return text, orgs or (self._nearest_org(toks, k) if owned else [])
            if nxt < len(toks) and toks[nxt].low in _CHAIN_PREPS:
                orgs.extend(self._orgs_in(toks, nxt, nxt + 8))
            return title.text, orgs or (self._nearest_org(toks, k) if owned else [])
        words, found, of_at = self._title_words(toks, k)
        orgs.extend(found)
        while words and (words[-1].low in _ROLE_STOPS):
            words.pop()
        if not any(_role_word(t.text) or _singular_role(t.text) or _rank(t.text) for t in words):
            return ("", orgs) if orgs else None
        if not orgs and of_at is not None and of_at < len(words) - 1 and _is(words[-1].low, "org_descriptors.txt") \
                and not words[-1].low.endswith("s"):
            body = [t for t in words[of_at + 1:] if t.low != "the"]  # `head of the regional flood control agency`
            orgs.append(self.r.text[body[0].start:body[-1].end])
            words = words[:of_at]
        if owned and not orgs:
            orgs.extend(self._nearest_org(toks, k))
        return " ".join(t.text for t in words), orgs

    def _title_words(self, toks: list[_Tok], k: int) -> tuple[list[_Tok], list[str], int | None]:
        """The words of an appositive title from token k, the organisations named in or after it,
        and where in the words its `of` phrase starts."""
        words: list[_Tok] = []
        orgs: list[str] = []
        j = k
        has_head = False
        of_at: int | None = None
        while j < len(toks) and len(words) < 14:
            t = toks[j]
            nxt = toks[j + 1] if j + 1 < len(toks) else None
            lower_next = nxt is not None and nxt.kind == "word" and not nxt.cap
            if t.kind == "num" and not has_head:
                words.append(t)  # `the 2016 Olympic 400m champion`
                j += 1
                continue
            if t.text == "," and words and not has_head and lower_next:
                j += 1  # `a longtime, app-based, delivery driver`
                continue
            if t.kind == "poss" and of_at is not None and lower_next:
                words.append(t)  # `head of Ruritania's rescue agency`
                j += 1
                continue
            if t.kind != "word" or t.low in ("who", "which", "that", "said", "says", "told", "is", "was", "has", "like", "as"):
                break  # not `dressed like a pilot`
            if t.low == "and" and not (lower_next and (of_at is not None or has_head and (_role_word(nxt.low) or _is(nxt.low, "role_modifiers.txt")))):
                break  # `co-founder and managing director`, `minister of trade and industry`
            if t.low in _CHAIN_PREPS or t.low == "on" and has_head:
                found = self._orgs_in(toks, j, j + 8)  # `analyst on Zylo TV`: the broadcaster
                if found:
                    orgs.extend(found)
                    break
                if t.low not in ("of", "for") or not has_head:
                    break  # `economist in Leeds`: a place, not part of the title
                if of_at is None:
                    of_at = len(words)
            elif t.cap and _is(t.text, "org_words.txt") and self.names.at(t.start) is None and not has_head:
                orgs.extend(self._org_named(t.text))  # `College Warden`: the college named before
            elif t.cap and not _is(t.low, "roles.txt") and not _is(t.low, "role_modifiers.txt"):
                m = self.names.at(t.start)
                if m is not None and m.kind == "place" and (not has_head or of_at is not None or lower_next):
                    words.append(t)  # `the 2012 European 400m champion`, `head of Asia equity strategy`
                    j = self._skip_mention(toks, j, m)
                    continue
                if m is not None and m.kind == "organisation":
                    orgs.append(m.text)
                    j = self._skip_mention(toks, j, m)
                    if j < len(toks) and toks[j].kind == "poss":
                        j += 1
                    if not has_head:
                        continue  # `a KXTV meteorologist`
                    break
                if m is not None or has_head and of_at is None:
                    break
            if _role_word(t.text) or _singular_role(t.text) or _rank(t.text):
                has_head = True
            words.append(t)
            j += 1
        return words, orgs, of_at

    def _skip_mention(self, toks: list[_Tok], j: int, m: Mention) -> int:
        while j < len(toks) and toks[j].start < m.end:
            j += 1
        return j

    def _orgs_in(self, toks: list[_Tok], k: int, stop: int) -> list[str]:
        """Organisations named right after a preposition: `at PolyU's department`, `of the
        Federal Roads Agency`, `for e mail software firm Zylomail`."""
        out = []
        j = k + 1
        while j < min(stop, len(toks)):
            t = toks[j]
            if t.kind not in ("word", "poss"):
                break
            m = self.names.at(t.start)
            if m is not None:
                if m.kind != "organisation":
                    break
                out.append(m.text)
                j = self._skip_mention(toks, j, m)
                if j < len(toks) and toks[j].kind == "poss":
                    j += 1
                continue
            if t.cap and not _is(t.text, "nationalities.txt") and not _is(t.text, "common_acronyms.txt") \
                    or t.low in ("and", "who", "which", "said", "says"):
                break
            if out and t.low not in ("of", "at", "the", "in"):
                break
            if not out and j > k + 1 and t.low in _CHAIN_PREPS:
                break  # `head of equity research at Zylo`: the organisation belongs to the later preposition
            j += 1
        return out

    def _before_comma(self, role: str, start: int, comma: int) -> bool:
        """Whether a title read from `start` ends before the comma that sets it off (not `On the
        show, co-host Ann Lee`: `show co-host` runs past it)."""
        at = self.r.text.find(role, start)
        return 0 <= at and at + len(role) <= comma

    def _appositive_before(self, c: _Cand, toks: list[_Tok], lead: int) -> tuple[str, list[str]] | None:
        """`Data specialist at the NBU, Ann Lee,`, `Director of FWS, Tomas Reyes,`,
        `the company's administrator, turnaround expert Nell Okafor`."""
        j = lead - 1
        while j >= 0 and toks[j].kind == "word" and not toks[j].cap:
            j -= 1  # lower-case words of a title written straight before the name
        if j < 0 or toks[j].text != "," or j < lead - 1 and not _role_word(toks[lead - 1].low):
            return None  # not `..., dressed like a judge, rules in favour of Ann Lee`
        title = next((t for t in self.r.titles if t.sent == c.sent and t.last == j - 1), None)
        if title is not None:
            orgs = self._org_named(_clean(self.r.cands[title.org].text)) if title.org is not None else []
            owner = self._org_at(toks[title.owner]) if title.owner is not None else None
            if owner is not None:
                orgs.append(owner.text)
            if not orgs and title.first and _party_word(toks[title.first - 1]):
                orgs.append(toks[title.first - 1].text)  # `Liberal Senator for X, Ann Lee`: her party
            if not orgs and title.first and toks[title.first - 1].low in ("its", "their"):
                orgs.extend(self._nearest_org(toks, title.first - 1))  # `Its Director, Ann Lee,`
            return title.text, orgs
        start = j - 1
        while start >= 0 and toks[start].text not in (",", ";", ":", "(", "\u2013", "\u2014", "-") \
                and toks[start].low not in ("said", "says", "told", "by") and j - start <= 10:
            start -= 1
        if any(self.names.at(toks[s].start) is not None and self.names.at(toks[s].start).kind == "person"
               for s in range(start + 1, j)):
            return None  # `Professor Ann Lee, Dr Bo Chan`: the words before the comma name someone else
        for s in range(start + 1, j):
            t = toks[s]
            if t.kind == "word" and not t.cap and _singular_role(t.low):
                s0 = s  # `Both college football analysts on Zylo TV, Ann Lee and ...`: the plural shared by a list
                while s0 - 1 > start and toks[s0 - 1].kind == "word" and not toks[s0 - 1].cap \
                        and toks[s0 - 1].low not in _ROLE_STOPS and toks[s0 - 1].low not in _SUBJECT_VERBS:
                    s0 -= 1
                found = self._phrase(toks, s0)
                if found and found[0] and self._before_comma(found[0], toks[s0].start, toks[j].start):
                    return found
                break
            if t.kind == "word" and (_is(t.low, "roles.txt") or _is(t.low, "role_modifiers.txt") or t.low in ("the", "its", "their")) \
                    or t.kind == "word" and s + 1 < j and toks[s + 1].kind == "poss":
                found = self._phrase(toks, s)
                if found and found[0] and self._before_comma(found[0], toks[s].start, toks[j].start):
                    if not found[1] and s > start + 1 and _party_word(toks[s - 1]):
                        return found[0], [toks[s - 1].text]  # `Labour MP for Northtown, Ann Lee,`: her party
                    return found
                break
            if t.kind == "word" and t.cap and self.names.at(t.start) is None and s + 1 < j and _is(toks[s + 1].low, "roles.txt"):
                continue
        return None


# ---------------------------------------------------------------- entry point


def analyse(parsed: ParsedArticle) -> Names:
    """Every proper-name mention of the article with its entity: people, organisations, places."""
    reader = _Reader(parsed)
    reader.find()
    reader.cue()
    names = _Builder(reader).build()
    _Roles(reader, names).read()
    return names
