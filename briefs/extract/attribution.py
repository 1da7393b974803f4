"""Who said a quotation: attribution by the grammar of news English.

The reporting verb ("said", "told", "tweeted", "pointed out" ... a lexicon) and the noun phrase next
to it name the speaker. The head of that phrase speaks: a person's or organisation's name, or the
organisation an unnamed spokesperson speaks for; role appositives and locative tails ("of the
University of X in Y, Z") are skipped, and a place never speaks. The phrase is then mapped to an
entity of the name layer when it knows one, and otherwise to the fullest form of that name the
article uses. Pronouns and role nouns ("she said", "the judge acknowledged") resolve to the latest
fitting speaker; quotes with no attribution in their sentence continue the speech just before them.
Only general rules of news English live here; word lists are data under lexicon/.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field, replace

from briefs.extract import lexicon
from briefs.extract.names import Entity, Names
from briefs.text import ParsedArticle

MIN_WORDS = 3
RECENT_PARAGRAPHS = 3  # how far back an unattributed quote looks for the speaker before it
MAX_NP_TOKENS = 45  # how far after a quotation its verb may stand ("X, <long role>, told")
DASHES = ("-", "\u2014", "\u2013")
BOUNDARIES = ("\u00a4", ";", ":", "\n")  # quotation sentinel, clause and line breaks


def _entries(name: str) -> frozenset[str]:
    return frozenset(word for line in lexicon.lines(name) for word in line.lower().split())


def _pairs(name: str) -> dict[str, str]:
    return dict(line.lower().split()[:2] for line in lexicon.lines(name))


_VERB_ENTRIES = _entries("reporting_verbs.txt")
VERBS = frozenset(w for w in _VERB_ENTRIES if "+" not in w)
PHRASAL = frozenset(tuple(w.split("+", 1)) for w in _VERB_ENTRIES if "+" in w)  # ("pointed", "out")
EVALUATIVE = _entries("speaker_evaluative_verbs.txt")  # "hailed ... as", see _evaluates
# Documents that carry their author's words: "a statement from X", "a letter by X" (see _document_source).
DOCUMENTS = frozenset({"statement", "statements", "release", "letter", "note", "report", "submission",
                       "email", "post", "tweet", "memo", "blog", "response", "reply", "reaction",
                       "message"})
# Words a reporting cue can start with: the rules look at most words only to pass them by.
_CUE_WORDS = VERBS | {verb for verb, _ in PHRASAL} | {"according"}
TITLES = _entries("speaker_titles.txt")
SPOKES = _entries("speaker_nouns.txt")
ORG_NOUNS = _entries("speaker_org_nouns.txt")
ORG_NAME_WORDS = _entries("speaker_org_name_words.txt")
STOPWORDS = _entries("speaker_stopwords.txt")
GENDER_WORDS = _pairs("speaker_gender.txt")
PRONOUNS = _pairs("speaker_pronouns.txt")
NATIONALITIES = lexicon.words("nationalities.txt")
GIVEN_NAMES = lexicon.words("given_names.txt")
AGE_EPITHET = re.compile(r"\d+-year-old")
PLACES = lexicon.words("places.txt")  # the name layer's list: countries, regions, cities
THING_WORDS = _entries("speaker_thing_words.txt")  # "Strategy", "Act": named things, not people
PLACE_NOUNS = _entries("speaker_place_nouns.txt")  # "Airport", "Lakes": heads of place names

_GROUP_WORDS = frozenset(PRONOUNS) | {"i", "we"} | SPOKES | ORG_NOUNS  # what a non-name group can be (see _groups)

BE_FORMS = frozenset({"is", "are", "was", "were", "be", "been", "being"})
HEARER_VERBS = frozenset({"told", "tells", "tell", "asked", "asks", "informed", "assured", "reminded", "briefed"})  # object hears
OBJECT_VERBS = frozenset({"quotes", "quoted", "cites", "cited"})  # "the paper quotes a source": the object speaks
NAMING_VERBS = frozenset({"called", "dubbed", "branded", "described"})  # after a comma: a name given
PREPOSITIONS = frozenset({"of", "at", "from", "for", "with", "in", "on", "close", "near", "to", "who", "which"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "my", "one"})
NAME_JOINERS = frozenset({"of", "for", "and", "&", "the"})  # inside organisation names
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "du", "le", "la", "bin", "al", "el",
                            "ibn", "bint", "binti", "abu", "dos", "das", "do", "del", "della", "ter", "ten", "zu",
                            "ul", "ud", "ur"})
# "Zia-ul", "Abd-al": a given name ending in a joined Arabic article runs on into the next word,
# whatever its case ("Zia-ul haq Torani").
JOINED_ARTICLE = re.compile(r"(?i)\w+-(?:ul|al|el|ud|ur|ad|as|ash|an)$")

QUOTE_SENTINEL = "\u00a4"  # stands for a masked quotation inside an attribution window

_TOKEN = re.compile(r"\w[\w'\u2019\-]*|\n|[^\w\s]")
# A capitalised word after a lower-case word or a comma ("of" and "and" end in lower case too).
_MID_SENTENCE_CAPITAL = re.compile(r"[a-z,;][ \t]+([A-Z][\w'\u2019\-]*)")
_SPACED_TOKEN = re.compile(rf"([^\S\n]*)({_TOKEN.pattern})")  # a token and the spaces before it
_WORD = re.compile(r"[A-Za-z0-9]+")
_THE_BEFORE = re.compile(r"(?i)\bthe\s+$")
_LAST_WORD = re.compile(r"(\w+)\W*$")
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_BARE_END = re.compile(r"['\u2019]s?$|\.$")
# A character that is a token of its own and stops every capitalised run (see _run_end).
_RUN_STOP = re.compile(r"[^\w\s'\u2019\-.]|\n")
_PLAIN_WORD = re.compile(r"(?<![\w'\u2019\-])[a-z][\w'\u2019\-]*")  # a word token in lower case
_TOKEN_CHAR = re.compile(r"[\w'\u2019\-]")  # a character that continues a word token
_WORD_TOKEN = re.compile(r"\w[\w'\u2019\-]*")  # see _TOKEN
_JOINED_END = re.compile(r"(?i)-(?:ul|al|el|ud|ur|ad|as|ash|an)$")  # see JOINED_ARTICLE


# ---------------------------------------------------------------- data


@dataclass(slots=True, frozen=True)
class Speaker:
    name: str | None
    kind: str = "person"  # person | organisation | none
    gender: str | None = None
    voice: bool = False  # an unnamed spokesperson standing for the organisation: "she said" may follow


NOBODY = Speaker(None, "none")


@dataclass(slots=True)
class Candidate:
    """A quotation span (one or more parts) waiting for its speaker."""

    parts: list[tuple[int, int]]
    paragraph: int
    closed: bool
    continues: bool = False  # opens a paragraph that carries on the previous paragraph's quote
    speaker: Speaker = NOBODY
    grammatical: bool = False  # attributed by a reporting verb in its own sentence

    @property
    def start(self) -> int:
        return self.parts[0][0]

    @property
    def end(self) -> int:
        return self.parts[-1][1]


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    # Derived from the text (see _shape): the rules read them hundreds of thousands of times per article set.
    low: str = field(repr=False, compare=False)
    bare: str = field(repr=False, compare=False)  # lower case, no possessive ending or full stop
    cap: bool = field(repr=False, compare=False)
    word: bool = field(repr=False, compare=False)
    cue: bool = field(repr=False, compare=False)  # a reporting verb, a phrasal one's verb or "according"


SHAPES_KEPT = 50_000  # most words recur: their fields are derived once (bounded for large corpora)
_SHAPES: dict[str, tuple[str, str, bool, bool, bool]] = {}


def _shape(text: str) -> tuple[str, str, bool, bool, bool]:
    shape = _SHAPES.get(text)
    if shape is None:
        if len(_SHAPES) >= SHAPES_KEPT:
            _SHAPES.clear()
        low = text.lower()
        bare = _BARE_END.sub("", low) if low[-1:] in ("'", "\u2019", "s", ".") else low
        shape = _SHAPES[text] = (low, bare, text[:1].isupper(), text[:1].isalnum(), low in _CUE_WORDS)
    return shape


def _tokenize(text: str, offset: int = 0) -> list[_Tok]:
    """Tokens of `text`, which starts at `offset` in the article."""
    body = text.rstrip()
    if len(body) < len(text):
        # Spaces no token follows (a window ending in a masked quotation) cost the pattern a
        # retry from each of them: drop them, keeping any line break.
        tail = text[len(body):]
        text = body + tail[:tail.rfind("\n") + 1]
    out: list[_Tok] = []
    # This loop runs for every token of every article: names bound locally, and the shape cache
    # read inline (a dict lookup costs less than calling _shape, or an lru_cache, per token).
    append, shapes, tok = out.append, _SHAPES, _Tok
    at = offset
    for space, word in _SPACED_TOKEN.findall(text):  # strings only: no match objects to build
        at += len(space)
        end = at + len(word)
        append(tok(word, at, end, *(shapes.get(word) or _shape(word))))
        at = end
    return out


@dataclass(slots=True)
class _Subject:
    speaker: Speaker
    paragraph: int
    reporting: bool  # the subject of a reporting verb or a quote's speaker, not just a mention


@dataclass(slots=True)
class _State:
    """What the article has said so far, for pronouns and unattributed quotes."""

    subjects: list[_Subject] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    nouns: dict[str, Speaker] = field(default_factory=dict)  # "report" -> the organisation meant
    spokes_org: tuple[Speaker, int] | None = None  # last "X spokesman" organisation and paragraph
    mentions: list[tuple[Speaker, int]] = field(default_factory=list)  # people named in the last sentence
    roles: dict[str, Speaker] = field(default_factory=dict)  # "judge" -> the person last titled so
    people: set[str] = field(default_factory=set)  # full names of people who have spoken


# ---------------------------------------------------------------- shared with quotes.py


def word_list(text: str) -> list[str]:
    """Words of a quotation, apostrophes dropped ("don't" is one word)."""
    return _WORD.findall(text.replace("'", "").replace("\u2019", ""))


def paragraph_of(parsed: ParsedArticle, offset: int) -> int:
    for i, (a, b) in enumerate(parsed.paragraphs):
        if a <= offset < b:
            return i
    return 0


# ---------------------------------------------------------------- attribution


def attribute(parsed: ParsedArticle, names: Names, items: list[Candidate]) -> None:
    ctx = _Context(parsed, names, items, _State())
    pending = 0  # index of the next quotation to attribute
    for sentence in parsed.sentences:
        if pending == len(items):  # what later sentences say can no longer change a speaker
            return
        stop = max(sentence.end, sentence.start + 1)
        if items[pending].start >= stop:
            ctx.note_sentence(sentence.start, sentence.end, sentence.paragraph)
            continue
        while pending < len(items) and items[pending].start < stop:
            ctx.attribute(pending)
            pending += 1
    for index in range(pending, len(items)):
        ctx.attribute(index)


@dataclass(slots=True)
class _Context:
    parsed: ParsedArticle
    names: Names
    items: list[Candidate]
    state: _State
    _proper: frozenset[str] | None = None
    _masked: str | None = None  # the article with every quotation masked, see _tokens
    _masked_toks: list[_Tok] = field(default_factory=list)  # its tokens, as far as windows reached
    _masked_starts: list[int] = field(default_factory=list)  # their offsets, to find a window's
    _tokenised_to: int = 0  # where _masked_toks stop (their last token may be cut short there)
    _reversed: str | None = None  # the article backwards, to find the nearest _RUN_STOP before a word
    _runs: dict[tuple[int, int], list[tuple[int, int, list[str]]]] = field(default_factory=dict)  # see _runs_in
    _named: dict[str, list[tuple[int, int, list[str]]]] = field(default_factory=dict)  # see _full_name
    _entities: dict[tuple[int, int, str], tuple[str, str] | None] = field(default_factory=dict)  # see _entity
    # The name layer does not change while an article is attributed: what it answers is kept.
    _resolved: dict[str, Entity | None] = field(default_factory=dict)  # see _resolve
    _name_words: dict[str, list[str]] = field(default_factory=dict)  # see _surname_of_person

    # ---- per quote

    def attribute(self, index: int) -> None:
        item = self.items[index]
        prev = self.items[index - 1] if index else None
        before, after, sentence, rest = self._windows(item, index)
        found = self._passive_agent(before, after, item.paragraph) or self._from_after(after, item)
        if found is None or not found.name:
            # `X, which attacked it as "...", said it would`: a verb after the quotation whose
            # subject names no one leaves it to a verb before it.
            found = self._from_before(before, sentence, item.paragraph) or found
        if found is None or not found.name:
            # `suggests "..." except in a few areas, Ruiz said`: a named reporter ending the
            # sentence outranks a verb before the quote whose subject names no one.
            trailing = self._sentence_reporter(after[:_clause_end(after)], item.paragraph)
            found = trailing if trailing is not None and trailing.name else found
        if found is not None and not found.name and any(t.low == "that" for t in before):
            # `Ruiz pointed out that three countries have announced a pull-out "regardless ..."`:
            # the verb next to the quote has no one for subject inside a that-clause, so the
            # clause's reporter speaks.
            outer = self._sentence_reporter(before, item.paragraph)
            found = outer if outer is not None and outer.name else found
        if found is None or not found.name:
            found = self._document_source(sentence + after, item.paragraph) or found
        if found is not None:
            item.speaker, item.grammatical = found, True
        elif item.continues and prev is not None:
            item.speaker = prev.speaker
        else:
            item.speaker, item.grammatical = self._context_speaker(sentence + after + rest, item)
        # Scare quotes of a word or two say little about who is speaking.
        if item.speaker.name and (item.grammatical or len(word_list(self.parsed.text[item.start:item.end])) >= MIN_WORDS):
            self._push(item.speaker, item.paragraph, reporting=True)

    def _windows(self, item: Candidate, index: int) -> tuple[list[_Tok], list[_Tok], list[_Tok], list[_Tok]]:
        """Tokens of the quote's sentence before it (up to the previous quotation), after it (up
        to the next), the whole sentence before it, and the sentence's rest past the next quotation
        ("..." and "...," according to X)."""
        parsed = self.parsed
        first = parsed.sentence_at(item.start)
        last = parsed.sentence_at(item.end - 1) or first
        start = first.start if first else parsed.paragraphs[item.paragraph][0]
        end = last.end if last else item.end
        para_end = parsed.paragraphs[paragraph_of(parsed, item.end - 1)][1]
        end = min(max(end, item.end), para_end)
        if parsed.text[item.end + 1:para_end].lstrip()[:1] in DASHES:  # `"..." - X, role`: one line
            end = para_end
        start = min(start, item.start - 1)
        clipped = start
        if index and self.items[index - 1].end > start:
            clipped = min(self.items[index - 1].end + 1, item.start - 1)
        full_end = end
        if index + 1 < len(self.items) and self.items[index + 1].start - 1 < end:
            end = max(item.end, self.items[index + 1].start - 1)
        sentence = self._tokens(start, max(start, item.start - 1))
        before = [t for t in sentence if t.start >= clipped]
        after = self._tokens(min(item.end + 1, end), end)
        rest = self._tokens(end, full_end) if full_end > end else []
        return before, after, sentence, rest

    def _tokens(self, start: int, end: int) -> list[_Tok]:
        """Tokens of text[start:end] with every other quotation replaced by one sentinel token."""
        if end <= start:  # many windows are empty: no words after a quote ending its sentence
            return []
        if not 0 <= start < end <= len(self.parsed.text):
            return _tokenize(self._mask(start, end), start)
        toks, starts = self._masked_tokens(end)
        masked = self._masked
        i = bisect_left(starts, start)
        j = bisect_left(starts, end, i)
        out = toks[i:j]
        # A token cut by the window's edges is tokenised again as the window shows it.
        if j > i and toks[j - 1].end > end:
            out[-1:] = _tokenize(masked[toks[j - 1].start:end], toks[j - 1].start)
        if i and toks[i - 1].end > start:
            out[:0] = _tokenize(masked[start:min(end, toks[i - 1].end)], start)
        # A quotation running in from before the window leaves its sentinel at the window's edge.
        elif masked[start] == " " and any(lo <= start < hi for lo, hi in self._mask_spans()):
            out.insert(0, _Tok(QUOTE_SENTINEL, start, start + 1, *_shape(QUOTE_SENTINEL)))
        return out

    def _masked_tokens(self, upto: int) -> tuple[list[_Tok], list[int]]:
        """The tokens (and their offsets) of the article with every quotation masked, from its start
        to `upto` at least: made once, sliced per window, and only as far as windows reach, since
        what follows an article's last quotation is never read. Only the last token can be cut
        short where tokenising stopped, so going further tokenises again from its start."""
        if self._masked is None:
            self._masked = self._mask(0, len(self.parsed.text))
        if upto > self._tokenised_to:
            toks, starts = self._masked_toks, self._masked_starts
            at = toks.pop().start if toks else 0
            del starts[len(toks):]
            more = _tokenize(self._masked[at:upto], at)
            toks += more
            starts += [t.start for t in more]
            self._tokenised_to = upto
        return self._masked_toks, self._masked_starts

    def _mask_spans(self) -> list[tuple[int, int]]:
        """Each quotation part with its marks: what _mask blanks out."""
        size = len(self.parsed.text)
        return [(max(0, a - 1), min(size, b + 1)) for other in self.items for a, b in other.parts
                if max(0, a - 1) < min(size, b + 1)]

    def _mask(self, start: int, end: int) -> str:
        chars = list(self.parsed.text[start:end])
        for other in self.items:
            for a, b in other.parts:
                lo, hi = max(start, a - 1), min(end, b + 1)
                if lo < hi:
                    chars[lo - start:hi - start] = QUOTE_SENTINEL + " " * (hi - lo - 1)
        return "".join(chars)

    def _from_after(self, toks: list[_Tok], item: Candidate) -> Speaker | None:
        """`"...," X said` / `"...," said X` / `"...," X, role, told Y` / `"...", according to X`."""
        quoted = self.parsed.text[item.parts[-1][0]:item.end].rstrip()
        i = 0
        while i < len(toks) and not toks[i].word and toks[i].text not in (QUOTE_SENTINEL, "."):
            i += 1
        # Only a quotation that ends its clause ("...," / "...?" / "..." ,) takes a verb after it.
        dash = any(t.text in DASHES for t in toks[:i])
        if not (quoted[-1:] in ",?!\u2026-\u2014" or dash or any(t.text == "," for t in toks[:i])):
            return None
        toks = toks[i:]
        if not toks or not toks[0].word:
            return None
        if toks[0].low == "according" and len(toks) > 1 and toks[1].low == "to":
            return self._speaker_forward(toks[2:], item.paragraph)
        limit = _clause_end(toks)
        for v in range(min(limit, MAX_NP_TOKENS)):
            if not _is_verb(toks, v):
                continue
            left = toks[:v]
            if not left:
                return self._speaker_forward(toks[_after_verb(toks, v):limit], item.paragraph)
            if not _starts_np(left):
                return None
            if toks[v].low in OBJECT_VERBS:
                return self._speaker_forward(toks[v + 1:limit], item.paragraph)
            return self._speaker_backward(left, item.paragraph)
        if dash and toks[0].cap:  # a press release's `"..." - Professor X, Director of Y`
            return self._speaker_forward(toks[:limit], item.paragraph)
        if quoted.endswith(",") and 0 < limit <= 4 and all(t.cap for t in toks[:limit] if t.word):
            return self._speaker_forward(toks[:limit], item.paragraph)  # `"...," Ruiz.`: verb left out
        return None

    def _document_source(self, toks: list[_Tok], paragraph: int) -> Speaker | None:
        """`In a statement released by X, it is stated that "..."`, `a letter from X describes
        the plan as "..."`: a document with its author in the sentence gives the quotation's
        speaker, when no reporting verb names one. Brackets (a link's address) are passed over."""
        toks = _unbracketed(toks)
        for i, t in enumerate(toks):
            if t.bare not in DOCUMENTS or i and toks[i - 1].cap and toks[i - 1].low not in DETERMINERS:
                continue
            j = i + 1
            if j < len(toks) and toks[j].low.endswith("ed"):  # "released", "issued", "published"
                j += 1
            if j + 1 < len(toks) and toks[j].low in ("by", "from"):
                found = self._speaker_forward(toks[j + 1:], paragraph)
                if found is not None and found.name:
                    return found
        return None

    def _passive_agent(self, before: list[_Tok], after: list[_Tok], paragraph: int) -> Speaker | None:
        """`described as "..." by X`, `hailed as "..." by X`, `deemed the "..." by X`: the agent of
        a passive reporting or naming verb just before the quotation said it."""
        if not after or after[0].low != "by" or len(after) < 2:
            return None
        near = [t for t in before[-5:] if t.word]
        if not any(t.low in VERBS or t.low in EVALUATIVE for t in near):
            return None
        return self._speaker_forward(after[1:], paragraph)

    def _from_before(self, toks: list[_Tok], sentence: list[_Tok], paragraph: int) -> Speaker | None:
        """`X said: "..."`, `X told Y that "..."`, `..., adding that "..."`, `according to X, "..."`."""
        stop = len(toks)
        while stop and toks[stop - 1].text != QUOTE_SENTINEL:
            stop -= 1
        # Only a verb with no other quotation between it and this one governs this quotation.
        for v in range(len(toks) - 1, stop - 1, -1):
            if toks[v].low == "according" and v + 1 < len(toks) and toks[v + 1].low == "to":
                return self._speaker_forward(toks[v + 2:], paragraph)
            if not _is_verb(toks, v) and not _evaluates(toks, v):
                continue
            if _new_clause_after(toks, v):
                return None
            if toks[v].low in OBJECT_VERBS:
                return self._speaker_forward(toks[v + 1:], paragraph)
            if v + 1 < len(toks) and toks[v + 1].low == "by":  # "described by neighbours as"
                agent = toks[v + 2:]
                cut = next((i for i, t in enumerate(agent) if t.low == "as"), len(agent))
                return self._speaker_forward(agent[:cut], paragraph)
            begin = max((i + 1 for i in range(v) if toks[i].text in BOUNDARIES), default=0)
            if toks[v].cap and not _is_participle(toks, v) and v + 1 < len(toks) and toks[v + 1].cap:
                return self._speaker_forward(toks[v + 1:], paragraph)  # "Added Ms Lind: "...""
            if _is_participle(toks, v) or begin >= v or _only_conjunction(toks[begin:v]):
                return self._subject_of(sentence, paragraph)
            return self._speaker_backward(toks[begin:v], paragraph)
        return None

    def _context_speaker(self, sentence: list[_Tok], item: Candidate) -> tuple[Speaker, bool]:
        """No reporting verb next to the quote: someone reporting elsewhere in its sentence, else
        the sentence's named subject, speaks; otherwise the quotation carries on the speech just
        before it. True with a reporter: the sentence presents the words as someone's."""
        if any(t.word for t in sentence):
            subject = self._sentence_reporter(sentence, item.paragraph)
            if subject is not None and subject.name:
                return subject, True
            subject = self._named_subject(sentence, item.paragraph)
            if subject is not None:
                return subject, False
        for entry in reversed(self.state.subjects):
            if item.paragraph - entry.paragraph > RECENT_PARAGRAPHS:
                break
            if entry.reporting:
                return entry.speaker, False
        # "X criticised the plan in a speech." then a paragraph of bare quotes: the person the
        # paragraph before was about is speaking.
        latest = self.state.subjects[-1] if self.state.subjects else None
        if latest is not None and latest.speaker.kind == "person" and latest.speaker.name \
                and item.paragraph - latest.paragraph == 1 and _opens_paragraph_text(self.parsed, item):
            return latest.speaker, False
        return NOBODY, False

    # ---- sentences without quotes keep track of who is speaking

    def note_sentence(self, start: int, end: int, paragraph: int) -> None:
        toks = self._tokens(start, end)
        if not any(t.word for t in toks):
            return
        segments = _segments(toks)
        speaker = self._reporting_subject(toks, paragraph)
        if speaker is not None and speaker.name:
            self._push(speaker, paragraph, reporting=True)
        else:
            owner = self._words_owner(segments, paragraph)
            subject = owner or self._named_subject(toks, paragraph, segments)
            if subject is not None and subject.name:
                self._push(subject, paragraph, reporting=owner is not None)
        self._note_mentions(segments, paragraph)

    def _words_owner(self, segments: list[list[_Tok]], paragraph: int) -> Speaker | None:
        """"The Institute's response has been positive", "Acme's statement was brief": a subject
        that is someone's words makes its owner the one speaking, as a reporting verb would."""
        seg = next((seg for seg in segments if not _is_adverbial(seg)), [])
        k = next((i for i, t in enumerate(seg[:-1]) if t.text.endswith(("'s", "\u2019s", "s'"))), None)
        if k is None or seg[k + 1].bare not in DOCUMENTS \
                or not all(t.cap or t.low in DETERMINERS or t.low in NAME_JOINERS for t in seg[:k]):
            return None
        head = seg[:k + 1]
        group = _last_group(head)
        found = self._resolve_group(head, group, paragraph) if group is not None else None
        return found if found is not None and found.name else None

    def _reporting_subject(self, toks: list[_Tok], paragraph: int) -> Speaker | None:
        """Who reports in a sentence of reported speech: "X said that ...", "according to X"."""
        for v in range(len(toks)):
            if not toks[v].cue:
                continue
            if toks[v].low == "according" and v + 1 < len(toks) and toks[v + 1].low == "to":
                return self._speaker_forward(toks[v + 2:], paragraph)
            if not _is_verb(toks, v) or toks[v].low in OBJECT_VERBS:
                continue
            if _is_participle(toks, v):
                return None
            if _inverted(toks, v):
                return self._speaker_forward(toks[_after_verb(toks, v):], paragraph)
            left = toks[max((i + 1 for i in range(v) if toks[i].text in BOUNDARIES), default=0):v]
            if left and _starts_np(left):
                return self._speaker_backward(left, paragraph)
            return None
        return None

    def _sentence_reporter(self, toks: list[_Tok], paragraph: int) -> Speaker | None:
        """Whoever a reporting verb anywhere in the sentence has for subject ("The plan is "...",
        X wrote on her blog"), for a quotation no verb stands next to."""
        for v in range(len(toks)):
            if not toks[v].cue:
                continue
            if toks[v].low == "according" and v + 1 < len(toks) and toks[v + 1].low == "to":
                return self._speaker_forward(toks[v + 2:], paragraph)
            if not _is_verb(toks, v) or toks[v].low in OBJECT_VERBS or _is_participle(toks, v):
                continue
            if _inverted(toks, v):
                return self._speaker_forward(toks[_after_verb(toks, v):], paragraph)
            left = toks[max((i + 1 for i in range(v) if toks[i].text in BOUNDARIES), default=0):v]
            if left:
                return self._speaker_backward(left, paragraph)
            return self._speaker_forward(toks[_after_verb(toks, v):], paragraph)
        return None

    def _note_mentions(self, segments: list[list[_Tok]], paragraph: int) -> None:
        """Person names anywhere in the sentence (its segments): the last resort for a pronoun."""
        mentions = []
        for seg in segments:
            for kind, a, b in _groups(seg):
                if kind == "name" and self._person_like(seg[a:b]):
                    mentions.append(self._name(seg[a:b], seg[a].start))
        self.state.mentions = [(m, paragraph) for m in mentions if m.kind == "person"] or self.state.mentions

    def _push(self, speaker: Speaker, paragraph: int, reporting: bool) -> None:
        if reporting and speaker.kind == "person" and speaker.name and " " in speaker.name:
            self.state.people.add(speaker.name)
        self.state.subjects.append(_Subject(speaker, paragraph, reporting))

    # ---- noun phrases

    def _subject_of(self, toks: list[_Tok], paragraph: int) -> Speaker | None:
        """The subject of the main clause, for "..., adding that" and "..., saying:". A reporting
        clause set inside the sentence ("Mr Lee has failed, she claimed, saying") is the main one:
        the participle goes with its reporter, not with the person reported on."""
        reporter = self._parenthetical_reporter(toks, paragraph)
        if reporter is not None:
            return reporter
        end = next((i for i in range(len(toks)) if _is_verb(toks, i)), len(toks))
        for seg in _segments(toks[:end]):
            if _is_adverbial(seg) or self._is_tail(seg):
                continue
            titled = self._title_of_subject(seg)
            if titled is not None:
                return titled
            head = _subject_prefix(seg)
            group = _last_group(head)
            if group is not None:
                return self._resolve_group(head, group, paragraph)
        return self._named_subject(toks, paragraph)

    def _title_of_subject(self, seg: list[_Tok]) -> Speaker | None:
        """"Chief Executive of the Northgate Health Trust Dana Whitlock defended ...": a subject
        opening with a title and its of-phrase, the person's name ending the capitalised words."""
        words = [t for t in seg if t.word]
        i = 0
        while i < len(words) and (words[i].cap and _title_word(words[i].bare) or i and words[i].low in ("and", "&")):
            i += 1
        if not i or i >= len(words) or words[i].low not in ("of", "for"):
            return None
        k = i + 1
        while k < len(words) and (words[k].cap or words[k].low in DETERMINERS and k == i + 1):
            k += 1
        return self._name_after_title_of(words[:i], words[i + 1:k])

    def _parenthetical_reporter(self, toks: list[_Tok], paragraph: int) -> Speaker | None:
        """", she claimed," / ", Ms Ruiz said,": a bare subject and reporting verb between commas."""
        for v in range(len(toks) - 1, 0, -1):
            if not _is_verb(toks, v) or _is_participle(toks, v) or toks[v].low in OBJECT_VERBS:
                continue
            begin = max((i + 1 for i in range(v) if toks[i].text in BOUNDARIES + (",",)), default=0)
            left = toks[begin:v]
            if not begin or toks[begin - 1].text != "," or not left or _subject_prefix(left) != left:
                return None
            group = _last_group(left)
            if group is None or group[0] not in ("pronoun", "name"):
                return None
            return self._resolve_group(left, group, paragraph)
        return None

    def _named_subject(self, toks: list[_Tok], paragraph: int,
                       segments: list[list[_Tok]] | None = None) -> Speaker | None:
        """A name or pronoun heading the sentence's first noun phrase (after any opening adverbial
        and before any role appositive) is its subject. `segments`: _segments(toks), if made."""
        for seg in segments if segments is not None else _segments(toks):
            if _is_adverbial(seg):
                continue
            titled = self._title_of_subject(seg)
            if titled is not None:
                return titled
            head = _subject_prefix(seg)
            if _is_conjoined(head):  # "Acme's chair X and chief executive Y": they speak for Acme
                org = _leading_org(head)
                return self._org(org) if org else None
            group = _last_group(head)
            if group is None:
                if self._is_tail(seg):
                    continue
                return None
            kind, a, b = group
            if kind == "pronoun":
                return self._resolve_group(head, group, paragraph)
            if kind == "name" and self._proper_name(head[a:b]) and (
                    self._person_like(head[a:b]) or _looks_like_org(head[a:b]) or self._is_org(head[a:b])):
                return self._resolve_group(head, group, paragraph)
            if self._is_tail(seg) or kind == "name":
                continue
            return None
        return None

    def _speaker_backward(self, toks: list[_Tok], paragraph: int) -> Speaker | None:
        """The speaker phrase ending just before the verb, skipping role appositives."""
        segments = _segments(toks)
        if segments and segments[0]:
            segments[0] = _drop_opener(segments[0])
        if len(segments) > 1 and _relative(segments[-1]) and toks[-1].word:
            # "the other from the Hauliers Federation, which has attacked it as": the verb is the
            # relative clause's, whose subject is the phrase just before the comma.
            group = _last_group(segments[-2])
            if group is not None:
                return self._resolve_group(segments[-2], group, paragraph)
        opener = len(segments) > 1 and self._sentence_adverb(segments[0])
        for k in range(len(segments) - 1, -1, -1):
            seg = segments[k]
            if k == 0 and opener:
                break
            if not self._is_tail(seg) or k == len(segments) - 1 and k and self._role_subject(seg, segments[k - 1]):
                return self._with_appositives(self._speaker_in(seg, paragraph), segments, k)
        # Only roles: the nearest one that is not a place, a description or a relative clause
        # ("a spokesman for X, which represents Y, said").
        heads = [seg for k, seg in enumerate(segments)
                 if not self._is_aside(seg) and not _relative(seg) and not (k == 0 and opener)] or segments
        return self._speaker_in(heads[-1], paragraph) if heads else None

    def _sentence_adverb(self, seg: list[_Tok]) -> bool:
        """"Nevertheless, ...", "Meanwhile, ...": one capitalised word set off by a comma at the
        start of the sentence that the article never writes capitalised elsewhere, and no name
        the name layer knows, is an adverb, not the subject."""
        words = [t for t in seg if t.word]
        return len(words) == 1 and words[0].cap and not self._proper_name(words) \
            and not self.names.in_span(words[0].start, words[0].end)

    def _role_subject(self, seg: list[_Tok], before: list[_Tok]) -> bool:
        """"<reported clause>, the minister said": a definite role right before the verb is its
        subject, unless it stands in apposition to a name before it ("Ana Ruiz, the minister, said")."""
        if not _definite_role(_split_preposition(seg)[0]) and not _described_role(seg):
            return False
        words = [t for t in before if t.word]
        return not words or _subject_prefix(before) != before or not _groups(before)

    def _speaker_forward(self, toks: list[_Tok], paragraph: int) -> Speaker | None:
        """The speaker phrase after an inverted verb or "according to": its first segment."""
        segments = _segments(toks[:_clause_end(toks)])
        for k, seg in enumerate(segments):
            if not self._is_tail(seg):
                return self._with_appositives(self._speaker_in(seg, paragraph), segments, k)
        heads = [seg for seg in segments if not self._is_aside(seg)] or segments
        return self._speaker_in(heads[0], paragraph)  # "a source close to ...": no one named

    def _name_after_title_of(self, head: list[_Tok], tail: list[_Tok]) -> Speaker | None:
        """"Head of Research Daniel Okoye": a title with an "of" phrase written before the name;
        the name is the capitalised words from a given name (or a person the name layer knows)
        to the end of the phrase's last capitalised run."""
        words = [t for t in tail if t.word]
        cut = max((i + 1 for i, t in enumerate(words) if not t.cap), default=0)
        words = words[cut:]  # "of State for Transport Gareth Price": the last capitalised run
        if not head or head[-1].bare not in TITLES or len(words) < 3:
            return None
        for k in range(1, len(words) - 1):
            mention = self.names.at(words[k].start)
            person = mention is not None and mention.kind == "person" and mention.start == words[k].start
            if person or words[k].low in GIVEN_NAMES and _person_words([t.text for t in words[k:]]):
                return self._name(words[k:], words[k].start)
        if _person_words([t.text for t in words[-2:]]):  # most names are a given name and a surname
            return self._name(words[-2:], words[-2].start)
        return None

    def _with_appositives(self, speaker: Speaker | None, segments: list[list[_Tok]], k: int) -> Speaker | None:
        """"The company's chief executive, Omar Haddad, said" / "Ana Ruiz, the finance minister,
        said": the role next to the name is hers, so "the chief executive" later is the same person."""
        if speaker is None or speaker.kind != "person" or not speaker.name:
            return speaker
        for j in (k - 1, k + 1):
            if 0 <= j < len(segments) and _is_role(segments[j]):
                head = _split_preposition([t for t in segments[j] if t.word])[0]
                self._note_titles(speaker, [t for t in head if t.low not in DETERMINERS])
        return speaker

    def _speaker_in(self, seg: list[_Tok], paragraph: int) -> Speaker | None:
        if _is_conjoined(seg):  # "Acme's chair X and chief executive Y": they speak for Acme
            org = _leading_org(seg)
            return self._org(org) if org else NOBODY
        head, tail = _split_preposition(seg)
        named = self._name_after_title_of(head, tail)
        if named is not None:  # "Vice President of Manufacturing Lena Fischer said"
            return named
        described = _described_role(head)
        if described:  # "the Harbour Party leader said": the person in that role, else the one speaking
            holder = self._role_holder(described)
            return holder if holder.name else self._antecedent(None, paragraph)
        modified = _modified_role(head)
        if modified:
            holder = self._role_holder(modified)
            if holder.name:
                return holder
        group = _last_group(head)
        if group is None:
            role = _definite_role(head)
            if role:  # "the judge acknowledged": the person the article gave that role
                return self._role_holder(role)
            return NOBODY if any(t.word for t in head) else None
        return self._resolve_group(seg, group, paragraph, tail)

    def _is_org(self, toks: list[_Tok]) -> bool:
        """The name layer knows these words as an organisation."""
        core = _strip_titles(toks)[0]
        if not core:
            return False
        entity = self._entity(core[0].start, core[-1].end, _strip_possessive(" ".join(t.text for t in core)))
        return entity is not None and entity[1] == "organisation"

    def _is_tail(self, seg: list[_Tok]) -> bool:
        """A piece of the attribution phrase that is not its head: a role appositive, a place
        ("in Northtown, Ruritania") or a description ("Ruritania's highest court")."""
        return _is_role(seg) or self._is_aside(seg)

    def _is_aside(self, seg: list[_Tok]) -> bool:
        return _is_description(seg) or self._is_place(seg)

    def _is_place(self, seg: list[_Tok]) -> bool:
        """A phrase naming only a place: places never speak."""
        core = [t for t in _strip_stop([t for t in seg if t.word])]
        if not core or not core[0].cap:
            return False
        text = _strip_possessive(self.parsed.text[core[0].start:core[-1].end])
        if text.lower() in PLACES:
            return True
        inside = [m for m in self.names.in_span(core[0].start, core[-1].end) if m.kind != "other"]
        return bool(inside) and all(m.kind == "place" for m in inside) \
            and sum(m.end - m.start for m in inside) >= len(text) - 2

    def _resolve_group(self, seg: list[_Tok], group: tuple[str, int, int], paragraph: int,
                       tail: list[_Tok] | None = None) -> Speaker:
        kind, a, b = group
        if tail is None:
            tail = _split_preposition(seg)[1]
        if kind == "pronoun":
            return self._pronoun(seg[a].low, paragraph)
        if kind == "epithet":
            return self._antecedent(None, paragraph)
        if kind == "spokes":
            return self._spokesperson(seg, a, tail, paragraph)
        if kind == "orgnoun":
            modifier = _modifier(seg, a)
            if modifier is not None:
                return self._name(modifier, modifier[0].start)
            return self._org_noun(seg[a].low, seg[a].start)
        speaker = self._name(seg[a:b], seg[a].start)
        self._note_titles(speaker, _titles_before(seg, a))  # "Chief executive Rosa Lind"
        return speaker

    def _spokesperson(self, seg: list[_Tok], a: int, tail: list[_Tok], paragraph: int) -> Speaker:
        """"A Harbour Party spokeswoman", "a spokesman for X": the organisation speaks, through a
        voice that "she said" can refer back to. "the spokesman" is the one introduced before;
        "a spokesman" with no organisation borrows only a very recent one."""
        gender = GENDER_WORDS.get(seg[a].bare)
        org = _modifier(seg, a) or _cap_span(tail)
        if org is not None and _strip_possessive(" ".join(t.text for t in org)).lower() not in PLACES:
            speaker = replace(self._org(org), gender=gender, voice=True)
            self.state.spokes_org = (speaker, paragraph)
            return speaker
        definite = a > 0 and seg[a - 1].low == "the"
        if a > 0 and seg[a - 1].word and not seg[a - 1].cap and seg[a - 1].low not in DETERMINERS:
            return NOBODY  # "a government spokesman": a body the article does not name here
        if self.state.spokes_org and (definite or self.state.spokes_org[1] >= paragraph - 1):
            return self.state.spokes_org[0]
        if definite:  # "the Committee's view ..., according to the statement": that organisation's
            owner = self._org_earlier_in_sentence(seg[a].start)
            if owner is not None:
                return replace(owner, gender=gender, voice=True)
        return NOBODY

    def _org_earlier_in_sentence(self, at: int) -> Speaker | None:
        """The last organisation the name layer finds in the sentence before `at`."""
        sentence = self.parsed.sentence_at(at)
        if sentence is None:
            return None
        orgs = [m for m in self.names.in_span(sentence.start, at) if m.kind == "organisation" and m.end <= at]
        if not orgs:
            return None
        entity = self.names.entity_of(orgs[-1])
        return Speaker(entity.name if entity else orgs[-1].text, "organisation")

    # ---- mapping phrases to entities

    def _name(self, toks: list[_Tok], at: int) -> Speaker:
        core, titles = _strip_titles(toks)
        if not core:
            return self._role_holder([t.low for t in titles])
        start, end = core[0].start, core[-1].end
        text = _strip_possessive(self.parsed.text[start:end])
        entity = self._entity(start, end, text)
        if entity is None or entity[1] == "organisation" and " " not in entity[0] or entity[0] != text \
                and entity[0].endswith(text):
            entity = self._surname_of_person(text) or entity
        if self._titled_whole(core, titles, entity):
            entity = (text, "person")
        # Places never speak, but a town's name can be a surname: "Mr Chester", or a person
        # the name layer knows ("Ann Chester ... Chester said").
        if text.lower() in PLACES and not titles and (entity is None or entity[1] != "person"):
            return NOBODY
        gender = next((GENDER_WORDS[t.bare] for t in titles if t.bare in GENDER_WORDS), None)
        gender = gender or self._cue_before(toks[0].start)
        if entity is not None:
            speaker = self._with_gender(Speaker(entity[0], entity[1]), gender)
        elif len(core) == 1 and core[0].bare in ORG_NOUNS and not titles \
                and _THE_BEFORE.search(self.parsed.text[max(0, start - 5):start]):
            # "The University said": a press release's capitalised "the College", "the Company"
            # stands for the organisation of that kind named before, as "the company" does.
            return self._org_noun(core[0].bare, start)
        elif _looks_like_org(core):
            return Speaker(text, "organisation")
        else:
            speaker = self._with_gender(Speaker(self._full_name([t.text for t in core], at), "person"), gender)
        self._note_titles(speaker, titles)
        return speaker

    def _org(self, toks: list[_Tok]) -> Speaker:
        start, end = toks[0].start, toks[-1].end
        text = _strip_possessive(self.parsed.text[start:end])
        if _inner_possessive(toks):  # "the Data Commissioner's Office": the whole name, not its owner
            entity = self._resolve(text)
            return Speaker(entity.name if entity and entity.kind == "organisation" else text, "organisation")
        entity = self._entity(start, end, text)
        return Speaker(entity[0] if entity else text, "organisation")

    def _entity(self, start: int, end: int, text: str) -> tuple[str, str] | None:
        """The name layer's person or organisation for the words at [start, end): a mention inside
        them (the longest), else the entity their text names. A mention running well past the
        words is a different, longer name and is not trusted."""
        key = (start, end, text)
        if key not in self._entities:  # a sentence's names are looked up for its subject and mentions
            self._entities[key] = self._find_entity(start, end, text)
        return self._entities[key]

    def _find_entity(self, start: int, end: int, text: str) -> tuple[str, str] | None:
        inside = [m for m in self.names.in_span(start, end)
                  if m.kind in ("person", "organisation") and m.end <= end + 2]
        around = self.names.at(start)
        if not inside and around is not None and around.kind == "organisation" and around.end >= end - 1:
            inside = [around]  # "Analytics" of "Brannigan's Analytics": the words are the tail of a name
        if inside:
            mention = max(inside, key=lambda m: m.end - m.start)
            entity = self.names.entity_of(mention)
            name = entity.name if entity else mention.text
            return self._fuller(name, mention.kind, start), mention.kind
        entity = self._resolve(text)
        if entity is not None and entity.kind in ("person", "organisation"):
            return self._fuller(entity.name, entity.kind, start), entity.kind
        return None

    def _resolve(self, text: str) -> Entity | None:
        """names.resolve, asked once per text (it checks its own index on every call)."""
        if text not in self._resolved:
            self._resolved[text] = self.names.resolve(text)
        return self._resolved[text]

    def _surname_of_person(self, text: str) -> tuple[str, str] | None:
        """A surname ("Ana Ruiz ... Ruiz said", "Mr van der Berg") that ends the full name of a
        person the article names, or of one who has spoken, is that person, whatever the name
        layer took the lone word for."""
        words = text.split()
        if not words or not words[-1][:1].isupper():
            return None
        people = set()
        for name in [e.name for e in self.names.of_kind("person")] + list(self.state.people):
            known = self._name_words.get(name)
            if known is None:
                known = self._name_words[name] = [_strip_possessive(w) for w in name.split()]
            if len(known) > len(words) and known[-len(words):] == words:
                people.add(name)
        return (people.pop(), "person") if len(people) == 1 else None

    def _titled_whole(self, core: list[_Tok], titles: list[_Tok], entity: tuple[str, str] | None) -> bool:
        """"Finance Minister Karim-ul haq Dorani": after a person's title, the whole run of name
        words is one person, even where the name layer split it or read part of it as an
        organisation."""
        if not titles or len(core) < 2 or not any(t.bare in TITLES for t in titles):
            return False
        words = [_strip_possessive(t.text) for t in core]
        if not _person_words(words) or _looks_like_org(core):
            return False
        text = " ".join(words)
        return entity is None or entity[0] != text and entity[0] in text

    def _fuller(self, name: str, kind: str, at: int) -> str:
        """A person the name layer knows only by one word may be named in full elsewhere."""
        if kind != "person" or " " in name.strip():
            return name
        return self._full_name([name], at)

    def _with_gender(self, speaker: Speaker, gender: str | None) -> Speaker:
        if gender and speaker.name and speaker.kind == "person":
            self.state.genders.setdefault(speaker.name, gender)
        return speaker

    def _cue_before(self, offset: int) -> str | None:
        """A gendered word just before the name: "his wife Nell", "Mrs Lee"."""
        m = _LAST_WORD.search(self.parsed.text[max(0, offset - 25):offset])
        return GENDER_WORDS.get(m.group(1).lower()) if m else None

    def _pronoun(self, word: str, paragraph: int) -> Speaker:
        """"he"/"she": the latest person who was a subject (else mentioned) and fits the gender."""
        gender = PRONOUNS.get(word)
        if gender is None:
            return NOBODY
        if gender in ("plural", "thing"):
            return self._recent_org(paragraph) or NOBODY
        return self._antecedent(gender, paragraph)

    def _antecedent(self, gender: str | None, paragraph: int) -> Speaker:
        """The latest person (or spokesperson) who fits `gender`; any person when None, as for
        "the German" or "the 45-year-old"."""
        # Subjects of this paragraph and the one before, then people named in the sentence before,
        # then older subjects.
        subjects = [e for e in reversed(self.state.subjects) if paragraph - e.paragraph <= RECENT_PARAGRAPHS + 2]
        candidates = [e.speaker for e in subjects if paragraph - e.paragraph <= 1]
        candidates += [m for m, p in self.state.mentions if paragraph - p <= 1]
        candidates += [e.speaker for e in subjects if paragraph - e.paragraph > 1]
        for speaker in candidates:
            if speaker.voice and gender and speaker.gender in (None, gender):  # "A Harbour Party spokeswoman ... She said"
                return speaker
            if speaker.kind != "person" or not speaker.name:
                continue
            known = self.state.genders.get(speaker.name)
            if gender is None:
                return speaker
            if known in (None, gender):
                self.state.genders[speaker.name] = gender
                return speaker
        # "he"/"she" can only mean a person: a name taken for an organisation but shaped like a
        # person's ("Kenwood Grange founded the charity ... she said") is one.
        for speaker in candidates:
            if speaker.kind == "organisation" and not speaker.voice and _person_shaped(speaker.name):
                person = Speaker(speaker.name, "person")
                if gender is None or self.state.genders.setdefault(person.name, gender) == gender:
                    return person
        return NOBODY

    def _recent_org(self, paragraph: int) -> Speaker | None:
        for entry in reversed(self.state.subjects):
            if paragraph - entry.paragraph > RECENT_PARAGRAPHS:
                break
            if entry.speaker.kind == "organisation":
                return entry.speaker
        return None

    def _org_noun(self, noun: str, at: int) -> Speaker:
        """"the company", "the report": the organisation meant, the same one each time."""
        if noun in self.state.nouns:
            return self.state.nouns[noun]
        orgs = [m for m in self.names.mentions if m.kind == "organisation" and m.end <= at]
        fitting = [m for m in orgs if noun in m.text.lower()]
        if not fitting:  # "funded by the College" before "Imperial College" is named: that one
            later = [m for m in self.names.mentions if m.kind == "organisation" and m.start > at
                     and noun in m.text.lower().split()[1:]]
            fitting = later[:1]
        pick = (fitting or orgs or [None])[-1]
        if pick is not None:
            entity = self.names.entity_of(pick)
            speaker = Speaker(entity.name if entity else pick.text, "organisation")
        else:
            speaker = self._org_from_text(noun, at)
        if speaker.name:
            self.state.nouns[noun] = speaker
        return speaker

    def _org_from_text(self, noun: str, at: int) -> Speaker:
        """Without organisations from the name layer: the nearest capitalised name before `at`
        holding the noun ("the agency" -> "Northbridge Energy Agency"), else the first
        one that looks like an organisation."""
        candidates = [r for r in self._cap_runs() if r[1] <= at and _looks_like_org_words(r[2])]
        fitting = [r for r in candidates if noun in (w.lower() for w in r[2])]
        pick = fitting[-1] if fitting else candidates[0] if candidates else None
        return Speaker(" ".join(pick[2]), "organisation") if pick else NOBODY

    def _role_holder(self, roles: list[str]) -> Speaker:
        """"the Chancellor", "the judge": the person the article last introduced with that title
        ("Judge Mary Collins"), else the one person the name layer gives that role, if any."""
        phrase = " ".join(r.rstrip(".") for r in roles if r != "the")
        if not phrase:
            return NOBODY
        if phrase in self.state.roles:
            return self.state.roles[phrase]
        # "the minister" after "Finance Minister X": the latest person given a longer title that
        # ends in these words ("the union leader" is not the council leader).
        for title, holder in reversed(self.state.roles.items()):
            if title.endswith(" " + phrase):
                return holder
        # The whole title, else its head noun ("College Warden" -> a warden).
        for words in (phrase, phrase.split()[-1]):
            pattern = re.compile(rf"(?<![\w-]){re.escape(words)}(?![\w-])")
            people = [e for e in self.names.of_kind("person") if any(pattern.search(r.lower()) for r in e.roles)]
            if people:
                return Speaker(people[0].name, "person") if len(people) == 1 else NOBODY
        return NOBODY

    def _note_titles(self, speaker: Speaker, titles: list[_Tok]) -> None:
        """Remember "Judge Okafor" as the judge, so "the judge" later is her."""
        if speaker.kind != "person" or not speaker.name:
            return
        words = [t.bare for t in titles if t.bare in TITLES and t.bare not in GENDER_WORDS]
        if not words:
            return
        # Both "leader" and "union leader" for "Union leader Kate Voss"; re-inserted, so the
        # latest holder of a title comes last.
        whole = [t.bare for t in titles if t.bare not in GENDER_WORDS and t.bare not in STOPWORDS]
        for key in dict.fromkeys((" ".join(words), " ".join(whole))):
            self.state.roles.pop(key, None)
            self.state.roles[key] = speaker

    def _full_name(self, words: list[str], at: int) -> str:
        """A surname or given name alone ("Mr Reyes", "Okafor") -> the fullest form of that
        name the article uses, preferring the one nearest before `at`."""
        if len(words) != 1:
            return " ".join(_strip_possessive(w) for w in words)
        word = _strip_possessive(words[0])
        runs = self._named.get(word)
        if runs is None:  # the article's person-like runs holding the word
            # Most lone words ("UK", "Chinese", a sentence's opening "Some") stand alone wherever
            # they occur: no run to read.
            runs = self._named[word] = [] if _stands_alone(self.parsed.text, word) else \
                [r for r in self._runs_with(word) if len(r[2]) >= 2 and _person_words(r[2])]
        for hits in ([r for r in runs if r[2][-1] == word], [r for r in runs if r[2][0] == word]):
            if hits:
                before = [r for r in hits if r[0] < at]
                return " ".join((before[-1] if before else hits[0])[2])
        return word

    def _person_like(self, toks: list[_Tok]) -> bool:
        core, titles = _strip_titles(toks)
        if not core:
            return False
        entity = self._entity(core[0].start, core[-1].end, _strip_possessive(" ".join(t.text for t in core)))
        if entity is not None:
            return entity[1] == "person"
        words = [_strip_possessive(t.text) for t in core]
        if not _person_words(words):
            return False
        return len(words) > 1 or bool(titles) or self._full_name(words, core[0].start) != words[0]

    def _proper_name(self, toks: list[_Tok]) -> bool:
        """A capitalised run that is a name, not a capitalised common word opening a sentence."""
        words = [t for t in toks if t.word]
        if len(words) > 1 or _strip_titles(toks)[1]:
            return True
        return bool(words) and words[0].bare in self._proper_words()

    def _proper_words(self) -> frozenset[str]:
        """Words the article capitalises mid-sentence (after a lower-case word or a comma)."""
        if self._proper is None:
            found = set()
            for m in _MID_SENTENCE_CAPITAL.finditer(self.parsed.text):
                found.add(_strip_possessive(m.group(1)).lower())
            self._proper = frozenset(found)
        return self._proper

    def _cap_runs(self) -> list[tuple[int, int, list[str]]]:
        """Capitalised runs of the article with titles stripped: candidate full names."""
        return self._runs_in(0, len(self.parsed.text))

    def _runs_with(self, word: str) -> list[tuple[int, int, list[str]]]:
        """The capitalised runs, in order, of the stretches of the article that hold `word`: the
        ones that can end or start with it. Runs never cross a _RUN_STOP character or a word that
        _breaks_runs, so the runs between the nearest of these around each place the word occurs
        are the article's runs there, and the rest of the article need not be tokenised."""
        if not word:
            return []
        text = self.parsed.text
        if self._reversed is None:
            self._reversed = text[::-1]
        out: list[tuple[int, int, list[str]]] = []
        end = 0
        at = text.find(word)
        while at >= 0:
            stop = _RUN_STOP.search(self._reversed, len(text) - at)  # the nearest one before
            lo = max(end, len(text) - stop.start() if stop else 0)  # not again what was read
            stop = _RUN_STOP.search(text, at)
            start, end = _run_bounds(text, at, len(word), lo, stop.start() if stop else len(text))
            out += self._runs_in(start, end)
            at = text.find(word, end)
        return out

    def _runs_in(self, start: int, end: int) -> list[tuple[int, int, list[str]]]:
        """Capitalised runs of text[start:end] with titles stripped, as (start, end, words)."""
        key = (start, end)
        if key in self._runs:
            return self._runs[key]
        runs = self._runs[key] = []
        toks = _tokenize(self.parsed.text[start:end], start)
        i = 0
        while i < len(toks):
            if not (toks[i].word and toks[i].cap):
                i += 1
                continue
            j = _run_end(toks, i)
            core = _strip_stop(_strip_titles(toks[i:j])[0])
            if core:
                runs.append((core[0].start, core[-1].end, [_strip_possessive(t.text) for t in core]))
            i = max(j, i + 1)
        return runs


# ---------------------------------------------------------------- token helpers


def _opens_paragraph_text(parsed: ParsedArticle, item: Candidate) -> bool:
    """The quotation is the first thing in its paragraph."""
    start = parsed.paragraphs[item.paragraph][0]
    return not parsed.text[start:item.start].strip(" \t\n\"'\u201c\u2018")


def _is_verb(toks: list[_Tok], i: int) -> bool:
    tok = toks[i]
    if not tok.cue:
        return False
    if tok.cap and any(t.word for t in toks[:i]):  # only a sentence's first word: "Added Ms Lind:"
        return False
    if tok.low not in VERBS and not _is_phrasal(toks, i):
        return False
    if i and toks[i - 1].low in DETERMINERS:  # "the report", "a call": nouns
        return False
    if i and toks[i - 1].low == "so":  # "the so called": a scare quote, not speech
        return False
    if tok.low in NAMING_VERBS and i and toks[i - 1].text == "," \
            and not (i + 1 < len(toks) and toks[i + 1].low == "by"):
        return False  # "The plan, called the Rural Growth Plan, ...": a name given, not speech
    if i and toks[i - 1].low in BE_FORMS and not tok.low.endswith("ing") \
            and not (i + 1 < len(toks) and toks[i + 1].low == "by"):
        return False  # "Delays were reported", "she was told": passive, the subject did not speak
    nxt = toks[i + 1].low if i + 1 < len(toks) else ""
    return not (tok.low == "called" and nxt in ("for", "on", "off"))


def _is_phrasal(toks: list[_Tok], i: int) -> bool:
    """"pointed out", "fired back": a verb that reports only with its particle."""
    return i + 1 < len(toks) and (toks[i].low, toks[i + 1].low) in PHRASAL


def _after_verb(toks: list[_Tok], v: int) -> int:
    """Where the words after the verb at v begin (past a particle: "pointed out X")."""
    return v + 2 if _is_phrasal(toks, v) and toks[v].low not in VERBS else v + 1


def _is_participle(toks: list[_Tok], i: int) -> bool:
    """"..., adding that", "saying:": a verb whose subject is the main clause's."""
    return toks[i].low.endswith("ing") and (i == 0 or not toks[i - 1].word)


def _inverted(toks: list[_Tok], v: int) -> bool:
    """"<reported clause>, said Ana Ruiz, an economist at X": a verb after a comma followed by a
    noun phrase that ends there (or runs into a role tail) has that phrase for subject; "..., said
    Acme would" or "said Tuesday" goes on with a clause, not a speaker."""
    if not v or toks[v - 1].text not in (",",) + DASHES or toks[v].low in HEARER_VERBS:
        return False
    begin = max((i + 1 for i in range(v) if toks[i].text in BOUNDARIES), default=0)
    left = _segments(toks[begin:v])
    if left[0] and _subject_prefix(left[0]) == left[0] and all(_is_role(seg) for seg in left[1:]):
        return False  # "Ana Ruiz, an economist, said Acme ...": the subject stands before the verb
    rest = toks[_after_verb(toks, v):]
    rest = rest[:_clause_end(rest)]
    seg = next(iter(_segments(rest)), [])
    words = [t for t in seg if t.word]
    if not words or words[0].bare in STOPWORDS and words[0].low not in DETERMINERS:
        return False
    head = _subject_prefix(seg)
    if not head or not _groups(head):
        return False
    tail = [t for t in seg[len(head):] if t.word]
    return not tail or tail[0].low in PREPOSITIONS


def _unbracketed(toks: list[_Tok]) -> list[_Tok]:
    """The tokens outside round brackets, without square ones: "[a statement](http://...) by X"."""
    out, depth = [], 0
    for t in toks:
        if t.text == "(":
            depth += 1
        elif t.text == ")":
            depth = max(0, depth - 1)
        elif not depth and t.text not in ("[", "]"):
            out.append(t)
    return out


def _evaluates(toks: list[_Tok], v: int) -> bool:
    """`X hailed the deal as "..."`: a verb of praise or blame reports its subject's words when
    "as" (and at most a determiner) is all that stands between its object and the quotation,
    which ends `toks`."""
    if toks[v].low not in EVALUATIVE or len(toks) - v > 10 or v and toks[v - 1].low in DETERMINERS:
        return False
    if v and toks[v].low.endswith("ed") and (toks[v - 1].text == "," or toks[v - 1].low in BE_FORMS):
        return False  # "Universities, hailed as "..."": a passive; its agent speaks, if named
    tail = [t for t in toks[v + 1:] if t.word]
    while tail and tail[-1].low in DETERMINERS:
        tail.pop()
    return bool(tail) and tail[-1].low == "as" and not any(t.text in BOUNDARIES for t in toks[v + 1:])


COORDINATORS = frozenset({"and", "but", "yet", "then", "also", "later", "so"})


def _only_conjunction(left: list[_Tok]) -> bool:
    """"X conceded there were problems but said "..."": a verb whose clause begins with a
    conjunction after an earlier quotation shares the sentence's subject."""
    words = [t for t in left if t.word]
    return bool(words) and all(t.low in COORDINATORS for t in words)


def _new_clause_after(toks: list[_Tok], v: int) -> bool:
    """"X had promised, there had been an "...": a comma then a new subject ends the verb's reach."""
    for i in range(v + 1, len(toks) - 1):
        nxt = toks[i + 1]
        if toks[i].text == "," and nxt.word and (nxt.cap or nxt.low in PRONOUNS or nxt.low == "there"):
            return True
    return False


def _is_adverbial(seg: list[_Tok]) -> bool:
    """An opening phrase before the subject: "In a statement", "However", "Last week"."""
    words = [t for t in seg if t.word]
    return bool(words) and words[0].bare in STOPWORDS and words[0].bare not in PRONOUNS \
        and words[0].bare not in DETERMINERS


def _subject_prefix(seg: list[_Tok]) -> list[_Tok]:
    """The noun phrase opening a segment: capitalised words, determiners and lower-case titles
    ("Acme Workers' Union general secretary Tomas Reyes"), up to the verb."""
    out = []
    for i, t in enumerate(seg):
        if t.low in NAME_JOINERS and out and i + 1 < len(seg) and seg[i + 1].cap:
            out.append(t)
            continue
        if any(x.cap for x in out) and _role_words_before_name(seg, i):  # "Council leader Amy Tran"
            out.append(t)
            continue
        if t.word and not t.cap and t.bare not in TITLES and t.bare not in DETERMINERS \
                and t.bare not in PRONOUNS and t.bare not in SPOKES and t.bare not in ORG_NOUNS:
            break
        out.append(t)
        if t.bare in PRONOUNS:
            break
    return out


def _is_conjoined(head: list[_Tok]) -> bool:
    """Two names joined by "and" as one subject, not the "and" inside an of-name ("a spokesman
    for the Department of Trade and Industry")."""
    return any(t.low in ("and", "&") and 0 < i < len(head) - 1 and head[i - 1].cap and head[i + 1].cap
               and not _inside_of_name(head, i)
               and _strip_titles(head[i + 1:])[0] and all(_strip_titles(head[:i]))
               for i, t in enumerate(head))


def _relative(seg: list[_Tok]) -> bool:
    """"which represents the industry", "who heads the unit": a relative clause never speaks."""
    first = next((t for t in seg if t.word), None)
    return first is not None and first.low in ("who", "which", "whose", "that")


def _inside_of_name(toks: list[_Tok], i: int) -> bool:
    """Whether the capitalised run ending before toks[i] follows "of"/"for" after a capitalised
    word: "Payment" in "Association of Payment and Clearing Services"."""
    j = i - 1
    while j > 0 and toks[j].word and toks[j].cap:
        if toks[j].low.rstrip(".") in TITLES:  # "University of X Chancellor Dr Y and ...": people
            return False
        j -= 1
    return j > 0 and j < i - 1 and toks[j].low in ("of", "for") and toks[j - 1].cap


def _leading_org(head: list[_Tok]) -> list[_Tok]:
    """The organisation name a subject opens with, up to the first title: "Northbridge
    University" in "Northbridge University Chancellor Dr Ann Lee and ..."."""
    out: list[_Tok] = []
    for i, t in enumerate(head):
        if t.bare in TITLES or t.word and not t.cap and not (t.low in NAME_JOINERS and out):
            break
        out.append(t)
    while out and not out[-1].cap:
        out.pop()
    return out if _looks_like_org(out) else []


def _role_words_before_name(seg: list[_Tok], i: int) -> bool:
    """Whether seg[i] starts up to three lower-case role words followed by a name ("leader" in
    "Council leader Amy Tran"), not a verb ("Acme told the Courier")."""
    for j in range(i, min(i + 4, len(seg))):
        t = seg[j]
        if t.word and t.cap:
            return j > i and t.bare not in STOPWORDS
        if not t.word or t.bare in STOPWORDS or t.bare in VERBS or t.bare.endswith(("ed", "s")):
            return False
    return False


def _person_words(words: list[str]) -> bool:
    """Words that could be a person's name: no organisation noun, acronym, number or stop word."""
    if any(w.lower() in ORG_NOUNS or w.lower() in ORG_NAME_WORDS or w.lower() in STOPWORDS
           or w.lower() in PLACE_NOUNS or w.lower() in THING_WORDS or not w[:1].isalpha() for w in words):
        return False
    return not any(len(w) > 2 and w.isupper() for w in words)


def _person_shaped(name: str | None) -> bool:
    """Two or three capitalised words with no organisation word: could be a person's name."""
    words = (name or "").split()
    return 2 <= len(words) <= 3 and all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words) \
        and _person_words(words) and name.lower() not in PLACES


