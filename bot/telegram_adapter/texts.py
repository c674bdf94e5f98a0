"""What the Telegram adapter says on its own, where the coach is deliberately not asked.

These answers concern Telegram itself (groups, stickers, edits, old buttons), so
they live with the adapter rather than in coach/words/content.py.
"""

from __future__ import annotations

EXPIRED_BUTTON = "That button has expired."
NOT_TEXT = (
    "I can only read text, sorry! Tell me in words, or tap one of the buttons above."
)
EDITED = "I can't see edits. If something changed, send it to me again as a new message."
GROUP_INVITATION = (
    "Hi! I'm Rebound, a coach for the days after a job rejection. I only talk one to one, "
    "so nothing personal ends up in a group. Start a private chat with me: {link}"
)
OPEN_PRIVATE_CHAT = "Talk to me privately"
SOMETHING_WENT_WRONG = "Sorry, something went wrong on my side. Please try again in a moment."
