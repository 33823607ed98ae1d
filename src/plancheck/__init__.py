"""plancheck: an improvement plan as code. Check it, export the Word report and calendar feeds."""

__version__ = "0.1.0"
