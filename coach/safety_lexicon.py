"""The danger parts, as word lists, and the few broad rules composed from them.

Earlier rules were fitted phrase family by phrase family, and every fresh set of messages found
new families. These rules go the other way: a message in which the writer (or no one named)
puts a *stance* (wanting, hoping, being fine with, envying) next to a *death* (dying, not
waking up, being gone, a bus that does not stop), a *weariness* next to *being alive*, a
*means* next to a *lethal interest* (how many, high enough, saved up, would hold my weight), a
*harm* to their own body next to a *purpose* (on purpose, as punishment, to feel something), or
an *exit* next to *for good* is a crisis, however it is worded between them.

What keeps such words harmless is read apart from them: whose words they are, a denial or a
past, a story, the news, study or prevention work (all in `safety_assess`, as for every rule),
and, for the means and exits here only, the everyday contexts that borrow them: the handling
of medicines (`MEDICINE_ROUTINE`), views, commutes and kitchens (`PLACE_ROUTINE`), and the
apps, jobs and places one leaves for good (`NOT_LIFE`). The idioms that borrow the words
("dead tired", "dying to hear back", "death by powerpoint") are cut out of the parts.

Words are plain phrases as `safety_text` leaves them (contractions spelled out); the caller
squeezes doubled letters, as for every rule. Nothing here decides a level.
"""

from __future__ import annotations

import re

from coach.safety_words import END_IT, HEIGHTS
from coach.safety_words import MEDICINES as MEDICINE_NAMES

_PLAIN = re.compile(r"[a-z0-9 ]+")


def words(*phrases: str) -> str:
    """Whole-word alternation of `phrases` (a phrase may hold regex, as `(?:a )?`). The plain
    ones come first as a group of their own, which the gate compiles into shared prefixes."""
    plain = [phrase for phrase in phrases if _PLAIN.fullmatch(phrase)]
    rest = [phrase for phrase in phrases if not _PLAIN.fullmatch(phrase)]
    group = ["(?:" + "|".join(plain) + ")"] if plain else []
    return r"\b(?:" + "|".join(group + rest) + r")\b"


# A few words between two parts, within one clause (" . " ends a clause).
GAP = r"(?: [^ .]+){0,6}? "
NEAR = r"(?: [^ .]+){0,3}? "
WIDE = r"(?: [^ .]+){0,8}? "
# The same, when the words between must not make someone or something else the one that dies
# ("i wish my old boss was dead", "i want my career to not be dead").
OWN_GAP = (
    r"(?: (?!(?:he|she|they|him|her|them|his|their)\b)(?!my (?:old |ex |former |new )?(?:boss|"
    r"manager|ex|landlord|recruiter|interviewer|colleague|coworker|neighbour|job|career|company|"
    r"team|cv|application|phone|laptop|car|plant|mum|mom|mother|dad|father|grandma|grandad|"
    r"grandpa|gran|nan|nana|wife|husband|partner|son|daughter|brother|sister|friend|uncle|aunt|"
    r"cousin|dog|cat)\b)[^ .]+){0,8}? "
)

# --- Wishing to be dead ---------------------------------------------------------------------

