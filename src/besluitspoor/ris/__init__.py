"""Trails from where councils publish them (raadsinformatiesystemen): Notubiz and iBabs
responses read into neutral records, and records made into a register dossier."""