def _clause_end(toks: list[_Tok]) -> int:
    for i, t in enumerate(toks):
        if t.text in (".", ";", QUOTE_SENTINEL, "?", "!"):
            return i
    return len(toks)


def _starts_np(toks: list[_Tok]) -> bool:
    first = next((t for t in toks if t.word), None)
    if first is None:
        return False
    return first.cap or first.low in PRONOUNS or first.low in DETERMINERS


def _segments(toks: list[_Tok]) -> list[list[_Tok]]:
    """Comma-separated pieces (dashes count as commas). A closed bracket is an aside and is left
    out, and the phrase runs on past it: "Ann Lee (Harbour Party, Northtown) said", "Associate
    Health (Mental Health) Minister Aroha Tane"."""
    out: list[list[_Tok]] = [[]]
    depth = 0
    closes = [t.text for t in toks].count(")")
    for t in toks:
        if t.word:  # most tokens, and never a bracket, comma, dash or the sentinel
            if not depth:
                out[-1].append(t)
        elif t.text == "(" and closes:
            depth += 1
        elif t.text == ")":
            depth, closes = max(0, depth - 1), closes - 1
        elif depth:
            continue
        elif t.text in (",", "\u2014", "\u2013", "(", "\n") or t.text == "-" and out[-1]:
            out.append([])
        elif t.text != QUOTE_SENTINEL:
            out[-1].append(t)
    return [s for s in out if s] or [[]]


