"""Any OpenAI-compatible HTTP endpoint (vLLM, Ollama, llama.cpp server, TGI, OpenAI, ...).

The API key is read from the environment variable the registry names and goes only into the
Authorization header: never into a record, a log line or an exception message.
"""
from __future__ import annotations

import os
import random
import threading
import time
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from typing import Any, Iterable, Iterator
from urllib.parse import urlsplit, urlunsplit

import requests

from pareval_lib.errors import ParevalError
from pareval_lib.problems.prompting import MODES
from pareval_lib.generation.registry import ModelSpec
from pareval_lib.generation.backends.base import Completion, GenerationRequest

RETRY_STATUS = {408, 409, 425, 429, 500, 502, 503, 504}
CONNECT_TIMEOUT_S = 10.0


def safe_url(url: str) -> str:
    """`url` without user:password or query string, fit for records and messages."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class OpenAICompatibleBackend:
    """Requests over HTTP with bounded retries (exponential backoff) and a thread pool."""

    name = "openai"
    local = False

    def __init__(self, spec: ModelSpec) -> None:
        settings = spec.settings
        self.spec = spec
        if not settings.get("base_url"):
            raise ParevalError(f"model {spec.name!r} has no endpoint: set settings.base_url (e.g. "
                               f"http://127.0.0.1:8000/v1) in a models file and pass --models FILE")
        if "api_key" in settings:
            raise ParevalError(f"model {spec.name!r}: models files never hold keys; put the key in an "
                               f"environment variable and name that variable in settings.api_key_env")
        self.base_url = str(settings["base_url"]).rstrip("/")
        self.where = safe_url(self.base_url)
        self.model: str | None = settings.get("model")
        self.mode = settings.get("mode", "chat")
        if self.mode not in MODES:
            raise ParevalError(f"model {spec.name!r}: settings.mode must be one of {', '.join(MODES)}")
        self.key_env: str | None = settings.get("api_key_env")
        self._key = os.environ.get(self.key_env) if self.key_env else None
        self.timeout_s = float(settings.get("timeout_s", 600))
        self.max_retries = int(settings.get("max_retries", 6))
        self.backoff_s = float(settings.get("backoff_s", 1.0))
        self.max_backoff_s = float(settings.get("max_backoff_s", 60.0))
        self.concurrency = max(1, int(settings.get("concurrency", 4)))
        self.extra_body = dict(settings.get("extra_body") or {})
        self._local = threading.local()
        self._closing = threading.Event()
        self._pool: ThreadPoolExecutor | None = None

    # -- HTTP ------------------------------------------------------------------------------------
    def _session(self) -> requests.Session:
        if not hasattr(self._local, "session"):
            self._local.session = requests.Session()
        return self._local.session

    def _headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self._key}"} if self._key else {}

    def _scrub(self, text: str) -> str:
        return text.replace(self._key, "***") if self._key else text

    def _auth_error(self, status: int) -> ParevalError:
        if self.key_env and not self._key:
            hint = f"the environment variable {self.key_env} is not set"
        elif self.key_env:
            hint = f"check the key in the environment variable {self.key_env}"
        else:
            hint = "name the environment variable holding the key in settings.api_key_env"
        return ParevalError(f"endpoint {self.where} refused the API key (HTTP {status}) for model "
                            f"{self.spec.name!r}: {hint}")

    def _call(self, method: str, path: str, body: dict[str, Any] | None = None,
              missing_ok: bool = False) -> dict[str, Any] | None:
        """One API call with retries on connection errors, timeouts, 429 and 5xx."""
        url = f"{self.base_url}/{path}"
        failure = ""
        for attempt in range(self.max_retries + 1):
            delay = min(self.max_backoff_s, self.backoff_s * 2 ** attempt) * random.uniform(0.8, 1.2)
            try:
                resp = self._session().request(method, url, json=body, headers=self._headers(),
                                               timeout=(CONNECT_TIMEOUT_S, self.timeout_s))
            except requests.Timeout:
                failure = f"no answer within {self.timeout_s:g} s"
            except requests.ConnectionError:
                failure = "connection failed (is the server running? check settings.base_url)"
            else:
                if resp.status_code in (401, 403):
                    raise self._auth_error(resp.status_code)
                if resp.status_code in (404, 405) and missing_ok:
                    return None
                if resp.status_code in RETRY_STATUS:
                    failure = f"HTTP {resp.status_code}"
                    retry_after = resp.headers.get("Retry-After", "")
                    if retry_after.isdigit():
                        delay = min(self.max_backoff_s, float(retry_after))
                elif resp.status_code >= 400:
                    detail = " ".join(self._scrub(resp.text).split())[:300]
                    raise ParevalError(f"endpoint {self.where} answered HTTP {resp.status_code} to "
                                       f"{method} /{path}: {detail}")
                else:
                    try:
                        return resp.json()
                    except ValueError:
                        raise ParevalError(f"endpoint {self.where} answered {method} /{path} with "
                                           f"something that is not JSON") from None
            if attempt == self.max_retries or self._closing.wait(delay):
                break
        raise ParevalError(f"cannot reach endpoint {self.where} for model {self.spec.name!r}: {failure} "
                           f"after {attempt + 1} attempt(s)")

    # -- Backend ---------------------------------------------------------------------------------
    def start(self) -> dict[str, Any]:
        listing = self._call("GET", "models", missing_ok=True)
        served = [m.get("id") for m in (listing or {}).get("data", []) if isinstance(m, dict)]
        if not self.model:
            if not served:
                raise ParevalError(f"model {self.spec.name!r}: endpoint {self.where} lists no models; "
                                   f"set settings.model to the served model's name")
            self.model = served[0]
        self._pool = ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="pareval-http")
        return {"base_url": self.where, "model": self.model, "served_models": served[:20]}

    def _body(self, request: GenerationRequest) -> tuple[str, dict[str, Any]]:
        p = request.params
        body: dict[str, Any] = {"model": self.model, "max_tokens": p.max_tokens, "temperature": p.temperature,
                                "top_p": p.top_p, "seed": p.seed}
        if request.prompt.mode == "chat":
            body["messages"] = [dict(m) for m in request.prompt.messages]
            path = "chat/completions"
        else:
            body["prompt"] = request.prompt.text
            body["stop"] = list(request.prompt.stop)
            path = "completions"
        body.update(self.extra_body)
        return path, body

    def _complete(self, request: GenerationRequest) -> Completion:
        path, body = self._body(request)
        started = time.perf_counter()
        response = self._call("POST", path, body) or {}
        seconds = time.perf_counter() - started
        try:
            choice = response["choices"][0]
            text = choice["message"].get("content") if "message" in choice else choice["text"]
        except (KeyError, IndexError, TypeError, AttributeError):
            raise ParevalError(f"endpoint {self.where} answered POST /{path} without choices[0]") from None
        usage = response.get("usage") or {}
        extra = {k: response[k] for k in ("model", "system_fingerprint") if response.get(k)}
        return Completion(request, text or "", usage.get("prompt_tokens"), usage.get("completion_tokens"),
                          seconds, choice.get("finish_reason"), extra={"served": extra} if extra else {})

    def generate(self, requests_: Iterable[GenerationRequest]) -> Iterator[Completion]:
        """At most `concurrency` requests in flight; completions in the order they finish.

        A request that still fails after its retries stops new submissions, but every request
        already in flight is waited for and its completion yielded (so it is written) before
        the first failure is raised: finished work is never thrown away.
        """
        if self._pool is None:
            raise ParevalError("backend not started: call start() first")
        pending: set[Future[Completion]] = set()
        failure: BaseException | None = None

        def harvest(done: set[Future[Completion]]) -> Iterator[Completion]:
            nonlocal failure
            for future in done:
                exc = future.exception()
                if exc is None:
                    yield future.result()
                elif failure is None:
                    failure = exc

        for request in requests_:
            if failure is not None:
                break
            pending.add(self._pool.submit(self._complete, request))
            if len(pending) >= self.concurrency:
                done, pending = wait(pending, return_when=FIRST_COMPLETED)
                yield from harvest(done)
        while pending:
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            yield from harvest(done)
        if failure is not None:
            raise failure

    def close(self) -> None:
        self._closing.set()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
