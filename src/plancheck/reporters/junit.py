"""placeholder"""
from plancheck.reporters.json_report import render  # noqa: F401
def append_step_summary(results): pass
