"""The public address of the feeds and the subscribe links for the common calendar apps.

None of the add-by-link forms below is documented as an interface by its vendor; they are
the forms in common use, kept in one place so that a change is one edit:

- Apple (Calendar on iPhone, iPad and Mac; also Thunderbird and others that handle webcal):
  the feed's address with `webcal://` instead of `https://`.
- Google: no link adds a feed in one step that works for every account (the old
  `calendar/render?cid=webcal://...` form opens an empty screen or an error for many users,
  issue 16). The page shows the https address with a copy button and links to Google's own
  "add by URL" settings page (GOOGLE_ADD_BY_URL), where the address is pasted. Google only
  accepts feeds served over https.
- Outlook: https://outlook.office.com/calendar/0/addfromweb?url=URL&name=NAME for work or
  school (Microsoft 365) accounts, the same path on outlook.live.com for personal
  (Outlook.com) accounts; `url` is the https address, both parameters %-encoded.

Addresses are ASCII: the host name in its IDNA (punycode) form ('gemeente-büren.nl' ->
'xn--gemeente-bren-5ob.nl', with Python's idna codec, IDNA 2003) and the path percent-encoded
('mijn plan' -> 'mijn%20plan'), so a webcal link, SOURCE or a pasted address never holds a raw
space or a character a calendar client might refuse. Normalising twice changes nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

GOOGLE_ADD_BY_URL = "https://calendar.google.com/calendar/u/0/r/settings/addbyurl"
OUTLOOK_WORK_ADD = "https://outlook.office.com/calendar/0/addfromweb?url={url}&name={name}"
OUTLOOK_PERSONAL_ADD = "https://outlook.live.com/calendar/0/addfromweb?url={url}&name={name}"

# characters a path may hold as they are (RFC 3986 pchar and '/'); '%' starts an escape
_PATH_SAFE = "/%:@!$&'()*+,;=-._~"
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")


def _ascii_host(host: str, base_url: str) -> str:
    """The host name in ASCII: international names (IDN) in their punycode form."""
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError as err:
        raise ValueError(
            f"--base-url has a host name that cannot be written in ASCII (IDNA): '{base_url}'"
        ) from err
    return ascii_host.lower()


def normalise_base_url(base_url: str) -> str:
    """The public https address of the output folder, ASCII only, ending in '/'.

    Raises ValueError for anything else: calendar services fetch the feeds from their own
    servers, so the address must be public https, without a login in it, query or fragment.
    """
    parts = urlsplit(base_url.strip())
    if parts.scheme.lower() != "https" or not parts.hostname:
        raise ValueError(
            f"--base-url must be the public https:// address of the folder, not '{base_url}'"
        )
    if parts.username or parts.password:
        raise ValueError("--base-url must not hold a user name or password: feeds are public")
    if parts.query or parts.fragment:
        raise ValueError("--base-url must be a folder address without '?' or '#'")
    try:
        port = parts.port
    except ValueError as err:
        raise ValueError(f"--base-url has a port that is not a number: '{base_url}'") from err
    host = _ascii_host(parts.hostname, base_url)
    if ":" in host:  # an IPv6 address keeps its brackets
        host = f"[{host}]"
    netloc = host if port is None or port == 443 else f"{host}:{port}"
    path = quote(_LONE_PERCENT.sub("%25", parts.path), safe=_PATH_SAFE)
    path = path if path.endswith("/") else path + "/"
    return urlunsplit(("https", netloc, path, "", ""))


@dataclass(frozen=True)
class SubscribeLinks:
    """Where a feed lives and how each app subscribes to it.

    `google` is Google's add-by-URL page (the same for every feed): the https address is
    pasted there."""

    https: str
    webcal: str
    google: str
    outlook_work: str
    outlook_personal: str


def feed_url(base_url: str, file_name: str) -> str:
    return normalise_base_url(base_url) + quote(file_name)


def subscribe_links(base_url: str, file_name: str, name: str) -> SubscribeLinks:
    https = feed_url(base_url, file_name)
    webcal = "webcal://" + https.removeprefix("https://")
    url = quote(https, safe="")
    title = quote(name, safe="")
    return SubscribeLinks(
        https=https,
        webcal=webcal,
        google=GOOGLE_ADD_BY_URL,
        outlook_work=OUTLOOK_WORK_ADD.format(url=url, name=title),
        outlook_personal=OUTLOOK_PERSONAL_ADD.format(url=url, name=title),
    )
