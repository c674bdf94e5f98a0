"""The crisis check: what it must catch, what it must leave alone, and the lines it points to."""

from __future__ import annotations

from pathlib import Path

import pytest

from coach.conversation.commands import COMMANDS
from coach.safety import Risk, classify
from coach.safety_assess import _RULES
from coach.safety_gate import required_words
from coach.safety_text import normalise
from coach.words import choices

CRISIS_LANGUAGE = [
    "suicidel thoughts",
    "i want to dye",
    "i cant take living anymore",
    "there is no reason for me to be alive",
    "I want my life to be over",
    "i want to go to sleep forever",
    "Everyone would be happier if I was gone",
    "I keep thinking I should just die",
    "i bought a rope",
    "I dont see the point in living anymore",
    "I want to stop living",
    "Im better off not existing",
    "honestly what is the point of me",
    "I want to be gone",
    "thinking about ending it",
    "I've been thinking about ending things",
    "no point living",
    "i might as well die",
    "I just want to not wake up tomorrow",
    # Said outright.
    "I want to kill myself",
    "i want to kill my self",
    "i wanna kill myself",
    "i might as well kill myself",
    "kill myself lol this job market",
    "i wanna kms",
    "kms",
    "honestly kms",
    "i should kys",
    "im gonna kys",
    "thinking about suicide",
    "suicide",
    "I'm suicidal",
    "feeling sucidal",
    "suicde",
    "having suicidal thoughts again",
    "i wanna unalive myself",
    # Wanting to die or to be dead.
    "I want to die",
    "i wanna die",
    "i just want to die",
    "i wish i could just die",
    "some days i feel like dying",
    "I'd rather be dead than face another rejection",
    "i wish i was dead",
    "i wish i wasnt born",
    "I wish I had never been born",
    "I have a plan to die",
    "want to sleep and never wake up",
    "i dont want to wake up tomorrow",
    "I don't see a way out, I want to die",
    # Not wanting to live, exist or go on.
    "I don't want to live anymore",
    "i dont want to live",
    "dont want to be alive",
    "I don't want to be here anymore",
    "I'm not sure I want to live anymore",
    "i can't go on living",
    "I can't go on",
    "i've lost the will to live",
    "I'm done with life",
    "tired of being alive",
    "im so tired of living",
    # No reason or point to living.
    "no reason to live",
    "I have nothing to live for",
    "what's the point of living",
    "life isn't worth living",
    "life is pointless",
    "no point in going on",
    "why am i even alive",
    # Others better off without them.
    "better off dead",
    "everyone would be better off without me",
    "the world would be better without me",
    "i feel like no one would miss me",
    # Ending it.
    "I want to end it all",
    "im going to end my life",
    "end my life",
    "ending things tonight",
    "I'm going to end it",
    "i'll end it tonight",
    "I'm thinking about taking my own life",
    "take my own life",
    "i want it all to stop forever",
    "I wish I could disappear forever",
    "goodbye forever everyone",
    "this is goodbye",
    "thinking of killing myself",
    "planning to kill myself",
    # Means and self-harm.
    "I want to hurt myself",
    "I cut myself again last night",
    "self harm",
    "self-harm",
    "selfharm",
    "I'm going to overdose",
    "i took a bunch of pills",
    "gonna jump off a bridge",
    "i want to hang myself",
    "I'm going to slit my wrists",
]

# The same phrases, disguised the ways people actually type them.
DISGUISED_CRISIS_LANGUAGE = [
    "I WANT TO KILL MYSELF",
    "i want to killl myself",
    "i wanna dieeeee",
    "i want to die!!!!!!",
    "i want 2 die",
    "i want to k1ll mys3lf",
    "su1c1dal",
    "I want to díe",
    "ｉ ｗａｎｔ ｔｏ ｄｉｅ",
    "i want to k\u200bill myself",
    "I don’t want to live anymore",
    "I don`t want to be alive",
    "i dont want to live",
    "I DONT WANT TO BE ALIVE",
    "kill...my...self",
]

