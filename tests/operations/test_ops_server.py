"""/healthz and /metrics over real HTTP on 127.0.0.1, fed by a real coach and outbox."""

from __future__ import annotations

import re
from collections.abc import AsyncIterator

import aiohttp
import pytest

from bot import events
from bot.errors import StartupError
from bot.measured import MeasuredCoach, MeasuredOutbox, report_answer
from bot.metrics import Metrics
from bot.ops_server import Check, OpsServer, parse_listen, serving
from coach.messages import Incoming, PersonRef, Reply
from coach.ports import DeliveryResult
from tests.fakes import FakeClock, InMemoryCoachStore, RecordingOutbox

CRISIS_TEXT = "I want to end my life"
ANA = PersonRef("telegram", "4242")


async def _yes() -> bool:
    return True


async def _no() -> bool:
    return False


async def _broken() -> bool:
    raise ConnectionResetError("the server went away")


async def _get(base: str, path: str) -> tuple[int, str, str]:
    async with aiohttp.ClientSession() as session, session.get(base + path) as response:
        return response.status, response.headers["Content-Type"], await response.text()


@pytest.fixture
async def served(request: pytest.FixtureRequest) -> AsyncIterator[tuple[str, Metrics]]:
    """An OpsServer on an ephemeral port, with the checks the test names (default: all ok)."""
    checks: dict[str, Check] = getattr(request, "param", {"database": _yes, "telegram": _yes})
    metrics = Metrics()
    async with serving(OpsServer(metrics, checks), "127.0.0.1:0") as (host, port):
        yield f"http://{host}:{port}", metrics


async def test_healthz_is_200_when_the_database_and_platform_are_fine(
    served: tuple[str, Metrics],
) -> None:
    status, content_type, body = await _get(served[0], "/healthz")

    assert status == 200 and content_type.startswith("application/json")
    assert body == '{"status": "ok", "checks": {"database": "ok", "telegram": "ok"}}'


@pytest.mark.parametrize("served", [{"database": _no, "discord": _yes},
                                    {"database": _broken, "discord": _yes}], indirect=True)
async def test_healthz_is_503_naming_the_part_that_fails(served: tuple[str, Metrics]) -> None:
    status, _, body = await _get(served[0], "/healthz")

    assert status == 503
    assert body == '{"status": "unavailable", "checks": {"database": "failing", "discord": "ok"}}'


async def test_metrics_count_turns_by_risk_and_sends_by_result_never_what_was_written(
    served: tuple[str, Metrics],
) -> None:
    base, metrics = served
    detach = events.attach(metrics)
    try:
        coach = MeasuredCoach(InMemoryCoachStore(), FakeClock(), on_answer=report_answer)
        await coach.handle(Incoming(ANA, text="I got rejected by Zanzibarcorp"))
        await coach.handle(Incoming(ANA, text=CRISIS_TEXT))
        recording = RecordingOutbox()
        recording.answers[ANA] = [DeliveryResult.UNREACHABLE]
        outbox = MeasuredOutbox(recording, "telegram")
        await outbox.send(ANA, [Reply("a nudge")])
        await outbox.send(ANA, [Reply("a nudge")])
    finally:
        detach()

    status, content_type, body = await _get(base, "/metrics")

    assert status == 200 and content_type.startswith("text/plain; version=")
    assert 'rebound_turn_seconds_count{platform="telegram"} 2.0' in body
    assert 'rebound_answers_total{platform="telegram",risk="none"} 1.0' in body
    assert 'rebound_answers_total{platform="telegram",risk="crisis"} 1.0' in body
    assert 'rebound_sends_total{kind="nudge",platform="telegram",result="delivered"} 1.0' in body
    assert 'rebound_sends_total{kind="nudge",platform="telegram",result="unreachable"} 1.0' in body
    assert "Zanzibarcorp" not in body and "end my life" not in body
    # Timestamps may hold any digits; the person's id must be in no label.
    assert ANA.user_id not in re.findall(r'="([^"]*)"', body)


async def test_metrics_show_backlogs_and_rate_limits(served: tuple[str, Metrics]) -> None:
    base, metrics = served
    metrics.nudge_backlog(12, 95.5)
    metrics.outbox_backlog("discord", 3)
    metrics.rate_limited("discord")

    _, _, body = await _get(base, "/metrics")

    assert "rebound_nudge_backlog 12.0" in body
    assert "rebound_nudge_lag_seconds 95.5" in body
    assert 'rebound_outbox_backlog{platform="discord"} 3.0' in body
    assert 'rebound_rate_limited_total{platform="discord"} 1.0' in body


async def test_scraping_refreshes_what_is_read_from_the_database() -> None:
    metrics, scrapes = Metrics(), []

    async def refresh() -> None:
        scrapes.append(True)
        metrics.nudge_backlog(len(scrapes), 0.0)

    async with serving(OpsServer(metrics, {}, refresh), "127.0.0.1:0") as (host, port):
        await _get(f"http://{host}:{port}", "/metrics")
        _, _, body = await _get(f"http://{host}:{port}", "/metrics")

    assert "rebound_nudge_backlog 2.0" in body


@pytest.mark.parametrize("listen", ["9100", "localhost", "127.0.0.1:http", "host:70000"])
def test_a_bad_metrics_address_is_a_clear_startup_error(listen: str) -> None:
    with pytest.raises(StartupError, match="is not HOST:PORT"):
        parse_listen(listen)


async def test_a_taken_metrics_port_is_a_clear_startup_error() -> None:
    async with serving(OpsServer(Metrics(), {}), "127.0.0.1:0") as (host, port):
        with pytest.raises(StartupError, match=f"cannot serve metrics on {host}:{port}"):
            async with serving(OpsServer(Metrics(), {}), f"{host}:{port}"):
                pass
