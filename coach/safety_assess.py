"""Read each safety-rule match in its clause: whose thought it is, whether now, denied or past.

A rule in `safety_rules` says *what* is thought; this module decides what it means for the
writer, from the words around the match, in the same clause:

- who: the nearest subject before it ("i", or "my friend", "she", "they"), or the reflexive in
  the match itself ("herself"). Someone the writer knows makes it CONCERN; someone in a story,
  a film or the news makes it nothing. No subject at all ("kms", "want to die") is the writer.
- not and when: a denial just before it, said by the thought's own subject ("i am not going
  to"; not the "not" of a condition, "if it does not go well i am done", nor "i can not
  promise i will not"), or a past the clause names ("used to", "years ago") without a return
  ("again"), makes it STRAIN: a gentle check-in, never silence. An act, or "tonight" / "right
  now", makes the writer's crisis IMMINENT.
- frame: a bare topic word ("suicide", "self harm") in a clause about teaching, research,
  prevention work or the news is a subject of study, not a state. The broad rules of
  `safety_lexicon` also give way to an everyday context of their own (a medicine routine, a
  view or a commute, an app or a job one leaves for good).

Levels are returned as ranks (0 NONE ... 4 IMMINENT, the order of `coach.safety.Risk`), so this
module needs nothing from the one that calls it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from coach import (
    safety_harm,
    safety_languages,
    safety_lexicon,
    safety_plans,
    safety_rules,
    safety_words,
)
from coach.safety_gate import GatedRules, literal_search, required_words, word_search
from coach.safety_signs import SIGNS, dwelling_on_means, explained_goodbye, preparation
from coach.safety_text import normalise, squeeze

NONE, STRAIN, CONCERN, CRISIS, IMMINENT = range(5)

_SELF, _OTHER, _NOBODY = "self", "other", "nobody"


def _compile(source: str) -> re.Pattern[str]:
    return re.compile(squeeze(source))


_RULES = GatedRules(
    {
        "act": [squeeze(rule) for rule in safety_rules.ALL_ACTS],
        "thought": [squeeze(rule) for rule in safety_rules.THOUGHTS],
        "topic": [squeeze(rule) for rule in safety_rules.TOPICS],
        "strain": [squeeze(rule) for rule in (*safety_rules.STRAIN, *safety_lexicon.STRAIN,
                                              *safety_languages.STRAIN)],
        "unwell": [squeeze(rule) for rule in safety_rules.UNWELL],
        "wish": [
            squeeze(rule)
            for rule in (
                *safety_lexicon.WISHES, *safety_lexicon.HARM, *safety_lexicon.PLANS,
                *safety_lexicon.SLANG, *safety_lexicon.METHODS, *safety_languages.CRISIS,
            )
        ],
        "now": [squeeze(rule) for rule in safety_lexicon.ACTS],
        "dose": [squeeze(rule) for rule in safety_lexicon.DOSES],
        "reach": [squeeze(rule) for rule in safety_lexicon.REACH],
        "exit": [squeeze(rule) for rule in safety_lexicon.EXITS],
        "goodbye": [squeeze(rule) for rule in safety_plans.GOODBYES],
        "wound": [squeeze(rule) for rule in (*safety_harm.WOUNDS, *safety_lexicon.WOUNDING)],
        **SIGNS,
    }
)
_TOPIC_COMPOUNDS = _compile(safety_words.TOPIC_COMPOUNDS)
_HAS_TOPIC_WORD = literal_search(required_words(_TOPIC_COMPOUNDS.pattern) or ())
_KNOWN_TITLES = _compile(safety_words.KNOWN_TITLES)
_EVERYDAY_IDIOMS = _compile(safety_words.EVERYDAY_IDIOMS)
_WHO = _compile(rf"(?P<self>{safety_words.SELF_WORDS})|(?P<other>{safety_words.OTHER_WORDS})|"
                rf"(?P<watched>{safety_words.PEOPLE_AT_LARGE})")
_OTHER_IN_MATCH = _compile(
    r"\b(?:him ?self|her ?self|them ?selves|them ?self|his|her|their|he|she|they|him)\b"
)
_SELF_IN_MATCH = _compile(r"\b(?:my ?self|my|i|me)\b")
_NOW = _compile(safety_words.NOW)
_SUBJECTS = frozenset({"i", "he", "she", "they", "we", "you"})
_CONDITIONS = frozenset({"if", "unless"})
_UNSURE = _compile(
    r"\b(?:canot promise|not sure|do not know if|canot say|(?:be|am) lying if i said)\b"
)
_DENIAL_LEAD = _compile(r"\b(?:not|never) (?:that|like|as if) (?:i|he|she|they)\b")
_NOT_SUBJECT = frozenset(squeeze(word) for word in safety_words.NOT_SUBJECT)
_NEGATION = _compile(safety_words.NEGATION)
_PAST = word_search(safety_words.PAST)
_AGAIN = word_search(safety_words.AGAIN)
_FICTION_OR_NEWS = word_search(safety_words.FICTION_OR_NEWS)
_INFORMATION = word_search(safety_words.INFORMATION)
_KNOWN_PERSON = _compile(safety_words.KNOWN_PERSON)
# Someone imagined, not someone known: "if a child said", "if someone told you".
_HYPOTHETICAL = _compile(r"\b(?:if|when|suppose) (?:a|an|someone|somebody|any) ")
# A thought that is the subject of something watched, read or heard, with no "i" after it (and
# not "videos on how to": looking up a method is the writer's own).
_ABOUT_MEDIA = _compile(
    r"\b(?:documentary|podcast|article|book|film|movie|memoir|lecture|talk|course|study|report|"
    r"video|series|show|episode|essay|thesis|story|song|poem|play|novel|piece|seminar|project|"
    r"assignment|dissertation|coursework|module|paper|presentation|workshop|speech|monologue|"
    r"soliloquy|scene|chapter|lesson|sermon)s? "
    r"(?:on|about|of|where|in which)(?: (?!i\b|and\b|but\b|me\b|my\b|how\b|ways?\b)[^ .]+)*$"
)
# The writer's worry makes a story someone they know wrote about themselves a real concern.
_WORRY = word_search(("worried", "worries me", "scared me", "scares me", "frightened me",
                      "concerned", "what do i do", "what should i do"))
# "dies of" / "died by": told of someone (the writer would say "die", "i will die of").
_SOMEONE_DIED_OF = _compile(r"\b(?:dies|died) (?:of|by|from)\b")
_NEVER_ROUTINE = _compile(safety_lexicon.DEATH + "|" + safety_lexicon.NEVER_ROUTINE)
_NOT_MISHAP = _compile(safety_lexicon.NOT_MISHAP)  # "on purpose", "not an accident"
# The broad rules of `safety_lexicon` give way to an everyday context of their own: a means
# in a routine (a prescription, a view), unless death is named beside it; an exit from an app,
# a job or a place.
_GIVES_WAY = {
    "dose": (_compile(safety_lexicon.MEDICINE_ROUTINE), _NEVER_ROUTINE),
    "reach": (_compile(safety_lexicon.PLACE_ROUTINE), _NEVER_ROUTINE),
    "exit": (_compile(safety_lexicon.NOT_LIFE), None),
    "wound": (_compile(safety_lexicon.ACCIDENT), _NOT_MISHAP),
    "goodbye": (_compile(safety_lexicon.OTHERS_DYING), None),
}


# Readings that the match's own words pick out, whatever rule found it, each given way to an
# everyday context (as `_GIVES_WAY` does for a kind of rule): the words of the match, the
# context, what overrides it, and where the context is looked for (near the match, its
# clause, or the whole message).
_READ_AS_EVERYDAY: tuple[tuple[Callable[[str], object], Callable[[str], object],
                               Callable[[str], object] | None, str], ...] = (
    # "cut myself shaving", "scratched the bite till it bled": a mishap, unless "on purpose"
    (_compile(r"\b(?:(?:cut|cuts|cuting|burn\w*|scratch\w*|scald\w*|nick\w*) my ?self|"
              r"i (?:have )?cut$|"
              r"(?:til|until) it (?:bled|bleds)|(?:hot )?iron|glas)\b").search,
     _compile(safety_lexicon.MISHAP).search, _NOT_MISHAP.search, "near"),
    # "a bungee jump off the bridge": a jump for the thrill of it
    (_compile(r"\bjump").search,
     word_search(("bungee", "bungy", "abseil", "abseiling", "zipline", "zip line", "skydive",
                  "skydiving", "parachute", "paragliding", "cliff diving", "base jump",
                  "base jumping", "tombstoning")), None, "clause"),
    # "unalive is such a weird word", "ctb in our slack means...": slang talked about, not used
    (re.compile(r"unalive|unalived|unaliving|sewerslide|kms|kys|ctb").fullmatch,
     word_search(("word", "words", "phrase", "phrases", "term", "terms", "means", "slang",
                  "stands for", "acronym", "abbreviation", "language", "moderation",
                  "vocabulary", "dictionary")), None, "message"),
    # "on the bridge right now, stuck in traffic, 10 mins late": a commute, unless death is named
    (_compile(r"\b(?:bridge|flyover|overpass|viaduct)\b").search,
     word_search(("stuck in traffic", "in traffic", "traffic jam", "gridlock", "mins late",
                  "minutes late", "running late", "be late", "late for", "my commute", "toll",
                  "on the bus", "on the train", "in the car", "in a taxi", "in an uber")),
     _NEVER_ROUTINE.search, "clause"),
    # "stuck in a dead-end job and want out": out of the job, not out of life
    (re.compile(r"(?:want|wana|need) out").fullmatch,
     _compile(safety_lexicon.NOT_LIFE).search, _NEVER_ROUTINE.search, "clause"),
)


def happening_now(normalised: str) -> bool:
    """Whether a message through `normalise` places what it says now ("tonight", "right now",
    "already took"): a crisis there is answered with the emergency number first."""
    return _NOW.search(" " + normalised) is not None


# Figures of speech the model reads as a wish to die, so it may not raise them to a crisis.
_FIGURES_OF_SPEECH = (
    # someone else's anger: "my mum will kill me if she finds out", "the boss will murder me"
    r"\b(?:he|she|they|shel|hel|theyl|hed|shed|theyd|(?:my|your|our|his|her|the) \w+|mum|mom|"
    r"dad|\w+inlaw)(?: (?:wil|would|is|are|might))?(?: (?:literaly|actualy|definitely|"
    r"absolutely|so))?(?: going to)? (?:kil|murder|strangle|skin) me(?: alive)?\b",
    # a thing that dies: "my phone's on 2% and about to die", "the laptop died mid-interview"
    r"\b(?:phone|phones|battery|laptop|computer|pc|car|charger|tablet|headphones|earbuds|printer|"
    r"wifi|router|mac|macbook|iphone|screen|keyboard|mouse|webcam|camera|mic)\b(?: \S+){0,5}? "
    r"(?:about to die|going to die|dying|died|dies|is dead|was dead|on its last legs)\b",
    # jumping ship, the gun, at the chance
    r"\bjump\w* (?:ship|the gun|at (?:the|any) chance|through (?:\w+ )?hops|on (?:a|the) cal)\b",
    # a death promised if a chore comes round again: "if one more posting asks for ten years
    # i'm walking into the sea", "if i have to rewrite it again i will literally die"
    r"\bif (?:one more|another|they|i (?:have to|hear|get|se|read|do|write|rewrite|fil|sit "
    r"through|open))\b(?: \S+){0,14}? (?:i wil|il|i am going to|i am|i might|i could|i would|id) "
    r"(?:literaly |actualy |just |honestly )?(?:die|scream|explode|lose it|walk(?:ing)? into "
    r"the sea)\b",
    # signing off for the day: "thanks coach, that's all for tonight", "bye for now",
    # "this is my last message for today", "won't be around till sunday"
    r"\b(?:good ?bye|bye|thanks|thank you|cheers|night|ta)\b(?: \S+){0,4}? (?:for now|for today|"
    r"til tomorow|until tomorow|se you (?:tomorow|later|son|next)|speak (?:son|tomorow|later)|"
    r"talk (?:son|tomorow|later))\b|\bthat is al for (?:now|today|tonight)\b",
    r"\b(?:this is )?my last (?:mesage|one|question|post|text) (?:for|of) (?:tonight|today|now|"
    r"the day|the wek)\b",
    r"\b(?:wil not|not) be around (?:til|until) \w+\b",
    # an end to the search rather than to life: "i want to end this job search"
    r"\bend (?:this|the|my|al the) (?:\w+ )?(?:search|hunt|proces|contract|cal|interview|chat|"
    r"conversation|session|aplications?)\b",
    # the whole message asks to go on with the coaching (the question after a crisis message
    # offers it): "keep going with the plan please", "go on where we were"
    r"^(?:ok |okay |yes |yeah |lets |let us |i want to |i would like to |id like to |can we |"
    r"please )*(?:kep going|go on|carry on|continue|get back|go back|back) (?:with|to|where) "
    r"(?:the|my|our|we|this) ?(?:plan|flow|questions|aplications?|job search|reflection|"
    r"coaching|were|left of|stoped)?(?: please| then| now| thanks)?$",
    # a goodbye to colleagues, asked for: "can you help me write a goodbye email to my team"
    r"\b(?:write|writing|draft|drafting|help with|sound ok|check|proofread)\b(?: \S+){0,3}? "
    r"god ?bye (?:email|mesage|card|post|spech|note)s? (?:to|for) (?:my |the |our )?(?:\w+ )?"
    r"(?:team|co ?workers|colleagues|manager|boss|clas|students|clients|ofice|slack|group)\b",
)
_FIGURE_OF_SPEECH = _compile("|".join(_FIGURES_OF_SPEECH))


def figure_of_speech(normalised: str) -> bool:
    """Whether a message through `normalise` holds one of the figures of speech above or an
    everyday idiom the rules mask ("killed myself laughing"): the model must not raise it to
    a crisis (the rules still read the message as they would)."""
    return (_FIGURE_OF_SPEECH.search(normalised) is not None
            or _EVERYDAY_IDIOMS.search(normalised) is not None)


def assess(text: str) -> int:
    """The rank of the risk in a message: the writer's own level wins over concern for others."""
    return assess_normalised(normalise(text))[0]


