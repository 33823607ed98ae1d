"""The frame every page of the site shares: head, skip link, header, navigation, footer.

Every address in it is relative (`root` leads from the page's folder to the site's), so the
site works from a web folder and opened from disk alike, and nothing is loaded from another
host: the stylesheet is a file of the site (or, for a page on its own, inline) and fonts are
the reader's own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from .style import stylesheet
from .tokens import DEFAULT_TOKENS, Tokens

STYLESHEET = "stijl.css"


def e(text: str) -> str:
    """Text escaped for HTML content and attribute values."""
    return escape(text, quote=True)


def t(text: str) -> str:
    """Text escaped for HTML content only (quotes and apostrophes stay as written)."""
    return escape(text, quote=False)


@dataclass(frozen=True)
class NavItem:
    key: str
    href: str  # relative to the site's root
    text: str


# the site's pages, in the order of the navigation (the site builds its own from the plan's
# words; this is the Dutch one, for a page made without a plan)
SITE_NAV = (
    NavItem("plan", "index.html", "Het plan"),
    NavItem("timeline", "tijdlijn.html", "Tijdlijn"),
    NavItem("calendars", "agenda/index.html", "Mijlpalen in uw agenda"),
)


@dataclass(frozen=True)
class Frame:
    """What every page of one site shares."""

    site_title: str  # the plan's short name, on every page
    organisation: str  # the municipality (tokens) or the plan's municipalities
    tokens: Tokens = DEFAULT_TOKENS
    nav: Sequence[NavItem] = SITE_NAV
    inline_style: bool = False  # a page on its own (export ics) carries its style inline
    footer: str = ""  # HTML
    # the frame's own words, in the page's language (the plan's words; Dutch by default)
    skip_text: str = "Naar de inhoud"
    stylesheet_file: str = STYLESHEET  # the site's stylesheet, from the plan's words
    nav_label: str = "Website"


def page(
    frame: Frame,
    *,
    title: str,
    body: str,
    lang: str,
    root: str = "",
    current: str | None = None,
    head: str = "",
    end: str = "",
    body_class: str = "",
    body_lang: str | None = None,
) -> str:
    """A whole HTML document. `body` is the main content's HTML; `root` is '' or '../'.
    `lang` is the page's language (the plan's); `body_lang` the main content's, when that
    is another (a page whose sentences are not yet in the plan's words)."""
    main_lang = (
        f' lang="{e(body_lang)}"'
        if body_lang is not None and body_lang.split("-")[0] != lang.split("-")[0]
        else ""
    )
    if frame.inline_style:
        style = f"<style>{stylesheet(frame.tokens)}</style>"
    else:
        style = f'<link rel="stylesheet" href="{e(root + frame.stylesheet_file)}">'
    logo = ""
    if frame.tokens.logo is not None:
        logo = (
            f'<img class="site-header__logo" src="{e(root + frame.tokens.logo.file_name)}" '
            f'alt="{e(frame.tokens.logo.alt)}">'
        )
    nav = ""
    if frame.nav:
        items = []
        for item in frame.nav:
            here = ' aria-current="page"' if item.key == current else ""
            items.append(f'<li><a href="{e(root + item.href)}"{here}>{e(item.text)}</a></li>')
        nav = f'<nav class="site-nav" aria-label="{e(frame.nav_label)}"><ul>{"".join(items)}</ul></nav>'
    classes = f' class="{e(body_class)}"' if body_class else ""
    lines = [
        "<!DOCTYPE html>",
        f'<html lang="{e(lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{e(title)}</title>",
        style,
        head,
        "</head>",
        f"<body{classes}>",
        f'<a class="skip-link" href="#inhoud">{e(frame.skip_text)}</a>',
        '<header class="site-header">',
        '<div class="site-header__bar">',
        logo,
        '<div class="site-header__names">',
        f'<span class="site-header__org">{e(frame.organisation)}</span>',
        f'<span class="site-header__title">{e(frame.site_title)}</span>',
        "</div>",
        "</div>",
        nav,
        "</header>",
        f'<main id="inhoud" tabindex="-1"{main_lang}>{body}</main>',
        f'<footer class="site-footer"><p>{frame.footer}</p></footer>',
        end,
        "</body>",
        "</html>",
        "",
    ]
    return "\n".join(line for line in lines if line)
