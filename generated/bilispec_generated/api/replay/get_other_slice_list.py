from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.replay_list_response import ReplayListResponse
from ...models.replay_time_range import ReplayTimeRange
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    live_uid: int,
    time_range: ReplayTimeRange | Unset = ReplayTimeRange.VALUE_3,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    web_location: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["live_uid"] = live_uid

    json_time_range: int | Unset = UNSET
    if not isinstance(time_range, Unset):
        json_time_range = time_range.value

    params["time_range"] = json_time_range

    params["page"] = page

    params["page_size"] = page_size

    params["web_location"] = web_location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xlive/web-room/v1/videoService/GetOtherSliceList",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ReplayListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | ReplayListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ReplayListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ReplayListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    live_uid: int,
    time_range: ReplayTimeRange | Unset = ReplayTimeRange.VALUE_3,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    web_location: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ReplayListResponse]:
    """List another anchor's live replays (获取某位主播的回放列表)

     One page of the live replays of an anchor who has granted you replay-clipping permission
    (需要获得那位主播的授权才能获取数据). `data` has the same shape as in
    `anchor_get_replay_list` (与获取直播回放列表接口的信息本体相同).
    Source: seed 000, 获取某位主播的回放列表.

    Args:
        live_uid (int):
        time_range (ReplayTimeRange | Unset):  Default: ReplayTimeRange.VALUE_3.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReplayListResponse]
    """

    kwargs = _get_kwargs(
        live_uid=live_uid,
        time_range=time_range,
        page=page,
        page_size=page_size,
        web_location=web_location,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    live_uid: int,
    time_range: ReplayTimeRange | Unset = ReplayTimeRange.VALUE_3,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    web_location: str | Unset = UNSET,
) -> ErrorEnvelope | ReplayListResponse | None:
    """List another anchor's live replays (获取某位主播的回放列表)

     One page of the live replays of an anchor who has granted you replay-clipping permission
    (需要获得那位主播的授权才能获取数据). `data` has the same shape as in
    `anchor_get_replay_list` (与获取直播回放列表接口的信息本体相同).
    Source: seed 000, 获取某位主播的回放列表.

    Args:
        live_uid (int):
        time_range (ReplayTimeRange | Unset):  Default: ReplayTimeRange.VALUE_3.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReplayListResponse
    """

    return sync_detailed(
        client=client,
        live_uid=live_uid,
        time_range=time_range,
        page=page,
        page_size=page_size,
        web_location=web_location,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    live_uid: int,
    time_range: ReplayTimeRange | Unset = ReplayTimeRange.VALUE_3,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    web_location: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ReplayListResponse]:
    """List another anchor's live replays (获取某位主播的回放列表)

     One page of the live replays of an anchor who has granted you replay-clipping permission
    (需要获得那位主播的授权才能获取数据). `data` has the same shape as in
    `anchor_get_replay_list` (与获取直播回放列表接口的信息本体相同).
    Source: seed 000, 获取某位主播的回放列表.

    Args:
        live_uid (int):
        time_range (ReplayTimeRange | Unset):  Default: ReplayTimeRange.VALUE_3.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReplayListResponse]
    """

    kwargs = _get_kwargs(
        live_uid=live_uid,
        time_range=time_range,
        page=page,
        page_size=page_size,
        web_location=web_location,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    live_uid: int,
    time_range: ReplayTimeRange | Unset = ReplayTimeRange.VALUE_3,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
    web_location: str | Unset = UNSET,
) -> ErrorEnvelope | ReplayListResponse | None:
    """List another anchor's live replays (获取某位主播的回放列表)

     One page of the live replays of an anchor who has granted you replay-clipping permission
    (需要获得那位主播的授权才能获取数据). `data` has the same shape as in
    `anchor_get_replay_list` (与获取直播回放列表接口的信息本体相同).
    Source: seed 000, 获取某位主播的回放列表.

    Args:
        live_uid (int):
        time_range (ReplayTimeRange | Unset):  Default: ReplayTimeRange.VALUE_3.
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReplayListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            live_uid=live_uid,
            time_range=time_range,
            page=page,
            page_size=page_size,
            web_location=web_location,
        )
    ).parsed