def _is_role(seg: list[_Tok]) -> bool:
    """An appositive giving a role ("chair professor of ...", "President of NBU", "College
    Warden", "who has no link to the firm") rather than a name."""
    words = [t for t in seg if t.word]
    if not words:
        return True
    first = words[0]
    if first.low in PREPOSITIONS or first.low in ("who", "which", "whose", "recently", "also"):
        return True
    head, _ = _split_preposition(words)
    if head[-1].bare in TITLES and not head[-1].cap:  # "The Courier's transport correspondent"
        return True
    if not _groups(head):  # "The shadow chancellor": no name, pronoun or organisation noun
        return True
    titled = [t for t in head[1:] if t.word]
    if first.low in ("the", "a", "an") and titled and all(t.bare in TITLES for t in titled):
        return True  # "the Executive Director (of X)": capitalised title words are still a role
    if not first.cap:  # "spokesman for X", "chair professor of ...": a role, not "manager Tomas Reyes"
        return first.low not in PRONOUNS and first.low not in DETERMINERS \
            and not any(kind == "name" for kind, _, _ in _groups(head))
    caps = [t.low for t in head if t.cap]
    return bool(caps) and all(_title_word(w) or w in ORG_NOUNS for w in caps)


def _title_word(low: str) -> bool:
    """A title, or a hyphened one ending in a title ("pro-rector", "vice-chancellor")."""
    return low in TITLES or "-" in low and low.rsplit("-", 1)[1] in TITLES


