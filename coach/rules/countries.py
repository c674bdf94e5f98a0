"""A person's country: chosen with /country, else guessed from their IANA time zone.

The guess uses tzdata's own tables (zone.tab maps each zone to one country;
zone1970.tab fills in zones it lacks), read once at import from the `tzdata`
package when it is installed, else from the system's zoneinfo directory. A
time zone is only a guess, which is why the international directory is always
shown beside the country's line.
"""

from __future__ import annotations

import zoneinfo
from importlib import resources
from pathlib import Path

from coach.model import InvalidAnswer, Profile


def read_table(name: str, package: str = "tzdata.zoneinfo") -> str:
    """A tzdata table, from the tzdata package or else the first system zoneinfo directory
    that has it ("" when none does: then no zone tells a country)."""
    try:
        return resources.files(package).joinpath(name).read_text("utf-8")
    except (ModuleNotFoundError, FileNotFoundError):
        pass
    for directory in zoneinfo.TZPATH:
        path = Path(directory) / name
        if path.is_file():
            return path.read_text("utf-8")
    return ""


def _rows(text: str) -> list[list[str]]:
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def _zone_countries() -> dict[str, str]:
    """Zone -> country; zone.tab wins, zone1970.tab (first listed country) only adds zones."""
    found: dict[str, str] = {}
    for row in _rows(read_table("zone1970.tab")):
        if len(row) >= 3:
            found[row[2]] = row[0].split(",")[0]
    for row in _rows(read_table("zone.tab")):
        if len(row) >= 3:
            found[row[2]] = row[0]
    return found


def _names() -> dict[str, str]:
    return {row[0]: row[1] for row in _rows(read_table("iso3166.tab")) if len(row) >= 2}


ZONE_COUNTRIES: dict[str, str] = _zone_countries()
NAMES: dict[str, str] = _names()
_BY_NAME = {name.casefold(): code for code, name in NAMES.items()}
_ALIASES = {"uk": "GB", "united kingdom": "GB", "great britain": "GB", "britain": "GB",
            "england": "GB", "scotland": "GB", "wales": "GB", "northern ireland": "GB",
            "usa": "US", "america": "US", "united states of america": "US",
            "holland": "NL", "the netherlands": "NL", "deutschland": "DE", "espana": "ES",
            "españa": "ES", "south korea": "KR", "czechia": "CZ"}


def of_zone(zone: str | None) -> str | None:
    """The country of an IANA zone, or None (UTC, Etc/GMT-2, an unknown name)."""
    return ZONE_COUNTRIES.get(zone) if zone else None


def of_person(profile: Profile) -> str | None:
    """Their own choice first, else their time zone's country."""
    return profile.country or of_zone(profile.timezone)


def name(code: str) -> str:
    return NAMES.get(code, code)


def parse(text: str) -> str:
    """A country code from 'DE', 'de', 'Germany' or 'uk'; InvalidAnswer otherwise."""
    said = " ".join(text.strip().strip(".").split())
    code = said.upper()
    if len(code) == 2 and code in NAMES:
        return code
    found = _BY_NAME.get(said.casefold()) or _ALIASES.get(said.casefold())
    if found is None:
        raise InvalidAnswer("hint.bad_country")
    return found
