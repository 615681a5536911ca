"""dist/<lang>/<slug>.eml: an e-mail a newsroom can send as it is, read back by Python's
email package and by a real SMTP server on 127.0.0.1."""

from __future__ import annotations

import datetime as dt
import email
import smtplib
import socket
from email import policy

import polib
import pytest
from aiosmtpd.controller import Controller

from conftest import by_role

SLUG = "2021-04-14-people-seeking-safe-haven"
ES_RELEASE_PO = f"locales/es/LC_MESSAGES/releases/{SLUG}.po"


def read(path) -> email.message.EmailMessage:
    return email.message_from_bytes(path.read_bytes(), policy=policy.default)


@pytest.fixture
def built(project, run_cli):
    result = run_cli(project, "build", "--require", "es")
    assert result.exit_code == 0, result.output
    return project / "dist"


def test_each_language_has_an_email_of_the_wire_text_and_the_article(built):
    for language, headline in (("en", "People Seeking Safehaven Should be Given Protection and Support"),
                               ("es", "Las personas que buscan refugio deben recibir protección y apoyo")):
        path = built / language / f"{SLUG}.eml"
        raw = path.read_bytes()
        assert raw.isascii() and b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")
        message = read(path)
        assert message["Subject"] == headline
        assert message["Content-Language"] == language
        assert message["From"] == "Press Office <press@press.example.org>"
        assert message["Message-ID"] == f"<{SLUG}.{language}@press.example.org>"
        assert message["Date"].datetime == dt.datetime(2021, 4, 14, tzinfo=dt.timezone(dt.timedelta(hours=-5)))
        assert message.get_content_type() == "multipart/alternative"
        plain, html = message.get_body(("plain",)), message.get_body(("html",))
        assert plain.get_content_charset() == "utf-8"
        wire = (built / language / f"{SLUG}.txt").read_text(encoding="utf-8")
        assert plain.get_content().replace("\r\n", "\n") == wire  # lines end in CRLF on the wire
        assert all(len(line) <= 72 for line in wire.splitlines())
        body = html.get_content()
        assert f'<html lang="{language}">' in body and headline in body
        lowered = body.lower()
        for remote in ("<script", "<img", "<link", "<style", "src=", "@import", "url("):
            assert remote not in lowered, remote
    assert b"\r\nSubject: =?utf-8?q?Las_personas_" in (built / "es" / f"{SLUG}.eml").read_bytes()  # RFC 2047


def test_each_email_goes_through_a_local_smtp_server_unchanged(built):
    class Keep:
        def __init__(self):
            self.received = []

        async def handle_DATA(self, server, session, envelope):
            self.received.append(envelope)
            return "250 OK"

    handler = Keep()
    with socket.socket() as probe:  # a free port on 127.0.0.1
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        sent = sorted(built.glob("*/*.eml"))
        assert [p.parent.name for p in sent] == ["en", "es"]
        for path in sent:
            with smtplib.SMTP("127.0.0.1", port) as client:
                client.sendmail("press@press.example.org", ["desk@127.0.0.1"], path.read_bytes())
    finally:
        controller.stop()
    assert len(handler.received) == 2
    for path, envelope in zip(sent, handler.received):
        assert envelope.mail_from == "press@press.example.org"
        assert envelope.rcpt_tos == ["desk@127.0.0.1"]
        assert envelope.content.replace(b"\r\n", b"\n") == path.read_bytes().replace(b"\r\n", b"\n")
        received, original = (email.message_from_bytes(b, policy=policy.default)
                              for b in (envelope.content, path.read_bytes()))
        assert received["Subject"] == original["Subject"]
        assert received.get_body(("plain",)).get_content() == original.get_body(("plain",)).get_content()


def test_emails_are_the_same_bytes_on_every_build(project, run_cli, built):
    before = {p: p.read_bytes() for p in built.glob("*/*.eml")}
    import shutil
    shutil.rmtree(built)
    assert run_cli(project, "build").exit_code == 0
    assert {p: p.read_bytes() for p in built.glob("*/*.eml")} == before


