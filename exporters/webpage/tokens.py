"""Design tokens: a municipality's own colours, font and logo for the web pages (issue 16).

`--tokens tokens.json` is a JSON object; every key is optional and an unknown key is an error
(a misspelt colour must not silently fall back to the default):

    {
      "organisation": "Gemeente Vlissingen",
      "logo": "logo.svg",
      "logo-alt": "Gemeente Vlissingen",
      "font-family": "\\"Segoe UI\\", Roboto, Arial, sans-serif",
      "color": {
        "primary": "#154273", "primary-text": "#ffffff",
        "text": "#1b1b1b", "background": "#ffffff", "muted": "#f3f3f3",
        "link": "#01689b", "focus": "#000000", "focus-background": "#ffdd00"
      }
    }

The tokens become CSS custom properties (--pc-color-primary, ...), the way the NL Design
System themes its components: a theme is a token file, not new CSS. Checks, so that a theme
cannot make the site fail WCAG 2.1 AA: colours are #rgb or #rrggbb; text, links and the text
on `primary` and on `muted` have a contrast of at least 4.5:1, the focus outline 3:1 against
the background, and focused links (text on `focus-background`) 4.5:1. The font is a list of
family names of fonts installed on the reader's device: no font file is ever loaded, so
nothing is fetched from another host. The logo is an SVG or PNG file beside the token file (at
most 256 KiB), copied into the site; an SVG with scripts, embedded HTML or references to other
files or hosts is refused.
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any


class TokensError(ValueError):
    """The token file cannot be used; the message says why, in one line."""


DEFAULT_FONT = (
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, '
    '"Noto Sans", "Liberation Sans", sans-serif'
)
# Rijksoverheid-like defaults: lintblauw for the band, hemelblauw links, a black-and-yellow
# focus indicator that shows on white and on the blue band alike
DEFAULT_COLORS = {
    "primary": "#154273",
    "primary-text": "#ffffff",
    "text": "#1b1b1b",
    "background": "#ffffff",
    "muted": "#f1f4f8",
    "link": "#01689b",
    "focus": "#000000",
    "focus-background": "#ffdd00",
}
# (foreground, background, minimum contrast, what it is)
CONTRASTS = (
    ("text", "background", 4.5, "text on the page"),
    ("link", "background", 4.5, "links on the page"),
    ("text", "muted", 4.5, "text in table headers and boxes"),
    ("link", "muted", 4.5, "links in table headers and boxes"),
    ("primary-text", "primary", 4.5, "text on the coloured band"),
    ("focus", "background", 3.0, "the focus outline"),
    ("text", "focus-background", 4.5, "a focused link"),
)
LOGO_TYPES = {".svg": "image/svg+xml", ".png": "image/png"}
MAX_LOGO = 256 * 1024
KNOWN = ("organisation", "logo", "logo-alt", "font-family", "color")
_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_FONT = re.compile(r"[A-Za-z0-9 ,\"'_-]+")


@dataclass(frozen=True)
class Logo:
    data: bytes
    suffix: str  # ".svg" or ".png"
    alt: str

    @property
    def file_name(self) -> str:
        return "logo" + self.suffix


@dataclass(frozen=True)
class Tokens:
    organisation: str | None = None
    font_family: str = DEFAULT_FONT
    colors: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_COLORS))
    logo: Logo | None = None

    def css_properties(self) -> str:
        """The tokens as CSS custom properties, for :root."""
        lines = [f"--pc-font-family:{self.font_family};"]
        lines += [f"--pc-color-{name}:{value};" for name, value in sorted(self.colors.items())]
        return "".join(lines)


DEFAULT_TOKENS = Tokens()


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def _luminance(color: str) -> float:
    hex_digits = color[1:]
    if len(hex_digits) == 3:
        hex_digits = "".join(c * 2 for c in hex_digits)
    r, g, b = (int(hex_digits[i : i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(one: str, other: str) -> float:
    """The WCAG 2.1 contrast ratio of two #rgb/#rrggbb colours (1 to 21)."""
    a, b = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def _text(data: dict[str, Any], key: str, limit: int) -> str | None:
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip() or len(value) > limit:
        raise TokensError(f"'{key}' must be a text of 1 to {limit} characters")
    return " ".join(value.split())


