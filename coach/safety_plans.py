"""The safety rules for plans and preparation (a date, a note, goodbyes, giving things away)
and for the euphemisms and slang of suicide. Part of the rules in `safety_rules`.
"""

from __future__ import annotations

from coach.safety_words import AFTER_AN_EVENT, END_IT

# Plans and preparation: a date, a note, goodbyes, giving things away, putting affairs in order.
PLANS = [
    r"\b(?:have|got|made|making|make|has|had|formed|there is) (?:a |my |the )?(?:\w+ )?plan\b "
    r"(?:\w+ ){0,3}?(?:to (?:kil|die|end|take|jump|hang|overdose|od|do it|go through)|for (?:it|"
    r"when|how|my death|ending|dying)|and a date|how)"
    # "i have a plan and a date, the training course starts on the 3rd"
    r"(?!(?: \S+){0,6} (?:course|clas|interview|start|starts|job|exam|wedding|move|training|"
    r"shift)\b)",
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
    r"last letters?)\b"
    r"(?!(?: \w+){0,2} (?:for|to) (?:my |the |our |al )?(?:\w+ )?(?:team|co ?workers|colleagues|"
    r"manager|boss|clas|students|clients|ofice|slack|group|work)\b)",
    r"\b(?:wrote|written|writing|left|finished|writen) (?:my|her|his|their) note\b"
    r"(?! (?:to|for|on|about)\b)",
    r"\b(?:the|my) note is (?:written|ready|done|on the|in the|in my)\b"
    r"(?!(?: \S+){0,8} (?:about|fridge|shopping|bins|milk|rent)\b)|"
    r"\bgood bye (?:note|leter|video)"
    r"\b",
    r"\b(?:wrote|written|writing|left|rewriting|rewrite|rewrote) (?:a |the |my )?note\b(?: \w+){0,"
    r"6}?"
    r" (?:for|to) (?:my )?(?:family|mum|mom|dad|kids|children|parents|every ?one|wife|husband|"
    r"partner)\b|\bkep rewriting the note\b",
    r"\b(?:letters?|notes?) to (?:my |the )?(?:kids|children|family|parents|mum|mom|dad|wife|"
    r"husband|partner|every ?one)\b(?: \w+){0,3}? (?:explaining|saying sorry|why|for after)\b"
    r"(?!(?: \S+){0,6}? (?:moving|move|emigrat\w*|abroad|new job|for work|visa)\b)",
    r"\bwho gets my (?:cat|dog|pets?|things|stuf|belongings)\b|\b(?:wil not|do not) ned "
    r"(?:them|it|this|my \w+|anything) (?:after|anymore|where i am going)\b" + AFTER_AN_EVENT,
    r"\b(?:sent|send|sending|wrote) (?:every ?one |you |them )?(?:a |my )?(?:last|final) "
    r"(?:mesage|text|post|leter)\b|\b(?:it is|its|it was) (?:a|my) good bye\b",
    r"\bso (?:no one|nobody) (?:i know )?(?:finds|wil find|has to find) me\b|\bbefore i go(?= "
    r"\.|$)",
    r"\b(?:chosen|picked|found) (?:the|a) (?:place|spot|location)(?= \.|$)|\bbought everything "
    r"i ned\b|\bthe date is set\b(?!(?: \S+){0,8}? (?:interview|first day|wedding|new|move|star"
    r"t|close|closing|house|flat|holiday|trip|party|graduation|exam|launch|course|surgery))|"
    r"\bmade sure (?:my )?(?:cat|dog|pets?) (?:has|have|gets) a new home\b|\bput (?:everyth"
    r"ing|it all) in order\b",
    r"\b(?:picked|chosen|set) (?:a|the) date(?: \w+){0,12} (?:i am done|end it|do it|it is over|"
    r"i wil be gone)\b|\b(?:already )?know how(?= \.|$)|\bleft instructions\b",
    r"\b(?:hear|se|hug|talk to|visit|cal|hold)\w* (?:\w+ ){0,3}?one last time\b|\bfolow\w* through"
    r" (?:on|with) (?:the|my) plan\b(?! to)",
    r"\b(?:after|when|once|by the time) (?:i am|i have|he is|she is) (?:gone|dead|no longer here|"
    r"not here|not around)\b|\bafter i (?:die|am dead)\b",
    r"\b(?:giving|gave|give|given) (?:away )?(?:all )?(?:of )?(?:my|his|her) (?:things|stuff|"
    r"belongings|possessions|everything|pets?) away\b|\bgiving away (?:all )?(?:of )?"
    r"(?:my|his|her) (?:things|stuff|belongings|possessions|pets?)\b"
    r"(?!(?: \S+){0,10} (?:retir\w*|moving|move|declutter\w*|emigrat\w*|abroad)\b)",
    r"\b(?:taken care of|looked after|look after|take care of) (?:\w+ ){0,3}?after(?= \.|$)",
    r"\b(?:tying|tie|tied) up (?:all )?(?:my )?loose ends\b(?! (?:on|at|with|for|before) (?:the|my|"
    r"our|this|a) (?:\w+ )?(?:farm|job|project|work|ofice|shop|contract|role|move|house|flat|"
    r"team|handover|course))|\bmy affairs in order\b"
    r"(?! (?:for|before) (?:the|my|a|our) (?:\w+ )?(?:move|moving|new job|trip|holiday|relocation|"
    r"baby|wedding|surgery|operation|start))",
    r"\b(?:planned|planning|plan) my (?:own )?funeral\b|\bpracti[cs]\w* with the (?:rope|noose|"
    r"knife|gun|belt)\b",
    r"\b(?:scouted|scouting|scout) (?:out )?(?:the|a) (?:bridge|building|cliff|spot|tracks|place)"
    r"\b",
    r"\bto see how (?:high|tall|far down|deep)\b|\b(?:tested|testing|test) how many "
    r"(?:pills|tablets)\b",
    r"\bwhich (?:bridge|building|cliff) (?:\w+ ){0,4}?jump\b",
    # "so he can sort things after" (not "so i will do applications after": the writer's own)
    r"\bso (?!(?:i|il|id|i wil|we|wel|we wil|you)\b)(?:\w+ ){1,4}?after(?= \.|$)",
    r"\b(?:get|getting) through (?:\w+ ){0,5}?(?:and )?then (?:i am|i will be|it is) "
    r"(?:done|gone|over)\b",
    r"\bi am (?:done|out|gone)(?! with| of)(?: \w+){0,4}? for good\b",
    r"\bfor (?:whoever|whomever|who ever|the person who) (?:finds|find) (?:me|it|them)\b",
    r"\b(?:everything|it all|all) (?:is )?(?:planned|ready|set)(?: \w+){0,5}? (?:alone|to do it|"
    r"to go|for it)\b|\bhave everything ready(?= \.|$)|\beverything i need to (?:do it|end it)\b",
    r"\b(?:got|have) it all planned(?: out)?(?= \.|$)",
    r"\bthis (?:is|will be) my last (?:birthday|christmas|night on earth|day on earth|week alive)"
    r"(?! (?:in|at|as|before|with|working|here|there)\b)"
    r"\b",
    r"\b(?:will not|not going to) be (?:here|around|alive)(?= \.|$)",
    r"\b(?:will not|not going to|not|il) be (?:here|around|alive) (?:\w+ ){0,2}?(?:much longer|for "
    r"long|next week(?! for)|tomorrow(?! for)|soon|any longer|after this)\b"
    r"(?!(?: \S+){0,6} (?:interview|meting|shift|holiday|trip|appointment|work|ofice|away|visit|"
    r"flight|train|conference))",
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

# Saying goodbye, read with the illness of someone else that explains it (see `safety_assess`).
GOODBYES = [
    r"\b(?:saying|said|say) (?:my |his |her )?(?:weird |strange |odd |final |proper |long |last )?"
    r"good ?byes?\b(?=(?: to (?:(?:places|things|people) (?:i|he|she|they) (?:love|loved)|"
    r"everyone|all|my (?:family|"
    r"friends|kids|parents|mum|mom|dad|sister|brother|wife|husband|partner)|them|people|you all|"
    r"every ?body))|(?: to)?(?= \.|$| she| he| they| and| while| before| now))"
    r"(?!(?: \S+){0,8}? (?:notice|ofice|team|colleagues|leaving|job|felt emotional|depot|shop|"
    r"site|ward|school|work|cake|card|farewel)\b)",
]

# Euphemism, slang and algospeak, and compact spellings ("iwanttodie").
SLANG = [
    r"\bunalive\w*|\bsewer ?slide\b|\bself delet\w*|\bdelete my ?self\b|\bctb\w*",
    r"\b(?:sui|suey|sooey|suy|s word) (?:thoughts|ideation|urges|vibes|mode)\b|\bthe big slep\b",
    r"\bcatch\w* the bus\b(?= \.|$| for god| permanently| and i do not mean)",
    r"\bgood bye to (?:everything|every ?one|the world|life|this world|this life|it all)\b"
    r"(?! at (?:the|my|work)\b)(?!(?: \S+){0,8} (?:cake|card|leaving|farewel|retir\w*|new job|"
    r"last shift|last day)\b)|"
    r"\bbe with (?:my )?(?:late|dead|"
    r"pased) \w+\b",
    r"(?<![0-9] )\bkms\b|\bkys\b|\bctb\b",
    r"\b(?:ready|want|wana|going) to catch the bus\b(?! (?:to|home|at|into|from|back|in|on))",
    r"\bpermanent (?:nap|sleep|solution)\b|\bdirt nap\b|\b(?:six|6) f[eo]+t (?:under|deep)\b"
    r"(?! (?:finale|series|season|episode|box ?set|rewatch|on (?:hbo|netflix|sky|now)))",
    r"\beasy way out\b",
    r"\bend(?:ing)? (?:it all|things|everything)\b(?! (?:with|of|on|here|there|for|up|between|"
    r"at|early|well|now (?:with|and move))\b)",
    r"(?<!how )(?<!way )\b(?:to|will|wil|il|should|might|just|am|going to|gonna|considering|about) "
    + END_IT,
    r"\broping\b(?! (?:in|into|someone|them|him|her|people|my))",
    r"\b(?:become|be|another) (?:a |another )?(?:suicide )?statistic\b",
    r"\b(?:want|wana|need) out (?:of )?(?:life|this life|everything|existence)\b|\bwant out(?= \.|"
    r"$)",
    r"\bjoin \w+ (?:\w+ )?(?:in heaven|in the ground|on the other side)\b",
    r"\bno more me\b|\bready to (?:go|die|leave)(?= \.|$)(?! \. (?:\w+ ){0,6}?(?:pep talk|"
    r"interview|walk in|shift|meeting|presentation|exam|train|flight|gym|party))|"
    r"\bdrift of and never\b",
    r"\b(?:leave|leaving) this (?:world|earth|life)\b",
    r"\b(?:commit|commits|commited|commiting|attempt|attempted|attempting) suicide\b",
    r"wantto(?:die|kil)|kilmyself|endmylife|wishiwasdead",
]
