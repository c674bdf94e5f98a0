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
class WeekBar:
    """One week of the chart: applications sent, and the goal line (None: no goal that week)."""

    label: str
    applications: int
    goal: int | None = None


@dataclass(frozen=True, slots=True)
class MoodPoint:
    """How strongly a rejection was felt (1-5), for the mood panel (only with consent)."""

    label: str
    intensity: int


@dataclass(frozen=True, slots=True)
class Chart:
    """What the weekly review's picture shows; the coach says what, the adapter draws it.

    `description` is the one-line version for screen readers and the console.
    """

    title: str
    description: str
    weeks: tuple[WeekBar, ...]
    stages: tuple[tuple[str, int], ...]  # (stage label, rejections that ended there)
    moods: tuple[MoodPoint, ...] = ()


@dataclass(frozen=True, slots=True)
class Reply:
    """One message from the coach: text plus optional quick replies, a file, or a chart.

    `keys` are the content keys the text was made from, in order, so tests and
    reviews can tell what was said without depending on the wording.
    """

    text: str
    options: tuple[Option, ...] = field(default=())
    attachment: Attachment | None = None
    chart: Chart | None = None
    keys: tuple[str, ...] = ()

    @property
    def key(self) -> str | None:
        """The content key of the last thing said: the question or news this reply ends on."""
        return self.keys[-1] if self.keys else None


@dataclass(frozen=True, slots=True)
class QueuedReply:
    """A reply waiting in the outbox; `number` orders the replies of a chat, oldest first."""

    number: int
    person: PersonRef
    reply: Reply
