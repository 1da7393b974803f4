"""What an organisation or person aims, plans, targets, commits to or is scheduled to do.

A goal is found from a cue (a verb group like "aims to", "is set to", "will"; a noun like "a
deal to", "the centre's goal is to"; a schedule like "scheduled for completion by"), checked
against what makes the same words a forecast, an opinion, a hypothesis or a past event, and cut
to its clause: from the cue to the end of the clause, without a trailing "..., a spokesman said".
Cues inside direct quotations are left to the quotes panel. Items of a list introduced by
"Other plans include:" are goals too. The deadline is the clause's date, resolved by
`briefs.extract.dates`; the actor is the clause's subject as written, pronouns resolved to the
reporter ("X said it would") or to the previous goal's actor.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from briefs.extract import dates
from briefs.extract.lexicon import lines, words
from briefs.extract.names import Names
from briefs.model import Goal
from briefs.text import ParsedArticle

FUNCTION_WORDS = frozenset("""
the a an its their his her our your my this that these those some any all more less most least no
not it them him us me you which what who whom where when why how there here than then date around
about over under with without from into onto for and or but of on in at by as per such other another
each every both either neither new existing current former further additional total just only very
much many few several one two three four five six seven eight nine ten hundreds thousands millions
""".split())
PRONOUNS = frozenset("it they its he she we i this these those them".split())
ABSTRACT_SUBJECTS = frozenset("""
thing things issue issues point idea key question problem answer solution challenge trick secret
danger risk worry fear task job way
""".split())
PAST_MARKERS = frozenset("had".split())
_SUBJECT_TRAILERS = frozenset("""
also now already still currently reputedly reportedly is are was were has have had will would be
been could can may might must should shall did does do being to not soon then jointly both initially first
likely just actively
""".split())
_LEADING_ADVERBS = re.compile(
    r"^(?:(?:but|and|so|yet|however|meanwhile|also|additionally|furthermore|moreover|now|today|"
    r"separately|instead|still|then)\b[,\s]*)+", re.I)
_PREPOSITION_OPENER = re.compile(
    r"^(?:in|on|by|over|at|after|during|since|following|under|with|as|according|for|from|before|"
    r"within|last|next|this|early|later|earlier|until)\b", re.I)

_MONEY = (r"(?:(?:US|HK|NZ|A|AU|C|S)?\$|£|€|¥)\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:m|bn|k|million|billion|trillion)\b)?"
          r"|\b\d[\d,]*(?:\.\d+)?\s?(?:m|bn|million|billion|trillion)?\s+(?:yuan|renminbi|euros?|dollars|pounds|yen|rupees|kroner|francs)\b")


def _alternation(name: str) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words(name), key=len, reverse=True))


@dataclass(slots=True, frozen=True)
class _Cue:
    start: int  # where the goal's text starts (absolute offset)
    verb: int  # where the cue itself starts: the subject lies before it
    kind: str
    needs_date: bool = False


@dataclass(slots=True)
class _State:
    last_actor: str | None = None
    last_at: int = -10_000  # where the last actor was found
    last_period: str | None = None
    covered: list[tuple[int, int]] = field(default_factory=list)


# ---------------------------------------------------------------- cue patterns


@cache
def _patterns() -> list[tuple[str, re.Pattern]]:
    verbs = _alternation("goal_verbs.txt")
    nouns = _alternation("goal_nouns.txt")
    copula = _alternation("goal_copula_nouns.txt")
    gap = r"(?:\s+(?!to\b)[^\s,;:.!?\u2013\u2014]+|\s+\([^()]{0,40}\)|\s*\.\d+){0,7}?"
    short_gap = r"(?:\s+(?!to\b)[^\s,;:.!?\u2013\u2014]+|\s+\([^()]{0,40}\)){0,5}?"
    table = [
        ("will", r"\b(?:will|shall)\b(?!\s+not\s+be\s+able)"),
        ("would", r"\bwould\b"),
        ("could", r"\bcould\b"),
        ("verb", rf"\b(?:{verbs})\s+to\s+(?=\w)"),
        ("set", r"\b(?:(?:is|are|was|were|been|be|now)\s+)?set\s+to\s+(?=[\"'\u201c\u2018]?[a-z])"),
        ("due", r"\b[Dd]ue\s+to\s+(?=[a-z])|\bdue\s+(?:for|in|by|on)\b"),
        ("scheduled", r"\b(?:scheduled|slated|timetabled|earmarked|budgeted|allocated|set\s+aside|ring-?fenced|reserved|pencilled\s+in|penciled\s+in|planned)\s+(?:to|for)\b"),
        ("committed", r"\b(?:is|are|been|was|were)\s+(?:already\s+|now\s+)?committed\s+(?:for|to)\b"),
        ("expected", r"\b(?:is|are|'s|be|being)\s+(?:\w+ly\s+)?expected\s+to\s+(?=[\"'\u201c\u2018]?[a-z])"),
        ("isto", r"\b(?:is|are|am)\s+to\s+(?=[\"'\u201c\u2018]?[a-z])"),
        ("copula", rf"\b(?:{copula})\b(?:\s+(?:of|for)\s+[^,.;:]{{1,80}}?)?\s+(?:is|was|are|were|will\s+be|remains)\s+(?=to\s+[a-z])"),
        ("like", r"\bwould\s+like\s+to\b"),
        ("going", r"\b(?:is|are|am|'re|'s)\s+going\s+to\s+(?=[\"'\u201c\u2018]?[a-z])"),
        ("designed", r"\b(?:designed|established|set\s+up|created|formed|founded|intended|meant|launched)\s+to\s+(?=[\"'\u201c\u2018]?[a-z])"),
        ("aimedat", r"\baimed\s+at\s+(?=\w+ing\b)"),
        ("progressive", r"\b(?:is|are|was|were|am|'s|'re)\s+(?:(?:also|now|currently|still|reputedly|reportedly|already|actively)\s+)*(?:planning|preparing|working\s+on|working\s+towards?|seeking|looking\s+for|looking\s+to|considering|negotiating|in\s+(?:negotiations|talks))\b"),
        ("being", r"\bbeing\s+(?:sought|considered|planned|prepared|negotiated|drawn\s+up|finalised|finalized)\b"),
        ("tobe", r"\b(?<!\bis\s)(?<!\bare\s)\w+\s+to\s+be\s+(?:based|built|opened|completed|launched|located|sited|housed|set\s+up|established|created|developed|constructed|delivered|introduced|rolled\s+out|held|finished|installed)\b"),
        ("target", r"\btargets?\b"),
        ("priority", r"\b(?:made|make|makes|making)\b[^.;,]{0,60}?\bpriority\b|\btop\s+of\s+(?:the|its|their)\s+agenda\b"),
        ("focus", r"\b(?:a|an|the|its|their|main|key|primary|prominent|major|new|particular|special)\s+(?:\w+\s+)?focus\s+(?:for|of)\b|\bareas?\s+of\s+focus\b"),
        ("planned", rf"\b(?:its|the|a|an|their|his|her)\s+(?:(?:{_MONEY}|\d[\d,.]*%?)\s+)?(?:planned|projected|targeted)\s+(?=[a-z$£€¥\d])"),
        ("noun", rf"\b(?:{nouns})\b{gap}\s+to\s+(?=[\"'\u201c\u2018]?[a-z])"),
        ("money", rf"(?:{_MONEY}){short_gap}\s+to\s+(?=[\"'\u201c\u2018]?[a-z])"),
        ("purpose", r"\bto\s+(?:help\s+)?(?=[a-z])"),
        ("continued", r"\bto\s+(?=[a-z])"),
        ("withtarget", r",\s+with\s+(?:a|an)\s+(?:\w+\s+){0,3}(?:figure|target|goal|aim)\b"),
        ("schedule", r"\b(?:launch|opening|completion|start|debut|rollout|roll-out|release)\s+(?:date\s+)?(?:is|will\s+be|is\s+set\s+for|is\s+scheduled\s+for|is\s+due)\b"),
    ]
    return [(kind, re.compile(regex)) for kind, regex in table]


_NEXT_WORD = re.compile(r"[\s\"'\u201c\u2018]*([A-Za-z][\w'\u2019-]*)")
_ADVERBS_AFTER_MODAL = frozenset("also now then still soon initially first eventually only jointly each both further again".split())


def _word_after(text: str, pos: int, skip_adverbs: bool = True) -> tuple[str, int]:
    """The next word at or after pos (skipping adverbs after a modal), and where it ends."""
    while True:
        m = _NEXT_WORD.match(text, pos)
        if not m:
            return "", pos
        word = m.group(1)
        if skip_adverbs and word.lower() in _ADVERBS_AFTER_MODAL:
            pos = m.end()
            continue
        return word, m.end()


def _infinitive(text: str, pos: int) -> str:
    """The verb after "to" at pos (pos is just after "to" or at the verb)."""
    word, _ = _word_after(text, pos, skip_adverbs=False)
    return word


def _verbish(word: str, strict: bool = False) -> bool:
    """Whether the word after "to" is a verb. Strictly (after a noun or an amount, where "to"
    is often a preposition: "commitment to excellence", "$35,000 to local charities") only
    known verbs and verb-like endings pass."""
    low = word.lower()
    if not word or not word[0].islower():
        return False
    if low in words("action_verbs.txt") or low == "be":
        return True
    if strict:
        return low.endswith(("ise", "ize", "ate", "ify", "en")) and not low.endswith("ing")
    return low not in FUNCTION_WORDS and not low.endswith("ly") and low.isalpha()


# Words that cannot sit between a goal noun or an amount and its "to" + verb: a verb of its own
# there means the infinitive belongs to another clause ("investment ... was needed to ensure").
_GAP_STOP = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|must|said|says|"
    r"gives?|gave|makes?|made|helps?|helped|allows?|allowed|enables?|forced|used|needed|needs|wants?|"
    r"not|never|attracted|attracts|uses|providing|which|that|who)\b", re.I)


# ---------------------------------------------------------------- the finder


def extract_goals(parsed: ParsedArticle, names: Names) -> list[Goal]:
    state = _State()
    goals: list[Goal] = []
    items = _list_items(parsed)
    for sentence in parsed.sentences:
        for start, end in _units(parsed.text, sentence.start, sentence.end):
            for item in (i for i in items if start <= i[0] < end):
                goals.append(_goal(parsed, names, state, item[0], item[0], item[1], "list"))
            for cue in _cues(parsed, start, end):
                if _covered(state, cue.verb) or _in_quote(parsed, cue.verb):
                    continue
                goal_end = _clause_end(parsed.text, cue.verb, _continued_end(parsed, sentence, end))
                if cue.kind == "planned":
                    goal_end = _phrase_end(parsed.text, cue.verb, goal_end)
                if goal_end <= cue.start or not _accept(parsed, cue, start, goal_end, end):
                    continue
                goals.append(_goal(parsed, names, state, cue.start, cue.verb, goal_end, cue.kind, start))
    return _unique(goals)


def _continued_end(parsed: ParsedArticle, sentence, end: int) -> int:
    """A sentence broken by a stray paragraph break ("will receive $693,550 over five" /
    "years to investigate ...") runs on into the next one when that opens in lower case."""
    if end != sentence.end:
        return end
    index = parsed.sentences.index(sentence)
    if index + 1 < len(parsed.sentences):
        nxt = parsed.sentences[index + 1]
        if parsed.text[nxt.start:nxt.start + 1].islower():
            return nxt.end
    return end


def _phrase_end(text: str, start: int, end: int) -> int:
    """A noun phrase ("the planned $250 million investment into Food HQ") ends at a comma."""
    m = re.search(r",|\s(?:a|an)\s(?=\w+\s(?:of|between|with)\b)", text[start:end])
    return start + m.start() if m else end


def _units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence's lines: list items set out on lines of their own are separate units."""
    out = []
    pos = start
    for m in re.finditer(r"\n", text[start:end]):
        cut = start + m.start()
        if text[pos:cut].strip():
            out.append(_trim(text, pos, cut))
        pos = cut + 1
    if text[pos:end].strip():
        out.append(_trim(text, pos, end))
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cues(parsed: ParsedArticle, start: int, end: int) -> list[_Cue]:
    text = parsed.text
    found: list[_Cue] = []
    for kind, pattern in _patterns():
        for m in pattern.finditer(text, start, end):
            cue = _make_cue(text, kind, m, start, end)
            if cue is not None:
                found.append(cue)
    found.sort(key=lambda c: (c.verb, c.start))
    return found


