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

from briefs.boilerplate import dateline_end
from briefs.extract import dates
from briefs.extract.lexicon import lines, words
from briefs.extract.names import Names
from briefs.model import Goal
from briefs.text import ParsedArticle, Triggers, may_hold, trim, words as words_of

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
    r"separately|instead|still|then|either\s+way|in\s+any\s+case|anyway|even\s+so)\b[,\s]*)+", re.I)
_PREPOSITION_OPENER = re.compile(
    r"^(?:in|on|by|over|at|after|during|since|following|under|with|as|according|for|from|before|"
    r"within|last|next|this|early|later|earlier|until"
    # a fronted time or participle clause: "Two days after ...,", "A week later,", "Citing weak demand,"
    r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|\d+)\s+"
    r"(?:hours?|days?|weeks?|months?|years?)\s+(?:after|before|later|earlier|on|ago)"
    r"|[a-z]+ing(?=\s+[^,]{1,80},))\b", re.I)

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
    last_goal: tuple[int, int, int | None] | None = None  # the last goal's start, end and unit


# ---------------------------------------------------------------- cue patterns


# Word lists that are both a pattern's alternation (in this order: it decides which alternative
# matches) and its guard, so that the two cannot drift apart.
_SCHEDULED = ("scheduled", "slated", "timetabled", "earmarked", "budgeted", "allocated", "set aside", "ring-fenced",
              "ringfenced", "reserved", "pencilled in", "penciled in", "planned")
_RESOLVED = ("determined", "poised", "on track", "on course", "gearing up", "racing", "pushing", "moving")
_PROGRESSIVE = ("planning", "preparing", "working on", "working towards", "working toward", "working to(?=\\s+[a-z])",
                "seeking", "looking for", "looking to", "considering", "negotiating", "in negotiations", "in talks")
_PLAN_VERBS = ("axing", "cutting", "shedding", "slashing", "scrapping", "closing", "shutting", "building", "launching",
               "opening", "hiring", "recruiting", "creating", "adding", "investing", "introducing", "rolling out",
               "relocating", "expanding", "upgrading", "acquiring", "buying", "selling", "merging", "spending",
               "raising", "developing", "contributing", "donating", "pumping", "injecting", "offering", "implementing")
_NEEDED = ("needed", "necessary", "required")
_DIRECTED = ("directed", "instructed", "mandated", "tasked")
_BEING = ("sought", "considered", "planned", "prepared", "negotiated", "drawn up", "finalised", "finalized")
_TO_BE = ("based", "built", "opened", "completed", "launched", "located", "sited", "housed", "set up", "established",
          "created", "developed", "constructed", "delivered", "introduced", "rolled out", "held", "finished",
          "installed")
_DESIGNED = ("designed", "established", "set up", "created", "formed", "founded", "intended", "meant", "launched")
_PLANNED = ("planned", "projected", "targeted")
_ALLOCATED = ("earmarked", "allocated", "set aside", "ring-fenced", "ringfenced", "budgeted", "committed", "pledged",
              "reserved")
_AS_PLANNED = ("planned", "scheduled", "agreed", "promised", "pledged")
_AIMS = ("aim", "aims", "goal", "goals", "objective", "objectives", "ambition", "ambitions", "priority", "priorities",
         "mission", "missions", "purpose", "purposes", "intention", "intentions")
_WITH_TARGET = ("figure", "target", "goal", "aim")
_SCHEDULE = ("launch", "opening", "completion", "start", "debut", "rollout", "roll-out", "release")
_PART_OF = ("efforts", "effort", "drive", "push", "plan", "plans", "strategy", "bid", "restructuring", "overhaul",
            "programme", "program", "campaign", "reorganisation", "reorganization", "turnaround", "review")
_MONEY_WORDS = ("$", "\u00a3", "\u20ac", "\u00a5", "yuan", "renminbi", "euro", "euros", "dollars", "pounds", "yen",
                "rupees", "kroner", "francs")


def _alt(entries: tuple[str, ...]) -> str:
    """A declared list as a regex alternation, in its order; a space stands for any white space.
    An entry may end in a lookahead, written as regex."""
    out = []
    for entry in entries:
        words_, look, rest = entry.partition("(?")
        out.append(re.escape(words_).replace(r"\ ", r"\s+") + look + rest)
    return "|".join(out)


def _firsts(entries) -> frozenset[str]:
    """A guard group from a list: every entry's longest word as `briefs.text.words` reads it (any
    word of an entry is in each of its matches; "on track" is told by "track", not "on")."""
    return frozenset(max(re.findall(r"\w+|[^\w\s]", e.split("(?")[0].lower()), key=len) for e in entries)


def _word_at_start(*alternatives: str) -> str:
    """r"\b(?:is|are)" written to start with the word: a pattern that opens with a literal or a
    choice of literals is looked for by the engine's fast scan, one that opens with \b is tried at
    every character. After the word, a lookbehind per alternative asks that no letter stands before
    it (a word character); an alternative that ends another would wrongly fail it, so none may."""
    if any(a != b and b.endswith(a) for a in alternatives for b in alternatives):
        raise ValueError(f"an alternative ends another: {alternatives}")
    return "(?:" + "|".join(alternatives) + ")" + "".join(rf"(?<!\w{a})" for a in alternatives)


def _ws(text: str) -> frozenset[str]:
    return frozenset(text.split())


@cache
def _patterns() -> list[tuple[str, re.Pattern, tuple[frozenset[str], ...]]]:
    """The cue patterns, each with its kind and its guard: groups of words (see
    `briefs.text.Triggers`), every match holding a word of each group."""
    verbs = _alternation("goal_verbs.txt")
    nouns = _alternation("goal_nouns.txt")
    copula = _alternation("goal_copula_nouns.txt")
    gap = r"(?:\s+(?!to\b)[^\s,;:.!?\u2013\u2014]+|\s+\([^()]{0,40}\)|\s*\.\d+){0,7}?"
    short_gap = r"(?:\s+(?!to\b)[^\s,;:.!?\u2013\u2014]+|\s+\([^()]{0,40}\)){0,5}?"
    to = _ws("to")
    table = [
        ("will", _word_at_start("will", "shall") + r"\b(?!\s+not\s+be\s+able)", (_ws("will shall"),)),
        ("would", r"\bwould\b", (_ws("would"),)),
        ("could", r"\bcould\b", (_ws("could"),)),
        ("verb", rf"\b(?:{verbs})\s+to\s+(?=\w)", (_firsts(words("goal_verbs.txt")), to)),
        ("set", r"\b(?:(?:is|are|was|were|been|be|now)\s+)?set\s+to\s+(?=[\"'\u201c\u2018]?[a-z])", (_ws("set"), to)),
        ("due", r"\b[Dd]ue\s+to\s+(?=[a-z])|\bdue\s+(?:for|in|by|on)\b", (_ws("due"),)),
        ("scheduled", rf"\b(?:{_alt(_SCHEDULED)})\s+(?:to|for)\b", (_firsts(_SCHEDULED), _ws("to for"))),
        ("committed", r"\b(?:is|are|been|was|were)\s+(?:already\s+|now\s+)?committed\s+(?:for|to)\b",
         (_ws("committed"), _ws("to for"))),
        ("expected", r"(?:\b(?:is|are|'s|be|being)\s+(?:\w+ly\s+)?|(?<=, ))(?:expected|supposed)\s+to\s+(?=[\"'\u201c\u2018]?[a-z])",
         (_ws("expected supposed"), to)),
        # an intention told as the actor's state: "is determined to", "is on track to", "is poised to"
        ("resolved", r"\b(?:is|are|was|were|remains?|'s|'re)\s+(?:(?:also|now|still|already|firmly|well)\s+)?"
                     rf"(?:{_alt(_RESOLVED)})\s+to\s+(?=[a-z])", (_firsts(_RESOLVED), to)),
        ("isto", _word_at_start("is", "are", "am") + r"\s+to\s+(?=[\"'\u201c\u2018]?[a-z])", (_ws("is are am"), to)),
        ("copula", rf"\b(?:{copula})\b(?:\s+(?:of|for)\s+[^,.;:]{{1,80}}?)?\s+(?:is|was|are|were|will\s+be|remains)\s+(?=to\s+[a-z])",
         (_firsts(words("goal_copula_nouns.txt")), to)),
        ("like", r"\bwould\s+like\s+to\b", (_ws("like"),)),
        ("going", r"\b(?:is|are|am|'re|'s)\s+going\s+to\s+(?=[\"'\u201c\u2018]?[a-z])", (_ws("going"),)),
        ("designed", rf"\b(?:{_alt(_DESIGNED)})\s+to\s+(?=[\"'\u201c\u2018]?[a-z])", (_firsts(_DESIGNED), to)),
        ("aimedat", r"\baimed\s+at\s+(?=\w+ing\b)", (_ws("aimed"),)),
        ("progressive", r"\b(?:is|are|was|were|am|'s|'re)\s+(?:(?:also|now|currently|still|reputedly|reportedly|already|actively)\s+)*"
                        rf"(?:{_alt(_PROGRESSIVE)})\b", (_firsts(_PROGRESSIVE),)),
        ("planverb", r"\b(?:is|are|'re|am)\s+(?:(?:also|now|currently|still|already|reportedly|each|both|jointly)\s+)*"
                     rf"(?:{_alt(_PLAN_VERBS)})\s+(?:(?:off|up|out|down|back)\s+)?"
                     r"(?=(?:a|an|the|its|their|his|her|some|about|around|up\s+to|more\s+than|nearly|another|"
                     r"new|\d|[$\u00a3\u20ac\u00a5])\b|[$\u00a3\u20ac\u00a5\d])", (_firsts(_PLAN_VERBS),)),
        ("needed", rf"\b(?:is|are)\s+(?:\w+ly\s+)?(?:{_alt(_NEEDED)})\s+to\s+(?=[a-z])", (_firsts(_NEEDED), to)),
        ("directed", rf"\b(?:has|have|had|is|are|was|were)\s+(?:been\s+)?(?:{_alt(_DIRECTED)})\s+to\s+(?=[a-z])",
         (_firsts(_DIRECTED), to)),
        ("participle", r",\s+(?:and\s+)?(?:also\s+)?(?:planning|preparing)\s+(?=(?:a|an|the|its|their|his|her|new|to)\b)",
         (_ws("planning preparing"),)),
        ("being", rf"\bbeing\s+(?:{_alt(_BEING)})\b", (_ws("being"), _firsts(_BEING))),
        ("tobe", rf"\b(?<!\bis\s)(?<!\bare\s)\w+\s+to\s+be\s+(?:{_alt(_TO_BE)})\b", (_firsts(_TO_BE), _ws("be"))),
        # a goal noun given a level and a date reads as a target: "the membership goal has been fixed
        # at 3.4 million by 2010", "an ambition of 500 stores by 2030"
        ("target", r"\btargets?\b|\b(?:goals?|aims?|ambitions?|objectives?)(?=\s+(?:(?:has|have|had)\s+been"
                   r"|is|are|was|were|will\s+be|now)\s+(?:\w+ly\s+)?(?:set|fixed|put|pegged|raised|lowered|revised)"
                   r"\s+(?:at|to)\b|\s+of\s+(?:about\s+|around\s+|some\s+|at\s+least\s+|more\s+than\s+)?"
                   r"[$\u00a3\u20ac\u00a5]?\d)",
         (_ws("target targets goal goals aim aims ambition ambitions objective objectives"),)),
        ("priority", r"\b(?:made|make|makes|making)\b[^.;,]{0,60}?\bpriority\b|\btop\s+of\s+(?:the|its|their)\s+agenda\b",
         (_ws("priority agenda"),)),
        ("focus", r"\b(?:a|an|the|its|their|main|key|primary|prominent|major|new|particular|special)\s+(?:\w+\s+)?focus\s+(?:for|of)\b|\bareas?\s+of\s+focus\b",
         (_ws("focus"),)),
        ("planned", rf"\b(?:its|the|a|an|their|his|her)\s+(?:(?:{_MONEY}|\d[\d,.]*%?)\s+)?(?:{_alt(_PLANNED)})\s+(?=[a-z$£€¥\d])",
         (_firsts(_PLANNED),)),
        ("noun", rf"\b(?:{nouns})\b{gap}\s+to\s+(?=[\"'\u201c\u2018]?[a-z])", (_firsts(words("goal_nouns.txt")), to)),
        ("money", rf"(?:{_MONEY}){short_gap}\s+to\s+(?=[\"'\u201c\u2018]?[a-z])", (_firsts(_MONEY_WORDS), to)),
        # plans made public: "announced plans for a series of strikes", "has drawn up proposals for"
        ("plansfor", r"\b(?:announced|unveiled|revealed|outlined|set\s+out|submitted|published|drawn\s+up|drew\s+up|"
                     r"drawing\s+up|confirmed|detailed|put\s+forward|approved|has|have)\s+"
                     r"(?:(?:its|their|his|her|the|new|fresh|detailed|ambitious|major|[\w]+-year)\s+){0,3}"
                     r"(?:plans?|proposals?)\s+for\s+(?=[a-z\d$\u00a3\u20ac])",
         (_ws("plan plans proposal proposals"), _ws("for"))),
        # money set apart for a purpose: "has earmarked £30m for the expansion"
        ("allocated", rf"\b(?:{_alt(_ALLOCATED)})\s+"
                      rf"(?:(?:a|an|the|some|about|around|nearly|almost|up\s+to|more\s+than|over|another|further|extra)\s+)*"
                      rf"(?:{_MONEY})\s+(?:[\w-]+\s+){{0,3}}?(?:for|towards|toward)\s+(?=[a-z\d])",
         (_firsts(_ALLOCATED), _ws("for towards toward"))),
        # an act told with its purpose: "cut fares in a bid to win back travellers", "is selling the
        # unit as part of its restructuring"; the purpose makes the act a goal, dated or not
        ("inorder", r"\bin\s+(?:(?:a|an)\s+(?:\w+\s+)?(?:bid|effort|attempt|drive|push)|order)\s+to\s+(?=[a-z])"
                    r"|\bso\s+as\s+to\s+(?=[a-z])"
                    r"|\bwith\s+(?:the|an?)\s+(?:\w+\s+)?(?:aim|goal|intention|objective)\s+of\s+(?=[a-z]+ing\b)"
                    rf"|\bas\s+part\s+of\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){{0,2}}?(?:{_alt(_PART_OF)})\b",
         (_ws("order bid effort attempt drive push so aim goal intention objective part"),)),
        ("purpose", _word_at_start("to") + r"\s+(?:help\s+)?(?=[a-z])", (to,)),
        ("continued", r"\bto\s+(?=[a-z])", (to,)),
        ("asplanned", rf"\bas\s+(?:originally\s+|previously\s+)?(?:{_alt(_AS_PLANNED)})\b", (_firsts(_AS_PLANNED), _ws("as"))),
        ("aimsof", r"\b(?:is|are|was|were)\s+(?:(?:some|one|two|three|among)\s+(?:of\s+)?)?(?:the|its|their)\s+"
                   r"(?:\w+\s+)?(?:aims?|goals?|objectives?|ambitions?|priorit(?:y|ies)|missions?|purposes?|intentions?)"
                   r"\s+(?:of|for)\b", (_firsts(_AIMS), _ws("of for"))),
        ("withtarget", rf",\s+with\s+(?:a|an)\s+(?:\w+\s+){{0,3}}(?:{_alt(_WITH_TARGET)})\b", (_firsts(_WITH_TARGET), _ws("with"))),
        ("schedule", rf"\b(?:{_alt(_SCHEDULE)})\s+(?:date\s+)?(?:is|will\s+be|is\s+set\s+for|is\s+scheduled\s+for|is\s+due)\b",
         (_firsts(_SCHEDULE),)),
    ]
    return [(kind, re.compile(regex), guard) for kind, regex, guard in table]


