"""The safety rules: what a thought of self-harm or suicide looks like, by kind, as regexes.

Rules are composed from the parts in `safety_words` and grouped by what they describe, because
the kind decides how the context is read (see `safety_assess`):

- ACTS: acting now or already acted (took the pills, holding a knife, standing on a bridge,
  "this is goodbye"). Imminent danger when it is the writer.
- THOUGHTS: wishes to be dead (here), self-harm and the means and methods (`safety_harm`),
  plans, preparation, euphemism and slang (`safety_plans`). A crisis when it is the writer.
- TOPICS: the bare words ("suicide", "self harm", "overdose"). A crisis, unless
  the clause is about teaching, research, prevention work or the news.
- STRAIN: hopelessness, worthlessness, feeling a burden or alone, heavy distress and job-hunt
  hyperbole. A gentle check-in, never crisis resources.

Rules say *what* is thought, never *who* thinks it: "kill myself" and "kill herself" are one
rule, and whose thought it is comes from the words around it.
"""

from __future__ import annotations

from coach import safety_families, safety_indirect
from coach.safety_harm import HARM
from coach.safety_plans import PLANS, SLANG
from coach.safety_words import (
    DRUGS,
    END_IT,
    WANT,
    WISH,
)

_DIE = (
    r"(?:die|be dead|dead|be gone|(?:not exist|stop existing)(?! (?:in|at|as|on) (?:this|that|the|"
    r"my|a)\b)|cease to exist|not be alive)"
)
_NOT_WANT = (
    r"(?:do not|does not|not|no longer|never) (?:\w+ ){0,2}?(?:want|wana|wanting|wish|like) to"
)
_TO_LIVE = (
    r"(?:be alive|live|exist|be here|be around|wake up|keep living|keep going|go on|stay alive|"
    r"see tomorrow|see another day|be on this earth|be in this world)"
    r"\b(?! (?:in (?!a world where|this world)|at|near|with|on|by|there|abroad|somewhere|early|"
    r"before|so|for (?:this|that|the)|"
    r"this way|another|interviews?|applying|a |an |the )\b)"
)

