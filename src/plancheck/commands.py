"""The export, build, schema and init commands. Exporters are imported here, never by `check`.

Every command that exports checks the plan first (the one pipeline: load, schema, model,
rules) and exports the model it built; with errors it exports nothing unless `--force`, and
text a Word file cannot carry is never exported. Outputs go through a temporary file or
folder and a rename, so a failed run leaves the last good result.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from plancheck import __version__, i18n
from plancheck.atomic import staged_dir, write_text
from plancheck.config import Config, config_for
from plancheck.engine import CheckResult, check_file
from plancheck.errors import OutputError, UsageError
from plancheck.findings import EXIT_FINDINGS, EXIT_UNREADABLE, Verdict
from plancheck.model import Plan
from plancheck.printable import printable


class _Abort(Exception):
    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


def _exporting_parser(
    parser: argparse.ArgumentParser, flag: str, default: str, kind: str, what: str
) -> None:
    """PLAN, the output option, --force and --config: what every exporting command takes."""
    parser.add_argument("plan", nargs="?", default="plan.yaml", metavar="PLAN")
    flags = ("-o", "--output") if flag == "--output" else (flag,)
    parser.add_argument(*flags, default=default, metavar=kind, help=f"{what} (default: {default})")
    parser.add_argument("--force", action="store_true", help="export even if the plan has errors")
    parser.add_argument("--config", metavar="FILE", help="gate configuration file")
    parser.add_argument(
        "--lang",
        choices=i18n.languages(),
        help="the language of the findings (default: the plan's document.language)",
    )


def add_parsers(sub: argparse._SubParsersAction[Any]) -> None:
    export = sub.add_parser(
        "export", help="export the Word report, the calendar feeds or the web site"
    )
    kinds = export.add_subparsers(
        dest="kind", metavar="KIND", required=True, parser_class=type(export)
    )
    docx = kinds.add_parser("docx", help="the Word report for the inspectorates")
    _exporting_parser(docx, "--output", "verbeterplan.docx", "FILE", "the .docx to write")
    _docx_options(docx)
    docx.add_argument(
        "--compare",
        metavar="REV|FILE",
        help="show every change since git revision REV (the plan as committed there) or "
        "since the plan FILE as Word tracked changes",
    )

    for kind, what in (("pdf", "the report as PDF/A-2b"), ("odt", "the report as ODF text")):
        opened = kinds.add_parser(kind, help=f"{what} (converted by LibreOffice)")
        _exporting_parser(
            opened, "--output", f"verbeterplan.{kind}", "FILE", f"the .{kind} to write"
        )
        _docx_options(opened)

    ics = kinds.add_parser("ics", help="the iCalendar milestone feeds and their index page")
    _exporting_parser(
        ics, "--output", "calendars", "DIR", "the folder to write, replaced as a whole"
    )
    _ics_options(ics)

    progress = kinds.add_parser(
        "progress", help="the progress report (voortgangsrapportage) on a date"
    )
    _exporting_parser(progress, "--output", "voortgang.docx", "FILE", "the .docx to write")
    progress.add_argument(
        "--as-of",
        required=True,
        metavar="DATE",
        help="the day the report shows the plan on (YYYY-MM-DD or 'today')",
    )
    progress.add_argument(
        "--since",
        metavar="DATE",
        help="also list the entries after DATE (the previous report's date) as new",
    )
    progress.add_argument(
        "--template",
        metavar="FILE.docx",
        help="a reference .docx whose styles, header and page setup are used",
    )

    html = kinds.add_parser(
        "html", help="the plan as a static web site, with its timeline and calendars"
    )
    _exporting_parser(html, "--output", "site", "DIR", "the folder to write, replaced as a whole")
    _ics_options(html, site=True)
    _site_options(html)

    build = sub.add_parser(
        "build", help="check, then write the report, the web site with the feeds, and findings"
    )
    _exporting_parser(build, "--out", "build", "DIR", "the folder to write, replaced as a whole")
    _docx_options(build)
    _ics_options(build, site=True)
    _site_options(build)
    build.add_argument("--strict", action="store_true", help="warnings count as errors")

    imported = sub.add_parser("import", help="read a plan that exists only as a Word file")
    sources = imported.add_subparsers(
        dest="kind", metavar="KIND", required=True, parser_class=type(imported)
    )
    from_docx = sources.add_parser(
        "docx", help="a Word (.docx) improvement plan into plan.yaml (docs/import.md)"
    )
    from_docx.add_argument("file", metavar="FILE.docx")
    from_docx.add_argument(
        "-o",
        "--output",
        default="plan.yaml",
        metavar="FILE",
        help="the plan to write (default: plan.yaml)",
    )
    from_docx.add_argument("--force", action="store_true", help="overwrite an existing file")
    schema = sub.add_parser(
        "schema", help="write the plan-specific schema the editor reads (the plan's own ids)"
    )
    schema.add_argument(
        "plans", nargs="*", default=["plan.yaml"], metavar="PLAN", help="default: plan.yaml"
    )
    schema.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        help="the schema to write (default: the plan-specific schema the plan's modeline "
        "names, else PLAN's name with .schema.json, beside it)",
    )

    init = sub.add_parser("init", help="write a small valid starter plan")
    init.add_argument(
        "path",
        nargs="?",
        default="plan.yaml",
        metavar="PATH",
        help="the file, or a folder for its plan.yaml",
    )
    init.add_argument("--force", action="store_true", help="overwrite an existing file")


def _docx_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--template",
        metavar="FILE.docx",
        help="a reference .docx whose styles, header and page setup are used",
    )
    parser.add_argument(
        "--toc-pages",
        choices=("auto", "libreoffice", "none"),  # docx_report.write_docx(layout_mode=...)
        default="auto",
        help="find TOC page numbers with LibreOffice (auto: when installed)",
    )


def _ics_options(parser: argparse.ArgumentParser, *, site: bool = False) -> None:
    parser.add_argument(
        "--as-of",
        metavar="DATE",
        help="the events show the progress on DATE (YYYY-MM-DD or 'today'); default: the "
        "date of the progress log's newest entry",
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help=(
            "public https address of the web site's folder; the feeds are at its agenda/ "
            "(subscribe links)"
            if site
            else "public https address of the calendar folder (subscribe links)"
        ),
    )
    parser.add_argument(
        "--alarm",
        action="append",
        default=[],
        metavar="OFFSET",
        help="a reminder before each milestone, like 7d or 12h (repeatable)",
    )


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2018-10-03") from None


def _site_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tokens",
        metavar="FILE.json",
        help="design tokens: the municipality's colours, font and logo (docs/web.md)",
    )
    parser.add_argument(
        "--today",
        type=_day,
        metavar="YYYY-MM-DD",
        help="the day the timeline marks as 'vandaag' (default: the day of the run)",
    )


def run(args: argparse.Namespace) -> int:
    try:
        if args.command == "export" and args.kind == "docx":
            return _export_docx(args)
        if args.command == "export" and args.kind in ("pdf", "odt"):
            return _export_open(args)
        if args.command == "export" and args.kind == "ics":
            return _export_ics(args)
        if args.command == "export" and args.kind == "progress":
            return _export_progress(args)
        if args.command == "export" and args.kind == "html":
            return _export_html(args)
        if args.command == "build":
            return _build(args)
        if args.command == "init":
            return _init(args)
        if args.command == "import":
            return _import_docx(args)
        if args.command == "schema":
            return _schema(args)
    except _Abort as abort:
        return abort.code
    raise AssertionError(f"unknown command {args.command}")


def _say(message: str) -> None:
    """Progress on stderr, one plain line each: fit for a terminal and a CI log (a file name
    with a line break or an escape code prints as its escapes)."""
    print(printable(message), file=sys.stderr, flush=True)


def _checked_plan(
    args: argparse.Namespace,
    config: Config,
    *,
    strict: bool = False,
    as_of: dt.date | None = None,
) -> tuple[Plan, CheckResult, Verdict]:
    """Check the plan; unless the gate passes (or `--force` overrides it), show the findings
    and end the run with nothing exported."""
    from plancheck.reporters import Context
    from plancheck.reporters.text import render

    context = Context(__version__, strict=strict)
    result = check_file(args.plan, config, as_of=as_of)
    verdict = context.verdict([result])
    # what --force does not override: the rules say so (Problem.blocks_export)
    blocking = [f for f in result.findings if f.blocks_export and not f.suppressed]
    if result.plan is None or blocking or not (verdict.passed or args.force):
        with i18n.using(i18n.forced() or result.language):
            sys.stderr.write(render([result], context))
        if result.plan is None:
            _say(f"plancheck: nothing exported: {args.plan} could not be read as a valid plan")
            raise _Abort(max(verdict.exit_code, EXIT_FINDINGS))
        if blocking:
            why = f"findings that --force does not override ({blocking[0].rule})"
        elif verdict.errors:
            why = "errors"
        else:  # only warnings, which --strict makes fail
            why = "warnings and --strict is set"
        hint = "" if blocking else " (or use --force)"
        _say(f"plancheck: nothing exported: the plan has {why}; fix them{hint}")
        raise _Abort(EXIT_FINDINGS)
    return result.plan, result, verdict


@contextlib.contextmanager
def _exporting(what: str) -> Iterator[None]:
    """An exporter that cannot make its output from this plan (with --force: ids used twice,
    a date a calendar cannot hold) ends the run in one line, exit 1, with nothing written."""
    try:
        yield
    except (ValueError, OverflowError) as err:
        why = (
            "a date lies at the edge of the calendar (the year 1 or 9999)"
            if isinstance(err, OverflowError)
            else str(err)
        )
        _say(f"plancheck: nothing exported: {what} cannot be made from this plan: {why}")
        raise _Abort(EXIT_FINDINGS) from err


def _feed_options(args: argparse.Namespace) -> tuple[str | None, list[dt.timedelta]]:
    """--base-url and --alarm, read by the feed exporter's own parsers."""
    from plancheck.exporters.ics_feed import parse_alarm
    from plancheck.exporters.ics_feed.links import normalise_base_url

    try:
        base = normalise_base_url(args.base_url) if args.base_url else None
        alarms = [parse_alarm(value) for value in args.alarm]
    except ValueError as err:
        raise UsageError(str(err)) from err
    return base, alarms


