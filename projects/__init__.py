"""Projects and the articles they publish."""
