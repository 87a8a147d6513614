from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_room_silent_response import GetRoomSilentResponse
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
        "url": "/xlive/web-room/v1/banned/GetRoomSilent",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetRoomSilentResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetRoomSilentResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetRoomSilentResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | GetRoomSilentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    room_id: int,
) -> Response[ErrorEnvelope | GetRoomSilentResponse]:
    """Read the room-wide chat mute in force (全员禁言状态, GetRoomSilent)

     The room-wide mute of room `room_id`: its `type` ("" when none), level and time left. No
    answer has been published: the members are Rsplwe/bili-live-hime's `RoomSilent` type, all
    optional and nullable. get_room_info's `room_silent_type`, `room_silent_level` and
    `room_silent_second` (recorded) carry the same state. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `getRoomSilent` and `RoomSilent`.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetRoomSilentResponse]
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
    client: AuthenticatedClient,
    room_id: int,
) -> ErrorEnvelope | GetRoomSilentResponse | None:
    """Read the room-wide chat mute in force (全员禁言状态, GetRoomSilent)

     The room-wide mute of room `room_id`: its `type` ("" when none), level and time left. No
    answer has been published: the members are Rsplwe/bili-live-hime's `RoomSilent` type, all
    optional and nullable. get_room_info's `room_silent_type`, `room_silent_level` and
    `room_silent_second` (recorded) carry the same state. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `getRoomSilent` and `RoomSilent`.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetRoomSilentResponse
    """

    return sync_detailed(
        client=client,
        room_id=room_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    room_id: int,
) -> Response[ErrorEnvelope | GetRoomSilentResponse]:
    """Read the room-wide chat mute in force (全员禁言状态, GetRoomSilent)

     The room-wide mute of room `room_id`: its `type` ("" when none), level and time left. No
    answer has been published: the members are Rsplwe/bili-live-hime's `RoomSilent` type, all
    optional and nullable. get_room_info's `room_silent_type`, `room_silent_level` and
    `room_silent_second` (recorded) carry the same state. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `getRoomSilent` and `RoomSilent`.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetRoomSilentResponse]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    room_id: int,
) -> ErrorEnvelope | GetRoomSilentResponse | None:
    """Read the room-wide chat mute in force (全员禁言状态, GetRoomSilent)

     The room-wide mute of room `room_id`: its `type` ("" when none), level and time left. No
    answer has been published: the members are Rsplwe/bili-live-hime's `RoomSilent` type, all
    optional and nullable. get_room_info's `room_silent_type`, `room_silent_level` and
    `room_silent_second` (recorded) carry the same state. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `getRoomSilent` and `RoomSilent`.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetRoomSilentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            room_id=room_id,
        )
    ).parsed
