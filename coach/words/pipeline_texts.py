"""The coach's words for applications, interviews, follow-ups and the weekly review.

Merged into content.TEXT. Grounded in the seed articles (bring earlier lessons to
the next interview, follow up politely, look for common threads, keep applying),
in our own words.
"""

from __future__ import annotations

STATUS_LABELS = {
    "applied": "applied", "heard_back": "heard back", "screen": "screen",
    "interview": "interview", "final": "final round", "offer": "offer",
    "rejected": "rejected", "no_reply": "no reply",
}

TEXT: dict[str, str] = {
    # /applications
    "applications.header": "Your open applications:",
    "applications.entry": "• {what}: {status}, {age}{when}",
    "applications.empty": "No open applications right now. Log one with /applied Company, Role.",
    "applications.closed": "Closed so far: {closed}.",
    "applications.hint": "Tell me news in your own words (\u201cGlobex invited me to an "
    "interview on Tuesday at 2pm\u201d) or use /interview Company when.",
    # /interview
    "interview.usage": "Which company, and when? For example: /interview Globex tomorrow 14:00, "
    "/interview Globex Tuesday 2pm or /interview Globex 2026-12-01 10:00.",
    "interview.need_when": "When is the interview with {company}? Add a day and a time, for "
    "example: /interview {company} Tuesday 2pm.",
    "interview.need_company": "Which company is it with? For example: /interview Globex "
    "tomorrow 14:00.",
    "interview.past": "That time has already gone by. If the interview is done, tell me how it "
    "went; otherwise give me a day and time still ahead.",
    "interview.saved": "Noted: {stage} with {company}, {when}. The evening before I'll send you a "
    "few lines from what you learned earlier, and afterwards I'll ask how it went.",
    "interview.no_time": "You didn't give a time, so I put it at {time}. Send /interview "
    "{company} with the time to change it.",
    # News in plain words, and buttons
    "pipeline.moved": "Noted: {company} is now at the {status} stage.",
    "pipeline.offer": "An offer from {company}! Congratulations, that's what all those "
    "applications were for. Take your time to weigh it up.",
    "pipeline.unknown": "I couldn't find that application any more. /applications shows the "
    "open ones.",
    # The evening before
    "prep.note": "Tomorrow at {time}: your {stage} with {company}. From your notes after "
    "earlier rejections:\n{lines}",
    "prep.empty": "Tomorrow at {time}: your {stage} with {company}. No notes from earlier "
    "interviews yet, so just this: read up on them, pick two stories that show your work, and "
    "prepare one question you really want answered. Good luck!",
    "prep.went_well": "• Went well ({where}): {text}",
    "prep.do_differently": "• Do differently ({where}): {text}",
    "prep.lesson": "• Your lesson ({where}): {text}",
    "prep.ratings": "• How you rated it ({where}): {ratings}",
    "prep.read": "Got it. Sleep well, and good luck tomorrow.",
    # After the interview
    "after.ask": "How did your {stage} with {company} go?",
    "after.next": "Good news! {company} is now at the {status} stage. When you have the next "
    "date, send /interview {company} and the day.",
    "after.waiting": "Waiting is the hard part. I'll keep it open; tell me when you hear back.",
    # No reply
    "noreply.nudge": "It's been {days} since you applied to {company} with no news. A short, "
    "polite follow-up often gets an answer. Here's one you can copy:",
    "noreply.draft": "Hello, I applied for {role} at {company} on {date} and wanted to ask where "
    "things stand. I'm still very interested and happy to send anything else that would help. "
    "Thank you for your time.",
    "noreply.marked": "I've marked {company} as no reply. Silence says more about their inbox "
    "than about you, and it counts as a closed chapter now. Want to talk it through?",
    "noreply.talk_later": "Alright. Your next application is the best answer to silence.",
    "noreply.waiting": "Fine, we'll give {company} more time.",
    # The weekly review
    "review.title": "Your week, {start} to {end}",
    "review.week": "• Applications this week: {count}{goal}",
    "review.goal": " (goal: {target})",
    "review.funnel": "• Where rejections happened: {funnel}",
    "review.no_rejections": "• No rejections logged yet.",
    "review.streak": "• Streak: {streak}",
    "review.open": "• Still open: {open}",
    "review.thread.stage": "A common thread: {count} of your last {total} rejections came at the "
    "{value} stage. That's the place to practise.",
    "review.thread.kind": "A common thread: {count} of your last {total} rejections said "
    "\u201c{value}\u201d.",
    "review.thread.lesson": "A lesson you keep coming back to: \u201c{value}\u201d.",
    "review.chart": "Chart: applications per week for the last {weeks} weeks ({series}); goal "
    "line {goals}; stages reached: {stages}{moods}.",
    "review.chart_moods": "; how strongly rejections felt: {moods}",
    "review.saved_to": "Chart saved to {path}",
    # Settings
    "settings.review": "Weekly review: {when}. Change it with /review sunday 18:00, or "
    "/review off.",
    "settings.review_on": "{day} at {time}",
    "settings.review_off": "off",
    "settings.noreply_days": "Follow-up suggestion after {days} without news "
    "(/followupdays 10 to change it).",
    "review.usage": "When should your weekly review come? For example: /review sunday 18:00, or "
    "/review off.",
    "noreply.usage": "After how many days without news should I suggest a follow-up? A number "
    "from 3 to 60, for example /followupdays 14.",
}