def _make_cue(text: str, kind: str, m: re.Match, start: int, end: int) -> _Cue | None:
    if kind in ("will", "would", "could"):
        word, _ = _word_after(text, m.end())
        if kind == "would" and word.lower() == "like":
            return None  # the "like" pattern owns it
        return _Cue(m.start(), m.start(), kind)
    if kind in ("verb", "set", "expected", "isto", "going", "designed"):
        following = _infinitive(text, m.end())
        # after a passive participle ("a query is resolved to mutual satisfaction") "to" is
        # often a preposition: only a known verb makes it an infinitive
        passive = kind == "verb" and re.search(r"\b(?:is|are|was|were|be|been|being)\s+$", text[max(0, m.start() - 8):m.start()])
        if not _verbish(following, strict=bool(passive)):
            return None
        if kind == "isto" and following.lower() == "blame":
            return None  # "is to blame": responsible, not a plan
        return _Cue(m.start(), m.start(), kind)
    if kind == "due":
        following = _infinitive(text, m.end())
        if m.group().lower().startswith("due to"):
            if following.lower() not in words("action_verbs.txt"):
                return None
            return _Cue(m.start(), m.start(), kind)
        return _Cue(m.start(), m.start(), kind, needs_date=True)
    if kind in ("copula", "noun", "money"):
        to = m.end() if kind == "copula" else text.rfind("to", m.start(), m.end())
        after = to + 2
        if not _verbish(_infinitive(text, after), strict=kind != "copula"):
            return None
        if kind != "copula" and _GAP_STOP.search(text[m.start():to]):
            return None
        if kind == "noun" and re.search(r"\b(?:will|would|could|may|might|must|should|can|do|does|did|to)\s+$",
                                        text[max(0, m.start() - 8):m.start()], re.I):
            return None  # "will need to raise": after a modal the word is a verb, not a goal noun
        return _Cue(to, m.start(), kind)
    if kind == "purpose":
        if not _verbish(_infinitive(text, m.end()), strict=True):
            return None
        return _Cue(m.start(), m.start(), kind, needs_date=True)
    if kind == "continued":
        if m.start() != start or not _verbish(_infinitive(text, m.end()), strict=True):
            return None
        if not re.search(rf"(?:{_MONEY})\s*$", text[max(0, start - 60):start]):
            return None  # a sentence cut after an amount ("awarded $82,689" / "to study ...")
        return _Cue(m.start(), m.start(), kind)
    if kind == "withtarget":
        at = text.find("with", m.start()) + 5
        return _Cue(at, at, kind, needs_date=True)
    if kind in ("target", "priority", "focus", "schedule"):
        return _Cue(start, m.start(), kind, needs_date=kind in ("schedule",))
    if kind == "tobe":
        to = text.find(" to ", m.start(), m.end())
        word = text[m.start():to].lower()
        if word in {"expected", "going", "due", "set", "scheduled", "likely", "able", "need", "needs",
                    "has", "have", "had", "seems", "appear", "appears", "ought", "used", "want", "wants",
                    "is", "are", "was", "were", "yet"}:
            return None
        return _Cue(to + 1, to + 1, kind)
    return _Cue(m.start(), m.start(), kind)


