"""Command line: argparse fills an Options value, `run` executes it and returns the exit code.

Exit codes (plancheck.findings): 0 clean, 1 findings, 2 unreadable input or bad usage. No
traceback reaches the user for bad input; the exporters are imported only by the commands
that use them, so `plancheck check` never loads python-docx or icalendar.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Sequence

from plancheck import __version__, i18n
from plancheck.config import config_for
from plancheck.engine import CheckResult, check_file
from plancheck.errors import RUN_ERRORS, UsageError
from plancheck.findings import EXIT_UNREADABLE, Severity, Verdict
from plancheck.printable import printable
from plancheck.problem import Base

TYPE_CHECKING = False  # the typing module is not imported at run time (a check's start-up)
if TYPE_CHECKING:
    from typing import Any, NoReturn, TextIO

FORMATS = ("auto", "text", "json", "github", "gitlab", "junit", "sarif")


_verdict: Verdict | None = None  # the gate's verdict, once known (kept on a broken pipe)


_building = False  # while build_parser runs


def _formatter(prog: str) -> argparse.HelpFormatter:
    """argparse's help formatter. Its width is the terminal's, which argparse asks `shutil`
    for (with bz2 and lzma, a large import); while the parser is being built argparse makes
    a formatter only to check each argument's metavar, where the width plays no part, so
    `shutil` is imported only for help, usage and error output."""
    if _building:
        return argparse.HelpFormatter(prog, width=80)
    return argparse.HelpFormatter(prog)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_UNREADABLE, f"plancheck: error: {message}\n")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The command line. `only="check"`: the check command alone, which parses `plancheck
    check ...` exactly as the full parser does (a subcommand parses the rest of the line by
    itself) without setting up the other commands or importing their modules."""
    global _building
    _building = True
    try:
        return _build_parser(only)
    finally:
        _building = False


def _build_parser(only: str | None) -> argparse.ArgumentParser:
    parser = _Parser(
        prog="plancheck",
        description="Check an improvement plan (plan.yaml) and export its Word report and calendars.",
    )
    parser.add_argument("--version", action="version", version=f"plancheck {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    check = sub.add_parser("check", help="check plan files (the CI gate)")
    check.add_argument(
        "plans",
        nargs="*",
        default=["plan.yaml"],
        metavar="PLAN",
        help="plan files (default: plan.yaml)",
    )
    _check_options(check)
    check.add_argument(
        "--base",
        metavar="REV",
        help="also check the change since git revision REV (revision-missing): every changed "
        "milestone is named by a new revision",
    )

    check.add_argument(
        "--as-of",
        metavar="DATE",
        help="also check the progress log on DATE (YYYY-MM-DD or 'today'): overdue "
        "milestones, entries dated after it (milestone-overdue, progress-date)",
    )
    if only == "check":
        return parser

    rules = sub.add_parser("rules", help="list the gate's rules")
    _lang_option(rules, "the language of the rules' documentation (default: Dutch)")
    rules.add_argument(
        "--markdown",
        action="store_true",
        help="the full documentation of every rule, as Markdown (docs/rules.md)",
    )
    explain = sub.add_parser("explain", help="explain one rule")
    explain.add_argument("rule", metavar="RULE")
    _lang_option(explain, "the language of the explanation (default: Dutch)")
    from plancheck import diff_command

    diff_command.add_parser(sub)
    _add_exporters(sub)
    return parser


def _lang_option(parser: argparse.ArgumentParser, what: str) -> None:
    """--lang: the language plancheck speaks, whatever the plan's; a catalogue per language
    (plancheck.i18n). PLANCHECK_LANG sets the same for every command."""
    parser.add_argument("--lang", choices=i18n.languages(), help=what)


def _check_options(parser: argparse.ArgumentParser) -> None:
    _lang_option(
        parser,
        "the language of the findings and the report (default: the plan's document.language)",
    )
    parser.add_argument(
        "--format",
        choices=FORMATS,
        default="auto",
        help="report format (auto: github inside GitHub Actions, else text)",
    )
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write the report to FILE; the text summary still goes to the terminal",
    )
    parser.add_argument("--strict", action="store_true", help="warnings fail the gate too")
    parser.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="list each acknowledged finding with its reason (default: one line for them all)",
    )
    parser.add_argument(
        "--config",
        metavar="FILE",
        help="configuration file (default: plancheck.toml or pyproject.toml here)",
    )


def _add_exporters(sub: argparse._SubParsersAction[Any]) -> None:
    """The export, build and init commands (defined in plancheck.commands)."""
    from plancheck import commands

    commands.add_parsers(sub)


def main(argv: Sequence[str] | None = None) -> int:
    from plancheck import outputs

    outputs.new_run()  # the inputs this run reads are protected from its outputs
    words = sys.argv[1:] if argv is None else list(argv)
    parser = build_parser(only="check" if words[:1] == ["check"] else None)
    args = parser.parse_args(words)
    try:
        return run(args, parser)
    except RUN_ERRORS + _compare_errors() as err:
        # each line printable (a side of `diff` that does not load is shown with its findings)
        print(
            "\n".join(printable(line) for line in f"plancheck: error: {err}".split("\n")),
            file=sys.stderr,
        )
        return EXIT_UNREADABLE
    except KeyboardInterrupt as stop:  # Ctrl-C, or SIGTERM (outputs.Terminated)
        return outputs.interrupted(stop)  # 130 or 143, saying what was left
    except BrokenPipeError:
        # the reader went away (`plancheck check | head`): stop quietly, but keep the verdict
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return _verdict.exit_code if _verdict is not None else EXIT_UNREADABLE
    except OSError as err:  # stdout or stderr unwritable (a full disk, /dev/full)
        with contextlib.suppress(OSError):
            print(
                f"plancheck: error: cannot write the output: {err.strerror or err}", file=sys.stderr
            )
        return EXIT_UNREADABLE


