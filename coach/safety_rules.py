"""The safety rules: what a thought of self-harm or suicide looks like, by kind, as regexes.

Rules are composed from the parts in `safety_words` and grouped by what they describe, because
the kind decides how the context is read (see `safety_assess`):

- ACTS: acting now or already acted (took the pills, holding a knife, standing on a bridge,
  "this is goodbye"). Imminent danger when it is the writer.
- THOUGHTS: wishes, intentions, means and methods, plans and preparation, self-harm, and the
  euphemisms and slang for them. A crisis when it is the writer.
- TOPICS: the bare words ("suicide", "self harm", "overdose", "lethal dose"). A crisis, unless
  the clause is about teaching, research, prevention work or the news.
- STRAIN: hopelessness, worthlessness, feeling a burden or alone, heavy distress and job-hunt
  hyperbole. A gentle check-in, never crisis resources.

Rules say *what* is thought, never *who* thinks it: "kill myself" and "kill herself" are one
rule, and whose thought it is comes from the words around it.
"""

from __future__ import annotations

from coach.safety_words import (
    BODY,
    DRUGS,
    HARM_VERBS,
    HEIGHTS,
    POSSESSIVE,
    REFLEXIVE,
    VEHICLES,
    WANT,
    WISH,
    WATER,
    WEAPONS,
    alternation,
)

_DIE = r"(?:die|be dead|dead|be gone|not exist|stop existing|cease to exist|not be alive)"
_UNTIL_BLEED = (
    r"\b(?:until|till|til) (?:it|i|they|my \w+) (?:bleeds?|bled|bruises?|bruised|split|broke|"
    r"are purple|were purple|is raw|was raw)\b|\buntil (?:they are|theyre) (?:purple|raw|bleding)\b"
)
_SLASH = (
    r"(?:cut|cuts|cuting|slash\w*|slit|sliting|carv\w*|burn\w*|scratch\w*|scrap\w*|pick\w*|"
    r"hit|hits|hiting|punch\w*|slap\w*|pinch\w*|bang\w*)"
)
# "end it" as in a life, not as in a call, a letter or a relationship with an agency.
_END_IT = (
    r"end(?:ing)? (?:it all|it|things|everything)\b(?! (?:with|of|on|here|there|for|politely|"
    r"nicely|professionally|early|by|up|between|at|well|soon with|now (?:with|and move))\b)"
)
_NOT_WANT = r"(?:do not|does not|not|no longer|never) (?:\w+ ){0,2}?(?:want|wana|wish|like) to"
_TO_LIVE = (
    r"(?:be alive|live|exist|be here|be around|wake up|keep living|keep going|go on|stay alive|"
    r"see tomorrow|see another day|be on this earth|be in this world)"
    r"\b(?! (?:in|at|near|with|on|by|there|abroad|somewhere|early|before|so|for (?:this|that|the)|"
    r"this way|another|interviews?|applying|a |an |the )\b)"
)