def test_an_unreviewed_version_has_an_email_only_under_drafts_and_marked(project, run_cli):
    path = project / ES_RELEASE_PO
    catalog = polib.pofile(str(path))
    by_role(catalog, "paragraph")[0].flags.append("fuzzy")
    catalog.save()
    assert run_cli(project, "build").exit_code == 0
    assert not (project / "dist" / "es" / f"{SLUG}.eml").exists()
    assert run_cli(project, "build", "--drafts").exit_code == 0
    message = read(project / "dist" / "es" / f"{SLUG}.eml")
    assert message["Subject"].startswith("[Traducción automática: sin revisar.] Las personas")
    assert message["Message-ID"] == f"<{SLUG}.es.draft@press.example.org>"
    assert message.get_body(("plain",)).get_content().startswith("*** Traducción automática: sin revisar.")


def test_an_embargoed_release_has_no_email_even_when_previewed(project, run_cli):
    source = project / "releases" / f"{SLUG}.md"
    future = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=2)).replace(microsecond=0)
    source.write_text(source.read_text().replace("date: 2021-04-14\n", f"date: 2021-04-14\nembargo: {future.isoformat()}\n"))
    assert run_cli(project, "build", "--include-embargoed").exit_code == 0
    assert (project / "dist" / "es" / SLUG / "index.html").exists()
    assert not list((project / "dist").glob("*/*.eml"))


def test_without_a_sender_the_first_contact_with_an_address_sends_it(project, run_cli):
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text().replace('email_from = "Press Office <press@press.example.org>"\n', ""))
    result = run_cli(project, "build")
    assert result.exit_code == 0
    assert not list((project / "dist").glob("*/*.eml"))
    assert "no e-mail written" in result.stderr and "email_from" in result.stderr
    source = project / "releases" / f"{SLUG}.md"
    source.write_text(source.read_text().replace("    phone: (786) 201-8958\n",
                                                 "    phone: (786) 201-8958\n    email: nancy@example.org\n"))
    assert run_cli(project, "build").exit_code == 0
    message = read(project / "dist" / "en" / f"{SLUG}.eml")
    assert message["From"].addresses[0].display_name == "Alianza Americas and Presente.org"
    assert message["From"].addresses[0].addr_spec == "nancy@example.org"
    assert message["Reply-To"] is None


def test_a_sender_that_is_not_an_address_is_a_settings_error(project, run_cli):
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text().replace('<press@press.example.org>', '<not an address>'))
    result = run_cli(project, "build")
    assert result.exit_code != 0
    assert "pyproject.toml:" in result.output + result.stderr and "email_from" in result.output + result.stderr
    assert "Traceback" not in result.output


def test_a_line_break_in_a_contact_name_adds_no_header(project, run_cli):
    settings = project / "pyproject.toml"
    settings.write_text(settings.read_text().replace('email_from = "Press Office <press@press.example.org>"\n', ""))
    source = project / "releases" / f"{SLUG}.md"
    source.write_text(source.read_text().replace(
        "  - name: Nancy Treviño\n    phone: (786) 201-8958\n",
        '  - name: "Nancy Treviño\\nBcc: someone@example.org"\n    phone: (786) 201-8958\n    email: nancy@example.org\n'
        '  - name: "Ana\\r\\nBcc: other@example.org"\n    email: ana@example.org\n'))
    result = run_cli(project, "build")
    assert result.exit_code == 0, result.output
    message = read(project / "dist" / "en" / f"{SLUG}.eml")
    assert message["Bcc"] is None
    assert [a.addr_spec for a in message["Reply-To"].addresses] == ["ana@example.org"]
    assert message["Reply-To"].addresses[0].display_name == "Ana Bcc: other@example.org"
