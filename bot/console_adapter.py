"""`coach chat`: the coach in a terminal, or over pipes for another program to converse with."""

from __future__ import annotations

import asyncio
import sys
import tempfile
import threading
from pathlib import Path
from typing import TextIO

from bot import charts
from coach.messages import Incoming, Option, PersonRef, Reply
from coach.service import Coach
from coach.words import content

PASTE_GAP = 0.1  # seconds between the lines of one paste in a terminal
PROMPT_NOTE = "(Answer with a number or in your own words. /help for commands; Ctrl-D to leave.)"


class ConsoleChat:
    """Reads a line, hands it to the coach, prints the replies; options are numbered."""

    def __init__(
        self,
        coach: Coach,
        user: str,
        *,
        stdin: TextIO | None = None,
        stdout: TextIO | None = None,
        export_dir: Path | None = None,
        chart_dir: Path | None = None,
    ) -> None:
        self._coach = coach
        self._person = PersonRef("console", user)
        self._stdin = stdin or sys.stdin
        self._stdout = stdout or sys.stdout
        self._export_dir = export_dir or Path.cwd()
        # Charts are made again on demand, so a temporary place is enough for them.
        self._chart_dir = chart_dir or Path(tempfile.gettempdir()) / "rebound"
        self._options: tuple[Option, ...] = ()

    async def run(self) -> None:
        """Chat until end of input. Each answer is saved before the next line is read."""
        self._show(await self._coach.greet(self._person))
        self._write(PROMPT_NOTE)
        lines = _read_lines_in_background(self._stdin)
        pasting = self._stdin.isatty()
        while (line := await lines.get()) is not None:
            text = await _rest_of_paste(lines, line) if pasting else line
            replies = await self._coach.handle(self.incoming(text.rstrip("\r\n")))
            self._show(await charts.with_pictures(replies))

    def incoming(self, line: str) -> Incoming:
        """A number that names a shown option is that option; anything else is text."""
        stripped = line.strip()
        if stripped.isdigit() and 1 <= int(stripped) <= len(self._options):
            return Incoming(self._person, option=self._options[int(stripped) - 1].value)
        return Incoming(self._person, text=line)

    def show(self, replies: list[Reply]) -> None:
        """Print replies that were not asked for just now (a due nudge, via ConsoleOutbox);
        their options become the numbered choices, like any reply's."""
        self._show(replies)

    def _show(self, replies: list[Reply]) -> None:
        for reply in replies:
            self._write(reply.text)
            if charts.is_picture(reply) and reply.chart is not None and reply.attachment:
                self._chart_dir.mkdir(parents=True, exist_ok=True)
                path = self._chart_dir / f"rebound-week-{_safe(self._person.user_id)}.png"
                path.write_bytes(reply.attachment.content)
                self._write(reply.chart.description)
                self._write(content.say("review.saved_to", path=path.resolve()))
            elif reply.attachment is not None:
                path = self._export_dir / f"rebound-export-{_safe(self._person.user_id)}.json"
                path.write_bytes(reply.attachment.content)
                self._write(f"Saved to {path.resolve()}")
        options = next((r.options for r in reversed(replies) if r.options), ())
        self._options = options
        for number, option in enumerate(options, start=1):
            self._write(f"  {number}. {option.label}")

    def _write(self, text: str) -> None:
        self._stdout.write(text + "\n")
        self._stdout.flush()


async def _rest_of_paste(lines: asyncio.Queue[str | None], first: str) -> str:
    """In a terminal, lines arriving together are one paste (a rejection email, say): one
    message, as on Telegram or Discord. Nobody types two lines within PASTE_GAP."""
    text = first
    while True:
        try:
            line = await asyncio.wait_for(lines.get(), PASTE_GAP)
        except TimeoutError:
            return text
        if line is None:
            lines.put_nowait(None)  # the end of input still ends the chat after this message
            return text
        text += line


def _read_lines_in_background(stream: TextIO) -> asyncio.Queue[str | None]:
    """Lines from a blocking stream; None at its end.

    A daemon thread, so Ctrl-C while waiting for input exits at once instead of
    waiting for a line that never comes (asyncio.to_thread would wait).
    """
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[str | None] = asyncio.Queue()

    def pump() -> None:
        for line in iter(stream.readline, ""):
            loop.call_soon_threadsafe(queue.put_nowait, line)
        loop.call_soon_threadsafe(queue.put_nowait, None)

    threading.Thread(target=pump, name="console-input", daemon=True).start()
    return queue


def _safe(name: str) -> str:
    return "".join(ch if ch.isalnum() or ch in "-_" else "_" for ch in name)[:40] or "user"