ACTS = (
    r"\b(?:took|have taken|had taken|swallowed|downed|necked|taken|took like) (?:all|every|the "
    r"whole|a whole|the entire|an entire|too many|so many|a bunch of|a handful of|handfuls of|"
    r"loads of|lots of|dozens of|the rest of|a bottle of|a box of|\d{2,})\b(?: \w+){0,3}? "
    + DRUGS + r"\b",
    r"\btook (?:them|it|everything) all\b|\btook everything (?:i had|in the)\b",
    r"\b(?:took|swallowed|downed|taken) (?:everything|the lot|a load of|loads of|a lot of)\b"
    r"(?: \w+){0,3}? (?:" + DRUGS + r"|cabinet|drawer)\b|\bswallowed everything\b",
    r"\b(?:took|swallowed|taken) (?:\w+ ){0,3}?" + DRUGS + r" (?:\w+ )?all of them\b",
    r"\b(?:doing|do|going to do|gona do|wil do) it (?:tonight|right now|now|today|in (?:an|a few|"
    r"\d+|five|ten|one|two) (?:hours?|minutes?|mins?)|the night after|after every ?one)\b"
    r"(?!(?: \w+){0,6} (?:apply|application|cv|resume|email|leter|form|homework|asignment|task|"
    r"laundry|prep|update|send|due|deadline|interview prep)\b)",
    r"\b(?:thanks|thank you) for everything(?: \w+){0,2}? sory\b|\bsory for everything(?= \.|$)",
    r"\bnote is (?:\w+ ){0,4}?(?:and )?i am ready\b",
    r"\b(?:no one|nobody) (?:can|wil|could) stop me\b|\bgoing over(?= \.|$| the edge| the side)",
    r"\b(?:in the bath|in the car|on the floor) (?:\w+ ){0,2}?with (?:a|the|my) (?:knife|blade|"
    r"razor|pills|rope|gun)\b",
    r"\b(?:knife|blade|razor|pills|rope|gun|belt) (?:\w+ )?(?:right )?now(?= \.|$)",
    r"\b(?:is|are|am|and|at the top of|on top of|up on) (?:on |at )?(?:the |a |this )?(?:top of "
    r"(?:the |a )?)?(?:bridge|ledge|cliff|rof|roftop|multi ?storey|car ?park|parking garage|"
    r"top flor|edge)\b(?! (?:club|game|station|of (?:my|your)|seat|tournament|project|team))",
    r"\boverdosed\b|\bi (?:have |just |already )?od\b",
    r"\b(?:holding|hold|gripping|clutching|i have|i have got|got|with) (?:a|the|my) (?:loaded )?"
    r"(?:knife|blade|gun|razor|rope|pills|noose)(?: \w+){0,2}? (?:in my hands?|right now|"
    r"to my (?:wrist|throat|head|neck|skin)|against my)\b",
    r"\b(?:knife|blade|gun|razor|pills|rope) (?:is |are )?in my hands?\b|\bgun is loaded\b",
    r"\bsitting (?:\w+ ){0,4}?with (?:a|the|my) (?:knife|blade|gun|razor|rope|pills|noose)\b",
    r"\b(?:rope|noose|belt) (?:is )?(?:around|round) my neck\b|\b(?:rope|noose) is (?:tied|up)\b",
    r"\b(?:standing|sitting|i am|am|now|currently|stood) (?:on|at|near|by) (?:the |a |this |that )?"
    r"(?:edge of (?:the |a )?)?(?:bridge|ledge|cliff|tracks|train tracks|railway tracks|edge|"
    r"rooftop|roof|roof edge|platform edge)\b(?! (?:club|game|station|of (?:my|your)|seat|tournament))",
    r"\babout to (?:jump|take (?:the|them|all|my)|end it|end my life|kill myself|swallow|let go|"
    r"step off)\b|\bready to jump\b",
    r"\bthis is (?:my )?(?:final |last )?(?:good bye|farewell)\b"
    r"(?! to (?!you|everyone|all|the world|this world|life))",
    r"\bthis is my (?:last|final) (?:message|post|text|words)\b",
    r"\bby the time (?:you|anyone|someone|they|people) (?:read|reads|see|sees|find|finds) this\b",
    r"\bgood bye (?:cruel )?world\b|\bgood bye (?:forever|for good)\b",
    r"\bgood bye (?:everyone|all|everybody)(?: \w+){0,3}? (?:love|sorry|forever|for good)\b",
    r"\bcut (?:too )?deep\b|\b(?:will not|can not) stop (?:the )?bleeding\b",
    r"\b(?:a lot of|so much|lots of) blood\b|\bbleeding (?:a lot|heavily|badly|out|everywhere)\b",
    r"\bfeel (?:the )?(?:pills|them|it) (?:kicking in|working)\b|\bthe pills are kicking in\b",
    r"\b(?:car|engine) (?:is )?running (?:\w+ ){0,3}?garage\b|\bengine running in the garage\b",
    r"\b(?:started|starting|begun|began) (?:taking|swallowing) the (?:pills|tablets)\b",
    r"\b(?:tonight|today) is the (?:night|day) i (?:do it|die|end it)\b",
    r"\b(?:it is|its) happening tonight\b|\b(?:wrote|written|left) the note\b(?! (?:to|for|on|about))|"
    r"\b(?:already|just) (?:took|taken|swallowed) (?:the|them|all|everything)\b"
    r"(?! \w+ (?:for|the doctor|this morning|today|with|at)\b)|\bdead by (?:morning|tomorrow|tonight)\b",
    r"\b(?:will not|wont) (?:be alive|make it through the night|see the morning) "
    r"(?:tomorrow|tonight|by morning)?\b",
    r"\blast (?:night|day|hours?) (?:on earth|alive|of my life)\b",
)

