"""The device class of a counted view, from the user agent alone (stats/traffic.py)."""

import pytest

from stats.traffic import device_class

AGENTS = [
    ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
     "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1", "phone"),
    ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Mobile Safari/537.36", "phone"),
    ("Mozilla/5.0 (Linux; Android 13; SM-X700) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Safari/537.36", "tablet"),  # Android without "Mobile"
    ("Mozilla/5.0 (iPad; CPU OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.5 Mobile/15E148 Safari/604.1", "tablet"),
    ("Mozilla/5.0 (Linux; Android 4.4; Nexus 7 Build/KTU84P) AppleWebKit/537.36 Mobile",
     "tablet"),
    ("Mozilla/5.0 (Linux; U; Android 4.0.3; en-us; KFTT Build/IML74K) AppleWebKit/537.36 "
     "(KHTML, like Gecko) Silk/3.68 like Chrome/39.0.2171.93 Safari/537.36", "tablet"),
    ("Mozilla/5.0 (Windows Phone 10.0; Android 6.0.1; Microsoft; Lumia 950) "
     "AppleWebKit/537.36 (KHTML, like Gecko) Chrome/52.0.2743.116 Mobile Safari/537.36 "
     "Edge/15.15063", "phone"),
    ("Opera/9.80 (J2ME/MIDP; Opera Mini/9.80 (S60; SymbOS; Opera Mobi/23.348; U; en) "
     "Presto/2.5.25 Version/10.54", "phone"),
    ("Mozilla/5.0 (BlackBerry; U; BlackBerry 9900; en) AppleWebKit/534.11+ (KHTML, like "
     "Gecko) Version/7.1.0.346 Mobile Safari/534.11+", "phone"),
    ("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
     "Chrome/131.0.0.0 Safari/537.36", "desktop"),
    ("Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 (KHTML, like Gecko) "
     "Version/17.5 Safari/605.1.15", "desktop"),
    ("MOZILLA/5.0 (LINUX; ANDROID 14; PIXEL 8) MOBILE", "phone"),  # "Android" is case-exact
    ("", "desktop"),
]  # fmt: skip


@pytest.mark.parametrize(("agent", "device"), AGENTS)
def test_the_device_class_of_a_user_agent(agent, device):
    assert device_class(agent) == device
