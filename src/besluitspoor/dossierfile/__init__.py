"""Dossier files (`besluitspoor/1`, YAML or JSON): reading with located problems, and writing."""
