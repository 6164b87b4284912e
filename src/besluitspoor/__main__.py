"""`python -m besluitspoor`."""

from besluitspoor.cli import run

run()