# Stance: the writer wants, hopes for, would accept, or envies what follows.
STANCE = words(
    "want", "wants", "wanted", "wanting", "wish", "wishes", "wished", "wishing", "rather",
    "prefer", "ready to", "ready for", "hope", "hoping", "pray", "praying", "dream about",
    "dream of", "dreaming about", "dreaming of", "daydream about", "fantasi[sz]e about",
    "long for", "longing for", "crave", "craving", "welcome", "envy", "jealous of",
    "swap places with", "trade places with", "be fine", "would be fine", "fine with",
    "ok with", "okay with", "(?:be|feel|am) (?:so |really )?relieved", "a relief",
    "would be nice", "sounds nice",
    "sounds good", "better off", "better to", "best to",
    "(?:better|easier|simpler|happier|kinder) for (?:every ?one|every ?body|all of them|"
    r"my \w+|them|him|her)",
    "not mind", "not care if", "deserve to", "tempted to", "the urge to", "can not wait to",
    "looking forward to", "would love to", "would like to", "should just", "thinking about",
    "thinking of", "think about", "thought about", "considering", "contemplating",
    "planning to", "plan to", "decided to", "planning how", "plan how", "planned how",
    "working out how", "imagining", "picturing", "planning", "keep planning", "happily",
    "fantasi[sz]ing about",
    "gladly", "give anything to", "not fight it if", "would care if", "would notice if",
    "counting down (?:the days )?(?:until|till|to)",
    "(?:would|will|be) (?:so much )?(?:easier|better|simpler) if", "if i could", "begging",
    "beg", "asking", "asked",
    "would miss me if",
)
# Death for oneself, minus the idioms that borrow its words.
DEATH = words(
    r"(?<!before i )(?<!until i )(?<!til i )(?<!when i )(?<!before you )(?<!not )"
    r"die(?! (?:of (?:embarrassment|boredom|laughter|shame|cringe|happiness|joy|excitement|"
    r"shock|jealousy|envy|hunger|thirst|heat|cold|\w+ness)|laughing|for|"
    r"than (?!keep|go on|carry on|live|living|be alive|feel|wake)|happy|a happy|content|"
    r"on (?:this|that) hill|my|her|his|it|the|your)\b)",
    r"(?:be|being) dead(?! (?:broke|tired|serious|set|wrong|right|on|easy|keen|bored|inside)\b)",
    r"(?<!not )dead(?! (?:and buried|broke|tired|set|end|ends|serious|easy|keen|right|wrong|on|"
    r"in the water|"
    r"inside|weight|"
    r"line|air|giveaway|heat|ringer|simple|last|quiet|slow|boring|good|funny|cute|cheap|busy|"
    r"certain|center|centre|bored|beat|lift|gorgeous)\b)",
    r"(?<![^i]s )(?<!his )(?<!her )(?<!their )(?<!your )"
    r"death(?! (?:of|by|metal|star|stranding|row|toll|threats?)\b)",
    r"dying(?! (?:to|for|of (?:laughter|embarrassment|boredom)|laughing|inside|languages?|"
    r"industry|breed|art|trade|my|her|his|it|the|your)\b)",
    "not (?:be |being )?alive", "no longer alive",
    r"(?:not exist|not (?:be |being )?existing|stop existing)(?! (?:in|at|as|on) (?:this|that|the|"
    r"my|a)\b)",
    "(?:not|never) to (?:wake up|be alive|exist|be here|be around|live)",
    "cease to exist", "not wake up", "not waking up", "never wake up", "never waking up",
    r"not (?:be |being )?(?:here|around)(?! (?:at (?!all\b)|in|for|on|when|today|tomorrow|this|"
    r"that|right now|yet|to|with|people|toxic|them|him|her|my|the|during|til|until)\b)",
    "be gone", "being gone", "gone for good", "gone forever", "in a coffin", "in the ground",
    "in a grave", "my own funeral", "off this planet", "on this planet",
    "end my life", "end my own life", "my life to end",
    r"take my (?:own )?life(?! (?:back|in|into|to|forward|off|on)\b)",
    # A death that comes from outside: "hope the bus doesn't stop", "a lorry took me out".
    r"(?:plane|flight|car|bus|coach|train|lorry|truck|taxi|cab|ferry)(?: \w+)? (?:goes down|"
    r"go down|crashes|crash|hits me|hit me|takes me out|took me out|does not stop|"
    r"would not stop|runs me over|ran me over)",
    r"(?<!not )(?:kill|kills|end it for) me(?! (?:with|if|when|for|to|through|back|home|on|in|"
    r"out (?:for|to))\b)",
    "not recover(?! from)", "never recover(?! from)",
    "my heart (?:would |to |could |will )?(?:just )?(?:give out|gives out|gave out|stop|stops|"
    "stopped)",
    r"stop waking up(?! (?:at|early|so|for|to|in|before)\b)", "never (?:get|wake) up again",
    "(?:an )?accident (?:that |to )?(?:takes|kills|ends) me",
    r"take me(?= \.|$| away| soon| now| tonight| in my sleep)",
    "end (?:my|the|this) pain (?:permanently|forever|for good)",
    "(?:this|it|everything) (?:was|were|is) (?:all )?over (?:for good|forever|permanently)",
    "(?:was|had) never (?:been )?here(?: at all)?",
    "i crash(?! (?:at|on|with|the|my|into bed|out)\\b)",
    "(?:someone|something|a car|a bus) (?:bumps|pushes|knocks|hits) me",
    "cease to be", r"stop being(?= \.|$| alive| here| me)",
    r"disappear\w* (?:permanently|forever|for good)",
    r"(?:it is|its|this is|it was) (?:the|my) last (?:time|night|day)(?! i )",
    r"(?:it all|everything|my life|all of it) to (?:end|be over|stop)(?! so (?:that )?i can| and "
    r"(?:start|get|move))",
    "(?:had not|did not|never) survived?", "something happened to me", "stopped existing",
    "(?:go|goes|went|fade|fades) (?:dark|black|quiet) (?:and stay (?:dark|black)|forever|for good|"
    "permanently)",
    # Idioms of dying, wished for: "ready to shuffle off this mortal coil".
    "shuffle off (?:this )?mortal coil", "kick the bucket", "bite the dust",
    "push(?:ing)? up daisies", "meet my maker", "cash in my chips", "buy the farm", END_IT,
    "(?:collect|collecting|get|getting|claim|claiming) (?:on )?my life insurance",
    "put an end to (?:my ?self|my life|it all|everything|things)", "my funeral",
    "put me out of my misery", "six fe?e?t (?:under|deep)", "a corpse", "a dead body",
    r"ended (?:it all|it|everything|things)\b(?! with| early| there)",
)
# Death as the way out: "dying seems like the only answer", "the only way out is death".
ESCAPE = words(
    "(?:only |easy |easiest )?way out", "(?:only |last )?option", "(?:only |the )?answer",
    "escape", "relief", "(?:only |a |the )?solution", "release", "peace",
)
# Accepting a death named first: "if i don't wake up, that's fine by me".
ACCEPTING = words(
    "fine by me", "fine with me", "ok with me", "okay with me", "(?:would be|is|sounds) fine",
    "(?:would|will) not mind", "a relief", "comforting", "peaceful", "(?:so |that |too )?bad",
    "would be nice", "would be good", "welcome", "a blessing", "a mercy", "calm", "soothing",
    "a comfort", "keeps me going", "looking forward to it",
)
# A grave illness, hoped for or welcomed: "i'd be relieved if they found cancer".
WISHING = words(
    "want", "wants", "wanted", "wish", "wishes", "wished", "wishing", "hope", "hopes", "hoped",
    "hoping", "pray", "praying", "prayed",
)
ILLNESS = (
    r"\b(?<!not )(?<!not have )(?<!not get )(?<!not got )(?:cancer|a terminal|terminal illness|"
    r"something terminal|a heart attack|an aneurysm|a stroke|really sick|seriously ill)\b"
)
WELCOMED = words(
    r"(?:would|will) (?:\w+ )?(?:be|feel) (?:relieved|glad|happy|fine|ok|okay|a relief)",
    "a relief", "welcome it", "(?:would|will) not mind",
)
# Weary of being alive at all, not of a job or a place.
WEARY = words(
    "tired of", "sick of", "done", "done with", "exhausted by", "weary of", "fed up with",
    "over", "what is (?:even )?the point (?:of|in)", "no point", "no point in", "no reason",
    "no reason for", "no reason to", "why bother", "not supposed to", "not meant to",
    "should not", "should not be", "do not deserve to", "not deserve to", "hate",
    "can not keep", "can not do", "had enough of", "enough of",
)
ALIVE = words(
    "being alive", "be alive", "staying alive", "stay alive",
    r"being here(?! (?:at|in|with|for|every|on)\b)", r"existing(?= \.|$| any ?more| like this)",
    r"breathing(?! (?:exercises?|techniques?|space|room|in|the|this|that)\b)", "life itself",
    "this life",
    r"living(?! (?:in|with|paycheck|at|on|of|costs?|situation|room|arrangement|wage|expenses|"
    r"the dream|here|there|abroad|alone|near|proof)\b)",
    "on this (?:planet|earth)", "in this world", "waking up(?! (?:early|at|to|for|in)\\b)",
)
# Life itself, judged not worth it: "living feels pointless".
NOT_WORTH_IT = words(
    "pointless", "meaningless", "not worth it", "a chore", "unbearable", "torture", "hell",
)

# --- Means and methods ----------------------------------------------------------------------