@cache
def _triggers() -> Triggers:
    return Triggers([guard for _, _, guard in _patterns()])


# Kinds whose cue only counts at the start of a unit: tried there, not searched for.
_AT_START = frozenset({"continued"})


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


# A present-tense verb with its object ("protects the", "backs a") after a goal noun: the "to" that
# follows belongs to the object, not to the noun.
_PRESENT_VERB = re.compile(
    r"\s(?!(?:across|towards|afterwards|as|its|his|this|plus|versus|less|thus|ours|yours|theirs|was|has|is|"
    r"does|pres|news|business|progress|process|access|address)\s)[a-z]+[^s\W]s\s+(?:the|a|an|its|their|his|her|our)\s")


# ---------------------------------------------------------------- the finder


def extract_goals(parsed: ParsedArticle, names: Names) -> list[Goal]:
    state = _State()
    goals: list[Goal] = []
    items = _list_items(parsed)
    for sentence in parsed.sentences:
        found_words = parsed.sentence_words(sentence)
        for start, end in _units(parsed.text, sentence.start, sentence.end):
            for item in (i for i in items if start <= i[0] < end):
                goals.append(_goal(parsed, names, state, item[0], item[0], item[1], "list"))
            for cue in _cues(parsed, start, end, found_words):
                if _covered(state, cue.verb) or _in_quote(parsed, cue.verb):
                    continue
                goal_end = _clause_end(parsed.text, cue.verb, _continued_end(parsed, sentence, end))
                if cue.kind == "planned":
                    goal_end = _phrase_end(parsed.text, cue.verb, goal_end)
                if cue.kind == "aimsof":
                    goal_end = _owner_end(parsed.text, cue.verb, goal_end)
                if cue.kind == "expected" and parsed.text[cue.verb - 2:cue.verb] == ", ":
                    goal_end = _insertion_end(parsed.text, cue.verb, goal_end)
                if goal_end <= cue.start or not _accept(parsed, names, cue, start, goal_end, end):
                    continue
                if goals and _place_relative(parsed.text, state, start, cue.verb):
                    goals[-1] = _extended(parsed, state, goals[-1], goal_end)
                    continue
                goals.append(_goal(parsed, names, state, cue.start, cue.verb, goal_end, cue.kind, start))
    return _unique(goals)


_WHERE = re.compile(r"\s*,?\s+(?:where|in\s+which|at\s+which)\s+(?:[\w'\u2019,.$\u00a3\u20ac-]+\s+){0,6}?$", re.I)


def _place_relative(text: str, state: _State, unit_start: int, cue: int) -> bool:
    """"$90m will go into the depot, where 120 jobs will be created": a clause about the place
    the goal names belongs to that goal; it is not a second plan of its own."""
    last = state.last_goal
    if last is None or last[2] != unit_start or not unit_start <= last[1] <= cue:
        return False
    return bool(_WHERE.fullmatch(text, last[1], cue))


def _extended(parsed: ParsedArticle, state: _State, goal: Goal, end: int) -> Goal:
    start = state.last_goal[0]
    state.last_goal = (start, end, state.last_goal[2])
    state.covered.append((start, end))
    text = " ".join(parsed.text[start:end].split())
    return Goal(text=text, actor=goal.actor, deadline=goal.deadline, evidence=[parsed.evidence(start, end)])


def _continued_end(parsed: ParsedArticle, sentence, end: int) -> int:
    """A sentence broken by a stray paragraph break ("will receive $418,200 over three" /
    "years to examine ...") runs on into the next one when that opens in lower case."""
    if end != sentence.end:
        return end
    index = parsed.sentence_index(sentence)
    if index + 1 < len(parsed.sentences):
        nxt = parsed.sentences[index + 1]
        if parsed.text[nxt.start:nxt.start + 1].islower():
            return nxt.end
    return end


def _insertion_end(text: str, start: int, end: int) -> int:
    """"The deal, expected to close in May, values ...": a participle set off by commas ends at
    the second one."""
    comma = text.find(",", start, end)
    return comma if comma > 0 else end


def _phrase_end(text: str, start: int, end: int) -> int:
    """A noun phrase ("the planned $75 million investment into Harbour Labs") ends at a comma."""
    m = re.search(r",|\s(?:a|an)\s(?=\w+\s(?:of|between|with)\b)", text[start:end])
    return start + m.start() if m else end


_AFTER_OWNER = re.compile(r"\s+(?:announced|unveiled|launched|revealed|approved|funded|set\s+up|established|created|"
                          r"opened|founded|backed)\b|,")


def _owner_end(text: str, start: int, end: int) -> int:
    """"... are the goals of two new centres unveiled today by X": the aims' owner ends before
    the participle that tells when it was announced (whose date is not the goal's)."""
    m = _AFTER_OWNER.search(text, start, end)
    return m.start() if m else end


