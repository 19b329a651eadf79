# Production image: gunicorn for web, the same image runs the Celery workers and beat. Each is
# a process of the Procfile, started with `honcho start NAME` (docker-compose.yml).
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=lederweb.settings.production \
    LEDERWEB_VAR=/data \
    PORT=8000

RUN useradd --create-home --uid 1000 lederweb && mkdir -p /data && chown lederweb /data
WORKDIR /app
# Pango draws the PDF reports (WeasyPrint).
RUN apt-get update && apt-get install -y --no-install-recommends libpangoft2-1.0-0 fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/*

COPY pyproject.toml requirements.lock ./
RUN pip install --no-cache-dir --constraint requirements.lock .

COPY . .
# Static files are collected into the image (/data/static); media is a volume (/data/media).
# Settings need placeholders to load at build time.
RUN SECRET_KEY=build-only DATABASE_URL=postgresql://build/build REDIS_URL=redis://build:6379/0 \
    python manage.py collectstatic --no-input -v 0 && chown -R lederweb /data

USER lederweb
EXPOSE 8000
CMD ["honcho", "start", "web"]
