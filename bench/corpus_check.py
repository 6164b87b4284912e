"""Validate the gold drafts of bench/corpus with the scorer's own rules (every `bron` verbatim in
its text, unique ids, references that resolve, a doc_type), using ../shared/extract/score.py,
and that each file-level key (`# municipality:`, ...) is given once: a comment wrapped so that a
line starts with one would be read as its value.

    python bench/corpus_check.py [STEM ...]
"""

from __future__ import annotations

import importlib.util
import re
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


_KEY = re.compile(r"#\s*(doc_type|doc_date|municipality|layout):")


def keys_given_twice(gold: Path) -> list[str]:
    """The file-level keys a gold draft's comments give more than once."""
    seen: list[str] = []
    for line in gold.read_text(encoding="utf-8").splitlines():
        if re.match(r"^(steps|promises|preconditions):", line):
            break
        if m := _KEY.match(line):
            seen.append(m[1])
    return sorted({key for key in seen if seen.count(key) > 1})


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
    twice = [
        f"{gold.name}: `# {key}:` given twice (a wrapped comment line starts with it?)"
        for gold in sorted(score.GOLD.glob("*.yaml"))
        for key in keys_given_twice(gold)
    ]
    print("\n".join(twice) or "file-level keys: each given once")
    sys.exit(score.validate() or len(twice))
