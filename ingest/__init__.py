"""newsletter-archive: past newsletter issues in, a searchable, citable archive out."""

from .archive import Archive, IngestReport, Outcome
from .models import Link, Mention, ParsedIssue, RawDocument, Section

__version__ = "0.1.0"
__all__ = ["Archive", "IngestReport", "Outcome", "Link", "Mention", "ParsedIssue", "RawDocument", "Section", "__version__"]
