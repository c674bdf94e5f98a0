"""The crisis lines the coach may name, read from the vendored crisis_lines.md, by country.

A wrong number in a crisis is a harm, so the numbers live in one reviewed table
(a copy of ../shared/crisis-lines.md, checked by a test) and nowhere in code or
wording. The table is parsed once, at import, from package data.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

DIRECTORY_CODE = "any"
"""The row that is not a country: the international directory, shown to everyone."""
_NO_NUMBER = {"—", "-", ""}


@dataclass(frozen=True, slots=True)
class CrisisLine:
    """One row of the table: where it applies, what it is called, how to reach it."""

    country: str  # ISO 3166 alpha-2, upper case; "any" for the international directory
    name: str
    reach: str
    emergency: str | None  # the emergency number(s) of that country, as the table writes them


@dataclass(frozen=True, slots=True)
class Lines:
    """What one person is shown: their country's line (when we have one) and the directory."""

    country: str | None
    own: CrisisLine | None
    directory: CrisisLine

    @property
    def emergency(self) -> str | None:
        """The emergency number of their country, or None: say "your local emergency number"."""
        return self.own.emergency if self.own is not None else None


def parse(table: str) -> tuple[CrisisLine, ...]:
    """The rows of the markdown table (header and separator rows skipped)."""
    rows = []
    for line in table.splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if not line.lstrip().startswith("|") or len(cells) < 4:
            continue
        country, name, reach, emergency = cells[:4]
        if country.startswith("country") or set(country) <= {"-", " "}:
            continue
        code = country.lower() if country.lower() == DIRECTORY_CODE else country.upper()
        rows.append(CrisisLine(code, name, reach, None if emergency in _NO_NUMBER else emergency))
    return tuple(rows)


def _load() -> tuple[CrisisLine, ...]:
    return parse(resources.files("coach").joinpath("crisis_lines.md").read_text("utf-8"))


LINES: tuple[CrisisLine, ...] = _load()
BY_COUNTRY: dict[str, CrisisLine] = {line.country: line for line in LINES}
DIRECTORY: CrisisLine = BY_COUNTRY[DIRECTORY_CODE]


def lines_for(country: str | None) -> Lines:
    """The lines for a country code (any case), or just the directory for None or no row."""
    code = country.upper() if country else None
    own = BY_COUNTRY.get(code) if code and code != DIRECTORY_CODE.upper() else None
    return Lines(code, own, DIRECTORY)
