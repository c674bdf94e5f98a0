"""Safety rules for risk said sideways: a death one would not mind, harm beyond cutting, acts in
places, and euphemisms. Part of the rules in `safety_rules`; see there for how rules are read.

These are built as general shapes rather than phrases: "<not mind / be fine / a mercy> if <i
died / never woke up / got hit>", "<hope / pray> <something ends me>", "<a harm> <until it
bleeds / on purpose / as punishment>", "<on a height> <now / floor number>".
"""

from __future__ import annotations

from coach.safety_words import BODY, DRUGS, END_IT

# Ways of saying one would accept dying: "would not mind if", "it would be fine if".
_WOULD_ACCEPT = (
    r"(?:not|never) (?:mind|care|bother me|matter|be the worst thing)|(?:be|feel) (?:fine|ok|okay|"
    r"relieved|a relief|a mercy|a blessing|nice|good)|welcome it|(?:do not|not) care"
)
# A death that happens to the writer: "i never woke up", "i got hit", "my heart stopped".
_MY_DEATH = (
    r"(?:i|me) (?:\w+ ){0,2}?(?:die|died|dead|did not wake up|never woke up|not wake up|never wake "
    r"up|never opened my eyes|never open my eyes|stopped existing|stop existing|disappeared|"
    r"got hit|get hit|got sick and died|was gone|were gone|live through)|my heart (?:just )?"
    r"stopped|(?:the|my) (?:plane|car|bus|train) (?:went down|crashed|crashes)|"
    r"(?:the lord|god) (?:called|took|takes|calls) me"
)
# Hoping for an end from outside: "hope a bus takes me out", "pray the lord takes me".
_OUTSIDE_END = (
    r"(?:takes?|took) me (?:out|home|in my sleep|away)|takes? me soon|let me die|falls? on me|"
    r"hits? me|(?:i )?(?:get|got|be) (?:run over|kiled|hit by)|(?:do not|never|not to) (?:open|"
    r"see) (?:them|my eyes|the morning|tomorrow)|(?:do not|does not|not to|never) wake up|"
    r"not (?:to )?wake|a heart attack|(?:would )?(?:just )?stop breathing|fade (?:out|away)|"
    r"forget about me|could crash|so it can (?:all )?be over|(?:fel|fell|falls?|drops?|dropped) "
    r"on me"
)

WISHES = [
    r"\b(?:would|wil) (?:happily|gladly|love to) (?:get|be) (?:hit|run over|kiled)\b|"
    r"\b(?:done|finished) living\b|\bif i (?:swallow|take|down) (?:al|every one) of (?:these|them|"
    r"those)\b",
    r"\b(?:not|never) (?:mind|care about) (?:\w+ ){0,2}?(?:dying|being dead|not waking up|(?:go"
    r"ing to|"
    r"to) sleep (?:for ?ever|permanently|for good|and not wake))\b",
    r"\b(?:" + _WOULD_ACCEPT + r") (?:\w+ ){0,2}?(?:if|when) (?:\w+ ){0,2}?(?:" + _MY_DEATH + r")",
    r"\b(?:hope|hopes|hoping|hoped|pray|prays|praying|wish|wishes|wishing|wished) "
    r"(?:\w+ ){0,4}?(?:" + _OUTSIDE_END
    + r")\b",
    r"\b(?:crash|went down|goes down|hit me|kil me)\b(?: \w+){0,3}? (?:i|me) (?:would|wil) "
    r"not mind\b",
    r"\b(?:disappoint\w*|sad|angry|upset|gutted) (?:that |when |to )?(?:i )?(?:woke|wake|am still|"
    r"still)(?: be)? (?:up|here|alive|breathing)\b(?!(?: again)? (?:early|late|at(?! al\b)|"
    r"before|with|to|in|on|from|and (?:mised|missed|forgot)|so|because)\b)|\benvy (?:people|those|"
    r"anyone) who (?:get to )?die\b|\bwaiting to die\b",
    r"\b(?:want|wish|need|like) to (?:just )?(?:sleep|go to sleep) and (?:not|never) (?:come back|"
    r"wake)\b|\bsleep and not to wake\b|\bstay asleep(?: \.)?(?: \w+)? for good\b",
    r"\b(?:want|wish|need) (?:\w+ ){0,2}?(?:to|could) (?:just )?(?:not be|stop being) "
    r"(?:any ?more|a person|human|me)\b|\bnot be (?:any ?more)\b",
    r"\b(?:switch|turn) (?:it )?of (?:for good|forever|permanently)\b|\bout of existence\b|"
    r"\bdo not (?:want|wish) to be alive\b",
    r"\b(?:death|dying) (?:sounds|seems|feels) like a (?:holiday|break|rest|gift|vacation)\b",
    r"\b(?:god|the lord) (?:\w+ ){0,3}?(?:takes|take|took|cal|cals|caled) me\b",
    r"\bif (?:i|me) (?:\w+ ){0,3}?(?:died|was dead|never woke up|did not wake up)\b(?: \w+){0,5}? "
    r"(?:would|wil) (?:\w+ )?(?:fel relieved|be (?:fine|ok|a relief|relieved|glad)|not mind|"
    r"not care)\b",
    r"\bbetter without (?:an? )?(?:\w+ ){0,2}?(?:burden|me)\b(?:(?: \S+){0,8} (?:takes|take) me)?",
    # A death given a day: "pretty sure ill be dead by friday" (not "... if this keeps up").
    r"\b(?:i wil|il|i am going to|i am gona|i might|i should) (?:probably |likely |definitely )?"
    r"be dead (?:by|before) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|"
    r"tomorrow|tonight|the weekend|next week|the end of the week|then|morning)\b"
    r"(?!(?: \S+){0,6} (?:if|at this rate|the way|lol|haha|from|of|with)\b)",
]

