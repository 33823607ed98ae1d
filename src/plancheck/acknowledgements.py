"""The plan's acknowledgements (`acknowledged:`), applied to the findings of the rules.

A matching acknowledgement (same rule, same subject) suppresses the finding: it is still
reported, as suppressed, with the reason. An acknowledgement without a reason is itself an
error (acknowledgement-reason), and one that matches nothing, or names a rule that does not
exist, is reported as stale (acknowledgement-stale). The two rules' ids and documentation
are in plancheck.catalogue, with every other rule id.
"""

from __future__ import annotations

import difflib
from dataclasses import replace

from plancheck.catalogue import ACK_REASON, ACK_RULES, ACK_STALE, rule_ids
from plancheck.config import Config
from plancheck.findings import Finding
from plancheck.loader import Document
from plancheck.model import Plan

__all__ = ["ACK_REASON", "ACK_RULES", "ACK_STALE", "acknowledge"]


def acknowledge(
    document: Document, plan: Plan, findings: list[Finding], config: Config
) -> list[Finding]:
    """The findings with the plan's acknowledgements applied, then the acknowledgements'
    own findings (no reason; stale), each where its entry is in the document."""
    out: list[Finding] = []
    used: set[int] = set()
    acks = plan.acknowledged
    for finding in findings:
        match = next(
            (
                i
                for i, a in enumerate(acks)
                if a.rule == finding.rule and a.subject == finding.subject
            ),
            None,
        )
        if match is not None and (acks[match].reason or "").strip():
            used.add(match)
            out.append(replace(finding, suppressed_reason=(acks[match].reason or "").strip()))
        else:
            if match is not None:
                used.add(match)
            out.append(finding)
    for i, ack in enumerate(acks):
        if not (ack.reason or "").strip() and config.enabled(ACK_REASON):
            out.append(
                Finding(
                    ACK_REASON,
                    config.severity(ACK_REASON, ACK_RULES[ACK_REASON][0]),
                    f"the acknowledgement of {ack.rule} for '{ack.subject}' gives no reason",
                    document.path,
                    document.span(ack.path),
                    "add `reason:`, for example 'as published 31-08-2018; for the plan owner to resolve'",
                    ack.subject,
                )
            )
        elif i not in used and config.enabled(ACK_STALE) and config.enabled(ack.rule):
            # (an acknowledgement of a rule the configuration disables is not stale: the
            # rule did not run, so the inconsistency it names may well still be there)
            known = rule_ids()
            if ack.rule in known:
                message = (
                    f"the acknowledgement of {ack.rule} for '{ack.subject}' matches no finding"
                )
                hint = "remove it: the inconsistency is gone (or the subject was renamed)"
            else:
                close = difflib.get_close_matches(ack.rule, known, n=1)
                message = f"the acknowledgement names the rule '{ack.rule}', which does not exist"
                hint = (
                    f"did you mean '{close[0]}'?" if close else "`plancheck rules` lists the rules"
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
                )
            )
    return out