def _in_quote(parsed: ParsedArticle, pos: int) -> bool:
    return any(q.start <= pos < q.end for q in parsed.quotes_in(pos, pos + 1))


def _covered(state: _State, pos: int) -> bool:
    return any(a <= pos < b for a, b in state.covered)


# ---------------------------------------------------------------- clause limits

_TAIL = re.compile(
    r"\s*;|\s+but\s|,\s+(?:while|whereas|although|though)\s"
    r"|,\s+(?:and\s+)?(?:aiming|planning|hoping|seeking|intending|looking|expecting)\s+to\b"
    r"|,\s+with\s+(?:a|an)\s+(?:\w+\s+){0,3}(?:figure|target|goal|aim)\b"
    r"|,\s+(?:[^,;:]{0,70}?\s)?(?:has\s+|have\s+|had\s+)?(?:said|says|announced|reported|reports|added|told|stated|confirmed|according\s+to)\b"
    r"|\s+(?:--|\u2014|\u2013)\s")


def _clause_end(text: str, cue: int, end: int) -> int:
    m = _TAIL.search(text, cue + 1, end)
    stop = m.start() if m else end
    while stop > cue and (text[stop - 1].isspace() or text[stop - 1] in ".,;:!?"):
        stop -= 1
    return stop


def _clause_start(text: str, unit_start: int, cue: int) -> int:
    """Where the cue's clause begins: after a reporting verb, a colon or a semicolon."""
    region = text[unit_start:cue]
    best = 0
    for m in re.finditer(r"[:;]\s*|\b(?:said|says|say|told\s+(?:[A-Z][\w']*\s+){0,5}|announced|confirmed|"
                         r"stated|added|adding|saying|revealed|disclosed|indicated|insisted|believes|hoped|hopes|"
                         r"that|which|who|because)\s+", region):
        best = m.end()
    return unit_start + best


