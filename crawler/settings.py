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

# --- pipeline: spider → extract → language → date → boilerplate → features → watches → dedup
# → stories → store. dedup, stories and store must stay synchronous and in this order: each
# item's decisions are written and registered in the in-memory indexes before the next.
ITEM_PIPELINES = {
    "pipelines.extract.ExtractPipeline": 100,
    "pipelines.language.LanguagePipeline": 200,
    "pipelines.date.DatePipeline": 300,
    "pipelines.boilerplate.BoilerplatePipeline": 320,
    "pipelines.features.FeaturesPipeline": 340,
    "pipelines.watch.WatchPipeline": 350,
    "pipelines.dedup.DedupPipeline": 400,
    "pipelines.story.StoryPipeline": 450,
    "pipelines.store.StorePipeline": 500,
}

# --- site boilerplate ---------------------------------------------------------------
# A paragraph found in this many different articles of one site is that site's boilerplate
# and is removed from all of them (pipelines/text/boilerplate.py); 0 turns the learning off.
BOILERPLATE_MIN_ARTICLES = 3

# --- known articles -------------------------------------------------------------
# One fingerprint stands for all the URLs of one article (its canonical URL), so requests are
# deduplicated on canonical URLs, and stored articles are not fetched again…
REQUEST_FINGERPRINTER_CLASS = "crawler.dupefilter.ArticleRequestFingerprinter"
DUPEFILTER_CLASS = "crawler.dupefilter.ArticleDupeFilter"
# …unless published within this many days (0: never re-fetch), to catch their edits.
RECHECK_DAYS = 0

# --- copies: same text elsewhere, or near copies by MinHash/LSH over word 3-shingles
DEDUP_THRESHOLD = 0.8  # Jaccard similarity of the word 3-shingles for a near copy
DEDUP_MIN_WORDS = 50  # shorter texts are only exact copies, never near copies

# --- stories: coverage of one event across outlets ---------------------------------
STORY_WINDOW_DAYS = 3  # linked articles are at most this far apart (published, else seen)
STORY_THRESHOLD = 0.2  # cosine similarity of the content-term vectors
STORY_MIN_SHARED_TERMS = 8  # …and at least this many shared content terms
STORY_MIN_WORDS = 50  # shorter texts join a story only as copies

# --- watches ([[watches]] of the sources file, -a sources=FILE) ---------------------
WATCH_MIN_SCORE = 0.2  # an article is relevant to a watch from this score on (0–1)
WATCH_IRRELEVANT = "flag"  # articles relevant to no watch: "flag" (store) or "drop"

# --- throughput --------------------------------------------------------------------
# Extraction and language detection run in this many worker processes (0: in the crawl's own
# process). Calls go to them in batches of up to WORKER_BATCH_SIZE, or what came in
# WORKER_BATCH_DELAY seconds.
EXTENSIONS = {"crawler.workers.WorkerPool": 0, "crawler.database.CrawlDatabase": 0}
WORKERS = os.cpu_count() or 1
WORKER_BATCH_SIZE = 8
WORKER_BATCH_DELAY = 0.01
# How workers start: forkserver forks them from a clean process that imported the heavy modules
# once (a fork of the crawl itself would copy its threads and open connections).
WORKER_START_METHOD = "forkserver"
# The store commits once per STORE_BATCH_SIZE articles or STORE_BATCH_SECONDS.
STORE_BATCH_SIZE = 200
STORE_BATCH_SECONDS = 5.0
# Scrapy starts this many tasks for every response's output; an article page yields one item.
CONCURRENT_ITEMS = 16
# Records the time each pipeline takes in the crawl stats (newsmon/stage_seconds/…).
ITEM_PROCESSOR = "crawler.itemflow.TimedItemPipelineManager"

# Articles in other languages are kept unless this lists the wanted ones, e.g. ["de", "en"];
# LANGUAGE_ACTION says what happens to the others: "drop" them, or "flag" them (stored, marked
# language_unwanted in `scrapy articles`).
LANGUAGES: list[str] = []
LANGUAGE_ACTION = "drop"

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("NEWSMON_LOG_LEVEL", "INFO")

# Cron runs in parallel must not fight over ports: no telnet console, no remote control server.
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
