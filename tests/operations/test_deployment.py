"""The compose file an operator runs: the services, their order, and nothing left dangling."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from bot.cli import _parser

yaml = pytest.importorskip("yaml", reason="PyYAML reads the compose file")

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = ROOT / "docker-compose.yml"
BOTS = ("telegram", "discord")


@pytest.fixture(scope="module")
def services() -> dict[str, Any]:
    compose = yaml.safe_load(COMPOSE.read_text())
    assert set(compose) <= {"x-rebound", "services", "volumes"}
    return dict(compose["services"])


def test_there_is_a_database_a_migration_two_telegram_replicas_discord_and_a_proxy(
    services: dict[str, Any],
) -> None:
    assert set(services) == {"postgres", "migrate", "telegram", "discord", "proxy"}
    assert services["telegram"]["deploy"]["replicas"] == 2
    assert services["migrate"]["command"] == ["coach", "db", "upgrade"]
    assert services["migrate"]["restart"] == "no"


def test_the_bots_start_only_after_the_migration_and_it_after_postgres_is_ready(
    services: dict[str, Any],
) -> None:
    assert services["migrate"]["depends_on"] == {"postgres": {"condition": "service_healthy"}}
    for bot in BOTS:
        assert services[bot]["depends_on"] == {
            "migrate": {"condition": "service_completed_successfully"}}
    assert "healthcheck" in services["postgres"]


def test_every_coach_process_uses_the_one_postgres_database(services: dict[str, Any]) -> None:
    urls = {services[name]["environment"]["COACH_DATABASE_URL"] for name in ("migrate", *BOTS)}
    assert len(urls) == 1
    url = urls.pop()
    assert url.startswith("postgresql+asyncpg://rebound:") and "@postgres:5432/" in url


def test_bots_are_health_checked_on_their_metrics_address_and_publish_no_ports(
    services: dict[str, Any],
) -> None:
    for bot in BOTS:
        assert services[bot]["environment"]["COACH_METRICS_LISTEN"] == "0.0.0.0:9100"
        assert "http://127.0.0.1:9100/healthz" in " ".join(services[bot]["healthcheck"]["test"])
        assert "ports" not in services[bot], "replicas cannot share a host port"


def test_the_commands_are_ones_coach_accepts(services: dict[str, Any]) -> None:
    for name in ("migrate", *BOTS):
        command = services[name]["command"]
        assert command[0] == "coach"
        _parser().parse_args([part.replace("${TELEGRAM_WEBHOOK_DOMAIN:-localhost}", "example.org")
                              for part in command[1:]])


def test_the_proxy_sends_the_webhook_path_to_the_telegram_replicas(
    services: dict[str, Any],
) -> None:
    assert "./deploy/Caddyfile:/etc/caddy/Caddyfile:ro" in services["proxy"]["volumes"]
    config = (ROOT / "deploy" / "Caddyfile").read_text()
    webhook = services["telegram"]["command"]
    assert webhook[webhook.index("--webhook") + 1].endswith("/telegram")
    assert webhook[webhook.index("--listen") + 1] == "0.0.0.0:8443"
    assert "handle /telegram {" in config and "name telegram" in config and "port 8443" in config
    assert config.count("{") == config.count("}")


def test_the_file_follows_the_compose_specification() -> None:
    """`docker compose config` checks this; without Docker Compose, its published schema does."""
    schema_file = _compose_schema()
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema checks the compose schema")
    schema = json.loads(schema_file.read_text())
    jsonschema.validate(yaml.safe_load(COMPOSE.read_text()), schema)


def _compose_schema() -> Path:
    try:
        import check_jsonschema  # type: ignore[import-not-found]  # optional
    except ImportError:
        pytest.skip("neither Docker Compose nor check-jsonschema (which ships the compose-spec "
                    "schema) is installed; the structure is checked by the tests above")
    return Path(check_jsonschema.__file__).parent / "builtin_schemas/vendor/compose-spec.json"
