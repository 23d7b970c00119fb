"""Scrapy settings for newsmon.

Every setting can be overridden on the command line (``-s NAME=VALUE``); the
ones a deployment changes most (``DATABASE_URL``) are also read from the
environment.
"""

import os

from scrapy.settings import default_settings

BOT_NAME = "newsmon"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"
COMMANDS_MODULE = "crawler.commands"

# --- storage -----------------------------------------------------------------
# SQLite needs no server; PostgreSQL in production: postgresql+psycopg://user@host/db
DATABASE_URL = os.environ.get("DATABASE_URL", "sqlite:///data/newsmon.db")

# Connections each crawl process keeps open to a server database (PostgreSQL), and how many
# more it may open at busy moments; SQLite ignores both.
DATABASE_POOL_SIZE = 5
DATABASE_MAX_OVERFLOW = 5

# One crawl at a time per database: a run that finds another one running waits this many
# seconds for it to end, then exits (status 75) saying so.
RUN_LOCK_WAIT = 0

# --- distributed mode (crawler/frontier.py): several `scrapy crawl news` processes, on one or
# more hosts, share one frontier in Redis (scrapy-redis) and one database (PostgreSQL).
# Unset: a single-process crawl, nothing changes. redis://host:6379/0
REDIS_URL = os.environ.get("REDIS_URL", "")
# Prefix of the Redis keys (queue, dupefilter, in-flight sets, heartbeats): one per newsroom
# or crawl set sharing a Redis server.
REDIS_PREFIX = "newsmon"
# A process closes when the frontier has been idle this long: nothing queued and no other
# process busy. Must exceed 5 s (an idle process looks at the queue once per engine heartbeat).
FRONTIER_IDLE_SECONDS = 20.0
# A process whose heartbeat is this old is dead: its in-flight requests go back in the queue.
FRONTIER_DEAD_SECONDS = 10.0
# The store's batches in distributed mode: each holds the store lock (one process deciding
# copies and stories at a time) until it commits. Each hand-over of the lock costs the next
# holder a reload of its indexes, so a batch holds it a while (but not the 5 s of a single run).
SHARED_STORE_BATCH_SIZE = 100
SHARED_STORE_BATCH_SECONDS = 2.0
# Switches the above on when REDIS_URL is set.
ADDONS = {"crawler.distributed.Distributed": 0}

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
# --- crawl surface (crawler/guard.py): each request stays on its outlet's hosts and ports (or in
# its local mirror's folder) and off loopback, private, link-local and metadata addresses, but
# for networks listed here in CIDR form, e.g. ["10.1.0.0/16"] (tests: "127.0.0.0/8").
ALLOWED_NETWORKS: list[str] = []
# The guard comes first (before robots.txt is fetched); the back-off sees responses before
# Scrapy's RetryMiddleware (550); the sniffer reads decompressed bodies (after 590) before meta
# refreshes are looked for (580). file:// URLs (local mirrors) go without delays or
# AutoThrottle, CONCURRENT_REQUESTS_PER_DOMAIN at a time (crawler/localfiles.py); failed
# downloads are counted per source after the retries (crawler/health.py). Meta refreshes are
# looked for in pages whose head mentions one (crawler/metarefresh.py), in Scrapy's place.
DOWNLOADER_MIDDLEWARES = {
    "crawler.guard.NetworkGuard": 10,
    "crawler.localfiles.LocalFilesMiddleware": 50,
    "crawler.health.SourceErrorsMiddleware": 60,
    "crawler.backoff.HostBackOff": 560,
    "scrapy.downloadermiddlewares.redirect.MetaRefreshMiddleware": None,
    "crawler.metarefresh.HeadMetaRefreshMiddleware": 580,
    "crawler.sniffing.HtmlSniffer": 585,
}
# A host answering 429 or 503 waits its Retry-After, else BACKOFF_DELAY seconds doubled per
# refusal in a row, before its next request; a wait beyond RETRY_AFTER_MAX seconds defers the
# URL and the host's other URLs to the next run (newsmon/deferred/…).
BACKOFF_HTTP_CODES = [429, 503]
BACKOFF_DELAY = 5.0
RETRY_AFTER_MAX = 120.0
DOWNLOAD_SLOTS = {"newsmon-local-files": {"delay": 0, "randomize_delay": False}}
# Section pages are followed this many links deep; feeds and sitemaps lead straight to articles.
DEPTH_LIMIT = 2

