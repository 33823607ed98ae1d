"""'Did you mean ...?' only for a likely misspelling.

difflib's `get_close_matches` (cut-off 0.6) suggests an id that merely shares most of its
letters: a deleted owner 'beleidsadviseurs-sociaal-domein' got "did you mean
'beleidsadviseurs-jeugd'?", a different person. A hint suggests an id only when the name
typed is a likely typing mistake for it: a few letters typed wrong, left out, added or
swapped (the Damerau-Levenshtein distance, counted by jellyfish), at most one in five of the
letters (one for a short id), and no other id as close; or the id cut short after one of
its parts, or with a part added ('pentekening' or 'pentekening-evaluatie-2018' for
'pentekening-evaluatie'), when only one id is so.
"""

from __future__ import annotations

from collections.abc import Iterable


def _normal(word: str) -> str:
    return word.casefold().replace("_", "-").replace(" ", "-")


def allowed_distance(word: str) -> int:
    """How many letters of `word` may be mistyped for it still to be a likely misspelling."""
    return max(1, len(word) // 5)


def likely_meant(word: str, known: Iterable[str]) -> str | None:
    """The one known id `word` is a likely misspelling of, or None."""
    import jellyfish  # only when an id is unknown: `check` on a sound plan never loads it

    typed = _normal(word)
    known = list(known)
    best: list[str] = []
    best_distance = allowed_distance(typed) + 1
    for candidate in known:
        if candidate == word:
            continue
        distance = jellyfish.damerau_levenshtein_distance(typed, _normal(candidate))
        if distance > allowed_distance(max(typed, _normal(candidate), key=len)):
            continue
        if distance < best_distance:
            best, best_distance = [candidate], distance
        elif distance == best_distance:
            best.append(candidate)
    if best:
        return best[0] if len(best) == 1 else None
    # the id cut short after one of its parts, or with a part added at its end
    parts = [
        c for c in known if _normal(c).startswith(typed + "-") or typed.startswith(_normal(c) + "-")
    ]
    return parts[0] if len(parts) == 1 else None


def close_matches(word: str, known: Iterable[str]) -> list[str]:
    """`[id]` for the id `word` is a likely misspelling of, else `[]` (the shape of
    difflib.get_close_matches(word, known, n=1))."""
    meant = likely_meant(word, known)
    return [meant] if meant is not None else []