JOB_HUNT_TALK = [
    "I want to dye my hair before the interview",
    "I could sleep forever after that interview marathon",
    "I don't see the point in applying there again",
    "no reason to rush the next application",
    "it would be easier if I was in the same city as the office",
    "I think about dying my hair before the next interview",
    "thinking of ending it with the recruiter politely",
    "there is no point in applying there again",
    "this process is killing me",
    "the interview killed me",
    "I could die of embarrassment",
    "I'm so done with job hunting",
    "I want to give up on applying",
    "I feel hopeless about this search",
    "my career is dead",
    "I'm worthless at interviews",
    "I don't want to live with my parents again",
    "I want to live somewhere with more tech jobs",
    "I need to take care of myself",
    "I want to take my life back after this",
    "I'm dead tired after the onsite",
    "dead serious, they said no",
    "I died a little inside when I read the email",
    "that question was a killer",
    "I'm not sure how to end it, the cover letter I mean",
    "I don't want to go on another interview this week",
    "goodbye for now, talk tomorrow",
    "I have a plan to apply to five companies",
    "the startup died last year",
    "my phone died during the call",
    "I'm hurt they didn't even reply",
    "I want to end the day on a positive note",
    "I jumped at the chance to apply",
    "I'm gonna die on this hill about salary",
    "the team is dead set on someone senior",
    "I tried to end the call politely",
    "they said this is the end of the process for me",
    "I'm tired of waiting for an answer",
    "I got rejected after the final round",
    "I feel numb",
    "the position was cut",
    "I'm sad but okay",
    "thanks, that helped",
]

FIGURES_OF_SPEECH = [
    "I'd kill for a coffee",
    "I killed it in the interview",
    "I'm dying to hear back",
    "I nailed the final round",
    "the company's hiring freeze killed the role",
    "my hopes died",
    "dead end job",
    "the deadline is Friday",
    "the recruiter ghosted me",
    "kill the process",
    "killer app",
    "execute the plan",
    "shoot me an email",
    "I bombed the interview",
    "I hung up the phone",
    "hang in there",
    "cut my losses",
    "cut the cover letter down",
    "I overdid it",
    "the role was a dead end",
    "this is the end of the road for this application",
    "i'm over it",
    "end of the interview",
    "they ended the call early",
    "I drove 30 kms to the interview",
    "I don't want to live in London",
    "I need to cut myself some slack",
    "I'm proud of myself for applying",
    "I crushed the take-home task",
    "the salary was to die for",
]

HYPERBOLE = [
    "I'm just a burden to everyone",
    "I want to end this job search",  # giving up on the search, as "I give up" is
    "this job hunt is killing me",
    "this process is killing me",
    "the interview killed me",
    "I'm dying here",
    "I can't take this anymore",
    "I can't do this any more",
    "I can't handle another rejection",
    "I'm at my wits end",
    "I'm at the end of my rope",
    "I'm devastated",
    "I feel hopeless",
    "I feel hopeless about this search",
    "I'm heartbroken about this one",
    "I'm completely crushed",
    "I feel like such a failure",
    "I'm worthless at interviews",
    "my career is dead",
    "I'm so done with job hunting",
    "I want to give up on applying",
    "I'm sick of being ghosted",
    "I'm losing my mind with all these rejections",
    "I'm falling apart",
    "I'm dead inside after that email",
    "I hate myself for blowing that interview",
    "what's the point, nobody replies",
    "I'm burned out from applying",
]


@pytest.mark.parametrize("text", CRISIS_LANGUAGE)
def test_crisis_language_gets_crisis_resources(text: str) -> None:
    assert classify(text) in {Risk.CRISIS, Risk.IMMINENT}


@pytest.mark.parametrize("text", DISGUISED_CRISIS_LANGUAGE)
def test_crisis_language_is_caught_through_case_typos_accents_and_leetspeak(text: str) -> None:
    assert classify(text) is Risk.CRISIS


@pytest.mark.parametrize("text", JOB_HUNT_TALK + FIGURES_OF_SPEECH)
def test_ordinary_job_hunt_frustration_gets_no_crisis_resources(text: str) -> None:
    assert not classify(text).needs_resources


@pytest.mark.parametrize("text", FIGURES_OF_SPEECH)
def test_everyday_figures_of_speech_raise_no_flag_at_all(text: str) -> None:
    assert classify(text) is Risk.NONE


@pytest.mark.parametrize("text", HYPERBOLE)
def test_hyperbole_gets_a_gentle_check_in(text: str) -> None:
    assert classify(text) is Risk.STRAIN


@pytest.mark.parametrize(
    "text",
    [
        "I'm not suicidal, just sad",
        "I'm not going to kill myself, don't worry",
        "not that I want to die or anything",
    ],
)
def test_a_denial_gets_a_gentle_check_in_never_silence(text: str) -> None:
    assert classify(text) is Risk.STRAIN


def test_crisis_beats_strain_in_the_same_message() -> None:
    assert classify("I want to die. this job hunt is killing me, I can't take it") is Risk.CRISIS


def test_a_crisis_phrase_deep_inside_a_long_message_is_caught() -> None:
    filler = "The recruiter said they went with someone else and I feel meh. "
    half = (filler * 100)[:4_985]
    text = f"{half}honestly I want to end it all. {half}"
    assert len(text) >= 10_000
    assert classify(text) is Risk.CRISIS


