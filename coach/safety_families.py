"""Safety rules written as families, not phrases: the plain messages earlier rounds still missed.

Each rule names a whole family by its parts, so that a fresh wording of it is caught too: any
taking of an amount of any medicine, any first-person jump or height with a time, "a plan" with a
when, a where or a how, relapse beside a harm, a harm whose goal is pain, an overdose on a
medicine, the UK and Australian slang for suicide, and someone else's goodbye (their messages,
their passwords, their things given away), read as CONCERN by who says it. Part of the rules in
`safety_rules`; see there for how rules are read.

A rule about someone else matches only its verb and looks ahead for the rest ("sent(?= me her
passwords)"), so the "me" in it does not make the thought the writer's own.
"""

from __future__ import annotations

from coach.safety_words import BODY, DRUGS, HEIGHTS

_ABOUT = r"(?:(?:about|like|around|maybe|over|nearly|almost|roughly|at least|probably) )?"
_AMOUNT = (
    r"(?:\d{2,}|twenty|thirty|forty|fifty|sixty|a hundred|double|triple|twice|three times|"
    r"half|most|a month of|a weeks? of|a strip of|two strips of|a few strips of)"
)
_SOON = (
    r"(?:now|right now|soon|tonight|today|in (?:a few|an|\d+|one|two|five|ten) (?:mins?|minutes?|"
    r"hours?|secs?|seconds?)|within (?:the|an) hour)"
)
_HIGH_PLACE = (
    r"(?:" + HEIGHTS + r"|cliffs?|tracks|train tracks|railway|platform|platform edge|roof edge|"
    r"edge)"
)
_PLAN_PARTS = r"(?:when|where|how|the (?:date|day|time|place|spot|method))"
_GOODBYE = (
    r"(?:god ?bye|sory for everything|thank\w* for everything|(?:a )?last (?:mesage|text)|"
    r"(?:sounded|sounds|read|reads|looked) like (?:a )?(?:god ?bye|suicide note|note))"
)
_GONE_QUIET = (
    r"(?:not (?:\w+ )?(?:answer|reply|respond|pick)\w*|phone (?:is |was )?(?:of|dead|switched "
    r"of)|no reply|(?:not|never) heard back|not seen)"
)

ACTS = [
    r"\b(?:took|taken|swallowed|downed|necked|had) " + _ABOUT + _AMOUNT + r" (?:\w+ ){0,3}?"
    + DRUGS + r"\b",
    r"\b(?:i am|i wil|il|i am going to|i am about to|going to) (?:just )?jump\b(?: \w+){0,4}? "
    + _SOON + r"\b",
    r"\b(?:standing|sitting|waiting|sat|stood|i am) (?:on|at) (?:the|a) (?:platform|tracks|ledge|"
    r"rof|rof edge)\b(?: \S+){0,8}? (?:this is it|good bye|next train|jump|now|" + _SOON + r")\b",
    r"(?:^|\. )(?:on|at|up on) (?:the|a) (?:ledge|rof edge|edge of the (?:bridge|rof|cliff)|cliff"
    r" edge)(?= \.|$)",
    r"\bwithin the hour (?:i wil|il) be (?:gone|dead)\b",
    r"\btonight is the night(?: \.)? (?:i am done|i am out|no more|it ends|i end it|i go)\b",
    r"\boverdosed on (?:\w+ ){0,2}?" + DRUGS + r"\b",
]

