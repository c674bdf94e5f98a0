"""/insights through the real python-telegram-bot against the fake Bot API: a chart photo."""

from __future__ import annotations

from tests.telegram.fake_bot_state import png_size
from tests.telegram.harness import RunningBot

PNG = b"\x89PNG\r\n\x1a\n"


async def test_insights_arrives_as_a_png_chart_with_a_caption(telegram: RunningBot) -> None:
    ana = telegram.person("Ana")
    await ana.say("/applied Globex, Data Analyst")
    await ana.say("/applied Initech, Analyst")
    await ana.say("/applied Hooli")
    await ana.say("/rejected Initech")  # the rejection closes the Initech application
    await ana.say("/cancel")

    replies = await ana.say("/insights")

    photos = [reply for reply in replies if reply.photo is not None]
    assert len(photos) == 1
    photo = photos[0].photo
    assert photo is not None and photo.content.startswith(PNG)
    width, height = png_size(photo.content)
    assert width >= 600 and height >= 400
    assert len(photo.content) <= 200 * 1024
    assert "Applications this week: 3" in photos[0].text
    assert "Chart:" in photos[0].text  # the one-line description, for screen readers


async def test_applications_lists_the_open_ones_after_a_rejection_closed_one(
    telegram: RunningBot,
) -> None:
    ana = telegram.person("Ana")
    await ana.say("/applied Globex, Data Analyst")
    await ana.say("/applied Initech")
    await ana.say("/rejected Initech")
    await ana.say("/cancel")

    (listing, *_) = await ana.say("/applications")

    assert "Globex — Data Analyst: applied, today" in listing.text
    assert "Initech:" not in listing.text
    assert "1 rejected" in listing.text