def _as_of(args: argparse.Namespace) -> dt.date | None:
    from plancheck.as_of import parse_as_of

    return parse_as_of(args.as_of) if args.as_of else None


def _tokens(value: str | None) -> Any:
    """--tokens, read and checked before the plan: a bad file ends the run in one line, exit 2."""
    from plancheck.exporters.webpage import DEFAULT_TOKENS, TokensError, load_tokens

    if value is None:
        return DEFAULT_TOKENS
    try:
        return load_tokens(Path(value))
    except TokensError as err:
        raise UsageError(f"--tokens {value}: {err}") from err


def _template(value: str | None) -> Path | None:

    if value is None:
        return None
    path = Path(value)
    if not path.is_file():
        raise UsageError(f"--template {value}: no such file")
    return path


@contextlib.contextmanager
def _report_errors(what: str, failed: Callable[[Exception], str]) -> Iterator[None]:
    """What a Word-based export cannot do, each said once: a template that is no house
    style and a missing LibreOffice (where it is required) are usage errors (exit 2); a
    LibreOffice run that fails is one line (`failed(err)`), exit 1, the last good output kept."""
    from plancheck.exporters.docx_report import TemplateError
    from plancheck.exporters.docx_report.layout import LayoutFailed, LayoutUnavailable

    try:
        with _exporting(what):
            yield
    except (TemplateError, LayoutUnavailable) as err:
        raise UsageError(str(err)) from err
    except LayoutFailed as err:
        _say(failed(err))
        raise _Abort(EXIT_FINDINGS) from err