# Wishing to be dead, or not to live; a life not worth it; others better off without them.
_WISHES = [
    r"\b" + WISH + r" to (?:just |finally |simply |fucking |literally )?(?:" + _DIE + r"\b"
    r"(?! on (?:this|that|the|a) hil| of (?:embarasment|boredom|laughter|shame|cringe)| laughing)"
    r"|not (?:be )?(?:alive|here|around|exist|wake up)\b|never wake up|stop (?:living|existing|"
    r"breathing|being alive)|sleep forever|disappear (?:forever|for good|permanently))",
    r"\b" + WANT + r" to (?:just |finally |simply |literally )?(?:kms|kys|unalive|od\b|overdose|"
    r"rope\b|ctb|end (?:myself|my life|my own life)|" + _END_IT + r"|leave this (?:world|earth|"
    r"life)|go to sleep (?:forever|and (?:never|not))|(?:fall asleep|sleep) and (?:never|not) wake|"
    r"be with \w+ (?:in heaven|again)|jump\b(?! (?:at|on|in|into|through|ship|the gun|right in|"
    r"straight in|the queue|start|ahead|back|higher|rope|around|for joy|to)\b))",
    r"\b" + _NOT_WANT + r" " + _TO_LIVE,
    r"\b(?:rather|prefer to) (?:just )?(?:die|be dead|not (?:be alive|exist|wake up))\b",
    r"\b(?:i|you) should (?:just )?(?:die|be dead|not be alive|not exist|kill myself|end it)\b",
    r"\b(?:wish|wishes|wished|wishing|hope|hoping|pray|praying) (?:that )?(?:i|he|she|they) "
    r"(?:\w+ ){0,2}?(?:die|died|dead|not wake up|never wake up|wake up dead|never born|not born|"
    r"never existed|not exist|did not exist|(?:never|not) (?:been )?born|not be (?:here|around|alive)|disappear|stop existing|was gone|were gone|"
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
    r"\b(?<!could )(?:sleep|sleeping|go to sleep|fall asleep) (?:for god|forever|permanently|"
    r"and (?:never|not) wake|and that is it|and thats it)\b",
    r"\b(?:disappear|vanish)\w* (?:\w+ ){0,8}?(?:never be found|forever|for god|permanently)\b",
    r"\bso (?:that )?i (?:do not|never|wil not|wont) wake up\b",
    r"\bwant to dye\b(?! (?:my|it|the|your|her|his|our|their)\b)",  # a common typo of "die"
    r"\bmight as well (?:just )?(?:die|be dead|end it|kil my ?self)\b",
    r"\bfeel like (?:dying|kiling my ?self|ending it)\b",
    r"\bno one (?:would |will |is going to )?(?:even )?(?:miss me|care if i (?:die|died|was gone))\b",
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
    r"existing|my life|breathing|being here)\b",
    r"\bcan not (?:keep|go on) (?:living|like this|existing)\b|\bcan not go on\b(?! (?:with|to|a|"
    r"an|the|this|that|my|interviews?|applying)\b)",
    r"\bcan not (?:take|stand|bear|handle) (?:living|life|being alive|existing)\b",
    r"\b(?:no|any|what is the|not see (?:a|any|the)|lost the) (?:real )?(?:reason|point|purpose|will) "
    r"(?:for me )?(?:to |in |of |for )?(?:" + _TO_LIVE + r"|living|being alive|existing|life|"
    r"my life|going on)",
    r"\bnothing (?:left )?to live for\b|\b(?:not|no longer) worth living\b",
    r"\blife is (?:not|no longer) worth (?:it|living)\b|\blife is (?:pointless|meaningless|over)\b",
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
    r"\b(?:want|wish|need) (?:it all|everything|my life|life) to (?:be over|end|stop)\b",
    r"\bwant the pain to stop (?:forever|for good|permanently)\b",
]

