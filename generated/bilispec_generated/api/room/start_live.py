from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.start_live_body import StartLiveBody
from ...models.start_live_response import StartLiveResponse
from ...types import Response


def _get_kwargs(
    *,
    body: StartLiveBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/room/v1/Room/startLive",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | StartLiveResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | StartLiveResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = StartLiveResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | StartLiveResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: StartLiveBody,
) -> Response[ErrorEnvelope | StartLiveResponse]:
    """Start a live broadcast (开始直播)

     Puts the logged-in user's room on air in the given area (an area is required to go live) and
    returns the RTMP push address: push to `data.rtmp.addr` with `data.rtmp.code` as the stream
    key. The answer carries `msg` beside `message` and no `ttl`.
    Some accounts must also identify the streaming app (`version`, `build`, from
    get_home_page_live_version) and sign the request (`appkey`, `ts`, `sign`), otherwise they get
    60024; these members are not on the seed page. A 60024 answer carries the face-verification URL
    in `data.qr`; a 60043 answer carries `data.risk_extra.v_voucher`, and clients send the user to
    `https://www.bilibili.com/blackboard/live/face-auth-middle.html?source_event=400&mid=<uid>`.
    `x-error-data` types the `data` of those codes.
    Source: seed 001, 开始直播.

    Args:
        body (StartLiveBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StartLiveResponse]
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
    body: StartLiveBody,
) -> ErrorEnvelope | StartLiveResponse | None:
    """Start a live broadcast (开始直播)

     Puts the logged-in user's room on air in the given area (an area is required to go live) and
    returns the RTMP push address: push to `data.rtmp.addr` with `data.rtmp.code` as the stream
    key. The answer carries `msg` beside `message` and no `ttl`.
    Some accounts must also identify the streaming app (`version`, `build`, from
    get_home_page_live_version) and sign the request (`appkey`, `ts`, `sign`), otherwise they get
    60024; these members are not on the seed page. A 60024 answer carries the face-verification URL
    in `data.qr`; a 60043 answer carries `data.risk_extra.v_voucher`, and clients send the user to
    `https://www.bilibili.com/blackboard/live/face-auth-middle.html?source_event=400&mid=<uid>`.
    `x-error-data` types the `data` of those codes.
    Source: seed 001, 开始直播.

    Args:
        body (StartLiveBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StartLiveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: StartLiveBody,
) -> Response[ErrorEnvelope | StartLiveResponse]:
    """Start a live broadcast (开始直播)

     Puts the logged-in user's room on air in the given area (an area is required to go live) and
    returns the RTMP push address: push to `data.rtmp.addr` with `data.rtmp.code` as the stream
    key. The answer carries `msg` beside `message` and no `ttl`.
    Some accounts must also identify the streaming app (`version`, `build`, from
    get_home_page_live_version) and sign the request (`appkey`, `ts`, `sign`), otherwise they get
    60024; these members are not on the seed page. A 60024 answer carries the face-verification URL
    in `data.qr`; a 60043 answer carries `data.risk_extra.v_voucher`, and clients send the user to
    `https://www.bilibili.com/blackboard/live/face-auth-middle.html?source_event=400&mid=<uid>`.
    `x-error-data` types the `data` of those codes.
    Source: seed 001, 开始直播.

    Args:
        body (StartLiveBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | StartLiveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: StartLiveBody,
) -> ErrorEnvelope | StartLiveResponse | None:
    """Start a live broadcast (开始直播)

     Puts the logged-in user's room on air in the given area (an area is required to go live) and
    returns the RTMP push address: push to `data.rtmp.addr` with `data.rtmp.code` as the stream
    key. The answer carries `msg` beside `message` and no `ttl`.
    Some accounts must also identify the streaming app (`version`, `build`, from
    get_home_page_live_version) and sign the request (`appkey`, `ts`, `sign`), otherwise they get
    60024; these members are not on the seed page. A 60024 answer carries the face-verification URL
    in `data.qr`; a 60043 answer carries `data.risk_extra.v_voucher`, and clients send the user to
    `https://www.bilibili.com/blackboard/live/face-auth-middle.html?source_event=400&mid=<uid>`.
    `x-error-data` types the `data` of those codes.
    Source: seed 001, 开始直播.

    Args:
        body (StartLiveBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | StartLiveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