def _write_docx(plan: Plan, path: Path, args: argparse.Namespace, compare: Any = None) -> Any:
    from plancheck.exporters.docx_report import write_docx

    # LibreOffice is there but its pass failed: a report without its page numbers is not
    # written in place of a good one
    with _report_errors(
        "the Word report",
        lambda err: (
            "plancheck: nothing exported: the LibreOffice pass for the table of "
            f"contents' page numbers failed: {err}; the last good output is left as it was "
            "(run again, or use --toc-pages none to write the report without page numbers)"
        ),
    ):
        return write_docx(
            plan,
            path,
            template=_template(args.template),
            layout_mode=args.toc_pages,
            compare=compare,
        )


def _write_open(plan: Plan, path: Path, target: str, args: argparse.Namespace) -> Any:
    """The report as PDF/A-2b or ODT, converted by LibreOffice; a failed conversion is one
    line, exit 1, and the last good output is kept."""
    from plancheck.exporters.docx_report import write_open_format

    with _report_errors(
        f"the report as {target.upper()}",
        lambda err: (
            f"plancheck: nothing exported: the LibreOffice conversion to "
            f"{target.upper()} failed: {err}; the last good output is left as it was"
        ),
    ):
        return write_open_format(
            plan, path, target, template=_template(args.template), layout_mode=args.toc_pages
        )


