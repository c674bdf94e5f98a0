"""TokenRedactingFilter: whatever a library logs, the token leaves as [REDACTED]."""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator

import pytest

from bot.logs import REDACTED, TokenRedactingFilter, redact_secrets_in_logs

TOKEN = "7000001:AAFakeTokenForTestsOnly-abcdefghijklmnop"


@pytest.fixture
def logger() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    """A private logger writing to a string, with the filter on its handler."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(TokenRedactingFilter([TOKEN]))
    logger = logging.getLogger("tests.telegram.redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    yield logger, stream
    logger.removeHandler(handler)


def test_a_token_in_a_message_or_its_arguments_is_redacted(
    logger: tuple[logging.Logger, io.StringIO],
) -> None:
    log, stream = logger
    log.info("HTTP Request: POST https://api.telegram.org/bot%s/getMe", TOKEN)
    log.info(f"direct https://api.telegram.org/bot{TOKEN}/sendMessage")
    log.info("encoded %s, half %s", TOKEN.replace(":", "%3A"), TOKEN.split(":")[1])
    output = stream.getvalue()
    assert TOKEN.split(":")[1] not in output
    assert output.count(REDACTED) == 4


def test_a_token_in_an_exception_is_redacted(logger: tuple[logging.Logger, io.StringIO]) -> None:
    log, stream = logger
    try:
        raise RuntimeError(f"The token `{TOKEN}` was rejected by the server.")
    except RuntimeError:
        log.exception("start-up failed")
    assert TOKEN.split(":")[1] not in stream.getvalue()
    assert REDACTED in stream.getvalue()


def test_records_without_secrets_pass_untouched_and_an_empty_secret_redacts_nothing() -> None:
    record = logging.LogRecord("x", logging.INFO, __file__, 1, "person %s: %s", (7, "idle"), None)
    assert TokenRedactingFilter([TOKEN, ""]).filter(record)
    assert record.getMessage() == "person 7: idle"
    assert TokenRedactingFilter([""]).redact("anything") == "anything"


def test_the_filter_can_be_put_on_every_handler_of_a_logger() -> None:
    target = logging.getLogger("tests.telegram.install")
    handlers = [logging.StreamHandler(io.StringIO()), logging.StreamHandler(io.StringIO())]
    for handler in handlers:
        target.addHandler(handler)
    try:
        redact_secrets_in_logs([TOKEN], target)
        assert all(any(isinstance(f, TokenRedactingFilter) for f in h.filters) for h in handlers)
    finally:
        for handler in handlers:
            target.removeHandler(handler)