MEDICINES = words(MEDICINE_NAMES)
OTHER_MEANS = words(
    "ropes?", "belt", "cord", "cable", "noose", "knife", "knives", "knife block", "blades?",
    "razors?", "guns?", "shotgun", "shells", "ammo", "ammunition", "bullets", "bleach",
    "helium", "charcoal", "gas oven", "oven", "gas", "car exhaust", "exhaust", "train line",
    "railway",
    "rail line", "tracks", HEIGHTS, "cliffs?", "loch", "canal", "reservoir", "quarry",
    "harbou?r", "ledge", "top floor", "highest floor", "rifle",
    "pistol", "firearm", r"\d+\w* floor", r"\w+th floor",
    "tallest building", "motorway", "river", "branch", "stairwell", "tree", "beam", "banister",
    "door frame",
    "hook",
)
POISONS = words(
    "pesticides?", "weed ?killer", "bleach", "antifreeze", "poison", "rat poison", "paraquat",
    "drain cleaner", "insecticide", "fertili[sz]er", "(?:household )?chemicals",
    "cleaning products",
)
# The interest in a means that is never everyday: keeping it, dwelling on it, its amount, its
# reach, its speed, whether it works.
_KEEPING_OR_DWELLING = (
    "lethal", "fatal", "deadly", "would kill", "stockpile", "stockpiling", "stockpiled", "stash",
    "stashed", "stashing", "saving up", "saved up", "been saving",
    "saving (?:them|it|those|these) up",
    "in a (?:separate|special|secret|hidden) (?:jar|tin|box|bag)",
    "hoarding", "hoarded",
    "collecting", "eyeing", "eying", "staring at", "keep looking at", "keep thinking about",
    "calling to me", "calling me", "just in case", "lined up", "laid out", "counted out",
    "in front of me", "know where",
)
AMOUNT_INTEREST = words(
    *_KEEPING_OR_DWELLING, "how many(?! (?:hours|days|times|mg|milligrams|weeks))",
    "how much(?! (?:time|longer|water|food))", "enough to", "would be enough", "be enough",
    "would it take", "it would take", "does it take", "worked out how many", "a pile of",
    "piles of", "a heap of", "a handful of", "handfuls of",
    "a (?:whole|full|entire) (?:bottle|box|pack|packet|strip|tub)", "my (?:whole|entire)",
    "every one of my", "(?:the )?most dangerous", "in large amounts", "large amounts?",
    "counting", "counted", "stops? (?:your|my|the|a) heart", "collected", "to see what happens",
)
REACH_INTEREST = words(
    *_KEEPING_OR_DWELLING, "high enough", "how high", "how far down", "the drop", "fall from",
    "hold (?:my|a persons?|someones?|a human|your|the|his|her) weight", "take my weight",
    "(?:would|could|will) hold me", "(?:a )?long way down",
    "strong enough", "the strong kind", "would be quick", "be quick", "be painless", "painless",
    "quickest", "fastest", "which (?:floor|bridge|building|cliff)", "over the edge",
    "over the railing", "would it (?:actually |even |still )?work",
    "does it (?:still |actually )?work", "still works?", "actually work",
    "working up the (?:nerve|courage)", "tall enough", "(?:stil|even|actualy) possible",
    "far enough down", "priced up", "(?:figure|work|figuring|working) out the drop",
    "pricing up",
    "under my pillow", "by my bed", "next to my bed", "in my pocket", "highest", "tallest",
    "for tonight",
    "for my ?self", "in the boot of my car", "in my car", "in my bag",
)
# Interests that no routine explains away: a means is lethal, quick, or would hold a weight.
NEVER_ROUTINE = words(
    "lethal", "fatal", "deadly", "would kill", "would be quick", "be quick", "painless",
    "be painless",
    r"high enough(?! for (?:a|the|my) (?:\w+ )?(?:photo|view|picture|shot|signal|reception|"
    r"selfie))", "hold (?:my|a persons?|someones?|a human|your) weight",
    "enough to", "over the edge", "to make sure", "my (?:whole|entire)", "every one of my",
    "under my pillow", "bottle of (?:vodka|wine|whisky|whiskey|gin|rum)",
    "(?:keep|kept|been) counting", "stops? (?:your|my|the|a) heart", "to see what happens",
    "for tonight", "how far (?:the |it is )?(?:drop|down)", "the drop is",
    "(?:figure|work|figuring|working) out the drop",
)
# The everyday handling of medicines: prescribed, collected, taken on time, for a headache.
MEDICINE_ROUTINE = words(
    "prescribed", "prescription", "refill", "refills", "pharmacy", "pharmacist", "chemist", "gp",
    "doctor", "nurse", "daily", "every (?:day|morning|night)", "morning", "breakfast",
    "with food", "headaches?", "migraines?", "period pains?", "toothache", "as usual",
    "side effects",
    "repeat", "reminder", "organiser", "organizer", "forgot", "forget", "remember to",
    "per day", "a day", "in a day", "safe", "safely", "allowed", "maximum", "max", "limit",
    "label", "leaflet", "vet", "dogs?", "cats?", "baby", "kids", "child", "toddler", "cold", "flu",
    "fever", "back pain", "injury", "surgery", "dentist", "hangover", "hours apart", "apart",
    "between doses", "how often", "interval", "in 24 hours", "24 hours", "per dose", "a dose",
    "can i take", "should i take", "receipts?", "tax", "check", "checked", "right amount",
    "pets?", "heart meds", "his meds", "her meds", "weekly", "for the week",
    "mums?", "moms?", "dads?", "nans?", "grans?", "grandmas?", "heart", "blood pressure",
)
# ...and of heights, ropes and knives: a view, a visit, a design, a commute, a kitchen, a shop.
PLACE_ROUTINE = words(
    "kitchen", "cooking", "chef", "camping", "climbing", "view", "views", "photo", "photos",
    "tour", "visit", "trip", "design", "engineering", "engineer", "architect", "project",
    "commute", "late", "delayed", "cancelled", "canceled", "strike", "rush hour", r"platform \d",
    "shop", "shopping", "buy", "bought", "price", "sale", "lorry", "lorries", "truck",
    "traffic", "queue", "carrying",
)
# Looking a method up.
RESEARCH = words(
    "researched", "researching", "looked up", "looking up", "googled", "googling", "searched",
    "searching", "read up on", "reading up on", "reading about", "looking into", "looked into",
    "asked (?:google|chatgpt)", "found out",
)
# "jumping ship", "jump at the chance", "jump in" (but "jump in front of"): not a method.
_NOT_IDIOM_JUMP = r"(?! (?:ship|at|on|into|through|the gun|in(?! front)))"
METHOD = words(
    "drown", "drowning", "hang", "hanging", "bleed out", "bleeding out", "suffocate",
    "suffocating", "overdose", "overdosing", "od", f"jump{_NOT_IDIOM_JUMP}",
    f"jumping{_NOT_IDIOM_JUMP}", "electrocute",
    "carbon monoxide", "exit bag", "to die", "kill (?:my ?self|yourself|a person|someone)",
    "survive without (?:water|food|eating|drinking)",
)
DRINKING = words("drink", "drinking", "drank", "swallow", "swallowed", "swallowing", "down it")

# --- Harming oneself ------------------------------------------------------------------------

SHARP = words(
    "blade", "blades", "razor", "razors", "knife", "glass", "scissors", "compass", "lighter",
    "cigarette", "cigarettes", "lit match", "hot iron", "iron",
)
BODY = words(
    r"my (?:\w+ )?(?:wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|hips?|body|chest|"
    r"ankles?|belly|throat|neck)",
)
HARM_VERB = words(
    "cut", "cutting", "burn", "burnt", "burned", "burning", "scald", "scalded", "scalding",
    "scratch", "scratched", "scratching", "hit", "hitting", "punch", "punched", "punching",
    "slam", "slammed", "bang", "banged", "banging", "bite", "bit", "biting", "pinch", "pinched",
    "starve", "starved", "starving", "bruise", "bruised", "stab", "stabbed", "carve", "carved",
    "slice", "sliced", "hurt", "hurting", "harm", "harming", "smash", "smashed", "froze",
    "freeze", "pull", "pulled", "pulling", "make", "making", "made",
)
OWN_BODY = words(
    "my ?self",
    r"my (?:\w+ )?(?:wrists?|arms?|forearms?|thighs?|legs?|skin|stomach|hips?|body|chest|"
    r"ankles?|belly|throat|neck|hands?|head|fingers?|knuckles?|face|hair)",
)
PURPOSE = words(
    "on purpose", "deliberately", "intentionally", "to punish my ?self", "as (?:a )?punishment",
    "because i deserve(?:d)? it", "to feel something", "to feel (?:the )?pain",
    "until it bled", "until it bleeds", "til it bled", "till it bled", "until i bled",
)

# --- Leaving, and acting now ----------------------------------------------------------------

# Leaving life said as an exit, a switch-off or a sleep, and for good.
EXIT = words(
    "log ?out", "log ?off", "logging off", "logging out", "sign ?off", "signing off",
    "logged (?:out|off)", "signed off", "checked out", "clocked out", "tapped out",
    "switch off", "switching off", "switch my ?self off", "sleep", "nap", "rest", "check ?out",
    "checking out", "clock ?out", "clocking out", "tap out", "tapping out", "exit", "disappear",
    "vanish", r"(?<!could )go to sleep", "fall asleep", "asleep", "shut down", "shutting down",
    "power down",
)
FOR_GOOD = words(
    "permanent", "permanently", "forever", "for ever", "for good", "eternal", "final",
    "from life", "of life", "from this (?:world|life)", "from the world",
    "and stay that way", "and stay there", "and stay gone",
)
# What an exit is from when it is not from life: an app, a job, a place, a day's tiredness.
NOT_LIFE = words(
    "linkedin", "indeed", "account", "accounts", "app", "apps", "platform", "job", "jobs",
    "role", "company", "industry", "career", "retail", "shift", "work", "office", "twitter",
    "instagram", "facebook", "tiktok", "social media", "email", "emails", "group", "chat",
    "server", "discord", "city", "country", "town", "london", "uni", "course", "sector",
    "field", "market", "search", "hunt", "applying", "applications", "laptop", "computer",
    "phone", "pc", "game", "gaming", "holiday", "weekend", "night", "tonight", "today",
    "interview", "interviews", "marathon", "tired", "hotel", "hostel", "airbnb",
    "home", "knackered", "exhausted",
)
_WEAPON = (
    r"(?:gun|pistol|rifle|shotgun|knife|blade|razor|rope|noose|pills)\b(?! (?:licen[cs]e|range|"
    r"club|permit|safety course|skills|set)\b)"
)