def _is_description(seg: list[_Tok]) -> bool:
    """"North Ruritania's highest governing body": a possessive name and a common noun phrase,
    an appositive describing the head, unless its noun is a spokesperson ("Acme's spokesman")."""
    words = [t for t in seg if t.word]
    owner = next((i for i, t in enumerate(words) if t.text.endswith(("'s", "\u2019s", "s'", "s\u2019"))), None)
    if owner is None or owner + 1 >= len(words) or not all(t.cap for t in words[:owner + 1]):
        return False
    rest = words[owner + 1:]
    return all(not t.cap for t in rest) and rest[-1].bare not in SPOKES and rest[-1].bare not in ORG_NOUNS


def _inner_possessive(toks: list[_Tok]) -> bool:
    """A possessive inside a capitalised name, not at its end ("Commissioner's Office")."""
    words = [t for t in toks if t.word]
    return any(t.text.endswith(("'s", "\u2019s")) for t in words[:-1]) and words[-1].cap


def _drop_opener(seg: list[_Tok]) -> list[_Tok]:
    """"In a statement Professor X": an opening phrase run into the subject without a comma."""
    if not (seg[0].cap and seg[0].low in PREPOSITIONS):
        return seg
    for j in range(2, len(seg)):
        if seg[j].cap and seg[j - 1].word and not seg[j - 1].cap:
            return seg[j:] if seg[j - 1].low not in NAME_JOINERS else seg
    return seg


