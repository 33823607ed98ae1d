"""`--format junit`: JUnit XML for Jenkins (junit), Azure DevOps (PublishTestResults) and GitLab.

    <testsuites name="plancheck" tests=".." failures=".." errors="..">
      <testsuite name="plan.yaml" tests="23" failures="1" errors="0" skipped="1">
        <testcase classname="plancheck.plan_yaml" name="grid-deadline">
          <failure type="error" message="milestone 6-factsheet ...">plan.yaml:671:18: milestone ...
    how to fix: add "2018-06" to planning row 6 `work`, ...</failure>
        </testcase>
        ...

One <testsuite> per plan file and one <testcase> per rule that ran on it: `load`; `schema`
if the file could be read; the rules and the acknowledgement checks if it matched the
schema (the pipeline stops at the first stage that fails). The class name is
"plancheck." + the file's path with '.' made '_' and '/' made '.', because Jenkins splits
class names at dots into package and class ("plancheck.plan.yaml" would show a class "yaml").

How findings become test outcomes (the gate's own verdict, `Context.verdict`: a finding
fails its testcase exactly when it counts against the gate):

- active errors -> one <failure type="error"> on the rule's testcase. Its message is the
  finding's message (with "(and N more)" when there are several) and its text holds every
  error of that rule as "file:line:col: message\\nhow to fix: hint". One element, not one
  per finding, because Jenkins' junit plugin reads only the first <failure> of a testcase
  (its message and text), and readers that count elements and readers that count testcases
  then agree: `failures` counts failed rules, as JUnit counts failed tests;
- a file that cannot be read -> <error> on its `load` testcase: the plan could not be
  checked at all (exit code 2), which is what JUnit's error means;
- warnings and notes do not fail the testcase (they do not fail the gate either): they are
  listed in the testcase's <system-out>, which Jenkins and Azure DevOps show with the test;
  with --strict, warnings fail the gate and so fail their testcase too (as
  <failure type="warning">);
- acknowledged findings: a testcase with no active error and at least one acknowledged
  finding is <skipped message="acknowledged: reason"> (one line per distinct reason), so
  that Jenkins and Azure count and list the waived checks; every acknowledged finding is
  also written to <system-out> with its reason.

Counts: tests = testcases, failures / errors / skipped = testcases with that element.
Characters XML 1.0 cannot hold (control characters) are written as \\u and four hex digits.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from plancheck import catalogue
from plancheck.engine import CheckResult
from plancheck.findings import Finding, Verdict
from plancheck.i18n import _
from plancheck.reporters import Context
from plancheck.reporters.common import report_path
from plancheck.reporters.text import ACKNOWLEDGED

_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml(text: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def classname(file: str, base_dir: str = ".") -> str:
    return "plancheck." + report_path(file, base_dir).replace(".", "_").replace("/", ".")


def rules_run(result: CheckResult) -> list[str]:
    """The rules that ran on this file, in pipeline order, then any other rule it reports."""
    ran = list(
        catalogue.rules_run(
            loaded=not result.unreadable, valid=result.plan is not None, disabled=result.disabled
        )
    )
    for finding in result.findings:
        if finding.rule not in ran:
            ran.append(finding.rule)
    return ran


def finding_text(finding: Finding) -> str:
    text = f"{finding.location()}: {finding.message}"
    if finding.hint:
        text += "\n" + _("how to fix:") + f" {finding.hint}"
    return text


def _output_text(finding: Finding) -> str:
    if finding.suppressed_reason is not None:
        return (
            _("acknowledged {severity}: {place}: {message}").format(
                severity=finding.severity.value, place=finding.location(), message=finding.message
            )
            + f"\n{ACKNOWLEDGED()} {finding.suppressed_reason}"
        )
    return f"{finding.severity.value}: {finding_text(finding)}"


def _testcase(
    result: CheckResult, rule: str, findings: list[Finding], base_dir: str, verdict: Verdict
) -> ET.Element:
    case = ET.Element("testcase", classname=_xml(classname(result.path, base_dir)), name=_xml(rule))
    errors = [f for f in findings if verdict.fails(f)]
    acknowledged = [f for f in findings if f.suppressed]
    quiet = [f for f in findings if f not in errors]
    if errors:
        message = errors[0].message
        if len(errors) > 1:
            message += f" (and {len(errors) - 1} more)"
        tag = "error" if result.unreadable and rule == catalogue.LOAD else "failure"
        element = ET.SubElement(case, tag, type=errors[0].severity.value, message=_xml(message))
        element.text = _xml("\n\n".join(finding_text(f) for f in errors))
    elif acknowledged:
        reasons = dict.fromkeys(f.suppressed_reason or "" for f in acknowledged)
        message = "\n".join(f"{ACKNOWLEDGED()} {reason}" for reason in reasons)
        ET.SubElement(case, "skipped", message=_xml(message))
    if quiet:
        out = ET.SubElement(case, "system-out")
        out.text = _xml("\n\n".join(_output_text(f) for f in quiet))
    return case


def _suite(result: CheckResult, base_dir: str, verdict: Verdict) -> ET.Element:
    by_rule: dict[str, list[Finding]] = {rule: [] for rule in rules_run(result)}
    for finding in result.findings:
        by_rule[finding.rule].append(finding)
    cases = [
        _testcase(result, rule, findings, base_dir, verdict) for rule, findings in by_rule.items()
    ]

    def count(tag: str) -> str:
        return str(sum(case.find(tag) is not None for case in cases))

    suite = ET.Element(
        "testsuite",
        name=_xml(result.path),
        tests=str(len(cases)),
        failures=count("failure"),
        errors=count("error"),
        skipped=count("skipped"),
    )
    suite.extend(cases)
    return suite


def render(results: Sequence[CheckResult], context: Context) -> str:
    suites = [_suite(result, context.base_dir, context.verdict([result])) for result in results]

    def total(attribute: str) -> str:
        return str(sum(int(suite.get(attribute, "0")) for suite in suites))

    root = ET.Element(
        "testsuites",
        name="plancheck",
        tests=total("tests"),
        failures=total("failures"),
        errors=total("errors"),
    )
    root.extend(suites)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"