# --- pages that need JavaScript (crawler/rendering.py) ----------------------------------
# How article pages are fetched for sources without their own `render` in the sources file:
# "none" (plain HTTP), "playwright" (headless Chromium) or "splash" (a Splash server). Feeds,
# sitemaps and start pages are always plain HTTP. The renderers' components are switched on
# only when some source uses them.
RENDER = os.environ.get("NEWSMON_RENDER", "none")
# Seconds a page may take to render (Chromium's navigation, Splash's `timeout`).
RENDER_TIMEOUT = 30
# A failed rendering (browser crash, timeout, Splash 5xx) is tried this many more times, then
# logged and counted (newsmon/render/failed); the crawl goes on.
RENDER_RETRY_TIMES = 1
# Chromium: when a page counts as rendered ("load", "domcontentloaded" or "networkidle":
# no network traffic for 0.5 s, so the data a page's scripts fetch is in).
RENDER_WAIT_UNTIL = "networkidle"
# The Chromium binary; empty: `chromium` or `chromium-browser` on PATH (Debian, Ubuntu).
CHROMIUM_EXECUTABLE = os.environ.get("CHROMIUM_EXECUTABLE", "")
PLAYWRIGHT_BROWSER_TYPE = "chromium"
PLAYWRIGHT_LAUNCH_OPTIONS = {
    "headless": True,
    "args": ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
}
# The browser pool: contexts (newsmon opens one) × pages open at once in each.
PLAYWRIGHT_MAX_CONTEXTS = 1
PLAYWRIGHT_MAX_PAGES_PER_CONTEXT = 4
# Images, fonts, media and style sheets are not loaded (only the text is wanted).
PLAYWRIGHT_ABORT_REQUEST = "crawler.rendering.skip_heavy_resource"
# Splash: its HTTP API (SPLASH_URL from the environment too), the endpoint newsmon calls
# ("render.html", or "execute" with crawler/splash_render.lua) and the seconds it waits
# after the page loaded, for scripts to finish.
SPLASH_URL = os.environ.get("SPLASH_URL", "http://127.0.0.1:8050")
SPLASH_ENDPOINT = "render.html"
SPLASH_WAIT = 0.5
# --- incremental crawls ------------------------------------------------------------
# Feeds and sitemaps are re-fetched with conditional requests (ETag / Last-Modified → 304),
# through Scrapy's HTTP cache with newsmon's policy and a store in the database
# (crawler/httpcache.py); on a 304 the cached listing is read again.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "crawler.httpcache.ListingPolicy"
HTTPCACHE_STORAGE = "crawler.httpcache.DatabaseCacheStorage"
HTTPCACHE_IGNORE_SCHEMES = ["file", "data"]
# At most this many entries of one sitemap are followed, the newest first (lastmod or
# publication date; undated entries last, in their order); 0: all.
SITEMAP_MAX_ENTRIES = 1000
# The Sitemap: lines of each sources-file outlet's robots.txt are read as sitemaps.
ROBOTS_SITEMAPS = True

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
    "pipelines.shared.SharedStepPipeline": 390,  # distributed mode only
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
DEDUP_CONTAINMENT = 0.9  # share of the shorter text's shingles inside the longer for a copy
DEDUP_MIN_WORDS = 50  # shorter texts are only exact copies, never near copies

# --- stories: coverage of one event across outlets ---------------------------------
STORY_WINDOW_DAYS = 3  # compared articles are at most this far apart (published; undated: seen)
STORY_THRESHOLD = 0.2  # similarity (lower of terms and names cosine) every story pair reaches
STORY_MIN_WORDS = 10  # shorter texts (a caption, a headline) join a story only as copies

# --- watches ([[watches]] of the sources file, -a sources=FILE) ---------------------
WATCH_MIN_SCORE = 0.2  # an article is relevant to a watch from this score on (0–1)
WATCH_IRRELEVANT = "flag"  # articles relevant to no watch: "flag" (store) or "drop"

# --- throughput --------------------------------------------------------------------
# Extraction and language detection run in this many worker processes (0: in the crawl's own
# process). Calls go to them in batches of up to WORKER_BATCH_SIZE, or what came in
# WORKER_BATCH_DELAY seconds.
EXTENSIONS = {
    "crawler.workers.WorkerPool": 0,
    "crawler.database.CrawlDatabase": 0,
    "crawler.health.SourceHealth": 500,
    "crawler.progress.Progress": 0,
}
# Cron runs in parallel must not fight over ports: no telnet console, no remote control server.
# They are left out of Scrapy's base extensions: one disabled (or set to None in EXTENSIONS)
# is still imported, and the remote control imports aiohttp's server (0.2 s of every start).
EXTENSIONS_BASE = {
    path: order
    for path, order in default_settings.EXTENSIONS_BASE.items()
    if path.rsplit(".", 1)[-1] not in ("TelnetConsole", "RemoteControl")
}
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
# A progress line (pages, articles stored, rate) every this many pages (0: none), besides
# Scrapy's own line every minute (LOGSTATS_INTERVAL).
PROGRESS_PAGES = 500
# A page whose extraction (the source's own disclaimer patterns included) takes longer than
# this many seconds is abandoned, logged and counted (newsmon/stalled/extract); 0: no bound.
EXTRACTION_TIMEOUT = 20.0
# Records the time each pipeline takes in the crawl stats (newsmon/stage_seconds/…).
ITEM_PROCESSOR = "crawler.itemflow.TimedItemPipelineManager"

# --- source health and alerts (crawler/health.py, crawler/monitors.py, crawler/alerts.py) --
# Per-source counters of each run go to the source_runs table; download errors per source are
# counted by crawler.health.SourceErrorsMiddleware (DOWNLOADER_MIDDLEWARES, after the retries).
# A problem (no articles, a feed answering 404/410, no text in most article pages) this many
# runs in a row makes a source broken; `failing_runs` in the sources file's [alerts] overrides.
ALERT_FAILING_RUNS = 3
# A source whose start URLs (feeds, sitemaps, pages) came back byte for byte the same this many
# runs in a row is flagged as no longer changing.
FEED_UNCHANGED_RUNS = 48
# `scrapy report` shows at most this many stories (most new articles first), each with a chart.
REPORT_MAX_STORIES = 100

# Articles in other languages are kept unless this lists the wanted ones, e.g. ["de", "en"];
# LANGUAGE_ACTION says what happens to the others: "drop" them, or "flag" them (stored, marked
# language_unwanted in `scrapy articles`).
LANGUAGES: list[str] = []
LANGUAGE_ACTION = "drop"

FEED_EXPORT_ENCODING = "utf-8"
LOG_LEVEL = os.environ.get("NEWSMON_LOG_LEVEL", "INFO")