# Killing or harming oneself, by any means, and the means themselves.
_HARM = [
    r"\b" + HARM_VERBS + r" " + REFLEXIVE + r"\b"
    r"(?! (?:some|a) (?:slack|break)| (?:of|out|short)\b(?! (?:a|the|my|this|that|an)\b)|"
    r" in the foot| up over| laughing)",
    r"\b(?:to|i|just|should|could|might|will|gonna) of (?:my ?self|him ?self|her ?self)\b",
    r"\b(?:throw|throwing|threw|fling|hurl) " + REFLEXIVE + r" (?:off|from|in front of|under)\b",
    r"\b(?:end|ending|ended|take|taking|took|takes) " + POSSESSIVE + r" (?:own )?life\b"
    r"(?! (?:back|in|into|to|on)\b)",
    r"\b" + _SLASH + r" (?:\w+ ){0,4}?(?:into |in )?" + POSSESSIVE + r" (?:own )?" + BODY + r"\b",
    r"\b(?:scars|cuts|burns|wounds) (?:on|all over) " + POSSESSIVE + r" " + BODY + r"\b",
    r"\b(?:fresh|deep|new) (?:cuts|scars|wounds|burns)\b(?! (?:to|in|at|across|from))",
    r"\bcovered in (?:cuts|scars|burns|bruises)\b|\b(?:my|her|his) (?:fresh |new )?cuts\b",
    _UNTIL_BLEED,
    r"\b(?:start|started|starting|been|keep|kept|back to|urges? to|urge to|want to|need to|"
    r"going to|gonna|relapsed and|to) cut(?:ing)?\b(?! (?:down|back|out|off|corners|ties|"
    r"costs|loose|in|it|the|a|an|them|him|her|this|that|some|through|class|school|work|my ?self|"
    r"hair|sugar|carbs|people|you|me|my (?!" + BODY + r")|your|our|ties|to the|from)\b)",
    r"\bi (?:have )?cut(?= \.|$| again| deep| after| tonight| when| because| so bad| last night|"
    r" yesterday| this morning| myself)",
    r"\b(?:is|are|am|been|keeps?|kept) cutting(?= \.|$| again| him| her| them)",
    r"\bcut(?:ing)? again\b",
    r"\b(?:self ?harm|sh|cut|cutting|hurt|burn)\w* (?:urges?|again)\b|\brelaps\w* (?:on |with |"
    r"into |and )?(?:\w+ )?(?:sh|self ?harm|cut|cutting|hurt)\b",
    r"\b(?:not eating|not eaten|stopped eating|skip\w* meals|starving)\b(?: \w+){0,4}? "
    r"(?:on purpose|to punish|because i (?:do not )?deserve)\b",
    r"\b(?:not|do not) deserve (?:food|to eat)\b|\bma(?:k|d)e\w* (?:my ?self|me) (?:throw up|"
    r"sick|vomit)\b",
    r"\b(?:deserve|deserves|want|wants|need|needs|wanted) to (?:feel pain|hurt|suffer|bleed|"
    r"be punished)\b",
    r"\bcut\w* (?:to cope|to feel|to deal|to calm|for relief)\b|\btake my ?self out\b(?! (?:of "
    r"(?:the )?(?:runing|race|proces|competition|consideration)|for|to))",
    r"\bus(?:e|ing) (?:it|that|them|one|the \w+) on my ?self\b|\bthink\w* about (?:it|them) in "
    r"a bad way\b",
    r"\b(?:blades?|razors?|pills|rope|gun) (?:\w+ ){0,6}?(?:in case i|just in case|for later|"
    r"a way out)\b|\b(?:went|reached|grabed|got) (?:straight )?for the (?:razor|blade|knife)\b",
    r"\b(?:compas|blade|razor|lighter|knife|glas|scisors|pin|nedle)\w* (?:\w+ ){0,2}?(?:on|into|"
    r"across|against) (?:my|his|her) " + BODY + r"\b",
    r"\b(?:because of|hide|hiding|cover|covering) (?:the|my|his|her) (?:cuts|scars|burns|marks|"
    r"bruises)\b|\b(?:razor|blade|cuting|pain) is the only thing\b",
    r"\brelapsed(?= \.|$)|\b(?:pills|tablets|meds) (?:saved|stashed|hidden|stockpiled)\b|"
    r"\bhiding (?:my|the) (?:pills|tablets|meds)\b",
    r"\bjump\w* (?:\w+ ){0,4}?(?:to|and) (?:\w+ )?die\b|\bin front of (?:a |the |an |the next )"
    r"?(?:" + VEHICLES + r"|one)\b(?= \.|$| and| so)",
    r"\b(?:razors?|blades?) (?:\w+ ){0,3}?(?:to cut|for when|on my)\b|\bsharpener blade\b",
    r"\bbought (?:new |some )?(?:razors|blades)\b",
    r"\b(?:gun|pistol|rifle|shotgun|bullet) (?:to|in|into|against|through) "
    + POSSESSIVE + r" (?:head|mouth|temple|chest|brain)\b|\bblow my brains out\b",
    r"\bput a bullet\b|\bnoose\b",
    r"\b(?:jump|jumping|jumped|leap|leaping) (?:off|from|of) (?:a |the |my |this |that |some )?"
    r"(?:\w+ )?" + HEIGHTS + r"\b",
    r"\b(?:jump|jumping|step|stepping|lie down|lying down|lay down|laying down|throw myself) "
    r"(?:in front of|under|onto|on|into) (?:a |the |an |oncoming )?(?:\w+ )?(?:" + VEHICLES
    + r"|tracks|train tracks|railway)\b",
    r"\b(?:drive|driving|crash|crashing|swerve|swerving|steer|steering) (?:\w+ ){0,2}?"
    r"(?:into|of|off) (?:a |the |an |oncoming )?(?:wall|tree|bridge|cliff|traffic|truck|lorry|"
    r"river|lake|barrier|pole|oncoming|road)\b",
    r"\b(?:walk|walking|swim|swimming) (?:into|out into) (?:the )?" + WATER + r"\b",
    r"\b(?:crash|crashing|crashed|hurt|hurting|cut|cutting|burn|burning|hit|hitting|starv\w*|"
    r"overdos\w*) (?:\w+ ){0,4}?on purpose\b",
    r"\b(?:take|taking|takes|swallow|swallowing|down|downing|eat|eating) (?:all|every|the whole|"
    r"a whole|all of|too many|a bottle of|a bunch of|a handful of|handfuls of|the rest of) "
    r"(?:\w+ ){0,2}?" + DRUGS + r"\b(?! (?:on time|in the morning|at night|every|as prescribed|"
    r"with|before|after|daily|each))",
    r"\b(?:stockpil\w*|hoard\w*|colecting|stash\w*|saving up|saved up|saving) (?:up )?(?:\w+ )?"
    + DRUGS + r"\b",
    r"\benough (?:\w+ )?" + DRUGS + r" (?:saved|stored|to do it|to die|to kill)\b",
    r"\b(?:bought|buy|buying|got|have|has|getting|purchased|ordered|get) (?:a |some |the |my )?"
    r"(?:new )?(?:rope|gun|pistol|rifle|shotgun|firearm|bullets|charcoal|helium|exit bag)\b"
    r"(?! (?:for|to (?:tie|climb|hang (?:the|a|up))|licen[cs]e|range|safety|permit|laws?|"
    r"control|violence|shop|store)\b)",
    r"\b(?:have|got|has) (?:a|the) (?:knife|blade|gun|razor|rope|pills)\b(?: \w+){0,6}? "
    r"(?:keep (?:looking|staring|thinking)|thinking about (?:it|using)|ready)\b",
    r"\b(?:staring|looking|stare|look) at (?:the|my|a) (?:knives|knife|blades?|razors?|pills|gun|"
    r"rope|tracks|belt|noose)\b",
    r"\b(?:thinking|thought|think|dreaming|fantasi[sz]ing) (?:about|of) (?:\w+ ){0,2}?"
    r"(?:train tracks|the tracks|jumping|hanging|overdos\w*|slitting|drowning|dying\b(?! (?:my|"
    r"her|it|the|your|his))|death|not waking up|my funeral|the pills|" + _END_IT + r"|"
    r"ending my life|the rope|the gun|the knife|roping|unaliving)",
    r"\b(?:run|running) the (?:car|engine) in (?:the|a) (?:garage|closed)\b",
    r"\b(?:how|what|which) (?:many|much) (?:\w+ ){0,3}?" + DRUGS + r" (?:\w+ ){0,4}?(?:die|kil\w*|"
    r"overdose|od|lethal|fatal|enough|would it take|does it take|it takes|to take to|it would take|"
    r"would take|not wake up)\b",
    r"\b(?:lethal|fatal|deadly|toxic) (?:dose|doses|dosage|amount|quantity|combination)\b",
    r"\b(?:painless|quickest|quick|fastest|easiest|easy|best|surest|least painful|simplest|"
    r"peaceful|cleanest|reliable|effective|sure) (?:way|ways|method|methods) (?:\w+ ){0,3}?"
    r"(?:to die|of dying|to kil|to end (?:it|my life|your life|things|a life)|to commit|"
    r"to go\b(?! to| about| back| forward| for| with)|of suicide|to of)",
    r"\bhow (?:to|do (?:i|you|people)|does one|can i|long does it take to|long to|long until) "
    r"(?:\w+ ){0,2}?(?:kil (?:myself|yourself|oneself|a person)|hang (?:myself|yourself)|"
    r"tie a noose|overdose|od|die (?:from|by|of|painlessly|quickly|in)|bleed out|slit|"
    r"drown (?:myself|yourself)|commit suicide|end (?:my life|your life))\b",
    r"\bdoes (?:\w+ )?(?:drowning|hanging|overdos\w*|jumping|bleeding out|slitting|suffocating|"
    r"dying)(?: \w+){0,2}? hurt\b",
    r"\bcan (?:you|i|a person|someone) die (?:from|of|if)\b",
    r"\b(?:how (?:high|tall|far)|what height) (?:\w+ ){0,6}?(?:to die|to kil|fatal|lethal|"
    r"die instantly)\b",
    r"\b(?:looking up|looked up|googling|googled|researching|researched|searching|searched|"
    r"reading up on|read up on) (?:\w+ ){0,5}?(?:would do it|would kil|how to (?:die|kil|hang|overdose|end)|ways to "
    r"(?:die|kil|end)|lethal|overdos\w*|noose|the (?:tallest|highest) (?:bridge|building)|"
    r"methods|how many (?:pills|tablets))",
]

