"""The crawl surface: every request checked against its outlet and the network before it leaves.

:class:`NetworkGuard` is a downloader middleware placed before every other one, so it sees
each request the crawl makes: start URLs, feed and page links, the requests HTTP redirects
and ``<meta refresh>`` turn into (Scrapy schedules those anew), robots.txt and rendering
requests. A request is refused (``IgnoreRequest``; its errback, if any, is called) when

* its URL is outside its outlet (:meth:`crawler.sources.Outlet.refusal`): another scheme,
  another host, a port the outlet does not use, or a file outside the outlet's local mirror;
* its host is, or resolves to, an address that is not public: loopback, private,
  link-local, cloud metadata, reserved, unless ``ALLOWED_NETWORKS`` lists a network
  holding it. The address checked is the one the download then connects to: Scrapy's
  resolver caches it.

Each refusal is logged and counted as ``newsmon/refused/<reason>``.
"""

from __future__ import annotations

import ipaddress
import logging
from urllib.parse import urlsplit

from scrapy.exceptions import IgnoreRequest
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet.error import DNSLookupError

from crawler.errors import ConfigError

logger = logging.getLogger(__name__)

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
IPNetwork = ipaddress.IPv4Network | ipaddress.IPv6Network
REFUSED = "newsmon/refused/"
# Cloud instance metadata services (AWS, GCP, Azure, OpenStack; ECS tasks; Alibaba; AWS IPv6).
METADATA_ADDRESSES = frozenset(
    ipaddress.ip_address(a)
    for a in ("169.254.169.254", "169.254.170.2", "100.100.100.200", "fd00:ec2::254")
)


def allowed_networks(settings) -> list[IPNetwork]:
    """The ``ALLOWED_NETWORKS`` setting as networks; ConfigError naming a bad entry."""
    networks = []
    for entry in settings.getlist("ALLOWED_NETWORKS"):
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError as error:
            raise ConfigError(f"ALLOWED_NETWORKS: {entry!r} is not a network: {error}") from error
    return networks


def address_refusal(address: str, allowed: list[IPNetwork]) -> str | None:
    """Why a crawl must not connect to ``address``, or None if it may.

    Reasons: "metadata", "loopback", "link_local", "private", "reserved" (any other address
    that is not globally routable: unspecified, multicast, shared, documentation…).
    """
    try:
        ip: IPAddress = ipaddress.ip_address(address.split("%", 1)[0])
    except ValueError:
        return "address"
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    if any(ip in network for network in allowed if network.version == ip.version):
        return None
    if ip in METADATA_ADDRESSES:
        return "metadata"
    for reason, test in (
        ("loopback", ip.is_loopback or ip.is_unspecified),  # 0.0.0.0 reaches this host
        ("link_local", ip.is_link_local),
        ("private", ip.is_private),
        ("reserved", not ip.is_global or ip.is_multicast),
    ):
        if test:
            return reason
    return None


def count_refusal(stats, url: str, reason: str, level: int = logging.WARNING) -> None:
    """Log and count a URL the crawl does not request."""
    if stats is not None:
        stats.inc_value(REFUSED + reason)
    logger.log(level, "Refused %s: %s", url, reason.replace("_", " "))


def is_ip_literal(host: str) -> bool:
    try:
        ipaddress.ip_address(host.split("%", 1)[0])
    except ValueError:
        return False
    return True


# Request meta flag: a URL the operator named in the sources file outside [[sources]].
OPERATOR_URL = "newsmon_operator_url"


class NetworkGuard:
    """Downloader middleware refusing requests outside the outlet or to non-public addresses."""

    def __init__(self, crawler, allowed: list[IPNetwork]):
        self.crawler = crawler
        self.allowed = allowed

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler, allowed_networks(crawler.settings))

    async def process_request(self, request, spider=None):
        reason = self.outlet_refusal(request)
        if reason is None and urlsplit(request.url).scheme in ("http", "https"):
            reason = await self.host_refusal(urlsplit(request.url).hostname or "")
        if reason is not None:
            count_refusal(self.crawler.stats, request.url, reason)
            raise IgnoreRequest(f"Refused {request.url}: {reason}")
        return None

    def to_splash(self, request) -> bool:
        """Whether ``request`` goes to the configured Splash server (scrapy-splash rewrites a
        page's request to it: the page's own URL was checked before)."""
        splash = self.crawler.settings.get("SPLASH_URL")
        return bool(splash and request.meta.get("splash") and request.url.startswith(splash))

    def outlet_refusal(self, request) -> str | None:
        """Why the request's outlet (or, for requests of none, every outlet) refuses it. A URL
        the operator named outside the outlets (a watch example) is checked on its network
        only."""
        if request.meta.get(OPERATOR_URL) or self.to_splash(request):
            return None
        outlet = request.cb_kwargs.get("outlet")
        if outlet is not None:
            return outlet.refusal(request.url)
        outlets = getattr(self.crawler.spider, "outlets", None)
        if not outlets:  # a spider without outlets: only the network is checked
            scheme = urlsplit(request.url).scheme
            return None if scheme in ("http", "https") else "scheme"
        reasons = [outlet.refusal(request.url) for outlet in outlets]
        return None if None in reasons else reasons[0]

    async def host_refusal(self, host: str) -> str | None:
        """Why ``host`` must not be connected to, after resolving it the way the download will."""
        if not host:
            return "offsite"
        if is_ip_literal(host):
            return address_refusal(host, self.allowed)
        try:
            address = await self.resolve(host)
        except (DNSLookupError, OSError) as error:
            logger.debug("Cannot resolve %s: %s", host, error)
            return "dns"
        return address_refusal(address, self.allowed)

    async def resolve(self, host: str) -> str:
        """The address Scrapy's (caching) resolver gives ``host``: the one it will connect to."""
        from twisted.internet import reactor

        return await maybe_deferred_to_future(reactor.resolve(host))
