"""Which feeds there are and what each holds: all milestones, one per owner, one per measure.

Every feed gets a name that is both its file stem ('maatregel-3-1' -> maatregel-3-1.ics) and
its section's anchor on the index page; milestones get anchors too (an event's URL points
there). Names are made safe and unique in plancheck.exporters.ics_feed.names.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Literal

from plancheck.markup import plain_text
from plancheck.model import Measure, Milestone, Owner, Plan

from .events import MilestoneEvent, all_milestones, build_event, measure_name, sort_events
from .names import check_unique, slugify, unique_names
from .page_words import anchors

FeedKind = Literal["all", "owner", "measure"]

# The feeds' file names and the page's anchors come from the plan's words (slugified):
# all_milestones_file ('alle-mijlpalen'), owner_file ('rol-<id>'), milestone_anchor
# ('mijlpaal-<id>'), the measure label ('maatregel-3-1'), anchor_per_owner, anchor_per_measure.
# Sections of the index page (page_words.ANCHORS, in the plan's language, and the frame's
# "inhoud"); feeds and milestones never take these anchors.


def sections(plan: Plan) -> tuple[str, ...]:
    """The index page's section anchors, with the ones named by the plan's words."""
    own = tuple(v for k, v in anchors(plan).items() if k != "address")
    return (
        "inhoud",
        *own,
        plan.slug_word("anchor_per_owner"),
        plan.slug_word("anchor_per_measure"),
    )


@dataclass(frozen=True)
class Feed:
    """One calendar file. `name` is its file stem and its anchor on the index page."""

    kind: FeedKind
    subject: str | None  # the owner's or the measure's id; None for the feed of everything
    name: str
    title: str
    description: str  # Dutch: what the feed holds (the calendar's own description)
    holds: tuple[str, ...]  # the same, shorter, for its card on index.html (paragraphs)
    events: tuple[MilestoneEvent, ...]
    ongoing: tuple[Milestone, ...]  # 'Doorlopend' work of the feed's measures: not events

    @property
    def file_name(self) -> str:
        return f"{self.name}.ics"


@dataclass(frozen=True)
class FeedSet:
    """All feeds of a plan, with the anchors of its milestones on the index page."""

    feeds: tuple[Feed, ...]
    anchors: dict[str, str]  # milestone id -> anchor
    events: dict[str, MilestoneEvent]  # milestone id -> event (dated milestones only)
    # 'owner:<id>', 'measure:<id>', 'milestone:<id>' -> its safe, unique name: the anchors
    # the site uses for the same things, so that the plan page and this one agree
    names: dict[str, str] = field(default_factory=dict)

    def feed(self, kind: FeedKind, subject: str | None = None) -> Feed:
        return next(f for f in self.feeds if f.kind == kind and f.subject == subject)


def dutch_join(items: list[str], plan: Plan | None = None) -> str:
    """'a', 'a en b', 'a, b en c' (with the plan's word for 'and': 'a, b and c')."""
    if len(items) <= 1:
        return "".join(items)
    word = plan.word("and") if plan is not None else "en"
    return ", ".join(items[:-1]) + f" {word} " + items[-1]


def owner_measures(plan: Plan, owner: Owner) -> tuple[Measure, ...]:
    return tuple(m for m in plan.measures if any(ref.owner == owner.id for ref in m.owners))


def number_key(ident: str) -> tuple[tuple[int, int, str], ...]:
    """Natural order of measure numbers: '2' < '3.1' < '3.2' < '10'."""
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in ident.split("."))


def _measures_phrase(plan: Plan, measures: tuple[Measure, ...]) -> str:
    """'Maatregel 3.1, 3.2 en 6' in number order, so the plan's list order does not matter."""
    if not measures:
        return ""
    label = plan.label(measures[0], "measure")
    return f"{label} {dutch_join(sorted((m.id for m in measures), key=number_key), plan)}"


