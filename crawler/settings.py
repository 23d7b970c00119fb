"""Scrapy settings for newsmon.

Every setting can be overridden on the command line (``-s NAME=VALUE``); the
ones a deployment changes most (``DATABASE_URL``) are also read from the
environment.
"""

import os

BOT_NAME = "newsmon"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

# --- storage -----------------------------------------------------------------
# SQLite needs no server; PostgreSQL in production: postgresql+psycopg://user@host/db
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///data/newsmon.db")

# --- politeness ---------------------------------------------------------------
USER_AGENT = "newsmon/0.1 (+https://github.com/newsmon/newsmon)"
ROBOTSTXT_OBEY = True
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 4.0
CONCURRENT_REQUESTS = 32
CONCURRENT_REQUESTS_PER_DOMAIN = 8
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 20 * 1024 * 1024
DOWNLOAD_WARNSIZE = 5 * 1024 * 1024
# Section pages are followed this many links deep; feeds and sitemaps lead straight to articles.
DEPTH_LIMIT = 2

# --- pipeline: spider → extract → language → date → boilerplate → dedup → store
ITEM_PIPELINES = {
    "pipelines.extract.ExtractPipeline": 100,
    "pipelines.language.LanguagePipeline": 200,
    "pipelines.dating.DatePipeline": 300,
    "pipelines.boilerplate.BoilerplatePipeline": 350,
    "pipelines.dedup.DedupPipeline": 400,
    "pipelines.store.StorePipeline": 500,
}

# A paragraph found in this many different articles of one site is that site's boilerplate
# and is removed from all of them (pipelines/boilerplate.py); 0 turns the learning off.
BOILERPLATE_MIN_ARTICLES = 3

# Articles in other languages are kept unless this lists the wanted ones, e.g. ["de", "en"].
LANGUAGES: list[str] = []

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("NEWSMON_LOG_LEVEL", "INFO")

# Cron runs in parallel must not fight over ports: no telnet console, no remote control server.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
