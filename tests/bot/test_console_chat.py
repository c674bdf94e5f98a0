"""`coach chat` as another program would use it: a real process, real pipes, SQLite on disk."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest

READ_TIMEOUT = 20


def _environment(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.endswith("_TOKEN")}
    env["COACH_DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'coach.db'}"
    return env


def _chat(tmp_path: Path, lines: list[str], *arguments: str) -> tuple[int, str, str]:
    import subprocess

    done = subprocess.run(
        [sys.executable, "-m", "bot", "chat", *arguments], input="\n".join(lines) + "\n",
        capture_output=True, text=True, env=_environment(tmp_path), cwd=tmp_path,
        timeout=60, check=False,
    )
    return done.returncode, done.stdout, done.stderr


JOURNEY = [
    "I got rejected from Acme", "1", "4", "5", "Data Analyst", "3", "2", "2", "2",
    "I explained my projects well", "Ask better questions", "4", "3", "2",
    "my preparation", "their budget", "2", "2", "2", "Practise SQL", "4",
    "/applied Globex, Data Analyst", "/applied Initech, Analyst", "/progress",
]


def test_the_whole_journey_over_pipes(tmp_path: Path) -> None:
    code, out, err = _chat(tmp_path, JOURNEY)
    assert code == 0, err
    assert "Traceback" not in out + err
    feelings, capture = out.index("how are you feeling"), out.index("How far did you get")
    assert feelings < capture  # feelings are acknowledged before anything about what happened
    assert "  1. Sad" in out
    assert "Thank you for considering me for the Data Analyst role at Acme" in out
    assert "2 new applications by" in out
    assert "Goal for Acme reached" in out
    assert "Goal for Acme reached: 2 of 2" in out[out.index("Logged: Initech"):]


def test_two_users_share_one_database_without_seeing_each_other(tmp_path: Path) -> None:
    _chat(tmp_path, ["/rejected Acme, Analyst", "skip"], "--user", "ana")
    code, out, _ = _chat(tmp_path, ["/journal"], "--user", "bo")
    assert code == 0
    assert "No rejections logged yet" in out and "Acme" not in out
    _, out, _ = _chat(tmp_path, ["/journal"], "--user", "ana")
    assert "Acme" in out


def test_export_writes_a_file_in_the_current_directory(tmp_path: Path) -> None:
    code, out, _ = _chat(tmp_path, ["/applied Globex, Analyst", "/export"], "--user", "ana")
    assert code == 0
    path = tmp_path / "rebound-export-ana.json"
    assert f"Saved to {path}" in out
    assert "Globex" in path.read_text()


async def _read_until(stream: asyncio.StreamReader, marker: str) -> str:
    seen = ""
    while marker not in seen:
        line = await asyncio.wait_for(stream.readline(), READ_TIMEOUT)
        if not line:
            raise AssertionError(f"output ended before {marker!r}: {seen}")
        seen += line.decode()
    return seen


async def test_killed_mid_flow_the_next_start_resumes_at_the_same_step(tmp_path: Path) -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", "--user", "ana", env=_environment(tmp_path),
        cwd=tmp_path, stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.DEVNULL,
    )
    assert process.stdin is not None and process.stdout is not None
    await _read_until(process.stdout, "Ctrl-D")
    for line, answer in [("/rejected", "how are you feeling"), ("Sad", "How strong"),
                         ("3", "small step"), ("5", "company and role")]:
        process.stdin.write(f"{line}\n".encode())
        await process.stdin.drain()
        await _read_until(process.stdout, answer)
    process.kill()
    await process.wait()

    code, out, _ = _chat(tmp_path, ["Acme, Analyst"], "--user", "ana")
    assert code == 0
    assert "Welcome back" in out and "company and role" in out
    assert "How far did you get" in out  # the answer after restart moved on from that step


@pytest.mark.parametrize("variable", ["COACH_DATABASE_URL"])
def test_an_unusable_database_url_is_one_clear_line(tmp_path: Path, variable: str) -> None:
    import subprocess

    env = _environment(tmp_path) | {variable: "nonsense://nowhere"}
    done = subprocess.run([sys.executable, "-m", "bot", "chat"], input="", capture_output=True,
                          text=True, env=env, cwd=tmp_path, timeout=60, check=False)
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1


def test_running_a_platform_without_its_token_is_one_clear_line(tmp_path: Path) -> None:
    import subprocess

    done = subprocess.run([sys.executable, "-m", "bot", "telegram"], capture_output=True,
                          text=True, env=_environment(tmp_path), cwd=tmp_path, timeout=60,
                          check=False)
    assert done.returncode != 0
    assert done.stderr.strip() == "coach: TELEGRAM_BOT_TOKEN is not set"


FULL_OPENING = ("Globex turned me down for the Data Analyst role after the final round, "
                "they went with someone more senior")
CAPTURE_QUESTIONS = ("Which company", "What was the role", "How far did you get",
                     "What did the rejection say")


def test_the_quick_path_reaches_a_plan_in_eight_messages(tmp_path: Path) -> None:
    quick = [FULL_OPENING, "1", "3", "5", "1", "Prepare two project stories", "2", "2"]
    code, out, err = _chat(tmp_path, quick)
    assert code == 0, err
    assert "Got it: Globex, Data Analyst, final round, they chose another candidate." in out
    assert "Your plan:\n- 2 new applications by" in out
    assert "Improve: Prepare two project stories" in out
    assert not [question for question in CAPTURE_QUESTIONS if question in out]


def test_a_pasted_email_on_one_line_is_understood_like_an_opening(tmp_path: Path) -> None:
    email = ("Dear Sam, thank you for your interest in the Senior Data Analyst position at Globex "
             "and for meeting us in the final round interviews. After careful consideration we "
             "have decided to move forward with other candidates. Kind regards, the Globex "
             "Recruiting Team")
    code, out, err = _chat(tmp_path, [email, "1", "3", "5"])
    assert code == 0, err
    assert ("Got it: Globex, Senior Data Analyst, final round, they chose another candidate."
            in out)
    assert not [question for question in CAPTURE_QUESTIONS if question in out]


async def test_an_email_pasted_into_a_terminal_is_one_message(tmp_path: Path) -> None:
    import pty

    from tests.coach.data.emails import EMAILS

    email, company, role, *_ = EMAILS[0]
    controller, terminal = pty.openpty()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot", "chat", env=_environment(tmp_path), cwd=tmp_path,
        stdin=terminal, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.DEVNULL,
    )
    os.close(terminal)
    assert process.stdout is not None
    try:
        await _read_until(process.stdout, "Ctrl-D")
        os.write(controller, (email + "\n").encode())  # pasted: every line at once
        await _read_until(process.stdout, "how are you feeling")
        for line, answer in [("1", "How strong"), ("3", "small step"), ("5", "Got it")]:
            os.write(controller, f"{line}\n".encode())
            seen = await _read_until(process.stdout, answer)
        assert f"Got it: {company}, {role}, final round" in seen
        assert "Which company" not in seen and "How far did you get" not in seen
    finally:
        process.kill()
        await process.wait()
        os.close(controller)
