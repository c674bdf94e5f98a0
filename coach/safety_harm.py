"""The safety rules for harming oneself: self-harm of any kind, and the means and methods of
suicide, including looking them up. Part of the rules in `safety_rules`; see there for how
rules are read.
"""

from __future__ import annotations

from coach.safety_words import (
    BODY,
    DRUGS,
    END_IT,
    HARM_VERBS,
    HEIGHTS,
    POSSESSIVE,
    REFLEXIVE,
    VEHICLES,
    WATER,
)

# "jumping into a new field": a change of work, not a fall
_NEW_FIELD = (
    r"(?:field|career|role|industry|job|sector|market|tech|data|design|coding|analytics|it|"
    r"project|conversation|action|business|startup|opportunit\w*|new|another|something)\b"
)
_UNTIL_BLEED = (
    r"\b(?:until|till|til) (?:it|i|they|my \w+) (?:bleeds?|bled|bruises?|bruised|split|broke|"
    r"are purple|were purple|is raw|was raw)\b|\buntil (?:they are|theyre) (?:purple|raw|bleding)\b"
)
_SLASH = (
    r"(?:cut|cuts|cuting|slash\w*|slit|sliting|carv\w*|burn\w*|scratch\w*|scrap\w*|pick\w*|"
    r"hit|hits|hiting|punch\w*|slap\w*|pinch\w*|bang\w*)"
)

# A wound to a body, read with the accidents that explain it away (see `safety_assess`).
WOUNDS = [
    r"\b" + _SLASH + r" (?:\w+ ){0,4}?(?:into |in )?" + POSSESSIVE + r" (?:own )?" + BODY + r"\b"
    r"(?! (?:on (?:a|the)|while|chopping|cooking|making|moving|opening|in the kitchen)\b)",
]

