"""Output: the trail and its findings for terminals, markdown, HTML and JSON."""