THOUGHTS = [
    # Heights and tracks kept on the mind.
    r"\b(?:kep|keps|kept|can not stop|been|always) (?:thinking|dreaming|imagining|picturing) "
    r"(?:about|of) (?:\w+ ){0,8}?(?:jumping|" + _HIGH_PLACE + r")\b(?! (?:bar|party|garden|"
    r"terace|restaurant|cafe|view|project|design|job|role|interview)\b)",
    r"\bthinking (?:about|of) (?:the|that) (?:roftop|rof|ledge|cliffs?|tracks|train tracks)\b"
    r"(?! (?:bar|party|garden|terace|restaurant|cafe|view|project|design|job|role)\b)",
    # A plan with a when, a where or a how.
    r"^(?:i have|i have got|i got|i made) a plan(?: now)?(?=(?: \.)?$)",
    r"\ba plan\b(?: now)?(?: \.)? (?:and )?(?:i (?:already )?know )?" + _PLAN_PARTS + r" and "
    r"(?:i know )?" + _PLAN_PARTS + r"\b(?! (?:to apply|the interview|i apply))|"
    r"\ba plan and i know (?:when|where|how) (?:i am|i wil|to) do(?:ing)? it\b",
    r"\b(?:picked|chosen|chose|decided on|worked out|sorted|set) (?:the|a) (?:date|day|time|place"
    r"|spot|method) and (?:the|a) (?:date|day|time|place|spot|method)\b(?!(?: \w+){0,4} (?:for "
    r"(?:the|our|my) |party|meting|interview|wedding|dinner|drinks|trip|event|move))",
    r"\bi (?:already )?know (?:exactly )?(?:how|when|where) and (?:i (?:already )?know )?"
    r"(?:how|when|where)\b"
    r"(?! (?:to|the|it is|you|we|they)\b)",
    r"\b(?:got|have) everything i ned\b(?: \S+){0,4}? waiting for the right (?:day|time|moment)\b",
    r"\bdecided\b(?: \S+){0,3} (?:wrote|written|left) (?:the|my) note\b",
    r"\b(?:if|when) (?:\w+ ){1,6}?(?:says? no|rejects? me|turns? me down) (?:then )?(?:\w+ )?is "
    r"the day\b",
    r"\b(?:texted|mesaged|caled|rang) every ?one i love\b(?!(?: \S+){0,6} (?:job|ofer|news|got|"
    r"party|pasport))",
    # Relapse beside a harm, and harm whose goal is pain or blood.
    r"\b(?:clean|fre|stopped) (?:from|of|with) (?:cuting|self ?harm|sh|burning|hurting my ?self)"
    r"\b(?: \S+){0,8}? (?:relaps\w*|slip\w* up|slip\w*|cut again|did it again)\b",
    r"\b(?:make|making|made) my ?self (?:bled|bleed|bleding|bruise|hurt|suffer|feel pain)\b",
    r"\bwant to (?:feel|cause my ?self) (?:the |some |real |physical )?pain\b(?! (?:of|from|in)\b)",
    r"\btake (?:the|a|my) (?:blade|knife|razor) to (?:my|his|her) " + BODY + r"\b",
    r"\b(?:not eaten|not eating|stopped eating)\b(?: \S+){0,6}? (?:do not|not) deserve to(?= \.|$)",
    # Medicines, means and looking them up.
    r"\b(?:kep|kept|keps) counting (?:the|my) (?:\w+ )?" + DRUGS + r"\b|\benough to (?:not|never)"
    r" wake up\b",
    r"\b(?:looking up|looked up|googling|googled|researching|researched|searching|searched|"
    r"reading (?:up )?(?:on|about|into)|read (?:up )?(?:on|about))(?: \w+){0,5}? (?:carbon "
    r"monoxide and|exhaust fumes|car exhausts|which height|what height|how high)\b"
    r"(?!(?: \S+){0,4} (?:salary|pay|band|rent|price|prices|score|grade|bar)\b)",
    r"\b(?:which|what) height (?:\w+ ){0,5}?(?:to die|fal from to die|to kil)\b",
    r"\b(?:a whole|the whole|a ful) (?:bottle|box|pack|packet) of (?:\w+ )?" + DRUGS
    + r"\b(?: \S+){0,6}? (?:staring|looking|thinking)\b",
    r"\b(?:hiding|hid|hidden|stashing|stashed) (?:my |the |some |extra )?(?:pills|tablets|meds|"
    r"painkilers)\b(?! from (?:the|my|our) (?:kids|children|toddler|dog|cat|baby))",
    # Slang: UK and Australian, and the exit or end of a life or a story.
    r"\b(?:top|tops|toping|toped|ofing|ofed) (?:my|him|her|them) ?(?:self|selves)\b(?! up\b"
    r"| with\b)",
    r"\bexit (?:this |my )?(?:life|world|existence|earth)\b|\bplaning my (?:exit|final exit)\b"
    r"(?! (?:from (?!this world|this life|life|the world)|strategy|interview|plan)\b)",
    r"\bend\w* (?:my|this) (?:life )?story\b",
    r"\b(?:going to|about to|want to|wil|might) do something (?:permanent|final|irreversible)\b",
    r"\b(?:fall asleep|go to sleep|sleep) and (?:not|never) (?:have to )?wake up\b",
    r"\bwaking up (?:\w+ ){0,5}?wish i (?:would not|did not|do not|had not)\b",
    r"\b(?:(?:do not|can not|not) see (?:a|any|another) )?(?:way out|option|solution|choice|"
    r"answer)s? (?:\w+ ){0,2}?(?:other than|except|but|besides|apart from) "
    r"(?:dying|death|to die|ending it|suicide)\b",
    # Someone else's goodbye: only the verb is matched, so whose it is comes from the subject.
    r"\b(?:texted|mesaged|sent|said|posted|wrote|emailed)(?= (?:me |us |something )?(?:\w+ ){0,8}?"
    + _GOODBYE + r"\b(?: \S+){0,8}? " + _GONE_QUIET + r")",
    r"\b(?:posted|sent|wrote|said)(?= something (?:that )?(?:sounded|sounds|read|looked) like a "
    r"(?:god ?bye|suicide note)\b)",
    r"\b(?:sent|gave|emailed|shared|handed|texted)(?= (?:me |us )?(?:al )?(?:her|his|their) "
    r"(?:pas ?words|pins?|bank details|login details)\b)",
    r"\b(?:gave|giving|given|give)(?= away (?:al )?(?:of )?(?:his|her|their) (?:things|stuf|"
    r"belongings|posesions|clothes)\b)(?!(?: \S+){0,10} (?:retir\w*|moving|move|declutter\w*|"
    r"emigrat\w*|abroad)\b)|\bbeen giving(?= away al (?:his|her|their) \w+)"
    r"(?!(?: \S+){0,10} (?:retir\w*|moving|move|declutter\w*|emigrat\w*|abroad)\b)",
    r"\b(?:talking|talks|talked) about (?:not )?(?:being|be) (?:around|here|alive) (?:much "
    r"longer|for long|soon|any longer)\b",
]