def _names(plan: Plan) -> dict[str, str]:
    prefix = plan.slug_word("measure")
    wanted: dict[str, tuple[str, str]] = {f"section:{s}": (s, s) for s in sections(plan)}
    all_name = plan.slug_word("all_milestones_file")
    wanted["all"] = (all_name, all_name)
    owner_prefix = plan.slug_word("owner_file")
    milestone_prefix = plan.slug_word("milestone_anchor")
    for owner in plan.owners:
        wanted[f"owner:{owner.id}"] = (f"{owner_prefix}-{slugify(owner.id)}".strip("-"), owner.id)
    for measure in plan.measures:
        wanted[f"measure:{measure.id}"] = (f"{prefix}-{slugify(measure.id)}".strip("-"), measure.id)
    for ms in all_milestones(plan):
        wanted[f"milestone:{ms.id}"] = (f"{milestone_prefix}-{slugify(ms.id)}".strip("-"), ms.id)
    return unique_names(wanted)


def plan_feeds(plan: Plan, as_of: dt.date | None = None) -> FeedSet:
    """The feeds of the plan: everything, then each owner (registry order), then each measure.
    `as_of`: the day the events show the progress on (events.status_date)."""
    check_unique("owner", (o.id for o in plan.owners))
    check_unique("measure", (m.id for m in plan.measures))
    names = _names(plan)
    anchors = {ms.id: names[f"milestone:{ms.id}"] for ms in all_milestones(plan)}
    events: dict[str, MilestoneEvent] = {}
    for ms in all_milestones(plan):
        event = build_event(plan, ms, anchors[ms.id], as_of)
        if event is not None:
            events[ms.id] = event

    def dated(milestones: tuple[Milestone, ...]) -> tuple[MilestoneEvent, ...]:
        return sort_events([events[m.id] for m in milestones if m.id in events])

    def ongoing(measures: tuple[Measure, ...]) -> tuple[Milestone, ...]:
        return tuple(ms for m in measures for ms in m.realisation if ms.id not in events)

    externals = sorted(plain_text(m.title or m.id) for m in plan.external_milestones)
    measures_word = plan.noun("measures")
    everything = (
        plan.word(
            "feed_all_externals", measures=measures_word, externals=dutch_join(externals, plan)
        )
        if externals
        else plan.word("feed_all", measures=measures_word)
    )
    feeds = [
        Feed(
            "all",
            None,
            names["all"],
            plan.word("feed_all_title"),
            everything,
            (everything,),
            dated(all_milestones(plan)),
            ongoing(plan.measures),
        )
    ]
    for owner in plan.owners:
        measures = owner_measures(plan, owner)
        name = plain_text(owner.name)
        phrase = _measures_phrase(plan, measures)
        what = (
            plan.word("feed_owner", measures=phrase, owner=name)
            if measures
            else plan.word("feed_owner_none", measures=measures_word, owner=name)
        )
        owner_holds = (
            (plan.word("feed_owner_holds", measures=phrase),)
            if measures
            else (plan.word("feed_owner_holds_none", measures=measures_word),)
        )
        milestones = tuple(ms for m in measures for ms in m.realisation)
        feeds.append(
            Feed(
                "owner",
                owner.id,
                names[f"owner:{owner.id}"],
                name,
                what,
                owner_holds,
                dated(milestones),
                ongoing(measures),
            )
        )
    for measure in plan.measures:
        title = measure_name(plan, measure)
        what = plan.word("feed_measure", measure=title, title=plain_text(measure.title))
        owners = "; ".join(plain_text(ref.wording).strip().rstrip(".") for ref in measure.owners)
        holds: tuple[str, ...] = (plain_text(measure.title),)
        if owners:
            holds += (f"{plan.label(measure, 'owners')}: {owners}.",)
        feeds.append(
            Feed(
                "measure",
                measure.id,
                names[f"measure:{measure.id}"],
                title,
                what,
                holds,
                dated(measure.realisation),
                ongoing((measure,)),
            )
        )
    return FeedSet(tuple(feeds), anchors, events, names)
