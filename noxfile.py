"""Sessions: `nox` runs lint, typecheck, tests, the PyYAML range and the gate on the bundled
plan (what CI runs), every one installed from the lock (constraints.txt), so a new upstream
release cannot turn main red overnight.

- `nox -s tests_latest` runs the tests on the newest release of everything (no lock), to see
  drift before it bites; `nox -s lock` writes constraints.txt anew from those releases.
- `nox -s build` runs the main job; `nox -s bench` measures speed and memory.
"""

from __future__ import annotations

import re
from pathlib import Path

import nox

nox.options.sessions = ["lint", "typecheck", "develop", "tests", "pyyaml", "gate"]
nox.options.reuse_existing_virtualenvs = True

ROOT = Path(__file__).parent
LOCK = str(ROOT / "constraints.txt")
LINT_PATHS = ["src", "exporters", "tests", "noxfile.py", "benchmarks"]
# The oldest PyYAML that pyproject.toml admits, and the newest release.
PYYAML_RANGE = ["6.0", "latest"]


def install_locked(session: nox.Session, *packages: str) -> None:
    session.install("-c", LOCK, *packages)


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting."""
    install_locked(session, "ruff")
    session.run("ruff", "check", *LINT_PATHS)
    session.run("ruff", "format", "--check", *LINT_PATHS)


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the installed package (exporters/ is installed as plancheck.exporters)."""
    install_locked(session, ".[dev]")
    session.run("mypy", "-p", "plancheck")


@nox.session
def develop(session: nox.Session) -> None:
    """The developer install of the README: `pip install -e .` gives a working plancheck
    (core, exporters, schema data) that runs the code in the checkout, and mypy finds it."""
    install_locked(session, "-e", ".[dev]")
    tmp = session.create_tmp()
    probe = (
        "import pathlib, plancheck, plancheck.exporters.docx_report as d, plancheck.validation as v; "
        "root = pathlib.Path(plancheck.__file__).resolve().parent.parent; "
        f"assert root == pathlib.Path({str(ROOT / 'src')!r}).resolve(), root; "
        "assert v.schema_text().startswith('{'); print('editable install runs', root)"
    )
    session.run("python", "-c", probe)
    with session.chdir(tmp):
        session.run("plancheck", "check", str(ROOT / "plan.yaml"))
        session.run("plancheck", "export", "ics", str(ROOT / "plan.yaml"), "-o", "calendars")
        session.run("plancheck", "export", "html", str(ROOT / "plan.yaml"), "-o", "site")
    session.run("mypy", "-p", "plancheck")


@nox.session
def tests(session: nox.Session) -> None:
    """pytest against a plain (non-editable) install, as users get it."""
    install_locked(session, ".[test]")
    session.run("pytest", *session.posargs)


@nox.session
def tests_latest(session: nox.Session) -> None:
    """pytest on the newest release of every dependency (the lock is not used): drift shows
    here first. Not part of the default run, so that upstream releases never block a merge."""
    session.install("--upgrade", "--upgrade-strategy", "eager", ".[test]")
    session.run("pip", "list", "--format=freeze")
    session.run("pytest", *session.posargs)


@nox.session
@nox.parametrize("version", PYYAML_RANGE)
def pyyaml(session: nox.Session, version: str) -> None:
    """The loader's bounds (nesting, aliases, resource limits) on the oldest and the newest
    PyYAML 6.0.x: libyaml's own limits must become the same located finding on each."""
    install_locked(session, ".[test]")
    if version == "latest":
        session.install("--upgrade", "pyyaml")
    else:
        session.install(f"pyyaml=={version}")
    session.run(
        "python", "-c", "import yaml; print('PyYAML', yaml.__version__, yaml.__with_libyaml__)"
    )
    session.run(
        "pytest",
        "-p",
        "no:cacheprovider",
        "tests/test_loader.py",
        "tests/test_bad_plans.py",
        *session.posargs,
    )


@nox.session
def gate(session: nox.Session) -> None:
    """The project's own CI runs the gate on its own plan.yaml."""
    install_locked(session, ".")
    session.run("plancheck", "check", "plan.yaml")


@nox.session
def build(session: nox.Session) -> None:
    """The main job on the bundled plan: report, feeds and findings into build/."""
    install_locked(session, ".")
    session.run("plancheck", "build", "plan.yaml", "--out", "build", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Speed and memory: check, Word export, feeds and build at 10 to 10,000 measures, beside
    check-jsonschema and pandoc on the same content (benchmarks/run.py)."""
    install_locked(session, ".[test]")
    session.run("python", "benchmarks/run.py", *session.posargs)


LOCALE = "src/plancheck/locale"


@nox.session
def catalogues(session: nox.Session) -> None:
    """The translation catalogues (docs/translations.md): extract every message of the code
    (and each rule's documentation) into messages.pot, merge it into each language's .po,
    compile each .mo that the package ships. Then translate what the .po has new, and run
    this again (the tests check that the .mo is current and every message translated)."""
    install_locked(session, "babel", "-e", ".")  # the extractor is plancheck.i18n_extract
    pot = f"{LOCALE}/messages.pot"
    session.run(
        "pybabel", "-q", "extract", "-F", "babel.cfg", "--add-location=file",
        "--sort-by-file", "--project=plancheck", "--copyright-holder=plancheck", "-o", pot, ".",
    )  # fmt: skip
    session.run(
        "pybabel", "-q", "update", "-i", pot, "-d", LOCALE, "-D", "plancheck",
        "--no-fuzzy-matching", "--ignore-obsolete",
    )  # fmt: skip
    session.run("pybabel", "compile", "-d", LOCALE, "-D", "plancheck", "--statistics")


@nox.session(reuse_venv=False)
def lock(session: nox.Session) -> None:
    """Write constraints.txt anew: the newest releases of every package that the sessions and
    .ci/run install (run `nox -s tests_latest` first to see that they pass)."""
    session.install("--upgrade", ".[test,dev]", "nox")
    frozen = session.run("pip", "freeze", "--all", silent=True) or ""
    keep = [
        line
        for line in str(frozen).splitlines()
        if line
        and not line.startswith(("-e ", "#"))
        and not re.match(r"(?i)^(plancheck|pip|setuptools|wheel)([=@ ]|$)", line)
    ]
    Path(LOCK).write_text(
        "# The versions CI and `nox` install (pip install -c constraints.txt ...).\n"
        "# Written by `nox -s lock`; see README.md, 'Developing'.\n"
        + "\n".join(sorted(keep, key=str.lower))
        + "\n",
        "utf-8",
    )
    session.log(f"wrote {LOCK} ({len(keep)} packages)")
