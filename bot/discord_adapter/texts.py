"""What the adapter itself says: Discord-only situations the coach never sees."""

from __future__ import annotations

CONTINUED_IN_DM = "I've sent you a direct message, so this stays between us. Let's continue there."
NOTHING_NEW = "Let's continue in our direct messages."
DMS_CLOSED = (
    "I can't send you a direct message: your DMs are closed. To open them, click this "
    "server's name (top left) > Privacy Settings > turn on Direct Messages, then use the "
    "command again. Our conversation happens only in DMs, never in a shared channel."
)
BUTTON_EXPIRED = "That button has expired. Type /help to see what we can do from here."
ONLY_TEXT = (
    "I can only read text for now. Could you tell me in words? Type /help to see what I can do."
)
SOMETHING_WENT_WRONG = "Sorry, something went wrong on my side. Please try again in a moment."