# ---------------------------------------------------------------- acceptance


@cache
def _frame_pattern(name: str) -> re.Pattern:
    return re.compile(r"\b(?:" + _alternation(name) + r")\b", re.I)


def _accept(parsed: ParsedArticle, cue: _Cue, unit_start: int, goal_end: int, unit_end: int | None = None) -> bool:
    text = parsed.text
    clause_start = cue.verb if cue.kind == "withtarget" else _clause_start(text, unit_start, cue.verb)
    before = text[unit_start:cue.verb]
    sentence = text[unit_start:max(goal_end, unit_end or goal_end)]
    if _frame_pattern("non_goal_frames.txt").search(text[unit_start:goal_end]):
        return False
    if _generic_subject(_subject_words(text, clause_start, cue.verb)):
        return False
    if _GENERIC_RELATIVE.search(text, max(unit_start, clause_start - 30), clause_start):
        return False  # "Those who want to attend will need to register": people in general
    if _inanimate_subject(text, cue, clause_start):
        return False
    if re.search(r"\?\s*$", text[cue.verb:goal_end + 2]):
        return False
    if _third_party(sentence):
        return False
    words_before = before.lower().split()
    if words_before and words_before[-1] in PAST_MARKERS and cue.kind not in ("will", "would", "could"):
        return False
    has_date = bool(_live_dates(parsed, cue.verb, goal_end))
    if cue.needs_date and not has_date:
        return False
    if cue.kind in ("noun", "money") and re.search(r"\b(?:not|never)\b", text[clause_start:cue.start]):
        return False
    if _negated(text, clause_start, cue.verb) or _event_subject(text, clause_start, cue.verb):
        return False
    if _contract_term(text, cue.verb, goal_end) or _received_only(text, cue.verb, goal_end):
        return False
    check = _CHECKS.get(cue.kind)
    return check is None or check(text, cue, clause_start, goal_end, sentence, has_date)


_NEGATOR_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|nor|without)|n['\u2019]t)\s+(?!doubt\b)(?:[\w'\u2019-]+\s+){0,2}$", re.I)


def _negated(text: str, clause_start: int, cue: int) -> bool:
    """"does not intend to", "has no plans to", "never planned to": an intention denied."""
    return bool(_NEGATOR_BEFORE.search(text, clause_start, cue))


def _event_subject(text: str, clause_start: int, cue: int) -> bool:
    """"The final is scheduled for Saturday": an event is held; it has no plan of its own."""
    subject = _subject_words(text, clause_start, cue)
    while subject and subject[-1] in _SUBJECT_TRAILERS:
        subject.pop()
    return bool(subject) and subject[-1] in words("non_goal_events.txt")


# "The deal would end in 2006", "the lease expires next year": a term running out, not an act.
_TERM_END = re.compile(
    r"^\S+(?:\s+\S+){0,3}?\s+(?:end|expire|lapse|run\s+out|run\s+until|run\s+to)\s+"
    r"(?:in|on|at|by|until|after|before|next|this|early|late|later|around|\d)", re.I)


def _contract_term(text: str, cue: int, end: int) -> bool:
    return bool(_TERM_END.match(text[cue:min(end, cue + 80)] + " "))


_PURPOSE_AFTER = re.compile(
    r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b|\bfor\s+(?:a|an|the|its|their|his|her)?\s*"
    r"(?:[\w-]+\s+){0,3}?(?:project|projects|programme|programmes|program|programs|research|study|studies|"
    r"scheme|initiative|work|development|construction)\b")


def _received_only(text: str, cue: int, end: int) -> bool:
    """"X is to receive a payment from Y": receiving is done to X. Only a purpose in the clause
    ("will receive $2m to study ...", "funding for a project to ...") makes it X's goal."""
    m = re.match(r"\S+(?:\s+(?:to|be|\w+ly))*\s+([a-z]+)\b", text[cue:end])
    if not m or m.group(1).lower() not in words("non_goal_receiving.txt"):
        return False
    return not _PURPOSE_AFTER.search(text, cue + m.end(), end)


def _third_party(before: str) -> bool:
    """"Analysts expect ...", "according to economists": the words are someone else's forecast."""
    subjects = _frame_pattern("non_goal_subjects.txt")
    return bool(subjects.search(before)) and bool(
        re.search(r"\b(?:expects?|expected|forecasts?|predicts?|said|say|says|believes?|think|thinks|estimates?|according)\b", before, re.I))


def _subject_words(text: str, clause_start: int, cue: int) -> list[str]:
    return re.findall(r"[\w'\u2019]+", text[clause_start:cue].lower())


_GENERIC_RELATIVE = re.compile(r"\b(?:those|anyone|everyone|people|someone|whoever|all)\s+who\s+$", re.I)
_QUANTIFIERS = frozenset("each many most some others everyone anyone nobody neither either".split())


