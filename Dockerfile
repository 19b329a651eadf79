# Production image: gunicorn for web, the same image runs the Celery worker and beat.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    DJANGO_SETTINGS_MODULE=lederweb.settings.production \
    LEDERWEB_VAR=/data

RUN useradd --create-home --uid 1000 lederweb && mkdir -p /data && chown lederweb /data
WORKDIR /app

COPY pyproject.toml requirements.lock ./
RUN pip install --no-cache-dir --constraint requirements.lock .

COPY . .
# Static files are collected into the image (/data/static); media is a volume (/data/media).
# Settings need placeholders to load at build time.
RUN SECRET_KEY=build-only DATABASE_URL=postgresql://build/build REDIS_URL=redis://build:6379/0 \
    python manage.py collectstatic --no-input -v 0 && chown -R lederweb /data

USER lederweb
EXPOSE 8000
# X-Forwarded-For is trusted only from FORWARDED_ALLOW_IPS (default: no one).
CMD ["sh", "-c", "gunicorn lederweb.wsgi --bind 0.0.0.0:8000 --forwarded-allow-ips=\"$FORWARDED_ALLOW_IPS\" --workers ${WEB_CONCURRENCY:-2} --access-logfile -"]