def _export_open(args: argparse.Namespace) -> int:
    plan, _, _ = _checked_plan(args, config_for(args.config))
    started = time.perf_counter()
    result = _write_open(plan, _output_file(args), args.kind, args)
    _say(f"wrote {args.output} ({result.size:,} bytes) in {time.perf_counter() - started:.1f} s")
    if result.layout_note:
        _say(f"note: {result.layout_note}")
    return 0


def _comparison(args: argparse.Namespace, plan: Plan) -> tuple[Any, str] | None:
    """--compare REV|FILE: the plan then (a file if FILE exists, else the plan as committed
    in git revision REV, read by the one pipeline) and the diff from it to `plan`."""
    if args.compare is None:
        return None
    from plancheck.diff import diff_plans
    from plancheck.diff_command import read_committed, read_file
    from plancheck.exporters.docx_report import Comparison

    value: str = args.compare
    old = read_file(value) if Path(value).is_file() else read_committed(value, args.plan)
    return Comparison(old.plan, diff_plans(old.plan, plan, old.name, args.plan)), old.name


def _export_docx(args: argparse.Namespace) -> int:
    plan, _, _ = _checked_plan(args, config_for(args.config))
    started = time.perf_counter()
    compared = _comparison(args, plan)
    result = _write_docx(plan, _output_file(args), args, compared[0] if compared else None)
    pages = f", {result.pages} pages" if result.pages else ""
    _say(
        f"wrote {args.output} ({result.size:,} bytes{pages}) in {time.perf_counter() - started:.1f} s"
    )
    if compared is not None:
        comparison, name = compared
        count = len(comparison.diff)
        if count:
            _say(
                f"tracked changes since {name}: {count} change{'s' if count != 1 else ''} of "
                f"the plan, {result.insertions} insertions and {result.deletions} deletions "
                "in the report"
            )
        else:
            _say(f"no changes since {name}: the report has no tracked changes")
    if result.layout_note:
        _say(f"note: {result.layout_note}")
    return 0


def _export_ics(args: argparse.Namespace) -> int:
    from plancheck.atomic import prepare_dir
    from plancheck.exporters.ics_feed import write_feeds

    prepare_dir(args.output, plan=args.plan, config=args.config)
    base, alarms = _feed_options(args)
    as_of = _as_of(args)
    plan, _, _ = _checked_plan(args, config_for(args.config), as_of=as_of)
    with _exporting("the calendar feeds"), staged_dir(args.output) as stage:
        summary = write_feeds(plan, stage, base_url=base, alarms=alarms, as_of=as_of)
    _say(
        f"wrote {len(summary.feeds)} calendar feeds and index.html to {args.output}/ "
        f"({summary.milestones} dated milestones)"
    )
    return 0


