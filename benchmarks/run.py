"""`nox -s bench`: time and peak memory of plancheck's jobs as plans grow.

For synthetic plans of 10, 100, 1,000 and 10,000 measures (benchmarks/synth.py: the real
plan's shape, repeated), each command runs as a user runs it, in a subprocess whose wall time
and peak RSS (os.wait4) are recorded; the median of the repeats is reported. Beside it, in the
same run and on the same files: check-jsonschema (the schema part only), pandoc writing a
docx of the same content, and the floor of Python's start-up plus the YAML parse; the ratios
the goals are stated in (check / check-jsonschema, check / floor, export docx / pandoc, growth)
are printed after the table. On the bundled plan it also measures the Word export with its
LibreOffice layout pass, the full build with LibreOffice (the .docx, .pdf and .odt in one
LibreOffice session), the page count and the published-wording fidelity of the report.

    python benchmarks/run.py [--sizes 10,100,1000,10000] [--repeats 3] [--out FILE.md]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def measure(command: Sequence[str], cwd: Path) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MiB, exit code) of one run."""
    started = time.perf_counter()
    process = subprocess.Popen(
        list(command), cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    return wall, usage.ru_maxrss / 1024, process.returncode


def median_run(command: Sequence[str], cwd: Path, repeats: int) -> tuple[float, float, int]:
    runs = [measure(command, cwd) for _ in range(repeats)]
    return (
        statistics.median(r[0] for r in runs),
        max(r[1] for r in runs),
        max(r[2] for r in runs),
    )


def runs_in_turn(
    jobs: Sequence[tuple[str, Sequence[str]]], cwd: Path, repeats: int
) -> dict[str, tuple[float, float, int]]:
    """(median wall seconds, peak RSS, exit code) of each job, the jobs run in turn (a, b,
    c, a, b, c, ...): this machine's speed drifts from one minute to the next, so jobs that a
    goal compares by their ratio are measured under the same conditions."""
    runs: dict[str, list[tuple[float, float, int]]] = {name: [] for name, _ in jobs}
    for _ in range(repeats):
        for name, command in jobs:
            runs[name].append(measure(command, cwd))
    return {
        name: (
            statistics.median(r[0] for r in done),
            max(r[1] for r in done),
            max(r[2] for r in done),
        )
        for name, done in runs.items()
    }


def plan_markdown(plan_path: Path) -> str:
    """The plan's content as Markdown, for pandoc: the same text, headings and tables as the
    Word report (the inspectorates' points, the closing chapter and the footnotes too)."""
    from plancheck.engine import check_file

    plan = check_file(plan_path).plan
    assert plan is not None
    out = [f"# {plan.document.title}", ""]
    intro = plan.introduction
    out += [f"## {intro.title}", "", f"### {intro.points_heading}", ""]
    for point in plan.improvement_points:
        out += [f"{plan.labels['point']} {point.id}. {point.inspectorate_wording}", ""]
    out += [f"### {intro.response.heading}", "", intro.response.text, ""]
    for point in plan.improvement_points:
        out += [f"## {point.title}", "", point.statement, "", f"### {point.analysis_title}", ""]
        for part in point.analysis:
            out += [f"#### {part.heading}", "", part.text, ""]
        out += [f"### {point.objective_title}", "", point.objective, ""]
        out += [f"### {point.elaboration_title}", ""]
        for measure_ in point.measures:
            out += [f"| {plan.labels['measure']} {measure_.id} | {measure_.title} |", "|---|---|"]
            for name, text, _ in measure_.text_fields():
                out.append(f"| {plan.label(measure_, name)} | {' '.join(text.split())} |")
            out.append("")
    if plan.closing is not None:
        out += [f"## {plan.closing.title}", ""]
        for part in plan.closing.parts:
            out += [f"#### {part.heading}", "", part.text, ""]
    out += [f"## {plan.planning.title}", ""]
    months = plan.planning.months
    out.append("| | " + " | ".join(f"{m[1]:02d}-{m[0]}" for m in months) + " |")
    out.append("|---" * (len(months) + 1) + "|")
    for row in plan.planning.rows:
        marks = " | ".join("X" if m in row.work else "" for m in months)
        out.append(f"| {plan.labels['measure']} {row.measure} | {marks} |")
    out.append("")
    # the footnotes' texts, which the plan's text refers to as [^id], as pandoc's footnotes
    out += [f"[^{note.id}]: {' '.join(note.text.split())}" for note in plan.footnotes]
    return "\n".join(out) + "\n"


def bin_of(name: str) -> str | None:
    """A console script of the running interpreter's environment, else PATH."""
    local = Path(sys.executable).parent / name
    return str(local) if local.exists() else shutil.which(name)


def _compile_plancheck() -> None:
    """plancheck's bytecode, compiled once before the timings, as pip compiles an installed
    wheel: in an editable install with PYTHONDONTWRITEBYTECODE set (as in a container), each
    run would otherwise compile every module again, a cost no installed copy has and pandoc
    (a compiled program) never pays. compileall leaves out the symlinked exporters folder,
    which is compiled by its own path."""
    import compileall

    import plancheck
    import plancheck.exporters

    for folder in {
        Path(plancheck.__file__).parent,
        Path(plancheck.exporters.__file__).resolve().parent,
    }:
        compileall.compile_dir(str(folder), quiet=1)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", default="10,100,1000,10000")
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--out", default=str(ROOT / "build" / "bench.md"))
    parser.add_argument("--markdown", metavar="PLAN", help="print the plan as Markdown and stop")
    args = parser.parse_args()
    if args.markdown:
        sys.stdout.write(plan_markdown(Path(args.markdown)))
        return 0
    sizes = [int(s) for s in args.sizes.split(",")]
    _compile_plancheck()
    plancheck = bin_of("plancheck")
    checkjs = bin_of("check-jsonschema")
    pandoc = shutil.which("pandoc")
    if plancheck is None:
        sys.exit("plancheck is not installed in this environment")
    schema = ROOT / "schema" / "plan.schema.json"
    floor = [
        sys.executable,
        "-c",
        "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)",
    ]
    lines = ["| measures | job | median s | peak MiB |", "|---:|---|---:|---:|"]
    times: dict[tuple[int, str], float] = {}
    with tempfile.TemporaryDirectory(prefix="plancheck-bench-") as tmp:
        work = Path(tmp)
        for size in sizes:
            folder = work / f"n{size}"
            folder.mkdir()
            plan = folder / "plan.yaml"
            # generated in a child process: the peak RSS that os.wait4 reports for a child
            # starts from this process's size (it survives exec), so this one stays small
            with plan.open("w", encoding="utf-8") as handle:
                subprocess.run(
                    [sys.executable, str(HERE / "synth.py"), str(size)], stdout=handle, check=True
                )
            repeats = args.repeats if size <= 1000 else 1
            jobs: list[tuple[str, list[str]]] = [
                ("floor: python + YAML parse", [*floor, str(plan)]),
                ("plancheck check", [plancheck, "check", str(plan)]),
            ]
            if checkjs:
                jobs.append(("check-jsonschema", [checkjs, "--schemafile", str(schema), str(plan)]))
            jobs += [
                (
                    "plancheck export docx",
                    [
                        plancheck,
                        "export",
                        "docx",
                        str(plan),
                        "-o",
                        str(folder / "out.docx"),
                        "--toc-pages",
                        "none",
                    ],
                ),
                (
                    "plancheck export ics",
                    [plancheck, "export", "ics", str(plan), "-o", str(folder / "cal")],
                ),
                (
                    "plancheck build",
                    [
                        plancheck,
                        "build",
                        str(plan),
                        "--out",
                        str(folder / "build"),
                        "--toc-pages",
                        "none",
                    ],
                ),
            ]
            if pandoc:
                markdown = folder / "plan.md"
                with markdown.open("w", encoding="utf-8") as handle:
                    subprocess.run(
                        [sys.executable, str(HERE / "run.py"), "--markdown", str(plan)],
                        stdout=handle,
                        check=True,
                    )
                jobs.append(
                    (
                        "pandoc md -> docx",
                        [pandoc, str(markdown), "-o", str(folder / "pandoc.docx")],
                    )
                )
            measured = runs_in_turn(jobs, folder, repeats)
            for name, _ in jobs:
                wall, rss, code = measured[name]
                times[(size, name)] = wall
                flag = "" if code in (0,) else f" (exit {code})"
                lines.append(f"| {size:,} | {name}{flag} | {wall:.3f} | {rss:.0f} |")
                print(lines[-1], flush=True)
        summary = _ratios(times, sizes)
        real = _real_plan(plancheck, work)
    report = "\n".join(
        [
            "## Scale",
            "",
            *lines,
            "",
            "## Ratios",
            "",
            *summary,
            "",
            "## The bundled plan",
            "",
            *real,
            "",
        ]
    )
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(report, "utf-8")
    print()
    print(report)
    return 0


def _ratios(times: dict[tuple[int, str], float], sizes: list[int]) -> list[str]:
    out = []
    for size in sizes:
        check = times.get((size, "plancheck check"))
        cj = times.get((size, "check-jsonschema"))
        if check and cj:
            out.append(
                f"- {size:,} measures: plancheck check / check-jsonschema = "
                f"{check / cj:.2f} (goal: at most 0.5)"
            )
        floor = times.get((size, "floor: python + YAML parse"))
        if check and floor:
            out.append(
                f"- {size:,} measures: plancheck check / floor = {check / floor:.2f} "
                "(goal on the bundled plan: at most 3)"
            )
        docx = times.get((size, "plancheck export docx"))
        pandoc = times.get((size, "pandoc md -> docx"))
        if docx and pandoc:
            out.append(
                f"- {size:,} measures: export docx / pandoc = {docx / pandoc:.2f} (goal: at most 2)"
            )
    if 1000 in sizes and 10000 in sizes:
        for job in (
            "plancheck check",
            "plancheck export docx",
            "plancheck export ics",
            "plancheck build",
        ):
            small, big = times.get((1000, job)), times.get((10000, job))
            if small and big:
                out.append(
                    f"- growth 1,000 -> 10,000 measures, {job}: {big / small:.1f}x "
                    "(goal: at most 12x)"
                )
    return out


def _real_plan(plancheck: str, work: Path) -> list[str]:
    out: list[str] = []
    folder = work / "real"
    folder.mkdir()
    plan = ROOT / "plan.yaml"
    floor = [
        sys.executable,
        "-c",
        "import sys, yaml; yaml.load(open(sys.argv[1], 'rb'), Loader=yaml.CSafeLoader)",
        str(plan),
    ]
    walls: dict[str, float] = {}
    start_up = runs_in_turn(
        [
            ("floor: python + YAML parse", floor),
            ("plancheck check plan.yaml", [plancheck, "check", str(plan)]),
        ],
        folder,
        9,  # the goal's ratio: more runs, in turn
    )
    for name, (wall, rss, code) in start_up.items():
        walls[name] = wall
        out.append(f"- {name}: {wall:.3f} s, {rss:.0f} MiB peak (exit {code})")
    for name, command in (
        (
            "export docx (no layout pass)",
            [
                plancheck,
                "export",
                "docx",
                str(plan),
                "-o",
                str(folder / "fast.docx"),
                "--toc-pages",
                "none",
            ],
        ),
        (
            "export docx (with LibreOffice TOC pass)",
            [plancheck, "export", "docx", str(plan), "-o", str(folder / "verbeterplan.docx")],
        ),
        ("export ics", [plancheck, "export", "ics", str(plan), "-o", str(folder / "cal")]),
        (
            "build (with LibreOffice: .docx with TOC page numbers, .pdf, .odt)",
            [plancheck, "build", str(plan), "--out", str(folder / "build")],
        ),
    ):
        wall, rss, code = median_run(command, folder, 3)
        walls[name] = wall
        out.append(f"- {name}: {wall:.3f} s, {rss:.0f} MiB peak (exit {code})")
    check, bottom = walls["plancheck check plan.yaml"], walls["floor: python + YAML parse"]
    out.append(
        f"- plancheck check / floor on the bundled plan: {check / bottom:.2f} (goal: at most 3)"
    )
    built = folder / "build"
    made = [name for name in ("verbeterplan.pdf", "verbeterplan.odt") if (built / name).exists()]
    out.append(f"- build wrote beside the .docx: {', '.join(made) or 'nothing (no LibreOffice)'}")
    in_process = subprocess.run(
        [
            sys.executable,
            "-c",
            (
                "import sys, time\n"
                "t = time.perf_counter()\n"
                "from plancheck.exporters.docx_report import render_docx\n"
                "from plancheck.engine import check_file\n"
                "plan = check_file(sys.argv[1]).plan\n"
                "t0 = time.perf_counter()\n"
                "render_docx(plan)\n"
                "print(f'{time.perf_counter() - t0:.3f} {t0 - t:.3f}')\n"
            ),
            str(plan),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    out.append(
        f"- the docx writing alone (in one process, after the imports and the gate): "
        f"{in_process[0]} s; imports and the gate before it: {in_process[1]} s"
    )
    docx = folder / "verbeterplan.docx"
    soffice = shutil.which("soffice")
    if soffice and docx.exists() and shutil.which("pdfinfo"):
        with tempfile.TemporaryDirectory() as profile:
            subprocess.run(
                [
                    soffice,
                    f"-env:UserInstallation=file://{profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    str(folder),
                    str(docx),
                ],
                check=True,
                capture_output=True,
            )
        pdf = folder / "verbeterplan.pdf"
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        pages = next(
            (line.split()[-1] for line in info.splitlines() if line.startswith("Pages")), "?"
        )
        out.append(f"- Word report through LibreOffice: {pages} pages (published: 22)")
        fidelity = ROOT.parent / "shared" / "tools" / "fidelity.py"
        seed = ROOT.parent / "shared" / "seeds" / "000_ed4dd25332d4ebf9.txt"
        if fidelity.exists() and seed.exists():
            result = subprocess.run(
                [sys.executable, str(fidelity), str(seed), str(pdf)], capture_output=True, text=True
            )
            last = result.stdout.strip().splitlines()[-1] if result.stdout.strip() else "?"
            out.append(f"- published wording in reading order: {last}")
    else:
        out.append("- LibreOffice or poppler-utils not installed: pages and fidelity not measured")
    return out


if __name__ == "__main__":
    raise SystemExit(main())
