"""The coach's words for nudges and for the settings that steer them; merged into content.TEXT.

Grounded in the seed articles (keep perspective, stay persistent, research before
applying, ask for feedback, keep the door open with the hiring manager), in our own words.
"""

from __future__ import annotations

#: Daily notes, by the fact they draw on. Those under "daily.any." always fit, so there is
#: always another text than yesterday's to choose.
DAILY_TEXT: dict[str, str] = {
    "daily.goal": "Quick check on your goal: {done} of {target} applications sent, {when}. "
    "Could one more go out today?",
    "daily.goal_almost": "One application away from your goal of {target}. Send that one "
    "and it's done.",
    "daily.lesson": "Something you wrote down after a rejection: “{lesson}”. Is there one small "
    "way to practise it today?",
    "daily.days_since": "{days} since your last rejection, and you're still at it. That kind of "
    "persistence is what gets people hired.",
    "daily.search": "Your search so far: {applications} sent. Each one is a real chance, and it "
    "only takes one yes.",
    "daily.any.small_step": "A small step counts today: tighten one line of your CV, look into "
    "one company, or send one application.",
    "daily.any.next_company": "A no from one company says nothing about the next one. Pick one "
    "role that genuinely fits you and go for it.",
    "daily.any.kind": "Job hunting has a lot of noise and a lot of silence. Keep showing up, and "
    "be kind to yourself while you do.",
    "daily.any.research": "Aim before you fire: choose one posting, find out what they really "
    "need, and shape your application around it.",
}

TEXT: dict[str, str] = {
    **DAILY_TEXT,
    "nudge.goal_check_in": "Check-in: your goal of {target} applications is due tomorrow "
    "({deadline}). {done} sent so far, {left} to go. One today makes tomorrow easy.",
    "nudge.goal_passed": "Your goal of {target} applications was due {deadline}, and {done} went "
    "out. That's alright: plans slip, and what counts is the next step. One application today "
    "gets you moving again.",
    "nudge.feedback": "A couple of days ago you were going to ask {company} for feedback. Sent "
    "it yet? A short, polite note is enough, and even one line back can show you what to "
    "work on.",
    "nudge.follow_up": "Today's the day you picked to get back in touch with {company}. A short, "
    "friendly note to the hiring manager, asking whether new roles are opening up, keeps you "
    "on their radar.",
    # Settings.
    "settings.summary": "Your settings:\n• Time zone: {timezone}\n• Daily note: {daily}\n"
    "• Paused: {paused}\n• Reminders: {reminders}\n• Country: {country}{next}",
    "settings.daily_on": "{time}, your time",
    "settings.daily_off": "off (/nudges daily on brings it back at {time})",
    "settings.daily_unset": "not set (/time 09:00 turns it on)",
    "settings.not_paused": "no",
    "settings.paused_until": "until {date}",
    "settings.paused_open": "until you /resume",
    "settings.next": "\nNext daily note: {when}.",
    "settings.time_saved": "Daily note at {time}, your time.",
    "settings.time_off": "No daily notes, then. (/time 09:00 brings them back.)",
    "settings.timezone_saved": "Time zone: {timezone} (it's {local} there now).",
    "settings.next_note": "Next one: {when}.",
    "settings.still_paused": "Notes are paused {until}; /resume starts them again.",
    "ask.pause_for": "Pause my notes and reminders for how long?",
    "settings.paused_for": "Paused for {days}, until {date}. /resume brings the notes "
    "back sooner.",
    "settings.paused": "Paused: no notes or reminders until you send /resume.",
    "settings.resumed": "Notes and reminders are back on.",
    "settings.was_not_paused": "Your notes weren't paused.",
    "settings.kind_on": "{name}: on.",
    "settings.kind_off": "{name}: off.",
    "settings.kinds": "Reminders: {reminders}.\nTurn one on or off with /nudges NAME on or "
    "/nudges NAME off (NAME: daily, goals, feedback, followups).",
    "settings.unchanged": "Okay, nothing changed.",
    "settings.needs_time": "Daily notes need a time first.",
    "hint.bad_pause": "Tell me a number of days (1 to 90), or “until I resume”.",
    "hint.bad_nudge_kind": "I don't know that one. Try /nudges daily off, /nudges goals on, "
    "/nudges feedback off or /nudges followups on.",
}
