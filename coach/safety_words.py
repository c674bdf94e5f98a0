"""The vocabulary of the safety rules: the parts that rules are composed from.

Each constant is a regex fragment over normalised text (see `safety_text`): lower case, single
spaces, " . " between clauses, contractions spelled out ("i am", "do not", "will not"), and
repeated letters squeezed. Fragments name one idea each: who (the writer, someone they know),
the means (pills, rope, bridge), the body, and the words that say "now", "in the past", "not".
The rules in `safety_rules` combine them; nothing here decides a level.
"""

from __future__ import annotations


def alternation(*parts: str) -> str:
    """One non-capturing alternation: the rules read as lists, the regex stays one pattern."""
    return "(?:" + "|".join(parts) + ")"


# Reflexive and possessive words for anyone, so one rule covers "myself" and "herself"; who it
# is about is decided afterwards from these same words and the subject before them.
REFLEXIVE = r"(?:my ?self|your ?self|him ?self|her ?self|them ?selves|them ?self|one ?self|urself)"
POSSESSIVE = r"(?:my|your|his|her|their)"
BODY = (
    r"(?:arms?|wrists?|legs?|thighs?|skin|stomach|hips?|body|face|hands?|chest|ankles?|"
    r"shoulders?|belly|fingers?|knuckles?)"
)
MEDICINES = (
    r"(?:pills?|tablets?|meds|medications?|medicine|capsules?|painkillers?|paracetamol|tylenol|"
    r"acetaminophen|ibuprofen|advil|aspirin|insulin|antidepressants?|xanax|benzos?|opioids?|"
    r"oxy\w*|fentanyl|heroin|sleeping (?:pills?|tablets?)|sleeping aids?|prescriptions?|"
    r"lithium|sertraline|zoloft|prozac|codeine|cocodamol|morphine|tramadol|diazepam|valium|"
    r"amitriptyline|citalopram|fluoxetine|quetiapine|nurofen|panadol)"
)
# Medicines, and what they come in ("took the whole bottle").
DRUGS = r"(?:" + MEDICINES + r"|bottle|pack|packet|blister packs?|blisters?|strips?)"
WEAPONS = (
    r"(?:rope|noose|gun|pistol|revolver|handgun|rifle|shotgun|firearm|bullets?|knife|knives|"
    r"blades?|razors?)"
)
HEIGHTS = (
    r"(?:bridge|footbridge|flyover|viaduct|building|roof|rooftop|cliff|balcony|ledge|tower|"
    r"overpass|parking garage|"
    r"car park|window|multi ?storey|multistory|multi story)"
)
VEHICLES = r"(?:train|bus|truck|lorry|car|traffic|tram|subway|metro|tube)"
WATER = r"(?:sea|river|lake|loch|canal|reservoir|quarry|harbour|harbor|ocean|water|waves)"
# Verbs that harm whoever the reflexive names: "kill myself", "burn herself", "off myself".
HARM_VERBS = (
    r"(?:kil|kils|kiling|kiled|hurt|hurts|hurting|harm|harms|harming|harmed|cut|cuts|cuting|"
    r"burn|burns|burning|burned|burnt|hang|hangs|hanging|hanged|shot|shoot|shoots|shooting|"
    r"stab|stabs|stabing|stabed|drown|drowns|drowning|drowned|poison|poisons|poisoning|"
    r"poisoned|starve|starves|starving|starved|gas|gasing|gased|ofing|end|ends|ending|"
    r"ended|unalive|unaliving|delete|deleting|punish|punishing|punished|hit|hits|hiting|"
    r"punch|punching|punched|scratch|scratching|scratched|suffocate|suffocating|strangle|"
    r"strangling|choke|choking|bruise|bruising|carve|carving|slash|slashing|slashed|"
    r"electrocute|yeet|overdose|mutilate|mutilating|beat up on)"
)
# "Wanting" words: a wish, an intention, a plan, a readiness.
WANT = (
    r"(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|ready|need|needs|like|plan|plans|"
    r"planing|planed|trying|tried|try|hope|hoping|pray|praying|would like|longing|long|"
    r"desperate|urge|urges|tempted|deserve|deserves|about|going|gonna|decided|considering|"
    r"thinking of|thinking about|think about|thought about)"
)