def assess_normalised(text: str) -> tuple[int, bool]:
    """`assess` of a message already through `safety_text.normalise`, and whether a level
    above STRAIN rests on nothing but a bare topic word ("suicide", "overdose", no one's
    thought around it): the one verdict a second reader may doubt (a title, the news)."""
    normalised = " " + _mask_topics(text)  # the gated rules read a leading space as a boundary
    own, concern, strain, unwell = NONE, False, False, False
    signs: dict[str, int] = {}  # kind of sign -> where it is first seen
    readings: list[tuple[str, int, bool]] = []  # whose, level, a bare topic
    for match in _RULES.finditer(normalised):
        kind = match.lastgroup or ""
        if kind in SIGNS:
            signs.setdefault(kind, match.start())
        elif kind == "unwell":
            unwell = True  # a check-in, but no despair that would make a goodbye a last one
        elif kind == "strain" or explained_goodbye(match.group(), normalised):
            strain = True
        else:
            readings.append((*_read(normalised, match), kind == "topic"))
    if signs:
        for start in (preparation(signs, normalised, strain), dwelling_on_means(signs)):
            if start is not None:
                readings.append((*_read_span(normalised, start, start, "thought", ""), False))
    bare = True
    for who, level, topic in readings:
        if level > STRAIN:
            bare = bare and topic and who == _NOBODY
        if who == _OTHER and level > STRAIN:
            concern = True
        else:
            own = max(own, level)
    if own == CRISIS and _NOW.search(normalised):
        own = IMMINENT
    if own > STRAIN:
        return own, bare and own == CRISIS
    if concern:
        return CONCERN, False
    return max(own, STRAIN if strain or unwell else NONE), False


