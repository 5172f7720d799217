"""Turning what people post in Slack (pasted articles, uploaded files, links) into ingests.

Transport details stay here: Slack's message markup, files.info and authorised downloads,
conversation privacy. The storing itself is commands.ingest; every outcome is an
IngestResult-shaped dict, so a failure is a one-line reason to show in the thread.
"""

from __future__ import annotations

import html
import logging
import re
import sqlite3
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot import fetch
from bot.runtime import Runtime
from commands.ingest import IngestResult, Options, Origin, ingest_bytes, ingest_document
from store.db import StoreError
from text.read import MAX_BYTES, Document
from text.sentences import split_sentences

log = logging.getLogger(__name__)

ARTICLE_MIN_WORDS = 120
ARTICLE_MIN_SENTENCES = 3
MAX_LINKS = 3  # links fetched from one message
DOWNLOAD_TIMEOUT = 20.0
SCOPE_TTL = 300.0  # seconds a channel's privacy is remembered
FILE_MIMETYPES = frozenset(
    {
        "application/pdf",
        "text/html",
        "text/plain",
        "text/markdown",
        "text/x-markdown",
        "application/xhtml+xml",
    }
)
FILE_TYPES = frozenset({"pdf", "html", "text", "markdown", "post"})
_MARKUP = re.compile(r"<([^<>|]*)(?:\|([^<>]*))?>")
_BARE_URL = re.compile(r"https?://[^\s<>|\"']+")
_HTML_START = re.compile(rb"^\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>])", re.IGNORECASE)


@dataclass(frozen=True)
class Where:
    """The workspace and conversation an input came from, and who may see it."""

    team: str
    channel: str
    scope: str  # '' for a public channel; else the private conversation's id


class FileError(Exception):
    """A Slack file that could not be downloaded; one line for the user."""


# --- Slack markup ---------------------------------------------------------------------------


def slack_to_text(text: str) -> str:
    """Message text as people read it: links to their labels or URLs, mentions to @names,
    and Slack's &amp; &lt; &gt; back to characters."""

    def plain(match: re.Match[str]) -> str:
        target, label = match.group(1), match.group(2)
        if target.startswith(("@", "#")):
            return target[0] + (label or target[1:])
        if target.startswith("!"):
            name = target[1:].split("^", 1)[0]
            return label or ("@" + name if name in ("channel", "here", "everyone") else "")
        return label or target

    converted = _MARKUP.sub(plain, text)
    return converted.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")


def links_in(text: str) -> list[str]:
    """http(s) links in a message: Slack wraps them in <...>; typed command text may not."""
    found: list[str] = []
    for match in _MARKUP.finditer(text):
        target = match.group(1)
        if target.startswith(("http://", "https://")):
            found.append(html.unescape(target))
    rest = _MARKUP.sub(" ", text)
    found += [m.group(0).rstrip(".,;:!?)") for m in _BARE_URL.finditer(html.unescape(rest))]
    return list(dict.fromkeys(found))


def without_links(text: str) -> str:
    return _BARE_URL.sub(
        " ",
        _MARKUP.sub(
            lambda m: " " if m.group(1).startswith(("http://", "https://")) else m.group(0), text
        ),
    )


def reads_like_article(text: str) -> bool:
    """Long enough and made of sentences: chat is short, articles are not."""
    words = text.split()
    if len(words) < ARTICLE_MIN_WORDS:
        return False
    return len(split_sentences(text)) >= ARTICLE_MIN_SENTENCES


# --- privacy --------------------------------------------------------------------------------

_scope_cache: dict[tuple[str, str], tuple[float, str]] = {}
_scope_lock = threading.Lock()