# Wishing (not merely going to): "going to die" is as often hyperbole as not.
WISH = (
    r"(?:want|wants|wanted|wanting|wish|wishes|wished|wishing|ready|need|needs|like|plan|plans|"
    r"planing|planed|trying|tried|try|hope|hoping|pray|praying|would like|longing|long|"
    r"desperate|urge|urges|tempted|deserve|deserves|decided)"
)

# "end it" as in a life, not as in a call, a letter or a relationship with an agency.
END_IT = (
    r"end(?:ing)? (?:it all|it|things|everything)\b(?! (?:with|of|on|here|there|for|politely|"
    r"nicely|professionally|early|by|up|between|at|well|soon with|now (?:with|and move))\b)"
)

# Who: the subject nearest before a thought decides whose thought it is.
RELATIONS = (
    r"(?:friends?|bf|gf|boyfriend|girlfriend|partner|husband|wife|spouse|fiance|fiancee|son|"
    r"daughter|kids?|child|children|teen|teenager|brother|sister|sibling|bro|sis|mom|mum|mother|"
    r"dad|father|parents?|cousin|uncle|aunt|auntie|niece|nephew|grandma|grandpa|grandmother|"
    r"grandfather|nan|roommate|flatmate|housemate|roomie|coworker|colleague|teammate|"
    r"classmate|student|boss|manager|neighbou?r|bestie|bf|bff|ex|mate|buddy|pal|someone|"
    r"somebody|person|people|guy|girl|client|patient|relative|stepdad|stepmom|twin)"
)
OTHER_WORDS = (
    r"\b(?:he|she|they|himself|herself|themselves|themself|"
    r"(?:my|our|a|his|her|their|this) (?:\w+ ){0,2}?" + RELATIONS + r"s?|someones?|somebodys?|"
    r"found|noticed|discovered|"
    # "the poet i am studying wrote about...": the person studied, not the student
    r"(?:the|this|that|a|an) (?:poet|author|writer|artist|composer|painter|philosopher|"
    r"character|figure|king|queen|emperor|scientist|musician|singer) (?:that |who |whom )?i "
    r"(?:am|was) (?:studying|reading|reading about|writing about|researching|covering))\b"
)
SELF_WORDS = r"\b(?:i|myself|my self)\b"
# "trained to notice people buying...": people at large, the subject when watched for at work
# (after one of WATCHING; `safety_assess._whose` checks).
PEOPLE_AT_LARGE = r"\b(?:people|customers|patients|anyone|students|callers|clients)\b"
WATCHING = ("notice ", "spot ", "flag ", "look out for ", "watch for ", "recognise ",
            "recognize ", "identify ")
# Someone the writer knows by name of kin or friendship, not "someone" in a training scenario
# ("partner is hurting herself": at the start, no "my" is needed).
KNOWN_PERSON = (
    r"(?:\b(?:my|a|our) (?:\w+ ){0,2}?|^ ?)(?:friend|mate|bestie|partner|boyfriend|girlfriend|"
    r"husband|wife|brother|sister|son|daughter|cousin|flatmate|roommate|housemate|colleague|"
    r"coworker|mum|mom|mother|dad|father|parent|grandma|grandad|grandpa|nan|uncle|aunt|auntie|niece|nephew|"
    r"stepdad|stepmom|stepmum|fiance|fiancee|kid|child|teenager|classmate|teammate|neighbour|"
    r"neighbor)s?\b"
    # someone from the writer's own circle: "a man in my bootcamp class", "a lady at my work"
    r"|\b(?:a|one|this|some|the) (?:man|woman|guy|girl|lady|bloke|person|boy|lad|fella|student|"
    r"trainee) (?:in|from|at|on) (?:my|our)\b"
)
# Words before a person that make them a recipient or an object, not the subject: "gave my cat
# to my sister", "wrote letters for my mum", "told my friend that i".
NOT_SUBJECT = (
    "to", "for", "from", "with", "at", "of", "about", "by", "told", "tell", "telling", "asked",
    "ask", "gave", "give", "giving", "texted", "text", "called", "call", "messaged", "visit",
    "visited", "see", "saw", "thank", "thanked", "miss", "love", "leave", "left", "than",
)

