"""Local files are not a remote server: ``file://`` requests skip politeness delays.

A downloader middleware puts every ``file://`` request in a download slot of its own
(:data:`LOCAL_SLOT`, configured in ``DOWNLOAD_SLOTS`` without delay) and keeps
AutoThrottle from adjusting it: reading a local mirror goes as fast as the disk.
"""

from __future__ import annotations

LOCAL_SLOT = "newsmon-local-files"


class LocalFilesMiddleware:
    """Sends ``file://`` requests to the undelayed local-files download slot."""

    def process_request(self, request, spider=None):
        if request.url.startswith("file:"):
            request.meta.setdefault("download_slot", LOCAL_SLOT)
            request.meta["autothrottle_dont_adjust_delay"] = True
        return None
