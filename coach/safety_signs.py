"""Signs that only mean a crisis together: preparing to leave life, and dwelling on a means.

A single sign is everyday talk ("gave my cat to my sister", "wrote everyone a note", "the pills
are in my bag"); two kinds of preparation in one message ("gave my cat away and wrote everyone a
note"), or one with despair beside it, are how people say goodbye without naming death. In the
same way a means (pills, a gun, a balcony) is a crisis only next to a thought that dwells on it
("i keep thinking about it", "there is enough"). Reading the whole message, not one phrase, is
what lets these be caught without naming the act. A reason that explains the goodbye (a new
job, a move, a holiday, a leaving do) keeps it everyday talk, unless the signs weigh three.
Some kinds weigh two on their own (a last word, a goodbye post), and a stronger wording of a
kind counts once with it (a goodbye email is also a letter).

Each function returns where the first sign starts, so `safety_assess` can read whose it is.
"""

from __future__ import annotations

import re

from coach.safety_text import squeeze
from coach.safety_words import AFTER_AN_EVENT, DRUGS, WEAPONS


def _compile(source: str) -> re.Pattern[str]:
    return re.compile(squeeze(source))


_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow)"
# Kinds of preparation; two different kinds (or one and despair) make a goodbye.
_PREPARATION = {
    "giving_away": r"\b(?:gave|give|giving|given|rehomed|rehoming|rehome|handed|passed) (?:away"
        r" )?(?:me |us |him |her |them )?"
    r"(?:all )?(?:of )?(?:my|his|her|their) (?:\w+ ){0,6}?(?:away|to (?:my|his|her|a|the|\w+)\b"
    r"|and)"
    r"|\b(?:gave|giving|given) away\b|\brehom\w* (?:my|his|her|their) \w+|\b(?:gave|give|giving"
    r"|rehomed) (?:him|her|them|it) "
    r"(?:away|to (?:my|the|a))\b|\bleft (?:my|his|her) (?:\w+ ){0,2}?(?:ring|keys|phone|wallet|"
    r"watch)\b|\bup for adoption\b|\b(?:gets|goes to) (?:my|his|her) \w+|\b(?:cat|dog|pets?) (?"
    r":has|have|gets) a new home",
    "goodbye_letters": r"\b(?:wrote|written|writing|write|left|leaving|recorded|recording|"
    r"finished) (?:\w+ ){0,5}?(?:notes?|letters?|videos?|emails?)\b|\bletters? (?:to|for) (?:my"
    r"|every)|"
    r"\b(?:notes?|letters?) (?:is|are) (?:written|done|ready|finished|addressed|stamped|sealed)\b|"
    r"\b(?:written|wrote) to "
    r"(?:every ?one|al of them|my family)\b",
    "no_need": r"\b(?:(?:will not|wont) be neding (?:anything|them|it)|(?:will not|wont|do not|"
    r"not going to) ned (?:\w+ ){0,3}?(?:"
    r"anymore|any more|after|them|it|this))\b" + AFTER_AN_EVENT + r"|\bno need (?:\w+ ){0,6}?"
    r"anymore\b",
    "not_around": r"\b(?:will not|wont|not going to|not) be (?:here|around|alive)\b|\bwhen i go\b|"
    r"\bwhen i am (?:gone|not here)\b|\bto (?:read|open|watch|se) after\b|\bfor after(?= \.|$| it)",
    "settled": r"\b(?:all done|i am ready|(?:that is|thats|this is) it(?= \.|$| i )|"
    r"(?:everything|it all) is (?:arranged|in order|sorted|"
        r"ready|"
    r"set)|nothing (?:left )?to do(?! but| except| until| til)|(?:it is|its) (?:finished|time)|"
    r"(?:do not|dont) bother (?:\w"
    r"+ ){0,4}?any ?more|(?:i just )?feel done|"
    r"my (?:final )?decision is made|made my decision|decided how and when|(?:wil|papers) (?:is"
    r"|are) (?:signed|done))\b",
    "date": r"\b(?:the date is set|the plan is " + _DAY + r"|(?:" + _DAY
    + r"|next wek) is the plan|"
    r"decided \. " + _DAY + r"|(?:chosen|picked|set) (?:a |the )?(?:date|day)|(?:have|i) "
    r"(?:chosen|picked|decided) " + _DAY + r"|(?:after|on) " + _DAY + r" it (?:wil not|wont|do"
    r"es not) matter)\b",
    "secrecy": r"\b(?:does not|do not|not) know why\b|\bmoving (?:\w+ )?\. but i am not\b|"
    r"\bso (?:no one|nobody) (?:i know )?(?:finds|wil find) me\b|\b(?:was not|is not|not) (?:your|"
    r"her|his|their|anyones) fault\b|\bsomething (?:of|to remember) me\b|\bremember me by\b",
    "telling": r"\bso (?:someone|somebody|some one|people|you) knows?\b|"
    r"\btold (?:my \w+|\w+) i love (?:her|him|them|you)\b|"
    r"\b(?:just )?wanted (?:someone|somebody|you|some one) to know\b|\b(?:wanted to|"
        r"had to)"
    r" tell (?:someone|somebody|you) (?:before|first)\b|\bwhen (?:my|the) \w+ (?:is|are) (?:awa"
    r"y|out|"
    r"asleep|at work)\b|\b(?:found|read) (?:the|a|his|her|their) note\b|\bnote and i found it\b",
    "calm": r"\b(?:weirdly|strangely|oddly|finaly|so|such) (?:fel |feel |am )?(?:calm|peaceful|"
    r"peacful|at peace|light)\b|"
    r"\bi know what wil happen\b",
    "affairs": r"\b(?:my affairs(?! (?:are|is) (?:al )?in order)|take care of \w+ (?:forever|for m"
    r"e)|(?:house|spare|car) keys?|"
        r"my will|a will|who gets (?:what|my|the)|insurance (?:is )?paid|"
    r"(?:looked after|look after \w+ \w+) (?:when|if|after)|funeral money)\b",
    "last_word": r"\b(?:last time (?:you wil|you|anyone wil|i wil|il|i) (?:hear|se) (?:from )?("
        r"?:me|him|her|them)\b|(?:wil not|"
    r"wont) hear from me again|decided (?:how and when|when and how)|(?:my )?final decision is "
    r"made|"
    r"made my decision about (?:the end|it)|i wil end it on|(?:after|on) " + _DAY
    + r" it (?:wil not|wont|does not) matter|(?:wil not|wont|do not) ne?ed (?:\w+ ){0,3}?where "
    r"i am going|(?:is|my) (?:last|final) (?:one|leter|mesage)(?! before| for)|(?:they|she|he|"
    r"someone) wil find (?:them|it|me) (?:after|in the morning))\b",
    "closing_up": r"\b(?:closed|cancel+ed|deleted|paid off|returned) (?:\w+ ){0,3}?(?:accounts?|"
    r"contract|social media|bills|debts?|library books|spare key)\b",
}
# Wider wordings of some kinds, from sets of messages written by others.
_WIDER = {
    "giving_away": r"\bgave me (?:her|his|their) (?:favourite|prized|best|most precious) \w+|"
    r"\barranged for (?:the|my) (?:dog|cat|pets?|\w+) to go to\b|"
    r"\b(?:gave|give|giving|given) (?:away )?(?:most|half|some|the rest|a lot|lots) "
    r"of (?:my|his|her|their) (?:\w+ ){0,4}?away\b",
    "not_around": r"\b(?:gets|get|have|has|keeps|look after) (?:\w+ ){0,3}?after(?= \.|$)|"
    r"\bjust in case\b|\bin case (?:anything|something) (?:happens|were to happen) to me\b|"
    r"\bin case i am not (?:there|here|around)\b|"
    r"\b(?:to|with) (?:my|a|the) \w+ (?:permanently|for god|"
    r"forever)\b|\bso (?:no one|nobody) has to (?:deal with|sort)\b|"
    r"\bgo to my \w+ (?:\w+ )?for god\b|\b(?:is not|not) coming back (?:to me|home|for (?:him|her|"
    r"them|it))\b",
    "secrecy": r"\b(?:do not|dont) want (?:anyone|any one|anybody|people) to know\b|"
    r"\bso (?:no one|nobody) (?:is left|has to|wil have to|ends up|gets stuck)\b|"
    r"\bwithout (?:\w+ ){0,2}?knowing\b",
    "goodbye_letters": r"\bletters? (?:to|for) (?:mum|mom|dad|the kids)\b|\bwith a note\b|"
    r"\brecorded (?:a |some )?mesages? for\b|\benvelope (?:for|to) "
    r"(?:my|every)|\bwrote (?:to )?every ?one (?:\w+ ){0,2}?(?:mesage|note|leter|email)s?\b",
    "telling": r"\btold (?:\w+ ){0,3}?god ?bye\b",
    "handing_over": r"\b(?:pas ?words|(?:bank|account|login) details|pin numbers?)\b|"
    r"\b(?:transfered|emptied|moved|gave) (?:al )?(?:of )?my (?:savings|money|bank account)\b|"
    r"\b(?:pension|savings|money|house|flat|car) goes to my\b",
    "left_out": r"\bleft (?:them|the leters|leters) (?:on|in|under|by) "
    r"(?:the|my|his|her)\b",
    "apology": r"\bsory (?:mum|mom|dad|mam|everyone|every ?one|guys|al|family)(?= \.|$)|"
    r"\bsaid sory to (?:the people|everyone|every ?one|people|those) (?:i|that i) (?:hurt|wronged|"
    r"let down)\b",
    "no_need_at_all": r"\b(?:wil not|wont|do not) ned (?:either|any of it|any of them)\b",
    "forgiving": r"\bi forgive (?:you|her|him|them|every ?one|al of you)\b|\band god ?bye(?= \.|$)",
    "hiding": r"\bso (?:no one|nobody|they|people) (?:wil|would|wont|wil not) (?:look for|come "
    r"looking for|find|notice|miss) me\b|\bsomewhere (?:no one|nobody) (?:knows|wil find|would "
    r"find|can find) me\b",
    "sparing": r"\bso (?:there is less|theres les|theres less|no one has|nobody has|they do not "
    r"have|they wil not have|my "
    r"\w+ (?:do not|wil not) have) (?:\w+ ){0,3}?(?:to deal with|to sort|to clear|to worry)\b",
    "goodbye_post": r"\bgod ?bye (?:post|mesage|text|email|caption|video)\b|\bleters? (?:for|to) "
    r"every ?one\b",
    "do_it": r"\b(?:i am going to|i am gona|i wil|il|i am about to) (?:actualy |finaly |realy )?"
    r"do it\b",
    "settled": r"\bready now(?= \.|$| i think)|"
    r"\b(?:got|have) everything (?:ready|set up|sorted)\b|\bthis is it for me(?= \.|$)|"
    r"\b(?:it is|its) al (?:sorted|arranged|ready|set|in order)\b|"
    r"\bnow that i (?:have )?decided(?= \.|$)|"
    r"\bmade (?:my )?peace with (?:it|everything|"
    r"dying|this)\b|\bmade up my mind\b|\bnothing left (?:undone|"
    r"to sort|to do)\b",
    "closing_up": r"\bpaid (?:al )?(?:my )?bils (?:up front|in advance|ahead)\b|"
    r"\breturned (?:everything|al the things|the things|al the stuf) i borowed\b|"
    r"\b(?:deleting|closing|canceling|paying off|returning|sold|selling) "
    r"(?:\w+ ){0,3}?"
    r"(?:accounts?|socials|social media|contract|bills|debts?|credit card|loans?|overdraft|"
    r"borrowed|library books|spare key)\b|\bpaid off (?:\w+ ){0,2}?(?:credit card|loans?|"
    r"overdraft)\b",
    "date": r"\bdecided on (?:a |the )?(?:date|day)\b|"
    r"\b(?:ready|set up|sorted) for (?:next )?"
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?= \.|$)|"
    r"\bon the day(?= \.|$)|\bwait for (?:the )?"
    r"(?:weekend|right (?:time|moment|day)|monday|tuesday|wednesday|thursday|friday|saturday|"
    r"sunday)\b|\b(?:going to be|it is|its) on (?:my birthda"
    r"y|(?:a |the )?(?:monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday))\b",
    "last_word": r"\bwhat (?:to|they should) do with my body\b|\b(?:do it|end it|end things) on "
    r"(?:the|my|his|her) (?:anniversary|birthday)\b|\bthe plan is set for (?:tonight|"
    r"tomorow|the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|"
    r"\bthe date is (?:circled|marked|"
    r"chosen)\b|\b(?:got|have) a (?:date|day) in mind\b|\b(?:my )?final arrangements\b|"
    r"\bwho to (?:tell|cal|contact|"
    r"inform) after(?= \.|$)|\b(?:for|so) (?:someone|somebody|a stranger|the police|them) (?:to|"
    r"wil|can) find me\b(?! a | an | work| some| the )|\bset (?:my phone|it|an email|a mesage|a "
    r"timer) to send\b|\b(?:set|picked|chosen|chose|decided on) "
    r"(?:a |the )?(?:date|day)(?= \.|$| it is| its| and i| i | now)|\bfor my (?:own )?funeral\b|"
    r"\bmy funeral "
    r"(?:playlist|songs?|plans?|wishes)\b|\b(?:when|after|once) (?:they|someone|somebody|you|"
    r"my \w+) finds? me\b|\b(?:affairs|everything|things) (?:are|is) (?:al )?in order\b|\bthis is "
    r"my last (?:wek|day|night|month)\b|\b(?:wil not|not) be (?:back|coming back)(?: \S+){0,4}? "
    r"ever\b|"
    r"\bscheduled (?:\w+ ){0,3}?(?:emails?|mesages?|texts?|posts?) (?:\w+ ){0,4}?(?:to|for) "
    r"(?:my )?"
    r"(?:family|mum|mom|dad|parents|kids|every ?one|friends)\b",
}
_PREPARATION = {
    kind: "|".join(source for source in (_PREPARATION.get(kind), _WIDER.get(kind)) if source)
    for kind in {**_PREPARATION, **_WIDER}
}
# Kinds that weigh two on their own: hardly said in passing.
_STRONG = frozenset({"last_word", "goodbye_post", "no_need_at_all", "sparing"})
# Hiding where one is going weighs three: no reason given beside it explains it.
_WEIGHT = {"hiding": 4}
# A kind that is a stronger wording of another counts once: a goodbye email is a letter.
_SAME = {"goodbye_post": "goodbye_letters", "no_need_at_all": "no_need"}
# A reason that explains the goodbye: a new job, a move, a holiday, a leaving do, a wedding.
_COVER = _compile(
    r"\b(?:notice|resign\w*|leaving (?:do|party|drinks|card)|farewell|new (?:job|flat|house|place|"
    r"hire|employer|role)|first day|moving (?!(?:\w+ )?\. but)|move|moved|holiday|retir\w*|"
    r"wedding(?! ring)|busines|ofice|cleared my desk|old job|last day|colleagues?|co ?workers?|"
    r"teammates?|boss|manager|team|landlord|"
    r"department|good luck|"
    r"company|off to|joining|promot\w*|"
    r"course|baby"
    r"|save money|to focus|travel\w*|"
    r"abroad(?! \. but)|charity|school|uni|cover leters?|references?|recruiter|thank you|interv"
    r"iew|startup|customers|clients|slack|linkedin|group chat|gif|shop|store|shuting down|"
    r"closing down)\b"
)
# The strongest reasons: a new start elsewhere explains even three signs of leaving.
_NEW_START = _compile(
    r"\b(?:moving (?!on\b)|move (?:to|abroad|house|back|away)|moved|relocat\w*|emigrat\w*|"
    r"abroad|travel\w*|new (?:job|flat|house|place|role|start)|first day|wedding(?! ring)|baby|"
    r"retir\w*|holiday)\b"
)
# ...unless the writer says it is a story they told: "i said i'm moving abroad, but i'm not".
_COVER_STORY = _compile(r"\b(?:but|and) i am not\b|\bnot really (?:moving|going|travel\w*)\b")
_FINAL = _compile(r"\b(?:everything|life|world|for good|forever)\b")
_DESPAIR = (
    r"\b(?:can not go on|can not do this|can not do it any ?more|i am done with everything|"
    r"nothing left(?! to do)|no way out|"
    r"tired of (?:everything|living|it all)|sory for everything|i am (?:so )?done)\b"
)

