"""Timelines and reports as people use them: goldens for md, html and json, markdown that
renders with its tables intact, text from a dossier that cannot break the page, templates that
users override, and a real browser."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from markdown_it import MarkdownIt
from tests.conftest import REPO, Run

from besluitspoor.paths import data_dir

GOLDENS = Path(__file__).parent / "goldens"
UPDATE = os.environ.get("BESLUITSPOOR_UPDATE_GOLDENS") == "1"
HOW = "BESLUITSPOOR_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/test_documents.py"
AS_OF = "2023-02-08"


def golden(name: str, actual: str) -> None:
    path = GOLDENS / name
    if UPDATE:
        path.write_text(actual, encoding="utf-8")
    expected = path.read_text(encoding="utf-8") if path.exists() else ""
    assert actual == expected, f"{name} changed; if that is intended, regenerate with: {HOW}"


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_wassenaar_timeline_golden(loaded: Run, fmt: str) -> None:
    result = loaded("timeline", "wassenaar-sociaal-team", "--as-of", AS_OF, "--format", fmt)
    assert result.exit_code == 0, result.output
    golden(f"wassenaar.timeline.{fmt}", result.stdout)


def test_report_golden(loaded: Run) -> None:
    result = loaded("report", "--as-of", AS_OF, "--format", "md")
    assert result.exit_code == 0, result.output
    golden("report.md", result.stdout)


def test_every_bundled_dossier_renders_in_every_format(loaded: Run) -> None:
    for path in data_dir().glob("*.yaml"):
        for fmt in ("text", "md", "html", "json"):
            result = loaded("timeline", path.stem, "--format", fmt, "--as-of", AS_OF)
            assert result.exit_code == 0, (path.stem, fmt, result.output)
    for fmt in ("md", "html", "json"):
        assert loaded("report", "--format", fmt).exit_code == 0


def test_timeline_json_is_versioned(loaded: Run) -> None:
    data = json.loads(
        loaded("timeline", "wassenaar-sociaal-team", "-f", "json", "--as-of", AS_OF).stdout
    )
    assert data["format"] == "besluitspoor-timeline/1"
    assert [s["date"]["iso"] for s in data["steps"]][:2] == ["2022-01", "2022-06"]
    assert data["counts"] == {"error": 0, "warning": 14, "info": 6}
    on_step = next(s for s in data["steps"] if s["id"] == "cb-2022-12-13")
    assert [f["rule"] for f in on_step["findings"]] == ["advies-niet-gevraagd"]
    report = json.loads(loaded("report", "-f", "json", "--as-of", AS_OF).stdout)
    assert report["format"] == "besluitspoor-report/1"
    assert len(report["overview"]) == len(report["dossiers"]) == 5


def test_text_timeline_shows_findings_at_their_items(loaded: Run) -> None:
    out = loaded("timeline", "wassenaar-sociaal-team", "--as-of", AS_OF).stdout
    assert "▲ advies-niet-gevraagd" in out  # under the collegebesluit it is about
    assert "▶ ingangsdatum" in out and "jan 2022" in out
    assert "0 fouten, 14 waarschuwingen, 6 info" in out


HOSTILE = """format: besluitspoor/1
dossier:
  id: vijandig
  title: "Raad | college <script>alert('x')</script> `code` *vet*"
  municipality: "Stad | Dorp"
  profile: basis
  start: 2023-01-01
  summary: "Regel een\\nregel twee | met pijp"
  sources:
    - {title: "Kwaad [link](javascript:alert(1))", url: "javascript:alert(1)"}
steps:
  - id: s1
    kind: collegebesluit
    date: 2022-12
    title: "Titel met | pijp\\nen nieuwe regel: en dubbele punt; # hekje"
    source: "https://example.org/a b(c)|d"
  - {id: s2, kind: raadsinformatiebrief, date: 2023-01-18, title: "<img src=x onerror=alert(1)>", reports: [s1]}
preconditions:
  - {id: p1, text: "Een | twee", status: open}
