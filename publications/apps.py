from django.apps import AppConfig


class PublicationsConfig(AppConfig):
    name = "publications"
    verbose_name = "Udgivelser"

    def ready(self):
        from publications import signals  # noqa: F401 - connects the receivers
