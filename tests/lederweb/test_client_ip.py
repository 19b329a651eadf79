"""lederweb.ratelimit.client_ip: X-Forwarded-For counts only from the configured proxies."""

import pytest
from django.test import RequestFactory

from lederweb.ratelimit import client_ip


def ip(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded is not None else {}
    return client_ip(RequestFactory().get("/", REMOTE_ADDR=remote, **extra))


def test_without_trusted_proxies_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = []
    assert ip("203.0.113.5", "192.0.2.1") == "203.0.113.5"


@pytest.mark.parametrize(
    ("remote", "forwarded", "expected"),
    [
        ("10.0.0.2", "192.0.2.1", "192.0.2.1"),
        ("10.0.0.2", "6.6.6.6, 192.0.2.1", "192.0.2.1"),  # the left entries are the client's
        ("10.0.0.2", "192.0.2.1, 10.0.0.3", "192.0.2.1"),  # two proxies of ours
        ("10.0.0.2", "", "10.0.0.2"),
        ("10.0.0.2", "not-an-address", "10.0.0.2"),
        ("10.0.0.2", "2001:db8::1", "2001:db8::1"),
        ("203.0.113.5", "192.0.2.1", "203.0.113.5"),  # not from our proxy
    ],
)
def test_behind_a_trusted_network(settings, remote, forwarded, expected):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert ip(remote, forwarded) == expected


def test_the_setting_comes_from_forwarded_allow_ips_and_rate_limits_use_it(settings):
    from lederweb.settings import base

    assert base.TRUSTED_PROXIES == []  # nothing is trusted unless configured
    assert settings.RATELIMIT_IP_META_KEY == "lederweb.ratelimit.client_ip"
