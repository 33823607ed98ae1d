"""Safe names: file names, page anchors and event UIDs derived from the plan's ids.

Ids come from the plan (owner ids, measure numbers, milestone ids). The schema keeps them to
lowercase letters, digits, dots and hyphens, but this module does not rely on that: whatever
an id holds (slashes, dots, spaces, accents, '..'), the name made from it is `[a-z0-9-]`
only, so a feed file can never land outside the output folder.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping

from plancheck.model import MAX_SLUG, slugify

__all__ = ["MAX_SLUG", "check_unique", "event_uid", "short_hash", "slugify", "unique_names"]

_UID_SAFE = re.compile(r"[A-Za-z0-9.-]")


def short_hash(key: str) -> str:
    """Eight hex digits that depend on `key` only."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:8]


def unique_names(wanted: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    """Resolve wanted names to unique ones, independent of the order of `wanted`.

    `wanted` maps a key (unique, for example 'owner:a.b') to (wanted name, source id). A name
    nobody else wants is kept. When several keys want the same name, the one whose source id
    is already exactly its slug keeps the name (an id 'a-b' keeps 'rol-a-b' against 'a.b');
    every other one gets '-' and a short hash of its own key appended, so its name does not
    depend on which other ids exist or on their order. An empty name becomes the hash alone.
    """
    by_name: dict[str, list[str]] = {}
    for key, (name, _) in wanted.items():
        by_name.setdefault(name, []).append(key)
    out: dict[str, str] = {}
    taken = {name for name, keys in by_name.items() if len(keys) == 1 and name}
    for name, keys in sorted(by_name.items()):
        for key in sorted(keys):
            source = wanted[key][1]
            if name and (len(keys) == 1 or slugify(source) == source):
                out[key] = name
            else:
                candidate = f"{name}-{short_hash(key)}" if name else short_hash(key)
                while candidate in taken:  # practically never: a hash met a real name
                    candidate = f"{candidate}-{short_hash(candidate)}"
                out[key] = candidate
            taken.add(out[key])
    return out


def _uid_part(text: str) -> str:
    """Letters, digits, '.' and '-' kept; anything else as %XX of its UTF-8 bytes (injective)."""
    return "".join(
        ch if _UID_SAFE.fullmatch(ch) else "".join(f"%{b:02X}" for b in ch.encode("utf-8"))
        for ch in text
    )


def event_uid(milestone_id: str, code: str) -> str:
    """'4.1-methodiek@csg53bed47f.plancheck': the milestone's id at the plan's document code."""
    return f"{_uid_part(milestone_id)}@{_uid_part(code.lower())}.plancheck"


def check_unique(kind: str, ids: Iterable[str]) -> None:
    """Refuse duplicate ids: two events with one UID, or two feeds for one file, break clients."""
    seen: set[str] = set()
    for ident in ids:
        if ident in seen:
            raise ValueError(
                f"the {kind} id '{ident}' is used twice; `plancheck check` reports it (unique-ids)"
            )
        seen.add(ident)
