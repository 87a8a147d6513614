from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.slice_stream_list_response import SliceStreamListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    live_key: str,
    start_time: int,
    end_time: int,
    live_uid: int,
    web_location: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["live_key"] = live_key

    params["start_time"] = start_time

    params["end_time"] = end_time

    params["live_uid"] = live_uid

    params["web_location"] = web_location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xlive/web-room/v1/videoService/GetUserSliceStream",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SliceStreamListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SliceStreamListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SliceStreamListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | SliceStreamListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    live_key: str,
    start_time: int,
    end_time: int,
    live_uid: int,
    web_location: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SliceStreamListResponse]:
    """Get the slice streams of another anchor's live session (获取某位主播的切片视频流)

     The replay video streams of one live session of another anchor, for clipping. Works only
    when that anchor has granted the logged-in user replay-clipping permission (需要获得那位主播的授权).
    Source: seed 000, 获取某位主播的切片视频流.

    Args:
        live_key (str):
        start_time (int):
        end_time (int):
        live_uid (int):
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SliceStreamListResponse]
    """

    kwargs = _get_kwargs(
        live_key=live_key,
        start_time=start_time,
        end_time=end_time,
        live_uid=live_uid,
        web_location=web_location,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    live_key: str,
    start_time: int,
    end_time: int,
    live_uid: int,
    web_location: str | Unset = UNSET,
) -> ErrorEnvelope | SliceStreamListResponse | None:
    """Get the slice streams of another anchor's live session (获取某位主播的切片视频流)

     The replay video streams of one live session of another anchor, for clipping. Works only
    when that anchor has granted the logged-in user replay-clipping permission (需要获得那位主播的授权).
    Source: seed 000, 获取某位主播的切片视频流.

    Args:
        live_key (str):
        start_time (int):
        end_time (int):
        live_uid (int):
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SliceStreamListResponse
    """

    return sync_detailed(
        client=client,
        live_key=live_key,
        start_time=start_time,
        end_time=end_time,
        live_uid=live_uid,
        web_location=web_location,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    live_key: str,
    start_time: int,
    end_time: int,
    live_uid: int,
    web_location: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SliceStreamListResponse]:
    """Get the slice streams of another anchor's live session (获取某位主播的切片视频流)

     The replay video streams of one live session of another anchor, for clipping. Works only
    when that anchor has granted the logged-in user replay-clipping permission (需要获得那位主播的授权).
    Source: seed 000, 获取某位主播的切片视频流.

    Args:
        live_key (str):
        start_time (int):
        end_time (int):
        live_uid (int):
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SliceStreamListResponse]
    """

    kwargs = _get_kwargs(
        live_key=live_key,
        start_time=start_time,
        end_time=end_time,
        live_uid=live_uid,
        web_location=web_location,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    live_key: str,
    start_time: int,
    end_time: int,
    live_uid: int,
    web_location: str | Unset = UNSET,
) -> ErrorEnvelope | SliceStreamListResponse | None:
    """Get the slice streams of another anchor's live session (获取某位主播的切片视频流)

     The replay video streams of one live session of another anchor, for clipping. Works only
    when that anchor has granted the logged-in user replay-clipping permission (需要获得那位主播的授权).
    Source: seed 000, 获取某位主播的切片视频流.

    Args:
        live_key (str):
        start_time (int):
        end_time (int):
        live_uid (int):
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SliceStreamListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            live_key=live_key,
            start_time=start_time,
            end_time=end_time,
            live_uid=live_uid,
            web_location=web_location,
        )
    ).parsed
