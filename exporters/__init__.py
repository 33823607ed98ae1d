"""Exporters: the Word report and the calendar feeds, installed as plancheck.exporters."""
