"""Site search (/soeg/): one PostgreSQL full-text index over every live page, PDFs included,
with Danish stemming, typo tolerance (pg_trgm) and suggestions as you type."""