# Plans and preparation: a date, a note, goodbyes, giving things away, putting affairs in order.
_PLANS = [
    r"\b(?:have|got|made|making|make|has|had|formed|there is) (?:a |my |the )?(?:\w+ )?plan\b "
    r"(?:\w+ ){0,3}?(?:to (?:kil|die|end|take|jump|hang|overdose|od|do it|go through)|for (?:it|"
    r"when|how|my death|ending|dying)|and a date|how)",
    r"\bplan\w* (?:to|on|for) (?:kil\w*|die|dying|take my|taking my|jump\w*|hang\w*|overdos\w*|"
    r"commit\w*|do it|end\w* (?:it|my life|things|everything|myself)\b(?! with))",
    r"\bplan\w* (?:\w+ ){0,3}?how (?:i|to) (?:am going to |will )?(?:die|do it|end it|kil)\b",
    r"\b(?:my|the) plan is to do it\b|\bmy plan to end\b|\bplanning my (?:suicide|death|funeral)\b",
    r"\b(?:picked|chosen|chose|set|decided on|have|got) (?:a|the|my) (?:date|day|time|method|"
    r"place|spot)\b (?:\w+ ){0,2}?(?:to (?:do it|end it|end things|die|kil|go through)|"
    r"for when i)\b",
    r"\b(?:picked|chosen|chose) (?:a|the) (?:date|day)(?= \.|$)",
    r"\b(?:decided|know|worked out|figured out|planed|planned) (?:exactly )?(?:how|when|where) "
    r"(?:i am going to|i will|to) (?:do it|end it|die|kil|go)\b",
    r"\b(?:decided|decide) (?:that )?this (?:is|will be) my last\b",
    r"\b(?:wrote|written|writing|write|left|leaving|drafted|finished|writen) (?:a |my |the |some )?"
    r"(?:suicide note|good bye (?:letters?|notes?|messages?|videos?)|final letters?|"
    r"last letters?)\b",
    r"\b(?:wrote|written|writing|left|finished|writen) my note\b(?! (?:to|for|on|about))",
    r"\b(?:the|my) note is (?:written|ready|done|on the|in the)\b|\bgood bye (?:note|leter|video)\b",
    r"\b(?:wrote|written|writing|left|rewriting|rewrite|rewrote) (?:a |the |my )?note\b(?: \w+){0,6}?"
    r" (?:for|to) (?:my )?(?:family|mum|mom|dad|kids|children|parents|every ?one|wife|husband|"
    r"partner)\b|\bkep rewriting the note\b",
    r"\b(?:letters?|notes?) to (?:my |the )?(?:kids|children|family|parents|mum|mom|dad|wife|"
    r"husband|partner|every ?one)\b(?: \w+){0,3}? (?:explaining|saying sorry|why|for after)\b",
    r"\bwho gets my (?:cat|dog|pets?|things|stuf|belongings)\b|\b(?:wil not|do not) ned "
    r"(?:them|it|this|my \w+|anything) (?:after|anymore|where i am going)\b",
    r"\b(?:sent|send|sending|wrote) (?:every ?one |you |them )?(?:a |my )?(?:last|final) "
    r"(?:mesage|text|post|leter)\b|\b(?:it is|its|it was) (?:a|my) good bye\b",
    r"\bso (?:no one|nobody) (?:finds|wil find|has to find) me\b|\bbefore i go(?= \.|$)",
    r"\b(?:chosen|picked|found) (?:the|a) (?:place|spot|location)(?= \.|$)|\bbought everything "
    r"i ned\b|\bthe date is set\b|\bput (?:everything|it all) in order\b",
    r"\b(?:picked|chosen|set) (?:a|the) date(?: \w+){0,12} (?:i am done|end it|do it|it is over|"
    r"i wil be gone)\b|\b(?:already )?know how(?= \.|$)|\bleft instructions\b",
    r"\b(?:hear|se|hug|talk to|visit|cal|hold)\w* (?:\w+ ){0,3}?one last time\b|\bfolow\w* through (?:on|with) (?:the|my) plan\b(?! to)",
    r"\b(?:after|when|once|by the time) (?:i am|i have|he is|she is) (?:gone|dead|no longer here|"
    r"not here|not around)\b|\bafter i (?:die|am dead)\b",
    r"\b(?:giving|gave|give|given) (?:away )?(?:all )?(?:of )?(?:my|his|her) (?:things|stuff|"
    r"belongings|possessions|everything|pets?) away\b|\bgiving away (?:all )?(?:of )?"
    r"(?:my|his|her) (?:things|stuff|belongings|possessions|pets?)\b",
    r"\b(?:taken care of|looked after|look after|take care of) (?:\w+ ){0,3}?after(?= \.|$)",
    r"\b(?:cat|dog|pets?) (?:has|have|gets) a new home\b",
    r"\b(?:saying|said|say) (?:my |his |her )?good ?byes?\b(?=(?: to (?:everyone|all|my (?:family|"
    r"friends|kids|parents|mum|mom|dad|sister|brother|wife|husband|partner)|them|people|you all|"
    r"every ?body))|(?: to)?(?= \.|$| she| he| they| and| while| before| now))",
    r"\b(?:tying|tie|tied) up (?:all )?(?:my )?loose ends\b|\bmy affairs in order\b",
    r"\b(?:planned|planning|plan) my (?:own )?funeral\b|\bpracti[cs]\w* with the (?:rope|noose|"
    r"knife|gun|belt)\b",
    r"\b(?:scouted|scouting|scout) (?:out )?(?:the|a) (?:bridge|building|cliff|spot|tracks|place)\b",
    r"\bto see how (?:high|tall|far down|deep)\b|\b(?:tested|testing|test) how many "
    r"(?:pills|tablets)\b",
    r"\bwhich (?:bridge|building|cliff) (?:\w+ ){0,4}?jump\b",
    r"\bso (?:\w+ ){1,4}?after(?= \.|$)",
    r"\b(?:get|getting) through (?:\w+ ){0,5}?(?:and )?then (?:i am|i will be|it is) "
    r"(?:done|gone|over)\b",
    r"\bi am (?:done|out|gone)(?! with| of)(?: \w+){0,4}? for good\b",
    r"\bfor (?:whoever|whomever|who ever|the person who) (?:finds|find) (?:me|it|them)\b",
    r"\b(?:everything|it all|all) (?:is )?(?:planned|ready|set)(?: \w+){0,5}? (?:alone|to do it|"
    r"to go|for it)\b|\bhave everything ready(?= \.|$)|\beverything i need to (?:do it|end it)\b",
    r"\b(?:got|have) it all planned(?: out)?(?= \.|$)",
    r"\bthis (?:is|will be) my last (?:birthday|christmas|night on earth|day on earth|week alive)\b",
    r"\b(?:will not|not going to) be (?:here|around|alive)(?= \.|$)",
    r"\b(?:will not|not going to|not|il) be (?:here|around|alive) (?:\w+ ){0,2}?(?:much longer|for "
    r"long|next week|tomorrow|soon|any longer|after this)\b",
    r"\bnot (?:\w+ ){0,2}?(?:be|being) (?:here|around|alive) (?:\w+ ){0,2}?(?:by|for|next|after|"
    r"until|past|to se) (?:christmas|new year|my birthday|summer|the weekend|next \w+|the end)\b",
    r"\bnot (?:sticking|staying|hanging) around(?= \.|$| for long| much longer| anymore)",
    r"\b(?:leave|go|disappear|walk away) and (?:not|never) come back\b",
    r"\bnot (?:be )?a (?:problem|burden) (?:\w+ ){0,4}?(?:permanently|forever|for god)\b",
    r"\b(?:will not|wont) be a (?:problem|burden) (?:\w+ ){0,3}?(?:much longer|soon|ever again|"
    r"any longer|anymore)\b",
    r"\b(?:will not|no one will) (?:have to )?(?:deal with|see|put up with|worry about) me "
    r"(?:\w+ ){0,2}?(?:soon|anymore|ever again|much longer)\b",
]