def _colors(value: Any) -> dict[str, str]:
    if not isinstance(value, dict):
        raise TokensError("'color' must be an object of colour names and values")
    colors = dict(DEFAULT_COLORS)
    for name, color in value.items():
        if name not in DEFAULT_COLORS:
            raise TokensError(
                f"unknown colour '{name}' (known: {', '.join(sorted(DEFAULT_COLORS))})"
            )
        if not isinstance(color, str) or not _HEX.fullmatch(color):
            raise TokensError(f"colour '{name}' must be #rgb or #rrggbb, not {color!r}")
        colors[name] = color.lower()
    for fore, back, minimum, what in CONTRASTS:
        ratio = contrast(colors[fore], colors[back])
        if ratio < minimum:
            raise TokensError(
                f"{what} ('{fore}' {colors[fore]} on '{back}' {colors[back]}) has a contrast of "
                f"{ratio:.2f}:1; WCAG 2.1 AA needs at least {minimum:g}:1"
            )
    return colors


def _check_svg(data: bytes) -> None:
    if b"<!ENTITY" in data or b"<!DOCTYPE" in data.upper():
        raise TokensError("the SVG logo must not declare a DOCTYPE or entities")
    try:
        root = ET.fromstring(data)
    except ET.ParseError as err:
        raise TokensError(f"the logo is not a readable SVG file ({err})") from err
    if root.tag.rpartition("}")[2] != "svg":
        raise TokensError("the logo is not an SVG file (its root element is not <svg>)")
    for element in root.iter():
        name = element.tag.rpartition("}")[2] if isinstance(element.tag, str) else ""
        if name in ("script", "foreignObject", "iframe", "style"):
            raise TokensError(f"the SVG logo must not hold <{name}>")
        for attribute, value in element.attrib.items():
            local = attribute.rpartition("}")[2].lower()
            if local.startswith("on"):
                raise TokensError(f"the SVG logo must not hold event attributes ({local})")
            if local == "href" and not value.startswith("#"):
                raise TokensError("the SVG logo must not refer to other files or hosts (href)")
            if "url(" in value and "url(#" not in value.replace(" ", ""):
                raise TokensError("the SVG logo must not refer to other files or hosts (url())")


def _logo(value: Any, alt: str | None, folder: Path, organisation: str | None) -> Logo:
    if not isinstance(value, str) or not value:
        raise TokensError("'logo' must be the name of an SVG or PNG file beside the token file")
    path = folder / value
    suffix = path.suffix.lower()
    if suffix not in LOGO_TYPES:
        raise TokensError(f"the logo {value} must be an .svg or .png file")
    if not path.is_file():
        raise TokensError(f"the logo {value} does not exist (looked in {folder})")
    data = path.read_bytes()
    if len(data) > MAX_LOGO:
        raise TokensError(f"the logo {value} is larger than {MAX_LOGO // 1024} KiB")
    if suffix == ".png" and not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise TokensError(f"the logo {value} is not a PNG file")
    if suffix == ".svg":
        _check_svg(data)
    text = alt or organisation
    if text is None:
        raise TokensError("a logo needs 'logo-alt' (or 'organisation'): its text alternative")
    return Logo(data, suffix, text)


def load_tokens(path: Path) -> Tokens:
    """Read and check a token file; TokensError says what is wrong."""
    try:
        raw = path.read_text("utf-8")
    except FileNotFoundError as err:
        raise TokensError("no such file") from err
    except (OSError, UnicodeDecodeError) as err:
        raise TokensError(f"cannot be read ({err})") from err
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        raise TokensError(
            f"not valid JSON (line {err.lineno}, column {err.colno}: {err.msg})"
        ) from err
    if not isinstance(data, dict):
        raise TokensError("must be a JSON object ({...})")
    unknown = sorted(set(data) - set(KNOWN))
    if unknown:
        raise TokensError(f"unknown key '{unknown[0]}' (known: {', '.join(KNOWN)})")
    tokens = DEFAULT_TOKENS
    organisation = _text(data, "organisation", 120)
    if organisation:
        tokens = replace(tokens, organisation=organisation)
    font = _text(data, "font-family", 200)
    if font is not None:
        if not _FONT.fullmatch(font):
            raise TokensError(
                "'font-family' is a list of installed font names (letters, digits, spaces, "
                "quotes, commas, hyphens); no font file is loaded"
            )
        tokens = replace(tokens, font_family=font)
    if "color" in data:
        tokens = replace(tokens, colors=_colors(data["color"]))
    alt = _text(data, "logo-alt", 200)
    if "logo" in data:
        tokens = replace(tokens, logo=_logo(data["logo"], alt, path.parent, organisation))
    return tokens
