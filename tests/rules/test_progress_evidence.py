"""progress-evidence: a milestone or measure reported done names its evidence."""

from __future__ import annotations

from support import edited_text, findings_of, line_of, with_progress

RULE = "progress-evidence"
DONE = '  - milestone: 4.1-methodiek\n    date: "2018-09-20"\n    status: done\n'
EVIDENCE = "    evidence:\n      - title: Besluitenlijst MT\n        reference: D2018-04512\n"


def test_done_without_evidence_warns_at_its_status():
    text = edited_text(with_progress(DONE))
    assert findings_of(RULE, text) == [
        (
            line_of(text, "status: done"),
            "4.1-methodiek",
            "4.1-methodiek is reported done on 2018-09-20 without evidence",
        )
    ]


def test_a_measure_done_without_evidence_warns_too():
    text = edited_text(
        with_progress('  - measure: "8"\n    date: "2018-12-20"\n    status: done\n')
    )
    assert [subject for _, subject, _ in findings_of(RULE, text)] == ["measure 8"]


def test_done_with_evidence_and_other_statuses_pass():
    text = edited_text(
        with_progress(
            DONE
            + EVIDENCE
            + '  - milestone: 4.1-contracten\n    date: "2018-10-01"\n    status: on_track\n'
        )
    )
    assert findings_of(RULE, text) == []
