"""Running `coach` as an operator does: a real process, its exit code and its output."""

from __future__ import annotations

import asyncio
import os
import socket
import sys
from dataclasses import dataclass
from pathlib import Path

EXIT_TIMEOUT = 60


@dataclass(frozen=True)
class Finished:
    code: int
    out: str
    err: str

    @property
    def err_lines(self) -> list[str]:
        return self.err.strip().splitlines()


def environment(database_url: str, **extra: str) -> dict[str, str]:
    """This environment minus any real tokens, pointed at `database_url`."""
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("TELEGRAM_", "DISCORD_", "COACH_"))}
    return env | {"COACH_DATABASE_URL": database_url} | extra


async def start(arguments: list[str], env: dict[str, str], cwd: Path) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", *arguments, env=env, cwd=cwd,
        stdin=asyncio.subprocess.DEVNULL,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )


async def finish(process: asyncio.subprocess.Process) -> Finished:
    out, err = await asyncio.wait_for(process.communicate(), EXIT_TIMEOUT)
    assert process.returncode is not None
    return Finished(process.returncode, out.decode(), err.decode())


async def run(arguments: list[str], env: dict[str, str], cwd: Path) -> Finished:
    return await finish(await start(arguments, env, cwd))


def free_port() -> int:
    """A port nothing listens on right now, for a process started with --metrics-listen."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])
