"""Pipelined SMTP (when the server offers PIPELINING): messages arrive intact, and refusals
raise smtplib's own exceptions with the connection still usable."""

import email
import smtplib
from email.policy import default as default_policy

import pytest
from aiosmtpd.controller import Controller

from newsletter import smtp_pipeline
from tests.support import free_port


class PipeliningInbox:
    def __init__(self):
        self.messages = []
        self.refuse_rcpt = set()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):  # noqa: N802
        session.host_name = hostname
        return [*responses[:-1], "250-PIPELINING", responses[-1]]

    async def handle_RCPT(self, server, session, envelope, address, options):  # noqa: N802
        if address in self.refuse_rcpt:
            return "550 No such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: N802
        self.messages.append(email.message_from_bytes(envelope.content, policy=default_policy))
        return "250 OK"


@pytest.fixture
def server():
    inbox = PipeliningInbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    smtp = smtplib.SMTP("127.0.0.1", controller.port)
    yield smtp, inbox
    smtp.close()
    controller.stop()


def message(to, body):
    return f"To: {to}\r\nSubject: Test\r\n\r\n{body}\r\n".encode()


def test_pipelined_messages_arrive_and_refusals_keep_the_connection(server):
    smtp, inbox = server
    inbox.refuse_rcpt.add("findes-ikke@kommune.dk")

    smtp_pipeline.send(smtp, "nyhedsbrev@lederweb.dk", "a@kommune.dk", message("a", ".punkt"))
    assert smtp.has_extn("pipelining")
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        smtp_pipeline.send(smtp, "nyhedsbrev@lederweb.dk", "findes-ikke@kommune.dk", b"x\r\n")
    assert refused.value.recipients["findes-ikke@kommune.dk"][0] == 550
    smtp_pipeline.send(smtp, "nyhedsbrev@lederweb.dk", "b@kommune.dk", message("b", "hej"))

    assert [m["To"] for m in inbox.messages] == ["a", "b"]
    assert inbox.messages[0].get_content().startswith(".punkt")
