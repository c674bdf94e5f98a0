"""The coach's words, keyed, so wording is reviewed as text and tests can assert on keys.

Grounded in the seed articles (feel first, ask for feedback, reflect on what
you control, answer a rejection with new applications), written in our own words.
"""

from __future__ import annotations

from typing import Any

from coach.words import care_texts, nudge_texts, pipeline_texts

TEXT: dict[str, str] = {
    # Who the coach is: said at the start and again after long conversations.
    "disclosure": "(A reminder: I'm an automated coach, a computer program. "
    "I'm not a person and not a therapist.)",
    "welcome": "Hi, I'm Rebound, an automated coach for the days after a job rejection. "
    "I help you deal with the feelings, learn from what happened and plan your next "
    "applications. I'm a program, not a therapist; /help shows where to find real people "
    "if things get heavy.",
    "welcome.first_steps": "Just got turned down? Tell me about it, or pick an option. "
    "(/start sets your time zone and a daily encouragement time.)",
    "welcome_back": "Welcome back. We were in the middle of something; let's pick it up.",
    "hello": "Hi! Tell me what happened, or pick one:",
    "thanks": "You're welcome. I'm here whenever you need me.",
    "idle": "I'm here for the job hunt. Did you just get a rejection, or did you send an "
    "application? You can also pick one:",
    "help": "What I can do:\n"
    "/rejected: talk through a rejection and plan what's next\n"
    "/applied Company, Role: log an application\n"
    "/progress: your goal, this week, your streak\n"
    "/journal: past rejections and your lessons\n"
    "/applications: your open applications and where each stands\n"
    "/interview Globex tomorrow 14:00: an interview, with your past lessons the evening before\n"
    "/insights: your week in review, with a chart\n"
    "/start: set your time zone and daily note time\n"
    "/settings: when your note comes, your time zone, pauses and which reminders you get\n"
    "/country DE: your country, for the right support lines\n"
    "/export: a file with everything I keep about you\n"
    "/forget: delete everything\n"
    "/cancel: stop whatever we're doing\n\n"
    "I'm an automated coach, not therapy and not a person. If you're struggling, "
    "you can talk to someone now:\n{resources}",
    # Onboarding.
    "ask.timezone": "Which time zone are you in? A city or zone like Europe/London, or UTC+2.",
    "ask.ping_time": "What time should a short daily note reach you? (e.g. 09:00, or none)",
    "ask.consent": "May I keep a note of how you feel after each rejection, so I can spot "
    "patterns for you? It stays private, and /forget deletes it.",
    "react.consent.yes": "Thanks. I'll keep those notes private.",
    "react.consent.no": "No problem: I won't store anything about your mood.",
    "onboarded": "All set. Whenever a rejection lands, type /rejected (or just tell me).",
    "react.timezone.other": "Time zone: {value}.",
    "react.ping_time.other": "Daily note at {value}, your time.",
    "react.ping_time.off": "No daily notes, then.",
    # Acknowledge.
    "ask.feeling": "I'm sorry, that's a hard one to hear. Before anything else: how are you "
    "feeling right now?",
    "react.feeling.sad": "Sadness makes sense. You put hope and work into this, and it's "
    "normal to feel low for a while.",
    "react.feeling.angry": "Anger is a normal reaction. It stings to put in the effort and "
    "get a no.",
    "react.feeling.anxious": "Feeling anxious after a no is very common: it can shake your "
    "confidence about what's next. That's normal.",
    "react.feeling.embarrassed": "Lots of people feel that way, and almost everyone gets "
    "turned down along the way. It says little about your worth.",
    "react.feeling.numb": "Feeling flat or numb is a normal response too. Nothing you need to "
    "fix right now.",
    "react.feeling.fine": "Good to hear you're steady. It's still fine if it hits later.",
    "react.feeling.other": "Thanks for telling me. Whatever you feel is a normal reaction to "
    "being turned down.",
    "ask.intensity": "How strong is it, from 1 (a little) to 5 (a lot)?",
    "react.intensity.high": "That's a lot to carry. Go easy on yourself today.",
    "react.intensity.low": "Okay. Let's take it step by step.",
    "ask.coping": "Before we look at what happened, one small step often helps. Want to try "
    "one first?",
    "react.coping.walk": "A walk is a great idea: fresh air and a change of scene.",
    "react.coping.exercise": "Good call: moving your body is one of the best ways to let "
    "some of this out.",
    "react.coping.friend": "Reach out to someone you trust. You don't have to carry it alone.",
    "react.coping.volunteer": "Helping someone else is a strong way to get perspective back.",
    "react.coping.continue": "Alright, let's keep going.",
    "react.coping.other": "Sounds good.",
    "ask.pause": "Take your time. Send me anything when you're back and we'll look at what "
    "happened.",
    # Capture.
    "ask.company": "Which company and role was it? (e.g. Acme, Data Analyst; or skip)",
    "ask.company_known": "What was the role at {company}? (or skip)",
    "ask.stage": "How far did you get?",
    "ask.kind": "What did the rejection say?",
    "react.kind.no_reply": "Silence is one of the hardest answers, and it says more about "
    "their process than about you.",
    "react.kind.keep_on_file": "“On file” can genuinely lead somewhere later, so it's worth "
    "keeping the door open.",
    "react.kind.not_hiring": "When they're not hiring, it's about their timing, not your "
    "ability.",
    # What the coach understood, and the choice of a quick or a full path.
    "understood": "Got it: {facts}.",
    "fact.kind.not_hiring": "they aren't hiring right now",
    "fact.kind.not_selected": "they didn't take you forward",
    "fact.kind.keep_on_file": "they'll keep you on file",
    "fact.kind.only_applications": "they only take formal applications",
    "fact.kind.other_candidates": "they chose another candidate",
    "fact.kind.no_reply": "no reply at all",
    "fact.kind.other": "something else",
    "fact.kind.said": "they said “{value}”",
    "ask.path_understood": "If I got any of that wrong, pick “Fix the details”. Otherwise, "
    "what would help more now: a quick plan (one question, then your goal) or the full "
    "reflection?",
    "ask.path": "What would help more now: a quick plan (one question, then your goal) or the "
    "full reflection?",
    "ask.fix": "What should I correct? Pick one, or type it (e.g. “it was Initech, after the "
    "phone screen”).",
    "hint.fix": "I couldn't find a company, role, stage or reason in that.",
    "ask.new_rejection": "We're still talking through your last one. Is this a new rejection?",
    "rejection.carry_on": "Okay, let's carry on where we were.",
    # Reflect.
    "thread.stage": "I notice {count} of your last {total} rejections came at the "
    "{value} stage. That's worth working on.",
    "thread.kind": "I notice {count} of your last {total} ended the same way: {value}.",
    "thread.lesson": "You've written a similar lesson {count} times: “{value}”. "
    "That may be the thing to focus on.",
    "ask.feedback": "Did they give you any feedback?",
    "react.feedback.no": "Asking costs you little, and even a "
    "line or two can show you what to fix. Here's a message you can copy and send:",
    "feedback_draft": "Hi {contact},\n\nThank you for considering me for the {role} role at "
    "{company}. I'm disappointed, but I appreciate the time you and the team gave me. "
    "If you're able to, I'd be grateful for any brief feedback on my application or "
    "interviews, as it would help me improve. I'd also be glad to be considered for "
    "future roles.\n\nBest regards,\n{name}",
    "feedback_reminder": "Tip: send it in the next day or two while they still remember you, "
    "and keep it polite whatever the answer.",
    "ask.feedback_text": "What did they say? The gist is enough.",
    "ask.went_well": "What went well, even small things?",
    "ask.differently": "What would you do differently next time?",
    "ask.rate_stage": "How did the {stage} part go, from 1 (rough) to 5 (great)?",
    "ask.control": "Which parts were in your control?",
    "ask.out_of_control": "And which parts were out of your hands?",
    "react.out_of_control.other": "Let the out-of-your-hands part go; your effort pays off "
    "on the part you control.",
    "ask.fit": "Looking back at the job description, did the role really fit you?",
    "react.fit.no": "Then this no may have saved you time. Use it to aim your next search "
    "at roles that suit you better.",
    "react.fit.partly": "Worth noting which parts didn't fit, so you can aim the next "
    "search better.",
    # Plan.
    "ask.count": "A good answer to one rejection is new applications. How many will you send? "
    "(2 is a good start)",
    "ask.deadline": "By when?",
    "ask.growth": "One thing to improve before the next application or interview?",
    "ask.growth_earlier": "Last time you wrote down: “{lesson}”. Keep working on that, or "
    "name a new thing to improve?",
    "ask.follow_up": "Want a reminder to reach back out to {company} in a few weeks? "
    "New roles open up.",
    "react.follow_up.no": "Okay, no reminder.",
    "react.follow_up.other": "I'll remind you on {date}.",
    "summary": "Your plan:\n- {target} new applications by {deadline}\n- Improve: {lesson}\n"
    "Log each one with /applied. You've got this.",
    "summary.no_lesson": "(pick one later)",
    "perspective": "So far: {rejections} and {applications} logged. One no is one step of "
    "a long search, not the verdict on it.",
    # Applications and goals.
    "ask.applied": "Nice! Which company and role? (e.g. Globex, Data Analyst; or skip)",
    "applied.logged": "Logged: {what}.",
    "applied.progress": "Goal {name}: {done} of {target} by {deadline}.",
    "applied.no_goal": "That's {count} this week. Keep it up.",
    "goal.reached": "🎉 Goal {name} reached: {target} of {target} applications! That's how a "
    "search moves forward. Be proud of this.",
    "goal.still_open": "Still open:",
    "goal.open": "Goal {name}: {done} of {target} by {deadline} ({when}).",
    "progress.goal": "Goal {name}: {done} of {target} applications by {deadline} ({when}).",
    "progress.total": "All {goals} open goals together: {done} of {target} applications.",
    "progress.goal_overdue": "Goal {name}: {done} of {target} applications, due {deadline}, "
    "now {days} overdue. That's okay: send the next one today, or set a fresh plan "
    "with /rejected.",
    "progress.goal_reached": "Goal {name} reached: {done} of {target} applications (due "
    "{deadline}). Well done!",
    "progress.no_goal": "No open goal right now.",
    "progress.stats": "This week: {week}. Rejections so far: {rejections}. "
    "Streak: {streak} in a row with an action.",
    "journal.empty": "No rejections logged yet. When one comes, type /rejected.",
    "journal.header": "Your past rejections (newest first):",
    "journal.entry": "{date}: {what}{stage}\n  Lesson: {lesson}",
    # Data.
    "export.done": "Here is everything I keep about you.",
    "ask.forget": "This deletes everything I keep about you: rejections, notes, goals, "
    "applications and settings. It can't be undone. Delete?",
    "forget.done": "Done. Everything about you is deleted. If you write again, I'll start fresh.",
    "forget.kept": "Okay, nothing was deleted.",
    "cancel.done": "Stopped. What you told me so far is saved; /journal shows it.",
    "cancel.idle": "Nothing to cancel. What would you like to do?",
    # Hints for answers that don't fit.
    "hint.empty": "I didn't catch anything there.",
    "hint.too_long": "That's a lot! Could you put it in under 1,500 characters?",
    "hint.too_long_short": "Could you keep that one short (under 200 characters)?",
    "hint.out_of_range": "That number isn't one of the choices.",
    "hint.pick_number": "Pick a number, or say skip.",
    "hint.pick_option": "Pick one of the options (or say skip).",
    "hint.bad_date": "I didn't get that date. Try “7 days”, “2 weeks” or 2026-12-01.",
    "hint.bad_time": "I didn't get that time. Try 09:00 or 6pm.",
    "hint.bad_timezone": "I don't know that time zone. Try a city (Paris), a zone "
    "(America/Chicago) or UTC+2.",
    "hint.stale_option": "That button is from an earlier question.",
    "hint.unknown_command": "I don't know that command. /help lists what I can do.",
    "store_unavailable": "Sorry, I can't reach my notebook right now, so I didn't take that "
    "in. Please send it again in a minute.",
    # Safety (the answers to crisis messages are in care_texts).
    "strain": "That sounds really heavy. It's okay to step away for a bit; the search will "
    "still be there. If it ever feels like more than the job hunt, /help lists people you "
    "can talk to.",
}
TEXT.update(nudge_texts.TEXT)
TEXT.update(care_texts.TEXT)
TEXT.update(pipeline_texts.TEXT)


def say(key: str, **fields: Any) -> str:
    """The text for `key` with `fields` filled in."""
    return TEXT[key].format(**fields)


def has(key: str) -> bool:
    return key in TEXT
