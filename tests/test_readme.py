"""README's tour is run as written: a command that stops working fails this test."""

from __future__ import annotations

import re
import shlex

from tests.conftest import REPO, Run


def tour_commands() -> list[tuple[list[str], bool]]:
    """(arguments, whether README says it is refused) for each command of the tour."""
    text = (REPO / "README.md").read_text(encoding="utf-8")
    tour = text.split("### Record a dossier by hand")[1].split("### Dossier files")[0]
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", tour, flags=re.S):
        for command in block.replace("\\\n", " ").splitlines():
            code, _, comment = command.partition("#")
            if code.strip():
                args = shlex.split(code)
                assert args[0] == "besluitspoor"
                commands.append((args[1:], "refused" in comment))
    return commands


def test_readme_tour_runs_as_written(run: Run) -> None:
    commands = tour_commands()
    assert len(commands) >= 10
    for args, refused in commands:
        result = run(*args)
        assert result.exit_code == (2 if refused else 0), (args, result.output)
    shown = run("dossier", "show", "wassenaar-sociaal-team").stdout
    assert "vervuld (1 sep 2023)" in shown and "nagekomen" in shown


def test_readme_rules_table_matches_the_registry() -> None:
    from besluitspoor.rules.registry import RULES

    rows = ["| rule | group | severity | source |", "|---|---|---|---|"]
    rows += [f"| `{r.ID}` | {r.GROUP} | {r.SEVERITY} | {r.SOURCE} |" for r in RULES]
    table = "\n".join(rows)
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert table in readme, "README's rules table is stale; replace it with:\n\n" + table