_MODALS = frozenset("will would could shall may might can should must".split())
_POSTMODIFIERS = frozenset("of in for from with at on across near that which who whose".split())
_INANIMATE_KINDS = ("will", "would", "could", "expected", "set", "isto", "going")
_PASSIVE = re.compile(
    r"(?:\w+ly\s+)?(?:be|been|have\s+been)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en|wn)|cut|set|put|run|held|built|"
    r"sold|paid|done|made|spent|sent|kept|shut|brought|bought|met|led|won|lost|begun|struck|laid)\b", re.I)
_RELEASE_VERBS = frozenset("launch debut arrive ship go hit come enter start begin roll".split())


def _subject_head(subject: list[str]) -> str | None:
    """The head noun of a subject: the word before its first post-modifier ("shares of these
    companies", "investors looking for income"), else its last word. In "X will A and will B"
    the second modal's subject is X."""
    for i, word in enumerate(subject):
        if word in _MODALS:
            subject = subject[:i]
            break
    while subject and subject[-1] in _SUBJECT_TRAILERS:
        subject = subject[:-1]
    if not subject:
        return None
    for i in range(1, len(subject)):
        word, before = subject[i], subject[i - 1]
        if before in FUNCTION_WORDS:
            continue
        if word in _POSTMODIFIERS or (word.endswith("ing") and len(word) > 5):
            return before
    return subject[-1]


def _verb_start(text: str, cue: _Cue) -> int:
    """Where the verb group after the cue's modal or "to" begins."""
    if cue.kind in ("will", "would", "could"):
        return text.find(" ", cue.verb)
    m = re.compile(r"\bto\s+").search(text, cue.verb)
    return m.end() if m else cue.verb


def _inanimate_subject(text: str, cue: _Cue, clause_start: int) -> bool:
    """A subject that cannot intend: a market or weather quantity ("Prices will rise", "Inflation is
    expected to ease"), a product described by what it does ("The phone will feature ..."), or a
    measure weighed by its effect ("the policy would do little ..."). A passive ("output will be
    cut", "the SUVs will be built") still reports someone's plan."""
    if cue.kind not in _INANIMATE_KINDS:
        return False
    head = _subject_head(_subject_words(text, clause_start, cue.verb))
    if head is None:
        return False
    at = _verb_start(text, cue)
    if _PASSIVE.match(text, at + 1 if text[at:at + 1] == " " else at):
        return False
    if head in words("non_goal_forecasts.txt"):
        return True
    verb, _ = _word_after(text, at)
    if head in words("non_goal_products.txt"):
        if verb.lower() == "be":
            return not re.match(r"\s+(?:\w+ly\s+)?(?:available|on\s+sale|out)\b", text[at + 3:at + 40])
        return verb.lower() not in _RELEASE_VERBS
    # "the plan would see the firm cut 500 jobs", "the deal would take place in May" still tell of acts
    return cue.kind in ("would", "could") and head in words("non_goal_measures.txt") \
        and verb.lower() not in ("see", "take", "go")


def _generic_subject(subject: list[str]) -> bool:
    """People in general ("Viewers will be able to ...", "Each will spend ...", "some
    individuals are considering ...") hold no plan of their own."""
    generic = words("generic_subjects.txt")
    if not subject:
        return False
    if subject[0] in ("neither", "either"):
        return True  # "neither party would ...": a judgement about both, no one's plan
    if subject[0] in _QUANTIFIERS:
        return len(subject) == 1 or subject[1] in ("of", "individuals", "people")
    return subject[-1] in generic or " ".join(subject[-2:]) in generic or _subject_head(subject) in generic


