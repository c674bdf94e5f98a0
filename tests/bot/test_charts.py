"""The weekly review's chart as a picture: a real PNG, big enough to read, small to send."""

from __future__ import annotations

from bot import charts
from coach.messages import Chart, MoodPoint, Reply, WeekBar

PNG = b"\x89PNG\r\n\x1a\n"
WEEKS = tuple(WeekBar(f"{day:02d} Nov", day % 4, 2 if day % 2 else None) for day in range(1, 9))
STAGES = (("applied", 9), ("screen", 4), ("interview", 2), ("final", 1), ("offer", 0))


def _size(png: bytes) -> tuple[int, int]:
    return int.from_bytes(png[16:20], "big"), int.from_bytes(png[20:24], "big")


def test_a_chart_with_and_without_moods_is_a_readable_png_under_200_kb() -> None:
    for moods in ((), (MoodPoint("02 Nov", 4), MoodPoint("09 Nov", 2))):
        png = charts.render(Chart("Your week", "Chart: ...", WEEKS, STAGES, moods))
        assert png.startswith(PNG)
        width, height = _size(png)
        assert width >= 600 and height >= 400
        assert len(png) <= 200 * 1024


async def test_only_replies_with_a_chart_get_a_picture() -> None:
    plain = Reply("hello")
    assert await charts.with_picture(plain) is plain
    drawn = await charts.with_picture(Reply("Your week", chart=Chart("t", "d", WEEKS, STAGES)))
    assert charts.is_picture(drawn)
    assert drawn.attachment is not None and drawn.attachment.filename.endswith(".png")
    assert charts.caption(drawn) == "Your week\n\nd"