@pytest.mark.parametrize(
    "text",
    ["lorem ipsum dolor sit amet " * 4_000, "kill " * 20_000, "a" * 100_000, "i " * 50_000],
)
def test_a_huge_message_is_classified(text: str) -> None:
    assert classify(text) in set(Risk)


@pytest.mark.parametrize("text", ["", "   ", "\n\t", "😀🎉👍", "🙂‍↕️", "..."])
def test_empty_or_emoji_only_messages_are_no_risk(text: str) -> None:
    assert classify(text) is Risk.NONE


def test_risk_values_are_stable_strings() -> None:
    assert [risk.value for risk in Risk] == ["none", "strain", "concern", "crisis", "imminent"]


def test_risks_are_ordered_so_above_strain_means_crisis_resources() -> None:
    assert Risk.NONE < Risk.STRAIN < Risk.CONCERN < Risk.CRISIS < Risk.IMMINENT
    assert [risk for risk in Risk if risk > Risk.STRAIN] == [
        Risk.CONCERN, Risk.CRISIS, Risk.IMMINENT
    ]
    assert all(risk.needs_resources == (risk > Risk.STRAIN) for risk in Risk)


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        ("my friend said she wants to die", Risk.CONCERN),
        ("worried my son is cutting", Risk.CONCERN),
        ("my friend wants to die and honestly so do i, i want to die", Risk.CRISIS),
        ("my brother took all his pills and i want to kill myself", Risk.CRISIS),
        ("i took all my pills", Risk.IMMINENT),
        ("i want to die tonight", Risk.IMMINENT),
        ("i want to die", Risk.CRISIS),
        ("i used to want to die", Risk.STRAIN),
        ("i used to cut and now i am cutting again", Risk.CRISIS),
        ("i'm not going to hurt myself", Risk.STRAIN),
        ("in the book the main character kills himself", Risk.NONE),
        ("i volunteer at a suicide prevention line", Risk.NONE),
        ("watched Suicide Squad and honestly i want to die", Risk.CRISIS),
        ("I watched Suicide Squad last night", Risk.NONE),
        ("reading 'Kill Your Darlings' on the train", Risk.NONE),
    ],
)
def test_who_when_and_whether_decide_the_level(text: str, risk: Risk) -> None:
    """The writer's own level wins over concern for someone else; acts and "tonight" are
    imminent; past and denied thoughts get a check-in; stories, titles and prevention work
    get nothing."""
    assert classify(text) is risk


def test_the_gate_never_skips_a_rule_that_would_have_matched() -> None:
    """Only rules whose required words are absent are skipped: on every crisis phrasing of the
    corpus, each rule that matches on its own is among the rules the gate runs."""
    corpus = Path(__file__).parent / "safety_corpus" / "crisis"
    lines = [line for path in corpus.glob("*.txt") for line in path.read_text().splitlines()]
    texts = [normalise(line) for line in lines]
    for text in texts:
        gated = {match.re for match in _RULES.finditer(text)}
        for index in range(len(_RULES._rules)):
            pattern = _RULES._pattern(index)
            if pattern.search(text):
                assert pattern in gated, (pattern.pattern[:60], text)


def test_required_words_are_read_from_the_rule_itself() -> None:
    # Either "kill " or one of the reflexives must be there; the longer words narrow it more.
    assert required_words(r"\bkill (?:myself|herself)\b") == frozenset({"myself", "herself"})
    assert required_words(r"\b(?:noose|rope)\b") == frozenset({"noose", "rope"})
    assert required_words(r"\b(?:a|b)?x\b") is None


@pytest.mark.parametrize(
    ("text", "risk"),
    [
        # Someone named as a recipient or an object is not the one at risk: the writer is.
        ("i gave my cat to my sister and wrote everyone a note", Risk.CRISIS),
        ("wrote letters to my mum and sister, the date is set for friday", Risk.CRISIS),
        ("told my friend that i want to kill myself", Risk.CRISIS),
        ("wrote a letter for my dad, i want to die", Risk.CRISIS),
        # Someone else as the subject of the risk is concern for them.
        ("my son said he'd kill himself if he fails", Risk.CONCERN),
        ("my sister gave me her dog and said take care of him forever", Risk.CONCERN),
        ("my friend is cutting again", Risk.CONCERN),
    ],
)
def test_the_writer_is_at_risk_unless_someone_else_is_the_subject(text: str, risk: Risk) -> None:
    """Naming a sister as the one given the cat does not make her the one at risk: answering
    the writer as a worried friend would leave them without help."""
    assert classify(text) is risk


