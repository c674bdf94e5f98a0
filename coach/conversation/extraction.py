"""Reading what a person said: company, role, stage and kind of rejection from free text.

Works on an opening line ("Globex turned me down after the final round"), on any
answer, and on a pasted rejection email (up to 4,096 characters), so the coach
never asks for what it has already been told. Deterministic patterns, no guessing
beyond them: a fact not clearly stated stays unknown and is asked for instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

from coach.conversation.wordings import KIND_WORDINGS, REJECTION, STAGE_WORDINGS

LIMIT = 4096


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_WORD = r"(?:[A-Z0-9][\w'’.&-]{0,30})(?![\w'’.&-])"  # bounded: no slow paths on odd input
_NAME = rf"(?P<name>{_WORD}(?:[ \t]+(?:(?:&|n|of|de)[ \t]+)?{_WORD}){{0,3}})"
_LOWER_NAME = r"(?P<name>[a-z][\w.&-]{1,30})"
#: Capitalised words that start sentences or dates, never a company's name.
_NOT_NAMES = _word_set(
    "i i'm im the a an we our us you your it its this that they their today yesterday just "
    "so well finally unfortunately thank thanks hi hello dear hey after sadly again also "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december re subject from to sent "
    "best kind regards sincerely cheers team recruiting hr talent careers them him her one "
    "job role position interview offer got getting been was they've i've i'd we've they're "
    "cv resume résumé no yes ugh argh graduate recruitment human resources people my me his "
    "what another some any startup firm employer agency recruiter interviewer"
)
_PLACES = _word_set(
    "hospital school college university bank store stores restaurant cafe clinic hotel "
    "bakery pharmacy kitchen garage shop market"
)
_ABBREVIATIONS = frozenset({"inc.", "co.", "ltd.", "corp.", "llc.", "plc.", "gmbh."})
_MAIL_HOSTS = _word_set(
    "gmail googlemail outlook hotmail yahoo icloud proton protonmail live aol mail "
    "greenhouse lever workday myworkday smartrecruiters icims ashbyhq ashby workable "
    "teamtailor bamboohr jobvite recruitee personio successfactors taleo noreply"
)
_TEAM = (r"(?i:recruiting|recruitment|talent(?: acquisition)?|hiring|people(?: team)?|hr|"
         r"careers|human resources|talent team|recruiter|(?:talent|people|hr) partner|"
         r"hiring manager|graduate recruitment(?: team)?|recruitment team)")

#: Cues inside running text (read with line breaks flowed into spaces).
_INLINE_CUES: tuple[re.Pattern[str], ...] = tuple(re.compile(p) for p in (
    rf"(?i:rejected|rejection|turned down|declined|ghosted|passed over|heard back|no|"
    rf"email|letter|call|offer|reply|response|word|news|nothing)[ \t]+(?i:from|by|at)[ \t]+"
    rf"(?:the[ \t]+)?{_NAME}",
    rf"(?i:role|position|job|offer|interview|interviews|internship|opening|vacancy|post|spot|"
    rf"opportunity|career|here|everyone|team|recruiter|recruiters|manager|people)[ \t]+"
    rf"(?i:at|with|@)[ \t]+{_NAME}",
    rf"(?i:interest in|applying to|applied to|applying at|applied at|application to|"
    rf"applying with|application with|interviewing with|interviewed with|interviewed at|"
    rf"interviewing at|on behalf of|joining|working at|working for|contacting|it was|it's|"
    rf"it is|company was|company is)[ \t]+{_NAME}",
    rf"{_NAME}[ \t]+(?i:just |finally )?(?i:rejected me|ghosted me|turned me down|said no|"
    rf"passed on me|dropped me|turned down my)",
))
#: Cues that need the line they stand on: an opening's subject, a signature.
_LINE_CUES: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.MULTILINE) for p in (
    rf"^(?i:so |well |today |yesterday |just )?{_NAME}[ \t]+(?i:just |finally |officially )?"
    rf"(?i:rejected|turned|ghosted|said|passed|declined|dropped|went with|chose|"
    rf"decided|never|didn'?t|did not|won'?t|is not|isn'?t|has|have|had)",
    rf"^{_NAME}[ \t]*[:–—][ \t]",
    rf"^[ \t]*(?i:the )?{_NAME}[ \t]+{_TEAM}(?i:[ \t]+team)?[ \t]*$",
    rf"{_TEAM}(?i:[ \t]+team)?(?i:[ \t]+(?:at|@)|[ \t]*[,|–—-])[ \t]+{_NAME}[ \t]*$",
    rf"^[ \t]*{_TEAM}(?i:[ \t]+team)?[ \t]*,?[ \t]*\n[ \t]*{_NAME}[ \t]*$",
))
_ANYWHERE = re.compile(rf"(?i:at|with|by|from|to)[ \t]+(?:the[ \t]+)?{_NAME}")
_LOWER_CUE = re.compile(
    rf"\b(?:rejected|turned down|ghosted|rejection)[ \t]+(?:from|by|at)[ \t]+{_LOWER_NAME}",
    re.IGNORECASE)
_SENDER = re.compile(r"^from:[^\n@]*@(?P<host>[\w-]+)\.[\w.]+", re.IGNORECASE | re.MULTILINE)

_ROLE_WORD = (r"(?!(?:the|a|an|in|at|for|with|to|your|my|our|this|that|on|from|by|is|was|and|"
              r"interest|applying|application|job|role|position|same|new|other|whole|dream|"
              r"next|perfect|right|open|company|their)\b)[A-Za-z][\w/&+.-]{0,30}(?![\w/&+.-])")
_ROLE = rf"(?P<role>{_ROLE_WORD}(?:[ \t]+(?:of[ \t]+)?{_ROLE_WORD}){{0,5}}?)"
_ROLE_NOUN = r"(?:role|position|job|post|vacancy|opening|internship|opportunity)\b"
_ROLE_CUES: tuple[re.Pattern[str], ...] = tuple(re.compile(p, re.IGNORECASE) for p in (
    rf"\b(?:the|a|an|my|this|your|our)[ \t]+{_ROLE}[ \t]+{_ROLE_NOUN}",
    rf"\b{_ROLE_NOUN}[ \t]+(?:of|as)[ \t]+(?:an?[ \t]+)?{_ROLE}"
    rf"(?=[ \t]+(?:at|with|in)\b|[,.;!\n]|$)",
    rf"\bas[ \t]+an?[ \t]+{_ROLE}[ \t]+(?:at|with)\b",
    rf"\b(?:application|applying|applied) for[ \t]+(?:the[ \t]+)?{_ROLE}(?=[ \t]+(?:at|with)\b|"
    rf"[ \t]*[,.;!\n]|$)",
    rf"(?:subject:|re:)[^\n]*?[:–—-][ \t]*{_ROLE}[ \t]*(?:role|position)?[ \t]*(?:\n|$)",
))


@dataclass(frozen=True, slots=True)
class Facts:
    """What is known about one rejection; None where nothing was said."""

    company: str | None = None
    role: str | None = None
    stage: str | None = None
    kind: str | None = None

    def filled_from(self, other: Facts) -> Facts:
        """These facts, with the gaps filled from `other` (what was said first wins)."""
        gaps = {f.name: getattr(other, f.name) for f in fields(self) if getattr(self, f.name)
                is None}
        return replace(self, **{k: v for k, v in gaps.items() if v is not None})

    def known(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if getattr(self, f.name)}


def read(text: str) -> Facts:
    """Every fact the text states clearly."""
    text = text[:LIMIT]
    flowed = _flowed(text)
    return Facts(company(text), role(flowed), stage(flowed), kind(flowed))


def _flowed(text: str) -> str:
    """Line breaks as spaces: emails wrap their sentences anywhere."""
    return re.sub(r"[ \t]*\n[ \t]*", " ", text)


def looks_like_rejection(text: str) -> bool:
    """An opening line or a pasted email that tells of a rejection."""
    return len(text) <= LIMIT and (bool(REJECTION.search(text)) or kind(text) is not None)


def stage(text: str) -> str | None:
    text = _flowed(text)
    return next((value for value, wording in STAGE_WORDINGS if wording.search(text)), None)


def kind(text: str) -> str | None:
    text = _flowed(text)
    return next((value for value, wording in KIND_WORDINGS if wording.search(text)), None)


def company(text: str) -> str | None:
    """The company, from the clearest cue: running text, then the lines, then any 'at X'."""
    flowed = _flowed(text)
    searches = [(cue, flowed) for cue in _INLINE_CUES] + [(cue, text) for cue in _LINE_CUES]
    for cue, where in [*searches, (_ANYWHERE, flowed)]:
        for match in cue.finditer(where):
            name = _trim(match.group("name"))
            if name:
                return name
    lower = _LOWER_CUE.search(text)
    if lower and lower.group("name").lower() not in _NOT_NAMES:
        return lower.group("name").rstrip(".").capitalize()
    sender = _SENDER.search(text)
    if sender and sender.group("host").lower() not in _MAIL_HOSTS:
        return sender.group("host").capitalize()
    return None


def _trim(name: str) -> str | None:
    """Drop sentence-start words and trailing punctuation; None if nothing name-like is left."""
    words = name.replace("’", "'").split()
    owners = [i for i, w in enumerate(words[:-1]) if w.endswith("'s")  # "Amazon's AWS team"
              and words[i + 1].lower() not in _PLACES]  # but "St Mungo's Hospital"
    words = words[: owners[0] + 1] if owners else words
    ends = [i for i, w in enumerate(words) if w.endswith(".") and w.lower() not in _ABBREVIATIONS]
    words = words[: ends[0] + 1] if ends else words
    while words and words[0].lower().strip(".,'") in _NOT_NAMES:
        words.pop(0)
    while words and (words[-1] == "&" or words[-1].lower().strip(".,") in _NOT_NAMES):
        words.pop()
    cleaned = " ".join(words).rstrip(".,;:!'")
    cleaned = re.sub(r"'s$", "", cleaned)
    return cleaned if cleaned and not cleaned.isdigit() else None


def role(text: str) -> str | None:
    text = _flowed(text)
    for cue in _ROLE_CUES:
        for match in cue.finditer(text):
            found = match.group("role").strip().rstrip(".,")
            if found and found.lower() not in _NOT_NAMES and len(found) <= 80:
                return found
    return None