_MEANS = (
    r"\b(?:" + DRUGS + r"|" + WEAPONS + r"|morphine|charcoal|bleach|gas oven|motorway|tracks|"
    r"bridge|footbridge|flyover|viaduct|railway|train line|rail line|balcony|\d+\w* flor|clifs?|"
    r"scafolding|"
    r"bel"
    r"t|door hook|hook|highest|"
    r"tallest|dose|doses|dosage|"
    r"pesticides?|weed ?kiler|antifreeze|poison|drain cleaner|insecticide)\b"
)
# Dwelling on a means: it is on the mind, it would be enough, it is kept just in case.
_DWELLING = (
    r"\b(?:working up (?:to it|the nerve|the courage)|building up the courage|"
    r"(?:keeps?|kept) catching my eye|"
    r"(?:put|set|kept|laid) aside|(?:looking|loking|lok|look|stare|staring|peering|peer|"
    r"gazing|glancing) (?:over|down) (?:the )?(?:edge|side|railing)|thinking (?:about|of) "
    r"(?:drinking|swallowing) it|crosing my mind|(?:kep|kept|been) (?:staring|looking|glancing) "
    r"at (?:it|"
    r"them)|(?:keep|kept|been|am) (?:thinking|wondering) (?:about|of|"
    r"if)|(?:think|thought|"
    r"thinking) (?:about|of) (?:it|them|using|taking|that|my wrists?|my throat|the railing|"
    r"the edge|the drop|the ledge|the tracks)|on my mind|cali"
    r"ng me|"
    r"just in case|in case i|(?:is|are|theres|there is|that is|it is|thats) enough|high enough|"
    r"enough i think|(?:have|got|saved|now have) enough\b(?!(?: \w+){0,3} (?:for|to last|until|til|"
    r"left|money|time))|(?:are|is) counted|counted (?:them )?out|enough now|what (?:too much|it"
    r") (?:does|could do)|where the key is|would end it|"
    r"stop my heart|"
    # a smell said to be lethal is a smell
    r"(?<!stench is )(?<!smell is )(?<!fumes are )(?<!stench is absolutely )"
    r"(?<!smell is absolutely )(?<!fumes are absolutely )lethal|i know why|you know why|"
    r"for to long|bleed out|shut \w+ \w+ down|"
    r"walking there at night|if \w+ hurts|not for the view|felt symbolic(?! of)|"
    r"would be symbolic(?! of)|"
    r"fitting end|al at once|in a bad way)\b"
)


