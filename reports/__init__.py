"""The secretariat's figures in one place: the "Statistik" dashboard in the admin, its weekly
summary mail and the yearly status note (`manage.py status_report`). It gathers from every
app and sits on top; what the site cannot measure itself (followers, media mentions, the
note's free text) editors enter here."""