def _units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A sentence's lines: list items set out on lines of their own are separate units; a line that
    opens in lower case ("over five" / "years to investigate ...") continues the line before."""
    out: list[tuple[int, int]] = []
    pos = start
    cut = text.find("\n", start, end)
    while cut >= 0:
        if text[pos:cut].strip():
            _add_unit(out, trim(text, pos, cut), text)
        pos = cut + 1
        cut = text.find("\n", pos, end)
    if text[pos:end].strip():
        _add_unit(out, trim(text, pos, end), text)
    return out


def _add_unit(out: list[tuple[int, int]], unit: tuple[int, int], text: str) -> None:
    if out and text[unit[0]].islower():
        out[-1] = (out[-1][0], unit[1])
    else:
        out.append(unit)


def _cues(parsed: ParsedArticle, start: int, end: int, found_words: frozenset[str] | None = None) -> list[_Cue]:
    """The cues of the unit text[start:end]; `found_words`: the words of the unit or of text
    around it (its sentence's), which decide the patterns worth trying."""
    text = parsed.text
    found: list[_Cue] = []
    patterns = _patterns()
    for index in _triggers().admitted(words_of(text, start, end) if found_words is None else found_words):
        kind, pattern, _ = patterns[index]
        matches = [pattern.match(text, start, end)] if kind in _AT_START else pattern.finditer(text, start, end)
        for m in filter(None, matches):
            cue = _make_cue(text, kind, m, start, end)
            if cue is not None:
                found.append(cue)
    found.sort(key=lambda c: (c.verb, c.start))
    return found


_WILL_NOUN_BEFORE = re.compile(r"(?:\b(?:the|a|his|her|their|its|my|our|your|own|free|good|ill|political|public|"
                               r"popular|last|living)|['\u2019]s?)\s+$", re.I)


def _will_noun(text: str, m: re.Match) -> bool:
    """"against a passenger's will, airlines must ...", "the will of the people": the noun, no modal."""
    return bool(re.match(r"\s*[,.;:!?)]", text[m.end():m.end() + 3])
                or _WILL_NOUN_BEFORE.search(text, max(0, m.start() - 12), m.start()))


def _make_cue(text: str, kind: str, m: re.Match, start: int, end: int) -> _Cue | None:
    if kind == "will" and _will_noun(text, m):
        return None
    if kind in ("will", "would", "could"):
        word, _ = _word_after(text, m.end())
        if kind == "would" and word.lower() == "like":
            return None  # the "like" pattern owns it
        return _Cue(m.start(), m.start(), kind)
    if kind == "progressive" and m.group().startswith("'s") and not re.match(
            r"\s+(?:to|a|an|the|its|their|his|her|for|on|new|further|more)\b", text[m.end():m.end() + 8]):
        return None  # "the council's planning department": a possessive, not "is planning"
    if kind in ("verb", "set", "expected", "isto", "going", "designed", "needed", "directed", "resolved"):
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
        if kind == "noun" and _PRESENT_VERB.search(text, m.start(), to):
            return None  # "the programme protects the freedom to ...": the noun's own verb comes between
        if kind == "noun" and re.search(r"\b(?:will|would|could|may|might|must|should|can|do|does|did|to)\s+$",
                                        text[max(0, m.start() - 8):m.start()], re.I):
            return None  # "will need to raise": after a modal the word is a verb, not a goal noun
        return _Cue(to, m.start(), kind)
    if kind == "inorder":
        return _purpose_frame(text, m, start)
    if kind == "purpose":
        if not _verbish(_infinitive(text, m.end()), strict=True):
            return None
        return _Cue(m.start(), m.start(), kind, needs_date=True)
    if kind == "continued":
        if m.start() != start or not _verbish(_infinitive(text, m.end()), strict=True):
            return None
        if not re.search(rf"(?:{_MONEY})\s*$", text[max(0, start - 60):start]):
            return None  # a sentence cut after an amount ("awarded $31,470" / "to study ...")
        return _Cue(m.start(), m.start(), kind)
    if kind == "asplanned":
        return _as_planned(text, m, start)
    if kind == "participle":
        # ", planning a larger format": the plan of the main clause's subject, whose verb ends it
        at = m.start() + re.search(r"planning|preparing", m.group()).start()
        main = re.search(r"\s(?:is|are|was|were|has|have|had|will|would)\s", text[start:m.start()])
        return _Cue(at, start + main.start() + 1 if main else at, kind)
    if kind == "aimsof":
        # "Training nurses ... is one of the aims of the new centre": the aims are the subject
        subject = text[start:m.start()].strip()
        if len(subject.split()) < 2:
            return None  # "This is one of the aims of ...": refers back, says nothing itself
        return _Cue(start, m.start(), kind)
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


def _purpose_frame(text: str, m: re.Match, start: int) -> _Cue | None:
    """"The council cut fares in a bid to win back riders": the act and its purpose are the goal,
    from the clause's subject on. A fronted frame ("In order to save money, the trust will ...")
    is left to the main clause's own cue."""
    if m.group().endswith(("to ", "to")) and not _verbish(_infinitive(text, m.end())):
        return None
    clause = _clause_start(text, start, m.start())
    if not text[clause:m.start()].strip(" ,"):
        return None
    if _FAILED_ATTEMPT.search(m.group()) or _NEED_BEFORE.search(text, max(clause, m.start() - 40), m.start()):
        return None
    if re.search(r"\bhad\s+(?:\w+ly\s+)?\w+(?:ed|en|wn)\b", text[clause:m.start()]):
        return None  # "had filed for protection in an attempt to ...": the past of the past
    return _Cue(clause, m.start(), "inorder")


# "in a failed bid to", "in a vain attempt to": the purpose was not met, nothing is still intended
_FAILED_ATTEMPT = re.compile(r"\b(?:unsuccessful|failed|vain|futile|abortive|doomed|desperate|last-ditch)\b", re.I)
# "was vital in order to attract ...": what something is needed for, no one's act
_NEED_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:\w+\s+)?(?:vital|necessary|essential|important|"
                          r"needed|required|crucial|key|critical|useful|enough|sufficient)\s+$", re.I)


_CLAUSE_OPENER = re.compile(r"[,;:]\s*|\b(?:after|before|when|until|once|while|because|since|that|which|if|and)\s+", re.I)
_PAST_VERBS = frozenset("was were had did went began took came left made got put set".split())


def _as_planned(text: str, m: re.Match, start: int) -> _Cue | None:
    """"... once the council finishes the bridge repairs as planned in May": the clause before
    "as planned" is the plan, from its subject on; a past verb makes it a plan carried out."""
    begin = start
    for opener in _CLAUSE_OPENER.finditer(text, start, m.start()):
        begin = opener.end()
    words_ = list(re.finditer(r"[A-Za-z][\w'\u2019-]*", text[begin:m.start()]))
    verb = next((w for w in words_[1:] if re.fullmatch(r"\w+(?:s|ed)|will|would|is|are", w.group())
                 and w.group().lower() not in FUNCTION_WORDS), None)
    if verb is None:
        return None
    low = verb.group().lower()
    if low.endswith("ed") or low in _PAST_VERBS:
        return None
    return _Cue(begin, begin + verb.start(), "asplanned", needs_date=True)


def _in_quote(parsed: ParsedArticle, pos: int) -> bool:
    return any(q.start <= pos < q.end for q in parsed.quotes_in(pos, pos + 1)) or _open_paragraph_quote(parsed.text, pos)


_QUOTE_OPENS = re.compile(r"[ \t]*([\u2018\u201c\"'])")
_CLOSING = re.compile(r"[\u201d\"]|[\u2019'](?![A-Za-z])")


def _open_paragraph_quote(text: str, pos: int) -> bool:
    """A speech running over several paragraphs opens each with a quotation mark and closes only the
    last: a paragraph that opens with a mark not yet closed before pos is still the speaker's."""
    para = max(text.rfind("\n", 0, pos) + 1, 0)
    m = _QUOTE_OPENS.match(text[para:pos])
    if not m:
        return False
    return not _CLOSING.search(text, para + m.end(), pos)


def _covered(state: _State, pos: int) -> bool:
    return any(a <= pos < b for a, b in state.covered)


# ---------------------------------------------------------------- clause limits

# Every way a clause ends opens with a space, a comma or a semicolon: the pattern consumes that
# character first (a character class the engine scans for, instead of trying nine alternatives at
# every character), then a lookbehind tells which it was; "\s+X" is "\s" then "\s*X".
_TAIL = re.compile(
    r"[\s,;](?:(?<=;)|(?<=\s)\s*;|(?<=\s)\s*but\s|(?<=,)\s+(?:while|whereas|although|though)\s"
    r"|(?<=,)\s+(?:and\s+)?(?:aiming|planning|hoping|seeking|intending|looking|expecting)\s+to\b"
    r"|(?<=,)\s+with\s+(?:a|an)\s+(?:\w+\s+){0,3}(?:figure|target|goal|aim)\b"
    r"|(?<=,)\s+(?:[^,;:]{0,70}?\s)?(?:has\s+|have\s+|had\s+)?(?:said|says|say|announced|reported|reports|added|told|stated|confirmed|according\s+to)\b"
    r"|(?<=\s)\s*(?:--|\u2014|\u2013)\s"
    # a second goal coordinated or set beside the first ("hopes to add users and will try to sign
    # up ...", "will move to Boston as the group seeks to lift profit") is a goal of its own
    r"|(?P<coord>(?:(?<=,)\s+|(?<=\s)\s*)and\s+(?=(?:also\s+)?(?:will|plans?\s+to|aims?\s+to|intends?\s+to|hopes?\s+to|wants?\s+to)\b))"
    r"|(?:(?<=,)\s+|(?<=\s)\s*)as\s+(?:the|its|a|an|their|his|her)\s+(?:[\w-]+\s+){0,4}?(?:seeks|aims|tries|looks|plans|prepares|"
    r"strives|works|moves|bids|struggles)\s+to\b)")


_RELATIVE = re.compile(r"\b(?:which|that|who)\b")


def _clause_end(text: str, cue: int, end: int) -> int:
    m = _TAIL.search(text, cue + 1, end)
    while m and m.group("coord") and _RELATIVE.search(text, cue, m.start()):
        m = _TAIL.search(text, m.end(), end)  # "facilities which will be new and will attract": one relative clause
    stop = m.start() if m else end
    while stop > cue and (text[stop - 1].isspace() or text[stop - 1] in ".,;:!?"):
        stop -= 1
    return stop


# Where a clause begins: after a reporting verb, a colon or a semicolon.
_CLAUSE_LEAD = re.compile(
    r"[:;]\s*|\b(?:said|says|say|told\s+(?:[A-Z][\w']*\s+){0,5}|announced|confirmed|"
    r"stated|added|adding|saying|revealed|disclosed|indicated|insisted|believes|hoped|hopes|"
    r"predicts|predicted|forecasts|forecast|"
    r"that|which|who|because)\s+")


def _clause_start(text: str, unit_start: int, cue: int) -> int:
    """Where the cue's clause begins: after a reporting verb, a colon or a semicolon. A relative
    clause set off by commas ("The bank, which says ..., plans to") is passed over."""
    region = _masked(text, unit_start, cue)
    best = 0
    for m in _CLAUSE_LEAD.finditer(region):
        best = m.end()
    return unit_start + best


