"""Which service sent a newsletter, from its headers and markup.

One table, one row per platform: patterns for header names, for header
values (X-Mailer, Message-ID, List-Unsubscribe, Return-Path, DKIM ``d=``,
Received ...), and for the HTML/links of the body. Headers are stronger
evidence than markup (a Mailchimp newsletter may link to a Substack post), so
they are checked first. Rows are in order of priority: services before the
delivery infrastructure they send through (ConvertKit sends via SendGrid).
Adding a platform is adding a row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.message import EmailMessage


@dataclass(frozen=True)
class Platform:
    name: str
    header_names: str | None = None  # regex over header names
    header_values: str | None = None  # regex over "name: value" of identifying headers
    markup: str | None = None  # regex over the body (HTML or text, links included)


PLATFORMS: tuple[Platform, ...] = (
    Platform("mailchimp", r"^x-mc-user$|^x-mandrill", r"mailchimp|mcdlv\.net|mcsv\.net|list-manage\.com|rsgsv\.net", r"list-manage\.com|campaign-archive\d*\.com|mcusercontent\.com"),
    Platform("substack", None, r"substack\.com|substackcdn", r"substack\.com|substackcdn\.com"),
    Platform("brevo", r"^x-sib-id$|^x-mailin-", r"sendinblue|brevo|sendibt\d*\.com|sendibm\d*\.com|newsletter2go|amxe\.net|nl2go", r"sendibt\d*\.com|sendinblue|brevo\.com|r\.[a-z0-9-]+\.com/mk/|newsletter2go|nl2go"),
    Platform("convertkit", None, r"convertkit|ck\.page|kit\.com|ckemail", r"convertkit|ck\.page|convertkit-mail\d*\.com|kit-mail\d*\.com"),
    Platform("laposta", None, r"laposta", r"laposta\.nl"),
    Platform("klaviyo", r"^x-kmail-", r"klaviyo|klclick|kmail-lists\.com", r"klaviyo|klclick\d*\.com|trk\.klclick"),
    Platform("mailerlite", None, r"mailerlite|mlsend\.com", r"mailerlite|mlsend\.com|mlcampaignru"),
    Platform("getresponse", None, r"getresponse|gr-cdn|grsm\.io", r"getresponse|gr-cdn\.com|grsm\.io"),
    Platform("cleverreach", None, r"cleverreach|crsend\.com", r"cleverreach|crsend\.com"),
    Platform("inxmail", None, r"inxmail", r"inxmail|inxserver"),
    Platform("campaign-monitor", None, r"createsend|cmail\d+\.com|campaignmonitor", r"createsend\d*\.com|cmail\d+\.com"),
    Platform("mailjet", r"^x-mj-", r"mailjet|mjt\.lu", r"mjt\.lu|mailjet"),
    Platform("hubspot", r"^x-hs-", r"hubspot|hs-analytics|hubspotemail", r"hubspotlinks|hs-sites|hubspot"),
    Platform("activecampaign", None, r"activecampaign|acems\d*\.com|emsend\d*\.com", r"activehosted|lt\.acems|acems\d*\.com"),
    Platform("beehiiv", None, r"beehiiv", r"beehiiv\.com"),
    Platform("buttondown", None, r"buttondown", r"buttondown\.(email|com)"),
    Platform("ghost", None, r"ghost\.io|mailgun.*ghost", r"ghost\.io|ghost\.org"),
    Platform("elaine", None, r"elaine-asp|artegic", r"artegic|elaine-asp"),
    Platform("episerver", None, r"episerver|optimizely|campaign\.episerver|optivo|broadmail", r"episerver|optimizely|optivo|broadmail"),
    Platform("infusionsoft", None, r"infusionsoft|infusionmail|keap", r"infusionsoft|keap(-link|mail)"),
    Platform("phplist", r"^x-phplist", r"phplist|fairmailing", r"phplist|fairmailing"),
    Platform("emailsys", None, r"emailsys", r"emailsys"),
    Platform("mailpoet", None, r"mailpoet", r"mailpoet"),
    # Delivery infrastructure that newsletter services send through: only
    # when no newsletter service above gave itself away.
    Platform("sendgrid", r"^x-sg-eid$|^x-sg-id$", r"sendgrid", r"sendgrid\.net"),
    Platform("mailman", r"^x-mailman-version$", r"mailman", None),
    Platform("sympa", None, r"sympa", None),
    Platform("tinyletter", None, r"tinyletter", r"tinyletter\.com"),
    Platform("revue", None, r"getrevue", r"getrevue\.co"),
)

IDENTIFYING_HEADERS = (
    "x-mailer", "message-id", "list-unsubscribe", "list-id", "return-path", "sender", "dkim-signature",
    "received", "x-campaign", "x-campaignid", "feedback-id", "x-feedback-id", "list-help", "errors-to",
    "x-report-abuse", "x-complaints-to", "x-csa-complaints", "precedence", "x-listmember", "x-mailer-recptid",
)
_DKIM_DOMAIN = re.compile(r"\bd=([\w.-]+)")


def _header_evidence(msg: EmailMessage) -> tuple[str, str]:
    names, values = [], []
    for key, raw in msg.raw_items():
        lowered = key.lower()
        names.append(lowered)
        if lowered in IDENTIFYING_HEADERS or lowered.startswith("x-"):
            text = str(raw)
            if lowered == "dkim-signature":
                text = " ".join(_DKIM_DOMAIN.findall(text))
            values.append(f"{lowered}: {text}")
    return "\n".join(names), "\n".join(values)


def detect_platform(msg: EmailMessage | None, body: str = "") -> str | None:
    """The sending platform's name, or None when nothing gives it away."""
    if msg is not None:
        names, values = _header_evidence(msg)
        for platform in PLATFORMS:
            if platform.header_names and re.search(platform.header_names, names, re.I | re.M):
                return platform.name
            if platform.header_values and re.search(platform.header_values, values, re.I):
                return platform.name
    if body:
        for platform in PLATFORMS:
            if platform.markup and re.search(platform.markup, body, re.I):
                return platform.name
    return None
