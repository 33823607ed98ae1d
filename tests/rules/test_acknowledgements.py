"""Acknowledgements: matching findings are suppressed with their reason and still listed;
an acknowledgement without a reason is an error (acknowledgement-reason); one that matches
no finding is stale (acknowledgement-stale)."""

from plancheck.config import Config
from plancheck.engine import ACK_REASON, ACK_RULES, ACK_STALE, check_document
from plancheck.findings import Severity
from plancheck.loader import load_text

FACTSHEET_REASON = (
    "    reason: As published 31-08-2018, the factsheet is due before 1 July 2018 (June) but "
    "marked in May; for the plan owner to resolve.\n"
)


def test_bundled_plan_lists_its_six_acknowledged_findings(plans):
    findings = plans.bundled.findings
    assert all(f.suppressed for f in findings)
    assert [(f.rule, f.subject) for f in findings] == [
        ("owner-not-appointed", "1"),
        ("grid-deadline", "2-contractering"),
        ("grid-deadline", "6-factsheet"),
        ("grid-mark-unexplained", "2/work/2018-05"),
        ("grid-mark-unexplained", "3.1/work/2018-04"),
        ("grid-mark-unexplained", "6/work/2018-05"),
    ]
    # each carries the reason of its acknowledgement, word for word
    reasons = {(a.rule, a.subject): a.reason for a in plans.bundled.plan.acknowledged}
    assert {(f.rule, f.subject): f.suppressed_reason for f in findings} == reasons
    factsheet = next(f for f in findings if f.subject == "6-factsheet")
    assert factsheet.suppressed_reason == FACTSHEET_REASON.removeprefix("    reason: ").strip()
    # suppressed findings keep their own place and severity
    assert plans.seen(factsheet) == (
        "grid-deadline",
        "error",
        "6-factsheet",
        plans.line_of(plans.text, '            due: "2018-06-30"'),
        "milestone 6-factsheet ('Voor 1 juli 2018', due 2018-06-30) has no X in June 2018 on the "
        "row of measure 6 (its marks: May 2018)",
    )


def test_bundled_plan_has_no_acknowledgement_finding(plans):
    assert plans.bundled_active(ACK_REASON) == []
    assert plans.bundled_active(ACK_STALE) == []


def test_an_acknowledgement_without_a_reason_suppresses_nothing(plans):
    text = plans.edit((FACTSHEET_REASON, ""))
    ack_line = plans.line_of(text, "  - rule: grid-deadline\n    subject: 6-factsheet\n")
    assert plans.active(text) == [
        (
            "grid-deadline",
            "error",
            "6-factsheet",
            plans.line_of(text, '            due: "2018-06-30"'),
            "milestone 6-factsheet ('Voor 1 juli 2018', due 2018-06-30) has no X in June 2018 on the "
            "row of measure 6 (its marks: May 2018)",
        ),
        (
            ACK_REASON,
            "error",
            "6-factsheet",
            ack_line,
            "the acknowledgement of grid-deadline for '6-factsheet' gives no reason",
        ),
    ]
    assert plans.findings(text, ACK_REASON)[0].hint == (
        "add `reason:`, for example 'as published 31-08-2018; for the plan owner to resolve'"
    )


def test_a_blank_reason_is_no_reason(plans):
    text = plans.edit((FACTSHEET_REASON, '    reason: "   "\n'))
    assert [(f.rule, f.subject) for f in plans.findings(text)] == [
        ("grid-deadline", "6-factsheet"),
        (ACK_REASON, "6-factsheet"),
    ]


def test_an_acknowledgement_that_matches_nothing_is_stale(plans):
    text = plans.edit(
        (
            "  - rule: grid-mark-unexplained\n    subject: 6/work/2018-05\n",
            "  - rule: grid-mark-unexplained\n    subject: 6/work/2018-06\n",
        )
    )
    assert plans.active(text) == [
        (
            "grid-mark-unexplained",
            "warning",
            "6/work/2018-05",
            plans.line_of(text, '    - measure: "6"\n') + 1,
            "the X in May 2018 on the row of measure 6 is not explained by any of its milestones",
        ),
        (
            ACK_STALE,
            "warning",
            "6/work/2018-06",
            plans.line_of(text, "  - rule: grid-mark-unexplained\n    subject: 6/work/2018-06\n"),
            "the acknowledgement of grid-mark-unexplained for '6/work/2018-06' matches no finding",
        ),
    ]
    assert plans.findings(text, ACK_STALE)[0].hint == (
        "remove it: the inconsistency is gone (or the subject was renamed)"
    )


def test_an_acknowledgement_must_name_the_rule_too(plans):
    text = plans.edit(("  - rule: owner-not-appointed\n", "  - rule: owner-missing\n"))
    assert [(f.rule, f.subject) for f in plans.findings(text)] == [
        ("owner-not-appointed", "1"),
        (ACK_STALE, "1"),
    ]


def test_a_disabled_rule_leaves_its_acknowledgements_alone(plans):
    # the rule did not run, so its acknowledged inconsistency is not known to be gone
    document = load_text(plans.text).document
    assert document is not None
    result = check_document(document, Config(disabled=frozenset({"grid-mark-unexplained"})))
    assert [(f.rule, f.subject, f.suppressed) for f in result.findings] == [
        ("owner-not-appointed", "1", True),
        ("grid-deadline", "2-contractering", True),
        ("grid-deadline", "6-factsheet", True),
    ]


