"""The committed flow diagram matches the flow table."""

from __future__ import annotations

from pathlib import Path

from coach.conversation.diagram import document


def test_the_committed_diagram_is_current() -> None:
    committed = (Path(__file__).parents[2] / "docs" / "flow.md").read_text()
    assert committed == document(), "run: python -m coach.conversation.diagram > docs/flow.md"
