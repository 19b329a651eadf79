"""Wagtail's migrations name the default workflow, its task, the editor groups and the roots of
the page tree and the collections in English; editors read those names in the admin (»Send til
godkendelse: …«, the breadcrumbs, the collection menus). Renamed only where they still carry
Wagtail's default name."""

from django.db import migrations

RENAMES = [
    ("wagtailcore", "Workflow", "name", "Moderators approval", "Moderatorerne"),
    ("wagtailcore", "Task", "name", "Moderators approval", "Moderatorernes godkendelse"),
    ("auth", "Group", "name", "Moderators", "Moderatorer"),
    ("auth", "Group", "name", "Editors", "Redaktører"),
    ("wagtailcore", "Page", "title", "Root", "Rod"),
    ("wagtailcore", "Collection", "name", "Root", "Rod"),
]


def rename(apps, schema_editor, backwards=False):
    for app_label, model_name, field, english, danish in RENAMES:
        old, new = (danish, english) if backwards else (english, danish)
        model = apps.get_model(app_label, model_name)
        rows = model.objects.filter(**{field: old})
        if model_name in ("Page", "Collection"):
            rows = rows.filter(depth=1)
        changes = {field: new}
        if model_name == "Page":
            rows = rows.filter(draft_title=old)
            changes["draft_title"] = new
        rows.update(**changes)


def rename_back(apps, schema_editor):
    rename(apps, schema_editor, backwards=True)


class Migration(migrations.Migration):
    dependencies = [
        ("lederweb", "0004_themeindexpage"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(rename, rename_back)]
