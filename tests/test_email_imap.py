"""IMAP import against a real Dovecot on 127.0.0.1, with a throw-away config."""

from __future__ import annotations

import imaplib
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from email.message import EmailMessage
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import free_port, stop_process

USER, PASSWORD = "archivist", "s3cret-pass"


def _config(base: Path, port: int) -> str:
    if os.geteuid() == 0:
        # Dovecot never gives mail access to uid 0; the package's own
        # unprivileged users run the services and own the mail.
        mail_user = pwd.getpwnam("dovecot")
        internal, login = "dovecot", "dovenull"
    else:
        mail_user = pwd.getpwuid(os.getuid())
        internal = login = mail_user.pw_name
    home = base / "home"
    home.mkdir()
    if os.geteuid() == 0:
        os.chown(home, mail_user.pw_uid, mail_user.pw_gid)
    (base / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
    return f"""
base_dir = {base}/run
state_dir = {base}/state
log_path = {base}/dovecot.log
info_log_path = {base}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
default_internal_user = {internal}
default_login_user = {login}
default_internal_group = {pwd.getpwnam(internal).pw_name if internal else ''}
first_valid_uid = {mail_user.pw_uid}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {base}/passwd
}}
userdb {{
  driver = static
  args = uid={mail_user.pw_uid} gid={mail_user.pw_gid} home={home}/%u
}}
mail_location = maildir:~/Maildir
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
service anvil {{
  chroot =
}}
service imap-login {{
  chroot =
}}
"""


@pytest.fixture
def dovecot():
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot" if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        pytest.skip("dovecot is not installed (Debian package dovecot-imapd)")
    # Not under pytest's tmp_path: its parents are private to the test user,
    # and Dovecot's unprivileged processes must reach the mail and passwd file.
    holder = tempfile.TemporaryDirectory(prefix="dovecot-test-")
    base = Path(holder.name)
    base.chmod(0o755)
    port = free_port()
    config = base / "dovecot.conf"
    config.write_text(_config(base, port))
    proc = subprocess.Popen([binary, "-F", "-c", str(config)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    log = (base / "dovecot.log").read_text() if (base / "dovecot.log").exists() else ""
                    out = proc.stdout.read().decode() if proc.poll() is not None else ""
                    raise RuntimeError(f"dovecot did not start: {out}\n{log}")
                time.sleep(0.1)
        yield port
    finally:
        stop_process(proc)
        holder.cleanup()


def _issue(number: int, recipient: str = "reader@example.net") -> bytes:
    msg = EmailMessage()
    msg["From"] = "Buurtkrant <redactie@buurtkrant.example>"
    msg["To"] = recipient
    msg["Subject"] = f"Buurtkrant nummer {number}"
    msg["Date"] = f"Mon, {number} Jun 2024 09:00:00 +0200"
    msg["Message-ID"] = f"<issue-{number}@buurtkrant.example>"
    msg.set_content(
        f"Nieuws uit de wijk, nummer {number}\n\n"
        f"De speeltuin aan de Lindelaan gaat in week {20 + number} open. "
        "Vrijwilligers zijn welkom bij de opening op zaterdag.\n"
    )
    return msg.as_bytes()


def _deliver(port: int, messages: list[bytes], folder: str = "INBOX") -> None:
    conn = imaplib.IMAP4("127.0.0.1", port, timeout=10)
    conn.login(USER, PASSWORD)
    if folder != "INBOX":
        conn.create(folder)
    for data in messages:
        status, _ = conn.append(folder, None, None, data)
        assert status == "OK"
    conn.logout()


def _run_imap(db: Path, port: int, *extra: str):
    from ingest.cli import cli

    runner = CliRunner()
    return runner.invoke(
        cli,
        ["imap", "--host", "127.0.0.1", "--port", str(port), "--user", USER, "--no-tls", "--db", str(db), "--json", *extra],
        env={"NEWSLETTER_ARCHIVE_IMAP_PASSWORD": PASSWORD},
        catch_exceptions=False,
    )


def test_imap_import_is_incremental(dovecot, tmp_path):
    import sqlite_utils

    db_path = tmp_path / "archive.db"
    _deliver(dovecot, [_issue(1), _issue(2)])

    first = _run_imap(db_path, dovecot)
    assert first.exit_code == 0, first.output
    summary = json.loads(first.output.strip().splitlines()[-1])
    assert summary["fetched"] == 2 and summary["new_issues"] == 2

    _deliver(dovecot, [_issue(3)])
    second = _run_imap(db_path, dovecot)
    summary = json.loads(second.output.strip().splitlines()[-1])
    # Only the message that arrived since the first run is fetched.
    assert summary["fetched"] == 1 and summary["new_issues"] == 1

    third = _run_imap(db_path, dovecot)
    assert json.loads(third.output.strip().splitlines()[-1])["fetched"] == 0

    db = sqlite_utils.Database(db_path)
    titles = [r["title"] for r in db.query("select title from issues order by issued_on")]
    assert titles == ["Buurtkrant nummer 1", "Buurtkrant nummer 2", "Buurtkrant nummer 3"]
    origins = [r["origin"] for r in db.query("select origin from sources where kind = 'imap'")]
    assert len(origins) == 3 and all(o.startswith("imap://127.0.0.1/INBOX;UIDVALIDITY=") for o in origins)
    # The login is nowhere in the published database, not even in the state table.
    dump = "\n".join(db.iterdump())
    assert USER not in dump and PASSWORD not in dump
    state = list(db.query("select last_uid from imap_state"))
    assert state == [{"last_uid": 3}]


def test_imap_since_and_wrong_password(dovecot, tmp_path):
    from ingest.cli import cli

    _deliver(dovecot, [_issue(4)], folder="Nieuwsbrieven")
    result = _run_imap(tmp_path / "a.db", dovecot, "--folder", "Nieuwsbrieven", "--since", "2999-01-01")
    assert json.loads(result.output.strip().splitlines()[-1])["fetched"] == 0
    result = _run_imap(tmp_path / "a.db", dovecot, "--folder", "Nieuwsbrieven")
    assert json.loads(result.output.strip().splitlines()[-1])["new_issues"] == 1

    bad = CliRunner().invoke(
        cli,
        ["imap", "--host", "127.0.0.1", "--port", str(dovecot), "--user", USER, "--no-tls", "--db", str(tmp_path / "b.db")],
        env={"NEWSLETTER_ARCHIVE_IMAP_PASSWORD": "wrong"},
    )
    assert bad.exit_code != 0 and "cannot log in" in bad.output


def test_imap_password_is_not_an_option():
    from ingest.cli import cli

    result = CliRunner().invoke(cli, ["imap", "--help"])
    assert "--password-env" in result.output
    assert "--password " not in result.output and "--tls" in result.output
