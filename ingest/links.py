"""What a link is and where it really goes: cleaned URL, domain and kind.

Tracking parameters are removed and personal links (unsubscribe,
preferences) lose their URL entirely, because they carry per-subscriber
tokens that must never be published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = re.compile(r"^(utm_[a-z_]+|mc_[ce]id|_hsenc|_hsmi|fbclid|gclid|dclid|msclkid|mkt_tok|vero_[a-z]+|oly_[a-z_]+|rb_clickid|s_cid|trk|trkid|ck_subscriber_id|__s)$", re.I)
_UNSUBSCRIBE = re.compile(r"unsubscri|uitschrijv|afmeld|abmeld|desinscri|d[ée]sabonn|opt-?out|manage.{0,12}(subscription|preferences)|preferences|voorkeuren|profile|profiel|abbestell", re.I)
_VIEW_ONLINE = re.compile(r"(bekijk|lees|open).{0,25}(online|browser|webversie)|web\s*versi|view.{0,25}(online|browser|web)|im browser|webansicht|version en ligne", re.I)
_SOCIAL = {
    "twitter.com", "x.com", "facebook.com", "instagram.com", "linkedin.com", "youtube.com", "tiktok.com",
    "mastodon.social", "threads.net", "bsky.app", "pinterest.com", "flickr.com", "vimeo.com",
}
_IMAGE = re.compile(r"\.(png|jpe?g|gif|webp|svg)(\?|$)", re.I)


@dataclass(frozen=True)
class LinkInfo:
    url: str | None  # cleaned URL, None when the link is personal
    domain: str | None
    kind: str  # article | external | mailto | social | unsubscribe | view-online | image | anchor


def registered_domain(host: str) -> str:
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def clean_url(url: str) -> str:
    parts = urlsplit(url.strip())
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not TRACKING_PARAMS.match(k)]
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path, urlencode(query, doseq=True), parts.fragment))


def describe_link(url: str, text: str = "", home_domain: str | None = None) -> LinkInfo:
    url = (url or "").strip()
    lowered = url.lower()
    if lowered.startswith("mailto:"):
        address = url[7:].split("?")[0]
        return LinkInfo(url="mailto:" + address, domain=address.rpartition("@")[2].lower() or None, kind="mailto")
    if not lowered.startswith(("http://", "https://")):
        return LinkInfo(url=url or None, domain=None, kind="anchor")
    domain = registered_domain(urlsplit(url).hostname or "")
    if _UNSUBSCRIBE.search(text or "") or _UNSUBSCRIBE.search(urlsplit(url).path):
        return LinkInfo(url=None, domain=domain, kind="unsubscribe")
    cleaned = clean_url(url)
    if _VIEW_ONLINE.search(text or ""):
        return LinkInfo(url=cleaned, domain=domain, kind="view-online")
    if domain in _SOCIAL or any(domain.endswith("." + s) for s in _SOCIAL):
        return LinkInfo(url=cleaned, domain=domain, kind="social")
    if _IMAGE.search(urlsplit(url).path):
        return LinkInfo(url=cleaned, domain=domain, kind="image")
    if home_domain and (domain == home_domain or domain.endswith("." + home_domain)):
        return LinkInfo(url=cleaned, domain=domain, kind="article")
    return LinkInfo(url=cleaned, domain=domain, kind="external")
