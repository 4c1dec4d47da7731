"""Built-in parsers, registered the way an outside plugin would register its own."""

from ..hookspecs import hookimpl
from ..models import EMAIL, HTML, TEXT
from .email import parse_email
from .html import parse_html
from .text import parse_text


@hookimpl
def register_parsers():
    return {EMAIL: parse_email, HTML: parse_html, TEXT: parse_text}
