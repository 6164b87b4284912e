"""`python -m besluitspoor`."""

from besluitspoor.cli.main import run

run()
