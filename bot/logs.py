"""Structured logs for the bot: one JSON object a line on stderr, with secrets scrubbed.

Tokens must never reach a log, whatever a library decides to print at debug level, so every
record passes through a filter that replaces Slack token shapes and the configured secrets.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from collections.abc import Iterable
from datetime import UTC, datetime

_TOKEN_SHAPES = re.compile(r"\b(xox[abeoprs]|xapp)-[A-Za-z0-9-]+")
# A response_url posts to its channel for 30 minutes: as good as a token while it lasts.
_RESPONSE_URLS = re.compile(
    r"https?(?::|%3A)(?://|%2F%2F)hooks\.slack\.com[^\s\"'&,}]*"
    r"|(response_url\\?[\"']?\s*(?:[:=]|%3D)\s*\\?[\"']?)[^\s\"'&,}\\]+",
    re.IGNORECASE,
)


class Redactor:
    """Replaces token shapes and known secret values in a formatted line."""

    def __init__(self, secrets: Iterable[str] = ()) -> None:
        self.secrets = sorted({s for s in secrets if s}, key=len, reverse=True)

    def scrub(self, text: str) -> str:
        for secret in self.secrets:
            text = text.replace(secret, "[redacted]")
        text = _RESPONSE_URLS.sub(lambda m: (m.group(1) or "") + "[redacted]", text)
        return _TOKEN_SHAPES.sub(lambda m: m.group(1) + "-[redacted]", text)


class JsonLines(logging.Formatter):
    def __init__(self, redactor: Redactor) -> None:
        super().__init__()
        self.redactor = redactor

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        fields = getattr(record, "fields", None)
        if isinstance(fields, dict):
            entry.update({k: v for k, v in fields.items() if k not in entry})
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return self.redactor.scrub(json.dumps(entry, ensure_ascii=False, default=str))


def configure(level: str = "INFO", secrets: Iterable[str] = ()) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonLines(Redactor(secrets)))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    if level != "DEBUG":
        # urllib3/slack_sdk chatter at INFO adds nothing an operator needs.
        logging.getLogger("slack_sdk").setLevel("WARNING")


def event(
    logger: logging.Logger, message: str, level: int = logging.INFO, **fields: object
) -> None:
    """Log one event with key-value fields alongside the message."""
    logger.log(level, message, extra={"fields": fields})
