"""Events (arrangementer): the calendar, registrations with a waiting list, and .ics files."""
