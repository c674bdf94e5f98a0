"""The search over weeks through real discord.py against the fake Discord: slash commands
for /interview and /applications, and /insights as a PNG attachment in the DM."""

from __future__ import annotations

from tests.discord.harness import Harness

PNG = b"\x89PNG\r\n\x1a\n"


async def test_insights_arrives_as_a_png_file_with_its_description(harness: Harness) -> None:
    ana = harness.person("ana", "Ana")
    await ana.command("applied", "Globex, Data Analyst")
    await ana.command("interview", "Globex tomorrow 14:00")
    listing = await ana.command("applications")
    assert "Globex — Data Analyst: interview" in listing

    said = await ana.command("insights")

    files = [posted.files for posted in ana.last if posted.files]
    assert len(files) == 1
    (name, data), = files[0].items()
    assert name.endswith(".png") and data.startswith(PNG)
    assert len(data) <= 200 * 1024
    assert "Chart: applications per week" in said