# Euphemism, slang and algospeak, and compact spellings ("iwanttodie").
_SLANG = [
    r"\bunalive\w*|\bsewer ?slide\b|\bself delet\w*|\bdelete my ?self\b|\bctb\w*",
    r"\b(?:sui|suey|sooey|suy|s word) (?:thoughts|ideation|urges|vibes|mode)\b|\bthe big slep\b",
    r"\b(?:log|clock|check|tap)\w* (?:of|out) (?:for god|permanently|forever|from life|of life)\b",
    r"\bcatch\w* the bus\b(?= \.|$| for god| permanently| and i do not mean)",
    r"\bgood bye to (?:everything|every ?one|the world|life)\b|\bbe with (?:my )?(?:late|dead|"
    r"pased) \w+\b",
    r"(?<![0-9] )\bkms\b|\bkys\b|\bctb\b",
    r"\b(?:ready|want|wana|going) to catch the bus\b(?! (?:to|home|at|into|from|back|in|on))",
    r"\bpermanent (?:nap|sleep|solution)\b|\bdirt nap\b|\b(?:six|6) f[eo]+t under\b",
    r"\beasy way out\b|\b(?:log|clock|check|tap) (?:of|out) (?:for good|permanently|forever)\b",
    r"\bend(?:ing)? (?:it all|things|everything)\b(?! (?:with|of|on|here|there|for|up|between|"
    r"at|early|well|now (?:with|and move))\b)",
    r"(?<!how )(?<!way )\b(?:to|will|wil|il|should|might|just|am|going to|gonna|considering|about) "
    + _END_IT,
    r"\broping\b(?! (?:in|into|someone|them|him|her|people|my))",
    r"\b(?:become|be|another) (?:a |another )?(?:suicide )?statistic\b",
    r"\b(?:want|wana|need) out (?:of )?(?:life|this life|everything|existence)\b|\bwant out(?= \.|$)",
    r"\bjoin \w+ (?:\w+ )?(?:in heaven|in the ground|on the other side)\b",
    r"\bno more me\b|\bready to (?:go|die|leave)(?= \.|$)|\bdrift of and never\b",
    r"\b(?:leave|leaving) this (?:world|earth|life)\b",
    r"\b(?:commit|commits|commited|commiting|attempt|attempted|attempting) suicide\b",
    r"wantto(?:die|kil)|kilmyself|endmylife|wishiwasdead",
]

