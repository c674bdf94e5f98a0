"""Crisis-language detection, run on each free-text message before the flow, and the lines to call.

Detection is deliberately a small set of readable rules, not a model: crisis routing must be
deterministic and reviewable. Two choices follow from "a missed crisis costs more than a
needless check-in":

- Negation is not parsed. "I'm not suicidal, just sad" is still CRISIS: telling a real denial
  from a hedge is beyond a regex, and answering a denial with crisis lines costs only a moment.
- Figurative talk about the job hunt ("this process is killing me") is STRAIN, which gets a
  gentle check-in; but anything naming death or self-harm *for oneself* is CRISIS, even when it
  may be a joke ("I'd rather be dead than do another panel").

Text is normalised first (case, Unicode width, accents, apostrophes, common contractions and
texting spellings, cheap leetspeak, punctuation), and every run of a repeated letter is squeezed
to one letter, in the text *and* in the patterns: "kill", "kil" and "killll" all read "kil". So
patterns are written in plain spelling, and must not rely on a doubled letter to mean anything.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum


class Risk(StrEnum):
    """How a message should be answered, in rising order: `risk > Risk.STRAIN` means crisis
    resources. Values may be stored: add, never rename; order is the order of definition."""

    NONE = "none"
    STRAIN = "strain"  # distress, hopelessness, hyperbole, past or denied thoughts: check in
    CONCERN = "concern"  # someone else (a friend, partner, child) may be at risk: how to help them
    CRISIS = "crisis"  # self-harm, suicide, not wanting to live: crisis resources, flow paused
    IMMINENT = "imminent"  # acting now or already acted: the emergency number first

    @property
    def rank(self) -> int:
        return _RISK_ORDER.index(self)

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Risk):
            return NotImplemented
        return self.rank < other.rank

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Risk):
            return NotImplemented
        return self.rank > other.rank

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Risk):
            return NotImplemented
        return self.rank <= other.rank

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Risk):
            return NotImplemented
        return self.rank >= other.rank

    # str's own hash: equality with the plain value ("crisis") keeps working.
    __hash__ = str.__hash__

    @property
    def needs_resources(self) -> bool:
        """Every level above STRAIN answers with crisis lines."""
        return self > Risk.STRAIN


_RISK_ORDER: tuple[Risk, ...] = tuple(Risk)


@dataclass(frozen=True, slots=True)
class CrisisLine:
    """A way to reach a person now. Data, not wording: the coach's words live in its content."""

    region: str
    name: str
    contact: str


CRISIS_LINES: tuple[CrisisLine, ...] = (
    CrisisLine("International", "Find A Helpline", "findahelpline.com, free lines worldwide"),
    CrisisLine("US", "988 Suicide & Crisis Lifeline", "call or text 988"),
    CrisisLine("UK & Ireland", "Samaritans", "call 116 123 (free, 24/7)"),
    CrisisLine("Emergency", "in immediate danger", "call 112 (EU), 911 (US) or 999 (UK)"),
)


def crisis_resources_text() -> str:
    """The lines as a short plain-text list that reads the same on every platform."""
    lines = [f"• {line.region}: {line.name} – {line.contact}" for line in CRISIS_LINES]
    return "\n".join(["You can reach someone right now:", *lines])


def classify(text: str) -> Risk:
    """CRISIS if any crisis rule matches, else STRAIN if any strain rule does, else NONE."""
    normalised = _normalise(text)
    if any(pattern.search(normalised) for pattern in _CRISIS_PATTERNS):
        return Risk.CRISIS
    if any(pattern.search(normalised) for pattern in _STRAIN_PATTERNS):
        return Risk.STRAIN
    return Risk.NONE


def _squeeze(text: str) -> str:
    """Squeeze every run of one letter to a single letter (an escaped letter in a regex is kept)."""
    return re.sub(r"(?<!\\)([a-z])\1+", r"\1", text)


_APOSTROPHES = re.compile(r"['’‘`´ʼʻ′]")
_LEET = str.maketrans("013457@$", "oieastas")
# fmt: off
_WORDS = {
    _squeeze(spelling): _squeeze(meaning)
    for spelling, meaning in {
        "im": "i am", "iam": "i am", "ive": "i have", "dont": "do not", "doesnt": "does not",
        "didnt": "did not", "cant": "can not", "cannot": "can not", "wont": "will not",
        "isnt": "is not", "aint": "is not", "wasnt": "was not", "werent": "were not",
        "hadnt": "had not", "wouldnt": "would not", "whats": "what is", "wanna": "want to",
        "gonna": "going to", "gotta": "got to", "2": "to", "u": "you", "ur": "your",
        "noone": "no one", "nobody": "no one", "ded": "dead", "tonite": "tonight",
        "myslef": "myself", "goodbye": "good bye",
    }.items()
}
# fmt: on


def _unleet(match: re.Match[str]) -> str:
    token = match.group()
    return token.translate(_LEET) if any(c.isalpha() for c in token) else token


