"""Reading time: what an article says before "3 min. læsning"."""

import math

WORDS_PER_MINUTE = 200
# A video's transcript is an alternative to watching it, not part of the read.
SKIPPED_FIELDS = {"video": ("transcript",)}


def body_texts(body):
    for block in body:
        value = block.value
        skipped = SKIPPED_FIELDS.get(block.block_type, ())
        if skipped:
            value = {key: val for key, val in value.items() if key not in skipped}
            yield from (str(val) for val in value.values() if isinstance(val, str))
            continue
        yield from block.block.get_searchable_content(value)


def word_count(*texts):
    return sum(len(text.split()) for text in texts if text)


def reading_minutes(body, *extra_texts):
    """Whole minutes at 200 words a minute, never less than one."""
    words = word_count(*body_texts(body), *extra_texts)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))