# --- Strain: hopelessness and a low view of oneself, with no death in it -------------------

# The writer's verdict on themselves ("i'm a joke", "i feel like a fraud").
SELF_VERDICT = words(
    "joke", "fraud", "let ?down", "failure", "loser", "mess", "disappointment", "burden",
    "nobody", "nothing", "useless", "worthless", "pathetic", "hopeless", "lost", "numb",
    "empty", "broken", "stuck", "trapped", "alone", "lonely", "invisible", "drained",
    "defeated", "low", "down", "miserable", "ashamed", "waste of (?:space|time|air)", "idiot",
    "embarrassment", "mistake", "write ?off", "smal", "small",
)
# Ways of saying nothing will change and nothing is left.
NO_WAY = words(
    "what is wrong with me", "(?:no ?one|nobody) (?:wants|likes|needs|would want|will want) me",
    "why (?:does|would) (?:no ?one|nobody|anyone|any ?one) (?:want|hire|like) me",
    r"(?:every ?one|every ?body) (?:must be |is |will be )?(?:sick of|tired of|fed up with|"
    r"hates?) me",
    "(?:can not|never|can never) do anything right", "ruin everything", "mess everything up",
    "not good (?:at|enough for) anything", "never (?:be )?(?:good )?enough",
    "(?:life|career|everything) is going nowhere", "no way (?:forward|out|back)", "no future",
    "(?:nothing|anything) left in me", "running out of (?:reasons|hope|energy|steam)",
    "hate (?:who i am|who i have become|my ?self|my life|being me)", "crying every (?:night|day)",
    "(?:sick|tired) of feeling like this", "(?:ever|never) (?:going to )?work out for me",
    "can not (?:see|find) (?:a|any) way", "nothing (?:ever )?goes right", "always fail",
    "give up on me", "deserves? (?:a )?beter (?:\\w+ )?than (?:this (?:version of )?)?me",
    "i am (?:always |just )?the problem",
    "(?:every ?one|they|my \\w+|every ?body) (?:is|are) (?:so )?disapointed in me",
    "(?:can not|do not) remember the last time i (?:was|felt|fel) (?:proud|happy|god|hopeful|"
    "excited|okay|ok)",
    "(?:ben|kep|keep|kept|always) crying", "had a (?:\\w+ )?cry",
    "(?:want|wana) to (?:end|quit|stop|give up on) (?:this|the|my) (?:job )?(?:search|hunt)",
    "hard to get out of bed", "i cry (?:in|every|before|after|my ?self)",
    "(?:do not|dont) even have a job",
    "(?:totaly |so |completely )?(?:replaceable|disposable|forgotten)",
    "(?:have not|not) (?:talked|spoken|said a word) to (?:a single (?:person|soul)|any ?one|"
    "any ?body|a soul|another (?:human|person|soul)|a human)"
    "(?: (?:\\. but|except|apart from) \\w+)? "
    r"(?:in|for) (?:like |about |over )?(?:days|weeks|a week|a month|months|\w+ (?:days|weeks|"
    r"months))",
    "ruined (?:my|my whole|my entire) (?:life|career|future)",
    "cried (?:my ?self to sleep|(?:\\w+ ){0,3}?for (?:an hour|hours|ages|days)|all (?:day|night|"
    "morning|evening))",
)
# A past or a denied darkness, said without the words of a crisis.
DARK_PAST = words(
    "dark (?:time|times|place|period|thoughts|patch|days)", "do anything (?:drastic|stupid|silly)",
    "(?:nervous )?breakdown", "ended up in hospital", "(?:tried|attempted) to (?:take my (?:own )?"
    "life|kill my ?self|end it|end my life)", "those (?:kinds? of |sorts? of )?thoughts",
    "i am safe", "thinking of ending anything",
)
STRAIN = (
    r"\bnever (?:going to |gona )?amount to (?:anything|much|nothing)\b",
    r"\bwala (?:akong|ako ng) kwenta\b",  # Tagalog: "i am worthless"
    # help once needed: "the crisis team helped me" (masked to "topic" as a field of work)
    r"\b(?:topic|therapy|therapist|counsel+or|hospital) (?:helped|saved) me\b",
    r"\b(?:i am|i feel|i feel like|i am just|i am such|i have become)(?: (?:so|such|just|a|an|"
    r"completely|totally|utterly|really|such a|a complete|a total|the biggest))* " + SELF_VERDICT,
    NO_WAY,
    DARK_PAST,
)

# Someone else's dying, which explains a goodbye said beside it.
OTHERS_DYING = words(
    "cancer", "terminal", "terminally", "hospice", "dying", "passed away", "funeral", "deathbed",
    "hospital", "palliative", "end of life", "last days", "life support", "wake", "memorial",
)

# --- The rules ------------------------------------------------------------------------------
# A part next to another, within a clause, in either order where order is free.