def _export_progress(args: argparse.Namespace) -> int:
    from plancheck.as_of import parse_as_of

    as_of = parse_as_of(args.as_of)
    since = parse_as_of(args.since, option="--since") if args.since else None
    if since is not None and since >= as_of:
        raise UsageError(f"--since {since.isoformat()} is not before --as-of {as_of.isoformat()}")
    template = _template(args.template)
    plan, _, _ = _checked_plan(args, config_for(args.config), as_of=as_of)
    from plancheck.exporters.docx_report import TemplateError, write_progress

    started = time.perf_counter()
    try:
        with _exporting("the progress report"):
            result = write_progress(
                plan, Path(args.output), as_of=as_of, since=since, template=template
            )
    except TemplateError as err:
        raise UsageError(str(err)) from err
    _say(
        f"wrote {args.output} ({result.size:,} bytes, as of {as_of.isoformat()}) in "
        f"{time.perf_counter() - started:.1f} s"
    )
    return 0


def _export_html(args: argparse.Namespace) -> int:
    from plancheck.exporters.html_site import write_site

    base, alarms = _feed_options(args)
    tokens = _tokens(args.tokens)
    plan, _, _ = _checked_plan(args, config_for(args.config))
    with _exporting("the web site and its calendar feeds"), staged_dir(args.output) as stage:
        site = write_site(
            plan, stage, base_url=base, alarms=alarms, tokens=tokens, today=args.today
        )
    _say(
        f"wrote the web site to {args.output}/: {site.pages[0]} (the plan), {site.pages[1]} and "
        f"{site.pages[2].split('/')[0]}/ ({len(site.feeds.feeds)} calendar feeds and their page, "
        f"{site.feeds.milestones} dated milestones)"
    )
    if base is None:
        _say("note: without --base-url the calendars can be downloaded but not subscribed to")
    return 0


def _build(args: argparse.Namespace) -> int:
    from plancheck.atomic import prepare_dir
    from plancheck.exporters.html_site import write_site
    from plancheck.reporters import Context
    from plancheck.reporters.json_report import render as render_json
    from plancheck.reporters.text import render as render_text

    out = Path(args.out)
    if out.exists() and not out.is_dir():
        raise OutputError(f"--out {out} is a file, not a folder; give a folder name")
    prepare_dir(args.out, plan=args.plan, template=args.template, config=args.config)
    _say(f"checking {args.plan}")
    base, alarms = _feed_options(args)
    tokens = _tokens(args.tokens)
    config = config_for(args.config)
    strict = config.is_strict(args.strict)
    as_of = _as_of(args)
    plan, result, verdict = _checked_plan(args, config, strict=strict, as_of=as_of)
    # findings.txt says what `check --verbose` would say: the record lists every finding
    context = Context(__version__, strict=strict, verbose=True)
    with staged_dir(out) as stage:
        with i18n.using(i18n.forced() or result.language):
            write_text(stage / "findings.txt", render_text([result], context))
            write_text(stage / "findings.json", render_json([result], context))
        opened, skipped = _open_formats(stage, args)
        _say("writing the Word report" + (" as .docx, .pdf and .odt" if opened else ""))
        report, written = _write_report(plan, stage / "verbeterplan.docx", opened, args)
        _say("writing the web site and the calendar feeds")
        (stage / "site").mkdir()
        with _exporting("the web site and its calendar feeds"):
            site = write_site(
                plan,
                stage / "site",
                base_url=base,
                alarms=alarms,
                tokens=tokens,
                today=args.today,
                command=f"plancheck build {args.plan} --base-url",
                as_of=as_of,
            )
    feeds = site.feeds
    pages = f", {report.pages} pages" if report.pages else ""
    print(printable(f"built {out}/ from {args.plan}:"))
    print(f"  verbeterplan.docx   Word report ({report.size:,} bytes{pages})")
    if "pdf" in written:
        print(f"  verbeterplan.pdf    the report as PDF/A-2b ({written['pdf'].size:,} bytes)")
    if "odt" in written:
        print(f"  verbeterplan.odt    the report as ODF text ({written['odt'].size:,} bytes)")
    print("  site/               web site: index.html (the plan), tijdlijn.html (the timeline)")
    print(
        f"  site/agenda/        {len(feeds.feeds)} calendar feeds and their page, "
        f"{feeds.milestones} dated milestones"
        + ("" if base else " (no --base-url: download only, no subscribing)")
    )
    print("  findings.txt, findings.json")
    print(
        f"  {len(plan.measures)} measures, {len(plan.milestones)} milestones; "
        f"{verdict.warnings} warnings, {verdict.acknowledged} acknowledged findings"
    )
    if report.layout_note:
        print(f"  note: {report.layout_note}")
    if skipped:
        print(f"  note: {skipped}")
    return 0


