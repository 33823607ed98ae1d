"""The plan's acknowledgements (`acknowledged:`), applied to the findings of the rules.

An acknowledgement accepts one inconsistency, not a subject: it matches a finding of the
same rule and subject whose facts (what the rule says the inconsistency consists of: a
milestone's due date and the row's marks, say) are exactly the facts it names. A matching
acknowledgement suppresses the finding: it is still reported, as suppressed, with the
reason. When the inconsistency changes (the deadline moved, the grid was edited), the
finding is new and shown, and the old acknowledgement is stale, with a hint that shows the
entry that would accept the new facts. An acknowledgement without a reason is itself an
error (acknowledgement-reason), and one that matches nothing, or names a rule that does not
exist, is reported as stale (acknowledgement-stale). The two rules' ids and documentation
are in plancheck.catalogue, with every other rule id.
"""

from __future__ import annotations

import json

from plancheck.catalogue import ACK_REASON, ACK_RULES, ACK_STALE, rule_ids
from plancheck.config import Config
from plancheck.findings import Change, Finding
from plancheck.i18n import _
from plancheck.loader import Document
from plancheck.model import Plan
from plancheck.record import replace
from plancheck.spelling import close_matches

__all__ = ["ACK_REASON", "ACK_RULES", "ACK_STALE", "acknowledge"]


def acknowledge(
    document: Document, plan: Plan, findings: list[Finding], config: Config
) -> list[Finding]:
    """The findings with the plan's acknowledgements applied, then the acknowledgements'
    own findings (no reason; stale), each where its entry is in the document."""
    out: list[Finding] = []
    used: set[int] = set()
    acks = plan.acknowledged
    changed: dict[int, Finding] = {}  # acknowledgement -> the finding whose facts moved on
    for finding in findings:
        same = [
            i for i, a in enumerate(acks) if a.rule == finding.rule and a.subject == finding.subject
        ]
        match = next((i for i in same if dict(acks[i].facts) == dict(finding.facts)), None)
        if match is not None and (acks[match].reason or "").strip():
            used.add(match)
            out.append(replace(finding, suppressed_reason=(acks[match].reason or "").strip()))
        else:
            if match is not None:
                used.add(match)
            for i in same:
                changed.setdefault(i, finding)
            out.append(finding)
    for i, ack in enumerate(acks):
        if not (ack.reason or "").strip() and config.enabled(ACK_REASON):
            out.append(
                Finding(
                    ACK_REASON,
                    config.severity(ACK_REASON, ACK_RULES[ACK_REASON][0]),
                    _("the acknowledgement of {rule} for '{subject}' gives no reason").format(
                        rule=ack.rule, subject=ack.subject
                    ),
                    document.path,
                    document.span(ack.path),
                    _(
                        "add `reason:`, for example 'as published {version}; for the plan "
                        "owner to resolve'"
                    ).format(version=plan.revisions[0].version),
                    ack.subject,
                )
            )
        elif i not in used and config.enabled(ACK_STALE) and config.enabled(ack.rule):
            # (an acknowledgement of a rule the configuration disables is not stale: the
            # rule did not run, so the inconsistency it names may well still be there)
            known = rule_ids()
            fix: tuple[Change, ...] = ()
            if i in changed:
                now = changed[i]
                message = (
                    _(
                        "the acknowledgement of {rule} for '{subject}' accepts {facts}, but the "
                        "inconsistency is now {now}"
                    )
                    if ack.facts
                    else _(
                        "the acknowledgement of {rule} for '{subject}' names no facts, so it "
                        "accepts nothing; the inconsistency is {now}"
                    )
                ).format(
                    rule=ack.rule,
                    subject=ack.subject,
                    facts=describe_facts(ack.facts),
                    now=describe_facts(now.facts),
                )
                hint = _(
                    "fix the plan; or, if its owners accept this inconsistency, write "
                    "`facts: {facts}` in this entry and say why in `reason:`"
                ).format(facts=facts_yaml(now.facts))
                # the entry brought up to date: offered only as part of another finding's
                # fix that changed what the entry accepts (plancheck.fixes), never alone
                place = _("the acknowledgement of {rule} for '{subject}'").format(
                    rule=ack.rule, subject=ack.subject
                )
                fix = tuple(
                    Change("set", (*ack.path, "facts", name), value, place)
                    for name, value in now.facts
                    if dict(ack.facts).get(name) != value
                )
            elif ack.rule in known:
                message = _(
                    "the acknowledgement of {rule} for '{subject}' matches no finding"
                ).format(rule=ack.rule, subject=ack.subject)
                hint = _("remove it: the inconsistency is gone (or the subject was renamed)")
                place = _("the acknowledgement of {rule} for '{subject}'").format(
                    rule=ack.rule, subject=ack.subject
                )
                fix = (Change("delete", ack.path, place=place),)
            else:
                close = close_matches(ack.rule, known)
                message = _(
                    "the acknowledgement names the rule '{rule}', which does not exist"
                ).format(rule=ack.rule)
                hint = (
                    _("did you mean '{name}'?").format(name=close[0])
                    if close
                    else _("`plancheck rules` lists the rules")
                )
            out.append(
                Finding(
                    ACK_STALE,
                    config.severity(ACK_STALE, ACK_RULES[ACK_STALE][0]),
                    message,
                    document.path,
                    document.span(ack.path),
                    hint,
                    ack.subject,
                    fix=fix,
                )
            )
    return out


def describe_facts(facts: tuple[tuple[str, str], ...]) -> str:
    """`due 2018-06-30, marks 2018-05`; "no facts" for an entry that names none."""
    return ", ".join(f"{name} {value}" for name, value in sorted(facts)) or _("no facts")


def facts_yaml(facts: tuple[tuple[str, str], ...]) -> str:
    """The facts as the YAML flow mapping an acknowledgement writes: {due: "2018-06-30"}."""
    return "{" + ", ".join(f"{name}: {json.dumps(value)}" for name, value in sorted(facts)) + "}"