def preparation(signs: dict[str, int], text: str, despair: bool) -> int | None:
    """Where a goodbye made of preparations starts, if the message is one."""
    kinds = [kind for kind in _PREPARATION_KINDS if kind in signs and not _weaker(kind, signs)]
    weight = sum(_WEIGHT.get(kind, 2 if kind in _STRONG else 1) for kind in kinds)
    if despair or "despair" in signs:
        weight += 1
    if weight < 2 or (weight < 3 and _COVER.search(text)):
        return None
    if weight < 4 and not despair and _NEW_START.search(text) and not _COVER_STORY.search(text):
        return None  # a move, a trip, a new job
    return min(signs[kind] for kind in kinds)


def _weaker(kind: str, signs: dict[str, int]) -> bool:
    """Whether a stronger wording of `kind` is among the signs too."""
    return any(_SAME[strong] == kind and strong in signs for strong in _SAME)


def explained_goodbye(matched: str, text: str) -> bool:
    """A goodbye to people with a reason beside it (a leaving do, notice, a move) is not a last
    goodbye; a goodbye to everything, to life or for good always is."""
    if "god bye" not in matched or _FINAL.search(matched):  # spelled as squeezed text is
        return False
    return _COVER.search(text) is not None and _HAS_DESPAIR.search(text) is None


def dwelling_on_means(signs: dict[str, int]) -> int | None:
    """Where a means that the writer dwells on is named, if the message does so."""
    if "means" not in signs or "dwelling" not in signs:
        return None
    return signs["means"]


_HAS_DESPAIR = _compile(_DESPAIR)
_PREPARATION_KINDS = tuple(_PREPARATION)
# The signs as rules for `safety_assess` to run in the same gated pass as the safety rules
# (this runs on every message): a match of kind `means` says where a means is named.
SIGNS = {
    kind: [squeeze(source)]
    for kind, source in {
        **_PREPARATION, "despair": _DESPAIR, "means": _MEANS, "dwelling": _DWELLING
    }.items()
}
