import itertools
import re
import uuid

import pytest
from django.test import Client

from lederweb.models import SectionPage

_client_addresses = itertools.count(1)


def new_ip():
    number = next(_client_addresses)
    return f"10.200.{number // 256 % 256}.{number % 256}"


@pytest.fixture
def client():
    """A client with an IP address of its own: the rate-limit counters live in Redis and
    outlast each test's database rollback."""
    return Client(REMOTE_ADDR=new_ip())


@pytest.fixture
def address():
    """An address no earlier test has used (the per-address rate limit outlasts tests too)."""
    return f"leder-{uuid.uuid4().hex[:12]}@kommune.dk"


@pytest.fixture
def sections(tree):
    """The three Væksthus sections of the site tree."""
    return list(SectionPage.objects.order_by("number"))


def sign_up(client, email, **fields):
    return client.post("/nyhedsbrev/", {"email": email, **fields})


def link_path(text, kind):
    """The path of the /nyhedsbrev/<kind>/<token>/ link in a mail or page."""
    match = re.search(rf"/nyhedsbrev/{kind}/[\w-]+/", text)
    assert match, f"intet {kind}-link i:\n{text}"
    return match.group(0)


def plain_text(message):
    return message.get_body(preferencelist=("plain",)).get_content()