"""


@pytest.fixture
def hostile(run: Run, tmp_path: Path) -> Run:
    path = tmp_path / "vijandig.yaml"
    path.write_text(HOSTILE, encoding="utf-8")
    assert run("import", str(path)).exit_code == 0
    return run


def _tables(html: str) -> list[list[int]]:
    """Cells per row, per table, of rendered HTML."""
    tables = []
    for table in re.findall(r"<table>(.*?)</table>", html, flags=re.S):
        tables.append(
            [
                len(re.findall(r"<t[dh][ >]", row))
                for row in re.findall(r"<tr>(.*?)</tr>", table, flags=re.S)
            ]
        )
    return tables


def test_markdown_renders_with_tables_intact(loaded: Run, hostile: Run) -> None:
    md = MarkdownIt("commonmark").enable("table")
    for dossier in ("wassenaar-sociaal-team", "vijandig"):
        text = loaded("timeline", dossier, "-f", "md", "--as-of", AS_OF).stdout
        html = md.render(text)
        tables = _tables(html)
        assert tables and all(len(set(rows)) == 1 and rows[0] == 4 for rows in tables), tables
        assert "<script" not in html and "<img" not in html and 'href="javascript' not in html
    steps_table = _tables(
        md.render(loaded("timeline", "wassenaar-sociaal-team", "-f", "md", "--as-of", AS_OF).stdout)
    )[0]
    assert len(steps_table) == 1 + 9 + 1  # header, nine steps, the start marker


def test_mermaid_gantt_lines_are_well_formed(hostile: Run) -> None:
    text = hostile("timeline", "vijandig", "-f", "md").stdout
    block = text.split("```mermaid\n")[1].split("```")[0].splitlines()
    assert block[:3] == ["gantt", "    dateFormat YYYY-MM-DD", "    axisFormat %b %Y"]
    task = re.compile(
        r"^    [^:#;\n]+ :(crit, |active, )?(milestone, )?s\d+, \d{4}-\d\d-\d\d, "
        r"(\d{4}-\d\d-\d\d|0d)$"
    )
    for line in block[3:]:
        assert line.startswith("    section ") or task.match(line), line
    # labels are short (the full title is in the table below) and start with the date
    assert "    dec 2022 Titel met | pijp en nieuwe rege… :s0, 2022-12-01, 2022-12-31" in block
    from besluitspoor.render.context import mermaid_text

    assert mermaid_text("regel: punt; # hekje") == "regel - punt, nr. hekje"


def test_html_escapes_dossier_text_and_drops_unsafe_links(hostile: Run) -> None:
    html = hostile("timeline", "vijandig", "-f", "html").stdout
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert 'href="javascript' not in html
    assert 'href="https://example.org/a%20b%28c%29%7Cd"' in html
    assert "<link" not in html and 'src="http' not in html  # self-contained


def test_user_templates_win_and_fall_back(loaded: Run, tmp_path: Path) -> None:
    (tmp_path / "timeline.md").write_text("EIGEN {{ c.dossier.title }} {{ c.counts.warning }}\n")
    result = loaded(
        "timeline",
        "wassenaar-sociaal-team",
        "-f",
        "md",
        "--as-of",
        AS_OF,
        "--templates",
        str(tmp_path),
    )
    assert result.stdout == "EIGEN Sociaal Team Wassenaar 14\n"
    html = loaded("timeline", "wassenaar-sociaal-team", "-f", "html", "--templates", str(tmp_path))
    assert html.stdout.startswith("<!doctype html>")  # no override: the built-in
    (tmp_path / "timeline.md").write_text("{{ c.dossier.titel }}\n")
    broken = loaded("timeline", "wassenaar-sociaal-team", "-f", "md", "--templates", str(tmp_path))
    assert broken.exit_code == 2
    assert "timeline.md:1: fout in sjabloon:" in broken.stderr and "titel" in broken.stderr


def test_output_file(loaded: Run, tmp_path: Path) -> None:
    target = tmp_path / "out" / "w.html"
    result = loaded("timeline", "wassenaar-sociaal-team", "-f", "html", "-o", str(target))
    assert result.exit_code == 0 and result.stdout == ""
    assert target.read_text(encoding="utf-8").startswith("<!doctype html>")


def test_readme_markdown_example_is_current(loaded: Run) -> None:
    text = loaded("timeline", "westland-adviesraad", "-f", "md", "--as-of", "2021-03-01").stdout
    readme_path = REPO / "README.md"
    readme = readme_path.read_text(encoding="utf-8")
    start, end = "<!-- example:timeline-md -->\n", "<!-- /example -->"
    block = f"{start}````markdown\n{text}````\n{end}"
    current = readme[readme.index(start) : readme.index(end) + len(end)]
    if UPDATE:
        readme_path.write_text(readme.replace(current, block), encoding="utf-8")
        return
    assert current == block, f"README's markdown example is stale; regenerate with: {HOW}"


CHROMIUM = next(
    (p for p in ("chromium", "chromium-browser", "google-chrome") if shutil.which(p)), None
)


def _console(flags: list[str], page: Path, width: int) -> str:
    """What a page's scripts log when chromium loads it in a window `width` px wide."""
    assert CHROMIUM is not None
    return subprocess.run(
        [
            CHROMIUM,
            *flags,
            f"--window-size={width},1600",
            "--virtual-time-budget=5000",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stderr


@pytest.mark.browser
@pytest.mark.slow
def test_html_report_in_a_real_browser(hostile: Run, tmp_path: Path) -> None:
    if CHROMIUM is None:
        if os.environ.get("BESLUITSPOOR_REQUIRE_BROWSER") == "1":
            pytest.fail("chromium is required here (BESLUITSPOOR_REQUIRE_BROWSER=1)")
        pytest.skip("no chromium installed: `apt-get install chromium` runs this browser test")
    from besluitspoor.paths import data_dir as bundled

    hostile("import", str(bundled()))
    page = tmp_path / "rapport.html"
    assert hostile("report", "-f", "html", "--as-of", AS_OF, "-o", str(page)).exit_code == 0
    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={tmp_path / 'profile'}",
    ]
    dom = subprocess.run(
        [CHROMIUM, *flags, "--dump-dom", page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    ).stdout
    assert "Auditrapport" in dom and "Sociaal Team Wassenaar" in dom
    # the title with <script> shows as text: escaped in the DOM, no script element from it
    assert "&lt;script&gt;alert('x')&lt;/script&gt;" in dom
    assert "<script>" not in dom and "onerror" not in dom.replace("onerror=alert(1)&gt;", "")
    # The timeline says in text what it draws: every mark labelled, a legend, the start, the
    # peildatum, the deadlines and the missing steps (Alblasserdam: consent and decision).
    for text in (
        "Legenda",
        "Peildatum",
        "Ingangsdatum",
        "18 jan 2023 · Start Sociaal…",
        "termijn verstreken, niet nagekomen",
        "ontbreekt: Toestemming van",
        "termijn toezegging: De concepttekst van de regeling",
    ):
        assert text in dom, text
    assert 'class="timeline-narrow"' in dom and "Gemaakt met besluitspoor" in dom
    # Headless chromium's window is at least 500 px wide: the phone width is an iframe's.
    # At 390 px the page needs no sideways scrolling (a copy with a probe reports its width).
    # ... and the overview's counts are in view, not scrolled off inside their box.
    probe = (
        "<script>addEventListener('load', () => console.log('BREEDTE ' + "
        "document.documentElement.scrollWidth + ' ' + document.documentElement.clientWidth + "
        "' ' + Math.round(Math.max(...[...document.querySelectorAll('table.overview td.num')]"
        ".map(c => c.getBoundingClientRect().right)))))"
        "</script></body>"
    )
    probed = tmp_path / "gemeten.html"
    probed.write_text(page.read_text(encoding="utf-8").replace("</body>", probe), encoding="utf-8")
    harness = tmp_path / "meting.html"
    harness.write_text(
        '<!doctype html><body style="margin:0"><iframe src="gemeten.html" '
        'style="width:390px;height:1600px;border:0"></iframe></body>',
        encoding="utf-8",
    )
    log = _console(flags, harness, 500)
    [(scroll, client, counts)] = re.findall(r"BREEDTE (\d+) (\d+) (\d+)", log)
    assert int(scroll) <= int(client), (scroll, client)
    assert int(counts) <= int(client), (counts, client)
    # At 1280 px no step's label is crossed by the start or peildatum line, and no line's own
    # label lies over a tick's month label (issue 25.10). Measured in the browser's layout.
    crossings = (
        "<script>addEventListener('load', () => { let hits = [];"
        "for (const svg of document.querySelectorAll('svg.timeline')) {"
        " const ls = [...svg.querySelectorAll('line.start, line.as_of')].map(l =>"
        " [l.x1.baseVal.value, l.y1.baseVal.value, l.y2.baseVal.value]);"
        " const box = t => t.getBBox();"
        " for (const t of svg.querySelectorAll('text.label')) { const b = box(t);"
        "  for (const [x, y1, y2] of ls) if (x > b.x + 1 && x < b.x + b.width - 1"
        " && y1 < b.y + b.height && b.y < y2) hits.push(t.textContent); }"
        " for (const t of svg.querySelectorAll('text.line-label')) { const b = box(t);"
        "  for (const a of svg.querySelectorAll('text.axis')) { const c = box(a);"
        "   if (b.x < c.x + c.width && c.x < b.x + b.width && b.y < c.y + c.height"
        " && c.y < b.y + b.height) hits.push(t.textContent + ' / ' + a.textContent); } } }"
        "console.log('KRUISINGEN ' + hits.length + ' ' + hits.join(' | ')); })</script></body>"
    )
    wide = tmp_path / "breed.html"
    wide.write_text(page.read_text(encoding="utf-8").replace("</body>", crossings), "utf-8")
    log = _console(flags, wide, 1280)
    [(count, crossed)] = re.findall(r"KRUISINGEN (\d+) ?([^\n\"]*)", log)
    assert count == "0", crossed
    phone = tmp_path / "telefoon.html"
    phone.write_text(
        '<!doctype html><body style="margin:0"><iframe src="rapport.html" '
        'style="width:390px;height:1600px;border:0"></iframe></body>',
        encoding="utf-8",
    )
    for width, shown in ((1280, page), (390, phone)):  # kept as CI artefacts
        shot = Path.cwd() / f"browser-report-{width}.png"
        subprocess.run(
            [
                CHROMIUM,
                *flags,
                f"--window-size={max(width, 500)},1600",
                f"--screenshot={shot}",
                shown.as_uri(),
            ],
            capture_output=True,
            timeout=120,
            check=True,
        )
        assert shot.stat().st_size > 10_000


def test_report_into_a_folder_has_an_index_and_a_page_per_dossier(
    loaded: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "rapport"
    result = loaded("report", "-f", "html", "--as-of", AS_OF, "-o", f"{folder}/")
    assert result.exit_code == 0, result.output
    assert "index.html en 5 dossierpagina's" in result.stderr
    index = (folder / "index.html").read_text(encoding="utf-8")
    assert 'href="wassenaar-sociaal-team.html"' in index
    assert "<section" not in index  # the dossiers are on their own pages
    page = (folder / "wassenaar-sociaal-team.html").read_text(encoding="utf-8")
    expected = loaded("timeline", "wassenaar-sociaal-team", "-f", "html", "--as-of", AS_OF)
    assert page == expected.stdout
    md = loaded("report", "--as-of", AS_OF, "-o", str(folder))  # an existing folder
    assert md.exit_code == 0 and "[Sociaal Team Wassenaar](<wassenaar-sociaal-team.md>)" in (
        folder / "index.md"
    ).read_text(encoding="utf-8")
    refused = loaded("report", "-f", "json", "-o", f"{folder}/")
    assert refused.exit_code == 2


def test_a_report_folder_drops_the_page_of_a_removed_dossier_and_nothing_else(
    loaded: Run, tmp_path: Path
) -> None:
    folder = tmp_path / "site"
    folder.mkdir()
    (folder / "over-ons.html").write_text("<p>ours</p>", encoding="utf-8")  # not the tool's
    assert loaded("report", "-f", "html", "--as-of", AS_OF, "-o", str(folder)).exit_code == 0
    assert (folder / "wassenaar-sociaal-team.html").exists()
    assert loaded("report", "--as-of", AS_OF, "-o", str(folder)).exit_code == 0  # md beside
    assert loaded("dossier", "remove", "wassenaar-sociaal-team", "--yes").exit_code == 0
    assert loaded("report", "-f", "html", "--as-of", AS_OF, "-o", str(folder)).exit_code == 0
    assert not (folder / "wassenaar-sociaal-team.html").exists()
    assert (folder / "wassenaar-sociaal-team.md").exists()  # another format's pages stay
    assert (folder / "over-ons.html").read_text(encoding="utf-8") == "<p>ours</p>"
    assert "wassenaar-sociaal-team" not in (folder / "index.html").read_text(encoding="utf-8")


def test_a_report_is_streamed_the_same_as_it_was_rendered_whole(
    loaded: Run, tmp_path: Path
) -> None:
    """The streamed report (sections spooled one dossier at a time) gives the bytes a template
    that loops over `contexts` gives when rendered whole, which is how a user's own report
    template of before still works."""
    from besluitspoor.paths import templates_dir

    own = tmp_path / "sjablonen"
    own.mkdir()
    loops = {
        "md": '{% for c in contexts %}\n{% include "timeline.md" with context %}\n\n{% endfor %}',
        "html": "{% for c in contexts %}\n{{ dossier(c, 2) }}\n{% endfor %}",
    }
    for fmt, loop in loops.items():
        text = (templates_dir() / f"report.{fmt}").read_text(encoding="utf-8")
        text = text.replace("{{ sections }}", loop)
        if fmt == "html":
            text = text.replace(
                '{% extends "_page.html" %}',
                '{% extends "_page.html" %}\n{% from "_dossier.html" import dossier %}',
            )
        (own / f"report.{fmt}").write_text(text, encoding="utf-8")
    for fmt in loops:
        streamed = loaded("report", "-f", fmt, "--as-of", AS_OF).stdout
        whole = loaded("report", "-f", fmt, "--as-of", AS_OF, "--templates", str(own)).stdout
        assert streamed.count("Sociaal Team Wassenaar") > 1  # the overview and its section
        assert streamed == whole, fmt


def test_a_report_folder_removes_only_its_own_old_pages(loaded: Run, tmp_path: Path) -> None:
    """The list of pages written is a file anyone with the folder can edit: names in it that
    are no page of a report (CNAME, README.md, a path) are never deleted."""
    site = tmp_path / "site"
    assert loaded("report", "-f", "html", "-o", f"{site}/").exit_code == 0
    for name in ("CNAME", "README.md", "index.html"):
        (site / name).write_text("mine\n", encoding="utf-8")
    (site / "oud-dossier.html").write_text("a page of a dossier since removed\n", encoding="utf-8")
    listed = site / ".besluitspoor-pages.html"
    listed.write_text(listed.read_text() + "CNAME\nREADME.md\noud-dossier.html\n../x.html\n")
    assert loaded("report", "-f", "html", "-o", f"{site}/").exit_code == 0
    assert (site / "CNAME").read_text() == "mine\n" and (site / "README.md").exists()
    assert not (site / "oud-dossier.html").exists()  # its own old page goes


def test_a_timeline_of_an_old_case_is_not_stretched_to_today(loaded: Run) -> None:
    """Without --as-of the peildatum is today: years after a case's last step it is not drawn
    (issue 25.11); a chosen --as-of is, however far."""
    today = loaded("timeline", "bunnik-regionale-samenwerking", "-f", "md").stdout
    chosen = loaded(
        "timeline", "bunnik-regionale-samenwerking", "-f", "md", "--as-of", "2026-12-05"
    ).stdout
    gantt = [line for line in today.splitlines() if "Peildatum" in line and ":" in line]
    assert not any("milestone" in line for line in gantt)
    assert any("milestone" in line and "Peildatum" in line for line in chosen.splitlines())


def test_the_phone_timeline_says_what_is_wrong_not_only_a_coloured_dot(loaded: Run) -> None:
    """At 390 px a step with a warning showed only a dot's colour (issue 25.9)."""
    page = loaded("timeline", "wassenaar-sociaal-team", "-f", "html", "--as-of", AS_OF).stdout
    narrow = page.split('<ol class="timeline-narrow">', 1)[1].split("</ol>", 1)[0]
    warned = [li for li in narrow.split("<li ") if " warning" in li.split(">", 1)[0]]
    assert warned and all('<span class="note sev-warning">▲ ' in li for li in warned)


def test_a_letter_of_a_third_party_is_not_drawn_in_the_college_lane() -> None:
    """A civic association's letter (issue 25.10) is not the college's."""
    from besluitspoor.model import STEP_CLASSES
    from besluitspoor.render.context import lane_of

    brief = STEP_CLASSES["brief"]
    common = {"kind": "brief", "date": "2023-01-25", "title": "Brief"}
    assert (
        lane_of(brief.model_validate({**common, "id": "a", "author": "Vereniging Wassenaar"}))
        == "overig"
    )
    assert lane_of(brief.model_validate({**common, "id": "b", "author": "Vereniging"})) == "overig"
    assert (
        lane_of(brief.model_validate({**common, "id": "c", "author": "het college"})) == "college"
    )
    assert lane_of(brief.model_validate({**common, "id": "d"})) == "college"