ACTS = (
    r"\b(?:took|have taken|had taken|swallowed|downed|necked|taken|took like|popped|mixed) "
    r"(?:all|every|the whole|a whole|the entire|an entire|too many|so many|many|a bunch of|"
    r"a handful of|handfuls of|"
    r"loads of|lots of|dozens of|the rest of|a bottle of|a box of|\d{2,})\b(?: \w+){0,3}? "
    + DRUGS + r"\b(?! of (?:water|juice|soda|coke|pop|milk|lemonade|squash|kombucha)\b)",
    r"\btook (?:them|it|everything) all\b|\btook everything (?:i had|in the)\b",
    r"\bgas is on\b(?: \S+){0,6}? windows? (?:are |is )?(?:shut|closed|sealed|taped)\b",
    r"\b(?:swallowed|took|taken|downed|necked|popped) the lot\b(?! of)|"
    r"\b(?:took|swallowed|downed|taken) (?:everything|the lot|a load of|loads of|a lot of)\b"
    r"(?: \w+){0,3}? (?:" + DRUGS + r"|cabinet|drawer)\b|\bswallowed everything\b",
    r"\b(?:took|swallowed|taken) (?:\w+ ){0,3}?" + DRUGS + r" (?:\w+ )?all of them\b",
    r"\b(?:doing|do|going to do|gona do|wil do) it (?:tonight|right now|now|today|in (?:an|a few|"
    r"\d+|five|ten|one|two) (?:hours?|minutes?|mins?)|the night after|after every ?one)\b"
    r"(?! than\b)(?!(?: \w+){0,6} (?:apply|application|cv|resume|email|leter|form|homework|"
    r"asignment|task|"
    r"laundry|prep|update|send|due|deadline|interview prep)\b)",
    r"\b(?:thanks|thank you) for everything(?: \w+){0,2}? sory\b|\bsory for everything(?= \.|$)",
    r"\bnote is (?:\w+ ){0,4}?(?:and )?i am ready\b",
    r"\b(?:no one|nobody) (?:can|wil|could) stop me\b|\bgoing over(?= \.|$| the edge| the side)",
    r"\b(?:in the bath|in the car|on the floor) (?:\w+ ){0,2}?with (?:a|the|my) (?:knife|blade|"
    r"razor|pills|rope|gun)\b",
    r"\b(?:knife|blade|razor|pills|rope|gun|belt) (?:\w+ )?(?:right )?now(?= \.|$)|"
    r"^(?:rope|noose|gun|knife|blade|razor) tonight(?= \.|$)",
    r"\b(?:is|are|am|and|at the top of|on top of|up on) (?:on |at )?(?:the |(?<!am )a |this )?"
    r"(?:top of "
    r"(?:the |a )?)?(?:bridge|ledge|cliff|rof|roftop|multi ?storey|car ?park|parking garage|"
    r"top flor|edge)\b(?! (?:club|game|station|terrace|garden|bar|party|deck|restaurant|cafe|"
    r"pool|lounge|"
    r"views?|of (?:my|your)|of \w+ing|seat|tournament|project"
    r"|team))"
    r"(?!(?: \S+){0,4} (?:walking|crossing|cycling|driving|on my way|to (?:the )?(?:station|work|"
    r"ofice|interview|shops?)|photos?|sunset|to (?:clear|clean|fix|repair|mend|check|get|fetch|"
    r"install|paint|replace|sweep|inspect)|guters?|chimney|aerial|antenna|solar|tiles?)\b)",
    r"\boverdosed\b(?! on (?!(?:\w+ ){0,2}?(?:" + DRUGS + r"|purpose)\b))|\bi od\b|"
    r"\bi (?:have|just|already) od\b",
    r"\b(?:holding|hold|gripping|clutching|i have|i have got|got|with) (?:a|the|my) (?:loaded )?"
    r"(?:knife|blade|gun|razor|rope|pills|noose)(?: \w+){0,2}? (?:in my hands?|right now|"
    r"to my (?:wrist|throat|head|neck|skin)|against my)\b",
    r"\b(?:knife|blade|gun|razor|pills|rope) (?:is |are )?in my hands?\b|\bgun is loaded\b",
    r"\bsitting (?:\w+ ){0,4}?with (?:a|the|my) (?:knife|blade|gun|razor|rope|pills|noose)\b",
    r"\b(?:rope|noose|belt) (?:is )?(?:around|round) my neck\b|\b(?:rope|noose) is (?:tied|up)\b",
    r"\b(?:standing|sitting|i am|am|now|currently|stood) (?:on|at|near|by) (?:the |a |this |that )?"
    r"(?:edge of (?:the |a )?)?(?:bridge|ledge|cliff|tracks|train tracks|railway tracks|edge|"
    r"rooftop|roof|roof edge|platform edge)\b(?! (?:club|game|station|terrace|garden|bar|party|"
    r"deck|restaurant|cafe|pool|lounge|"
    r"views?|of (?:my|your)|of \w+ing|of (?:the|a) (?:stage|pol|pool|field|pitch|dance ?flor|"
    r"crowd|bed|sofa|seat|desk|table|rom|room|garden)|"
    r"seat|tournament))(?!(?: \S+){0,4} (?:walking|crossing|cycling|driving|on my way|photos?|"
    r"pictures?|selfies?|sunset|fishing|waiting for "
    r"(?:my|the|a) (?:bus|train|friend|date|taxi))\b)",
    r"\babout to (?:jump(?! (?:on|onto|in|into|at|to)\b)|take (?:the|them|all|my)|end it|end my li"
    r"fe|kill myself|swallow|let go|"
    r"step off)\b|\bready to jump\b(?! (?:ship|at|on|in|into|through)\b)",
    r"\bthis is (?:my )?(?:final |last )?(?:good bye|farewell)\b"
    r"(?! to (?!you|everyone|all|the world|this world|life))",
    r"\bthis is my (?:last|final) (?:message|post|text|words)\b(?! (?:before|for (?:today|tonig"
    r"ht|the|a while|now|a bit|a few|a couple|this week))\b)"
    r"(?! (?:in|on) (?:the|this|our|my) \w+(?: \w+)? (?:channel|group|chat|server|"
    r"forum|sub)\b)",
    r"\bby the time (?:you|anyone|someone|they|people) (?:read|reads|see|sees|find|finds) this\b",
    r"\bgood bye (?:cruel )?world\b|\bgood bye (?:forever|for good)\b(?! (?:to )?(?:retail|"
    r"hospitality|customer service|the office|this job|my job|this company|school|uni|london|"
    r"this town|this city|\w+ing|(?:bad |old |toxic )?(?:boss|manager|job|work|ofice|company|"
    r"cubicle|commute|shifts?|team))\b)(?! to (?:this|that|the|my) (?!world|life|earth)\w+)"
    r"(?!(?: (?:little|old|sweet|dear|my|the|this))? "
    r"(?:server|vm|laptop|computer|phone|car|flat|desk|app|account|plant|sofa|couch|bike)\b)",
    r"\bgood bye (?:everyone|all|everybody)(?: \w+){0,3}? (?:love|sorry|forever|for good)\b",
    r"\bcut (?:too |so |really |very )?deep\b|\b(?:will not|can not) stop (?:the )?bleeding\b",
    r"\b(?:a lot of|so much|lots of) blood\b|\bbleeding (?:a lot|heavily|badly|out|everywhere)\b",
    r"\bfeel (?:the )?(?:pills|them|it) (?:kicking in|working)\b|\bthe pills are kicking in\b",
    r"\b(?:car|cars|engine|engines) (?:is )?running (?:\w+ ){0,3}?garage\b|\bengine running in the"
    r" garage\b",
    r"\b(?:started|starting|begun|began) (?:taking|swallowing) the (?:pills|tablets)\b",
    r"\b(?:tonight|today) is the (?:night|day) i (?:do it|die|end it)\b",
    r"\b(?:it is|its) happening tonight\b|\b(?:wrote|written|left) the note\b(?! (?:to|for|on|abou"
    r"t)\b)|"
    r"\b(?:already|just) (?:took|taken|swallowed) (?:the|them|all|everything)\b"
    r"(?! \w+ (?:for|the doctor|this morning|today|with|at)\b)|\bdead by (?:morning|tomorrow|tonig"
    r"ht)\b",
    r"\b(?:will not|wont) (?:be alive|make it through the night|see the morning) "
    r"(?:tomorrow|tonight|by morning)?\b",
    r"\b(?<!your )last (?:night|day|hours?) (?:on earth|alive|of my life)\b",
)

