"""What plancheck's web pages share (issue 16): the design tokens, the stylesheet and the frame.

The site (plancheck.exporters.html_site) and the calendars' page
(plancheck.exporters.ics_feed.page) both build on it, so the calendars page inside the site
looks like the rest of it, and a municipality's token file themes every page.
"""

from __future__ import annotations

from .frame import SITE_NAV, STYLESHEET, Frame, NavItem, e, page, t
from .style import stylesheet
from .tokens import DEFAULT_TOKENS, Logo, Tokens, TokensError, contrast, load_tokens

__all__ = [
    "DEFAULT_TOKENS",
    "SITE_NAV",
    "STYLESHEET",
    "Frame",
    "Logo",
    "NavItem",
    "Tokens",
    "TokensError",
    "contrast",
    "e",
    "load_tokens",
    "page",
    "stylesheet",
    "t",
]
