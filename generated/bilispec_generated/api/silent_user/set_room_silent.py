from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.set_room_silent_body import SetRoomSilentBody
from ...models.set_room_silent_response import SetRoomSilentResponse
from ...types import Response


def _get_kwargs(
    *,
    body: SetRoomSilentBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/web-room/v1/banned/RoomSilent",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SetRoomSilentResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SetRoomSilentResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SetRoomSilentResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | SetRoomSilentResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SetRoomSilentBody,
) -> Response[ErrorEnvelope | SetRoomSilentResponse]:
    """Turn the room-wide chat mute on or off (全员禁言, RoomSilent)

     Mutes the whole chat of room `room_id` except for viewers above a bar: `type` "wealth" (wealth
    level below `level` muted), "medal" (fan-medal level below `level`), "member" (everyone), or
    "off" to lift it. `minute` is how long it lasts (0 until lifted). get_room_silent and
    get_room_info's `room_silent_*` show the mute in force. Only Rsplwe/bili-live-hime was found
    calling it; no answer has been published, so `data` is an optional object, assumed. Not on the seed
    pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `setRoomSilent` and `RoomSilentType`.

    Args:
        body (SetRoomSilentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SetRoomSilentResponse]
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
    body: SetRoomSilentBody,
) -> ErrorEnvelope | SetRoomSilentResponse | None:
    """Turn the room-wide chat mute on or off (全员禁言, RoomSilent)

     Mutes the whole chat of room `room_id` except for viewers above a bar: `type` "wealth" (wealth
    level below `level` muted), "medal" (fan-medal level below `level`), "member" (everyone), or
    "off" to lift it. `minute` is how long it lasts (0 until lifted). get_room_silent and
    get_room_info's `room_silent_*` show the mute in force. Only Rsplwe/bili-live-hime was found
    calling it; no answer has been published, so `data` is an optional object, assumed. Not on the seed
    pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `setRoomSilent` and `RoomSilentType`.

    Args:
        body (SetRoomSilentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SetRoomSilentResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SetRoomSilentBody,
) -> Response[ErrorEnvelope | SetRoomSilentResponse]:
    """Turn the room-wide chat mute on or off (全员禁言, RoomSilent)

     Mutes the whole chat of room `room_id` except for viewers above a bar: `type` "wealth" (wealth
    level below `level` muted), "medal" (fan-medal level below `level`), "member" (everyone), or
    "off" to lift it. `minute` is how long it lasts (0 until lifted). get_room_silent and
    get_room_info's `room_silent_*` show the mute in force. Only Rsplwe/bili-live-hime was found
    calling it; no answer has been published, so `data` is an optional object, assumed. Not on the seed
    pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `setRoomSilent` and `RoomSilentType`.

    Args:
        body (SetRoomSilentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SetRoomSilentResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SetRoomSilentBody,
) -> ErrorEnvelope | SetRoomSilentResponse | None:
    """Turn the room-wide chat mute on or off (全员禁言, RoomSilent)

     Mutes the whole chat of room `room_id` except for viewers above a bar: `type` "wealth" (wealth
    level below `level` muted), "medal" (fan-medal level below `level`), "member" (everyone), or
    "off" to lift it. `minute` is how long it lasts (0 until lifted). get_room_silent and
    get_room_info's `room_silent_*` show the mute in force. Only Rsplwe/bili-live-hime was found
    calling it; no answer has been published, so `data` is an optional object, assumed. Not on the seed
    pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `setRoomSilent` and `RoomSilentType`.

    Args:
        body (SetRoomSilentBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SetRoomSilentResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
