"""The command line: parses and prints; the work is done by the modules beside it."""

import sys


def run() -> None:
    """The `besluitspoor` program. `--version` alone is answered before anything is imported:
    scripts call it often, and it should cost no more than starting Python."""
    if sys.argv[1:] == ["--version"]:
        from besluitspoor import __version__

        print(f"besluitspoor {__version__}")
        return
    from besluitspoor.cli.main import run as run_app

    run_app()
