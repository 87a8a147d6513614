from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buvid_response import BuvidResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/x/frontend/finger/spi",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BuvidResponse | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> BuvidResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = BuvidResponse.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = ErrorEnvelope.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BuvidResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BuvidResponse | ErrorEnvelope]:
    """Get a buvid3 and buvid4 device id (获取 buvid3 / buvid4, finger/spi)

     A fresh device id pair: `b_3` goes into the `buvid3` cookie, which getDanmuInfo requires since
    2025-06-27, and into the message stream's auth packet (`buvid`). No login needed. The answer
    has no `ttl`. A device id identifies the browser: keep it out of logs.
    Sources: SocialSisterYi/bilibili-API-collect docs/misc/buvid3_4.md (jiudays fork);
    Yuelioi/bpi-rs tests/contracts/misc/buvid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuvidResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> BuvidResponse | ErrorEnvelope | None:
    """Get a buvid3 and buvid4 device id (获取 buvid3 / buvid4, finger/spi)

     A fresh device id pair: `b_3` goes into the `buvid3` cookie, which getDanmuInfo requires since
    2025-06-27, and into the message stream's auth packet (`buvid`). No login needed. The answer
    has no `ttl`. A device id identifies the browser: keep it out of logs.
    Sources: SocialSisterYi/bilibili-API-collect docs/misc/buvid3_4.md (jiudays fork);
    Yuelioi/bpi-rs tests/contracts/misc/buvid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuvidResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[BuvidResponse | ErrorEnvelope]:
    """Get a buvid3 and buvid4 device id (获取 buvid3 / buvid4, finger/spi)

     A fresh device id pair: `b_3` goes into the `buvid3` cookie, which getDanmuInfo requires since
    2025-06-27, and into the message stream's auth packet (`buvid`). No login needed. The answer
    has no `ttl`. A device id identifies the browser: keep it out of logs.
    Sources: SocialSisterYi/bilibili-API-collect docs/misc/buvid3_4.md (jiudays fork);
    Yuelioi/bpi-rs tests/contracts/misc/buvid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BuvidResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> BuvidResponse | ErrorEnvelope | None:
    """Get a buvid3 and buvid4 device id (获取 buvid3 / buvid4, finger/spi)

     A fresh device id pair: `b_3` goes into the `buvid3` cookie, which getDanmuInfo requires since
    2025-06-27, and into the message stream's auth packet (`buvid`). No login needed. The answer
    has no `ttl`. A device id identifies the browser: keep it out of logs.
    Sources: SocialSisterYi/bilibili-API-collect docs/misc/buvid3_4.md (jiudays fork);
    Yuelioi/bpi-rs tests/contracts/misc/buvid.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BuvidResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
