"""Files posted to Slack (a timeline chart, a cited export), with the one retry Slack's raw
upload step needs: files_upload_v2 uploads to a URL outside the Web API, so the client's retry
handlers never see a 429 there."""

from __future__ import annotations

import time
import urllib.error
from typing import Any

from slack_sdk import WebClient
from slack_sdk.errors import SlackApiError

from bot.runtime import MAX_RETRY_AFTER

UPLOAD_ATTEMPTS = 2


def upload(client: WebClient, **fields: Any) -> str | None:
    """files_upload_v2(**fields) (getUploadURLExternal, the upload, completeUploadExternal);
    None when posted, else Slack's error in a few words."""
    for attempt in range(UPLOAD_ATTEMPTS):
        try:
            client.files_upload_v2(**fields)
            return None
        except urllib.error.HTTPError as exc:
            if exc.code == 429 and attempt + 1 < UPLOAD_ATTEMPTS:
                time.sleep(min(MAX_RETRY_AFTER, float(exc.headers.get("Retry-After") or 1)))
                continue
            return f"upload failed (HTTP {exc.code})"
        except SlackApiError as exc:
            return str(exc.response.get("error") or "error")
        except (urllib.error.URLError, OSError) as exc:
            return f"upload failed ({type(exc).__name__})"
    return "upload failed"
