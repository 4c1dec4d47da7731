"""Import newsletter issues from an IMAP folder, incrementally.

A folder is identified by its UIDVALIDITY; within it, UIDs only grow. The
highest UID imported so far is remembered per mailbox, so a re-run fetches
only messages that arrived since. If the server reports a new UIDVALIDITY
(the folder was rebuilt), the whole folder is fetched again; sources already
stored are recognised by their SHA-256 and skipped.

The state table lives in the archive database, which is published, so it
keys mailboxes by a hash of host, port, user and folder: nobody's login
appears in it. Document origins name host and folder, never the user.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import imaplib
import os
import ssl
import time
from collections.abc import Iterator
from dataclasses import dataclass

import click
from sqlite_utils import Migrations

from .hookspecs import hookimpl
from .models import EMAIL, RawDocument
from .sources import SourceError

PASSWORD_ENV = "NEWSLETTER_ARCHIVE_IMAP_PASSWORD"
SECURITY_MODES = ("tls", "starttls", "none")

imap_migrations = Migrations("newsletter_archive.imap")


@imap_migrations()
def m001_imap_state(db):
    db["imap_state"].create(
        {"mailbox": str, "uidvalidity": int, "last_uid": int, "updated_at": str},
        pk="mailbox",
    )


@hookimpl
def register_migrations():
    return [imap_migrations]


@dataclass(frozen=True)
class Mailbox:
    host: str
    user: str
    folder: str = "INBOX"
    port: int | None = None
    security: str = "tls"  # tls | starttls | none

    @property
    def effective_port(self) -> int:
        return self.port or (993 if self.security == "tls" else 143)

    @property
    def key(self) -> str:
        ident = f"{self.user}\0{self.host.lower()}\0{self.effective_port}\0{self.folder}"
        return hashlib.sha256(ident.encode("utf-8")).hexdigest()

    def origin(self, uidvalidity: int, uid: int) -> str:
        return f"imap://{self.host}/{self.folder};UIDVALIDITY={uidvalidity}/;UID={uid}"


def connect(mailbox: Mailbox, password: str, timeout: float = 60) -> imaplib.IMAP4:
    if mailbox.security == "tls":
        conn: imaplib.IMAP4 = imaplib.IMAP4_SSL(
            mailbox.host, mailbox.effective_port, ssl_context=ssl.create_default_context(), timeout=timeout
        )
    else:
        conn = imaplib.IMAP4(mailbox.host, mailbox.effective_port, timeout=timeout)
        if mailbox.security == "starttls":
            conn.starttls(ssl.create_default_context())
    conn.login(mailbox.user, password)
    return conn


def _quote_folder(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _imap_date(day: dt.date) -> str:
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{day.day}-{months[day.month - 1]}-{day.year}"


def load_state(db, mailbox: Mailbox) -> tuple[int | None, int]:
    for row in db.query("select uidvalidity, last_uid from imap_state where mailbox = ?", [mailbox.key]):
        return row["uidvalidity"], row["last_uid"]
    return None, 0


def save_state(db, mailbox: Mailbox, uidvalidity: int, last_uid: int) -> None:
    from .store.writer import now_iso

    with db.atomic():
        db["imap_state"].upsert(
            {"mailbox": mailbox.key, "uidvalidity": uidvalidity, "last_uid": last_uid, "updated_at": now_iso()},
            pk="mailbox",
        )


class FolderReader:
    """The new messages of one folder, fetched one at a time."""

    def __init__(self, conn: imaplib.IMAP4, mailbox: Mailbox):
        self.conn = conn
        self.mailbox = mailbox
        status, data = conn.select(_quote_folder(mailbox.folder), readonly=True)
        if status != "OK":
            raise click.ClickException(f"cannot open folder {mailbox.folder!r}: {_text(data)}")
        _, values = conn.response("UIDVALIDITY")
        self.uidvalidity = int(values[0]) if values and values[0] else 0

    def new_uids(self, after_uid: int, since: dt.date | None = None) -> list[int]:
        criteria = ["UID", f"{after_uid + 1}:*"]
        if since is not None:
            criteria += ["SINCE", _imap_date(since)]
        status, data = self.conn.uid("SEARCH", *criteria)
        if status != "OK":
            raise click.ClickException(f"search failed: {_text(data)}")
        uids = sorted(int(n) for n in b" ".join(d for d in data if d).split())
        # "n:*" always matches the highest UID, even one below n.
        return [uid for uid in uids if uid > after_uid]

    def fetch(self, uid: int) -> tuple[bytes | None, str | None]:
        """The message's bytes and its arrival time (INTERNALDATE, ISO 8601)."""
        status, data = self.conn.uid("FETCH", str(uid), "(INTERNALDATE BODY.PEEK[])")
        if status != "OK":
            return None, None
        for item in data:
            if isinstance(item, tuple) and len(item) == 2:
                return item[1], _internal_date(item[0])
        return None, None


