"""Journeys: a person's whole path through the running `make dev` stack (web, Celery worker
and beat, the SMTP sink) in a real browser."""

import pytest


@pytest.fixture
def editor_page(dev_stack, page):
    """The browser, logged into the admin as the account `make dev` creates."""
    page.goto(dev_stack.url + "/admin/login/")
    page.locator("#id_username").fill("admin")
    page.locator("#id_password").fill(dev_stack.admin_password())
    page.locator("form button[type=submit]").click()
    page.wait_for_url(dev_stack.url + "/admin/")
    return page
