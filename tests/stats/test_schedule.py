from stats.tasks import roll_up_reads, roll_up_traffic


def test_beat_rolls_up_every_five_minutes(settings):
    entry = settings.CELERY_BEAT_SCHEDULE["stats-roll-up-reads"]
    assert entry == {"task": roll_up_reads.name, "schedule": 300.0}
    entry = settings.CELERY_BEAT_SCHEDULE["stats-roll-up-traffic"]
    assert entry == {"task": roll_up_traffic.name, "schedule": 300.0}