def _open_formats(stage: Path, args: argparse.Namespace) -> tuple[dict[str, Path], str | None]:
    """The open formats that build writes beside the .docx, or why it does not: they are
    LibreOffice's conversions, made in the session of the page-number pass."""
    import shutil

    not_written = "verbeterplan.pdf and verbeterplan.odt not written"
    if args.toc_pages == "none":
        return {}, f"{not_written}: --toc-pages none builds without LibreOffice"
    if shutil.which("soffice") is None and shutil.which("libreoffice") is None:
        return {}, (
            f"{not_written}: LibreOffice (soffice) is not installed; install it with: "
            "apt-get install libreoffice-writer-nogui"
        )
    return {"pdf": stage / "verbeterplan.pdf", "odt": stage / "verbeterplan.odt"}, None


def _write_report(
    plan: Plan, docx: Path, opened: dict[str, Path], args: argparse.Namespace
) -> tuple[Any, dict[str, Any]]:
    """The Word report and, in the same LibreOffice session, its open formats."""
    if not opened:
        return _write_docx(plan, docx, args), {}
    from plancheck.exporters.docx_report import write_report

    with _report_errors(
        "the report",
        lambda err: (
            f"plancheck: nothing exported: LibreOffice failed while writing the report: {err}; "
            "the last good build is left as it was (run again, or use --toc-pages none to "
            "build without LibreOffice)"
        ),
    ):
        result = write_report(
            plan, docx, opened, template=_template(args.template), layout_mode=args.toc_pages
        )
    return result.docx, result.opened


def _init(args: argparse.Namespace) -> int:
    from plancheck.starter import STARTER_PLAN

    path = Path(args.path)
    if args.path.endswith(("/", os.sep)) or path.is_dir():  # `init new/`: new/plan.yaml
        path = path / "plan.yaml"
        path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists() and not args.force:
        raise UsageError(f"{path} exists; use --force to overwrite it")
    write_text(path, STARTER_PLAN)
    print(f"wrote {path}: a small valid plan to start from; run `plancheck check {path}`")
    schema_copy = path.parent / "schema" / "plan.schema.json"
    if not schema_copy.exists():
        from plancheck.validation import schema_text

        schema_copy.parent.mkdir(parents=True, exist_ok=True)
        write_text(schema_copy, schema_text())
        print(f"wrote {schema_copy}: the schema your editor reads for completion")
    return 0


