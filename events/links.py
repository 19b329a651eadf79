from django.conf import settings


def absolute_url(page):
    """The page's address under SITE_URL, the one base for links in mails and calendar files."""
    parts = page.get_url_parts()
    return settings.SITE_URL + (parts[2] if parts else page.url_path)
