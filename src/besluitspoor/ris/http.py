"""Fetching from a RIS as a good citizen of the network: timeouts, a clear User-Agent,
retries with backoff that honour `429` and `Retry-After` / `RateLimit-Reset`, and a response
cache on disk so that a re-run downloads nothing again (`refresh` bypasses it)."""

from __future__ import annotations

import hashlib
import os
import tempfile
import time
from collections.abc import Callable, Mapping
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import httpx

from besluitspoor import __version__
from besluitspoor.i18n import t
from besluitspoor.problems import InputError
from besluitspoor.ris.suppliers import mirrored

USER_AGENT = f"besluitspoor/{__version__} (+https://github.com/besluitspoor/besluitspoor)"
RETRIES = 4
MAX_WAIT = 120.0  # seconds: a longer Retry-After is reported instead of waited out
SLEEP: Callable[[float], None] = time.sleep
# Tests replay recorded responses through an httpx.MockTransport set here.
TRANSPORT: httpx.BaseTransport | None = None


class SourceDown(Exception):
    """The source did not answer usefully after every retry (exit 3: try again later)."""


def _wait(response: httpx.Response | None, attempt: int) -> float:
    """Seconds to wait before the next attempt: what the server asks, else 1, 2, 4, 8 s."""
    if response is not None:
        for header in ("Retry-After", "RateLimit-Reset"):
            value = response.headers.get(header)
            if not value:
                continue
            if value.strip().isdigit():
                return float(value.strip())
            try:
                moment = parsedate_to_datetime(value)
            except (TypeError, ValueError):
                continue
            return max(0.0, moment.timestamp() - time.time())
    return float(2**attempt)


def _reason(response: httpx.Response) -> str:
    """The service's own explanation of a refusal (OpenBesluitvorming: JSON `error`)."""
    try:
        payload = response.json()
    except ValueError:
        return ""
    error = payload.get("error") if isinstance(payload, dict) else None
    return f": {error}" if isinstance(error, str) and error.strip() else ""


class Fetcher:
    def __init__(
        self,
        cache: Path | None,
        *,
        refresh: bool = False,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] | None = None,
        timeout: float = 30.0,
    ) -> None:
        self.cache = cache
        self.refresh = refresh
        self.sleep = sleep
        self.downloads = 0
        self.client = httpx.Client(
            headers={"User-Agent": USER_AGENT},
            timeout=httpx.Timeout(timeout, connect=10.0),
            follow_redirects=True,
            transport=transport,
        )

    def close(self) -> None:
        self.client.close()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def get(self, url: str, params: Mapping[str, Any] | None = None) -> bytes:
        return self._cached(self.client.build_request("GET", mirrored(url), params=params))

    def post(
        self,
        url: str,
        body: str,
        headers: Mapping[str, str],
        throttle: tuple[int, ...] = (),
    ) -> bytes:
        """A POST (SOAP) whose answer is cached by URL and body; `throttle` names statuses the
        service uses for "slow down" besides 429."""
        request = self.client.build_request(
            "POST", mirrored(url), content=body.encode(), headers=headers
        )
        return self._cached(request, throttle)

    def _cached(self, request: httpx.Request, throttle: tuple[int, ...] = ()) -> bytes:
        key = hashlib.sha256(str(request.url).encode() + request.content).hexdigest()
        cached = self.cache / key[:2] / key if self.cache is not None else None
        if cached is not None and cached.exists() and not self.refresh:
            return cached.read_bytes()
        body = self._fetch(request, throttle)
        if cached is not None:
            cached.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=cached.parent, prefix=".part-")
            with os.fdopen(fd, "wb") as handle:
                handle.write(body)
            Path(tmp).replace(cached)
        return body

    def _fetch(self, request: httpx.Request, throttle: tuple[int, ...] = ()) -> bytes:
        url = str(request.url)
        for attempt in range(RETRIES + 1):
            last = attempt == RETRIES
            try:
                response = self.client.send(request)
            except httpx.TransportError as exc:
                if last:
                    raise SourceDown(
                        t("{u} antwoordt niet: {e}", "{u} does not answer: {e}", u=url, e=exc)
                    ) from None
                (self.sleep or SLEEP)(_wait(None, attempt))
                continue
            status = response.status_code
            # A throttle status that persists is a refusal after all (handled below).
            if status == 429 or status >= 500 or (status in throttle and not last):
                wait = _wait(response, attempt)
                if last or wait > MAX_WAIT:
                    raise SourceDown(
                        t(
                            "{u} gaf {s} na {n} pogingen; probeer het later opnieuw",
                            "{u} answered {s} after {n} attempts; try again later",
                            u=url,
                            s=status,
                            n=attempt + 1,
                        )
                    )
                (self.sleep or SLEEP)(wait)
                continue
            if status in (401, 403):
                raise InputError(
                    t(
                        "{u} weigert de toegang ({s}); iBabs laat alleen vooraf aangemelde "
                        "IP-adressen toe",
                        "{u} refuses access ({s}); iBabs admits only IP addresses registered "
                        "in advance",
                        u=url,
                        s=status,
                    )
                )
            if status == 404:
                raise InputError(
                    t(
                        "{u} bestaat niet (404): klopt de organisatie?",
                        "{u} does not exist (404): is the organisation right?",
                        u=url,
                    )
                )
            if status >= 400:
                raise InputError(
                    t("{u} gaf {s}", "{u} answered {s}", u=url, s=status) + _reason(response)
                )
            self.downloads += 1
            return response.content
        raise AssertionError("unreachable")
