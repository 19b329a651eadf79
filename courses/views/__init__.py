"""The course's views: the pages' own (lessons.py, served through the page models' routes)
and the participant's, at /kursusdeltager/ (participants.py, groups.py)."""