WISHES = (
    STANCE + OWN_GAP + DEATH,
    WEARY + NEAR + ALIVE,
    DEATH + NEAR + r"(?:is|seems|feels|looks|sounds|would be)(?: like)?" + NEAR + ESCAPE,
    r"\b(?:how|so) (?:peaceful|nice|good|easy|lovely|calm|restful) (?:it )?(?:would be|must be|it "
    r"would be) to (?:\w+ ){0,2}?(?:" + DEATH + r"|stop(?= \.|$))",
    ESCAPE + NEAR + r"(?:is|would be|seems) (?:\w+ )?" + DEATH,
    DEATH + WIDE + ACCEPTING,
    ALIVE + NEAR + r"(?:is|feels|seems|has become) (?:so |just |completely )?" + NOT_WORTH_IT,
    WISHING + GAP + ILLNESS + r"(?!(?: \S+){0,3} (?:go away|goes away|went away|be ok|be fine|"
    r"clears?|cleared|is treatable|was treatable|benign|negative|is gone)\b)",
    ILLNESS + GAP + WELCOMED,
    r"\b(?:do not|not|never|no longer)(?: \w+){0,3}? (?:want|wanting|wish|like|need) to (?:\w+ )?"
    r"(?:be (?:alive|on this (?:planet|earth)|in this world)|exist|wake up|see tomorrow|"
    r"carry on living|keep living)\b",
    r"\bwhy (?:am i|should i|i should|do i|would i|is he|is she) (?:even |still )*(?:keep |"
    r"carry on |go on )?(?:alive|exist|existing|living|bother living|here|"
    r"going(?! (?:to|for|with|back)\b))\b",
    # Not staying long, not growing old, done for good, gone soon.
    r"\bnot (?:\w+ ){0,3}?(?:be|being) (?:here|around|alive) (?:\w+ ){0,2}?(?:much longer|for "
    r"(?:much )?longer|for long|next year|by (?:christmas|summer|spring|next \w+))\b",
    r"\b(?:do not|never|not) (?:\w+ )?(?:want|plan|expect|intend) (?:to|on) (?:get|getting|"
    r"make it|making it|live|living|grow|growing) (?:that far|that long|old|older|"
    r"to (?:\d+|thirty|forty|fifty))\b",
    r"\b(?:i wil|il|i am going to|i am) be gone (?:soon|anyway|by then|for good|forever|before "
    r"(?:long|then|the next|christmas))\b(?!(?: \S+){0,6} (?:moving|move|holiday|trip|"
    r"travel\w*|abroad|week|weekend|days|month|new job|flight|visit|back)\b)",
    r"\b(?:i am|he is|she is|they are|i wil be|il be|he wil be|she wil be) (?:done|out|gone)"
    r"(?! with| of| from)(?: \w+){0,4}? for good\b",
    # Doing "it", when "it" can only be one thing.
    r"\b(?:how|when|where) i (?:would|will|could|am going to|should|might) do it(?= \.|$| like|"
    r" and| now| again| tonight| with| already| yet)",
    # The screening questions' own words, said back: acting on the thoughts, preparing, a plan.
    r"\b(?<!no )(?:intention|intend|intending|plan|planning|going|scared i wil|afraid i wil|might|"
    r"wil|could|urges? to) (?:\w+ ){0,3}?act(?:ing)? on (?:these|those|the|my|it|them)\b",
    r"\b(?:attempt|attempted|tried)\b(?: \S+){0,8}? (?:i wil|il|i am going to|i might|i could) "
    r"(?:\w+ )?again\b",
    r"\bgo through with it and (?:die|end it|do it)\b",
    # Said sideways: no promise to be here, a pretence of wanting to live, a way found.
    r"\b(?:can not promise|not sure|do not know if) (?:that )?(?:i wil|il|i) (?:stil )?be "
    r"(?:here|around|alive)\b",
    r"\bpretend\w* (?:that )?(?:i )?(?:want|wanting) to (?:live|be alive|be here)\b",
    r"\b(?:wil not|wont|not going to) be a (?:problem|burden) (?:to (?:any ?one|them) )?"
    r"any ?more\b",
    r"\b(?:have|found|got) a way(?= \.|$| to do it| now)",
    r"\b(?:dose|amount|height|drop) (?:that|which) (?:would|could|will|wil) (?:do it|kill|"
    r"be enough|end it)\b",
    # Thinking how, doing something to oneself, waiting for the end, the way out.
    r"\b(?:thought|thoughts|think|thinking|wondering|obsessed|obsessing)\b(?: \S+){0,4}? how to "
    r"(?:die|kill my ?self|end it|end my life)\b",
    r"\b(?:going to|gonna|about to|will|might) do something to my ?self\b",
    r"\bwaiting (?:for death|to die|for the end|for it all to end)\b",
    r"\b(?:quickest|easiest|fastest|quick|best|only) way out\b(?! of (?:this|the|my) (?:job|"
    r"contract|situation|debt|lease|mess|role|company|building)\b)",
    r"(?:^|\. )life(?:s| is) not for me\b",
    # Sleeping and not waking, being let die, done for good, having the means, the lot taken.
    r"\b(?:sleep|asleep)\b(?: \S+){0,5}? and (?:not|never) wake up\b",
    r"\b(?:please |just |god )?let me (?:die|be dead|not wake up)\b",
    r"\bdone(?: \.)? with (?:everything|it all|life)(?: \.)? (?:forever|for good|permanently)\b",
    r"\b(?:have|got) the (?:means|method)(?= \.|$| now| ready| and)",
    r"\b(?:neck|necking|swallow|swallowing|down|downing|take|taking|pop|popping) the lot\b"
    r"(?! of)",
    r"\bdo it\b(?: \S+){0,4}? end it(?= \.|$)",
    # "lately i find i look forward to it" (death, said just before)
    r"\b(?:look|looking) forward to (?:death|dying|the end|being dead|not waking up)\b",
    r"\b(?:stoped|stopped) (?:fearing|being (?:afraid|scared) of) (?:death|dying)\b"
    r"(?: \S+){0,6}? (?:look|looking) forward to it\b",
    r"\b(?:do not|not) (?:want|wana|even want) to (?:survive|make it through|get through) "
    r"(?:it|this|the (?:night|weekend|week)|another (?:night|day|week))\b",
    r"\b(?:do not|not) think (?:i|i wil|il|i would|id) (?:survive|make it through|last) "
    r"(?:the|this|another) (?:weekend|week|night|month|winter)\b(?: \S+){0,4}? (?:do not|not) "
    r"(?:want|wana) to\b",
    # "i shan't be troubling anyone for much longer"
    r"\b(?:not|wil not|shal not) be (?:troubling|bothering|burdening) (?:any ?one|any ?body|you|"
    r"them|my \w+) (?:for )?(?:much |very )?(?:longer|any ?more|for long)\b",
    # "visited my parents' grave and told them i will see them very soon"
    r"\b(?:grave|graves|cemetery|ashes|headstone)\b(?: \S+){0,8}? (?:i wil|il|i am going to|going "
    r"to|i shal) (?:see|join|be with) (?:them|him|her|you) (?:very )?soon\b",
    # "if a pallet fell on me that'd be fine"
    r"\bif (?:\w+ ){0,4}?(?:fel|fell|falls?|droped|dropped|crashed|landed) (?:on|into) me\b"
    r"(?: \S+){0,2}? (?:that|it|thatd|itd|i|id)(?: would| wil)?(?: be)? (?:fine|ok|okay|a relief|"
    r"a mercy|not mind|welcome)\b",
    r"\bend of the (?:road|line) for me(?: \.)? (?:literaly|for real|permanently|for good|"
    r"no joke)\b",
    # "i'm not safe right now": the writer's own word for danger
    r"\bi (?:am|do not fel|fel) not safe (?:right now|tonight|with my ?self|around my ?self|alone|"
    r"on my own|by my ?self)\b",
    r"\bhow to do (?:it|this) (?:properly|right)\b(?: \S+){0,6}? (?:not going to|wil not|wont|"
    r"never) fail\b",
    # "not gonna make it to the interview or anything else, tonight's it"
    r"\bnot (?:going to|gona) make it to (?:\w+ ){0,6}?(?:or )?anything (?:else|at al)\b",
    r"\btonight is it(?= \.|$)",
    r"\b(?:can not|cant) wait (?:for|until|til) (?:the day )?(?:i|when i) (?:finaly |just )?(?:die|"
    r"am dead|am gone|stop breathing|do not wake up)\b",
    r"\b(?:plan|do it|it)\b(?: \S+){0,6}? waiting (?:til|until|for) (?:the (?:house|flat|place) "
    r"(?:is|to be) empty|every ?one (?:is |goes )?(?:out|asleep|to bed|gone)|i am (?:alone|on my "
    r"own))\b",
    r"\bburden\b(?: \S+){0,6}? (?:solution|answer|fix) is (?:obvious|clear|simple)\b",
    r"\b(?:exit|way out)\b(?: \S+){0,8}? (?:getting |so |realy )?hard(?:er)? to (?:say no|resist|"
    r"fight (?:it|them)|ignore)\b",
    r"\b(?:a )?danger to my ?self\b",
    r"\b(?:researching|reading about|read about|looking up|googling|googled|looked up|read up on) "
    r"(?:\w+ )?methods\b(?! (?:of|in|to|on|section|paper|clas|course|module|chapter)\b)"
    r"(?! for (?!hours|ages|days|weeks)\b)",
    r"\b(?:new|another) (?:blade|razor)\b(?: \S+){0,8}? (?:threw|thrown|got rid of)\b",
    r"\b(?:wrists?|arms?|thighs?)\b(?: \S+){0,3}? (?:are|is) (?:a mess|cut up|shreded|shredded)\b",
    r"\b(?:manage|be|do) beter with (?:the )?(?:insurance|life insurance|payout|money) than "
    r"(?:with )?me\b",
    # "look after his dogs if anything happens": a goodbye, the writer's or someone's
    r"\b(?:lok after|look after|take|kep|keep) (?:his|her|their|my) (?:dogs?|cats?|pets?|kids)\b"
    r"(?: \S+){0,3}? if (?:anything|something) (?:happens|happened)\b",
    r"\benvy (?:the )?(?:dead|people i bury|ones i bury|people in the ground|people who "
    r"(?:have )?died)\b",
    r"\bthe forever (?:version|kind|sleep|one)\b",
    r"\b(?:writing|write|wrote|written) a (?:diferent|different|other) kind of "
    r"(?:leter|letter|note)\b",
    r"\bcounting\b(?: \S+){0,8}? for the wrong reasons\b",
    r"\b(?:tel|tell|let) (?:whoever|them|every ?one|my \w+|her|him)\b(?: \S+){0,6}? "
    r"(?:it was not|it is not|it wasnt) (?:their|your|his|her) fault\b",
    r"\bgood ?bye (?:every ?one|al|every ?body|world)(?: \.)? (?:it was|its been|it has been) "
    r"a god run\b",
    r"\b(?:wanted to|want to|needed to|need to) (?:say )?(?:thanks|thank (?:you|someone)|god ?bye) "
    r"(?:to (?:someone|some one|you) )?first(?= \.|$)",
    r"\bold habits?\b(?: \S+){0,3}? (?:with )?(?:the |my )?(?:razor|blade|knife|lighter)\b",
    r"\b(?:it wil|itl|it would|things wil|everything wil) be easier for every ?(?:one|body) "
    r"(?:soon|when (?:i am|she is|he is) gone|without (?:me|her|him))\b",
    r"\b(?:go and see|going to see|go see|join|be with) my (?:late )?\w+ (?:very )?soon\b"
    r"(?: \S+){0,3}? (?:he|she|they) (?:died|passed)\b",
    r"\bin case i am not (?:around|here|alive) (?:to|anymore|any more)\b",
    r"\b(?:sorted|sorting|put) (?:his|her|their) affairs\b",
    r"\b(?:do not|not) (?:plan|expect|intend) (?:on|to) (?:being|be) (?:here|around|alive)\b",
    r"\b(?:least painful|most painles|surest|quickest|easiest) way(?= \.|$| for me| asking| to "
    r"(?:die|go|do it|end it|end things))",
    r"\bis it selfish (?:if|to) (?:i )?(?:just )?(?:go|leave|die|end it|end things|kil my ?self)"
    r"(?= \.|$| now| soon| and| every)",
    r"\bevery ?(?:one|body) (?:would|wil|wil just) move on\b(?! from (?:this|that|the)\b)",
    r"\bi am (?:standing |sitting |sat )?(?:at|on) the (?:top|edge) of (?:the|a) (?:quary|quarry|"
    r"clif|cliff|bridge|rof|roof|car park|multi ?storey|tower|ledge|building|dam|viaduct)\b",
    # "this is my last shift on earth"
    r"\bmy (?:last|final) (?:\w+ ){0,2}?on (?:this )?(?:earth|planet)\b",
    # Someone talking of a way to die, again and again: a concern when it is someone else.
    r"\b(?:keeps?|kept|has been|have been|been|started|always) (?:talking|joking|posting|"
    r"texting|going on|saying things|asking) about (?:overdosing|od|jumping of|hanging "
    r"(?:him|her|them|my) ?self|killing (?:him|her|them|my) ?self|ending it|ending (?:his|her|"
    r"their|my) life|not being (?:here|around)|suicide|wanting to die|unaliving)\b",
    # A method that is never an everyday tool.
    r"\b(?:long walk (?:of|off) a short (?:bridge|pier|plank|cliff|dock|jetty))\b",
    r"\b(?:kil 9|kil dash 9|sudo kil|rm rf) (?:on )?my ?self\b",
)
DOSES = (
    MEDICINES + GAP + AMOUNT_INTEREST,
    AMOUNT_INTEREST + GAP + MEDICINES,
)
REACH = (
    OTHER_MEANS + GAP + REACH_INTEREST,
    REACH_INTEREST + GAP + OTHER_MEANS,
)
METHODS = (
    RESEARCH + GAP + METHOD,
    POISONS + GAP + DRINKING,
    POISONS + GAP + words("deadly", "lethal", "fatal", "kill (?:you|me|a person|someone)"),
    DRINKING + NEAR + POISONS,
    r"\b(?:is it|would it be|does it|will it|how) (?:\w+ ){0,2}?(?:painless|quick|fast|hurt|lethal|"
    r"fatal)\b(?: \S+){0,6}? " + METHOD,
    r"\b(?:easy|tempting|tempted|the urge) to (?:just )?(?:step|jump|walk|drive|lean) (?:off|out|"
    r"in front of|into)\b",
    r"\bwhich (?:is|would be|one is) (?:quicker|faster|less painful|more painless|easier|surer|"
    r"more certain)\b(?: \S+){0,4}? (?:" + METHOD + "|" + MEDICINES + ")",
    r"\b(?:hose|tube)\b(?: \S+){0,5}? exhaust\b|\bexhaust(?: \S+){0,5}? (?:hose|tube)\b",
    r"\b(?:does|would|wil|will|could|can|is) (?:\w+ ){0,4}?(?:carbon monoxide|charcoal|"
    r"helium|exhaust fumes)\b(?: \S+){0,6}? (?:work|kil|be enough|do it|enough)\b",
    r"\b(?:charcoal|carbon monoxide|disposable (?:bbq|barbecue|gril))\b(?! (?:alarm|detector|"
    r"monitor|sensor|poisoning|leak|warning|test)s?\b)(?: \S+){0,6}? in "
    r"(?:a|the|my) (?:smal |sealed |closed |locked |tiny )?(?:rom|room|car|tent|bathroom|"
    r"garage|space)\b",
    r"\b(?:think|thinking|thought|imagine|imagining|tempted)\w* (?:about |of )?(?:going|driving|"
    r"swerving|steering|crashing|veering) (?:\w+ )?(?:through|of|off|into) the (?:barier|barrier|"
    r"railing|railings|wall|edge|central reservation|oncoming)\b",
    r"\b(?:is|would|does|wil) (?:\w+ )?" + METHOD + r" (?:\w+ ){0,2}?(?:painless|quick|peaceful|"
    r"fatal|lethal|hurt)\b",
    r"\b(?:what|which) height\b(?: \S+){0,8}? (?:make sure|be sure|not survive|survive|die|"
    r"kill|fatal|lethal)\b",
)
HARM = (
    SHARP + NEAR + r"(?:to|on|into|across|against|over|through) " + BODY,
    HARM_VERB + NEAR + OWN_BODY + GAP + PURPOSE,
    SHARP + GAP + PURPOSE,
    SHARP + NEAR + r"(?:on|into|against|across) my ?self\b",
    r"\b(?:got|get|getting|took|take) (?:the|my) (?:razor|blade|knife|blades|razors) out\b",
    r"\bcut (?:\w+ )?deeper than (?:usual|before|last time|i meant|ever)\b",
    r"\b(?:go|gonna|going to|about to|want to|need to|urge to) cut\b(?= \.|$| again| tonight|"
    r" now| my ?self(?! (?:some |a bit of |a little )?slack))",
    r"\b(?:do not|dont) (?:even )?try (?:and|to) stop me\b",
    r"\b(?:and )?then (?:cut|burned|burnt|hurt my ?self)(?= \.|$)",
    r"\b(?:cuts|scars|burns)\b(?: \S+){0,6}? (?:i|and i) (?:want|need) more\b",
    r"\bstopped taking (?:my|his|her|their) (?:\w+ )?(?:meds|medication|medicine|pills|tablets|"
    r"insulin)\b(?: \S+){0,8}? (?:no point|not care|what is the point|giving up|give up)\b",
    r"\bpull\w* (?:\w+ )?hair out in (?:clumps|chunks|handfuls)\b",
    r"\b(?:not|never) (?:let|allow|allowed) my ?self (?:to )?eat\b(?: \S+){0,8}? "
    r"(?:deserve|punish\w*|failure)",
    r"\b(?:pick\w*|reopen\w*|tear\w* open) (?:at )?(?:my )?(?:scabs?|wounds?|cuts|scars)\b",
    r"\b(?:want|need|urge) to (?:see (?:my own )?blood|bleed|make my ?self bleed)\b",
    # "keep my blades in my pencil case, used them again today"
    r"\b(?:blades?|razors?)\b(?: \S+){0,8}? used (?:them|it|one) (?:again|today|tonight|"
    r"last night)\b",
)
# A cutting or burning of one's own skin, unless it was an accident in the kitchen or bathroom.
WOUNDING = (
    words("slice", "sliced", "slicing", "slash", "slashed", "slashing", "carve", "carved",
          "gouge", "gouged", "gouging", "claw", "clawed", "clawing", "tear", "tore", "tearing",
          "rip", "ripped", "ripping",
          "carving", "stab", "stabbed", "stabbing", "cut", "cuts", "cutting", "burn", "burned",
          "burnt", "burning", "scratch", "scratched", "scratching")
    + NEAR + BODY + r"(?! (?:on|against) (?:a|an|the|some)\b)",
)
# How a wound to oneself happened by mishap ("cut myself shaving", "burnt myself on the iron").
_MISHAPS = (
    "accident", "accidentally", "by accident", "by mistake", "shaving", "cooking", "chopping",
    "slicing", "opening (?:a|the) (?:tin|can|parcel|box)", "oven", "iron", "ironing",
    "straighteners", "curling iron", "kettle", "stove", "hob", "kitchen", "paper", "gardening",
    "brambles?", "thorns?", "the cat", "my cat", "the dog", "my dog", "stapler", "broken glass",
    "washing up", "hammer", "frying", "hot oil", "the pan", "bitten", "bites?", "mozzie",
    "mosquito", "itch", "itchy", "eczema", "rash", "diy", "knife skills", "cooking class",
    "culinary",
)
MISHAP = words(*_MISHAPS)
# ...and the wider context a wound to a part of the body gives way to (a sport, the sun, "on
# the"): too wide for "cut myself", where "on the arm" tells no mishap.
ACCIDENT = words(
    *_MISHAPS, "sunburn", "sunburnt", "sun", "tan", "gym", "workout", "fell (?:over|off|down)",
    "slipped", "tattoo", "surgery", "doctor", "vet", "climbing", "fence", "garden", "playing",
    "football", "rugby", "cat", "dog", "moving", "boxes", "over a", "on a", "on the",
)
NOT_MISHAP = words(
    "not (?:by )?(?:an? )?(?:accident|mistake)", "on purpose", "deliberately",
    # done when a feeling comes, or to cope with it: never a mishap
    "when i (?:fel|feel|get|am feling|am feeling|am) (?:like (?:a |such a )?|so |realy |really )?"
    "(?:failure|worthless|useless|sad|angry|upset|low|bad|overwhelmed|stresed|stressed|numb|"
    "anxious|empty|nothing|rejected|ashamed|guilty)",
    "to (?:fel|feel|cope|calm down|punish)",
)
# A plan with its parts named ("got it all planned, the where and the when"), a day that is
# the day, or its means got ready ("bought the stuff i need, it's in the car").
PLANS = (
    r"\b(?:done|did|doing) (?:some )?(?:things|something|stuff) to prepare\b",
    r"\b(?:found|know|worked out|figured out) (?:a|the) (?:way|method) to do it\b",
    r"\bdo it (?:that|which|so it) (?:wil not|does not|wont|do not) hurt\b",
    r"\bpicked (?:out )?(?:a|the) (?:bridge|building|spot|place|cliff|tree|day|date)\b"
    r"(?! (?:for (?:my|the|our|a|his|her) (?:\w+ )?(?:leaving|farewel|wedding|party|interview|"
    r"move|birthday|holiday|trip|start|first|exam|graduation|launch|do)|to (?:start|move|fly|"
    r"travel|leave for|meet|visit))\b)",
    r"\b(?:can not|do not) see my ?self (?:alive|here|around|living|making it) (?:next|by|in|at|"
    r"past|until|to)\b",
    r"\b(?:an? )?(?:active|real|proper|concrete|detailed|specific) plan\b(?! (?:for (?:the|my|"
    r"getting|finding|job|applying|work|career)|to (?!die|kill|end)|of)\b)",
    r"\b(?:thought about|worked out|picked|chosen|decided on|know|researched|settled on) "
    r"(?:the |a |my )?(?:method|means)\b(?! (?:for|of|to|in)\b)",
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow) is the "
    r"(?:day|night)\b(?! (?:of|for|i|we|when|before|after|my)\b)(?!(?: \S+){0,4} (?:party|"
    r"concert|gig|show|match|game|premiere|launch|gala|dinner|date|interview|wedding|finale|"
    r"ceremony|celebration|do|drinks|fight|final)\b)",
    r"\b(?:plan|plans|decision)\b(?! for (?:the|this|next|my) (?:week|day|month|year|job|career|"
    r"interview))(?: \S+){0,8}? (?:go through with it|going through with it|"
    r"follow through)\b",
    r"\b(?:highest|tallest|top)\b(?: \S+){0,10}? without (?:anyone|anybody|someone|people) "
    r"(?:stopping|seeing) me\b",
    r"\b(?:bought|got|have|sorted) (?:the |all the )?(?:stuff|things|everything|what) i need\b"
    r"(?= \.|$| it is| its| now| in (?:the|my)| and (?:hid|hidden|put|kept))",
    r"\b(?:got|picked up|bought|have) the last (?:thing|bit|item|piece) i (?:needed|need)\b"
    r"(?! for)",
    r"\b(?:paid for|booked|arranged|organised|organized|sorted|planned) my (?:own )?(?:funeral|"
    r"cremation|burial)\b",
    r"\bmy (?:last|final) good ?byes\b",
    r"\b(?:making|made|make|making al the|sorted|sorting) (?:\w+ )?arangements\b(?: \S+){0,6}? "
    r"(?:my passing|when i am gone|after i am gone|after i go|my death)\b",
    r"\b(?:posted|sent|wrote|left|texted)\b(?: \S+){0,3}? (?:farewel|good ?bye)\b(?: \S+){0,6}? "
    r"(?:no ?one|nobody|nobodys|no body|no ones) (?:has |is |had )?(?:sen|heard from|reached|"
    r"can reach|can find) "
    r"(?:him|her|them)\b",
    r"\b(?:no ?one|nobody|no body) (?:wil|would|can|could) (?:find|reach|stop) me\b(?: \S+){0,2}? "
    r"in time\b",
    r"\bschedul\w* (?:an? |the |my )?(?:email|message|text|post|letter|tweet)s?\b(?: \S+){0,8}? "
    r"(?:explaining (?:everything|why)|for after i am gone|saying good ?bye)\b",
    r"\b(?:letters?|notes?|journals?|notebooks?|diaries|diary|things|stuff|belongings|passwords|"
    r"keys|documents|papers|photos|jewelery|jewelry|badge)\b(?: \S+){0,8}? for after(?= \.|$)",
    r"\bby (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|"
    r"the weekend|next week) (?:it|everything) (?:wil|il|is going to) (?:al )?be over\b"
    r"(?!(?: \S+){0,4} (?:applications?|interviews?|deadline|exams?|close|closes|results?)\b)",
    r"\b(?:a|the|my) plan and (?:a|the|my) (?:method|date|place|time|way)\b(?!(?: \S+){0,6} "
    r"(?:course|clas|interview|start|starts|job|exam|wedding|move|training|shift)\b)",
    r"\b(?:the (?:pills|rope|gun|tablets|meds|stuff)|everything) and the (?:date|day|time|place|"
    r"spot) (?:are |is )?(?:sorted|set|picked|chosen|ready|planned)\b",
    words("planned", "planed", "worked out", "sorted", "decided", "know", "picked")
    + r"(?: \S+){0,6}? the (?:where|when|how) and the (?:where|when|how)\b",
)
EXITS = (
    EXIT + NEAR + FOR_GOOD,
    FOR_GOOD + r" " + EXIT,
)
# Slang read as plainly as a wish: "rope time", "catching the bus tonight, iykyk".
SLANG = (
    r"\brope (?:time|o ?clock|szn|season)\b",
    r"\b(?:do|doing|did|done) my ?self in\b",
    r"\b(?:catch|take|get)\w* (?:the|a) (?:last |next )?(?:bus|train)\b(?= (?:\S+ ){0,4}?"
    r"(?:iykyk|if you know|you know what i mean|if you get me|if you catch my drift|not the real "
    r"one|wink|i do not mean|and not (?:home|to work)))",
    r"\ban hero\b|\btoaster bath\b",
    r"\b(?:to|gonna|going to|wanna|want to|will|might|should|just|time to|ready to) rope\b"
    r"(?! (?:in|into|someone|them|him|her|people|my|the|a|off|it|access|work|swing|course|"
    r"climbing|skipping|bridge|ladder|team)\b)",
    r"\bjoin (?:my )?(?:late )?\w+ (?:upstairs|up there|above|in the sky)\b",
    r"\bgame over\b(?: \S+){0,3}? (?:permanently|for good|forever)\b",
    r"\b(?:thinking|think|thought|thoughts) (?:about|of) the (?:s ?word|sword)(?= \.|$| again)",
)
# Acting now: a weapon in hand, a death within the hour, a goodbye with thanks, a dose unknown.
ACTS = (
    # "gun's in my hand. safety's off."
    r"\b(?:gun|pistol|rifle|shotgun|knife|blade|razor|noose)s? (?:is )?in my (?:hand|lap|mouth)\b",
    words("holding", "hold", "gripping", "clutching", "got", "have", "sitting with")
    + r" (?:\S+ ){0,3}?" + _WEAPON + r"(?: \S+){0,4}? (?:right now|now|loaded|cocked|safety "
    r"(?:is )?off|in my hand|in my lap)\b",
    r"\b(?:not be (?:here|around|alive)|be (?:gone|dead))(?: \w+){0,2}? (?:within|in) (?:the|an|"
    r"a few|\d+|one|two|half an) (?:hours?|minutes?|mins?)\b(?!(?: \w+){0,4} (?:interview|"
    r"meeting|work|shift|train|flight|appointment|gym|office|heading|off to|out)\b)",
    r"\b(?:good ?)?bye\b(?: \S+){0,3}? thank\w* (?:you )?for (?:trying|everything you "
    r"(?:tried|did)|all you (?:tried|did)|putting up with me)\b",
    r"\bthank\w* (?:you )?for (?:trying|everything)(?: \.)? good ?bye\b",
    r"\b(?:good ?)?bye (?:all|everyone|everybody|world)(?: \.)? (?:it has been|its been) "
    r"(?:shit|hell|rubbish|crap|awful)\b",
    r"\bgarage\b(?: \S+){0,4}? (?:car|engine) (?:is )?running\b",
    r"\bi am (?:cutting|burning|hurting) (?:my ?self |again )?(?:right now|now|tonight)\b",
    r"\bbath\b(?: \S+){0,5}? (?:have|got|with|holding) (?:the|a|my) (?:razor|blade|knife)s?\b",
    r"\b(?:standing|sitting|sat|stood|climbed) (?:on|onto|over) (?:the|a|his|her|my) (?:balcony |"
    r"window |roof |bridge )?(?:ledge|railing|parapet)\b",
    r"\b(?:tied|tie|tying|attached|hung|hanging) (?:the |a |my )?(?:belt|rope|cord|cable|scarf|"
    r"sheet) (?:to|around|round|on|from) (?:the|a|my) (?:door|handle|banister|beam|hook|rail|"
    r"wardrobe|tree|branch|loft hatch)\b(?!(?: \S+){0,4} (?:swing|hammock|tent|boat|washing|"
    r"dog|lead))",
    r"\b(?:what|whatever) i (?:took|swallowed|had)\b(?: \S+){0,4}? (?:a lot|too much|too many|"
    r"loads|all of)\b",
    r"\btonight is the night(?: \.)? (?:sorry|good ?bye|bye|this is it)\b",
    r"\b(?:i am|standing|sitting|sat|stood) on (?:the|a) (?:overpass|bridge|roof|rooftop|ledge|"
    r"parapet|footbridge|viaduct|flyover)\b(?: \S+){0,6}? below\b",
    r"\b(?:said|says|told me|texted|messaged) (?:that )?(?:she|he|they) (?:took|has taken|had "
    r"taken|swallowed) (?:tablets|pills|a lot of|too many|al (?:her|his|their))\b",
    r"\babout to (?:\w+ ){0,2}?(?:step|walk|jump|throw my ?self|drive|lie down) (?:out )?"
    r"(?:in front of|off|into|under|onto)\b",
    r"\b(?:rope|noose|belt)(?: \w+){0,2}? (?:is |are )?(?:ready|set up|prepared)\b",
    r"\bblood (?:everywhere|all over|(?:will not|wont|does not|is not) stop\w*)\b",
    r"\b(?:standing|sitting|sat|stood|lying|lay|parked|stopped|i am|am) (?:on|at|in) (?:the|a) "
    r"(?:railway line|"
    r"railway|train line|rail line|tracks|train tracks|level crossing)\b",
    r"\b(?:taken|took|had|done) an (?:overdose|od)\b",
    r"\b(?:did|done) something (?:stupid|silly|dumb)\b(?: \S+){0,2}? with (?:my|the|some|her|his) "
    r"(?:\w+ )?(?:pills|tablets|insulin|meds|medication|pen|razor|blade|knife)\b",
    r"\bstanding on a (?:chair|stol|stool|ladder)\b(?: \S+){0,8}? (?:cord|rope|belt|cable|noose)\b",
    r"\binjected (?:al|all|the rest of|every unit of|a whole \w+ of) (?:my|the|his|her) "
    r"(?:insulin|\w+ ?pens?|meds|medication)\b",
    r"\b(?:just|have|got|i) loaded (?:my|the|a|his|her|dads?|my dads?|my \w+s) (?:gun|revolver|"
    r"pistol|handgun|rifle|shotgun)\b(?!(?: \S+){0,6} (?:range|hunting|hunt|deer|clay|target|"
    r"season|club|lesson|safe)\b)",
    r"\blocked my ?self in (?:the|my) \w+ with (?:a|the|my) (?:knife|blade|razor|pills|rope|gun|"
    r"tablets|belt)\b",
    r"\b(?:this is|these are) (?:the|my) last (?:thing|words?|message|post|text)s? (?:i wil|il|"
    r"i am going to|i wil ever|il ever) (?:write|say|post|send)\b",
    r"\b(?:pills|tablets|they|it) (?:are |is )?(?:starting to|beginning to|finally) "
    r"(?:work|kick in)\b(?: \S+){0,5}? (?:sleepy|drowsy|dizzy|numb|heavy|fading)\b",
    r"\bwaiting (?:\w+ ){0,4}?(?:train|lorry|truck) (?:\w+ ){0,2}?(?:to come through|to pass|"
    r"to go past|to come past)\b(?!(?: \S+){0,6} (?:photo|picture|spoting|spotting|spotter|"
    r"video|shot)\b)",
)
