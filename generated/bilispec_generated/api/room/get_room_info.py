from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_room_info_response import GetRoomInfoResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    room_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["room_id"] = room_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/room/v1/Room/get_info",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetRoomInfoResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetRoomInfoResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetRoomInfoResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | GetRoomInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    room_id: int,
) -> Response[ErrorEnvelope | GetRoomInfoResponse]:
    """Get a live room's information (获取直播间信息, get_info)

     Title, area, live status, cover, tags, the room-wide mute in force and more for one room. The
    `room_id` may be the short number (可以为短号): the answer's `room_id` is the long one. No login
    needed. Code 1 when the room does not exist (不存在). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/info.md (fork jiudays 3aba289, 获取直播间信息);
    Yuelioi/bpi-rs tests/contracts/live/public-core/room-info/ (a recorded answer) and
    src/live/info.rs `RoomInfoData`.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetRoomInfoResponse]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    room_id: int,
) -> ErrorEnvelope | GetRoomInfoResponse | None:
    """Get a live room's information (获取直播间信息, get_info)

     Title, area, live status, cover, tags, the room-wide mute in force and more for one room. The
    `room_id` may be the short number (可以为短号): the answer's `room_id` is the long one. No login
    needed. Code 1 when the room does not exist (不存在). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/info.md (fork jiudays 3aba289, 获取直播间信息);
    Yuelioi/bpi-rs tests/contracts/live/public-core/room-info/ (a recorded answer) and
    src/live/info.rs `RoomInfoData`.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetRoomInfoResponse
    """

    return sync_detailed(
        client=client,
        room_id=room_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    room_id: int,
) -> Response[ErrorEnvelope | GetRoomInfoResponse]:
    """Get a live room's information (获取直播间信息, get_info)

     Title, area, live status, cover, tags, the room-wide mute in force and more for one room. The
    `room_id` may be the short number (可以为短号): the answer's `room_id` is the long one. No login
    needed. Code 1 when the room does not exist (不存在). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/info.md (fork jiudays 3aba289, 获取直播间信息);
    Yuelioi/bpi-rs tests/contracts/live/public-core/room-info/ (a recorded answer) and
    src/live/info.rs `RoomInfoData`.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetRoomInfoResponse]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    room_id: int,
) -> ErrorEnvelope | GetRoomInfoResponse | None:
    """Get a live room's information (获取直播间信息, get_info)

     Title, area, live status, cover, tags, the room-wide mute in force and more for one room. The
    `room_id` may be the short number (可以为短号): the answer's `room_id` is the long one. No login
    needed. Code 1 when the room does not exist (不存在). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/info.md (fork jiudays 3aba289, 获取直播间信息);
    Yuelioi/bpi-rs tests/contracts/live/public-core/room-info/ (a recorded answer) and
    src/live/info.rs `RoomInfoData`.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetRoomInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            room_id=room_id,
        )
    ).parsed
