# Rebound in a container: runs every platform whose token is set, plus the scheduler.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

RUN useradd --create-home --uid 1000 coach
WORKDIR /app
COPY pyproject.toml README.md ./
COPY bot ./bot
COPY coach ./coach
COPY storage ./storage
RUN pip install .

USER coach
WORKDIR /home/coach
# Without COACH_DATABASE_URL the SQLite file lives in the user's data directory:
# mount a volume there (or point COACH_DATABASE_URL at PostgreSQL) to keep it.
VOLUME ["/home/coach/.local/share/rebound"]
# 8443: the Telegram webhook (--listen); 9100: /healthz and /metrics (COACH_METRICS_LISTEN).
# On PostgreSQL run `coach db upgrade` once first (docker-compose.yml does it).
EXPOSE 8443 9100
CMD ["coach", "run"]