@pytest.mark.parametrize(
    "text",
    [
        "honestly wouldnt mind if i just didnt wake up tmrw",
        "it'd be fine if i never woke up",
        "i wouldn't care if a bus hit me",
        "if i died in my sleep that would be ok with me",
    ],
)
def test_a_death_the_writer_would_not_mind_is_a_crisis(text: str) -> None:
    assert classify(text).needs_resources


@pytest.mark.parametrize(
    ("text", "needs_resources"),
    [
        ("gave my guitar to my brother and wrote everyone a letter", True),
        ("gave my old sofa to my sister when we moved", False),
        ("wrote everyone a note at my leaving do and gave my plant to the team", False),
        ("the pills are in my bag, i keep thinking about them", True),
        ("the pills are in my bag in case of a migraine", False),
    ],
)
def test_goodbyes_and_means_are_read_across_the_whole_message(
    text: str, needs_resources: bool
) -> None:
    """One sign alone is everyday talk; two kinds of preparation, or a means dwelt on, are a
    goodbye or a plan even when death is never named; a reason (a move, a leaving do) is not."""
    assert classify(text).needs_resources is needs_resources


@pytest.mark.parametrize("name", [name for name, _ in COMMANDS])
def test_a_command_alone_or_with_a_value_never_gets_crisis_resources(name: str) -> None:
    """The trained reader once read "/time" as a crisis ("it's time"): commands are ours."""
    for text in (f"/{name}", f"/{name} 9:45am", f"/{name} off"):
        assert not classify(text).needs_resources, text


@pytest.mark.parametrize(
    ("everyday", "danger"),
    [("my nose is running", "the noose is ready"), ("that's odd, they never replied", "i oded")],
)
def test_an_everyday_word_is_never_squeezed_into_a_word_of_danger(everyday: str,
                                                                    danger: str) -> None:
    """Stretched letters are squeezed ("killll" reads "kil"), so "nose" once read "noose" and
    "odd" read "od", an overdose: a cold and odd jobs got crisis resources."""
    assert classify(everyday) is Risk.NONE
    assert classify(danger).needs_resources


def _choices() -> list[str]:
    """Every quick reply the coach offers, and the words it takes for each."""
    offered = [value for name, value in vars(choices).items() if name.isupper()]
    return sorted({said for group in offered if isinstance(group, tuple)
                   for item in group if isinstance(item, choices.Choice)
                   for said in (item.label, *item.synonyms)})


@pytest.mark.parametrize("said", _choices())
def test_the_coach_s_own_quick_replies_never_get_crisis_resources(said: str) -> None:
    """A person who taps or types one of the offered answers is answering the coach."""
    assert not classify(said).needs_resources


@pytest.mark.parametrize("said", [
    "keep going with the plan", "keep going with the plan please", "go on with the plan",
    "keep going where we were", "yes lets carry on with the plan", "Keep going",
    "Talk about how I am",
])
def test_answering_the_question_after_a_crisis_message_is_not_a_crisis(said: str) -> None:
    """After a crisis answer the coach asks whether to keep going or to talk; typing the
    first once got the crisis answer again ("plan" weighed as danger), a loop."""
    assert not classify(said).needs_resources


def test_going_on_with_a_plan_of_dying_is_still_a_crisis() -> None:
    assert classify("keep going with the plan, the pills are ready").needs_resources


@pytest.mark.parametrize("said", [
    "i cried in the parking lot after the interview", "I can't sleep, I just lie there",
    "had a panic attack before the call", "honestly i'm not ok", "i'm not doing well at all",
    "my mental health is in the gutter", "i'm unemployable", "drinking more to cope",
    "Every rejection makes me feel smaller", "haven't eaten properly in days",
])
def test_distress_the_body_shows_gets_a_gentle_check_in(said: str) -> None:
    """About one message in ten that deserved a check-in got none in fresh sets (round 29)."""
    assert classify(said) is Risk.STRAIN


@pytest.mark.parametrize("said", [
    "my mental health is much better now", "I'm not eating out this week to save money",
    "no motivation letter needed for this one", "drinking more water before interviews",
    "i can't eat gluten so lunch interviews are awkward", "i cried laughing at that email",
    "i'm not ok with the salary they offered", "can't sleep in on weekdays anymore lol",
])
def test_the_same_words_in_everyday_talk_raise_nothing(said: str) -> None:
    assert classify(said) is Risk.NONE


def test_crying_beside_a_goodbye_does_not_make_it_a_last_one() -> None:
    """Distress is not despair: a goodbye said beside tears stays a goodbye."""
    said = "told my students goodbye today, they made me a video, i cried in the staffroom"
    assert classify(said) is Risk.STRAIN
