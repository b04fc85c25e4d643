"""The web page's server: the page, its script, and `/check`, which checks one story."""

from __future__ import annotations

import ipaddress
import json
import socket
import sys
import tempfile
from importlib import resources
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response
from starlette.routing import Route

from claimcheck.checker import Checker
from claimcheck.config import resolve, with_options
from claimcheck.errors import ClaimcheckError
from claimcheck.output import render
from claimcheck.output.html import report_html
from claimcheck.output.text import summary
from claimcheck.settings import Settings
from claimcheck.sources import KINDS, MAX_FILE_BYTES

# The page runs only its own script and talks only to this server: even if a story's text
# slipped through unescaped, an inline script or event handler in it would not run.
_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline';"
        " connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none';"
        " frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}
_MAX_BODY = 2 * MAX_FILE_BYTES  # a story and a facts sheet, as JSON


def create_app(settings: Settings | None = None, *, local: bool = True) -> Starlette:
    """The web app; `settings` are the defaults that the page's fields add to.

    `local`: answer only requests addressed to `localhost` or 127.0.0.1, so that no other
    web site can reach the page by pointing one of its own names at this address.
    """
    base = settings or resolve(["."], {}).settings
    assets = resources.files("claimcheck.web")
    html = assets.joinpath("page.html").read_text(encoding="utf-8")  # read once, not per request
    js = assets.joinpath("page.js").read_text(encoding="utf-8")

    async def page(request: Request) -> Response:
        return HTMLResponse(html, headers=_HEADERS)

    async def script(request: Request) -> Response:
        return Response(js, media_type="text/javascript", headers=_HEADERS)

    async def check_story(request: Request) -> Response:
        # JSON only: a page elsewhere cannot send JSON here without the browser asking first.
        if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
            return _error("send the story as JSON (Content-Type: application/json)", 415)
        body = await request.body()
        if len(body) > _MAX_BODY:
            return _error(f"the story is too large (over {MAX_FILE_BYTES:,} bytes)", 413)
        try:
            form = json.loads(body)
            if not isinstance(form, dict) or not isinstance(form.get("text"), str):
                raise ValueError
        except ValueError:
            return _error("send a JSON object with the story's text in `text`")
        try:
            return JSONResponse(await run_in_threadpool(_checked, form, base), headers=_HEADERS)
        except ClaimcheckError as error:
            return _error(str(error))

    hosts = ["localhost", "127.0.0.1"] if local else ["*"]
    return Starlette(
        routes=[
            Route("/", page),
            Route("/page.js", script),
            Route("/check", check_story, methods=["POST"]),
        ],
        middleware=[Middleware(TrustedHostMiddleware, allowed_hosts=hosts)],
    )


def serve(host: str = "127.0.0.1", port: int = 8000, settings: Settings | None = None) -> None:
    """Serve the page until interrupted; port 0 takes any free port."""
    import uvicorn

    app = create_app(settings, local=_is_local(host))
    listener = socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET)
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        listener.bind((host, port))
    except OSError as error:
        listener.close()
        raise ClaimcheckError(
            f"serve: cannot listen on {host} port {port} ({error.strerror});"
            " choose another with --port, or --port 0 for any free one"
        ) from None
    shown = f"[{host}]" if ":" in host else host
    print(f"claimcheck serve: open http://{shown}:{listener.getsockname()[1]}/ (Ctrl+C to stop)")
    sys.stdout.flush()
    uvicorn.Server(uvicorn.Config(app, log_level="warning")).run(sockets=[listener])


def _is_local(host: str) -> bool:
    """Whether `host` stands only for this computer's IPv4 loopback ('localhost', 127.0.0.1)."""
    try:
        found = socket.getaddrinfo(host, None, socket.AF_INET)
        return all(ipaddress.ip_address(info[4][0]).is_loopback for info in found)
    except (OSError, ValueError):
        return False  # an IPv6 or unknown address: bind() says what is wrong with it


def _checked(form: dict[str, Any], base: Settings) -> dict[str, Any]:
    """The report of the story in `form`, as the page shows it and as its downloads."""
    name = _field(form, "name") or "story.txt"
    if Path(name).suffix.lower() not in KINDS:
        name += ".txt"
    options: dict[str, Any] = {k: v for k in ("date", "tolerance") if (v := _field(form, k))}
    facts = _field(form, "facts")
    with tempfile.TemporaryDirectory(prefix="claimcheck-serve-") as folder:
        if facts:
            sheet = Path(folder) / Path(_field(form, "facts_name") or "facts.toml").name
            sheet.write_text(facts, encoding="utf-8")
            options["facts"] = [*base.facts, sheet]
        try:
            checker = Checker(settings=with_options(base, options))  # reads the sheet now
        except ClaimcheckError as error:
            raise type(error)(str(error).replace(f"{folder}/", "")) from None
    report = checker.check(form["text"], path=name)
    return {
        "summary": summary(report.documents),
        "findings": len(report.findings),
        "html": report_html(report, anchor="cc"),
        "json": report.to_json(),
        "sarif": render(report, "sarif"),
    }


def _field(form: dict[str, Any], key: str) -> str:
    value = form.get(key)
    return value.strip() if isinstance(value, str) else ""


def _error(message: str, status: int = 400) -> Response:
    return JSONResponse({"error": message}, status_code=status, headers=_HEADERS)