def _check_modal(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    word, after = _word_after(text, text.find(" ", cue.verb))
    while word.lower().endswith("ly") and word.lower() not in ("likely", "only"):
        word, after = _word_after(text, after)
    low = word.lower()
    if low == "go" and re.match(r"\s+(?:ahead|on)\b", text[after:after + 8]):
        return True  # "would go ahead", "would go on all night": an action carried on
    if low in words("hedges.txt") or low in words("prediction_verbs.txt") or low in ("no", "never"):
        return False
    if re.match(r"\S+\s+(?:[\w,]+\s+){0,3}?(?:not|never)\b(?!\s+only)", text[cue.verb:cue.verb + 60]) \
            and not re.search(r"\b(?:until|till|before)\b", text[cue.verb:end]):
        return False  # "will not be taking part": refused; "will not be revealed until ..." is deferred
    if re.match(r"\s*[\"\u201c\u2018']", text[text.find(" ", cue.verb):after]):
        return False  # the verb itself is quoted: the speaker's words, not the actor's plan
    if low == "have" and (cue.kind != "will" or re.match(r"\s+(?:to\b|been\b|\w+(?:ed|en)\b)", text[after:after + 20])):
        return False  # "will have to", "will have graduated": obligation or a future perfect
    if low == "be" and re.match(r"\s*(?:[$£€¥]|\d)", text[after:after + 3]):
        return False  # "will be $40m": an amount, not an action
    if re.search(r"\b(?:who|what)\s+(?:\w+\s+)?$", text[clause_start - 12 if clause_start >= 12 else 0:cue.verb]):
        return False
    if low == "be":
        if re.match(r"\s*[\"\u201c\u2018']", text[after:after + 3]):
            return False
        nxt, _ = _word_after(text, after)
        if nxt.lower() in {"able", "important", "difficult", "hard", "easy", "better", "possible", "necessary",
                           "crucial", "vital", "key", "interesting", "fun", "good", "bad", "great", "worse",
                           "unlikely", "likely", "sufficient", "enough", "in", "a", "an", "the", "no", "very",
                           "more", "less", "much", "too", "so", "there", "here", "affected", "seen", "hit",
                           "without"} - {"able"}:
            return False
    subject = _subject_words(text, clause_start, cue.verb)
    if subject and subject[0] in ("this", "that", "these", "those", "which") and len(subject) == 1:
        return False  # "This will shift ...": a consequence of what came before
    if subject and subject[-1] in ABSTRACT_SUBJECTS:
        return False
    if cue.kind == "will":
        return True
    reported = re.search(r"(?<!\bnot\s)\b(?:" + _alternation("goal_reporting.txt") + r")\b", sentence)
    if cue.kind == "would":
        return reported is not None or low in words("goal_verbs.txt")
    plans = re.search(r"\b(?:plans?|proposals?)\b", sentence, re.I)
    return bool(plans) or (reported is not None and has_date)


def _check_expected(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    return has_date and not re.search(r"\bexpected\s+by\b", text[cue.verb:end])


def _check_going(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    return not re.match(r"\s*be\b", text[cue.verb:end].split("to", 1)[-1])


_RAISING_BEFORE = re.compile(
    r"\b(?:expected|set|due|likely|unlikely|going|able|about|scheduled|slated|poised|bound|seems?|"
    r"appears?|tends?|forecast|predicted|projected|estimated)\s+$", re.I)


def _check_purpose(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    """"... combined to help boost exports to $60 billion by 2025": a purpose with a due date. The
    "to" of "is expected to", "is likely to" belongs to that frame, which has been judged already."""
    if _RAISING_BEFORE.search(text, max(0, cue.verb - 30), cue.verb):
        return False
    found = dates.find_dates(text, cue.verb, end)
    return any(d.relation == "by" for d in found)


def _check_isto(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    subject = _subject_words(text, clause_start, cue.verb)
    return not (subject and subject[-1] in ABSTRACT_SUBJECTS)


def _check_set(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    # "can be set to meet demand" is an adjustment, not a schedule
    return not re.search(r"\b(?:can|could|would|should|may|might|must|to)\s+be\s+$", text[max(0, cue.verb - 20):cue.verb + 3])


def _check_designed(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    lead = text[max(0, cue.verb - 25):cue.verb]
    if re.search(r"\boriginally\s+$", lead):
        return False
    # "was launched to build on ...": the purpose of a past act, not a plan still to carry out;
    # "is designed to", "an entity established to promote" describe a standing purpose
    past_act = re.match(r"(?:launched|established|set\s+up|created|formed|founded)\b", text[cue.verb:cue.verb + 12])
    return not (past_act and re.search(r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?$", lead))


_COMPARED = re.compile(
    r"\b(?:below|above|beneath|under|over|short\s+of|behind|ahead\s+of|beyond|against|than|versus|"
    r"compared\s+(?:with|to)|exceeding|exceeds?|outstripping|trailing)\s+(?:[\w'\u2019-]+\s+){0,4}$")


def _check_target(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    lead = text[max(clause_start, cue.verb - 40):cue.verb].lower()
    if re.search(r"\b(?:reach|reached|met|meet|hit|achieved|achieve|missed|surpassed|beat|exceeded|therapeutic)\b", lead):
        return False
    if re.search(r"\bprice\s+$", lead):
        return False  # "a price target of $70": an analyst's view of a share price, no one's aim
    if _COMPARED.search(lead):
        return False  # "well below the industry target of 85%": a benchmark a figure is measured by
    clause = text[cue.verb:end]
    raised = re.search(r"\b(?:raised|lowered|cut|revised|set|increased|doubled)\b", lead + " " + clause[:60])
    return has_date or raised is not None or bool(re.search(r"\d", clause))


def _check_progressive(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    return not re.search(r"\b(?:was|were)\s+(?:\w+\s+)?(?:considering|negotiating)\b", text[cue.verb:cue.verb + 40])


def _check_planned(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    """"the $50 million projected total" is a target; "a projected deficit" is a forecast."""
    m = re.search(r"\b(projected|targeted|planned)\s+([\w-]*)", text[cue.verb:end])
    if not m:
        return False
    return m.group(1) != "projected" or m.group(2).lower() not in words("non_goal_projected.txt")


_CHECKS = {
    "will": _check_modal, "would": _check_modal, "could": _check_modal,
    "expected": _check_expected, "isto": _check_isto, "set": _check_set,
    "designed": _check_designed, "going": _check_going, "purpose": _check_purpose, "target": _check_target, "progressive": _check_progressive,
    "planned": _check_planned,
}


# ---------------------------------------------------------------- lists


def _list_items(parsed: ParsedArticle) -> list[tuple[int, int]]:
    """Items introduced by a lead-in that names plans: "Other plans include:" then lines or
    numbered paragraphs; "proposals to: Spend ..." then sentences opening with a bare verb."""
    text = parsed.text
    lead_words = _frame_pattern("list_lead_words.txt")
    items: list[tuple[int, int]] = []
    sentences = parsed.sentences
    for i, sentence in enumerate(sentences):
        body = text[sentence.start:sentence.end]
        colon = body.find(":")
        if colon < 0 or _in_quote(parsed, sentence.start + colon):
            continue
        lead = body[:colon]
        if not (lead_words.search(lead) or re.search(r"\binclude\s*$", lead.strip(), re.I)):
            continue
        if lead.count('"') + lead.count("\u201c") > 0 or _frame_pattern("non_goal_frames.txt").search(lead):
            continue
        rest = sentence.start + colon + 1
        tail = _trim(text, rest, sentence.end)
        if tail[0] < tail[1]:
            items.extend(_lines_as_items(text, tail[0], tail[1]))
            items.extend(_bare_verb_followers(parsed, i + 1))
        else:
            items.extend(_following_items(parsed, i + 1))
    return [it for it in items if not _in_quote(parsed, it[0])]


_MARKER = re.compile(r"\s*(?:[-*\u2022\u00b7\u25aa]|\u00e2\u0080\u00a2|\d{1,2}\s*\\?[.)]|\(?[a-z]\))\s+")


def _lines_as_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for a, b in _units(text, start, end):
        m = _MARKER.match(text, a, b)
        a = m.end() if m else a
        b = _clause_end(text, a, b)
        if b > a and len(text[a:b].split()) >= 2:
            out.append((a, b))
    return out


def _following_items(parsed: ParsedArticle, index: int) -> list[tuple[int, int]]:
    text = parsed.text
    out: list[tuple[int, int]] = []
    marked = None
    while index < len(parsed.sentences) and len(out) < 15:
        sentence = parsed.sentences[index]
        body = text[sentence.start:sentence.end]
        if _MARKER.fullmatch(body + " ") and index + 1 < len(parsed.sentences):
            marked = True  # "1." split off as a sentence of its own: the next one is the item
            index += 1
            sentence = parsed.sentences[index]
            body = "- " + text[sentence.start:sentence.end]
        is_marked = bool(_MARKER.match(body))
        lines_ = _units(text, sentence.start, sentence.end)
        if marked is None:
            marked = is_marked
        if marked and not is_marked:
            break
        if not marked and len(lines_) == 1 and (len(body.split()) > 30 or re.search(r"[.!?]\W*$", body)):
            break
        out.extend(_lines_as_items(text, sentence.start, sentence.end))
        index += 1
        if not marked and len(lines_) > 1:
            # an unmarked list is the lines of one block; the sentence splitter may cut it further
            while index < len(parsed.sentences) and parsed.sentences[index].paragraph == sentence.paragraph:
                nxt = parsed.sentences[index]
                out.extend(_lines_as_items(text, nxt.start, nxt.end))
                index += 1
            break
    return out


def _bare_verb_followers(parsed: ParsedArticle, index: int) -> list[tuple[int, int]]:
    """Sentences after an inline list that open with a bare verb ("Use $10 million for ...")."""
    out = []
    text = parsed.text
    while index < len(parsed.sentences):
        sentence = parsed.sentences[index]
        first = re.match(r"\s*([A-Z][a-z]+)\b", text[sentence.start:sentence.end])
        if not first or first.group(1).lower() not in words("action_verbs.txt"):
            break
        out.append((sentence.start, _clause_end(text, sentence.start, sentence.end)))
        index += 1
    return out


# ---------------------------------------------------------------- building the goal


def _goal(parsed: ParsedArticle, names: Names, state: _State, start: int, verb: int, end: int,
          kind: str, unit_start: int | None = None) -> Goal:
    text = parsed.text
    clause_start = _clause_start(text, unit_start, verb) if unit_start is not None else start
    if kind == "withtarget":
        clause_start = verb
    # a date in an earlier goal of the same sentence is that goal's, not this one's
    clause_start = max([clause_start] + [b for a, b in state.covered if clause_start <= b <= verb])
    state.covered.append((min(start, verb), end))
    actor = _actor(parsed, names, state, unit_start if unit_start is not None else start, clause_start, verb)
    deadline = _deadline(parsed, state, clause_start, verb, end)
    goal_text = " ".join(text[start:end].split())
    return Goal(text=goal_text, actor=actor, deadline=deadline, evidence=[parsed.evidence(start, end)])


def _live_dates(parsed: ParsedArticle, start: int, end: int) -> list[dates.DateMention]:
    found = dates.find_dates(parsed.text, start, end, parsed.article.date)
    return [d for d in found if d.relation != "past"]


def _deadline(parsed: ParsedArticle, state: _State, clause_start: int, verb: int, end: int) -> str | None:
    mentions = _live_dates(parsed, verb, end)
    mentions += [d for d in _live_dates(parsed, clause_start, verb) if d.relation == "by"]
    fronted = _fronted_date(parsed, clause_start, verb)
    if fronted is not None and fronted not in mentions:
        mentions.append(fronted)
    chosen = dates.pick_deadline(mentions) or _next_sentence_date(parsed, end)
    if chosen is None and re.search(r"\b(?:the\s+same|that)\s+period\b", parsed.text[verb:end], re.I):
        return state.last_period
    deadline = dates.deadline_of(chosen)
    if chosen is not None and chosen.relation == "period" and deadline.value:
        state.last_period = deadline.value
    return deadline.value


def _next_sentence_date(parsed: ParsedArticle, end: int) -> dates.DateMention | None:
    """"... working on a new system. However this is not likely to appear until 2006.": a next
    sentence about "this"/"it" may carry the date the goal is due by."""
    sentence = parsed.sentence_at(max(0, end - 1))
    if sentence is None:
        return None
    index = parsed.sentences.index(sentence)
    if index + 1 >= len(parsed.sentences):
        return None
    nxt = parsed.sentences[index + 1]
    if not re.match(r"(?:(?:however|but|and)\W+)?(?:this|it|that)\b", parsed.text[nxt.start:nxt.end], re.I):
        return None
    found = [d for d in _live_dates(parsed, nxt.start, nxt.end) if d.relation == "by"]
    return dates.pick_deadline(found)


def _fronted_date(parsed: ParsedArticle, clause_start: int, verb: int) -> dates.DateMention | None:
    """"By the end of 2004 Microsoft aims ...", "Over the next 10 years UC will ...": a date that
    opens the clause belongs to its goal."""
    text = parsed.text
    lead = re.match(r"\s*(?:by|before|until|over|within|in|during|from|early|later|next)?\b", text[clause_start:verb], re.I)
    found = dates.find_dates(text, clause_start, verb, parsed.article.date)
    if not found or found[0].relation == "past":
        return None
    first = found[0]
    opener = text[clause_start:first.start].strip().lower()
    if opener in ("", "by", "before", "until", "over", "within", "in", "during", "from", "early", "later") and lead:
        return first
    return None


def _actor(parsed: ParsedArticle, names: Names, state: _State, unit_start: int, clause_start: int, verb: int) -> str | None:
    text = parsed.text
    subject = _clean_subject(text, clause_start, verb)
    if not subject or subject.lower() in PRONOUNS:
        subject = _antecedent(parsed, names, state, unit_start, clause_start, (subject or "").lower())
    else:
        subject = _named(names, text, clause_start, verb, subject)
    if subject:
        state.last_actor, state.last_at = subject, verb
    return subject


_PERSON_PRONOUNS = frozenset("he she his her".split())


def _antecedent(parsed: ParsedArticle, names: Names, state: _State, unit_start: int, clause_start: int,
                pronoun: str) -> str | None:
    """Who "it"/"they"/"he" is: the reporter of the same sentence ("Gazprom said it would"), when
    the reporter is the right kind (a chairman does not say "it"; his company is meant); else
    the nearest organisation or person named just before; else the previous goal's actor."""
    text = parsed.text
    want = "person" if pronoun in _PERSON_PRONOUNS else "organisation"
    verb = _reporting_verb_start(text, unit_start, clause_start)
    reporter = _clean_subject(text, unit_start, verb) if verb is not None else None
    if reporter and reporter.lower() not in PRONOUNS:
        kinds = {m.kind for m in names.in_span(unit_start, verb)}
        if want == "organisation" and "person" in kinds and "organisation" not in kinds:
            owner = re.match(r"(.+?)['\u2019]s?\s", reporter)
            return owner.group(1) if owner else _nearest(names, text, unit_start, want) or reporter
        if want == "organisation" and not kinds:
            owner = re.match(r"(.+?)['\u2019]s?\s+(?:[a-z][\w-]*\s*){1,3}$", reporter)
            if owner and reporter.split()[-1].lower() in _ROLE_HEADS:
                return owner.group(1)
        return reporter
    if state.last_actor and clause_start - state.last_at < 300:
        return state.last_actor  # the goal just before is about the same actor
    nearest = _nearest(names, text, clause_start, want) if pronoun else None
    return nearest or state.last_actor


_ROLE_HEADS = frozenset("chairman chairwoman chair spokesman spokeswoman spokesperson chief boss director "
                        "president executive head minister secretary official officials".split())


def _nearest(names: Names, text: str, before: int, kind: str) -> str | None:
    """The last organisation (or person) named in the 400 characters before `before`."""
    found = [m for m in names.in_span(max(0, before - 400), before) if m.kind == kind]
    if not found:
        return None
    entity = names.entity_of(found[-1])
    return entity.name if entity else found[-1].text


@cache
def _reporting_pattern() -> re.Pattern:
    return re.compile(r"\b(?:has\s+|have\s+|had\s+)?(?:" + _alternation("goal_reporting.txt") +
                      r"|believes|hoped|hopes)\b")


def _reporting_verb_start(text: str, unit_start: int, clause_start: int) -> int | None:
    """The first reporting verb of the sentence: its subject is who reports the plan."""
    m = _reporting_pattern().search(text, unit_start, clause_start)
    return m.start() if m else None


def _clean_subject(text: str, start: int, end: int) -> str | None:
    region = " ".join(text[start:end].split())
    region = _LEADING_ADVERBS.sub("", region)
    if _PREPOSITION_OPENER.match(region):
        if "," in region:
            region = region.split(",", 1)[1].strip()
        else:
            found = dates.find_dates(region)
            if found and found[0].start < 25:
                region = region[found[0].end:].strip()
    region = _LEADING_ADVERBS.sub("", region)
    region = re.split(r",|\s[\u2013\u2014-]\s|\(", region, maxsplit=1)[0].strip()
    tokens = region.split()
    while tokens and tokens[-1].lower().strip(",") in _SUBJECT_TRAILERS:
        tokens.pop()
    if not tokens or len(tokens) > 12:
        return None
    return " ".join(tokens).strip(" ,;:\"'\u201c\u201d")


def _named(names: Names, text: str, start: int, end: int, subject: str) -> str:
    """"Chinese smartphone company Oppo" is Oppo: a descriptor before one name gives the name."""
    mentions = [m for m in names.in_span(start, end) if m.kind in ("person", "organisation")]
    if len(mentions) != 1:
        return subject
    mention = mentions[0]
    if not subject.endswith(mention.text) or subject == mention.text:
        return subject
    descriptors = subject[: -len(mention.text)].split()
    if all(w[:1].islower() or w.lower() in ("the",) for w in descriptors):
        entity = names.entity_of(mention)
        return entity.name if entity else mention.text
    return subject


def _unique(goals: list[Goal]) -> list[Goal]:
    """One item per goal: a goal restated later in the article (a wire story's lede repeated in its
    body, a release's summary line) adds nothing when its words are nearly all those of a goal kept."""
    seen = set()
    out: list[Goal] = []
    kept_words: list[set[str]] = []
    for goal in goals:
        ev = goal.evidence[0]
        key = (ev.start, ev.end)
        if key in seen or not goal.text:
            continue
        seen.add(key)
        mine = _content_words(goal.text)
        if len(mine) >= 3 and any(len(mine & other) >= 0.8 * len(mine) for other in kept_words):
            continue
        kept_words.append(mine)
        out.append(goal)
    return out


def _content_words(text: str) -> set[str]:
    return {w for w in re.findall(r"[a-z0-9][\w'\u2019-]*", text.lower()) if w not in FUNCTION_WORDS
            and w not in _MODALS and w not in _SUBJECT_TRAILERS}
