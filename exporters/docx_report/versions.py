"""The words of the report's version table ('Versiebeheer'): per version, the milestones it
names, each as the report shows it, with what changed when that is known.

A revision names its milestones by id (`changes`, `removed`); the table says which measure
each belongs to and how the report words it ('Maatregel 6 – Voor 1 oktober 2018: Factsheet
gereed.'). With the diff from an earlier plan (`export docx --compare`), a version added
since then also says what it did, in the diff's own words (plancheck.diff_render:
'verplaatst van 30-06-2018 naar 30-09-2018 (+3 maanden); formulering: Voor 1 juli 2018 →
Voor 1 oktober 2018'); a milestone named by several added versions is described at the
newest of them, the others give its current date. Without a diff each milestone is given
with its current date.
"""

from __future__ import annotations

from dataclasses import dataclass

from plancheck.diff import PlanDiff
from plancheck.diff_render import due_text, milestone_notes, word
from plancheck.markup import parse, walk_runs
from plancheck.model import Plan

SUBJECT_LENGTH = 160  # a milestone's text is cut to this many characters in the table


@dataclass(frozen=True)
class Note:
    subject: str  # 'Maatregel 6 – Voor 1 oktober 2018: Factsheet gereed.'
    detail: str | None  # 'Verplaatst van 30-06-2018 naar 30-09-2018 (+3 maanden); ...'


def _cut(text: str, limit: int = SUBJECT_LENGTH) -> str:
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat
    cut = flat[: limit - 1]
    return (cut[: cut.rindex(" ")] if " " in cut else cut).rstrip(" ,.:;") + "…"


def _plain(text: str) -> str:
    """A milestone's text on one line, without its marks and footnote references."""
    return " ".join(r.text for r in walk_runs(parse(text)) if r.footnote is None)


def _subject(
    plan: Plan, measure: str | None, title: str | None, wording: str, text: str | None
) -> str:
    owner = f"{plan.labels['measure']} {measure}" if measure is not None else title
    said = f"{wording}: {_plain(text)}" if text else f"{wording}."
    return _cut(f"{owner} – {said}" if owner else said)


def _sentence(text: str) -> str:
    return text[:1].upper() + text[1:]


def notes(plan: Plan, diff: PlanDiff | None = None) -> dict[str, list[Note]]:
    """Per version after the published one: a note per milestone it changed or removed."""
    language = plan.document.language
    added = {r.version for r in diff.revisions} if diff is not None else set()
    removed = {r.milestone: r for r in diff.milestones_removed} if diff is not None else {}
    described: set[str] = set()
    out: dict[str, list[Note]] = {}
    for revision in reversed(plan.revisions[1:]):
        items: list[Note] = []
        for ident in (*revision.changes, *revision.removed):
            known = diff is not None and revision.version in added and ident not in described
            if known:
                described.add(ident)
            milestone = plan.milestone(ident)
            if milestone is None:  # no longer in the plan
                record = removed.get(ident) if known else None
                subject = (
                    _subject(plan, record.measure, None, record.wording, record.text)
                    if record is not None
                    else ident
                )
                items.append(Note(subject, _sentence(word("removed", language, plan.labels))))
                continue
            subject = _subject(
                plan, milestone.measure_id, milestone.title, milestone.wording, milestone.text
            )
            if known and diff is not None:
                said = milestone_notes(diff, ident)
                items.append(Note(subject, _sentence("; ".join(said)) if said else None))
            else:
                items.append(
                    Note(f"{subject} ({due_text(milestone.due.raw, language, plan.labels)})", None)
                )
        out[revision.version] = items
    return out