def _import_docx(args: argparse.Namespace) -> int:
    """The Word file read into plan.yaml; what it could not place is listed (exit 1), and
    the plan it wrote is read back by the loader and the schema."""
    from plancheck import outputs
    from plancheck.atomic import prepare_file
    from plancheck.importer import UnreadableDocx, import_docx, plan_yaml
    from plancheck.loader import load_text
    from plancheck.validation import validate

    source = Path(args.file)
    if not source.is_file():
        raise UsageError(f"{args.file}: no such file")
    outputs.note_input(source, "the Word file")
    path = prepare_file(args.output)
    if path.exists() and not args.force:
        raise UsageError(f"{path} exists; use --force to overwrite it")
    try:
        imported = import_docx(source)
    except UnreadableDocx as err:
        raise UsageError(f"{args.file}: cannot be read as a Word file: {err}") from err
    notes = [str(f) for f in imported.findings]
    text = plan_yaml(
        imported.data,
        [f"Ingelezen uit {source.name} door plancheck import docx.", *notes] if notes else [],
    )
    loaded = load_text(text, str(path))
    problems = list(loaded.findings)
    if loaded.document is not None:
        problems += validate(loaded.document)
    write_text(path, text)
    for note in notes:
        _say(f"{args.file}: {note.removeprefix(source.name + ': ')}")
    for problem in problems:
        where = f"{path}:{problem.span.line}" if problem.span else str(path)
        _say(f"{where}: {problem.message}")
    _say(
        f"wrote {path}: {imported.measures} measures, {imported.milestones} milestones, "
        f"{imported.marks} grid marks, {imported.footnotes} footnotes; "
        f"{len(notes)} findings to check; then run `plancheck check {path}`"
    )
    return EXIT_FINDINGS if notes or problems else 0


def _schema(args: argparse.Namespace) -> int:
    """`plancheck schema PLAN...`: the general schema with each plan's ids, for the editor
    (several plans as the pre-commit hook passes them; -o for one plan only)."""
    if args.output and len(args.plans) > 1:
        raise UsageError("-o names the schema of one plan; give one PLAN, or leave -o out")
    return max(_schema_of(plan, args.output) for plan in args.plans)


def _schema_of(plan_name: str, output_name: str | None) -> int:
    from plancheck import plan_schema
    from plancheck.atomic import prepare_file
    from plancheck.reporters import Context
    from plancheck.reporters.text import render
    from plancheck.validation import schema, schema_text

    result = check_file(plan_name)
    if result.plan is None or result.document is None:
        sys.stderr.write(render([result], Context(__version__)))
        _say(f"plancheck: no schema written: {plan_name} could not be read as a valid plan")
        return EXIT_UNREADABLE if result.unreadable else EXIT_FINDINGS
    plan_path = Path(plan_name)
    named = plan_schema.named_file(result.document)
    if output_name:
        output = output_name
    elif named is not None and _plan_specific(Path(named[0])):
        output = str(named[0])
    else:
        output = str(plan_path.with_name(plan_path.stem + ".schema.json"))
    target = prepare_file(output, plan=plan_name)
    text = plan_schema.render(
        plan_schema.plan_schema(result.plan, schema(), plan_path.name, schema_text())
    )
    if _read_or_none(target) == text:
        _say(f"{output} is current: the schema with this plan's ids, for the editor")
    else:
        write_text(target, text)
        _say(f"wrote {output}: the schema with this plan's ids, for the editor")
    wanted = Path(os.path.relpath(target.resolve(), plan_path.resolve().parent)).as_posix()
    if named is None or Path(named[0]).resolve() != target.resolve():
        _say(f"note: for the editor to use it, put this line at the top of {plan_name}:")
        _say(f"  # yaml-language-server: $schema={wanted}")
    return 0


def _read_or_none(path: Path) -> str | None:
    try:
        return path.read_text("utf-8") if path.is_file() else None
    except (OSError, UnicodeDecodeError):
        return None


def _plan_specific(path: Path) -> bool:
    """A schema `plancheck schema` wrote (it carries plan_schema.MARK)."""
    import json

    from plancheck import plan_schema

    try:
        return plan_schema.MARK in json.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, ValueError, TypeError):
        return False


def _output_file(args: argparse.Namespace) -> Path:
    """-o FILE, checked before the report is rendered: not an input, not a folder or a
    special file, no trailing slash (plancheck.atomic.prepare_file)."""
    from plancheck.atomic import prepare_file

    return prepare_file(args.output, plan=args.plan, template=args.template, config=args.config)
