"""`PORT=8400 make dev`: links in mails, feeds, canonical tags and the sitemap follow the port
served, and so does a second terminal's manage.py (the dev_stack fixture serves on a free port,
never 8000)."""

import re
import urllib.request

import pytest

pytestmark = pytest.mark.browser


def fetch(url):
    return urllib.request.urlopen(url, timeout=10).read().decode()  # noqa: S310


def test_links_follow_the_port_served(dev_stack, page, mailbox):
    base = dev_stack.url
    assert not base.endswith(":8000")
    article = dev_stack.shell(
        "import json; from projects.models import ArticlePage; "
        "print(json.dumps(ArticlePage.objects.live().first().url))"
    )

    sitemap = fetch(base + "/sitemap.xml")
    assert f"<loc>{base}{article}</loc>" in sitemap
    assert f"Sitemap: {base}/sitemap.xml" in fetch(base + "/robots.txt")
    assert f"<link>{base}/artikler/</link>" in fetch(base + "/artikler/rss/")
    assert f'<link rel="canonical" href="{base}{article}">' in fetch(base + article)
    for text in (sitemap, fetch(base + "/artikler/rss/")):
        assert "127.0.0.1:8000" not in text

    # A second terminal beside the running stack, and Wagtail's own absolute links.
    assert dev_stack.shell(
        "import json; from django.conf import settings; from wagtail.models import Site; "
        "print(json.dumps([settings.SITE_URL, Site.objects.get(is_default_site=True).root_url]))"
    ) == [base, base]

    # A mail the worker sends: the sign-up confirmation.
    page.goto(base + "/nyhedsbrev/")
    main = page.get_by_role("main")
    main.get_by_label("Din e-mailadresse").fill("leder@kommune.dk")
    main.get_by_role("button", name="Tilmeld").click()
    (message,) = mailbox.wait_for(1, timeout=60)
    text = message.get_body(preferencelist=("plain",)).get_content()
    links = re.findall(r"https?://[^\s>\"]+", text)
    assert any(link.startswith(base + "/nyhedsbrev/bekraeft/") for link in links), text
    assert not [link for link in links if "127.0.0.1:8000" in link], text
