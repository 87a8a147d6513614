"""A client library for accessing Bilibili live-room and watch-report API"""

from .client import AuthenticatedClient, Client

__all__ = (
    "AuthenticatedClient",
    "Client",
)