THOUGHTS = (*_WISHES, *_HARM, *_PLANS, *_SLANG)

# The bare words, misspelt too ("sucidal", "suicde", "su1c1de" after normalising).
TOPICS = (
    r"\bs[uy]?[iy]?[cs]+[iy]?d(?:e|es|ed|al|ial|aly|ality|el|le|aly|ally|ial)?\b",
    r"\bself ?(?:harm|harming|harmed|injury|injuring|injure|mutilat\w*)\b",
    r"\b(?:overdose|overdoses|overdosing)\b|\bsuicidal ideation\b",
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
    r"never (?:\w+ ){0,3}?get better|waste of space|nothing matters|not good enough|"
    r"good for nothing|disappointment|no one cares|no one to talk to|do not matter|"
    r"no one would (?:notice|care)|want to scream|in danger|at risk|do anything stupid|"
    r"not suicidal|hurt my ?self|feel (?:so |really )?(?:down|low|empty|numb)|really (?:down|low))\b",
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
    r"\btired of\b|\bfall(?:ing)? apart\b|\bcan not see a way\b|\bnothing i do\b|\bever good enough\b",
    r"\b(?:have|has) not (?:cut|self ?harmed|harmed|hurt|burned)\b|\bdo (?:anything|something) "
    r"to my ?self\b",
)