def conversation_scope(
    client: WebClient,
    team: str,
    channel: str,
    channel_type: str | None = None,
    channel_name: str | None = None,
) -> str:
    """'' when the conversation is a public channel, else its id. Fails closed: when privacy
    cannot be established the article is kept private to the conversation."""
    if channel_type is not None:
        return "" if channel_type == "channel" else channel
    name = channel_name or ""
    if name in ("directmessage", "privategroup") or name.startswith("mpdm-"):
        return channel
    if channel.startswith(("D", "G")):
        return channel
    now = time.monotonic()
    with _scope_lock:
        cached = _scope_cache.get((team, channel))
    if cached and now - cached[0] < SCOPE_TTL:
        return cached[1]
    try:
        info = client.conversations_info(channel=channel).get("channel") or {}
        public = (
            info.get("is_channel") is not False
            and not info.get("is_private")
            and not info.get("is_im")
            and not info.get("is_mpim")
        )
        scope = "" if public else channel
    except SlackApiError as exc:
        log.warning(
            "channel privacy unknown, keeping private",
            extra={"fields": {"channel": channel, "error": exc.response.get("error")}},
        )
        return channel
    with _scope_lock:
        _scope_cache[(team, channel)] = (now, scope)
    return scope


# --- ingest paths ---------------------------------------------------------------------------


def _failed(reason: str) -> dict:
    return {"articles": [], "errors": [reason]}


def _into_store(rt: Runtime, label: str, write: Callable[[Any], IngestResult]) -> dict:
    """Run one ingest on a connection of its own; a store that cannot be opened or written
    is a line for the person who posted, not a failure they never hear about."""
    try:
        with rt.db() as db:
            return write(db).to_json()
    except (StoreError, sqlite3.Error) as exc:
        log.warning("store unavailable", extra={"fields": {"error": str(exc)}})
        # SQLite's reason, not StoreError's text: that names the file's path on this server.
        reason = exc.__cause__ if isinstance(exc, StoreError) and exc.__cause__ else exc
        return _failed(f"{label}: not stored, the store could not be opened or written ({reason})")


def ingest_text(
    rt: Runtime,
    where: Where,
    text: str,
    label: str,
    key: str | None,
    options: Options | None = None,  # the poster's publication date and outlet, if given
) -> dict:
    document = Document(text=text, origin=label, kind="text")
    origin = Origin(label, where.team, where.scope, key)
    return _into_store(
        rt, label, lambda db: ingest_document(db, document, origin, options or Options())
    )


def ingest_link(
    rt: Runtime, where: Where, url: str, key: str | None, options: Options | None = None
) -> dict:
    try:
        fetched = fetch.fetch(url, rt.policy)
    except fetch.FetchError as exc:
        return _failed(str(exc))
    origin = Origin(fetched.url, where.team, where.scope, key)
    return _into_store(
        rt,
        fetched.url,
        lambda db: ingest_bytes(
            db, fetched.data, fetched.url, origin, options or Options(), mimetype=fetched.mimetype
        ),
    )


def token_allowed(url: str, api_url: str) -> bool:
    """The bot token goes only to Slack's own hosts: the API host or its file hosts."""
    target = urlsplit(url)
    api = urlsplit(api_url)
    host, api_host = (target.hostname or "").lower(), (api.hostname or "").lower()
    if not host or not api_host:
        return False
    try:
        same_port = target.port == api.port
    except ValueError:
        return False
    if host == api_host and target.scheme == api.scheme and same_port:
        return True
    domain = api_host.removeprefix("api.")
    return target.scheme == "https" and target.port is None and host.endswith("." + domain)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """Slack redirects a download it will not serve to a sign-in page: that is a failure,
    and the Authorization header must not follow a redirect anywhere."""

    def redirect_request(self, req, fp, code, msg, headers, newurl):  # type: ignore[no-untyped-def]
        return None


def download(
    url: str, token: str, api_url: str, proxy: str | None = None, max_bytes: int = MAX_BYTES
) -> bytes:
    if not token_allowed(url, api_url):
        raise FileError("the file is not hosted by Slack, so it was not downloaded")
    handlers: list[urllib.request.BaseHandler] = [
        urllib.request.ProxyHandler({"http": proxy, "https": proxy} if proxy else {}),
        _NoRedirect(),
    ]
    opener = urllib.request.build_opener(*handlers)
    request = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}"})
    try:
        with opener.open(request, timeout=DOWNLOAD_TIMEOUT) as response:
            if response.status != 200:
                raise FileError(f"Slack answered HTTP {response.status} for the download")
            data = response.read(max_bytes + 1)
    except urllib.error.HTTPError as exc:
        if 300 <= exc.code < 400:
            raise FileError(
                "Slack redirected the download to a sign-in page (is the app allowed files:read?)"
            ) from None
        raise FileError(f"Slack answered HTTP {exc.code} for the download") from None
    except (urllib.error.URLError, OSError) as exc:
        raise FileError(f"the download failed ({type(exc).__name__})") from None
    if len(data) > max_bytes:
        raise FileError(f"the file is larger than {max_bytes // 2**20} MB")
    return data


