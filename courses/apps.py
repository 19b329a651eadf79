import mimetypes

from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"
    verbose_name = "E-kurser"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Captions are served as documents: browsers want WebVTT as text/vtt.
        mimetypes.add_type("text/vtt", ".vtt")