ACTS = [
    r"\b(?:window ?sil|ledge|railing|balcony|edge|rof)\b(?: \S+){0,6}? (?:legs|fet) (?:outside|"
    r"over|"
    r"dangling)\b|\b(?:standing|sitting|i am|am) (?:on|at|by|near) (?:the )?(?:railway|level cr"
    r"ossing|"
    r"rail line|window ?sil of)\b(?: \S+){0,4}? (?:now|right now|tonight|\d+\w* flor)\b",
    r"\b(?:tonight|today) (?:i am|i wil) (?:finaly |just |actualy )?(?:going to |gona )?"
    r"(?:finaly |just |actualy )?do it\b"
    r"(?!(?: \w+){0,6} (?:apply|application|cv|resume|email|leter|form|homework|asignment|task|"
    r"laundry|prep|update|send|due|deadline|interview)\b)",
    r"\b(?:drank|drunk|drink|swallowed|downed) (?:\w+ ){0,3}?(?:bleach|antifreeze|poison|weed ?kil"
    r"ler|drain cleaner)\b",
    r"\b(?:swallowed|took|taken|downed) (?:half|most|the rest) (?:of )?(?:the |my |a )?(?:bottle|"
    r"box|pack|packet|" + DRUGS + r")\b",
    r"\btook (?:my|the|a) (?:whole|entire) (?:\w+ ){0,2}?" + DRUGS + r"\b"
    r"(?! of (?:water|juice|soda|coke|pop|milk|lemonade|squash|kombucha)\b)",
    r"\b(?:on|at|to) (?:the|my|a|this) (?:roof|rooftop|balcony|ledge|bridge|cliff|tracks|train "
    r"tracks|platform edge|edge)(?: of (?:my|the|a|this) \w+)? (?:now|right now|\d+\w* flor|"
    r"\w+th flor|tonight)\b",
    r"\b(?:car|engine) (?:\w+ ){0,6}?garage\b(?: \w+){0,4}? (?:engine|motor) (?:on|running)\b|"
    r"\bgarage (?:\w+ ){0,4}?(?:engine|motor) (?:on|running)\b",
    r"\b(?:tonight|today) is the (?:night|day)\b(?: \.)? good bye\b",
    r"\b(?:tonight|today|now) i (?:end it|do it|go)\b|\bi (?:end|am ending) it (?:tonight|today|"
    r"now|right now)\b|\bending it (?:right now|now|tonight|today)\b",
    r"\b(?:(?:i|he|she|they) wil|i am going to|(?:he|she) is going to|they are going to) "
    r"jump\b(?= \.|$| i have| now| tonight| of| from)",
    r"\b(?:step|jump|walk) in front of it\b",
    r"\b(?:rope|noose) is up\b|\b(?:gun|pistol|knife|blade) in my lap\b|\bpils in my hand\b",
    r"\b(?:took|swallowed|taken) (?:\w+ ){0,2}?(?:whole|entire) (?:box|bottle|pack|packet)\b"
    r"(?! of (?:water|juice|soda|coke|pop|milk|lemonade|squash|kombucha|ketchup|sauce|"
    r"shampoo|sunscreen|sun cream|sanitiser|sanitizer|tissues|gum|mints|crisps|chips|biscuits|"
    r"cookies)\b)",
]

