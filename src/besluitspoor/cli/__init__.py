"""The command line: parses and prints; the work is done by the modules beside it."""