_WISHED_PAST = _compile(r"\bwish\w* (?:that )?i (?:had|would have) (?:died|not survived|not "
                        r"made it|never been born|not been born)\b")


def _read(text: str, match: re.Match[str]) -> tuple[str, int]:
    """Whose thought one match is, and how serious it is in its clause (CRISIS may become
    IMMINENT once the whole message is read)."""
    kind = match.lastgroup or "thought"
    return _read_span(text, match.start(), match.end(), kind, match.group())


def _read_span(text: str, begin: int, finish: int, kind: str, matched: str) -> tuple[str, int]:
    """As `_read`, for a thought of `kind` found at text[begin:finish]."""
    start = text.rfind(" . ", 0, begin) + 1
    end = text.find(" . ", finish)
    before, clause = text[start:begin], text[start : len(text) if end < 0 else end]
    who = _whose(before, matched)
    if (who != _SELF or kind == "topic") and _about_others_or_a_subject(who, kind, clause):
        return who, NONE
    if _ABOUT_MEDIA.search(before) and not _WORRY(clause):  # "a documentary on people who..."
        return who, NONE
    if kind in _GIVES_WAY and _everyday(kind, _around(text, begin, finish)):
        return who, NONE
    if _read_as_everyday(text, clause, begin, finish, matched.strip()):
        return who, NONE
    # A past said inside the thought itself ("i wish i had not survived") is not a past thought,
    # nor is the past that such a wish is about ("wish i had died in that crash when i was 17"):
    # only a past said before it is ("i used to wish i had died").
    rest = clause.replace(matched.strip(), " ") if matched.strip() else clause
    if _WISHED_PAST.search(matched):
        rest = before
    if _denied(before) or (_PAST(rest) and not _AGAIN(clause)):
        return who, STRAIN
    if who == _OTHER:
        return who, CONCERN
    return who, IMMINENT if kind in ("act", "now") else CRISIS


