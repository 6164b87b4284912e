"""Long output through a pager on a terminal, as git does: `$BESLUITSPOOR_PAGER`, else
`$PAGER`, else `less` with `LESS=FRX` (quit when it fits on one screen, keep colours, leave the
text on the screen). Never when stdout is not a terminal, with `--no-pager`, or when the pager
is set to `cat` or empty."""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

# While paging, stdout is a pipe to the pager, but the reader sees a terminal of this width:
# the data console keeps colours and wraps at it (base.out reads this).
PAGING_WIDTH: int | None = None


def _is_terminal() -> bool:
    return sys.stdout.isatty()


def pager_command() -> str | None:
    chosen = os.environ.get("BESLUITSPOOR_PAGER", os.environ.get("PAGER"))
    if chosen is not None:
        return chosen.strip() if chosen.strip() not in ("", "cat") else None
    return "less" if shutil.which("less") else None


@contextlib.contextmanager
def paged(enabled: bool = True) -> Iterator[None]:
    """Within the block, stdout goes to the pager (when there is one to use)."""
    command = pager_command() if enabled and _is_terminal() else None
    if command is None:
        yield
        return
    env = {**os.environ, "LESS": os.environ.get("LESS", "FRX"), "LV": "-c"}
    process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env)
    assert process.stdin is not None
    stream = io.TextIOWrapper(process.stdin, encoding="utf-8", errors="replace")
    from besluitspoor.cli import base

    global PAGING_WIDTH
    saved = sys.stdout
    PAGING_WIDTH = shutil.get_terminal_size().columns
    sys.stdout = stream
    base.out.cache_clear()
    try:
        yield
    except BrokenPipeError:
        pass  # the reader quit the pager early: not an error
    finally:
        sys.stdout = saved
        PAGING_WIDTH = None
        base.out.cache_clear()
        with contextlib.suppress(BrokenPipeError, ValueError):
            stream.close()
        process.wait()
