"""Settings from the environment (and a .env file), validated once at start-up."""

from __future__ import annotations

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """Every knob the bot reads; tokens are secrets so they never print in full."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str | None = Field(default=None, validation_alias="COACH_DATABASE_URL")
    telegram_bot_token: SecretStr | None = Field(
        default=None, validation_alias="TELEGRAM_BOT_TOKEN"
    )
    telegram_base_url: str = Field(
        default="https://api.telegram.org/bot", validation_alias="TELEGRAM_BASE_URL"
    )
    telegram_webhook_url: str | None = Field(
        default=None, validation_alias="TELEGRAM_WEBHOOK_URL"
    )
    telegram_webhook_listen: str = Field(
        default="0.0.0.0:8443", validation_alias="TELEGRAM_WEBHOOK_LISTEN"
    )
    telegram_webhook_secret: SecretStr | None = Field(
        default=None, validation_alias="TELEGRAM_WEBHOOK_SECRET"
    )
    discord_bot_token: SecretStr | None = Field(default=None, validation_alias="DISCORD_BOT_TOKEN")
    discord_api_base_url: str = Field(
        default="https://discord.com/api/v10", validation_alias="DISCORD_API_BASE_URL"
    )
    discord_gateway_url: str = Field(
        default="wss://gateway.discord.gg/", validation_alias="DISCORD_GATEWAY_URL"
    )
    nudge_grace_minutes: int = Field(
        default=180, ge=0, le=24 * 60, validation_alias="COACH_NUDGE_GRACE_MINUTES"
    )
    """A nudge missed (the bot was down) is sent this late at most, else skipped."""
    log_level: str = Field(default="INFO", validation_alias=AliasChoices("COACH_LOG_LEVEL"))
    # -- operations: several processes ---------------------------------------------------
    metrics_listen: str | None = Field(default=None, validation_alias="COACH_METRICS_LISTEN")
    """HOST:PORT where a bot process serves /healthz and /metrics; unset: not served."""
    discord_shard_count: int | None = Field(
        default=None, ge=1, validation_alias="COACH_DISCORD_SHARD_COUNT"
    )
    discord_shard_ids: tuple[int, ...] | None = Field(
        default=None, validation_alias="COACH_DISCORD_SHARD_IDS"
    )
    """Which shards this process opens (e.g. "0,1"); unset with a count: all of them."""

    @field_validator("discord_shard_ids", mode="before")
    @classmethod
    def _comma_separated(cls, value: object) -> object:
        if isinstance(value, str):
            parts = [part.strip() for part in value.split(",") if part.strip()]
            if not all(part.isdigit() for part in parts):
                raise ValueError("use shard numbers separated by commas, e.g. 0,1")
            return tuple(int(part) for part in parts) or None
        return (value,) if isinstance(value, int) else value

    @model_validator(mode="after")
    def _shards_within_count(self) -> Settings:
        ids, count = self.discord_shard_ids, self.discord_shard_count
        if ids is not None and count is None:
            raise ValueError("COACH_DISCORD_SHARD_IDS needs COACH_DISCORD_SHARD_COUNT")
        if ids is not None and count is not None and any(i >= count for i in ids):
            raise ValueError(f"shard ids must be below the shard count ({count})")
        return self

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        if value.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("use DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value.upper()

    @field_validator("telegram_bot_token", "discord_bot_token", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        return None if isinstance(value, str) and not value.strip() else value
