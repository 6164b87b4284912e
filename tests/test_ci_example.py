"""The example workflow works: its shell steps run here, as GitHub would run them, against a
copy of the bundled dossiers (the install step is skipped: besluitspoor is installed)."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from tests.conftest import REPO

from besluitspoor.paths import data_dir

pytestmark = pytest.mark.slow

WORKFLOW = REPO / "examples" / "github" / "besluitspoor.yml"


def _outputs(path: Path) -> dict[str, str]:
    pairs = (line.split("=", 1) for line in path.read_text().splitlines() if "=" in line)
    return dict(pairs)


def test_workflow_shell_steps_run_against_the_bundled_data(tmp_path: Path) -> None:
    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["check"]
    shutil.copytree(data_dir(), tmp_path / "dossiers")
    files = {name: tmp_path / f"github-{name}" for name in ("env", "output", "summary")}
    for path in files.values():
        path.write_text("")
    env = {
        **os.environ,
        **{k: str(v) for k, v in job["env"].items()},
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "RUNNER_TEMP": str(tmp_path),
        "GITHUB_ENV": str(files["env"]),
        "GITHUB_OUTPUT": str(files["output"]),
        "GITHUB_STEP_SUMMARY": str(files["summary"]),
    }
    outputs: dict[str, dict[str, str]] = {}
    codes: dict[str, int] = {}
    for step in job["steps"]:
        if "run" not in step or step.get("id") == "install":
            continue
        script = re.sub(
            r"\$\{\{\s*steps\.(\w+)\.outputs\.(\w+)\s*\}\}",
            lambda m: outputs.get(m[1], {}).get(m[2], ""),
            step["run"],
        )
        files["output"].write_text("")
        done = subprocess.run(
            ["bash", "-e", "-c", script], cwd=tmp_path, env=env, capture_output=True, text=True
        )
        codes[step["name"]] = done.returncode
        outputs[step.get("id", step["name"])] = _outputs(files["output"])
        env.update(_outputs(files["env"]))
        if step.get("id") == "check":
            annotations = done.stdout
    assert env["BESLUITSPOOR_DB"] == str(tmp_path / "besluitspoor.db")
    last = job["steps"][-1]["name"]
    assert all(code == 0 for name, code in codes.items() if name != last), codes
    # Alblasserdam's consent is missing after its start: the check found errors, the job fails.
    assert outputs["check"]["status"] == "1"
    assert codes[last] == 1
    assert re.search(
        r"^::error file=dossiers/alblasserdam-gr-sociaal\.yaml,line=\d+,title=stap-ontbreekt::",
        annotations,
        flags=re.M,
    )
    assert "::warning file=dossiers/wassenaar-sociaal-team.yaml,line=" in annotations
    summary = files["summary"].read_text(encoding="utf-8")
    assert summary.startswith("# Auditrapport")
    assert "| Sociaal Team Wassenaar (`wassenaar-sociaal-team`) | Wassenaar |" in summary
    timelines = sorted(p.name for p in (tmp_path / "timelines").iterdir())
    assert timelines == sorted(
        [f"{p.stem}.md" for p in data_dir().glob("*.yaml")] + ["rapport.html"]
    )


def test_with_a_baseline_the_workflow_fails_only_on_new_findings(tmp_path: Path) -> None:
    """The check step with a committed baseline: known findings pass; a new defect fails."""
    import json

    workflow = yaml.safe_load(WORKFLOW.read_text(encoding="utf-8"))
    job = workflow["jobs"]["check"]
    step = next(s for s in job["steps"] if s.get("id") == "check")
    shutil.copytree(data_dir(), tmp_path / "dossiers")
    db = str(tmp_path / "b.db")
    env = {
        **os.environ,
        **{k: str(v) for k, v in job["env"].items()},
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
        "BESLUITSPOOR_DB": db,
        "GITHUB_OUTPUT": str(tmp_path / "out"),
    }

    def besluitspoor(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "besluitspoor", *args],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
        )

    def check_step() -> tuple[str, str]:
        (tmp_path / "out").write_text("")
        done = subprocess.run(
            ["bash", "-e", "-c", step["run"]],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
        )
        assert done.returncode == 0, done.stderr
        return _outputs(tmp_path / "out")["status"], done.stdout

    assert besluitspoor("import", "dossiers").returncode == 0
    wrote = besluitspoor("check", "--write-baseline", job["env"]["BASELINE"])
    assert wrote.returncode == 0, wrote.stderr
    status, annotations = check_step()
    assert status == "0" and annotations == ""  # everything known
    sarif = json.loads((tmp_path / "besluitspoor.sarif").read_text(encoding="utf-8"))
    assert sarif["runs"][0]["results"] == []
    path = tmp_path / "dossiers" / "westland-adviesraad.yaml"
    path.write_text(
        path.read_text(encoding="utf-8").replace(
            "profile: basis", "profile: gemeenschappelijke-regeling\n  start: 2021-02-01"
        ),
        encoding="utf-8",
    )
    assert besluitspoor("import", "dossiers", "--replace").returncode == 0
    status, annotations = check_step()
    assert status == "1"
    assert annotations and all("westland-adviesraad" in line for line in annotations.splitlines())
