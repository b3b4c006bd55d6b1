"""Security headers: every response gets ``nosniff`` and a referrer policy; the explorer's
pages and static files (``/`` and ``/ui/``) also get a strict Content-Security-Policy and
are not framable. ``/docs`` (Swagger UI, which loads its own assets) is left as FastAPI
serves it."""

from __future__ import annotations

CSP = "; ".join(
    [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "base-uri 'none'",
        "frame-ancestors 'none'",
    ]
)

COMMON = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
]
PAGE = [
    (b"content-security-policy", CSP.encode()),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
]


def is_page(path: str) -> bool:
    return path == "/" or path == "/ui" or path.startswith("/ui/")


class SecurityHeadersMiddleware:
    """Pure ASGI: adds the headers to the response start, keeps streaming intact."""

    def __init__(self, app) -> None:
        self.app = app

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = COMMON + (PAGE if is_page(scope.get("path", "")) else [])

        async def send_with_headers(message):
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                headers.extend((k, v) for k, v in extra if k not in present)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_headers)
