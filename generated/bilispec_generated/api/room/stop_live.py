from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.stop_live_body import StopLiveBody
from ...models.stop_live_response import StopLiveResponse
from ...types import Response


def _get_kwargs(
    *,
    body: StopLiveBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/room/v1/Room/stopLive",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StopLiveResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | StopLiveResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = StopLiveResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | StopLiveResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StopLiveBody,
) -> Response[ErrorEnvelope | StopLiveResponse]:
    """Stop the live broadcast (关闭直播)

     Takes the logged-in user's room off air. `platform` is required (not on the seed page):
    without it the answer is 60034. The answer carries `msg` beside `message` and no `ttl`.
    Source: seed 001, 关闭直播.

    Args:
        body (StopLiveBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StopLiveResponse]
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
    body: StopLiveBody,
) -> ErrorEnvelope | StopLiveResponse | None:
    """Stop the live broadcast (关闭直播)

     Takes the logged-in user's room off air. `platform` is required (not on the seed page):
    without it the answer is 60034. The answer carries `msg` beside `message` and no `ttl`.
    Source: seed 001, 关闭直播.

    Args:
        body (StopLiveBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StopLiveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StopLiveBody,
) -> Response[ErrorEnvelope | StopLiveResponse]:
    """Stop the live broadcast (关闭直播)

     Takes the logged-in user's room off air. `platform` is required (not on the seed page):
    without it the answer is 60034. The answer carries `msg` beside `message` and no `ttl`.
    Source: seed 001, 关闭直播.

    Args:
        body (StopLiveBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StopLiveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StopLiveBody,
) -> ErrorEnvelope | StopLiveResponse | None:
    """Stop the live broadcast (关闭直播)

     Takes the logged-in user's room off air. `platform` is required (not on the seed page):
    without it the answer is 60034. The answer carries `msg` beside `message` and no `ttl`.
    Source: seed 001, 关闭直播.

    Args:
        body (StopLiveBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StopLiveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