def test_the_acknowledgement_rules_can_be_configured(plans):
    text = plans.edit((FACTSHEET_REASON, ""))
    document = load_text(text).document
    assert document is not None
    raised = check_document(document, Config(severities={ACK_REASON: Severity.WARNING}))
    assert [(f.rule, f.severity) for f in raised.findings if not f.suppressed] == [
        ("grid-deadline", Severity.ERROR),
        (ACK_REASON, Severity.WARNING),
    ]
    off = check_document(document, Config(disabled=frozenset({ACK_REASON})))
    assert [f.rule for f in off.findings if not f.suppressed] == ["grid-deadline"]


def test_the_acknowledgement_rules_are_documented():
    for rule_id, (severity, summary, doc) in ACK_RULES.items():
        assert summary.endswith(".")
        assert ("Fails:" in doc) == (severity is Severity.ERROR), rule_id
        assert ("Warns:" in doc) == (severity is Severity.WARNING), rule_id
        assert "Fix:" in doc


# An acknowledgement accepts one inconsistency (its facts), not a subject.

FACTSHEET = '            wording: Voor 1 juli 2018\n            text: Factsheet gereed.\n            due: "2018-06-30"\n'


def test_a_moved_deadline_is_a_new_finding_and_its_old_acknowledgement_stale(plans):
    # measure 6's factsheet delayed to October, the grid left alone: the gate must fail
    text = plans.edit(
        (
            FACTSHEET,
            FACTSHEET.replace("1 juli 2018", "1 oktober 2018").replace("2018-06-30", "2018-09-30"),
        )
    )
    result = plans.run(text)
    assert [(f.rule, f.subject) for f in plans.findings(text)] == [
        ("grid-deadline", "6-factsheet"),
        ("grid-mark-unexplained", "6/work/2018-05"),
        (ACK_STALE, "6-factsheet"),
        (ACK_STALE, "6/work/2018-05"),
    ]
    assert any(f.severity is Severity.ERROR for f in plans.findings(text))
    stale = plans.findings(text, ACK_STALE)[0]
    assert stale.message == (
        "the acknowledgement of grid-deadline for '6-factsheet' accepts due 2018-06-30, "
        "marks 2018-05, slot work 2018-06, but the inconsistency is now due 2018-09-30, "
        "marks 2018-05, slot work 2018-09"
    )
    assert stale.span is not None
    assert stale.span.line == plans.line_of(
        text, "  - rule: grid-deadline\n    subject: 6-factsheet\n"
    )
    # the hint shows the entry that would accept the new inconsistency
    assert stale.hint is not None
    assert 'facts: {due: "2018-09-30", marks: "2018-05", slot: "work 2018-09"}' in stale.hint
    assert result.plan is not None


def test_a_shortened_period_is_a_new_finding(plans):
    text = plans.edit(
        (
            "            wording: April 2018 - december 2019\n",
            "            wording: April 2018 - juni 2019\n",
        ),
        (
            '            start: "2018-04"\n            due: "2019-12"\n',
            '            start: "2018-04"\n            due: "2019-06"\n',
        ),
    )
    active = [(f.rule, f.subject) for f in plans.findings(text)]
    assert ("grid-deadline", "2-contractering") in active
    assert (ACK_STALE, "2-contractering") in active


def test_the_stale_hints_entry_accepts_the_new_inconsistency(plans):
    # following the hint (and giving a reason) makes the gate pass again: one step
    moved = FACTSHEET.replace("1 juli 2018", "1 oktober 2018").replace("2018-06-30", "2018-09-30")
    text = plans.edit((FACTSHEET, moved))
    hints = {f.subject: f.hint for f in plans.findings(text, ACK_STALE)}
    for subject, hint in hints.items():
        assert hint is not None
        new_facts = hint.split("`facts: ")[1].split("`")[0]
        entry_start = f"    subject: {subject}\n    facts: "
        start = text.index(entry_start) + len(entry_start)
        end = text.index("\n", start)
        text = text[:start] + new_facts + text[end:]
    assert plans.findings(text) == []


def test_an_acknowledgement_without_facts_accepts_nothing_where_the_rule_has_facts(plans):
    text = plans.edit(
        ('    facts: {due: "2018-06-30", marks: "2018-05", slot: "work 2018-06"}\n', "")
    )
    active = plans.findings(text)
    assert [(f.rule, f.subject) for f in active] == [
        ("grid-deadline", "6-factsheet"),
        (ACK_STALE, "6-factsheet"),
    ]
    assert "names no facts, so it accepts nothing" in active[1].message
    assert active[1].hint is not None and 'facts: {due: "2018-06-30"' in active[1].hint


def test_an_appointed_owner_of_another_name_is_not_accepted_by_the_old_entry(plans):
    text = plans.edit(
        (
            "    name: Walcherse gemeenten, projectleider nog te benoemen\n",
            "    name: Walcherse gemeenten, projectleider nog te benoemen (vacature)\n",
        )
    )
    assert [(f.rule, f.subject) for f in plans.findings(text)] == [
        ("owner-not-appointed", "1"),
        (ACK_STALE, "1"),
    ]


def test_the_reason_hint_names_the_plans_own_first_version(plans):
    text = plans.edit(
        (FACTSHEET_REASON, ""),
        ('  - version: "31-08-2018"\n', '  - version: "1.0"\n'),
    )
    [finding] = plans.findings(text, ACK_REASON)
    assert "'as published 1.0; for the plan owner to resolve'" in (finding.hint or "")
