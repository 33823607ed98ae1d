"""The export, build and init commands. Exporters are imported here, never by `check`."""

from __future__ import annotations

import argparse


def add_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    return None


def run(args: argparse.Namespace) -> int:
    raise AssertionError(f"unknown command {args.command}")
