"""Messages shared by rules that need the start date."""

NO_START = {
    "nl": "geen ingangsdatum (dossier.start) vastgelegd; die is nodig om deze regel te toetsen",
    "en": "no start date (dossier.start) recorded; this rule needs it",
}


def with_no_start(messages: dict[str, dict[str, str]]) -> dict[str, dict[str, str]]:
    return {lang: {**texts, "no_start": NO_START[lang]} for lang, texts in messages.items()}
