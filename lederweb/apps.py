from django.apps import AppConfig


class LederwebConfig(AppConfig):
    name = "lederweb"
    verbose_name = "Lederweb"

    def ready(self):
        from lederweb import signals  # noqa: F401 - connects the fragment-cache invalidation