# Wishing to be dead, or not to live; a life not worth it; others better off without them.
_WISHES = [
    r"\b" + WISH + r" to (?:just |finally |simply |fucking |literally )?(?:" + _DIE + r"\b"
    r"(?! on (?:this|that|the|a) hil| of (?:embarasment|boredom|laughter|shame|cringe)| laughing|"
    r" (?:my|her|his|your|the|it) (?:\w+ )?(?:hair|clothes|jeans|shirt|fabric|eyebrows|beard)\b)"
    r"|not (?:be )?(?:alive|here|around|exist|wake up)\b|never wake up|stop (?:living|existing|"
    r"breathing|being alive)(?! (?:in|at|as|on) (?:this|that|the|my|a)\b)|sleep forever|"
    r"disappear (?:forever|for good|permanently))",
    r"\b" + WANT + r" to (?:just |finally |simply |literally )?(?:kms|kys|unalive|od\b|overdose|"
    r"rope\b(?! (?:in|into|them|him|her|my|our|your|someone|somebody|some|people|friends?)\b)|"
    r"ctb|end (?:myself|my life|my own life)|" + END_IT + r"|leave this (?:world|earth|"
    r"life)|go to sleep (?:forever|and (?:never|not))|(?:fall asleep|sleep) and (?:never|not) wake|"
    r"be with \w+ (?:in heaven|again)|jump\b(?! (?:at|on|in|into|through|ship|the gun|right in|"
    r"straight in|the queue|start|ahead|back|higher|rope|around|for joy|to)\b))",
    r"\b" + _NOT_WANT + r" " + _TO_LIVE,
    r"\b(?:rather|prefer to) (?:just )?(?:die|be dead(?! broke| tired| serious)|not (?:be alive|"
    r"exist|wake up))\b"
    r"(?! than (?!keep|go on|carry on|live|living|be alive|feel|wake)\b)",
    r"\b(?:i|you) should (?:just )?(?:die|be dead|not be alive|not exist|kill myself|end it)\b",
    r"\b(?:want|wanting|urge|tempted|thinking)\w* (?:to |of |about )(?:\w+ ){0,6}?"
    r"(?:climb|climbing|jump|jumping|step|stepping) (?:over|off) the "
    r"(?:side|edge|railings?|barrier|parapet|ledge)\b(?! of (?:the |a |my )?(?:boat|pool|bed|"
    r"sofa|couch|fence|wall|bath|trampoline))(?!(?: \w+){0,4} (?:swim|lol|haha)\b)",
    # Death picked over the next step of the search ("⚰️ > another round of interviews").
    r"\b(?:death|dying|cofin|grave) over (?:another|one more|more|going back|facing)\b",
    r"\b(?:wish|wishes|wished|wishing|hope|hoping|pray|praying) (?:that )?(?:i|he|she|they) "
    r"(?:\w+ ){0,2}?(?:die|died|dead|not wake up|never wake up|wake up dead|never born|not born|"
    r"never existed|not exist|did not exist|(?:never|not) (?:been )?born|not be (?:here|around|ali"
    r"ve)|disappear|stop existing|was gone|were gone|"
    r"was not (?:alive|here)|were not (?:alive|here))\b(?! (?:for|to|on|into|from) \w)",
    r"\b(?:wish|wishes|hope|hoping|pray|praying|want) (?:\w+ ){0,3}?(?:fall asleep|go to sleep|"
    r"sleep) (?:forever|and (?:never|not) wake)\b",
    r"\b(?:hope|hoping|wish|pray) (?:that )?(?:a |the )?(?:car|bus|truck|train|plane) "
    r"(?:\w+ ){0,2}?(?:hits|hit|crashes|crash|kills|runs me over)\b",
    r"\bsomething (?:would |will |could )?(?:just )?kils? me\b",
    r"\bby (?:my|his|her) own hand\b|\b(?:whether|if) i live or die\b",
    r"\b(?:god|someone|something|death) (?:would|wil|to|could) (?:just )?take me\b",
    r"\b(?:hope|hoping|wish|wishing|pray|praying) (?:that )?(?:something|someone) "
    r"(?:\w+ ){0,2}?(?:happens to me|kils me|hits me)\b|\bif i (?:got|get|was) hit by a\b",
    r"\bwish i had (?:cancer|a terminal|an ilnes|something terminal)\b",
    r"\bso i (?:could|can|would) (?:just )?(?:go|die|be gone|not exist)(?= \.|$)",
    r"\bnot (?:be|being) alive\b|(?<!pretend )\bto be dead\b|\bcease to exist\b",
    r"\b(?:want is|wish is) to be gone\b|\bto be gone (?:forever|for god|permanently)\b",
    r"\bstay asleep\b(?: \w+){0,2}? (?:forever|for god|and never)\b|\bno more mornings\b",
    r"\b(?<!could )(?:sleep|sleeping|go to sleep|fall asleep) (?:and (?:never|not) wake|and that i"
    r"s "
    r"it|and thats it)\b",
    r"\b(?:disappear|vanish)\w* (?:\w+ ){0,8}?(?:never be found|forever|for god|permanently)\b",
    r"\bso (?:that )?i (?:do not|never|wil not|wont) wake up\b",
    r"\bwant to dye\b(?! (?:my|it|the|your|her|his|our|their)\b)",  # a common typo of "die"
    r"\bmight as well (?:just )?(?:die|be dead|end it|kil my ?self)\b",
    r"\bfeel like (?:dying|kiling my ?self|ending it)\b",
    r"\bno one (?:would |will |is going to )?(?:even )?(?:miss me|care if i (?:die|died|was gone))"
    r"\b(?! at (?:the|a|my|this|that)\b| if i (?:do not|did not|skip)\b)",
    r"\bif (?:a|the) (?:bus|car|truck|train) (?:hit|hits|killed|ran over) me\b",
    r"\b(?:not|never) (?:mind|care) if (?:i (?:died|die|was dead|did not wake up|never woke up)|"
    r"(?:a|the) (?:bus|car|truck|train) (?:hit|hits|killed|ran over) me)\b",
    r"\bif (?:i|he|she) (?:just |simply )?(?:died|was dead|were dead|did not wake up|never woke up|"
    r"disappeared)\b",
    r"\b(?:no one|anyone|everyone) (?:\w+ ){0,3}?(?:care|notice|miss me|mourn)\w* (?:\w+ ){0,2}?"
    r"if (?:i|he|she) (?:died|die|was gone|disappeared|killed)\b",
    r"\b(?:death|dying|being dead) (?:\w+ ){0,1}?(?:sounds|seems|feels|looks|would be) (?:like )?"
    r"(?:a |an )?(?:relief|nice|good|better|peaceful|easier|answer|escape|welcome)\b",
    r"\b(?:welcome|crave|craving|long for|longing for) death\b",
    r"\b(?:tired|sick|done|exhausted|finished|over) (?:of |with )(?:being alive|living|life|"
    r"existing|my life|breathing|being here)\b(?! (?:in|with|at|on|paycheck|like|here|there|"
    r"abroad|alone|near|of|out of|admin)\b)",
    r"\bcan not (?:keep|go on) (?:living|like this|existing)\b(?! (?:financially|money|with money|"
    r"at work|in this (?:job|flat|house)|with work|with (?:a|an|this|that|my|the) (?:\w+ )?"
    r"(?:laptop|phone|car|computer|pc|salary|wage|commute|boss|manager|job|contract|"
    r"landlord))\b)|"
    r"\bcan not go on\b(?! (?:with|to|a|"
    r"an|the|this|that|my|interviews?|applying|like)\b)",
    r"\bcan not (?:take|stand|bear|handle) (?:living|life|being alive|existing)\b",
    r"\b(?:no|any|what is the|not see (?:a|any|the)|lost the) (?:real |more )?(?:reason|point|"
    r"purpose|will|strength|energy|desire|wish) "
    r"(?:for me )?(?:to |in |of |for )?(?:" + _TO_LIVE + r"|living|being alive|existing|life|"
    r"my life|going on)",
    r"\bnothing (?:left )?to live for\b|\b(?:not|no longer) worth living\b",
    r"\blife is (?:not|no longer|no more) worth (?:it|living)\b|"
    # not "the barista life is over", "my social life is over": a part of life, not life
    r"(?<!barista )(?<!student )(?<!social )(?<!love )(?<!dating )(?<!party )(?<!retail )"
    r"(?<!ofice )(?<!single )(?<!uni )(?<!night )(?<!work )(?<!army )(?<!city )(?<!band )"
    r"(?<!club )(?<!gaming )(?<!kitchen )(?<!hospitality )(?<!corporate )(?<!startup )"
    r"\blife is (?:pointless|meaningless|over)\b",
    r"\bwhy (?:am i|should i|do i|is he|is she) (?:even |still )*(?:alive|exist|living|"
    r"keep living|bother living|here)\b",
    r"\b(?:should not|do not deserve to|not deserve to) (?:be alive|exist|live|have been born)\b",
    r"\b(?:better|happier|easier|fine|ok|okay) (?:off )?if (?:i|he|she) (?:just )?(?:was|were) "
    r"(?:not (?:here|around|alive)|gone|dead)\b",
    r"\b(?:better|happier|easier) (?:off )?(?:dead|gone|without (?:me|him|her|them)|six feet under|"
    r"not (?:existing|being here|being alive|alive|around)|"
    r"if (?:i|he|she) (?:was|were|am|is) (?:gone|dead|not here|not around|never born))\b",
    r"\b(?:everyone|everybody|they|the world|my family) (?:will|would) be (?:better|happier) "
    r"(?:off )?(?:soon|when i am gone|once i am gone)\b",
    r"\bwhat is the point of me\b|\bi (?:want to|wish i could) (?:just )?(?:disappear|vanish)"
    r"(?= \.|$| and never| forever| for good)",
    r"\b(?:want|wish|need) (?:it all|everything|my life|life) to (?:be over|end|stop)\b"
    r"(?! so (?:that )?i can| and (?:start|get|move))",
    r"\bwant the pain to stop (?:forever|for good|permanently)\b",
    # Said plainly, in the present: "i am having suicidal thoughts again".
    r"\b(?:i am|i have|i have been|i keep|keep|having|getting|get|got|still have|still having) "
    r"(?:\w+ )?(?:suicidal|suicide) (?:thoughts|urges|feelings|ideation)\b",
    r"\bi (?:have|had) (?:already )?(?:lived|been alive|existed) (?:to|too) long\b",
    r"\b(?:saying|say|said) (?:good ?)?bye to (?:the world|this world|life)\b",
    r"\b(?:balcony|bridge|ledge|roof|rooftop|tracks|railing|edge|drop|pills|tablets|rope|knife|"
    r"blade|gun)\b(?: \S+){0,6}? (?:looks?|feels?|seems?|is|are|looking|feeling) (?:so |very |"
    r"really |pretty |kind of |kinda )?(?:tempting|inviting|appealing)\b",
]