def _definite_role(head: list[_Tok]) -> list[str]:
    """"the judge", "the prime minister": role words after "the", the whole phrase."""
    words = [t for t in head if t.word]
    if len(words) < 2 or words[0].low != "the" or not all(t.bare in TITLES for t in words[1:]):
        return []
    return [t.bare for t in words[1:]]


def _titles_before(seg: list[_Tok], a: int) -> list[_Tok]:
    """The title words just before a name ("chief executive" in "Chief executive Rosa Lind",
    "Union leader" in "Union leader Kate Voss"), ending in a title word."""
    i = a
    while i > 0 and seg[i - 1].word and seg[i - 1].bare not in STOPWORDS:
        i -= 1
    words = seg[i:a]
    while words and words[-1].bare not in TITLES:
        words = words[:-1]
    return words if any(t.bare in TITLES for t in words) else []


def _described_role(head: list[_Tok]) -> list[str]:
    """"the Harbour Party leader", "the French minister", "the company's chief executive": a
    definite role with an owner or epithet before it; the role words. A spokesperson noun is left
    to the organisation it speaks for."""
    words = [t for t in head if t.word]
    if len(words) < 3 or words[0].low != "the":
        return []
    cut = len(words)
    while cut > 1 and words[cut - 1].bare in TITLES and not words[cut - 1].cap:
        cut -= 1
    roles = [t.bare for t in words[cut:]]
    middle = words[1:cut]
    if not roles or not middle or roles[-1] in SPOKES:
        return []
    if all(t.cap and t.bare not in STOPWORDS for t in middle) or len(middle) == 1 and middle[0].low.endswith(("'s", "\u2019s")):
        return roles
    return []


