"""Validate the gold drafts of bench/corpus with the scorer's own rules (every `bron` verbatim in
its text, unique ids, references that resolve, a doc_type), using ../shared/extract/score.py.

    python bench/corpus_check.py [STEM ...]
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
CORPUS = ROOT / "corpus"


def scorer(shared: Path = ROOT.parent.parent / "shared"):  # type: ignore[no-untyped-def]
    """score.py from ../shared/extract, pointed at this corpus (None when it is not there)."""
    path = shared / "extract" / "score.py"
    if not path.exists():
        return None
    spec = importlib.util.spec_from_file_location("besluitspoor_score", path)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    module.GOLD = CORPUS / "gold"
    module.TEXTS = CORPUS / "texts"
    module.HIDDEN = set()
    return module


if __name__ == "__main__":
    score = scorer()
    if score is None:
        sys.exit("../shared/extract/score.py is not here")
    if sys.argv[1:]:
        keep = set(sys.argv[1:])
        real = score.GOLD
        import shutil
        import tempfile

        tmp = Path(tempfile.mkdtemp())
        for stem in keep:
            shutil.copy(real / f"{stem}.yaml", tmp / f"{stem}.yaml")
        score.GOLD = tmp
    sys.exit(score.validate())