# A non-restrictive relative clause between commas ("The charity, which supports homeless people,
# aims to ...", "Under the plans, which critics say are timid, ministers would ..."): its words
# tell about a noun, not about the main clause's subject, frame or speaker.
_INSERTION = re.compile(r",\s+(?:which|who|whom|whose)\b[^,;:()\u201c\u201d\"]{1,120}?,")


def _masked(text: str, start: int, end: int) -> str:
    """text[start:end] with its relative-clause insertions blanked (offsets kept)."""
    region = text[start:end]
    if "," not in region:
        return region
    return _INSERTION.sub(lambda m: " " * len(m.group()), region)


# ---------------------------------------------------------------- acceptance


@cache
def _frame_pattern(name: str) -> re.Pattern:
    return re.compile(r"\b(?:" + _alternation(name) + r")\b", re.I)


@cache
def _needles(name: str) -> tuple[str, ...]:
    """The longest word of every entry of lexicon `name`: a match of its alternation holds one,
    so `briefs.text.may_hold` can pass over text without any (most clauses) unscanned."""
    return tuple(sorted({max(entry.split(), key=len) for entry in words(name)}))


def _frames_in(text: str, start: int, end: int) -> list[re.Match]:
    """The frames of text[start:end] (`_frame_pattern("non_goal_frames.txt")` is slow to try at
    every character: its ignore-case alternation has no literal start)."""
    if not may_hold(text[start:end], _needles("non_goal_frames.txt")):
        return []
    return list(_frame_pattern("non_goal_frames.txt").finditer(text, start, end))


_QUESTION_END = re.compile(r"\?\s*$")
_NOT = re.compile(r"\b(?:not|never)\b")


def _accept(parsed: ParsedArticle, names: Names, cue: _Cue, unit_start: int, goal_end: int,
            unit_end: int | None = None) -> bool:
    text = parsed.text
    clause_start = cue.verb if cue.kind == "withtarget" else cue.start if cue.kind == "asplanned" \
        else _clause_start(text, unit_start, cue.verb)
    before = text[unit_start:cue.verb]
    sentence = text[unit_start:max(goal_end, unit_end or goal_end)]
    if _framed(text, cue, unit_start, goal_end):
        return False
    # "Questions voters raise are to be debated by church leaders", "The festival will be organised by
    # the Rotary Club": a passive's subject is acted on; its agent holds the plan
    agent = _passive_agent(parsed, names, cue.verb, goal_end) is not None
    if not agent and _generic_subject(_main_subject(text, unit_start, clause_start, cue.verb)):
        return False
    if _GENERIC_RELATIVE.search(text, max(unit_start, clause_start - 30), clause_start):
        return False  # "Those who want to attend will need to register": people in general
    if _inanimate_subject(text, cue, clause_start) or _MARKET_MOVE.match(text, cue.verb, goal_end):
        return False
    if _QUESTION_END.search(text[cue.verb:goal_end + 2]):
        return False
    if _third_party(text[max(unit_start, cue.start - 40):goal_end] if cue.kind == "asplanned" else sentence):
        return False  # "as planned" heads its own clause: only words near it can make it a forecast
    words_before = [w for w in before.lower().split() if not (w.endswith("ly") or w in _PAST_ADVERBS)]
    if words_before and words_before[-1] in PAST_MARKERS and cue.kind not in ("will", "would", "could"):
        return False
    has_date = bool(_live_dates(parsed, cue.verb, goal_end))
    if _past_state(text, cue, unit_start, has_date):
        return False
    if cue.needs_date and not has_date:
        return False
    if cue.kind in ("noun", "money") and _NOT.search(text[clause_start:cue.start]):
        return False
    if _negated(text, clause_start, cue.verb) or not agent and _event_subject(text, clause_start, cue.verb):
        return False
    if _contract_term(text, cue.verb, goal_end) or _received_only(text, cue.verb, goal_end):
        return False
    if _FIXTURE.match(text, cue.start, goal_end):
        return False
    if cue.kind == "would":
        sentence = _reported_lead(parsed, unit_start) + sentence
    check = _CHECKS.get(cue.kind)
    return check is None or check(text, cue, clause_start, goal_end, sentence, has_date)


def _reported_lead(parsed: ParsedArticle, unit_start: int) -> str:
    """"X told reporters the search would be widened. Authorities would also begin ...": reported
    speech runs on into the next sentence of the paragraph; the report before counts for it."""
    here = parsed.sentence_at(unit_start)
    if here is None:
        return ""
    index = parsed.sentence_index(here)
    if index == 0 or parsed.sentences[index - 1].paragraph != here.paragraph:
        return ""
    prev = parsed.sentences[index - 1]
    body = parsed.text[prev.start:prev.end]
    reported = _reporting_pattern().search(body)
    if reported and re.search(r"\b(?:would|will)\b", body[reported.end():]):
        return body + " "
    return ""


_CONDITION = re.compile(r"\b(?:if|unless)\b", re.I)


# "The company predicted that it would return to profit", "the firm forecasts it will hire 500":
# what an actor forecasts of its own acts is its plan; "analysts predict it will" stays a forecast
# (see _third_party).
_SELF_FORECAST = re.compile(
    r"\b(?:predict(?:s|ed)?|forecast(?:s|ed)?|expects?|expected|projects|projected|believes|believed)"
    r"\s+(?:that\s+)?(?:it|they|we)\s+(?:\w+ly\s+)?$", re.I)


def _self_forecast(text: str, unit_start: int, cue: int) -> int:
    """Where a forecast of the actor's own act opens before the cue (len(text) when none)."""
    m = _SELF_FORECAST.search(text, max(unit_start, cue - 60), cue)
    return m.start() if m else len(text)


def _framed(text: str, cue: _Cue, unit_start: int, goal_end: int) -> bool:
    """A frame of prediction, opinion or hypothesis before the cue rejects the clause; after it, a
    condition ("will be hired during 2027 if funds allow") only qualifies a plan stated with "will"
    and already dated,
    while "would ... if" stays a hypothesis and "are to be grounded if ..." a contingency rule."""
    before = _masked(text, unit_start, cue.verb)
    framed_before = _frames_in(before, 0, len(before))
    if framed_before:
        own = _self_forecast(text, unit_start, cue.verb)
        if any(not _noun_frame(before, m) and unit_start + m.start() < own for m in framed_before):
            return True
    for m in _frames_in(text, cue.verb, goal_end):
        if _noun_frame(text, m):
            continue
        if not _CONDITION.fullmatch(m.group()) or cue.kind != "will":
            return True
        if re.search(r"\bonly\b", text[cue.verb:m.start()], re.I):
            return True  # "will only hit its target if ...": a judgement of what it takes
        if not any(d.relation != "past" for d in dates.find_dates(text, cue.verb, m.start())):
            return True  # without a date set, "will ... if" is a what-if, not a scheduled plan
    return False


# Frame words that are also nouns: after a determiner or a preposition ("despite fears of a
# slowdown", "the latest estimates", "beat forecasts") they name a thing, frame nothing.
_NOUN_FRAMES = frozenset("fear fears forecasts estimates estimate".split())
_NOUN_LEAD = re.compile(
    r"(?:\b(?:the|a|an|its|their|his|her|our|these|those|of|despite|amid|over|on|with|beat|beating|"
    r"latest|official|earlier|recent|growing|any|some|such|own|for|no|analysts['\u2019]?|market)|['\u2019]s?)\s+$", re.I)


def _noun_frame(text: str, m: re.Match) -> bool:
    return m.group().lower() in _NOUN_FRAMES and bool(_NOUN_LEAD.search(text, max(0, m.start() - 14), m.start()))


_NEGATOR_BEFORE = re.compile(
    r"(?:\b(?:not|never|no|nor|without)|n['\u2019]t)\s+(?!doubt\b)(?:[\w'\u2019-]+\s+){0,2}$", re.I)


_PAST_ADVERBS = frozenset("also once already originally previously initially first earlier still".split())
_PAST_STATES = frozenset("planned intended hoped aimed wanted expected sought".split())


def _past_state(text: str, cue: _Cue, unit_start: int, has_date: bool) -> bool:
    """"The family planned to drive to Boston": a plan told in past narrative was the past; only
    reported speech ("the firm said it planned to ...") or a date still ahead keeps it current."""
    if has_date:
        return False
    if cue.kind == "resolved":  # "the family was determined to win": the narrative's past
        return text.startswith(("was ", "were "), cue.verb) and _reporting_verb_start(text, unit_start, cue.verb) is None
    if cue.kind not in ("verb", "scheduled"):
        return False
    verb = re.match(r"\w+", text[cue.verb:])
    if not verb or verb.group().lower() not in _PAST_STATES:
        return False
    if re.search(r"\b(?:has|have|is|are|be|been)\s+(?:\w+ly\s+)?$", text[max(0, cue.verb - 20):cue.verb]):
        return False
    return _reporting_verb_start(text, unit_start, cue.verb) is None


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


# "prepares to take on top-ranked Northbridge", "will face Leeds on Saturday": a fixture is an event on the
# calendar; playing it is no plan of the team's
_FIXTURE = re.compile(
    r"\S+(?:\s+(?:preparing|getting\s+ready|ready|readying|set))?(?:\s+(?:to|\w+ly|also|then|now))*\s+(?:take\s+on|face|faces|facing|play|plays|playing|battle|"
    r"meet\s+up\s+with)\s+(?:(?:the\s+)?(?:No\.|no\.|#)\s*\d|(?:the\s+)?(?:(?:No\.|#)\s*\d+\s+)?"
    r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)*\s+(?:in|on|at|this|next|for|$))")


_PURPOSE_AFTER = re.compile(
    r"\bto\s+(?!the\b|a\b|an\b|its\b|their\b)[a-z]+\b|\bfor\s+(?:a|an|the|its|their|his|her)?\s*"
    r"(?:[\w-]+\s+){0,3}?(?:project|projects|programme|programmes|program|programs|research|study|studies|"
    r"scheme|initiative|work|development|construction)\b")


_FIRST_VERB = re.compile(r"\S+(?:\s+(?:to|be|\w+ly))*\s+([a-z]+)\b")


def _received_only(text: str, cue: int, end: int) -> bool:
    """"X is to receive a payment from Y": receiving is done to X. Only a purpose in the clause
    ("will receive $2m to study ...", "money for a study to ...") makes it X's goal."""
    m = _FIRST_VERB.match(text[cue:end])
    if not m or m.group(1).lower() not in words("non_goal_receiving.txt"):
        return False
    return not _PURPOSE_AFTER.search(text, cue + m.end(), end)