ALL_ACTS = (*ACTS, *safety_indirect.ACTS, *safety_families.ACTS)
THOUGHTS = (
    *_WISHES, *safety_indirect.WISHES, *HARM, *safety_indirect.HARM, *PLANS, *SLANG,
    *safety_indirect.SLANG, *safety_families.THOUGHTS,
)

# The bare words, misspelt too ("sucidal", "suicde", "su1c1de" after normalising).
TOPICS = (
    r"\bs[uy]?[iy]?[cs]+[iy]?d(?:e|es|ed|al|ial|aly|ality|el|le|aly|ally|ial)?\b",
    r"\bself ?(?:harm|harming|harmed|injury|injuring|injure|mutilat\w*)\b",
    r"\b(?:overdose|overdoses|overdosing)\b(?! of (?!(?:\w+ ){0,2}?" + DRUGS + r"))|"
    r"\bsuicidal ideation\b",
)

STRAIN = (
    r"\b(?:kil|kils|kiling|kiled) me\b|\bdeath of me\b",
    r"\bi am (?:\w+ )?dying\b(?! (?:to|for|of laughter)\b)",
    r"\bi (?:am going to|could|would|wil|will|might) (?:just |literally )?die\b",
    r"\bcan not(?: (?:take|do|handle|stand|bear|cope with|deal with|face))?(?: \w+){0,3}? "
    r"any ?(?:more|longer)\b",
    r"\bcan not (?:cope|keep going|go on|(?:take|handle|face|bear) (?:it|this|another))\b",
    r"\b(?:wits? end|dead inside|end of my (?:rope|tether)|breaking point|rock bottom|"
    r"falling apart|breaking down|losing my mind|nervous breakdown|no way out|way out|"
    r"too much to (?:bear|handle)|no future|no hope|lost (?:all )?hope|losing hope|"
    r"(?:never|ever) (?:\w+ ){0,3}?get(?:ing)? better|waste of space|nothing matters|"
    r"not good enough|"
    r"good for nothing|disappointment|no one cares|no one to talk to|do not matter|"
    r"no one would (?:notice|care)|want to scream|in danger|at risk|do anything stupid|"
    r"not suicidal|hurt my ?self|feel (?:so |really )?(?:down|low|empty|numb)|really (?:down|low))"
    r"\b",
    r"\bis (?:torture|hell|unbearable)\b|\b(?:can not stop|keep) crying\b|\bcry (?:every|all)\b",
    r"\b(?:devastated|heartbroken|hopeless|helpless|worthless|useless|pointless|miserable|"
    r"depressed|depression|despair|overwhelmed|burn(?:ed|t) out|burden|alone|lonely|loneliness|"
    r"empty inside|trapped|drowning|invisible|suicidal thoughts|exhausted|defeated|"
    r"failure|loser)\b",
    r"\b(?:i am|i feel|feel|feeling|i am so|i am just) (?:so |completely |totally |really |just )?"
    r"(?:crushed|broken|shattered|destroyed|defeated|useless)\b",
    r"\bhate (?:my ?self|my life)\b|\bmy life is (?:a mess|falling apart|over|ruined)\b",
    r"\bmy (?:career|job search|job hunt|chances|future|life) is "
    r"(?:dead|over|finished|ruined|doomed)\b",
    r"\b(?:give|giving|gave|given) up\b|\b(?:so|completely|totally|absolutely) done\b",
    r"\b(?:done with|sick of|tired of) (?:it all|everything|this|being (?:rejected|ghosted)|"
    r"rejections?|job hunting|applying|the (?:job )?(?:hunt|search|process))\b",
    r"\b(?:what is (?:even )?the point|no point any ?more|point in trying)\b",
    r"\bno one would (?:even )?(?:notice|care)\b|\b(?:never|ever) (?:going to )?change\b|"
    r"\bstuck like this\b|\bus(?:e)?les\b|\bse (?:a|any) future\b|\b(?:sick of|hate) being me\b",
    r"\bhappier if i\b|\bcan not face\b|\b(?:fels|is) grey\b|\bin bed all (?:day|wek)\b|"
    r"\bdisappearing\b|\b(?:complete|total|a) waste\b|\bfor nothing\b|\bmuch more of this\b",
    r"\bpathetic\b|\binto the void\b|\bno one hears me\b|\bending anything\b|\bi am safe\b|"
    r"\bguted\b|\battempted\b|\b(?:that|this|so|realy|very) low\b|\bdark thoughts\b|"
    r"\bended up in hospital\b|\bstrugling\b|\banything bad\b|\bjump of anything\b|"
    r"\btired of\b|\bfall(?:ing)? apart\b|\bcan not see a way\b|\bnothing i do\b|\bever good enoug"
    r"h\b",
    r"\b(?:never (?:works?|worked) out|never wil\b(?= \.|$)|no value|i am nothing|worth nothing|"
    r"no friends|nothing left to give|doors? (?:is|are) closed|embarasment|embarased of me|"
    r"demorali[sz]ed|hopelesnes|rough wek|had a crisis|no one left)\b",
    r"\blet (?:every ?one|every ?body|them|you al|my (?:family|parents)) down\b|\bnothing ever "
    r"works? out\b|\bmy whole life is\b|\bused to (?:cut|self ?harm|hurt my ?self|burn)\b|"
    r"\btalked (?:me|him|her) out of\b",
    r"\b(?:have|has) not (?:cut|self ?harmed|harmed|hurt|burned)\b|\bdo (?:anything|something) "
    r"to my ?self\b",
    r"\bfailed at everything\b|\ba drain on\b|\bstuck (?:\w+ ){0,5}?forever\b|\bwhy (?:i|do i|"
    r"should i) (?:even )?bother\b|\bwhy (?:anyone|any one|anybody) would want me\b|\bnothing "
    r"left for me\b|\bavoid me too\b|\bthose (?:kinds? of |sorts? of )?thoughts\b|\ban attempt\b|"
    r"\bhospitali[sz]ed\b|\bnever actually do anything\b|\bmake it (?:to|past) \d+\b|"
    r"\bno point (?:in )?\w+ing any ?more\b|\bnever (?:work|get a job|be hired) again\b|"
    r"\b(?:ashamed|embarrassed|humiliated)\b|"
    r"\bnothing (?:\w+ ){0,2}?changes\b|"
    r"\b(?:get out of|stuck in) (?:this|a|the) (?:hole|rut|pit)\b|"
    r"\b(?:do not|can not|not) see (?:\w+ ){0,3}?(?:getting|"
    r"get|going to get) better\b",
    # A low day said plainly: no energy left, hollow, how much more one can take.
    r"\b(?:do not|no longer) have (?:the|any) energy\b|\bi (?:feel|am) (?:so |just )?"
    r"(?:hollow|drained|awful|heavy)\b|\bhow much more (?:\w+ ){0,2}?(?:i can|can i) take\b|"
    r"\brecover\w* from (?:self ?harm|cutting|an eating disorder|anorexia|bulimia|an overdose|"
    r"a suicide attempt)\b|\bdo not know (?:who|any ?one) to talk to\b|"
    r"\bmood is (?:in the |on the )?(?:basement|floor|gutter)\b|"
    r"\bout of bed is (?:the )?hard|\bcried (?:all day|all night|myself to sleep)\b|"
    r"\bfeels? (?:so )?heavy\b|\b(?:have not|not) left the house\b|\bloneliest\b|"
    r"\bfeel(?:ing)? (?:pretty |so |really )?(?:rubbish|flat|awful|horrible|terrible)\b",
)

