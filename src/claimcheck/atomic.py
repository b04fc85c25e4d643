"""Writing a file whole or not at all: a failed write never leaves a half-written file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def replace_file(path: Path, text: str) -> None:
    """Write `text` to a temporary file beside `path`, then rename it over `path`.

    The rename is atomic: readers see the old file or the new one, never a mix, and an
    error (a full disk, a killed process) leaves the old file as it was. A symbolic link
    stays a link to the file it names; the file keeps its permissions. A device or a
    pipe (`/dev/null`, `/dev/stdout`) is written to, never replaced.
    """
    target = Path(os.path.realpath(path))
    if target.exists() and not target.is_file():  # /dev/null, /dev/stdout, a pipe: not a file
        with open(target, "w", encoding="utf-8") as stream:
            stream.write(text)
        return
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, _mode(target))
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def _mode(target: Path) -> int:
    """The permissions of the file replaced, or those a new file gets (0o666 less umask)."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
