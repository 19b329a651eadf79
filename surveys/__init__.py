"""Surveys: survey pages built on Wagtail's form builder, answered anonymously over one or
more pages, by an open link or a personal invitation; results, exports and invitations in
the admin."""
