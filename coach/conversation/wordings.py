"""How people and rejection emails word each stage and kind of rejection, as patterns.

Kept apart from the extraction logic so the wordings can grow (and be reviewed)
without touching the code that reads them. Order matters: the first pattern
that matches wins, so the more specific wordings come first.
"""

from __future__ import annotations

import re

_I = re.IGNORECASE


def _any(*wordings: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(wordings) + r")", _I)


#: Stages, most specific first. "Never got an interview" must beat "interview".
STAGE_WORDINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("applied", _any(
        r"(?:no|never|without|didn'?t (?:even )?get|did not (?:even )?get|not even) (?:a |an )?"
        r"(?:interview|call ?back|call|screen|phone screen)",
        r"cv stage", r"resume stage", r"application stage", r"(?:cv|resume|résumé) screen",
        r"before (?:any|an|the) interview")),
    ("final", _any(
        r"final[- ](?:round|interview|stage|call)s?", r"last (?:round|interview|stage)",
        r"offer stage", r"reference (?:check|stage)s?", r"final (?:panel|onsite)",
        r"all the way to the end", r"final one")),
    ("screen", _any(
        r"phone (?:screen|interview|call)", r"screening(?: call| interview)?",
        r"recruiter (?:call|screen|chat|interview)", r"hr (?:call|screen|interview|chat)",
        r"(?:initial|intro|introductory|first) (?:call|chat|screen)",
        r"speaking with (?:me|us|our recruiter)", r"talent (?:call|screen)")),
    ("interview", _any(
        r"interview(?:s|ed|ing)?", r"technical (?:round|test|task|assessment)",
        r"tech(?:nical)? test", r"coding (?:test|challenge|round|exercise)",
        r"take[- ]home", r"case study", r"on-?site", r"panel",
        r"(?:second|2nd|third|3rd) round", r"(?:\d+|two|three|four|five|several|many) rounds",
        r"assessment (?:centre|center|day)")),
    ("applied", _any(
        r"applied", r"applying", r"my application", r"application",
        r"sent (?:my|a) (?:cv|resume|résumé)")),
)

#: Kinds of rejection, most specific first; the generic "not selected" comes last.
KIND_WORDINGS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("no_reply", _any(
        r"ghost(?:ed|ing)", r"never heard back", r"never heard (?:anything|from them)",
        r"never (?:got|received) (?:a |any )?(?:reply|response|answer)",
        r"no (?:reply|response|answer)", r"radio silence", r"heard nothing",
        r"didn'?t hear back", r"haven'?t heard (?:back|anything)", r"never (?:replied|responded)",
        r"stopped (?:replying|responding)", r"never got back to me")),
    ("not_hiring", _any(
        r"not hiring", r"hiring freeze", r"froze hiring", r"freez\w* (?:hiring|the role)",
        r"no longer hiring", r"decided not to fill",
        r"(?:position|role|vacancy|opening|requisition) (?:has been|was|is being|is|got) "
        r"(?:cancell?ed|put on hold|withdrawn|eliminated|cut|frozen)",
        r"(?:budget|headcount) (?:cuts?|constraints|reasons|was cut|freeze)",
        r"not (?:going|able) to fill", r"restructur\w*")),
    ("only_applications", _any(
        r"only (?:accept|accepting|take|taking|consider|considering) (?:online |formal )?"
        r"applications", r"applications? (?:only|must be (?:submitted|made)) (?:through|via|on)",
        r"(?:apply|applications?) (?:through|via|on) (?:our|the) (?:careers|website|portal|site)",
        r"(?:don'?t|do not|cannot) (?:accept|consider) (?:unsolicited|speculative)",
        r"unsolicited (?:cvs|resumes|applications)")),
    ("other_candidates", _any(
        r"other (?:candidates?|applicants?)", r"another (?:candidate|applicant|person)",
        r"internal (?:candidate|hire|applicant)", r"someone (?:else|more|with more)",
        r"somebody else", r"went with (?:another|someone|somebody|a|an|other)",
        r"(?:chose|picked|hired|selected) (?:another|someone|somebody|a different|other)",
        r"(?:position|role|vacancy|job) (?:has (?:now )?been|was|is now|is) filled",
        r"filled the (?:role|position|vacancy)",
        r"candidates? (?:whose|who|that) (?:more closely|better|more)",
        r"more (?:experienced|senior|qualified|suitable) (?:candidate|applicant|person)")),
    ("keep_on_file", _any(
        r"(?:keep|kept|retain|hold|store|save) (?:your|my) (?:résumé|resume|cv|details|"
        r"application|profile|information|info)", r"on file", r"talent (?:pool|community)",
        r"(?:contact|consider|reach out to) (?:you|me) (?:for|about|if) (?:future|other|a "
        r"suitable|another)")),
    ("not_selected", _any(
        r"not (?:been )?(?:selected|successful|shortlisted|chosen|progressed)", r"unsuccessful",
        r"not to (?:proceed|progress|move forward|continue)",
        r"not (?:be )?(?:moving|progressing|proceeding|going) (?:forward|ahead|further)",
        r"won'?t be (?:moving|progressing|proceeding|taking)",
        r"decided not to (?:proceed|progress|move|continue|offer|pursue|take)",
        r"regret to (?:inform|let you know|tell you)", r"not selected")),
)

#: Anything that says a person was turned down, for messages outside a flow.
REJECTION = _any(
    r"reject\w*", r"turned (?:me )?down", r"didn'?t get (?:the|that|it|an? offer)",
    r"did not get (?:the|that|it|an? offer)", r"not (?:been )?selected", r"unsuccessful",
    r"got a no", r"ghosted", r"passed on me", r"no offer", r"didn'?t make it",
    r"went with (?:another|someone|other)", r"not to (?:proceed|progress|move forward)",
    r"(?:not|won'?t) be (?:moving|progressing|proceeding) forward", r"regret to inform",
    r"move forward with (?:other|another)", r"said no", r"never heard back", r"hiring freeze")
