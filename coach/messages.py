"""The small language adapters and the coach share: who wrote, what they said, what we answer."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class PersonRef:
    """A person as a platform knows them; (platform, user_id) is unique."""

    platform: str
    user_id: str


@dataclass(frozen=True, slots=True)
class Incoming:
    """One thing a person did: typed `text`, or pressed the option whose value is `option`.

    `delivery_id` is the platform's id for this event when it has one, so a
    redelivered event (after a restart, say) is recognised and not handled twice.
    """

    person: PersonRef
    text: str = ""
    option: str | None = None
    delivery_id: str | None = None
    display_name: str | None = None


@dataclass(frozen=True, slots=True)
class Option:
    """A quick reply: `label` is shown, `value` comes back when it is chosen (short, ASCII)."""

    label: str
    value: str


@dataclass(frozen=True, slots=True)
class Attachment:
    """A file for the person, such as their data export."""

    filename: str
    content: bytes
    mime_type: str = "application/json"


@dataclass(frozen=True, slots=True)
class Reply:
    """One message from the coach: text plus optional quick replies or a file."""

    text: str
    options: tuple[Option, ...] = field(default=())
    attachment: Attachment | None = None


@dataclass(frozen=True, slots=True)
class QueuedReply:
    """A reply waiting in the outbox; `number` orders the replies of a chat, oldest first."""

    number: int
    person: PersonRef
    reply: Reply
