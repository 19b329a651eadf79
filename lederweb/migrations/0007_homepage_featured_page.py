import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("lederweb", "0006_contactpage"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="homepage",
            name="featured_page",
            field=models.ForeignKey(
                blank=True,
                help_text=(
                    "Siden, forsiden viser først og størst: en artikel, en udgivelse, et "
                    "arrangement … Tomt: den nyeste artikel."
                ),
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="wagtailcore.page",
                verbose_name="Fremhævet",
            ),
        ),
    ]
