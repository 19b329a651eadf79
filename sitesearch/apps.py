from django.apps import AppConfig


class SiteSearchConfig(AppConfig):
    name = "sitesearch"
    verbose_name = "Søgning"

    def ready(self):
        from sitesearch import signals  # noqa: F401 - keeps the index in step with the pages
