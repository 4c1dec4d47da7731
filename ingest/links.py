"""What a link is and where it really goes: cleaned URL, domain and kind.

Mailing platforms wrap every link in a click-tracking redirect. Where the
destination is written into the tracking URL (a ``?url=``/``?u=`` style
parameter, percent-encoded or base64, or a base64 path segment, possibly
holding JSON) it is decoded, generically rather than per vendor. Tracking
parameters are then removed and parameters that carry an e-mail address are
dropped. Personal links (unsubscribe, preferences) lose their URL entirely,
because they carry per-subscriber tokens that must never be published.
"""

from __future__ import annotations

import base64
import binascii
import re
import zlib
from dataclasses import dataclass
from urllib.parse import parse_qsl, unquote, urlencode, urlsplit, urlunsplit

TRACKING_PARAMS = re.compile(
    r"^(utm_[a-z_]+|mc_[ce]id|_hsenc|_hsmi|hsctatracking|fbclid|gclid|gclsrc|dclid|msclkid|yclid|igshid|"
    r"mkt_tok|vero_[a-z]+|oly_[a-z_]+|rb_clickid|s_cid|trk|trkid|trk_[a-z]+|ck_subscriber_id|__s|_ke|"
    r"sc_[a-z]+|ss_[a-z]+|spm|wt_[a-z_]+|wt\.[a-z_]+|ecid|elqtrackid|elqtrack|elq|elqaid|elqat|"
    r"campaign_id|emci|emdi|ceid|cmpid|sfmc_[a-z_]+|tpcc|jobid|xtor|at_[a-z_]+|itm_[a-z_]+|"
    r"__hssc|__hstc|__hsfp|_branch_match_id|_bhlid|ref_src|isfreemail|triedredirect)$",
    re.I,
)
# Where the words or the URL path say the link is about the subscription.
_UNSUBSCRIBE_TEXT = re.compile(
    r"unsubscri|uitschrijv|afmeld|abmeld|desinscri|d[ée]sabonn|opt-?out|manage.{0,12}(subscription|preferences)"
    r"|preferences|voorkeuren|profile|profiel|abbestell|einstellungen ändern|email settings",
    re.I,
)
_UNSUBSCRIBE_URL = re.compile(
    r"unsubscri|unsub\b|opt-?out|afmeld|uitschrijv|abmeld|abbestell|desinscri|d[ée]sabonn|optout"
    r"|/preferences|/manage[-_]?(subscription|preferences)?\b|/subscription|email[-_]?settings",
    re.I,
)
_VIEW_ONLINE_TEXT = re.compile(
    r"(bekijk|lees|open).{0,25}(online|browser|webversie|website)|web\s*versi|view.{0,25}(online|browser|web)"
    r"|im browser|webansicht|online[- ]?(lesen|ansehen|bekijken|version)|version en ligne|navigateur"
    r"|trouble viewing|read online|darstellungsprobleme|wird (diese|die) (e-mail|nachricht) nicht",
    re.I,
)
_VIEW_ONLINE_URL = re.compile(r"campaign-archive\d*\.com|webversion|web-version|view[-_]?(online|in[-_]?browser)|browser[-_]?version", re.I)
_SOCIAL = {
    "twitter.com", "x.com", "facebook.com", "fb.com", "instagram.com", "linkedin.com", "youtube.com", "youtu.be",
    "tiktok.com", "mastodon.social", "threads.net", "bsky.app", "pinterest.com", "flickr.com", "vimeo.com",
    "t.me", "wa.me", "whatsapp.com", "reddit.com", "xing.com",
}
_IMAGE = re.compile(r"\.(png|jpe?g|gif|webp|svg|bmp|avif)$", re.I)
_EMAIL_IN_VALUE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
_URL_IN_TEXT = re.compile(r"https?://[^\s\"'<>\\]+")
_BASE64ISH = re.compile(r"^[A-Za-z0-9_\-+/=]{16,}$")


@dataclass(frozen=True)
class LinkInfo:
    url: str | None  # cleaned destination URL, None when the link is personal
    domain: str | None
    kind: str  # article | external | mailto | social | unsubscribe | view-online | image | anchor
    via: str | None = None  # the click-tracking host the link went through, if any


def is_view_online(text: str, url: str = "") -> bool:
    """A "view this email in your browser" link, by its words or its address."""
    return bool(_VIEW_ONLINE_TEXT.search(text or "") or (url and _VIEW_ONLINE_URL.search(url)))


def registered_domain(host: str) -> str:
    host = (host or "").lower().rstrip(".")
    return host[4:] if host.startswith("www.") else host


