"""The triggers that keep SurveyTally (surveys/tally.py), and the totals of the answers
already stored."""

from django.conf import settings
from django.db import migrations

# The app's own rebuild and models, not historical ones: rebuild needs the questions'
# columns(). On a database made later there are no surveys yet, so it never runs against
# newer models.
from surveys.models import SurveyPage
from surveys.tally import rebuild

# One answer's contributions: one row per (split, its value) x (the answer itself, each
# key answered, each value given of a counted key); each row counts one answer.
ROWS = """
CREATE FUNCTION surveys_tally_rows(survey bigint, at timestamptz, device text, data jsonb)
RETURNS TABLE (day date, split text, group_value text, key text, value text, total numeric)
LANGUAGE sql STABLE AS $$
    WITH keys AS (SELECT * FROM surveys_talliedkey k WHERE k.survey_id = survey),
    splits(split, group_value) AS (
        SELECT '', ''
        UNION ALL SELECT 'enhed', device
        UNION ALL SELECT k.key, coalesce(data ->> k.key, '') FROM keys k WHERE k.split
    ),
    entries(key, value, total) AS (
        SELECT '', '', NULL::numeric
        UNION ALL
        SELECT k.key, '', CASE
            WHEN k.summed AND data ->> k.key ~ '^\\s*-?[0-9]+(\\.[0-9]+)?\\s*$'
            THEN (data ->> k.key)::numeric
        END
        FROM keys k WHERE data ? k.key
        UNION ALL
        SELECT k.key, v.value, NULL
        FROM keys k CROSS JOIN LATERAL jsonb_array_elements_text(
            CASE jsonb_typeof(data -> k.key)
                WHEN 'array' THEN data -> k.key ELSE jsonb_build_array(data -> k.key)
            END
        ) v(value)
        WHERE k.counted AND data ? k.key
    )
    SELECT (at AT TIME ZONE '{zone}')::date, s.split, s.group_value, e.key, e.value, e.total
    FROM splits s CROSS JOIN entries e
$$;
"""
# The answers' totals, summed per row of SurveyTally, in key order.
SUMS = """
CREATE FUNCTION surveys_tally_sums(given surveys_surveyresponse[])
RETURNS TABLE (
    survey_id bigint, split text, day date, group_value text, key text, value text,
    answers bigint, numbers bigint, total numeric
) LANGUAGE sql STABLE AS $$
    SELECT a.page_id, r.split, r.day, r.group_value, r.key, r.value,
        count(*), count(r.total), coalesce(sum(r.total), 0)
    FROM unnest(given) a
    CROSS JOIN LATERAL surveys_tally_rows(a.page_id, a.submit_time, a.device, a.form_data) r
    GROUP BY 1, 2, 3, 4, 5, 6
    ORDER BY 1, 2, 3, 4, 5, 6
$$;
"""
# Adds the answers' totals in one upsert; rows in key order, so that concurrent answers lock
# them in the same order and cannot deadlock. PL/pgSQL keeps the statement's plan from call to
# call, as an SQL function does not.
ADD = """
CREATE FUNCTION surveys_tally_add(given surveys_surveyresponse[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO surveys_surveytally AS t
        (survey_id, split, day, group_value, key, value, answers, numbers, total)
    SELECT * FROM surveys_tally_sums(given)
    ON CONFLICT (survey_id, split, day, group_value, key, value) DO UPDATE SET
        answers = t.answers + excluded.answers,
        numbers = t.numbers + excluded.numbers,
        total = t.total + excluded.total;
END
$$;
"""
# Takes the answers' totals away, locking the rows in key order first (as ADD) and changing
# only rows that are there: a survey being deleted may have lost its totals before its answers.
SUBTRACT = """
CREATE FUNCTION surveys_tally_subtract(given surveys_surveyresponse[])
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    WITH gone AS (SELECT * FROM surveys_tally_sums(given)),
    locked AS (
        SELECT t.id FROM surveys_surveytally t
        JOIN gone g USING (survey_id, split, day, group_value, key, value)
        ORDER BY t.survey_id, t.split, t.day, t.group_value, t.key, t.value
        FOR UPDATE OF t
    )
    UPDATE surveys_surveytally t SET
        answers = t.answers - g.answers,
        numbers = t.numbers - g.numbers,
        total = t.total - g.total
    FROM gone g
    WHERE t.id IN (SELECT id FROM locked)
        AND (t.survey_id, t.split, t.day, t.group_value, t.key, t.value)
            = (g.survey_id, g.split, g.day, g.group_value, g.key, g.value);
END
$$;
"""
TRIGGER = """
CREATE FUNCTION surveys_tally_trigger() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        PERFORM surveys_tally_subtract(
            ARRAY(SELECT o::surveys_surveyresponse FROM gone o ORDER BY o.id)
        );
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM surveys_tally_add(
            ARRAY(SELECT n::surveys_surveyresponse FROM came n ORDER BY n.id)
        );
    END IF;
    RETURN NULL;
END
$$;
CREATE TRIGGER surveys_tally_insert AFTER INSERT ON surveys_surveyresponse
    REFERENCING NEW TABLE AS came FOR EACH STATEMENT EXECUTE FUNCTION surveys_tally_trigger();
CREATE TRIGGER surveys_tally_update AFTER UPDATE ON surveys_surveyresponse
    REFERENCING OLD TABLE AS gone NEW TABLE AS came
    FOR EACH STATEMENT EXECUTE FUNCTION surveys_tally_trigger();
CREATE TRIGGER surveys_tally_delete AFTER DELETE ON surveys_surveyresponse
    REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION surveys_tally_trigger();
"""
DROP = """
DROP TRIGGER surveys_tally_insert ON surveys_surveyresponse;
DROP TRIGGER surveys_tally_update ON surveys_surveyresponse;
DROP TRIGGER surveys_tally_delete ON surveys_surveyresponse;
DROP FUNCTION surveys_tally_trigger();
DROP FUNCTION surveys_tally_subtract(surveys_surveyresponse[]);
DROP FUNCTION surveys_tally_add(surveys_surveyresponse[]);
DROP FUNCTION surveys_tally_sums(surveys_surveyresponse[]);
DROP FUNCTION surveys_tally_rows(bigint, timestamptz, text, jsonb);
"""


def backfill(apps, schema_editor):
    for survey in SurveyPage.objects.all():
        rebuild(survey)


class Migration(migrations.Migration):
    dependencies = [("surveys", "0003_tally")]

    operations = [
        migrations.RunSQL(
            ROWS.replace("{zone}", settings.TIME_ZONE) + SUMS + ADD + SUBTRACT + TRIGGER,
            reverse_sql=DROP,
        ),
        migrations.RunPython(backfill, migrations.RunPython.noop),
    ]
