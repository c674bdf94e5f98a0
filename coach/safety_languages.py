"""The plainest crisis and strain phrases in the languages our people mix into English.

People who live in English often say the hardest thing in their first language ("quiero
morirme", "mujhe marna hai"), and sets written in their voices (Spanglish, Hinglish, later
Taglish) found every such line missed. These are the direct phrases only: a wish to die, to
kill oneself, to not live, to cut oneself; and hopelessness, worthlessness and being alone
as strain. Written as the text reads after `safety_text.normalise` (lower case, accents
gone); no subject is read, so they count as the writer's own. A denial in the same language
("no quiero morir") is a gentle check-in, as in English.
"""

from __future__ import annotations

#: A wish to die or to kill oneself, and a plan or means said with it.
CRISIS = (
    # Spanish
    r"\b(?<!no )(?:me )?quiero (?:morir|morirme|matarme|suicidarme|desaparecer para siempre)\b",
    r"\b(?:matarme|suicidarme|quitarme la vida|me quiero quitar la vida)\b",
    r"\bno quiero (?:vivir|seguir viviendo|despertar)\b",
    r"\b(?:quiere|va a|piensa en|hablando de) (?:matarse|suicidarse|quitarse la vida)\b",
    r"\bse (?:quiere|va a|piensa|esta pensando en) (?:matar|suicidar|quitar la vida)\b",
    r"\b(?:quiero|voy a|ganas de|volvi a|otra vez a) (?:cortarme|hacerme dano|lastimarme)\b",
    # Portuguese
    r"\b(?<!nao )quero (?:morrer|me matar|sumir para sempre)\b",
    r"\b(?:me matar|tirar (?:a )?minha (?:propria )?vida|me suicidar)\b",
    r"\bnao quero (?:mais )?viver\b",
    # Hindi and Urdu, in Latin letters
    r"\b(?:mujhe|mereko|mujhko|main|mai) (?:\w+ )?(?:marna|mar jana|mar jaana|mar jaun|mar jaunga|"
    r"mar jaungi) (?:hai|chahta|chahti|chahiye)?",
    r"\bmar (?:jana|jaana) (?:hi )?(?:beter|better|theek|thik|acha|achha)\b",
    r"\b(?:jeene|jine|jeena|jina) (?:ka|ki) (?:kya |koi )?(?:fayda|faayda|faida|matlab|wajah)\b",
    r"\b(?:khudkushi|aatmahatya|atmahatya|suicide kar(?:na|lunga|lungi|ne))\b",
    r"\bjaan de (?:dun|dunga|dungi|doon)\b",
    r"\b(?:khud|apne aap) ko (?:maar|mar|khatam kar) (?:dunga|dungi|lunga|lungi|dalunga|"
    r"daalunga|dalungi|daalungi|dena|lena|dalna|daalna)\b",
    r"\b(?:apni|meri) jaan (?:le|de) (?:lunga|lungi|dunga|dungi|doon|dun|lu|loon)\b",
    # Tagalog and Taglish: "magpapakamatay na ako", "gusto ko nang mamatay"
    r"\b(?:magpapakamatay|magpakamatay|pagpapakamatay)\b",
    r"\bgusto ko (?:na |nang |ng )?(?:mamatay|mawala na)\b|\bsana (?:mamatay|mawala) na ako\b",
    r"\b(?:ayoko|ayaw ko) (?:na |nang |ng )?(?:mabuhay|gumising)\b",
    # French
    r"\b(?<!ne )(?:je )?veux mourir\b|\b(?:me tuer|me suicider|en finir avec la vie)\b",
    # German
    r"\bich (?:will|mochte) (?:sterben|nicht mehr leben)\b|\bmich umbringen\b",
)

#: Hopelessness, worthlessness and being alone.
STRAIN = (
    # Spanish
    r"\bno puedo mas\b", r"\bno quiero morir\b", r"\bsoy un (?:fracaso|inutil|estorbo)\b",
    r"\bestoy (?:solo|sola)\b",
    r"\bnadie me (?:entiende|quiere|necesita)\b", r"\bno (?:sirvo|valgo) (?:para )?nada\b",
    # Portuguese
    r"\bnao aguento mais\b", r"\bsou um (?:fracasso|inutil)\b",
    # Hindi and Urdu, in Latin letters
    r"\b(?:hope|umeed|ummeed) nahi\b", r"\bkisi kaam ka nahi\b", r"\bkya (?:fayda|faayda|faida)\b",
    r"\bkoi (?:fayda|faayda|faida) nahi\b", r"\b(?:main|mai) (?:akela|akeli) (?:hoon|hu|hun)\b",
    # Tagalog and Taglish
    r"\bwala (?:na )?(?:akong|ako ng|nang) pag ?asa\b", r"\bwala akong silbi\b",
    r"\bpagod na (?:pagod na )?ako\b", r"\bwala (?:na )?(?:ng |nang )?saysay\b",
    # French and German
    r"\bje (?:suis|me sens) (?:nul|nulle|seul|seule|inutile)\b", r"\bich bin (?:wertlos|allein)\b",
)