# Killing or harming oneself, by any means, and the means themselves.
HARM = [
    r"\b" + HARM_VERBS + r" " + REFLEXIVE + r"\b"
    r"(?! (?:some|a) (?:slack|break)| (?:of|out|short)\b(?! (?:a|the|my|this|that|an)\b)|"
    r" in the foot| up over| laughing| over (?:this|the|a|an|my|it|work|nothing|every)\b)",
    r"\b(?:to|i|just|should|could|might|will|wil|il|gonna) of (?:my ?self|him ?self|her ?self)\b",
    r"\b(?:throw|throwing|threw|fling|hurl) " + REFLEXIVE + r" (?:off|from|in front of|"
    r"under(?! the bus\b))\b",
    r"\b(?:end|ending|ended|take|taking|took|takes) " + POSSESSIVE + r" (?:own )?life\b"
    r"(?! (?:back|in|into|to|on)\b)",
    r"\b(?:scars|cuts|burns|wounds) (?:on|all over) " + POSSESSIVE + r" " + BODY + r"\b",
    r"\b(?:fresh|deep|new) (?:cuts|scars|wounds|burns)\b(?! (?:to|in|at|across|from))",
    # "my scars were healing but i keep reopening them"
    r"\b(?:scars|cuts|wounds)\b(?: \S+){0,8}? (?:kep |keep |started |been )?(?:re ?open\w*|"
    r"picking (?:them|it) open|opening (?:them|it) (?:up )?again)\b",
    r"\bcovered in (?:cuts|scars|burns|bruises)\b|\b(?:my|her|his) (?:fresh |new )?cuts\b",
    _UNTIL_BLEED,
    # "tell me what to cut" (from a CV): editing, not harm
    r"\b(?<!what )(?<!which )(?<!where )(?<!how much )"
    r"(?:start|started|starting|been|keep|kept|back to|urges? to|urge to|want to|need to|"
    r"going to|gonna|relapsed and|went and|caved and|gave in and|urge and|streak and|"
    r"to) cut(?:ing)?\b(?! (?:down|back|out|off|corners|ties|"
    r"costs|loose|in|it|the|a|an|them|him|her|this|that|some|through|class|school|work|my ?self|"
    r"hair|sugar|carbs|people|you|me|my (?!" + BODY + r")|your|our|ties|to the|from|\d+|jobs|"
    r"staff|hours|budgets?|salaries|pay|positions|roles|funding|prices)\b)",
    r"\bi (?:have )?cut(?= \.|$| again| deep| after| tonight| when| because| so bad| last night|"
    r" yesterday| this morning| myself)",
    r"\b(?:is|are|am|been|keeps?|kept) cutting(?= \.|$| again| him| her| them)",
    r"\bcut(?:ing)? again\b",
    # "used to cut in school and the urges are all back now": urges back, after a harm named.
    r"\b(?:cut|cuting|self ?harm|sh|burn\w*|hurt\w* my ?self)\b(?: \w+){0,12}? (?:the |my )?"
    r"urges? (?:are|is|r|have|has|came|come) (?:al |creping |coming |al coming )?back\b",
    r"\b(?:self ?harm\w*|sh|shd|cut\w*|hurt\w*|burn\w*) (?:urges?|again)\b|"
    r"\b(?:the )?(?:self ?harm|cuting|urges? to (?:cut|self ?harm|hurt my ?self)) (?:is|are) "
    r"back\b|\brelaps\w* (?:on |with |"
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
    r"\bput a bullet\b|\bnoose\b(?! of (?!my|his|her))",
    r"\b(?:jump|jumping|jumped|leap|leaping) (?:off|from|of) (?:a |the |my |this |that |some )?"
    r"(?:\w+ )?" + HEIGHTS + r"\b",
    r"\b(?:jump|jumping|step|stepping|lie down|lying down|lay down|laying down|throw myself) "
    r"(?:in front of|under|onto|on|into) (?:a |the |an |oncoming )?(?:\w+ )?(?:" + VEHICLES
    + r"|tracks|train tracks|railway)\b",
    r"\b(?:drive|driving|crash|crashing|swerve|swerving|steer|steering) (?:\w+ ){0,2}?"
    r"(?:into|of|off) (?:a |the |an |oncoming )?(?:wall|tree|bridge|cliff|traffic|truck|lorry|"
    r"river|lake|barrier|pole|oncoming|road)\b",
    r"\b(?:walk|walking|swim|swimming) (?:into|out into) (?:the )?" + WATER + r"\b",
    r"\b(?:crash|crashing|crashed|hurt|hurting|cut|cutting|burn\w*|hit|hitting|starv\w*|"
    r"overdos\w*) (?:\w+ ){0,6}?on purpose\b|\bhow long (?:\w+ ){0,3}?to bleed out\b",
    r"\b(?:take|taking|takes|swallow|swallowing|down|downing|eat|eating) (?:all|every|the whole|"
    r"a whole|all of|too many|a bottle of|a bunch of|a handful of|handfuls of|the rest of) "
    r"(?:\w+ ){0,2}?" + DRUGS + r"\b(?! (?:on time|in the morning|at night|every|as prescribed|"
    r"with|before|after|daily|each))",
    r"\b(?:bought|buying|got|getting) (?:a second|another|an extra|more|two|thre) (?:bottles?|b"
    r"oxes|"
    r"packs?|packets?) of (?:\w+ )?" + DRUGS + r"\b",
    # Only the verb is matched, so that "me" in "sent me" does not make it the writer's.
    r"\b(?:texted|mesaged|sent|said)(?= (?:me |us )?(?:a )?god ?bye\b(?: \S+){0,4}? (?:not "
    r"(?:picking up|answering|replying)|phone (?:is )?(?:of|dead))\b)",
    r"\b(?:buying|bought|colecting|getting) (?:a lot of|lots of|loads of|so many|extra|al these)"
    r" " + DRUGS + r"\b|\b(?:put|packed|hid|hidden|keep|kept|cary|carying) (?:a |the |my )?"
    r"(?:rope|noose|gun|pistol|razor|blade|pils) (?:\w+ ){0,2}?in my (?:car|bag|pocket|wallet|"
    r"rom|drawer)\b(?!(?: \S+){0,4} (?:for (?:a |my )?(?:migraine|headache|work|camping)|in case"
    r" of)\b)",
    r"\b(?:think\w* (?:about|of)|want to|urge to|tempted to) (?:just )?(?:stepping|step|walking|"
    r"walk|driving|drive) (?:out )?(?:onto|into|in front of) (?:it|the \w+|traffic)\b",
    r"\b(?:looked up|googled|searched|reading about|read about) (?:if|whether|how (?:much|long)) "
    r"(?:\w+ ){0,3}?(?:hanging|drowning|overdosing|bleding out|jumping|suffocating)\b",
    r"\b(?:not eating|not eaten|has not eaten|have not eaten|stopped eating) (?:\w+ ){0,3}?"
    r"(?:because (?:\w+ ){0,5}?(?:failure|deserve|worthles|punish\w*|useles))\b",
    r"\benough (?:\w+ )?" + DRUGS + r" (?:saved|stored|to do it|to die|to kill)\b",
    r"\b(?:bought|buy|buying|got|have|has|getting|purchased|ordered|get) (?:a |some |the |my )?"
    r"(?:new )?(?:rope|gun|pistol|rifle|shotgun|firearm|bullets|charcoal|helium|exit bag)\b"
    r"(?! (?:for|to (?:tie|climb|hang (?:the|a|up))|access|course|climb\w*|licen[cs]e|range|"
    r"safety|permit|laws?|"
    r"control|violence|shop|store)\b)(?!(?: \S+){0,6} (?<!not )(?<!not going )(?<!not for )"
    r"(?:climbing|camping|sailing|boat|tent|trip|hiking|gym|garden|towing|tow)\b)",
    r"\b(?:have|got|has) (?:a|the) (?:knife|blade|gun|razor|rope|pills)\b(?: \w+){0,6}? "
    r"(?:keep (?:looking|staring|thinking)|thinking about (?:it|using)|ready)\b",
    r"\b(?:staring|looking|stare|look) at (?:the|my|a) (?:knives|knife|blades?|razors?|pills|gun|"
    r"rope|tracks|belt|noose)\b",
    r"\b(?:thinking|thought|thoughts|think|dreaming|fantasi[sz]ing) (?:about|of) (?:\w+ ){0,2}?"
    r"(?:train tracks|the tracks|jumping(?! ship| in(?:to)? (?:\w+ ){0,3}?" + _NEW_FIELD + r")|"
    r"hanging|overdos\w*|slitting|drowning|"
    r"dying\b(?! (?:my|"
    r"her|it|the|your|his))|(?<![^i]s )(?<!his )(?<!her )(?<!their )death|not waking up|"
    r"my funeral|the pills|" + END_IT + r"|"
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
    # not "how do i describe teaching overdose thresholds": words about the method, not it
    r"(?!(?:\w+ ){0,1}?(?:describe|explain|teach|teaching|word|phrase|mention|present|write about|"
    r"talk about|spel|pronounce)\b)"
    r"(?:\w+ ){0,2}?(?:kil (?:myself|yourself|oneself|a person|himself|herself|themselves)|hang"
    r" (?:myself|yourself|himself|herself|themselves)|"
    r"tie a noose|overdose|od|die (?:from|by|of|painlessly|quickly|in)|bleed out|slit|"
    r"drown (?:myself|yourself)|commit suicide|end (?:my life|your life))\b",
    r"\bdoes (?:\w+ )?(?:drowning|hanging|overdos\w*|jumping|bleeding out|slitting|suffocating|"
    r"dying)(?: \w+){0,2}? hurt\b",
    r"\bcan (?:you|i|a person|someone) die (?:from|of|if)\b",
    r"\b(?:how (?:high|tall|far)|what height) (?:\w+ ){0,6}?(?:to die|to kil|fatal|lethal|"
    r"die instantly)\b",
    r"\b(?:looking up|looked up|googling|googled|researching|researched|searching|searched|"
    r"reading up on|read up on) (?:\w+ ){0,5}?(?:would do it|would kil|how to (?:die|kil|hang|over"
    r"dose|end)|ways to "
    r"(?:die|kil|end)|lethal|overdos\w*|noose|the (?:tallest|highest) (?:bridge|building)|"
    r"methods(?! (?:for|of|in|at|used)\b)|how many (?:pills|tablets))",
]