def _internal_date(response: bytes) -> str | None:
    stamp = imaplib.Internaldate2tuple(response)
    if stamp is None:
        return None
    # imaplib gives local time; back to an instant, then UTC.
    return dt.datetime.fromtimestamp(time.mktime(stamp), dt.timezone.utc).isoformat()


def _text(data) -> str:
    return " ".join(d.decode("utf-8", "replace") if isinstance(d, bytes) else str(d) for d in (data or []))


@dataclass
class ImapRun:
    uidvalidity: int
    fetched: int = 0
    last_uid: int = 0


def import_folder(archive, conn: imaplib.IMAP4, mailbox: Mailbox, since: dt.date | None = None, on_outcome=None):
    """Ingest the messages that arrived since the last run; returns (IngestReport, ImapRun)."""
    reader = FolderReader(conn, mailbox)
    known_validity, last_uid = load_state(archive.db, mailbox)
    if known_validity != reader.uidvalidity:
        last_uid = 0
    run = ImapRun(reader.uidvalidity, last_uid=last_uid)

    def documents() -> Iterator[RawDocument | SourceError]:
        for uid in reader.new_uids(last_uid, since):
            origin = mailbox.origin(reader.uidvalidity, uid)
            content, arrived = reader.fetch(uid)
            run.fetched += 1
            if not content:
                yield SourceError(origin, "server returned no message body")
            else:
                yield RawDocument(content=content, media_type=EMAIL, origin=origin, source_kind="imap", captured_at=arrived)
            run.last_uid = uid

    def record(outcome) -> None:
        # The document is stored (or its failure recorded) before the state
        # moves on, so an interrupted run resumes where it stopped.
        save_state(archive.db, mailbox, reader.uidvalidity, run.last_uid)
        if on_outcome:
            on_outcome(outcome)

    report = archive.ingest_documents(documents(), on_outcome=record)
    save_state(archive.db, mailbox, reader.uidvalidity, run.last_uid)
    return report, run


def _parse_since(ctx, param, value):
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter("use YYYY-MM-DD") from None


@hookimpl
def register_commands(cli):
    @cli.command()
    @click.option("--host", required=True, help="IMAP server.")
    @click.option("--port", type=int, help="Port (default 993 with TLS, else 143).")
    @click.option("--user", required=True, help="Login name.")
    @click.option("--folder", "folders", multiple=True, default=["INBOX"], show_default=True, help="Folder; repeatable.")
    @click.option("--since", callback=_parse_since, help="Only messages received on or after YYYY-MM-DD.")
    @click.option("--db", "db_path", default="archive.db", show_default=True, help="Archive database to write.")
    @click.option("--starttls", "security", flag_value="starttls", help="Plain connection upgraded with STARTTLS.")
    @click.option("--no-tls", "security", flag_value="none", help="No encryption (local test servers only).")
    @click.option("--tls", "security", flag_value="tls", default=True, help="Implicit TLS (the default).")
    @click.option("--password-env", default=PASSWORD_ENV, show_default=True, help="Environment variable holding the password.")
    @click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
    def imap(host, port, user, folders, since, db_path, security, password_env, as_json):
        """Import new messages from IMAP folders (incremental: a re-run fetches only new mail).

        The password comes from the environment variable named by
        --password-env, or is asked for; it is never a command-line argument.
        """
        import json
        import sys

        from .archive import Archive

        password = os.environ.get(password_env) or click.prompt(f"IMAP password for {user}", hide_input=True, err=True)
        totals = {"new_issues": 0, "merged": 0, "duplicates": 0, "errors": [], "fetched": 0}
        with Archive(db_path) as archive:
            try:
                conn = connect(Mailbox(host, user, folders[0], port, security), password)
            except (OSError, imaplib.IMAP4.error) as exc:
                raise click.ClickException(f"cannot log in to {host}: {exc}") from None
            try:
                for folder in folders:
                    mailbox = Mailbox(host, user, folder, port, security)
                    report, run = import_folder(archive, conn, mailbox, since)
                    totals["new_issues"] += report.new_issues
                    totals["merged"] += report.merged
                    totals["duplicates"] += report.duplicates
                    totals["errors"] += report.as_dict()["errors"]
                    totals["fetched"] += run.fetched
                    for outcome in report.errors:
                        click.echo(f"error: {outcome.line()}", err=True)
            finally:
                try:
                    conn.logout()
                except (OSError, imaplib.IMAP4.error):
                    pass
        if as_json:
            click.echo(json.dumps(totals, ensure_ascii=False))
        else:
            click.echo(
                f"{totals['fetched']} messages fetched: {totals['new_issues']} new issues, "
                f"{totals['merged']} added to existing issues, {totals['duplicates']} duplicates skipped, "
                f"{len(totals['errors'])} errors"
            )
        sys.exit(1 if totals["errors"] else 0)
