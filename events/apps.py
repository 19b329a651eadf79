from django.apps import AppConfig


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = "Arrangementer"

    def ready(self):
        from events import signals  # noqa: F401 - connects the signal handlers