def _modified_role(head: list[_Tok]) -> list[str]:
    """"the union leader", "the club captain": a definite role with common-noun modifiers; the
    whole phrase, to match a title the article gave someone ("Union leader Kate Voss")."""
    words = [t for t in head if t.word]
    if len(words) < 3 or words[0].low != "the" or words[-1].bare not in TITLES or words[-1].cap \
            or words[-1].bare in SPOKES:
        return []
    middle = words[1:-1]
    if any(t.cap or t.bare in STOPWORDS or t.bare in DETERMINERS for t in middle):
        return []
    return [t.bare for t in words[1:]]


def _split_preposition(seg: list[_Tok]) -> tuple[list[_Tok], list[_Tok]]:
    """Cut "Dr Ann Lee of Acme" at the first lower-case preposition after the first word."""
    for i in range(1, len(seg)):
        if seg[i].text in PREPOSITIONS and not _inside_org_name(seg, i):
            return seg[:i], seg[i + 1:]
    return seg, []


def _inside_org_name(seg: list[_Tok], i: int) -> bool:
    """"of" in "Ministry of Health", "for" in "Department for Harbours": part of the name."""
    if seg[i].text not in ("of", "for") or i + 1 >= len(seg) or not seg[i + 1].cap:
        return False
    before = seg[i - 1]
    return before.cap and (before.bare in ORG_NAME_WORDS or before.bare in ORG_NOUNS)


