"""make bench: figures, not tests. Everything runs against throw-away servers under var/bench/."""
