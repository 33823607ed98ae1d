"""A file as committed in a git revision: `git show REV:path`, with the path made relative
to the repository root, so that it works from any folder of the work tree.

Only git's plumbing is used (rev-parse, cat-file, show), run in the folder of the file,
never a shell. Every failure is a `GitError` with one line to show the user.
"""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path

from plancheck.loader import MAX_BYTES


class GitError(Exception):
    """git cannot give the file: no git, not a repository, no such revision. One line."""


class NotInRevision(GitError):
    """The revision exists but does not hold the file (a plan added since then)."""


@dataclass(frozen=True)
class Committed:
    """A file's bytes as committed: `name` is how messages show it ('HEAD:plan.yaml')."""

    revision: str  # as the user gave it
    commit: str  # the commit it names (40 hex digits)
    repo_path: str  # the path from the repository root, with '/'
    data: bytes

    @property
    def name(self) -> str:
        return f"{self.revision}:{self.repo_path}"


def _git(folder: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    # LC_ALL=C: git's own messages are not shown, but keep them parseable; no pager, no prompt
    env = {**os.environ, "LC_ALL": "C", "GIT_PAGER": "cat", "GIT_TERMINAL_PROMPT": "0"}
    try:
        return subprocess.run(
            ["git", *args], cwd=folder, capture_output=True, env=env, check=False, timeout=120
        )
    except FileNotFoundError as err:
        raise GitError("git: the git program is not installed (or not on PATH)") from err
    except subprocess.TimeoutExpired as err:
        raise GitError(f"git: `git {args[0]}` did not finish within 120 s") from err


def _text(out: bytes) -> str:
    return out.decode("utf-8", errors="replace").strip()


def repository_path(path: str | Path) -> tuple[Path, str]:
    """(the folder to run git in, the file's path from the repository root with '/').

    `git rev-parse --show-prefix` in the file's own folder gives that folder's path from
    the root, whichever folder plancheck was started in.
    """
    file = Path(path)
    folder = file.parent if str(file.parent) else Path(".")
    if not folder.is_dir():
        raise GitError(f"git: no folder {folder}")
    done = _git(folder, "rev-parse", "--show-prefix")
    if done.returncode != 0:
        raise GitError(f"git: {folder.resolve()} is not in a git repository")
    prefix = _text(done.stdout)
    return folder, f"{prefix}{file.name}"


def commit_of(folder: Path, revision: str) -> str:
    """The commit a revision names, or GitError 'git: no revision X'."""
    if not revision or revision.startswith("-") or "\n" in revision:
        raise GitError(f"git: no revision {revision!r}")
    done = _git(folder, "rev-parse", "--verify", "--quiet", f"{revision}^{{commit}}")
    if done.returncode != 0:
        if revision == "HEAD" and _git(folder, "symbolic-ref", "--quiet", "HEAD").returncode == 0:
            # a branch without commits yet (the first commit, as in a pre-commit hook)
            raise NotInRevision("git: HEAD has no commits yet")
        raise GitError(f"git: no revision {revision}")
    return _text(done.stdout)


def show(revision: str, path: str | Path) -> Committed:
    """The file at `path` (in the work tree) as committed in `revision`."""
    folder, repo_path = repository_path(path)
    commit = commit_of(folder, revision)
    spec = f"{commit}:{repo_path}"
    kind = _git(folder, "cat-file", "-t", spec)
    if kind.returncode != 0:
        raise NotInRevision(f"git: {repo_path} is not in revision {revision}")
    if _text(kind.stdout) != "blob":
        raise GitError(f"git: {repo_path} is a folder in revision {revision}, not a plan file")
    size = _git(folder, "cat-file", "-s", spec)
    if int(_text(size.stdout) or 0) > MAX_BYTES:
        raise GitError(
            f"git: {repo_path} in revision {revision} is larger than {MAX_BYTES:,} bytes, "
            "the limit for plans"
        )
    done = _git(folder, "show", spec)
    if done.returncode != 0:
        raise GitError(f"git: cannot read {repo_path} in revision {revision}: {_text(done.stderr)}")
    return Committed(revision, commit, repo_path, done.stdout)
