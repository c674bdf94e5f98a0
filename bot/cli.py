"""The `coach` command: chat in the terminal, or run the Telegram/Discord bots."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import sys
from typing import Any

from pydantic import ValidationError

from bot.settings import Settings

EXIT_CONFIG = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="coach", description="Rebound, a job-rejection coach.")
    commands = parser.add_subparsers(dest="command", required=True)
    chat = commands.add_parser("chat", help="talk to the coach in this terminal")
    chat.add_argument("--user", default=None, help="whose conversation this is (default: you)")
    telegram = commands.add_parser("telegram", help="run the Telegram bot")
    telegram.add_argument("--webhook", metavar="URL", help="serve a webhook at this public URL")
    telegram.add_argument("--listen", metavar="HOST:PORT", help="where the webhook server listens")
    discord = commands.add_parser("discord", help="run the Discord bot")
    discord.add_argument("--shard-count", type=int, metavar="N", help="the bot's number of shards")
    discord.add_argument("--shard-ids", metavar="A,B", help="the shards this process opens")
    run = commands.add_parser("run", help="run every platform whose token is set")
    for bot_command in (telegram, discord, run):
        bot_command.add_argument("--metrics-listen", metavar="HOST:PORT",
                                 help="serve /healthz and /metrics here")
    database = commands.add_parser("db", help="manage the database")
    database_commands = database.add_subparsers(dest="db_command", required=True)
    database_commands.add_parser("upgrade", help="migrate the database to this version, once")
    return parser


def _overrides(arguments: argparse.Namespace) -> dict[str, Any]:
    """Flags win over the environment; only those given are passed, by setting name."""
    flags = {"metrics_listen": "metrics_listen", "shard_count": "discord_shard_count",
             "shard_ids": "discord_shard_ids"}
    return {setting: getattr(arguments, flag) for flag, setting in flags.items()
            if getattr(arguments, flag, None) is not None}


def _default_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "me"


def _configure_logging(settings: Settings, quiet: bool) -> None:
    from bot.logs import redact_secrets_in_logs

    logging.basicConfig(
        level=logging.WARNING if quiet else settings.log_level.upper(),
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        stream=sys.stderr,
    )
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its URLs carry the bot token
    logging.getLogger("alembic").setLevel(logging.WARNING)  # a line per migration step
    logging.getLogger("aiosqlite").setLevel(logging.WARNING)  # logs statements with values
    logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a line per sweep
    logging.getLogger("discord").setLevel(logging.WARNING)  # our adapter logs what matters
    tokens = (settings.telegram_bot_token, settings.discord_bot_token)
    redact_secrets_in_logs([token.get_secret_value() for token in tokens if token is not None])


def _platforms(command: str, settings: object) -> list[str]:
    if command != "run":
        return [command]
    return [
        name for name in ("telegram", "discord")
        if getattr(settings, f"{name}_bot_token", None) is not None
    ]


def main(argv: list[str] | None = None) -> int:
    arguments = _parser().parse_args(argv)
    from bot import app
    from bot.errors import StartupError
    from bot.settings import Settings

    try:
        settings = Settings(**_overrides(arguments))
        if arguments.command == "telegram" and arguments.webhook:
            settings.telegram_webhook_url = arguments.webhook
        if arguments.command == "telegram" and arguments.listen:
            settings.telegram_webhook_listen = arguments.listen
        _configure_logging(settings, quiet=arguments.command in ("chat", "db"))
        if arguments.command == "chat":
            asyncio.run(app.chat(settings, arguments.user or _default_user()))
        elif arguments.command == "db":
            print(asyncio.run(app.upgrade_database(settings)))
        else:
            asyncio.run(app.serve(settings, _platforms(arguments.command, settings)))
    except KeyboardInterrupt:
        return 0
    except ValidationError as error:
        first = error.errors()[0]
        name = ".".join(str(part) for part in first["loc"])
        message = first["msg"].removeprefix("Value error, ")
        return _fail(f"bad setting {name}: {message}" if name else f"bad setting: {message}")
    except StartupError as error:
        return _fail(str(error))
    return 0


def _fail(message: str) -> int:
    print(f"coach: {message}", file=sys.stderr)
    return EXIT_CONFIG