def ingest_file(rt: Runtime, client: WebClient, where: Where, file_id: str) -> dict:
    """files.info first (events may carry only the id), then the authorised download."""
    try:
        info = client.files_info(file=file_id).get("file") or {}
    except SlackApiError as exc:
        return _failed(f"file {file_id}: Slack would not describe it ({exc.response.get('error')})")
    name = str(info.get("name") or info.get("title") or file_id)
    mimetype = str(info.get("mimetype") or "").split(";")[0].strip().lower()
    filetype = str(info.get("filetype") or "").lower()
    if mimetype not in FILE_MIMETYPES and filetype not in FILE_TYPES:
        return _failed(
            f"{name}: {mimetype or filetype or 'this type'} is not an article "
            "(expected PDF, HTML, text or Markdown)"
        )
    size = info.get("size")
    if isinstance(size, int) and size > MAX_BYTES:
        return _failed(f"{name}: the file is larger than {MAX_BYTES // 2**20} MB")
    url = info.get("url_private_download") or info.get("url_private")
    if not url or info.get("mode") in ("tombstone", "hidden_by_limit", "external"):
        return _failed(f"{name}: Slack offers no download for this file")
    try:
        data = download(str(url), client.token or "", client.base_url, client.proxy)
    except FileError as exc:
        return _failed(f"{name}: {exc}")
    expects_html = mimetype in ("text/html", "application/xhtml+xml") or filetype == "html"
    if not expects_html and _HTML_START.match(data[:1024]):
        return _failed(f"{name}: Slack sent a web page (a sign-in page?) instead of the file")
    if (mimetype == "application/pdf" or filetype == "pdf") and b"%PDF-" not in data[:1024]:
        return _failed(f"{name}: the download is not a PDF")
    label = str(info.get("permalink") or name)
    origin = Origin(label, where.team, where.scope, file_id)
    return _into_store(
        rt,
        name,
        lambda db: ingest_bytes(db, data, name, origin, Options(), mimetype=mimetype or None),
    )


def permalink(client: WebClient, channel: str, ts: str) -> str:
    try:
        link = client.chat_getPermalink(channel=channel, message_ts=ts).get("permalink")
    except SlackApiError:
        link = None
    return str(link) if link else f"slack:{channel}/{ts}"


def carries_article(message: dict) -> bool:
    """Whether a message holds something ingest_message would keep unasked: a file, text that
    reads like an article, or a link."""
    if any(file.get("id") for file in message.get("files") or []):
        return True
    raw = str(message.get("text") or "")
    return bool(links_in(raw)) or reads_like_article(slack_to_text(without_links(raw)).strip())


def ingest_message(
    rt: Runtime,
    client: WebClient,
    where: Where,
    message: dict,
    forced: bool = False,
    bot_user: str | None = None,
) -> list[dict]:
    """Everything worth keeping in one message: files, then the text if it reads like an
    article, else its links. Forced (shortcut, mention): short text is kept too.
    Returns one result per input; an empty list means nothing looked like an article."""
    results: list[dict] = []
    for file in message.get("files") or []:
        if file.get("id"):
            results.append(ingest_file(rt, client, where, str(file["id"])))
    raw = str(message.get("text") or "")
    if bot_user:
        raw = raw.replace(f"<@{bot_user}>", " ")
    ts = str(message.get("ts") or "")
    key = f"{where.channel}/{ts}" if ts else None
    linking = rt.decorating_client(client, where.team)
    text = slack_to_text(without_links(raw)).strip()
    links = links_in(raw)
    if reads_like_article(text):
        results.append(
            ingest_text(rt, where, slack_to_text(raw), permalink(linking, where.channel, ts), key)
        )
    elif links:
        for url in links[:MAX_LINKS]:
            results.append(ingest_link(rt, where, url, key))
    elif forced and not results and text:
        results.append(
            ingest_text(rt, where, slack_to_text(raw), permalink(linking, where.channel, ts), key)
        )
    return results
