"""The fake is only as good as its checks: it must refuse what Discord would refuse."""

from __future__ import annotations

import aiohttp

from tests.discord.fake_discord import FakeDiscord
from tests.discord.openapi import discord_api


def test_the_openapi_checks_catch_missing_fields_bad_types_and_limits() -> None:
    api = discord_api()
    callback = api.operation("POST", "/interactions/123/abc/callback")
    assert callback is not None
    schema = callback.body_schema("application/json")
    assert schema is not None
    assert api.validate({"type": 4, "data": {"content": "hi"}}, schema, "body") == []
    assert api.validate({"data": {"content": "hi"}}, schema, "body")  # no type
    too_long = {"type": 4, "data": {"content": "x" * 2001}}
    assert api.validate(too_long, schema, "body")
    message = api.operation("POST", "/channels/123/messages")
    assert message is not None and message.needs_bot_token
    button = {"type": 2, "style": 2, "label": "Sad", "custom_id": "x" * 101}
    body = {"content": "hi", "components": [{"type": 1, "components": [button]}]}
    assert api.validate(body, message.body_schema("application/json") or {}, "body")
    assert api.operation("POST", "/channels/123/nonsense") is None
    assert api.operation("GET", "/users/@me").template == "/users/@me"  # type: ignore[union-attr]


async def test_unknown_routes_and_invalid_bodies_are_recorded_as_violations() -> None:
    fake = FakeDiscord()
    await fake.start()
    headers = {"Authorization": f"Bot {fake.token}"}
    try:
        async with aiohttp.ClientSession(headers=headers) as http:
            async with http.post(f"{fake.api_url}/channels/1/nonsense", json={}) as response:
                assert response.status == 404
            async with http.post(f"{fake.api_url}/channels/abc/messages",
                                 json={"content": 5}) as response:
                assert response.status == 400
    finally:
        await fake.close()
    assert len(fake.violations) == 3, fake.violations
    assert "no such route" in fake.violations[0]
    assert "path.channel_id" in fake.violations[1] and "body.content" in fake.violations[2]
