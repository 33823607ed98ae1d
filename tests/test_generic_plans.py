"""Any municipality's plan: measure numbers of any short form, groups the plan declares, free
analysis headings, the plan's conventions and words (issue 17, parts 1 and 2), on edited
copies of the published plan and on examples/dijkwaard."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from support import ROOT, check_as_of, edit_text, edited_text, plan_text

from plancheck.engine import check_document
from plancheck.loader import load_text
from plancheck.model import WORDS

DIJKWAARD = plan_text(ROOT / "examples" / "dijkwaard" / "plan.yaml")


def renumber(text: str, old: str, new: str) -> str:
    """Measure `old` renumbered `new` everywhere: its table, its list item, its grid row,
    the acknowledgements about it and the measure references to it."""
    text = text.replace(f'id: "{old}"\n        title:', f'id: "{new}"\n        title:')
    text = text.replace(f'      - number: "{old}"\n', f'      - number: "{new}"\n')
    text = text.replace(f'measures: ["{old}"]', f'measures: ["{new}"]')
    text = text.replace(f'    - measure: "{old}"\n', f'    - measure: "{new}"\n')
    text = text.replace(f'subject: "{old}"\n', f'subject: "{new}"\n')
    text = text.replace(f"subject: {old}/", f"subject: {new}/")
    return text.replace(f"(measure:{old})", f"(measure:{new})")


def schema_errors(text: str) -> list[str]:
    loaded = load_text(text)
    assert loaded.document is not None, loaded.findings
    return [f.message for f in check_document(loaded.document).findings if f.rule == "schema"]


@pytest.mark.parametrize("number", ["A1", "1a", "2.3.1", "I-3", "10"])
def test_measure_numbers_of_any_short_form_check(number: str):
    text = renumber(plan_text(), "6", number)
    assert schema_errors(text) == []
    result = check_as_of(text)
    assert [f.rule for f in result.findings if not f.suppressed] == []
    assert number in [m.id for m in result.plan.measures]
    assert [f.subject for f in result.findings if f.rule == "grid-deadline"][-1] == "6-factsheet"


@pytest.mark.parametrize("number", ["A 1", "1..2", "-3", "3.", "A1/2", "X" * 21])
def test_a_malformed_measure_number_fails_the_schema(number: str):
    text = renumber(plan_text(), "6", number)
    assert f'"{number}" is not in the expected form' in " ".join(schema_errors(text))


def test_an_inferred_group_still_numbers_its_parts_after_it():
    text = edited_text(('        measures: ["3.1", "3.2"]\n', '        measures: ["3.1", "3b"]\n'))
    text = renumber(text, "3.2", "3b")
    rules = [(f.rule, f.subject) for f in check_as_of(text).findings if not f.suppressed]
    assert rules == [("measure-numbering", "3b")]


def test_a_declared_group_numbers_its_parts_as_the_plan_does():
    text = edited_text(
        (
            '      - number: "3"\n        text:',
            '      - number: "3"\n        group: true\n        text:',
        ),
        ('        measures: ["3.1", "3.2"]\n', '        measures: ["3.1", "3b"]\n'),
    )
    text = renumber(text, "3.2", "3b")
    assert [f.rule for f in check_as_of(text).findings if not f.suppressed] == []


def test_a_declared_single_item_is_no_group():
    text = edited_text(
        (
            '      - number: "3"\n        text:',
            '      - number: "3"\n        group: false\n        text:',
        ),
    )
    found = [(f.rule, f.subject) for f in check_as_of(text).findings if not f.suppressed]
    assert ("measure-numbering", "3.1") in found


def test_analysis_parts_need_only_a_heading_and_text():
    text = edited_text(("        - kind: causes\n          heading: De oorzaken hiervan\n",
                        "        - heading: De oorzaken hiervan\n"))  # fmt: skip
    assert schema_errors(text) == []


def test_per_direct_counts_where_the_plans_convention_says():
    published = check_as_of(plan_text()).plan
    assert published.first_day == dt.date(2018, 4, 1)
    text = edited_text(
        ("format: 1\n", "format: 1\nconventions:\n  immediate: publication\n"),
    )
    result = check_as_of(text)
    plan = result.plan
    assert plan.first_day == dt.date(2018, 8, 31)
    per_direct = plan.milestone("7-per-direct")
    assert per_direct is not None and plan.grid_slot(per_direct) == ("work", (2018, 8))
    # the grid marks 'Per direct' in April 2018, the planning's first month: now unexplained
    late = [f.subject for f in result.findings if f.rule == "grid-deadline" and not f.suppressed]
    assert "7-per-direct" in late


def test_one_municipality_says_gemeente_and_several_say_gemeenten():
    assert check_as_of(plan_text()).plan.municipalities_line() == (
        "Gemeenten Middelburg, Vlissingen, Veere"
    )
    one = edited_text(
        (
            "  code: CSG53BED47F\n",
            "  code: CSG53BED47F\n  municipalities: [Veere]\n",
        ),
        lambda text: text.replace(
            "  municipalities: [Middelburg, Vlissingen, Veere]\n  code", "  code", 1
        ),
    )
    assert check_as_of(one).plan.municipalities_line() == "Gemeente Veere"


def test_the_words_come_from_the_plans_language_under_its_labels():
    english = edited_text(("  language: nl-NL\n", "  language: en-GB\n"))
    plan = check_as_of(english).plan
    assert plan.labels["page"] == WORDS["en"]["page"] == "Page"
    assert plan.month_abbreviations[0] == "Jan"
    assert plan.kind_name("decision") == "Decision"
    # what the plan's labels say stays its own
    assert plan.labels["measure"] == "Maatregel"
    dutch = check_as_of(plan_text()).plan
    assert dutch.month_abbreviations == tuple(WORDS["nl"]["months"].split())
    assert dutch.noun("measures") == "maatregelen" and dutch.kind_name("ongoing") == "Doorlopend"


def test_a_plan_with_its_own_measure_word_and_no_plural_never_gets_maatregelen():
    text = edit_text(DIJKWAARD, ("  measures: Acties\n", ""))
    plan = check_as_of(text).plan
    assert plan.labels["measures"] == "Actie"
    assert check_as_of(DIJKWAARD).plan.noun("measures") == "acties"


def test_the_grid_label_column_fits_its_longest_label():
    import io

    import docx

    from plancheck.exporters.docx_report import render_docx

    for text, wider in ((plan_text(), False), (DIJKWAARD, True)):
        data, _ = render_docx(check_as_of(text).plan, toc_pages=None)
        grid = docx.Document(io.BytesIO(data)).tables[-1]
        first = grid.rows[2].cells[0]
        assert re.match(r"(Maatregel|Actie) \S+", first.text), first.text
        assert first.width is not None
        assert (first.width.cm > 2.85) is wider, first.width.cm
