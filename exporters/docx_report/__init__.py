"""The Word report (issue 5)."""
