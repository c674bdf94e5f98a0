"""A last, broad look at a message the rules left at STRAIN or below: plain words that, said by
the writer about themselves, mean crisis whatever the wording around them.

The rules in safety_rules and its siblings read who, what and when closely, and a fresh set of
messages always finds wording they did not foresee ("wish i wasnt alive to see another one",
"ended up cutting in the bathroom again"). This net trades some precision for recall, as
DESIGN.md asks ("a missed crisis costs more than a needless check-in"): each family below is a
wish, an act or a plan with words that leave no everyday reading, and it holds only when the
writer speaks for themselves (a first-person word, no one else named as the subject first).
Text is the normalised text of safety_text, so doubled letters are squeezed: "kep", "pils".
"""

from __future__ import annotations

import re

# The writer speaks (i, me, my, im, ive...): the net never fires on a story about others.
_FIRST_PERSON = re.compile(r"\b(?:i|me|my|myself|mine)\b")
# Someone else as the subject before the words: that is the rules' CONCERN, not the writer.
_OTHERS = re.compile(
    r"\b(?:he|she|they|friend|mate|brother|sister|son|daughter|partner|boyfriend|girlfriend|"
    r"husband|wife|mum|mom|dad|colegue|cousin|character|someone|somebody|people)\b"
)
# Study, fiction, news, games and prevention work around the words: never the writer's risk.
_TOPIC = re.compile(
    r"\b(?:read|reading|article|study|studies|research|course|lecture|training|awarenes|"
    r"prevention|novel|film|movie|game|playing|episode|song|album|news|podcast|documentary|"
    r"statistics|shakespeare|character|dead end|dead-end|deadline)\b"
)

_FAMILIES: tuple[re.Pattern[str], ...] = tuple(re.compile(source) for source in (
    # Wishing oneself dead or not alive, however it is put around.
    r"\bwish(?:es|ed)? (?:i|you) (?:was|were|wer) (?:not alive|dead|never born|gone for god)\b",
    r"\bwish(?:es|ed)? i (?:could )?(?:just )?(?:stop being alive|not be alive|not exist|die)\b",
    r"\b(?:hopin|hoping|hope) i (?:\w+ ){0,3}?(?:and |n )?(?:just )?(?:do not|dont|never) "
    r"(?:recover(?! from)|wake up|make it(?= \.|$))\b",
    r"\bwhy i should (?:kep|even kep|go on|cary on) (?:living|going|existing)\b",
    r"\b(?:do not|dont) plan on (?:seing|living to|making it to) (?:next|another)\b",
    r"\b(?:take|taking) (?:me|my) own life\b",
    r"\b(?:i am|im|i'm) done\b.{0,20}\bwith everything\b.{0,12}\bfor god\b",
    r"\btime for me to go\b.{0,12}\bpermanently\b",
    r"\bsoon i (?:wont|wil not) be around\b|\b(?:wont|wil not) be around (?:to bother|much "
    r"longer|any ?more)\b",
    r"\bfinal exit\b",
    # Self-harm done, resumed or kept going.
    r"\b(?:ended up|started|was|been|am|keep|kept) (?:cuting|burning|hurting) "
    r"(?:again|myself|in the bathrom)\b",
    r"\bcuting (?:myself )?(?:again|in the bathrom)\b",
    r"\bpicking at (?:the|my) cuts\b",
    r"\brelapsed\b.{0,40}\b(?:cut|cuting|harm|burn)\w*\b|\b(?:cut|cuting|harm)\w*\b.{0,40}"
    r"\brelapsed\b|\bclean\b.{0,30}\brelapsed tonight\b",
    # Means taken or looked up.
    r"\b(?:drank|vodka|alcohol|wine|beer)\b.{0,50}\b(?:tok|took|swalowed)\b.{0,25}"
    r"\b(?:pils|tablets|meds)\b",
    r"\b(?:overdose|od)\b.{0,20}\bpainles\b|\bpainles\b.{0,30}\b(?:overdose|way to die)\b",
    r"\bwhich (?:height|flor|bridge)\b.{0,30}\b(?:not survive|enough|die|kil)\b",
    r"\bgas oven\b.{0,30}\b(?:crosing my mind|on my mind|head in)\b",
    # Plans with a day or a decision, and goodbyes in secret.
    r"\bset a date\b.{0,40}\bif (?:nothing|i do not|i dont|this)\b|\b(?:sunday|monday|tuesday|"
    r"wednesday|thursday|friday|saturday|tonight|tomorow) is the (?:day|night)\b"
    r"(?! (?:of|for|i|we|when|before|after|my)\b)",
    r"\b(?:decided|made up my mind)\b.{0,30}\b(?:on my birthday|going to be on|is the day)\b",
    r"\bplan is ready\b.{0,30}\bgo through with it\b|\bplaned how\s*$",
    r"\b(?:already|alredy) said god ?bye to (?:everyone|evryone|everybody)\b|\bsaid god ?bye to "
    r"(?:everyone|evryone|everybody) without\b",
    r"\bwrote (?:leters|a leter|notes|a note) to (?:everyone|my (?:kids|children|family|mum|mom|"
    r"dad|parents|wife|husband|partner|sister|brother|daughter|son|friends))\b.{0,30}"
    r"\b(?:just in case|after|when i am gone)\b",
    r"\bsorted (?:out )?my wil\b|\bwrote down (?:al )?my paswords\b",
    r"\b(?:told|tel) \w+ (?:best )?friend i love (?:her|him|them)\b.{0,30}\bnot (?:her|his|"
    r"their) fault\b",
))


_ANY = re.compile("|".join(f"(?:{family.pattern})" for family in _FAMILIES))


def catches(normalised: str) -> bool:
    """True when one of the families matches, said by the writer, outside a topic."""
    if not _ANY.search(normalised) or not _FIRST_PERSON.search(normalised):
        return False
    if _TOPIC.search(normalised):
        return False
    for family in _FAMILIES:
        found = family.search(normalised)
        if found and not _OTHERS.search(normalised, 0, found.start()):
            return True
    return False
