"""`claimcheck serve`: a local web page where an editor checks a story in the browser.

Built on Starlette (a small ASGI toolkit) served by uvicorn; both come with the `serve`
extra. The page posts the story to `/check` and shows the report through the same HTML
renderer as the notebook and `--output-format html`.
"""

from claimcheck.web.app import create_app, serve

__all__ = ["create_app", "serve"]