# When: acting now or tonight turns a crisis into imminent danger.
NOW = (
    r"\b(?:tonight|right now|now(?= \.|$)|in (?:an|a few|\d+|one|two|ten) "
    r"(?:hours?|minutes?|mins?))\b"
)
# Not: a denial within a few words before the thought ("i am not going to kill myself").
NEGATION = (
    r"\b(?:not|never|no longer|nor|nothing like)\b"
    r"(?! (?:sure|know|think|just|only|even|stop|because|that bad|anymore|scared|afraid|worried|"
    r"bothered|frightened)\b)"
)
# Plain phrases from here on: they are searched as whole words with one prefix-sharing regex.
# The past: a thought that was, not one that is ("i used to", "years ago", "when i was 15").
PAST = (
    "used to", "years ago", "months ago", "a while ago", "long time ago", "when i was",
    "as a kid", "as a teen", "as a teenager", "as a child", "in high school", "in college",
    "in uni", "in university", "in school", "in my teens", "in my twenties", "in my 20s",
    "back then", "back in", "in the past", "last year", "history of", "i was once",
    "once before", "clean for", "have been clean", "clean from", "years clean", "months clean",
    "recovered", "in recovery", "survived",
    "got better", "is better now", "is fine now",
)
# ...unless it has come back ("i used to cut and now i am again").
AGAIN = (
    "again", "relapse", "relapsed", "relapsing", "came back", "coming back", "back to",
    "started", "now i", "are back", "is back", "all back", "back now", "returned", "worse than",
    "getting worse",
    # A recent past is the present: "in the past month i have wished i was dead".
    "past month", "past week", "past few", "past couple", "last few days", "last few weeks",
    "this week", "this month", "recently", "lately",
    # A past that denies it: "which i never used to do" says it is new.
    "never used to", "did not use to", "did not used to",
)
# Stories, films and the news: someone in them is not someone the writer knows.
FICTION_OR_NEWS = (
    "book", "novel", "movie", "film", "show", "series", "season", "episode", "game", "anime",
    "manga", "comic", "story", "stories", "poem", "song", "lyrics", "play", "character",
    "characters", "protagonist", "villain", "hero", "heroine", "narrator", "author", "plot",
    "scene", "screenplay", "fiction", "news", "article", "report", "reported", "headline",
    "documentary", "podcast", "celebrity", "actor", "actress", "singer", "rapper", "police",
    "legend", "myth", "title", "true crime", "murder", "murdered", "detective", "twist", "staged",
    "romans", "roman", "greeks", "vikings", "pharaoh", "samurai", "medieval", "speedrun",
    "speedrunning", "respawn", "npc", "glitch", "strat", "the level", "in history",
    "history class", "history lesson",
    "history teacher", "history book", "historical", "announced", "council", "coroner",
    "inquest", "authorities", "officials", "spokesperson", "emperor", "ancient", "century",
    "on shuffle", "spotify", "radio", "romeo", "juliet", "hamlet", "dnd", "campaign",
    "the patient", "macbeth", "othello", "shakespeare", "shakespeares", "offstage", "chapter",
    "tragedy", "tragedies", "greek", "literature", "heroine", "memoir", "memoirs", "authors",
    "biography", "autobiography",
)
# Teaching, research, prevention and care work: suicide as a subject, not a state.
INFORMATION = (
    "prevent", "prevents", "prevention", "preventing", "awareness", "training", "trained",
    "receptionist", "flag", "safeguarding", "pharmacy", "pharmacist", "pharmacists",
    "psychologist", "psychologists", "specialising", "specializing", "lectureship",
    "assembly", "get help", "social worker", "social work", "caseload", "duty of care", "hr",
    "employee", "employees", "policy",
    "masters", "phd", "degree", "coursework", "link between", "piece", "lecturer", "lecturers",
    "newspaper", "guardian", "bbc", "journalist", "journalism", "prison", "prisons",
    "volunteer", "volunteers", "volunteering", "volunteered", "course", "lecture",
    "workshop", "thesis", "dissertation", "research", "researcher", "researchers", "study",
    "studies", "studying", "psychology", "nurse", "nursing", "paramedic", "doctor", "counsel",
    "counsellor", "counselor", "counsellors", "counselors", "counselling", "counseling",
    "therapist", "charity", "nonprofit", "non profit", "fundraiser", "campaign", "conference",
    "webinar", "grant", "helpline", "hotline", "crisis line", "intervention", "screening",
    "bereaved", "support group", "supporter", "peer support", "news", "article", "report",
    "paper", "statistics", "stat", "stats", "how would you answer", "how would you support",
    "how would you handle", "how would you respond", "more likely than", "rate", "rates",
    "numbers", "documentary", "podcast", "risk factors",
    "warning signs", "harm reduction", "naloxone", "policy", "funding", "government",
    "leading cause", "cause of death", "admissions", "epidemic", "exam", "module", "essay",
    "textbook", "curriculum", "lesson", "survivor", "survivors", "memorial", "vigil", "singer",
    "celebrity", "story", "ward", "patients", "clinic", "clinical", "treats", "treating",
    "common", "a e", "emergency department", "teaching", "teach",
    "session", "spotting", "signs of", "pupils", "safeguarding", "revising", "revision",
    "symptoms", "pharmacology", "placement", "management", "school project", "project",
    "myths", "facts", "first aid", "roleplay", "role play", "model of", "theory of",
    "asking someone", "ask someone", "guidelines", "safe messaging", "debate",
    "how many people", "each year", "every year", "per year", "worldwide", "content",
    "moderator", "moderating", "safety team", "came on", "festival", "band", "gig",
    "soundtrack", "lyrics", "playlist", "data", "dataset", "class", "novel",
    "presenting", "presentation", "slides", "mph",
    "reduce", "reduces", "reducing", "reduction", "young people", "youth worker",
    "youth work", "experience with", "experience working with", "protocol", "mod", "mods",
    "community management", "how i would respond", "how i would handle",
    "how i would support", "how i would help", "interview question", "interview questions",
    # work in an emergency department: "i work nights in the ED, we see a lot of overdoses"
    "in an ed", "in the ed", "in the er", "in a and e", "we see a lot of", "we see so many",
    # scripture and sermons: "judas hanged himself, the pastor talked about it"
    "bible", "scripture", "sermon", "pastor", "priest", "vicar", "imam", "rabbi", "church",
    "judas", "gospel",
)
# Widely known titles that carry a word of danger, said without "watched" or "reading" before
# them ("dead poets society always cheers me up"): read as a title. Not "13 reasons why":
# "going full 13 reasons why" is how some people say it of themselves.
KNOWN_TITLES = (
    r"\b(?:(?:the )?virgin suicides|suicidal tendencies|suicide silence|dead poets society|kil bil|"
    r"killing me softly|death on the nile|no time to die|live and let die|"
    r"night of the living dead|the walking dead|dead man walking|the killing fields|"
    r"kiling eve|dead to me|death note|death stranding|dead by daylight|the hanging tree|"
    r"bridge over troubled water|to kill a mockingbird|as i lay dying|death of a salesman|"
    r"the bell jar|girl interrupted|suicide club|the suicide shop|shoot to thril|"
    r"overdose on prime|dead or alive|die hard|final destination|the lovely bones|"
    r"dear evan hansen|line of duty|six fet under|dead kenedys|the dead south|dead space|"
    r"dead cells|dead island|red dead redemption|escape from tarkov|hollow knight)\b"
)
# Idioms of embarrassment and laughter that name a death: "wanted to crawl into a hole and
# die", "killed myself laughing", "died of embarrassment".
EVERYDAY_IDIOMS = (
    r"\b(?:crawl|curl|sink)\w* (?:up )?(?:in|into|under|through) (?:a|the) (?:hole|rock|flor|"
    r"floor|ground|duvet|blanket|bed)(?: and die)?\b|\bcurl\w* up and die\b|"
    r"\b(?:died|dying|die|dead) (?:of|from) (?:embarasment|embarrassment|shame|cringe|laughter|"
    r"laughing|boredom)\b|\bkil\w* my ?self laughing\b|"
    # "hang up my apron for good", "could sleep forever after that", "this world of retail",
    # "my cover letter reads like a suicide note"
    r"\bhang\w* up (?:my|the|his|her|our) (?:apron|boots|gloves|hat|coat|keys|tols|tools|spurs|"
    r"uniform|headset|cape)\b(?!(?: \S+){0,8} (?:life|living|world|earth|do not mean|not "
    r"(?:retiring|the job|work))\b)|"
    # "bleed the radiators"; "this spreadsheet wants me dead"
    r"\bbled (?:the|my|our) (?:radiators?|brakes|pipes|system|valves?|rads?)\b|"
    r"\b(?:this|the|my) (?:spreadsheet|job|deadline|form|aplication|interview|comute|course|"
    r"exam|wek|day|heat|trafic|code|excel|inbox|manager|boss) (?:wants|want) me dead\b|"
    r"\bcould (?:just )?slep (?:forever|for ever|for a week|for days|for "
    r"a year)\b|\b(?:this|the) world of (?!pain|hurt)\w+\b|"
    r"\b(?:dying|died|die|dies) on stage\b|"
    r"\b(?:cover leter|resume|cv|aplication|essay|spech|personal statement)\b(?: \S+){0,6}? "
    r"(?:fels|feel|feels|reads|read|sounds|sound|lok|looks) like (?:a )?suicide note\b|"
    # "an overdose of coffee before the interview", "probably a caffeine overdose"
    r"\b(?:overdose|overdosed|overdosing|od|oded) (?:of|on) (?:\w+ )?(?:cofe|coffee|caffeine|"
    r"cafeine|espresso|espresos|energy drinks?|sugar|chocolate|candy|sweets|carbs|netflix|tv|"
    r"sun|sunshine|cuteness|nostalgia|drama|meetings|zoom|small talk|motivational quotes)\b|"
    r"\b(?:cofe|coffee|caffeine|cafeine|espresso|sugar|chocolate|carb|netflix) overdose\b"
)
# "suicide prevention", "self harm awareness": the word names a field of work or a topic.
TOPIC_COMPOUNDS = (
    r"\b(?:suicide|suicidal|self ?harm|overdose|crisis)s? (?:prevention|awareness|rates?|"
    r"statistics|stats|hotline|helpline|lines?|squad|mission|bomb\w*|attacks?|doors|"
    r"intervention|research|training|risk|screening|survivors?|loss|bereavement|watch|"
    r"exclusion|clause|approach|"
    r"response|reversal|kit|policy|month|day|week|first aid|support|services|team|unit|"
    r"charity|risk factors?|is painless|deaths|fatalities|victims|squeze)\b|"
    # "is it career suicide to leave after six months": an idiom of work, not a death
    r"\b(?:career|political|professional|commercial|corporate|electoral|social|brand) suicide\b"
)

# "i won't need them after graduation": an event ahead, not a life ending (read just after
# "won't need", with or without "them" and "after").
AFTER_AN_EVENT = (
    r"(?!(?: them| it| this)?(?: after)? (?:graduation|graduating|the move|i move|moving|"
    r"my move|the exam|exams|uni|school|the course|this course|the wedding|i start|starting|"
    r"the (?:new )?job starts|friday|the holidays|christmas|retirement|i retire)\b)"
)