def _about_others_or_a_subject(who: str, kind: str, clause: str) -> bool:
    """A story, the news, or teaching and prevention work, rather than a person's own state.
    A friend's own words about themselves stay theirs even beside a course or a lecture."""
    if who != _SELF and _FICTION_OR_NEWS(clause) and not _WORRY(clause):
        return True
    if kind == "topic" and who != _SELF and _SOMEONE_DIED_OF.search(clause):
        return True  # "jane dies of an overdose": a death told, not a thought
    if who == _OTHER and _HYPOTHETICAL.search(clause) and _INFORMATION(clause):
        return True  # "what would i do if a child said they wanted to die": a safeguarding case
    if who == _OTHER and kind != "topic" and _KNOWN_PERSON.search(clause):
        return False
    return _INFORMATION(clause) is not None


def _everyday(kind: str, near: str) -> bool:
    """Whether the words near a broad rule's match have the everyday context it gives way to."""
    context, unless = _GIVES_WAY[kind]
    return context.search(near) is not None and not (unless and unless.search(near))


def _read_as_everyday(text: str, clause: str, begin: int, finish: int, said: str) -> bool:
    """Whether a reading of `_READ_AS_EVERYDAY` that the words `said` pick out has its
    everyday context where it looks for it."""
    for picks, context, unless, where in _READ_AS_EVERYDAY:
        if not picks(said):
            continue
        window = (_around(text, begin, finish) if where == "near"
                  else clause if where == "clause" else text)
        # what overrides the context ("on purpose", "when i feel like a failure") may be said
        # anywhere in the clause
        if context(window) and not (unless and unless(clause)):
            return True
    return False