# Distress the body and the days show: tears, sleep, appetite, panic, a mind no longer okay.
# A gentle check-in, as STRAIN is; but unlike despair it does not make a goodbye said beside it
# a last one ("told my students goodbye, i cried in the staffroom").
UNWELL = (
    r"\b(?:i|i have|i am|i was|i keep|i kept|i just|started|been|ended up|burst into) (?:\w+ )?"
    r"(?:cried|crying|sobbing|sobbed|bawling|bawled|in tears)\b(?! (?:laughing|with laughter|"
    r"of joy|with joy|happy))",
    r"\b(?:can not|could not|have not|barely|hardly|not) (?:\w+ )?(?:slept|sleping|sleep|eat|"
    r"eating|ate|eaten|function|get out of bed)\b(?! (?:gluten|dairy|meat|pork|beef|fish|nuts?|"
    r"peanuts|shelfish|spicy|sugar|wheat|eggs?|that|this|it|them|those|here|there|with|on the|in "
    r"(?:the|a|my)|til|until|before|much|late|in|wel|out|lunch|breakfast|dinner|junk)\b)|"
    r"\bsleples nights?\b|\binsomnia\b",
    r"\bpanic atacks?\b|\banxiety (?:is |has been )?(?:through the rof|of the charts|out of "
    r"control|so bad|awful|terrible|unbearable)\b",
    r"\b(?:i am|i am realy|i am just|i am honestly) not (?:ok|okay|alright|al right|doing (?:wel|"
    r"ok|okay|great|god))\b(?! (?:with|about)\b| at (?!al\b))",
    r"\bmy mental health\b(?: \S+){0,3}? (?:bad|worse|shot|gutter|declining|spiral\w*|tanked|"
    r"tanking|suffering|terrible|awful|a hit|through the flor|down the drain)\b|\blow mod\b",
    r"\b(?:lost|losing|no) (?:al |any )?(?:my )?motivation\b(?! leters?\b)|\bnothing to show for\b|"
    r"\b(?:unemployable|unlovable|unhireable|unhirable)\b|\b(?:so |very |realy |fel |feling )"
    r"isolated\b|\bfel(?:ing)? like (?:trash|garbage|rubish|dirt|crap|a nobody)\b|"
    r"\bdrinking (?:more|to cope|every night|too much|alone)\b(?! (?:water|cofe|tea|juice)\b)|"
    r"\bmakes? me fel (?:so |even )?(?:smal|smaler|worthles|useles|stupid|pathetic|"
    r"like nothing|like a failure)\b",
)