def _groups(seg: list[_Tok]) -> list[tuple[str, int, int]]:
    """Speaker-like pieces of a phrase: names (capitalised runs), pronouns, spokesperson nouns and
    nouns standing for an organisation."""
    # This runs over every token of every sentence: the common case (a plain lower-case word)
    # is decided first and with the fewest reads.
    out = []
    i, n = 0, len(seg)
    while i < n:
        t = seg[i]
        if t.cap and t.word and t.bare not in STOPWORDS:
            j = _run_end(seg, i)
            # "Officials said": a spokesperson noun capitalised only because it opens the sentence.
            kind = "spokes" if j == i + 1 and t.bare in SPOKES else "name"
            if j == i + 1 and i and seg[i - 1].low == "the" and t.bare in NATIONALITIES:
                kind = "epithet"  # "the Italian told Radio Northtown": the person just spoken of
            out.append((kind, i, j))
            i = j
            continue
        low = t.low
        if low not in _GROUP_WORDS:  # most words
            if "-year-old" in low and i and seg[i - 1].low == "the" and AGE_EPITHET.fullmatch(low):
                out.append(("epithet", i, i + 1))  # "the 45-year-old said"
        elif low in PRONOUNS or low in ("i", "we"):
            out.append(("pronoun", i, i + 1))
        elif i and seg[i - 1].low == "the" and AGE_EPITHET.fullmatch(low):
            out.append(("epithet", i, i + 1))  # "the 45-year-old said"
        elif low in SPOKES:
            out.append(("spokes", i, i + 1))
        elif low in ORG_NOUNS and not t.cap:
            nxt = seg[i + 1].low if i + 1 < n else ""
            if nxt in SPOKES:  # "an agency statement": the statement speaks for the agency
                out.append(("orgnoun", i, i + 1))
                i += 2
                continue
            out.append(("orgnoun", i, i + 1))
        i += 1
    return out