def _is_format(char: str) -> bool:
    return unicodedata.category(char) == "Cf"


def _normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text))
    # Accents go, and so do invisible format characters such as zero-width spaces.
    text = "".join(c for c in text if not unicodedata.combining(c) and not _is_format(c))
    text = _APOSTROPHES.sub("", text.casefold())
    text = re.sub(r"[a-z0-9@$]+", _unleet, text)
    text = _squeeze(re.sub(r"[^a-z0-9]+", " ", text))
    return " ".join(_WORDS.get(word, word) for word in text.split())


def _compile(*sources: str) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(_squeeze(source)) for source in sources)


# "live" as in living, not as in where one lives ("I don't want to live in London").
_LIVE = r"liv(?:e|ing)\b(?! (?:in|at|near|with|on|by|there|here|abroad|somewhere)\b)"
# "go on" as in going on with life, not going on an interview or with an application.
_GO_ON = (
    r"(?:go|going|carry|carrying) on\b"
    r"(?! (?:a|an|another|the|with|to|this|that|my|interviews?|applying)\b)"
)

_CRISIS_PATTERNS = _compile(
    # Suicide named outright, misspelt ("sucidal", "suicde") or in algospeak.
    r"\bsu[iy]?[cs][iy]?d(?:e|es|ed|al|ial|aly|ality|el|le|ally)?\b",
    r"\bunalive\b",
    r"\bsewer ?slide\b",
    # Killing or harming oneself, including the abbreviations kms / "i should kys".
    r"\b(?:kill|killing|killed|hurt|hurting|harm|harming|cut|cutting|hang|hanging|shoot|"
    r"drown|poison|starve|offing|end|ending) my ?self\b(?! (?:some|a) (?:slack|break)\b)",
    r"\b(?:to|i|just) off myself\b",
    r"(?<![0-9] )\bkms\b",
    r"\bi (?:am )?(?:should|will|could|might|going to|want to|need to|just) (?:just )?kys\b",
    r"\b(?:end|ending|ended|take|taking|took) my (?:own )?life\b(?! (?:back|in|into|to)\b)",
    r"\bself ?(?:harm|harming|injury|injuring|mutilat\w*)\b",
    r"\boverdos(?:e|ed|es|ing)\b",
    r"\b(?:all|a bunch of|a bottle of|too many) (?:of )?(?:my |the |these )?"
    r"(?:pills|tablets|meds)\b",
    r"\bjump(?:ing|ed)? (?:off|from) (?:a|the|this|that|my) "
    r"(?:bridge|building|roof|rooftop|cliff|balcony|ledge|tower)\b",
    r"\b(?:jump|step|throw myself) (?:in front of|under) (?:a|the) (?:train|bus|truck|car)\b",
    r"\b(?:slit|slitting|cut|cutting) my (?:wrists?|throat)\b",
    r"\b(?:gun to my head|blow my brains out)\b",
    # Wanting to die or to be dead; wishing never to have been born or to wake up.
    r"\b(?:want|wanted|wanting|wish|ready|deserve|need|like|plan|planning) to (?:just )?"
    r"(?:die|be dead)\b",
    r"\brather (?:just )?(?:die|be dead)\b",
    r"\bfeel like (?:dying|killing myself|ending it)\b",
    r"\bwish (?:that )?i (?:\w+ ){0,2}?(?:dead|die|died|did not exist|never existed)\b",
    r"\bwish (?:that )?i (?:(?:was|were|had|had been) )?(?:not|never) (?:been )?born\b",
    r"\bhope i (?:die|do not wake up|never wake up)\b",
    r"\bsleep (?:and|n) (?:never|not|do not) (?:\w+ ){0,2}?wake up\b",
    r"\b(?:never|not) wake up (?:again|ever again|any ?more)\b",
    r"\bdo not want to wake up\b(?! (?:early|at|before|so)\b)",
    r"\bwant to (?:just )?(?:not|never) wake up\b",
    r"\b(?:want|wish|need) to (?:go to )?sleep forever\b",
    r"\bwant to dye\b(?! (?:my|it|the|your|her|his|our|their)\b)",  # a common typo of "die"
    r"\bi should (?:just )?(?:die|be dead)\b",
    r"\bwant (?:to stop (?:living|existing|breathing)|to be gone|my life to (?:be over|end))\b",
    r"\bcan not (?:take|stand|bear|handle) (?:living|life|being alive)\b",
    r"\b(?:bought|buy|buying|got) (?:a |some )?rope\b|\bnoose\b",
    r"\bwhat is the point of me\b",
    r"\b(?:better|happier|easier) (?:off )?if i (?:was|were|am) "
    r"(?:gone|dead|not (?:here|around))\b",
    r"\bmight as well (?:just )?(?:die|be dead|end it|kill myself)\b",
    r"\b(?:thinking|thought|think|considering) (?:about|of) (?:ending (?:it|things)\b(?! with)|"
    r"ending my life|not being here|killing myself)\b",
    # Not wanting to live, exist or go on.
    r"\b(?:not|no longer|never)\b(?: \w+){0,3}? want to (?:" + _LIVE + r"|be alive|exist|"
    r"be here any ?more|be around any ?more|" + _GO_ON + r")",
    r"\bcan not (?:" + _GO_ON + r"|keep living|live like this|live any ?more|do life)",
    r"\b(?:lost|losing|no) (?:the |my )?will to live\b",
    # No reason or point to living; life not worth it.
    r"\b(?:no|any|what is the|see the|see a) (?:real )?(?:reason|point|purpose) (?:for me )?"
    r"(?:to |in |of |for )?"
    r"(?:" + _LIVE + r"|be alive|being alive|existing|staying alive|life|my life|" + _GO_ON + r")",
    r"\bnothing (?:left )?to live for\b",
    r"\b(?:not|no longer) worth living\b",
    r"\blife is (?:not|no longer) worth it\b",
    r"\blife is (?:pointless|meaningless|hopeless|over)\b",
    r"\bwhy (?:am i|should i|do i) (?:even |still )?(?:alive|exist|keep living|bother living)\b",
    # Others better off without them; being a burden.
    r"\bbetter (?:off )?(?:dead|gone|without me|not existing|not being here|not alive)\b",
    r"\bno one (?:would |will |is going to )?(?:even )?"
    r"(?:miss me|care if i (?:die|died|was gone))\b",
    r"\b(?:i am|i feel like)(?: just| such| only)? a burden\b",
    # Ending it all; wanting everything to stop; disappearing for good; plans and goodbyes.
    r"\bend(?:ing)? it all\b",
    r"\bend(?:ing)? (?:things|everything)\b(?! with\b)",
    r"\b(?<!how )(?<!way )(?:to|will|ill|should|might|just) end it\b"
    r"(?! (?:with|here|there|on|for (?:today|now)|politely|nicely|professionally)\b)",
    r"\b(?:it|it all|everything) to (?:stop|end) (?:forever|for good|permanently)\b",
    r"\b(?:disappear|vanish)(?:ed)? (?:forever|for good|permanently)\b",
    r"\b(?:want to|wish i could|wish i would) (?:just )?"
    r"(?:disappear|vanish|stop existing|not exist)\b",
    r"\bplan(?:s|ned|ning)? (?:to|on) (?:die|dying|end it|end my life|ending it|ending my life)\b",
    r"\b(?:good bye|bye|farewell) (?:forever|for good|cruel world|world)\b",
    r"\b(?:this is|final|last) (?:my )?(?:final |last )?(?:good bye|farewell)\b",
    r"\b(?:done|tired|sick|exhausted|finished) (?:of |with )?"
    r"(?:life|living|being alive|existing|my life)\b",
    r"\b(?:give|giving|gave) up on (?:life|living)\b",
)