@cache
def _third_party_pattern() -> re.Pattern:
    """A forecaster as the subject of a verb of forecasting ("analysts expect", "economists at
    the bank say", "most observers believe") or the source after "according to"."""
    subjects = _alternation("non_goal_subjects.txt")
    verbs = r"expects?|expected|forecasts?|forecast|predicts?|predicted|said|say|says|believes?|believed|think|thinks|thought|estimates?|estimated|reckon|reckons|see|sees|anticipate|anticipates"
    return re.compile(
        rf"\b(?:{subjects})\b(?:\s+(?!(?:{verbs})\b)[\w'\u2019.-]+){{0,4}}?\s+(?:{verbs})\b"
        rf"|\baccording\s+to\s+(?:[\w'\u2019.-]+\s+){{0,4}}?(?:{subjects})\b", re.I)


def _third_party(before: str) -> bool:
    """"Analysts expect ...", "according to economists": the words are someone else's forecast.
    A forecaster's noun elsewhere ("to return $1bn to investors") frames nothing."""
    if not may_hold(before, _needles("non_goal_subjects.txt")):
        return False  # both alternatives of the pattern name a forecaster
    return bool(_third_party_pattern().search(_masked(before, 0, len(before))))


_SUBJECT_WORD = re.compile(r"[\w'\u2019]+")


def _main_subject(text: str, unit_start: int, clause_start: int, cue: int) -> list[str]:
    """The subject's words; for a second verb ("It hopes to win readers and will try ..."), those
    before the first one."""
    subject = _subject_words(text, clause_start, cue)
    if subject[-1:] == ["and"] or subject[-2:] == ["and", "also"]:
        subject = _subject_words(text, unit_start, cue)
        verbs = words("goal_verbs.txt")
        first = next((i for i, w in enumerate(subject) if i and (w in verbs or w in _AUXILIARIES)), len(subject))
        return _before_verb(subject[:first])
    return subject


def _subject_words(text: str, clause_start: int, cue: int) -> list[str]:
    return _SUBJECT_WORD.findall(_masked(text, clause_start, cue).lower())


# "are set to end the day higher", "will open lower": a market's move, whoever trades
_MARKET_MOVE = re.compile(
    r"\S+(?:\s+\S+){0,3}?\s+(?:close|closes|open|opens|end|ends|finish|finishes|trade|trades|start|starts|edge|"
    r"drift|tick|move)\s+(?:\w+ly\s+)?(?:higher|lower|flat|mixed|firmer|weaker|unchanged)\b", re.I)
_GENERIC_RELATIVE = re.compile(r"\b(?:those|anyone|everyone|people|someone|whoever|all)\s+who\s+$", re.I)
_QUANTIFIERS = frozenset("each many most some others everyone anyone nobody neither either".split())


_MODALS = frozenset("will would could shall may might can should must".split())
_POSTMODIFIERS = frozenset("of in for from with at on across near that which who whose".split())
_INANIMATE_KINDS = ("will", "would", "could", "expected", "set", "isto", "going", "planverb")
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
    while subject and subject[-1].isdigit():
        subject = subject[:-1]  # "Of the 30 stocks 13 are set to ...": the head is what is counted
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
    cut", "the vans will be assembled") still reports someone's plan."""
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
    """People in general ("Shoppers will be able to ...", "Each will spend ...", "some
    individuals are considering ...") hold no plan of their own."""
    generic = words("generic_subjects.txt")
    if not subject:
        return False
    if subject[0] in ("neither", "either") and subject[1:2] != ["way"]:
        return True  # "neither party would ...": a judgement about both, no one's plan
    if subject[0] in _QUANTIFIERS:
        if subject[0] == "each" and subject[1:2] == ["of"] and len(subject) > 3:
            return subject[-1] in generic  # "each of the ten projects": every one of named things
        return len(subject) == 1 or subject[1] in ("of", "individuals", "people")
    return subject[-1] in generic or " ".join(subject[-2:]) in generic or _subject_head(subject) in generic


@cache
def _reported_pattern() -> re.Pattern:
    return re.compile(r"(?<!\bnot\s)\b(?:" + _alternation("goal_reporting.txt") + r")\b")


