"""The public address of the feeds and the subscribe links for the common calendar apps.

None of the add-by-link forms below is documented by its vendor; they are the forms in
common use (checked against public code and notes that use them), kept in one place so that a
change is one edit:

- Apple (Calendar on iPhone, iPad and Mac; also Thunderbird and others that handle webcal):
  the feed's address with `webcal://` instead of `https://`.
- Google: https://calendar.google.com/calendar/render?cid=webcal://HOST/PATH — the webcal
  address as `cid`, written out (characters that would break the query are %-escaped;
  the feed names themselves are [a-z0-9-]). Google only accepts feeds served over https.
- Outlook: https://outlook.office.com/calendar/0/addfromweb?url=URL&name=NAME for work or
  school (Microsoft 365) accounts, the same path on outlook.live.com for personal
  (Outlook.com) accounts; `url` is the https address, both parameters %-encoded.
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

GOOGLE_ADD = "https://calendar.google.com/calendar/render?cid={webcal}"
OUTLOOK_WORK_ADD = "https://outlook.office.com/calendar/0/addfromweb?url={url}&name={name}"
OUTLOOK_PERSONAL_ADD = "https://outlook.live.com/calendar/0/addfromweb?url={url}&name={name}"


def normalise_base_url(base_url: str) -> str:
    """The public https address of the output folder, ending in '/'.

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
    path = parts.path if parts.path.endswith("/") else parts.path + "/"
    return urlunsplit(("https", parts.netloc.lower(), path, "", ""))


@dataclass(frozen=True)
class SubscribeLinks:
    """Where a feed lives and how each app subscribes to it."""

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
        google=GOOGLE_ADD.format(webcal=quote(webcal, safe=":/%@!$'()*,;=-._~")),
        outlook_work=OUTLOOK_WORK_ADD.format(url=url, name=title),
        outlook_personal=OUTLOOK_PERSONAL_ADD.format(url=url, name=title),
    )
