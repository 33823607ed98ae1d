"""Sessions: `nox` runs lint, typecheck, tests and the gate on the bundled plan (what CI runs);
`nox -s build` runs the main job; `nox -s bench` measures speed and memory."""

from __future__ import annotations

import nox

nox.options.sessions = ["lint", "typecheck", "tests", "gate"]
nox.options.reuse_existing_virtualenvs = True

LINT_PATHS = ["src", "exporters", "tests", "noxfile.py", "benchmarks"]


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    session.install("ruff")
    session.run("ruff", "check", *LINT_PATHS)
    session.run("ruff", "format", "--check", *LINT_PATHS)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the installed package (exporters/ is installed as plancheck.exporters)."""
    session.install(".", "mypy", "types-PyYAML", "types-jsonschema")
    session.run("mypy", "-p", "plancheck")


@nox.session
def tests(session: nox.Session) -> None:
    """pytest against a plain (non-editable) install, as users get it."""
    session.install(".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def gate(session: nox.Session) -> None:
    """The project's own CI runs the gate on its own plan.yaml."""
    session.install(".")
    session.run("plancheck", "check", "plan.yaml")


@nox.session
def build(session: nox.Session) -> None:
    """The main job on the bundled plan: report, feeds and findings into build/."""
    session.install(".")
    session.run("plancheck", "build", "plan.yaml", "--out", "build", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Speed and memory: check, Word export, feeds and build at 10 to 10,000 measures, beside
    check-jsonschema and pandoc on the same content (benchmarks/run.py)."""
    session.install(".[test]")
    session.run("python", "benchmarks/run.py", *session.posargs)