def _b64decode(segment: str) -> str | None:
    """The text a base64 (standard or URL-safe, unpadded, maybe zlib-compressed) segment encodes, or None."""
    if not _BASE64ISH.match(segment):
        return None
    padded = segment + "=" * (-len(segment) % 4)
    for decoder in (base64.urlsafe_b64decode, base64.b64decode):
        try:
            raw = decoder(padded.replace("-", "+").replace("_", "/") if decoder is base64.b64decode else padded)
        except (binascii.Error, ValueError):
            continue
        if raw[:1] == b"\x78":  # a zlib stream (compressed JSON payloads)
            try:
                raw = zlib.decompressobj().decompress(raw)
            except zlib.error:
                pass
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            continue
    return None


def _encodings(value: str) -> list[str]:
    """``value`` and the forms a tracker may have wrapped base64 in.

    Some escape base64's ``+/=`` as ``-2B -2F -3D`` (hex escapes with ``-``)
    and append their own data after an underscore.
    """
    forms = [value]
    if re.search(r"-[0-9A-F]{2}", value):
        unescaped = re.sub(r"-([0-9A-F]{2})", lambda m: chr(int(m.group(1), 16)), value)
        forms += [unescaped, unescaped.split("_")[0]]
    if "_" in value:
        forms.append(value.split("_")[0])
    return forms


def _url_in(value: str) -> str | None:
    """A URL that ``value`` is or carries: plain, percent-encoded, base64, or inside decoded JSON."""
    for candidate in (value, unquote(value), unquote(unquote(value))):
        if re.match(r"https?://", candidate, re.I):
            return candidate.strip()
    for form in _encodings(value.strip()):
        decoded = _b64decode(form)
        if not decoded:
            continue
        if re.match(r"https?://", decoded, re.I):
            return decoded.strip()
        if "=" in decoded and "&" in decoded:  # a form-encoded payload with a URL in it
            for _key, inner in parse_qsl(decoded):
                if re.match(r"https?://", inner, re.I):
                    return inner.strip()
        found = _URL_IN_TEXT.search(decoded.replace("\\/", "/"))
        if found:
            return found.group(0)
    return None


def unwrap_redirect(url: str, max_depth: int = 4) -> tuple[str, str | None]:
    """The destination of a click-tracking URL, and the tracking host it went through.

    Looks for a query parameter whose value is a URL, then for a path segment
    (or a dot-separated part of one, as in signed tokens) that decodes from
    base64 to a URL or to JSON holding one. A URL that encodes nothing is its
    own destination.
    """
    via = None
    for _ in range(max_depth):
        parts = urlsplit(url)
        destination = None
        for _key, value in parse_qsl(parts.query, keep_blank_values=True):
            destination = _url_in(value)
            if destination:
                break
        if destination is None:
            for segment in parts.path.split("/"):
                for piece in [segment, *segment.split(".")]:
                    destination = _url_in(unquote(piece)) if len(piece) >= 16 else None
                    if destination:
                        break
                if destination:
                    break
        if destination is None or destination == url:
            break
        via = via or registered_domain(parts.hostname or "")
        url = destination
    return url, via


# Parameters that identify the reader (login or confirmation tokens, ids).
PERSONAL_PARAMS = re.compile(
    r"^(token|access_token|auth|authtoken|key|sig|signature|hash|uid|user|user_id|userid|subscriber|subscriber_id|"
    r"sid|recipient|recipient_id|rid|email|e-mail|mail|contact_id|member_id)$",
    re.I,
)


def _is_personal_value(value: str) -> bool:
    """An e-mail address, or an encoded payload naming a user or subscriber."""
    value = unquote(value)
    if _EMAIL_IN_VALUE.search(value):
        return True
    if value.count(".") in (1, 2) and (_b64decode(value.split(".")[0]) or "").lstrip().startswith("{"):
        return True  # a signed token (JWT-like): it identifies whoever it was issued to
    decoded = _b64decode(value.split(".")[1] if value.count(".") == 2 else value)
    return bool(decoded and re.search(r"user|subscriber|email|recipient", decoded, re.I))


def clean_url(url: str) -> str:
    """Lower-case scheme and host; tracking and personal parameters removed."""
    parts = urlsplit(url.strip())
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not TRACKING_PARAMS.match(k) and not PERSONAL_PARAMS.match(k) and not _is_personal_value(v)
    ]
    netloc = parts.netloc.lower()
    if "@" in netloc:  # credentials in a URL are never kept
        netloc = netloc.rpartition("@")[2]
    for default in (":80", ":443"):
        if netloc.endswith(default) and parts.scheme.lower() == {"80": "http", "443": "https"}[default[1:]]:
            netloc = netloc[: -len(default)]
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", urlencode(query, doseq=True), parts.fragment))


