"""Write dossiers as files: stable output (same dossier, same bytes) that reads back equal."""

from __future__ import annotations

import json
from typing import Literal

from besluitspoor.dossierfile import yamlio
from besluitspoor.model import Dossier

FileFormat = Literal["yaml", "json"]


def dumps(dossier: Dossier, fmt: FileFormat = "yaml") -> str:
    data = dossier.to_data()
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yamlio.dump(data)