def _compare_errors() -> tuple[type[Exception], ...]:
    """The errors of `diff` and `check --base` (plancheck.diff_command.COMPARE_ERRORS), once
    that module is loaded: a run that never loads it (a plain check) cannot raise them."""
    loaded = sys.modules.get("plancheck.diff_command")
    return loaded.COMPARE_ERRORS if loaded is not None else ()


def run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    with i18n.forcing(getattr(args, "lang", None)):
        return _run(args, parser)


def _run(args: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    if args.command is None:
        parser.print_help()
        return EXIT_UNREADABLE
    if args.command == "check":
        return cmd_check(args)
    if args.command == "rules":
        if args.markdown:
            sys.stdout.write(rules_markdown())
            return 0
        return cmd_rules(sys.stdout)
    if args.command == "explain":
        return cmd_explain(args.rule, sys.stdout)
    if args.command == "diff":
        from plancheck import diff_command

        return diff_command.run(args)
    from plancheck import commands

    return commands.run(args)


def resolve_format(name: str) -> str:
    if name != "auto":
        return name
    return "github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text"


def cmd_check(args: argparse.Namespace) -> int:
    from plancheck.reporters import Context, renderer
    from plancheck.reporters.text import summary_line

    config = config_for(args.config)
    context = Context(__version__, strict=config.is_strict(args.strict), verbose=args.verbose)
    global _verdict
    as_of = None
    if args.as_of:
        from plancheck.as_of import parse_as_of

        as_of = parse_as_of(args.as_of)
    base_for = _no_base
    if args.base is not None:  # git and the comparison are loaded for --base only
        from plancheck.diff_command import base_for
    results = [check_file(path, config, base_for(args.base, path), as_of) for path in args.plans]
    verdict = _verdict = context.verdict(results)  # what every report says, and the exit code
    fmt = resolve_format(args.format)
    with i18n.using(report_language(results)):
        report = renderer(fmt)(results, context)
        if args.output:
            from plancheck.atomic import write_text

            write_text(args.output, report)
            print(summary_line(results, verdict))
        else:
            sys.stdout.write(report)
        if fmt == "github":
            from plancheck.reporters.github import append_step_summary

            append_step_summary(results, strict=context.strict)
        if verdict.failed_by_strict:
            # the report says FAILED with no error in it; say why
            print(
                i18n._("plancheck: failed: in strict mode the warnings count as errors"),
                file=sys.stderr,
            )
    return verdict.exit_code


def _no_base(revision: str | None, path: str) -> Base | None:
    return None


def report_language(results: Sequence[CheckResult]) -> str:
    """The language of a report on `results`: --lang, else the first plan's."""
    forced = i18n.forced()
    if forced is not None:
        return forced
    return results[0].language if results else i18n.current()


def cmd_rules(out: TextIO) -> int:
    from plancheck.catalogue import catalogue

    rules = catalogue()
    width = max(len(rule.id) for rule in rules)
    severity_width = max(len(severity_word(rule.severity)) for rule in rules)
    for rule in rules:
        severity = severity_word(rule.severity)
        out.write(f"{rule.id:<{width}}  {severity:<{severity_width}}  {rule.summary}\n")
    return 0


def severity_word(severity: Severity) -> str:
    """A severity as `rules` and `explain` show it: the configuration's word (error,
    warning, note) in English, the reader's word in another language."""
    return i18n._(SEVERITY_WORDS[severity])


SEVERITY_WORDS = {
    Severity.ERROR: i18n.N_("error"),
    Severity.WARNING: i18n.N_("warning"),
    Severity.NOTE: i18n.N_("note"),
}


def rules_markdown() -> str:
    """docs/rules.md: every rule's id, default severity and documentation, from the code."""
    from plancheck.catalogue import catalogue

    rules = catalogue()
    out = [
        i18n._("# The gate's rules"),
        "",
        *i18n._(
            "Generated by `plancheck rules --markdown` from the rules' own documentation; a test\n"
            "keeps this file up to date. Change a rule's severity or turn it off in\n"
            "`plancheck.toml` or `[tool.plancheck]` (see docs/ci.md)."
        ).split("\n"),
        "",
        i18n._("| rule | default | what |"),
        "| --- | --- | --- |",
    ]
    out += [f"| [{r.id}](#{r.id}) | {r.severity.value} | {r.summary} |" for r in rules]
    for rule in rules:
        title, _, body = rule.doc.partition("\n")
        default = i18n._("Default severity: {severity}.").format(severity=rule.severity.value)
        out += ["", f"## {rule.id}", "", f"{default} {title}"]
        out.append(body.rstrip())
    return "\n".join(out) + "\n"


def cmd_explain(rule_id: str, out: TextIO) -> int:
    from plancheck.catalogue import rule_info

    rule = rule_info(rule_id)
    if rule is not None:
        default = i18n._("(default severity: {severity})").format(
            severity=severity_word(rule.severity)
        )
        out.write(f"{rule.id} {default}\n\n{rule.doc}\n")
        return 0
    raise UsageError(i18n._("no rule '{rule}'; `plancheck rules` lists them").format(rule=rule_id))