PERSONAL_MAIL_DOMAINS = frozenset(
    """gmail.com googlemail.com hotmail.com hotmail.nl outlook.com outlook.nl live.com live.nl msn.com
    yahoo.com yahoo.nl ymail.com icloud.com me.com mac.com aol.com gmx.de gmx.net gmx.com web.de
    t-online.de freenet.de proton.me protonmail.com pm.me zoho.com mail.com ziggo.nl kpnmail.nl
    kpnplanet.nl planet.nl home.nl hetnet.nl xs4all.nl upcmail.nl chello.nl quicknet.nl zeelandnet.nl
    telfort.nl tele2.nl online.nl caiway.nl solcon.nl skynet.be telenet.be orange.fr free.fr
    laposte.net wanadoo.fr sfr.fr""".split()
)


def _with_scheme(url: str) -> str:
    return url if re.match(r"https?://", url, re.I) else "https://" + url


def _is_social(domain: str) -> bool:
    return domain in _SOCIAL or any(domain.endswith("." + s) for s in _SOCIAL)


def describe_link(url: str, text: str = "", home_domain: str | None = None) -> LinkInfo:
    """Clean ``url`` and say what kind of link it is; ``home_domain`` is the newsletter's own site."""
    url = (url or "").strip()
    text = " ".join((text or "").split())
    lowered = url.lower()
    if lowered.startswith("mailto:"):
        address = unquote(url[7:].split("?")[0]).strip()
        if _UNSUBSCRIBE_TEXT.search(text) or _UNSUBSCRIBE_URL.search(url):
            return LinkInfo(url=None, domain=address.rpartition("@")[2].lower() or None, kind="unsubscribe")
        domain = address.rpartition("@")[2].lower() or None
        # An address at a consumer mail provider is a person's (a reader who
        # forwarded the issue, a volunteer), not the newsletter's: not published.
        if domain in PERSONAL_MAIL_DOMAINS:
            return LinkInfo(url=None, domain=domain, kind="mailto")
        return LinkInfo(url="mailto:" + address, domain=domain, kind="mailto")
    if not lowered.startswith(("http://", "https://")):
        # In-page anchors and relative links stay; script and data URLs are
        # never a destination worth keeping (and are hostile when rendered).
        if re.match(r"\s*(javascript|vbscript|data|file):", lowered):
            return LinkInfo(url=None, domain=None, kind="anchor")
        return LinkInfo(url=url or None, domain=None, kind="anchor")
    wrapper = url
    url, via = unwrap_redirect(url)
    # An opaque tracking link whose anchor text is itself a URL: the reader
    # was shown the destination, so that is where it goes.
    shown = re.fullmatch(r"(https?://|www\.)\S+", text)
    if via is None and shown and registered_domain(urlsplit(_with_scheme(text)).hostname or "") != registered_domain(urlsplit(url).hostname or ""):
        via, url = registered_domain(urlsplit(url).hostname or ""), _with_scheme(text)
    parts = urlsplit(url)
    domain = registered_domain(parts.hostname or "")
    # Personal: the words, the destination or the tracking URL say so. A
    # profile page with a query is a subscriber's profile, not an author's.
    personal_profile = bool(parts.query) and re.search(r"/(profile|profiel)\b", parts.path, re.I)
    if (
        _UNSUBSCRIBE_TEXT.search(text)
        or _UNSUBSCRIBE_URL.search(parts.path)
        or _UNSUBSCRIBE_URL.search(urlsplit(wrapper).path)
        or personal_profile
    ):
        return LinkInfo(url=None, domain=domain, kind="unsubscribe", via=via)
    cleaned = clean_url(url)
    if is_view_online(text, url):
        return LinkInfo(url=cleaned, domain=domain, kind="view-online", via=via)
    if _is_social(domain):
        return LinkInfo(url=cleaned, domain=domain, kind="social", via=via)
    if _IMAGE.search(parts.path):
        return LinkInfo(url=cleaned, domain=domain, kind="image", via=via)
    home = registered_domain(home_domain) if home_domain else None
    if home and (domain == home or domain.endswith("." + home) or home.endswith("." + domain)):
        return LinkInfo(url=cleaned, domain=domain, kind="article", via=via)
    return LinkInfo(url=cleaned, domain=domain, kind="external", via=via)
