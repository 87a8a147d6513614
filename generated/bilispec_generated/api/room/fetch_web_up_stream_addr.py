from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.fetch_web_up_stream_addr_body import FetchWebUpStreamAddrBody
from ...models.fetch_web_up_stream_addr_response import FetchWebUpStreamAddrResponse
from ...types import Response


def _get_kwargs(
    *,
    body: FetchWebUpStreamAddrBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-blink/v1/live/FetchWebUpStreamAddr",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | FetchWebUpStreamAddrResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | FetchWebUpStreamAddrResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = FetchWebUpStreamAddrResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | FetchWebUpStreamAddrResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FetchWebUpStreamAddrBody,
) -> Response[ErrorEnvelope | FetchWebUpStreamAddrResponse]:
    """Get the RTMP push address of your room (网页 link 中心推流地址, FetchWebUpStreamAddr)

     The push address and stream key of the logged-in anchor's room, as the web "link center"
    shows them for third-party streaming software. `backup_stream` 1 asks for a new key (so it is
    a write, never retried). No answer has been published: the members come from bpi-rs's
    `WebUpStreamAddrData` struct, optional and nullable; `addr.code` is the stream key, a secret.
    Not on the seed pages.
    Sources: Yuelioi/bpi-rs src/live/manage.rs `live_fetch_web_up_stream_addr`.

    Args:
        body (FetchWebUpStreamAddrBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FetchWebUpStreamAddrResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FetchWebUpStreamAddrBody,
) -> ErrorEnvelope | FetchWebUpStreamAddrResponse | None:
    """Get the RTMP push address of your room (网页 link 中心推流地址, FetchWebUpStreamAddr)

     The push address and stream key of the logged-in anchor's room, as the web "link center"
    shows them for third-party streaming software. `backup_stream` 1 asks for a new key (so it is
    a write, never retried). No answer has been published: the members come from bpi-rs's
    `WebUpStreamAddrData` struct, optional and nullable; `addr.code` is the stream key, a secret.
    Not on the seed pages.
    Sources: Yuelioi/bpi-rs src/live/manage.rs `live_fetch_web_up_stream_addr`.

    Args:
        body (FetchWebUpStreamAddrBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FetchWebUpStreamAddrResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FetchWebUpStreamAddrBody,
) -> Response[ErrorEnvelope | FetchWebUpStreamAddrResponse]:
    """Get the RTMP push address of your room (网页 link 中心推流地址, FetchWebUpStreamAddr)

     The push address and stream key of the logged-in anchor's room, as the web "link center"
    shows them for third-party streaming software. `backup_stream` 1 asks for a new key (so it is
    a write, never retried). No answer has been published: the members come from bpi-rs's
    `WebUpStreamAddrData` struct, optional and nullable; `addr.code` is the stream key, a secret.
    Not on the seed pages.
    Sources: Yuelioi/bpi-rs src/live/manage.rs `live_fetch_web_up_stream_addr`.

    Args:
        body (FetchWebUpStreamAddrBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | FetchWebUpStreamAddrResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FetchWebUpStreamAddrBody,
) -> ErrorEnvelope | FetchWebUpStreamAddrResponse | None:
    """Get the RTMP push address of your room (网页 link 中心推流地址, FetchWebUpStreamAddr)

     The push address and stream key of the logged-in anchor's room, as the web "link center"
    shows them for third-party streaming software. `backup_stream` 1 asks for a new key (so it is
    a write, never retried). No answer has been published: the members come from bpi-rs's
    `WebUpStreamAddrData` struct, optional and nullable; `addr.code` is the stream key, a secret.
    Not on the seed pages.
    Sources: Yuelioi/bpi-rs src/live/manage.rs `live_fetch_web_up_stream_addr`.

    Args:
        body (FetchWebUpStreamAddrBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | FetchWebUpStreamAddrResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