_HARD = r"(?:split|bled|bleed|bleeds|bleding|raw|mes|purple|broke|broken|bruised|stars|numb)"
HARM = [
    r"\b(?:pul|puls|puling|puled) (?:out )?(?:my|her|his) (?:own )?hair\b(?: out)?(?:(?: \S+){0,6}"
    r" (?:again|bald|patch|so much|until|til|when|every))|\b(?:puled|pul|puling) out (?:so much|"
    r"clumps of|handfuls of) (?:my )?hair\b",
    r"\b(?:punch\w*|smash\w*|slam\w*|hit\w*|bang\w*) (?:\w+ ){0,3}?(?:wals?|miror|door|fist|"
    r"knuckles|head|hand)\b(?: \S+){0,10}? (?:" + _HARD + r"|on purpose|until|til|again|so many "
    r"times|every time|getting worse|when i)\b",
    r"\b(?:not eating|stopped eating|skip\w* meals|starv\w*|not eat) (?:\w+ ){0,3}?(?:as|for) "
    r"(?:a )?punishment\b|\bdeserves? to starve\b",
    r"\b(?:presed|held|put|burned|burnt) (?:a |the )?(?:hot|burning|lit) (?:\w+ )?(?:on|onto|"
    r"against|to) (?:my|her|his) " + BODY + r"\b|\b(?:lighter|iron|spon|cigarete) (?:\w+ ){0,2}?"
    r"(?:on|onto|against) (?:my|her|his) " + BODY + r"\b|\bholding ice until it burns\b",
    r"\b(?:go|went|reach) for the (?:blade|razor|knife)\b",
    r"\b(?:scratch\w*|pick\w*|dug|dig\w*|bit|bite|biting) (?:\w+ ){0,4}?(?:until|til|till) "
    r"(?:\w+ ){0,2}?(?:" + _HARD + r"|skin came of|it bled|they bled)\b",
    r"\brelaps\w* (?:\w+ ){0,6}?(?:cuting|cut|self ?harm|burning|sh)\b",
    # "hit my arm with a hammer until it went numb" (not "hit my hand with the hammer, lol")
    r"\b(?:hit|hits|hiting|punch\w*|slap\w*|smash\w*|bang\w*|beat|beating|whack\w*) my "
    r"(?:own )?" + BODY + r" (?:with (?:a |the |my )?\w+ )?(?:(?:again )?(?:until|til) "
    r"(?:\w+ ){0,3}?" + _HARD + r"|on purpose|to punish|as (?:a )?punishment)\b",
    r"\b(?:hit|hiting|punch\w*|slap\w*) my ?self\b",
    r"\bmade my ?self (?:throw up|sick|vomit)\b(?: \w+){0,4}? punish\b",
]

SLANG = [
    r"\b(?:long|big|eternal|final|forever|permanent) (?:nap|sleep|vacation|holiday|rest)\b"
    r"(?! (?:where|from|after|before|in|at|with|this|next|somewhere|abroad|by|on)\b)",
    r"\bpunch\w* my ticket\b|\bmet?t? my maker\b|\b(?:job fair|ofice|party) in the sky\b|"
    r"\b(?:go|going|ready|off) to (?:the )?(?:big |great )?(?:\w+ ){1,2}in the sky\b",
    r"\b(?:checking|check|clocking|logging|log) (?:out|of) early\b|\bnot the hotel kind\b",
    r"\bthe exit\b(?: \w+){0,3}? (?:final|permanent|for good)\b|\b(?:exit|leave|quit) (?:this )?"
    r"(?:game|life|world) (?:permanently|for good|forever)\b",
    r"\bbecome a ghost\b|\bdelete my ?self from\b|\bend my life\b",
    r"\b(?:i wil|il) be gone soon\b|\b(?:wil not|wont) be (?:here|around|alive) for the next\b",
    r"\b(?:rope|noose|pils|bridge) (?:is|are|looks?|is looking) (?:looking )?like a (?:good|great|"
    r"better|solid)\b",
    r"\bfinish my (?:own )?life\b|\bpicturing my (?:own )?funeral\b|\bgo to the other side\b(?: "
    r"\S+){0,6}? (?:doing it|do it|every day)\b|\bi (?:wil |am going to )?" + END_IT,
    r"\bthinking (?:of|about) taking the\b(?: \w+)? (?:nap|sleep|way out)\b",
]