_STRAIN_PATTERNS = _compile(
    # Figures of speech about being killed or dying ("this process is killing me").
    r"\b(?:kill|kills|killing|killed) me\b",
    r"\bi am (?:\w+ )?dying\b(?! (?:to|for|of laughter)\b)",
    r"\bi (?:am going to|could|would|will|might) (?:just |literally )?die\b",
    # Reaching the limit.
    r"\bcan not (?:take|do|handle|stand|bear|cope with|deal with)\b"
    r"(?: \w+){0,3}? any ?(?:more|longer)\b",
    r"\bcan not (?:cope|keep going|(?:take|handle|face|bear) (?:it|this|another))\b",
    r"\b(?:wits? end|dead inside|end of my (?:rope|tether)|breaking point|rock bottom|"
    r"falling apart|breaking down|losing my mind|nervous breakdown|no way out|"
    r"too much to (?:bear|handle))\b",
    r"\b(?:this|it) is (?:torture|hell|unbearable)\b",
    r"\b(?:can not stop|keep) crying\b",
    # Heavy feelings about oneself or the search.
    r"\b(?:devastated|heartbroken|hopeless|helpless|worthless|miserable|depressed|despair|"
    r"overwhelmed|burn(?:ed|t) out)\b",
    r"\b(?:i am|i feel|feel|feeling) (?:so |completely |totally |really |just |such )?"
    r"(?:crushed|broken|shattered|destroyed|defeated|useless|"
    r"(?:like )?(?:a|such a) (?:failure|loser))\b",
    r"\bhate (?:myself|my life)\b",
    r"\bmy (?:career|job search|job hunt|chances|future|life) is "
    r"(?:dead|over|finished|ruined|doomed)\b",
    # Wanting to give up on the search.
    r"\b(?:give|giving|gave) up\b",
    r"\b(?:so|completely|totally|absolutely) done\b",
    r"\b(?:done with|sick of|tired of) (?:it all|everything|this|being (?:rejected|ghosted)|"
    r"rejections?|job hunting|applying|the (?:job )?(?:hunt|search|process))\b",
    r"\b(?:what is the point|no point any ?more)\b",
)
