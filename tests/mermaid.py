"""Mermaid's own parser, for the tests: charts are parsed by mermaid (in node, with jsdom for
the DOM it expects), not by a guess of its grammar.

The packages are installed once into a cache folder (`npm install mermaid jsdom`); without
node the tests that need it skip, unless BESLUITSPOOR_REQUIRE_MERMAID=1 (CI) makes that a
failure.
"""

from __future__ import annotations

import fcntl
import json
import os
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

PACKAGES = ("mermaid@11", "jsdom@25")
CACHE = Path(
    os.environ.get("BESLUITSPOOR_NODE_CACHE", Path.home() / ".cache" / "besluitspoor-tests")
)

SCRIPT = r"""
import { JSDOM } from "jsdom";
const dom = new JSDOM("<!doctype html><html><body></body></html>");
globalThis.window = dom.window;
globalThis.document = dom.window.document;
const { default: mermaid } = await import("mermaid");
mermaid.initialize({ startOnLoad: false });
let input = "";
for await (const chunk of process.stdin) input += chunk;
const out = [];
for (const text of JSON.parse(input)) {
  try {
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db;
    out.push({
      ok: true,
      tasks: db.getTasks().map((t) => t.task),
      title: db.getDiagramTitle(),
      dateFormat: db.getDateFormat(),
    });
  } catch (e) {
    out.push({ ok: false, error: String((e && e.message) || e).split("\n").slice(0, 3).join(" ") });
  }
}
process.stdout.write(JSON.stringify(out));
"""


def _unavailable(reason: str) -> None:
    if os.environ.get("BESLUITSPOOR_REQUIRE_MERMAID") == "1":
        pytest.fail(f"mermaid's parser is required here: {reason}")
    pytest.skip(f"mermaid's parser is not available: {reason}")


def _installed() -> Path:
    node, npm = shutil.which("node"), shutil.which("npm")
    if not node or not npm:
        _unavailable("node and npm are not installed")
    folder = CACHE / "node"
    folder.mkdir(parents=True, exist_ok=True)
    with (folder / ".lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # test processes in parallel install it once
        _install(npm, folder)
    script = folder / "parse.mjs"
    if not script.exists() or script.read_text() != SCRIPT:
        script.write_text(SCRIPT)
    return script


def _install(npm: str, folder: Path) -> None:
    if not (folder / "node_modules" / "mermaid").exists():
        done = subprocess.run(
            [
                npm,
                "install",
                "--no-audit",
                "--no-fund",
                "--silent",
                "--prefix",
                str(folder),
                *PACKAGES,
            ],
            capture_output=True,
            text=True,
            timeout=600,
        )
        if done.returncode != 0:
            _unavailable(f"npm install failed: {done.stderr[-300:]}")


def parse_charts(charts: list[str]) -> list[dict[str, Any]]:
    """Each chart parsed: {ok, tasks, title, dateFormat} or {ok: False, error}."""
    script = _installed()
    done = subprocess.run(
        ["node", str(script)],
        input=json.dumps(charts),
        capture_output=True,
        text=True,
        timeout=300,
        cwd=script.parent,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    result: list[dict[str, Any]] = json.loads(done.stdout)
    return result