def _around(text: str, begin: int, finish: int, words: int = 6) -> str:
    """The match and a few words either side, within its clause: in a long message a routine
    word far off ("after every interview") says nothing about the means named here."""
    start = text.rfind(" . ", 0, begin)
    end = text.find(" . ", finish)
    before = text[0 if start < 0 else start + 3 : begin].split()[-words:]
    after = text[finish : len(text) if end < 0 else end].split()[:words]
    return " ".join([*before, text[begin:finish].strip(), *after])


def _mask_topics(text: str) -> str:
    """"suicide prevention", "self harm awareness": a field of work, not a state of mind;
    "dead poets society": a title; "killed myself laughing": an idiom."""
    if _HAS_TOPIC_WORD(text):
        text = _TOPIC_COMPOUNDS.sub("topic", text)
    return _EVERYDAY_IDIOMS.sub("idiom", _KNOWN_TITLES.sub("title", text))


def _whose(before: str, matched: str) -> str:
    """The reflexive in the thought itself, else the nearest subject before it in its clause."""
    if _OTHER_IN_MATCH.search(matched) and not _SELF_IN_MATCH.search(matched):
        return _OTHER
    if _SELF_IN_MATCH.search(matched):
        return _SELF
    subjects = [
        found.lastgroup
        for found in _WHO.finditer(before)
        if found.lastgroup == "self"
        or (before.endswith(safety_words.WATCHING, 0, found.start())
            if found.lastgroup == "watched" else not _recipient(before, found.start()))
    ]
    if not subjects:
        return _NOBODY
    return _SELF if subjects[-1] == "self" else _OTHER


def _recipient(before: str, start: int) -> bool:
    """Whether the person named at `start` is given, told or written to, not the one at risk."""
    words = before[:start].split()
    return bool(words) and words[-1] in _NOT_SUBJECT


def _denied(before: str) -> bool:
    """A denial within the words just before the thought ("can not" is not one), said by the
    thought's own subject and not inside a condition: in "if it does not go well i am done",
    the "not" is the condition's."""
    words = before.replace("can not", "canot").split()[-8:]
    window = " ".join(words)
    if "no" not in window and "never" not in window:  # every denial has one of them
        return False
    if _DENIAL_LEAD.search(window):  # "not that i want to", "not like i would"
        return True
    if _UNSURE.search(window):  # "can not promise i will not", "not sure i will not"
        return False
    subjects = [at for at, word in enumerate(words) if word in _SUBJECTS]
    own = words[subjects[-1] :] if subjects else words
    if any(word in _CONDITIONS for word in own) or (
        subjects and words[subjects[-1] - 1] in _CONDITIONS
    ):
        return False
    return _NEGATION.search(" ".join(own[-5:])) is not None