def _check_modal(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    word, after = _word_after(text, text.find(" ", cue.verb))
    while word.lower().endswith("ly") and word.lower() not in ("likely", "only"):
        word, after = _word_after(text, after)
    low = word.lower()
    if low == "go" and re.match(r"\s+(?:ahead|on)\b", text[after:after + 8]):
        return True  # "would go ahead", "would go on for weeks": an action carried on
    if low == "go" and (re.search(rf"(?:{_MONEY})", text[clause_start:cue.verb])
                        or _money_subject(text, clause_start, cue.verb) and re.match(r"\s+(?:towards?|to|into|on)\b", text[after:after + 9])):
        return True  # "$750m will go to the plant", "the money will go towards a roof": money allocated
    if low in words("hedges.txt") or low in words("prediction_verbs.txt") or low in ("no", "never"):
        return False
    if low in _DISCLOSE and _RESULTS.match(text, after, after + 60):
        return False  # "will report its results on Thursday": the calendar of disclosure, no plan
    if re.match(r"\S+\s+(?:[\w,]+\s+){0,3}?(?:not|never)\b(?!\s+only)", text[cue.verb:cue.verb + 60]) \
            and not re.search(r"\b(?:until|till|before)\b", text[cue.verb:end]):
        return False  # "will not be joining in": refused; "will not be announced until ..." is deferred
    if re.match(r"\s*[\"\u201c\u2018']", text[text.find(" ", cue.verb):after]):
        return False  # the verb itself is quoted: the speaker's words, not the actor's plan
    if low == "have" and (cue.kind != "will" or re.match(r"\s+(?:to\b|been\b|\w+(?:ed|en)\b)", text[after:after + 20])):
        return False  # "will have to", "will have graduated": obligation or a future perfect
    if low == "be" and re.match(r"\s*(?:[$£€¥]|\d)", text[after:after + 3]):
        return False  # "will be $35m": an amount, not an action
    if re.search(r"\b(?:who|what)\s+(?:\w+\s+)?$", text[clause_start - 12 if clause_start >= 12 else 0:cue.verb]):
        return False
    if low == "be":
        if re.match(r"\s*[\"\u201c\u2018']", text[after:after + 3]):
            return False
        nxt, nxt_end = _word_after(text, after)
        if nxt.lower() in {"able", "important", "difficult", "hard", "easy", "better", "possible", "necessary",
                           "crucial", "vital", "key", "interesting", "fun", "good", "bad", "great", "worse",
                           "unlikely", "likely", "sufficient", "enough", "in", "a", "an", "the", "no", "very",
                           "more", "less", "much", "too", "so", "there", "here", "affected", "seen", "hit",
                           "without", "expected", "supposed", "bound", "certain"} - {"able"}:
            return False  # "would usually be expected to rise": an expectation, no one's plan
        if nxt.lower() in _STRUCTURE_PASSIVES and re.match(r"\s+by\b", text[nxt_end:nxt_end + 4]):
            return False  # "will be supported by a college", "will be led by": how a body is set up
        if nxt.lower() in _JUDGED and re.match(r"\s+(?:\w+ly\s+)?by\b", text[nxt_end:nxt_end + 16]):
            return False  # "will be assessed by the regulator": another body's judgement, not a plan
        if _subject_head(_subject_words(text, clause_start, cue.verb)) in _SHARES \
                and not _PASSIVE.match(text, text.find(" ", cue.verb) + 1):
            return False  # "the majority of the posts would be part-time": what a share of them is
    if _describes(text, low, after, clause_start, cue.verb):
        return False
    if low in _MONEY_DOES and not has_date and _money_subject(text, clause_start, cue.verb) \
            and not any(d.relation != "past" for d in dates.find_dates(text, clause_start, cue.verb)):
        return False  # "matching funds will support scholarship": what money does, not a dated plan
    subject = _subject_words(text, clause_start, cue.verb)
    if subject and subject[0] in ("this", "that", "these", "those", "which") and len(subject) == 1:
        return False  # "This will shift ...": a consequence of what came before
    if subject and subject[-1] in ABSTRACT_SUBJECTS:
        return False
    if not text[after:end].strip(" ,") and not _agent_subject(text, clause_start, cue.verb):
        return False  # "its make-up will change", "the scheme will work": a bare verb tells of a thing's fate
    if cue.kind == "will":
        return True
    reported = _reported_pattern().search(sentence)
    if cue.kind == "would":
        return reported is not None or low in words("goal_verbs.txt") \
            or _self_forecast(text, clause_start - 30 if clause_start >= 30 else 0, cue.verb) < cue.verb
    plans = re.search(r"\b(?:plans?|proposals?)\b", sentence, re.I)
    return bool(plans) or (reported is not None and has_date)


_AGENT_PRONOUNS = frozenset("he she they we i it you".split())


def _agent_subject(text: str, clause_start: int, cue: int) -> bool:
    """Whether a subject can act: a name (a capitalised word past the first), a personal pronoun,
    or an organisation's or a role's head noun ("the union", "the minister")."""
    region = re.split(r",|\b(?:but|and|while|whereas|that)\b", _masked(text, clause_start, cue))[-1]
    subject = _SUBJECT_WORD.findall(region)
    if any(w[:1].isupper() for w in subject[1:]) or subject[:1] and subject[0][:1].isupper() \
            and subject[0].lower() not in FUNCTION_WORDS:
        return True
    head = _subject_head([w.lower() for w in subject])
    return head is None or head in _AGENT_PRONOUNS or head in words("org_words.txt") or head in words("roles.txt")


# A passive verb group right after the cue, with its agent: "will be funded by the College", "are to be
# debated by church leaders", "(plans) being considered by ministers". The agent is who acts.
_BY_AGENT = re.compile(
    r"(?:be|been|being)\s+(?:\w+ly\s+|also\s+|jointly\s+)?"
    r"(?:\w+(?:ed|en|wn)|built|run|held|led|paid|made|done|sold|kept|bought|brought|sought|taught|spent|sent|"
    r"lent|met|told|found|won|put|cut|set\s+up|set|carried\s+out|drawn\s+up)"
    r"\s+(?:\w+ly\s+|jointly\s+|in\s+part\s+)?by\s+(?P<agent>[^\s,;:.!?()\u2013\u2014]+"
    r"(?:\s+(?!(?:and|with|in|at|on|for|from|to|next|this|over|within|before|after|until|by|which|who|that|"
    r"headed|led|under|as|through|via|during|early|late|later|will|would|could|can|may|might|should|must|"
    r"is|are|was|were|has|have|had|or|but)\b)[^\s,;:.!?()\u2013\u2014]+){0,6})", re.I)


def _passive_agent(parsed: ParsedArticle, names: Names, cue: int, end: int) -> str | None:
    """The agent of a passive verb group that opens at the cue ("will be organised by the Rotary
    Club"), when it is someone who can act; a date ("by June"), a measure ("by 5%") or a means
    ("by road") is none."""
    m = _BY_AGENT.search(parsed.text, cue, min(end, cue + 120))
    if m is None or m.start() - cue > 24 or "," in parsed.text[cue:m.start()]:
        return None
    agent = re.sub(r"\s+of$", "", m.group("agent"))
    if agent[:1].isdigit() or dates.find_dates(parsed.text, m.start("agent"), m.end("agent")):
        return None
    if _can_act(names, agent, m.start("agent"), m.end("agent")) or _agent_noun(_head(agent)):
        return agent
    return None


_DISCLOSE = frozenset("announce report publish post release unveil issue".split())
_RESULTS = re.compile(r"\s+(?:its|their|the|his|her)\s+(?:[\w-]+\s+){0,3}?(?:results|figures|earnings|accounts|numbers)\b", re.I)
_JUDGED = frozenset("""
assessed evaluated reviewed examined judged scrutinised scrutinized audited monitored vetted appraised
inspected considered studied analysed analyzed debated discussed weighed graded rated ranked
""".split())
_SHARES = frozenset("majority minority bulk half most rest remainder share proportion percent third quarter "
                    "fraction".split())
_STRUCTURE_PASSIVES = frozenset("supported led headed chaired overseen governed staffed managed hosted housed".split())
_STATES = frozenset("cover covers include comprise contain consist span encompass".split())
_HELD_THINGS = re.compile(
    r"\s+(?:a|an|the|its|their|his|her|one)?\s*(?:[\w-]+\s+){0,3}?(?:post|posts|position|role|seat|seats|office|"
    r"title|rank|chair|stake|majority)(?![\w-])", re.I)
_CONSEQUENCES = frozenset("enable mean".split())
_PLAN_HEADS = frozenset("focus work research agenda remit plan plans programme program scheme strategy "
                        "initiative campaign project review budget".split())


_MONEY_HEADS = frozenset("""
money sum sums fund funds funding grant grants cash amount amounts allocation donation donations proceeds
payment payments fellowship fellowships scholarship scholarships endowment bursary bursaries windfall
""".split())
_MONEY_DOES = frozenset("support supports help benefit protect sustain underpin".split())
_EFFECT_VERBS = frozenset("generate yield produce bring contribute add save earn return attract draw".split())
_MADE_STATES = frozenset("""
more less easier harder cheaper safer better worse faster slower simpler possible impossible difficult
available affordable accessible attractive competitive viable profitable clearer stronger weaker
""".split())


def _made_state(text: str, after: int, clause_start: int, cue: int) -> bool:
    """"by boosting colour it will make the papers more attractive": a result claimed for an act or
    a thing (a subject like "it", "this", "the move"), not a plan of its own."""
    following = re.findall(r"[\w'\u2019-]+", text[after:after + 80])[1:6]
    if not any(w in _MADE_STATES for w in following):
        return False
    subject = _subject_words(text, clause_start, cue)
    acts = words("non_goal_measures.txt")
    return not subject or subject[-1] in ("it", "this", "that", "which") or _subject_head(subject) in acts \
        or bool(re.search(r"\bby\s+\w+ing\b", text[clause_start:cue], re.I))


def _money_subject(text: str, clause_start: int, cue: int) -> bool:
    """"Matching funds invested in the programme will support scholarship", "the fellowship will
    allow ...": what money does once given describes it; the giver's plan is told elsewhere."""
    subject = _subject_words(text, clause_start, cue)
    for word in subject:
        if word in _POSTMODIFIERS:
            break
        if word in _MONEY_HEADS:
            return True
    return False


def _describes(text: str, verb: str, after: int, clause_start: int, cue: int) -> bool:
    """After "will": what a thing covers or holds ("its researchers will cover fields such as ...",
    "the director will hold a professorial post"), what it makes possible ("collaborations will
    enable ...") or where money comes from ("£13m will come from a grant") describes, not plans.
    A plan's own scope ("the programme will cover three regions") stays a goal."""
    if verb == "make" and _made_state(text, after, clause_start, cue):
        return True
    if verb in _EFFECT_VERBS and re.match(r"\s+(?:\w+\s+){0,3}?(?:an?\s+)?(?:estimated|projected|expected|anticipated)\b",
                                          text[after:after + 60], re.I):
        return True
    if verb in _CONSEQUENCES:
        # "will enable the college to spend on ..." hands an agent its plan; "will enable
        # applications to be explored" and "will mean ..." only tell of a consequence
        return verb != "enable" or not re.match(r"\s+(?:[\w'\u2019-]+\s+){1,5}?to\s+(?!be\b)[a-z]", text[after:after + 80])
    if verb == "come" and re.match(r"\s+from\b", text[after:after + 6]):
        return True
    if verb == "hold" and _HELD_THINGS.match(text, after, after + 60):
        return True
    if verb in _STATES:
        return _subject_head(_subject_words(text, clause_start, cue)) not in _PLAN_HEADS
    return False


_READY = frozenset("ready available operational open complete finished done online live underway in up on back".split())


def _check_expected(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    state = re.search(r"\b(?:expected|supposed)\s+to\s+be\s+(?:\w+ly\s+)?([a-z]+)\b", text[cue.verb:end])
    if state and not re.search(r"(?:ed|en|wn|lt|nt|ld|ut|un|ne|ing)$", state.group(1)) and state.group(1) not in _READY:
        return False  # "is expected to be good for margins": a forecast of a state, not an act
    return has_date and not re.search(r"\bexpected\s+by\b", text[cue.verb:end])


def _check_going(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    return not re.match(r"\s*be\b", text[cue.verb:end].split("to", 1)[-1])


_RAISING_BEFORE = re.compile(
    r"\b(?:expected|set|due|likely|unlikely|going|able|about|scheduled|slated|poised|bound|seems?|"
    r"appears?|tends?|forecast|predicted|projected|estimated)\s+$", re.I)


def _check_purpose(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    """"... joined forces to help lift sales to $8 billion by 2030": a purpose with a due date. The
    "to" of "is expected to", "is likely to" belongs to that frame, which has been judged already."""
    if _RAISING_BEFORE.search(text, max(0, cue.verb - 30), cue.verb):
        return False
    found = dates.find_dates(text, cue.verb, end)
    return any(d.relation == "by" for d in found)


def _check_isto(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    subject = _subject_words(text, clause_start, cue.verb)
    if _money_subject(text, clause_start, cue.verb) and not re.match(r"\S+\s+to\s+be\b", text[cue.verb:cue.verb + 20]):
        return False  # "the grant is to support families": what the money is for, no one's act
    return not (subject and subject[-1] in ABSTRACT_SUBJECTS)


def _check_set(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    # "can be set to meet demand" is an adjustment, not a schedule
    return not re.search(r"\b(?:can|could|would|should|may|might|must|to)\s+be\s+$", text[max(0, cue.verb - 20):cue.verb + 3])


def _check_designed(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    lead = text[max(0, cue.verb - 25):cue.verb]
    if re.search(r"\boriginally\s+$", lead):
        return False
    # "was set up to build on ...": the purpose of a past act, not a plan still to carry out;
    # "is designed to", "an entity established to promote" describe a standing purpose
    past_act = re.match(r"(?:launched|established|set\s+up|created|formed|founded)\b", text[cue.verb:cue.verb + 12])
    if past_act and re.search(r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?$", lead):
        return False
    return not _thing_purpose(text, cue, clause_start, lead, has_date)


_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:\w+ly\s+)?$", re.I)


def _thing_purpose(text: str, cue: _Cue, clause_start: int, lead: str, has_date: bool) -> bool:
    """"designed/intended/meant to" tells what a thing is for: a bylaw "designed to give cleaners
    a fair wage", a car "designed to" beat a rival. Only a plan's purpose ("a three-year plan
    designed to ...") or one with a date still to meet is somebody's goal; "was meant to" says
    the purpose failed."""
    verb = re.match(r"(designed|intended|meant)\b", text[cue.verb:cue.verb + 10])
    if not verb:
        return False
    if verb.group(1) == "meant" and re.search(r"\b(?:was|were|had\s+been)\s+(?:\w+ly\s+)?$", lead):
        return True
    if has_date:
        return False
    be = _BE_BEFORE.search(text, max(clause_start, cue.verb - 25), cue.verb)
    if be:
        head = _subject_head(_subject_words(text, clause_start, be.start()))
    else:
        before = re.findall(r"[\w'\u2019-]+", text[max(clause_start, cue.verb - 40):cue.verb].lower())
        head = before[-1] if before else None
    return head not in words("goal_nouns.txt") and head not in _PLAN_HEADS and head not in _PLAN_LIKE


_PLAN_LIKE = frozenset("cuts measures reforms package packages policy overhaul".split())


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
    """"the $35 million projected total" is a target; "a projected deficit" is a forecast."""
    m = re.search(r"\b(projected|targeted|planned)\s+([\w-]*)", text[cue.verb:end])
    if not m:
        return False
    return m.group(1) != "projected" or m.group(2).lower() not in words("non_goal_projected.txt")


def _check_focus(text: str, cue: _Cue, clause_start: int, end: int, sentence: str, has_date: bool) -> bool:
    """"So far the focus of the search has been the sea": what a focus was describes the past; a
    focus to come ("the centre's focus will be ...", "has become a focus for the firm") is a goal."""
    if re.search(r"\bso\s+far\b", text[clause_start:cue.verb], re.I):
        return False
    m = re.match(r"[^,;]*?\bfocus\s+(?:of|for)\s+(?:[\w'\u2019-]+\s+){0,6}?(has|have|had|was|were|is|are|will|remains)\b",
                 text[cue.verb:end])
    return not (m and m.group(1) in ("has", "have", "had", "was", "were"))


_CHECKS = {
    "will": _check_modal, "would": _check_modal, "could": _check_modal,
    "expected": _check_expected, "isto": _check_isto, "set": _check_set,
    "designed": _check_designed, "going": _check_going, "purpose": _check_purpose, "target": _check_target, "progressive": _check_progressive,
    "planned": _check_planned, "focus": _check_focus,
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
        if not (lead_words.search(lead) or re.search(r"\binclude\s*$", lead.strip(), re.I)
                or _plan_parts(lead)):
            continue
        if lead.count('"') + lead.count("\u201c") > 0 or _frame_pattern("non_goal_frames.txt").search(lead):
            continue
        rest = sentence.start + colon + 1
        tail = trim(text, rest, sentence.end)
        if tail[0] < tail[1] and not _MARKER.fullmatch(text[tail[0]:tail[1]] + " "):
            items.extend(_lines_as_items(text, tail[0], tail[1]))
            items.extend(_bare_verb_followers(parsed, i + 1))
        else:  # nothing after the colon, or only the first item's number ("pillars:\n1.")
            items.extend(_following_items(parsed, i + 1, carried=tail[0] < tail[1]))
    items.extend(_labelled_gerunds(parsed))
    return [it for it in items if not _in_quote(parsed, it[0])]


_LABELLED_GERUND = re.compile(r"\s*(?:[-*\u2022]\s*)?[A-Z][^:.!?\n]{2,60}:\s+([A-Z][a-z]+ing)\s+[\w$\u00a3\u20ac]")


def _labelled_gerunds(parsed: ParsedArticle) -> list[tuple[int, int]]:
    """A programme's aims set out as labelled lines, two or more in a paragraph ("Clean water:
    Building 40 wells in the region. Schools: Training 200 teachers."): each gerund clause is a goal."""
    text = parsed.text
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for sentence in parsed.sentences:
        m = _LABELLED_GERUND.match(text, sentence.start, sentence.end)
        if m and _gerund_of_action(m.group(1)):
            at = m.start(1)
            by_paragraph.setdefault(sentence.paragraph, []).append((at, _clause_end(text, at, sentence.end)))
    return [item for found in by_paragraph.values() if len(found) >= 2 for item in found]


def _gerund_of_action(word: str) -> bool:
    """"Building", "Using", "Planning": the -ing form of a known action verb ("Morning" is none)."""
    stem = word.lower()[:-3]
    verbs = words("action_verbs.txt")
    return stem in verbs or stem + "e" in verbs or len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in verbs


def _plan_parts(lead: str) -> bool:
    """"The strategy has three main parts:", "the programme's key elements are:": the parts of a plan."""
    return bool(_frame_pattern("list_part_words.txt").search(lead)
                and _frame_pattern("list_plan_subjects.txt").search(lead))


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


# A numbered line without a full stop: the sentence splitter ends the sentence before at its number
_TRAILING_MARKER = re.compile(r"\n[ \t]*(?:\d{1,2}\s*[.)]|[-*\u2022])\s*$")


def _following_items(parsed: ParsedArticle, index: int, carried: bool = False) -> list[tuple[int, int]]:
    """The list after a lead-in; `carried`: the item's marker ended the sentence before."""
    text = parsed.text
    out: list[tuple[int, int]] = []
    marked = None
    while index < len(parsed.sentences) and len(out) < 15:
        sentence = parsed.sentences[index]
        body = text[sentence.start:sentence.end]
        if carried:
            body = "- " + body
        carried = bool(_TRAILING_MARKER.search(body))
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
    """Sentences after an inline list that open with a bare verb ("Use $12 million for ...")."""
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
    if kind == "asplanned":
        clause_start = start
    # a date in an earlier goal of the same sentence is that goal's, not this one's
    clause_start = max([clause_start] + [b for a, b in state.covered if clause_start <= b <= verb])
    state.covered.append((min(start, verb), end))
    if kind == "aimsof":
        owner = re.search(r"^.*\b(?:aims?|goals?|objectives?|ambitions?|priorit(?:y|ies)|missions?|purposes?|intentions?)\s+(?:of|for)\s+(?:the\s+)?(.+)$", text[verb:end])
        actor = owner.group(1) if owner and _can_act(names, owner.group(1), verb, end) else None
    else:
        # "The hub will be funded by the College": a passive's subject is acted on; its agent acts
        actor = _passive_agent(parsed, names, verb, end) \
            or _actor(parsed, names, state, unit_start if unit_start is not None else start, clause_start, verb)
        if kind == "target" and actor:
            actor = _target_holder(actor)
    marker = _END_MARKER.search(text, start, end)
    end = marker.start() if marker and marker.start() > verb else end
    deadline = _deadline(parsed, state, clause_start, verb, end)
    goal_text = " ".join(text[start:end].split())
    state.last_goal = (start, end, unit_start)
    return Goal(text=goal_text, actor=actor, deadline=deadline, evidence=[parsed.evidence(start, end)])


def _live_dates(parsed: ParsedArticle, start: int, end: int) -> list[dates.DateMention]:
    found = dates.find_dates(parsed.text, start, end, parsed.article.date)
    return [d for d in found if d.relation != "past"]


_RELATIVE_AFTER = re.compile(r",\s+(?:which|who)\b")


def _deadline(parsed: ParsedArticle, state: _State, clause_start: int, verb: int, end: int) -> str | None:
    mentions = _live_dates(parsed, verb, end)
    relative = _RELATIVE_AFTER.search(parsed.text, verb, end)
    if relative and any(d.start < relative.start() for d in mentions):
        # "a four-year project to build X, which could earn $1bn over 15 years": the relative
        # clause tells about X; the goal's own date came before it
        mentions = [d for d in mentions if d.start < relative.start()]
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


_ABOUT_IT = re.compile(r"(?:(?:however|but|and)\W+)?(?:this|it|that)\b", re.I)


def _next_sentence_date(parsed: ParsedArticle, end: int) -> dates.DateMention | None:
    """"... working on a new system. However this is not likely to appear until 2006.": a next
    sentence about "this"/"it" may carry the date the goal is due by."""
    sentence = parsed.sentence_at(max(0, end - 1))
    if sentence is None:
        return None
    index = parsed.sentence_index(sentence)
    if index + 1 >= len(parsed.sentences):
        return None
    nxt = parsed.sentences[index + 1]
    if not _ABOUT_IT.match(parsed.text[nxt.start:nxt.end]):
        return None
    found = [d for d in _live_dates(parsed, nxt.start, nxt.end) if d.relation == "by"]
    return dates.pick_deadline(found)


_DATE_LEAD = re.compile(r"\s*(?:by|before|until|over|within|in|during|from|early|later|next)?\b", re.I)


def _fronted_date(parsed: ParsedArticle, clause_start: int, verb: int) -> dates.DateMention | None:
    """"By the end of 2027 Acme aims ...", "Over the next eight years NBU will ...": a date that
    opens the clause belongs to its goal."""
    text = parsed.text
    lead = _DATE_LEAD.match(text[clause_start:verb])
    found = dates.find_dates(text, clause_start, verb, parsed.article.date)
    if not found or found[0].relation == "past":
        return None
    first = found[0]
    opener = text[clause_start:first.start].strip().lower()
    if opener in ("", "by", "before", "until", "over", "within", "in", "during", "from", "early", "later") and lead:
        return first
    return None


_HOLDS_TARGET = re.compile(r"^(.+?)\s+(?:has|have|had|set|sets|adopted|unveiled|announced)"
                           r"(?:\s+(?:a|an|the|its|their|his|her|new|own))*$")
_OWNS_TARGET = re.compile(r"^(.+?)['\u2019]s?(?:\s+[a-z][\w-]*){0,3}$")


def _target_holder(subject: str) -> str:
    """Whose target or goal it is: "Greenleaf has a (target)" is Greenleaf's, "the club's
    (membership aim)" the club's."""
    for pattern in (_HOLDS_TARGET, _OWNS_TARGET):
        m = pattern.match(subject)
        if m:
            return m.group(1)
    return subject


def _actor(parsed: ParsedArticle, names: Names, state: _State, unit_start: int, clause_start: int, verb: int) -> str | None:
    text = parsed.text
    subject = _clean_subject(text, clause_start, verb)
    if subject:
        subject = _SUBORDINATOR.sub("", subject)  # "as the group (seeks to)": the clause's subject
        subject = _POSSESSIVE_END.sub("", subject) or None  # "The centre's (goal)": the centre's
    pronoun = _pronoun_of(subject)
    if pronoun is None:
        subject = _named(names, text, clause_start, verb, subject)
        if not _can_act(names, subject, clause_start, verb):
            owner = _owner(subject)  # "the council's new scheme": the council's doing
            subject = _named(names, text, clause_start, verb, owner) if owner else None
            # "$2.5 million", "The", "Hiring new staff": the article's topic acts, if anyone
            pronoun = None if _can_act(names, subject, clause_start, verb) else ""
    if pronoun is not None:
        subject = _antecedent(parsed, names, state, unit_start, clause_start, pronoun)
        subject = None if _pronoun_of(subject) is not None else subject  # never show "Their focus"
        subject = subject if _can_act(names, subject, unit_start, verb) or _agent_noun(_head(subject)) else None
    if subject:
        state.last_actor, state.last_at = subject, verb
    return subject


# Nouns that name who can act though they name no one: people by their part ("researchers",
# "bosses"), bodies by their kind ("the council", "the firm"); closed classes of the language.
_AGENT_NOUNS = frozenset("""
people staff members workers employees researchers scientists academics students pupils teachers doctors
nurses officials authorities police leaders ministers bosses executives managers owners founders partners
investors shareholders donors volunteers engineers experts farmers parents families residents citizens
campaigners activists lawmakers legislators regulators governments rebels troops forces organisers
organizers administration consortium coalition delegation panel taskforce county province state city town
district region municipality borough shire village territory country nation
""".split())
_NOT_AGENTS = frozenset("report study survey review paper statement network lab laboratory".split())
_AGENT_SUFFIXES = ("ists", "ist", "ians", "ers", "ors")
_QUANTITY_WORDS = frozenset("one two three four five six seven eight nine ten some many most all each several "
                            "none both half any few".split())
_ACTOR_HEAD_END = re.compile(r"\s+(?:of|from|in|at|for|with|on|about|who|which|that|to)\s+")
_INFINITIVE = re.compile(r"\bto\s+[a-z]")
# a verb before its object: "X claims its downfall", "... welcomes the", "founded the school"
_VERB_THEN_OBJECT = re.compile(r"\b[a-z]+(?:ed|s)\s+(?:the|a|an|its|their|his|her)\b")
_AMOUNT = re.compile(r"\d|[$\u00a3\u20ac\u00a5%]")


@cache
def _agent_heads() -> frozenset[str]:
    kinds = words("speaker_org_nouns.txt") | words("roles.txt") | words("person_cues.txt")
    # some lists hold several entries a line; the documents and things among them ("report") do not act
    return frozenset(w for entry in kinds for w in entry.split()) - _NOT_AGENTS | _AGENT_NOUNS


def _can_act(names: Names, phrase: str | None, start: int, end: int) -> bool:
    """An actor in news English is a person, an organisation or a phrase headed by a noun that
    can act ("the council", "Imperial researchers", "Three of the centres"); never an amount
    ("Some \u00a33.7bn"), a dateline ("PORTLAND"), a bare determiner or adjective ("The primary"),
    nor a clause ("Fostering the development of ...", "X claims its downfall")."""
    if not phrase:
        return False
    if names.resolve(phrase) is not None:
        return True
    head = _head(phrase)
    if head is None:
        return False
    low = head.lower()
    if low in _agent_heads() or low.endswith(_AGENT_SUFFIXES) and len(low) > 5:
        return True
    if head[:1].isupper() and low in words("org_words.txt"):
        return True  # a name's head ("... Joint Facility", "New Media"); "the research" is none
    if low.endswith("ies") and low[:-3] + "y" in _agent_heads() or low.endswith("s") and low[:-1] in _agent_heads():
        return True
    if any(head in m.text.split() for m in names.in_span(start, end) if m.kind in ("person", "organisation")):
        return True
    return _proper_head(head, len(_ACTOR_HEAD_END.split(phrase, maxsplit=1)[0].split()))


def _agent_noun(head: str | None) -> bool:
    """"The brewer('s chairman) said it would": a noun of one who does something can act."""
    return bool(head) and len(head) > 5 and head.lower().endswith(("er", "or"))


def _head(phrase: str | None) -> str | None:
    """The head noun of a noun phrase; None for what is no noun phrase: an amount, a clause, a
    phrase ending in a determiner ("The", "welcomes the")."""
    if not phrase or _INFINITIVE.search(phrase) or _VERB_THEN_OBJECT.search(phrase) \
            or phrase.split()[-1].lower() in FUNCTION_WORDS:
        return None  # "refuse to allow ...", "Software to automate ...": a clause, not who acts
    tokens = _ACTOR_HEAD_END.split(phrase, maxsplit=1)[0].split()
    if tokens and tokens[-1].lower() in _QUANTITY_WORDS and len(tokens) <= 2 and " of " in phrase:
        tokens = phrase.split(" of ", 1)[1].split()  # "Three of the centres": the centres
    if not tokens or _AMOUNT.search(" ".join(tokens)) or any(t.lower() in _AGENT_PRONOUNS for t in tokens):
        return None
    head = _POSSESSIVE_END.sub("", tokens[-1]).strip(".,;:\"'\u201c\u201d")
    low = head.lower()
    return None if low in FUNCTION_WORDS or low in _DEMONSTRATIVES else head


def _proper_head(head: str, length: int) -> bool:
    """A name the name finder missed ("Udacity is offering"): a capitalised head that is no common
    word, sentence opener or gerund ("Deals", "Hiring"), nor a dateline's city ("PORTLAND")."""
    low = head.lower()
    if not head[:1].isupper() or low in words("common_words.txt") or low in words("sentence_openers.txt") \
            or low.endswith("ing") or head.isupper() and len(head) > 5:
        return False
    # a plural that opens a sentence ("Revenues") or an acronym's ("The SUVs") names things
    return length > 1 and not head[:-1].isupper() or not low.endswith("s")


_OWNER = re.compile(r"^(?:the\s+)?(?!an?\s)(.+?)['\u2019]s?\s+\S")


def _owner(subject: str | None) -> str | None:
    m = _OWNER.match(_ACTOR_HEAD_END.split(subject, maxsplit=1)[0]) if subject else None
    return m.group(1) if m else None


_PERSON_PRONOUNS = frozenset("he she his her".split())
_SUBORDINATOR = re.compile(r"^(?:as|while|when|because|since|although|though|whereas|once|after|before)\s+(?=\S+\s+\S)", re.I)
_POSSESSIVE_END = re.compile(r"['\u2019]s?$")
_POSSESSIVE_DETERMINERS = {"its": "it", "their": "they", "his": "he", "her": "she", "our": "we", "my": "i"}
_DEMONSTRATIVES = frozenset("that this these those which".split())


def _pronoun_of(subject: str | None) -> str | None:
    """The pronoun a subject stands on ("" for none at all): "it", "They", "Their focus" (their),
    "That"; None for a phrase that names or describes its actor itself."""
    if not subject:
        return ""
    first = subject.split()[0].lower()
    if subject.lower() in PRONOUNS or subject.lower() in _DEMONSTRATIVES:
        return subject.lower()
    return _POSSESSIVE_DETERMINERS.get(first)


def _antecedent(parsed: ParsedArticle, names: Names, state: _State, unit_start: int, clause_start: int,
                pronoun: str) -> str | None:
    """Who "it"/"they"/"he" is: the reporter of the same sentence ("Acme said it would"), when
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
        return _named(names, text, unit_start, verb, reporter)
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
                      r"|believes|hoped|hopes|predicted|predicts|forecast|forecasts)\b")


def _reporting_verb_start(text: str, unit_start: int, clause_start: int) -> int | None:
    """The first reporting verb of the sentence: its subject is who reports the plan. A verb
    in a fronted clause ("Two days after confirming cuts, Acme announced ...") is not it."""
    m = _reporting_pattern().search(text, unit_start, clause_start)
    if m and _PREPOSITION_OPENER.match(text[unit_start:m.start()].lstrip()):
        comma = text.find(",", m.end(), clause_start)
        m = _reporting_pattern().search(text, comma, clause_start) if comma >= 0 else m
    return m.start() if m else None


_AUXILIARIES = frozenset("has have had is are was were will would could can may might must should shall "
                         "does do did".split())
_IRREGULAR_PAST = frozenset("won got gave made took set put sold bought began brought".split())


def _before_verb(tokens: list[str]) -> list[str]:
    """A subject ends at its verb: "The group has launched a (bid to ...)", "the charity raised
    (£2m to ...)": the goal's noun came after a verb, whose subject holds the goal."""
    for i in range(1, len(tokens)):
        low = tokens[i].lower()
        if low in _AUXILIARIES or (low in _IRREGULAR_PAST or low.endswith("ed") and len(low) > 4) \
                and tokens[i][0].islower() and tokens[i - 1].lower() not in FUNCTION_WORDS:
            return tokens[:i]
    return tokens


# a press release's end marker is no part of its last sentence: "... in August. ends", "-ends-", "###"
_END_MARKER = re.compile(r"\s*(?:-+\s*ends?\s*-+|\bends|#{3,})\W*$", re.I)


_TRAILING_PREPOSITION = re.compile(r"\s+(?:in|on|at|during|early|late|earlier|later)$", re.I)


def _clean_subject(text: str, start: int, end: int) -> str | None:
    start = min(end, dateline_end(text, start, len(text)))  # "NEW YORK General Electric Co (said)"
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
    if _SUBORDINATOR.match(region) and "," in region:
        region = region.rsplit(",", 1)[1].strip()  # "once the deal is done, the company (would)"
    region = re.split(r",|\s(?:--|[\u2013\u2014-])\s|\(", region, maxsplit=1)[0].strip()
    found = dates.find_dates(region)
    if found and found[-1].start > 0 and found[-1].end == len(region) and not found[-1].text.isdigit():
        # "The government on Friday (announced)", "The firm in January (said)": when, not who
        region = _TRAILING_PREPOSITION.sub("", region[:found[-1].start].rstrip())
    tokens = _before_verb(region.split())
    while tokens and tokens[-1].lower().strip(",") in _SUBJECT_TRAILERS:
        tokens.pop()
    if not tokens or len(tokens) > 12:
        return None
    return " ".join(tokens).strip(" ,;:\"'\u201c\u201d")


def _named(names: Names, text: str, start: int, end: int, subject: str) -> str:
    """The entity a subject phrase names or refers to: "Chinese smartphone company Oppo" and "Oppo
    last Friday" are Oppo; "the university" is the one university of the article. A phrase whose
    head is something else ("The owners of Yukos", "the Yukos board") stays as written."""
    head = _HEAD_END.split(subject, maxsplit=1)[0]
    mentions = [m for m in names.in_span(start, end) if m.kind in ("person", "organisation") and m.text in head]
    if len(mentions) == 1:
        mention = mentions[0]
        before, _, after = head.rpartition(mention.text)
        if all(_descriptor(w, i) for i, w in enumerate(before.split())) \
                and all(w.lower() in _TIME_WORDS or w[:1].isdigit() for w in after.split()):
            entity = names.entity_of(mention)
            return entity.name if entity else mention.text
        return subject
    if not mentions:
        return _described(names, subject) or subject
    return subject


# Where a subject's head ends: its post-modifier ("Students from the school", "The owners of X")
_HEAD_END = re.compile(r"\s+(?:of|from|in|at|for|with|who|which|that)\s+")
_TIME_WORDS = frozenset("""
last this next on today yesterday tonight now also earlier later week month year weekend morning afternoon
evening monday tuesday wednesday thursday friday saturday sunday
""".split())


def _descriptor(word: str, index: int) -> bool:
    """A word that may describe a name before it: lower case ("smartphone company"), the article,
    a sentence's capitalised first word, a nationality or an honorific."""
    low = word.lower().strip(",")
    return word[:1].islower() or index == 0 or low == "the" or low in words("nationalities.txt") \
        or low.rstrip(".") in words("honorifics.txt")


# What "the company" may mean, and the heads of bodies that are no company (closed classes).
_COMPANY_NOUNS = frozenset("company firm group business corporation conglomerate carmaker automaker "
                           "retailer lender insurer airline carrier miner operator".split())
_PUBLIC_HEADS = frozenset("""
university universities polytechnic institute institution college school academy faculty department
ministry council parliament congress senate assembly government administration cabinet treasury
commission committee board authority agency office court police army navy trust foundation charity
society association union federation league hospital service
""".split())


def _described(names: Names, subject: str) -> str | None:
    """"The university", "the new centre": a definite description by an organisation's head noun
    refers to the article's main organisation when that noun heads its name ("University of X",
    "X Research Centre")."""
    parts = subject.split()
    if not 2 <= len(parts) <= 3 or parts[0].lower() != "the" or any(w[:1].isupper() for w in parts[1:]):
        return None
    noun = parts[-1].lower()
    main = names.main("organisation")
    if main is not None and noun in _COMPANY_NOUNS:
        # "the company", "the firm": the article's main organisation, when that is no public body
        return None if any(w in _PUBLIC_HEADS for w in main.name.lower().split()) else main.name
    if main is None or noun not in words("org_words.txt"):
        return None
    name_words = main.name.lower().split()
    head = name_words[name_words.index("of") - 1] if "of" in name_words[1:] else name_words[-1]
    return main.name if head == noun else None  # "the company" is no "Co"; "the research" no "Research Fund"


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


_CONTENT_WORD = re.compile(r"[a-z0-9][\w'\u2019-]*")


def _content_words(text: str) -> set[str]:
    return {w for w in _CONTENT_WORD.findall(text.lower()) if w not in FUNCTION_WORDS
            and w not in _MODALS and w not in _SUBJECT_TRAILERS}