def _last_group(seg: list[_Tok]) -> tuple[str, int, int] | None:
    """The speaker-like piece nearest the verb ("Ann Lee" in "Green spokeswoman Ann Lee";
    "spokesman" in "An Acme Steel spokesman", whose name modifier is its organisation)."""
    groups = _groups(seg)
    return groups[-1] if groups else None


def _run_end(toks: list[_Tok], i: int) -> int:
    """End of the capitalised run starting at i ("Auditor General Sir Tomas Reyes", "Jin-Wen
    Tao"), stopping after a possessive ("Acme Group's")."""
    j = i
    while j < len(toks):
        t = toks[j]
        if t.word and (t.cap or t.text.isdigit() and j > i) and toks[j].start - (toks[j - 1].end if j > i else t.start) <= 1:
            j += 1
            if t.text.endswith(("'s", "\u2019s")):
                break
            if j < len(toks) and toks[j].text == "." and (len(t.text) == 1 or t.low in TITLES):
                j += 1
            continue
        if t.low in NAME_PARTICLES and j > i and _particles_then_name(toks, j):
            j += 1
            continue
        if j > i and t.word and t.text.isalpha() and JOINED_ARTICLE.match(toks[j - 1].text) \
                and j + 1 < len(toks) and toks[j + 1].cap:
            j += 1
            continue
        if j > i and _inside_org_name(toks, j):  # "Ministry of Health"
            j += 1
            continue
        break
    while j > i + 1 and not toks[j - 1].word:
        j -= 1
    return j


def _run_bounds(text: str, at: int, size: int, lo: int, hi: int) -> tuple[int, int]:
    """Where to read the capitalised runs around the word text[at:at + size] in the stretch
    [lo, hi) between stop characters: from the nearest word before it that _breaks_runs to the
    nearest one after it. A space is never inside a token, so the search for the one before
    starts at a space a few words back, and goes back to lo only if it finds none there."""
    start, end = lo, hi
    space = text.rfind(" ", lo, max(lo, at - 30))
    for begin in (space + 1, lo) if space >= 0 else (lo,):
        for m in _PLAIN_WORD.finditer(text, begin, hi):
            if m.start() >= at:
                break
            if m.end() <= at and _breaks_runs(text, m):
                start = m.end()
        if start > lo:
            break
    for m in _PLAIN_WORD.finditer(text, at + size, hi):
        if _breaks_runs(text, m):
            end = m.start()
            break
    return start, end


def _breaks_runs(text: str, m: re.Match[str]) -> bool:
    """Whether the lower-case word token `m` ends any capitalised run before it and starts none:
    it is no name particle, no "of"/"for" and does not follow a joined article (see _run_end).
    Unsure cases (a word after two spaces) count as not breaking."""
    word, at = m.group(), m.start()
    if word.lower() in NAME_PARTICLES or word in ("of", "for"):
        return False
    if at and text[at - 1].isspace():
        return not text[at - 2:at - 1].isspace() and not _JOINED_END.search(text, max(0, at - 8), at - 1)
    return True


def _stands_alone(text: str, word: str) -> bool:
    """Whether no capitalised run of two words or more (see _runs_in) can start or end with `word`:
    wherever it is a token (a possessive ending allowed), the nearest token on each side, past
    spaces and full stops, is a stop character or a lower-case word that _breaks_runs. Any other
    neighbour (a capital, a digit, a particle, an apostrophe) answers False: read the runs."""
    at = text.find(word)
    while at >= 0:
        if at and _TOKEN_CHAR.match(text, at - 1):
            if text[at - 1] in "'\u2019-":
                return False  # unsure where the token starts
            at = text.find(word, at + 1)  # inside a longer token
            continue
        token = _WORD_TOKEN.match(text, at)
        if token is None or _strip_possessive(token.group()) != word:
            at = text.find(word, at + 1)  # a different word
            continue
        before = at - 1
        while before >= 0 and (text[before] == "." or text[before] != "\n" and text[before].isspace()):
            before -= 1
        if before >= 0 and not _RUN_STOP.match(text, before):
            begin = before
            while begin and _TOKEN_CHAR.match(text, begin - 1):
                begin -= 1
            m = _PLAIN_WORD.match(text, begin)
            if m is None or m.end() != before + 1 or not _breaks_runs(text, m):
                return False
        after = token.end()
        while after < len(text) and (text[after] == "." or text[after] != "\n" and text[after].isspace()):
            after += 1
        if after < len(text) and not _RUN_STOP.match(text, after):
            m = _PLAIN_WORD.match(text, after)
            if m is None or not _breaks_runs(text, m):
                return False
        at = text.find(word, at + 1)
    return True


def _particles_then_name(toks: list[_Tok], j: int) -> bool:
    """Lower-case particles from j on ("van der", "de la") followed by a capitalised word."""
    while j < len(toks) and toks[j].low in NAME_PARTICLES and not toks[j].cap:
        j += 1
    return j < len(toks) and toks[j].cap and toks[j].word


def _strip_titles(toks: list[_Tok]) -> tuple[list[_Tok], list[_Tok]]:
    """Split off leading titles and honorifics: everything up to the last title word."""
    words = [t for t in toks if t.word]
    cut = 0
    for i, t in enumerate(words):
        if t.low.rstrip(".") in TITLES:
            cut = i + 1
    return words[cut:], words[:cut]


def _strip_stop(toks: list[_Tok]) -> list[_Tok]:
    i = 0
    while i < len(toks) and toks[i].low in STOPWORDS:
        i += 1
    return toks[i:]


def _strip_possessive(text: str) -> str:
    text = text.strip()
    return _POSSESSIVE_END.sub("", text) if "'" in text or "\u2019" in text else text


def _modifier(seg: list[_Tok], a: int) -> list[_Tok] | None:
    """The capitalised name right before a noun ("A Harbour Party spokeswoman", "a Department for
    Harbours official", "the Courier's spokesman"), not an opening word ("Afterwards the spokesman")."""
    i = a
    while i > 0 and (seg[i - 1].word and seg[i - 1].cap or seg[i - 1].low in ("of", "for", "and", "&")
                     and i > 1 and seg[i - 2].cap and i < a):
        i -= 1
    run = _strip_stop(seg[i:a])
    while run and not run[0].cap:
        run = run[1:]
    return run or None


def _cap_span(seg: list[_Tok]) -> list[_Tok] | None:
    """The first capitalised run of a phrase, if any: "the Northbridge Energy Agency"."""
    for i, t in enumerate(seg):
        if t.word and t.cap and t.low not in STOPWORDS:
            j = i
            while j < len(seg) and (seg[j].word and (seg[j].cap or seg[j].low in ("of", "and", "for", "the") and j + 1 < len(seg) and seg[j + 1].cap)):
                j += 1
            return seg[i:j] if j > i else None
    return None


def _looks_like_org(toks: list[_Tok]) -> bool:
    return _looks_like_org_words([t.text for t in toks])


def _looks_like_org_words(words: list[str]) -> bool:
    if any(w.lower() in ORG_NOUNS or w.lower().rstrip(".") in ORG_NAME_WORDS for w in words):
        return True
    return len(words) == 1 and len(words[0]) > 1 and words[0].isupper()
