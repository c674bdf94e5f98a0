"""Turn a message into the plain, lower-case word stream the safety rules read.

Normalising once, up front, is what lets the rules stay few and readable: case, Unicode width,
accents, invisible characters, apostrophes, contractions, texting spellings, cheap leetspeak and
stretched letters ("killll") all collapse to one spelling before any rule looks. Two things are
kept on purpose: sentence ends become a " . " token (the rules decide who is speaking, and whether
a thought is denied or in the past, within one clause), and titles of films, books, songs and
games named after "watched / reading / listening to / playing" are replaced by the word `title`,
so "watched Suicide Squad" is about a film and not about the writer.

Every run of one repeated letter is squeezed to one letter, in the text and in the patterns
(`squeeze` is applied to both): "kill", "kil" and "killll" all read "kil".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from coach.safety_gate import shared_prefixes


def squeeze(text: str) -> str:
    """Squeeze every run of one letter to a single letter (an escaped letter in a regex is kept)."""
    return re.sub(r"(?<!\\)([a-z])\1+", r"\1", text)


_CUE = (
    r"\b(?:[Ww]atch(?:ed|ing|es)?|[Rr]e-?watch(?:ed|ing)?|[Rr]ead(?:ing|s)?|[Rr]eread(?:ing)?|"
    r"[Ll]isten(?:ed|ing|s)? to|[Pp]lay(?:ed|ing|s)?|[Ff]inished|[Ss]tarted|[Ss]aw|[Ss]een|"
    r"[Ll]ove[ds]?|[Rr]ecommend(?:ed)?|[Cc]alled|[Tt]itled|[Nn]amed|"
    r"(?:[Tt]he|[Aa]) (?:movie|film|book|novel|song|album|show|series|game|podcast|documentary|"
    r"play|poem|track|episode|anime|manga|comic|musical|single|record|video))"
)
_KIND = r"(?:\s+(?:the\s+)?(?:movie|film|book|novel|song|album|show|series|game|podcast|play))?"
_QUOTED = r"\"[^\"\n]{1,80}\"|“[^”\n]{1,80}”|«[^»\n]{1,80}»|'[^'\n]{1,80}'|‘[^’\n]{1,80}’"
_SMALL = r"(?:of|the|a|an|to|in|on|and|with|me|my|i|is|it|for|from|by|at|or|you|your|&)"
_CAPITALISED = r"[A-Z0-9][\w'’]*"
_CAPS = rf"{_CAPITALISED}(?:,?\s+(?:{_SMALL}\s+)*{_CAPITALISED})*"
# A cheap test before the title regex: every cue contains one of these.
_CUE_STEMS = (
    "watch", "read", "listen", "play", "finished", "started", "saw", "seen", "love", "recommend",
    "called", "titled", "named", "movie", "film", "book", "novel", "song", "album", "show",
    "series", "game", "podcast", "documentar", "poem", "track", "episode", "anime", "manga",
    "comic", "musical", "single", "record", "video",
)
# Every cue starts a word: searching for a non-letter before a stem lets the regex engine skip
# the letters inside words.
_HAS_CUE = re.compile(f"[^a-z]{shared_prefixes('(?:' + '|'.join(_CUE_STEMS) + ')')}").search
_TITLE = re.compile(rf"({_CUE}{_KIND}\s+)(?:{_QUOTED}|{_CAPS})")

# Emoji that carry a word people type them for ("i want to be 💀", "💊💊 tonight").
_EMOJI = str.maketrans(
    {"💀": " dead ", "☠": " dead ", "⚰": " coffin ", "🔪": " knife ", "🗡": " knife ",
     "🔫": " gun ", "💊": " pills ", "🪢": " rope ", "🩸": " blood ", "🌉": " bridge ",
     ">": " over "}  # "⚰️ > another round": read only beside emoji, as ascii text skips this
)
_APOSTROPHES = re.compile(r"['’‘`´ʼʻ′]")
# "he'll" and "she'll" would squeeze to "hel" and "shel", as "hell" and "shell" do: spelled out
# while the apostrophe still tells them apart ("my partner is on the balcony saying he'll jump").
_WILL = re.compile(r"\b(he|she)['’]ll\b")
_JOINERS = re.compile(r"(?<=[a-z0-9])[*_-](?=[a-z0-9])")  # "s*icide", "self-harm", "co-worker"
_FORMER = re.compile(r"\bex-(?=[a-z])")  # "ex-paramedic": a paramedic once, not "exparamedic"
_CLAUSE_ENDS = re.compile(r"[.!?;:\n…]+")
_ELLIPSIS = re.compile(r"(?<=[a-z])(?:\.{2,}|…)(?=[a-z])")  # "kill...my...self": one phrase
_LEET = str.maketrans("013457@$", "oieastas")
_HAS_LEET = re.compile(r"[0-9@$]")
_LEETABLE = re.compile(r"[a-z@$]*[0-9@$][a-z0-9@$]*")  # only tokens with a digit, @ or $
# A number with its unit or ending is a number, not leetspeak: "the 1850s", "3pm", "50mg", "2nd".
_NUMBER = re.compile(r"[0-9]+(?:s|st|nd|rd|th|am|pm|k|m|h|hrs?|x|mg|ml|g|kg|mins?|yo|yrs?|ish)")
_NOT_WORD = re.compile(r"[^a-z0-9.]+")
_REPEATS = re.compile(r"([a-z])\1+")
# fmt: off
_WORDS = {
    squeeze(spelling): squeeze(meaning)
    for spelling, meaning in {
        "im": "i am", "iam": "i am", "ive": "i have", "id": "i would", "dont": "do not",
        "doesnt": "does not", "didnt": "did not", "cant": "can not", "cannot": "can not",
        "wont": "will not", "isnt": "is not", "aint": "is not", "wasnt": "was not",
        "werent": "were not", "hadnt": "had not", "havent": "have not", "hasnt": "has not",
        "wouldnt": "would not", "shouldnt": "should not", "couldnt": "could not",
        "whats": "what is", "wanna": "want to", "wana": "want to", "wnat": "want",
        "gonna": "going to", "gona": "going to", "finna": "going to", "imma": "i am going to",
        "ima": "i am going to", "tryna": "trying to", "gotta": "got to", "2": "to",
        "u": "you", "ur": "your", "r": "are", "b": "be", "n": "and", "abt": "about",
        "bc": "because", "cuz": "because", "ppl": "people", "rn": "right now",
        "noone": "no one", "nobody": "no one", "ded": "dead", "tonite": "tonight",
        "tn": "tonight", "2nite": "tonight", "myslef": "myself", "mysef": "myself",
        "mself": "myself", "meself": "myself", "goodbye": "good bye", "goodbyes": "good byes",
        "shes": "she is", "hes": "he is", "theyre": "they are", "youre": "you are",
        "thats": "that is", "kil": "kill", "suicde": "suicide", "but": ". but",
        "nevr": "never", "nver": "never", "nite": "night",
        "frend": "friend", "youll": "you will", "itll": "it will", "theyll": "they will",
        "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow", "kno": "know",
        "freind": "friend", "doin": "doing", "goin": "going", "bout": "about", "msg": "message",
        "txt": "text", "oding": "overdosing", "oded": "overdosed",
        "tonights": "tonight is", "hav": "have", "shant": "shall not",
        # Jamaican patois: "mi waan dead, mi cyaan tek it nuh more"
        "mi": "i", "waan": "want", "cyaan": "can not", "tek": "take", "nuh": "no",
    }.items()
}
# fmt: on


def _unleet(match: re.Match[str]) -> str:
    token = match.group()
    if _NUMBER.fullmatch(token) or not any(c.isalpha() for c in token):
        return token
    return token.translate(_LEET)


def _keep(char: str) -> bool:
    """Accents and invisible format characters (zero-width spaces) go."""
    return not unicodedata.combining(char) and unicodedata.category(char) != "Cf"


def mask_titles(text: str) -> str:
    """Replace a title named after a cue ("watched Suicide Squad") by the word `title`."""
    if not _HAS_CUE(" " + text.lower()):
        return text
    return _TITLE.sub(r"\1 title ", text)


def normalise(text: str) -> str:
    """The message as lower-case words and " . " clause marks, spelled one way."""
    if text.isascii():  # the common case: no width, accents, emoji or curly quotes to undo
        text = mask_titles(text).lower()
    else:
        text = mask_titles(unicodedata.normalize("NFKC", text)).translate(_EMOJI)
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if _keep(c)).casefold()
    if "-" in text or "*" in text or "_" in text:
        text = _JOINERS.sub("", _FORMER.sub("ex ", text))
    if "ll" in text:
        text = _WILL.sub(r"\1 will", text)
    text = _APOSTROPHES.sub("", text)
    if ".." in text or "…" in text:
        text = _ELLIPSIS.sub(" ", text)
    text = _CLAUSE_ENDS.sub(" . ", text)
    if _HAS_LEET.search(text):
        text = _LEETABLE.sub(_unleet, text)
    return " ".join([_spell(word) for word in _NOT_WORD.sub(" ", text).split()])


# Words ending in "in" that are not a dropped "g" ("jumpin", "thinkin"): medicines and others.
_IN_WORDS = frozenset(
    squeeze(word)
    for word in (
        "within", "begin", "virgin", "insulin", "aspirin", "heparin", "warfarin", "metformin",
        "melatonin",
        "penicillin", "amoxicillin", "gabapentin", "vitamin", "coffin", "cabin", "cousin",
        "margin", "origin", "basin", "robin", "muffin", "pumpkin", "napkin", "linkedin", "login",
        "admin", "plugin", "checkin", "bulletin", "violin", "dolphin", "goblin", "toxin", "satin",
        "latin", "martin", "kevin", "austin", "dublin", "berlin", "benjamin", "cumin", "resin",
        "raisin", "assassin", "javelin", "mandolin", "serotonin", "adrenalin", "dentin", "ketamin",
        "tamin", "sequin", "muslin", "gremlin", "kremlin", "franklin", "darwin", "erin", "colin",
    )
)
_DROPPED_G = re.compile(r"[a-z]{2,}[^aeiou]in")
# Everyday words that squeezing would turn into a word of danger, spelled out of its way
# first: "my nose is running" read "noose", and "that's odd" or "odd jobs" read "od" (an
# overdose), both a crisis.
_BEFORE_SQUEEZING = {
    "nose": "snout", "noses": "snouts", "odd": "strange", "oddly": "strangely",
}


@lru_cache(maxsize=65536)
def _spell(word: str) -> str:
    """One word squeezed and spelled out ("killll" -> "kil", "im" -> "i am", "jumpin" ->
    "jumping"); words repeat a lot."""
    word = _REPEATS.sub(r"\1", _BEFORE_SQUEEZING.get(word, word))
    if word not in _WORDS and _DROPPED_G.fullmatch(word) and word not in _IN_WORDS:
        return word + "g"
    return _WORDS.get(word, word)
