from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_room_news_response import GetRoomNewsResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    room_id: int,
    uid: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["room_id"] = room_id

    params["uid"] = uid

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xlive/app-blink/v1/index/getRoomNews",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetRoomNewsResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetRoomNewsResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetRoomNewsResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | GetRoomNewsResponse]:
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
    uid: int | Unset = UNSET,
) -> Response[ErrorEnvelope | GetRoomNewsResponse]:
    """Read a room's announcement (获取直播间公告, getRoomNews)

     The announcement (公告) that update_room_news sets, for room `room_id` of anchor `uid`. Public
    clients call it with both in the query; no answer has been published, so `data` is an open
    object whose only described member, `content` (the name update_room_news sends the text
    under), is optional and nullable. Not on the seed pages.
    Sources: public live-room clients found by code search (a Python room manager and a C# client
    calling `GetRoomNewsAsync`, both sending `room_id` and `uid`); the update: seed 001.

    Args:
        room_id (int):
        uid (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetRoomNewsResponse]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        uid=uid,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    room_id: int,
    uid: int | Unset = UNSET,
) -> ErrorEnvelope | GetRoomNewsResponse | None:
    """Read a room's announcement (获取直播间公告, getRoomNews)

     The announcement (公告) that update_room_news sets, for room `room_id` of anchor `uid`. Public
    clients call it with both in the query; no answer has been published, so `data` is an open
    object whose only described member, `content` (the name update_room_news sends the text
    under), is optional and nullable. Not on the seed pages.
    Sources: public live-room clients found by code search (a Python room manager and a C# client
    calling `GetRoomNewsAsync`, both sending `room_id` and `uid`); the update: seed 001.

    Args:
        room_id (int):
        uid (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetRoomNewsResponse
    """

    return sync_detailed(
        client=client,
        room_id=room_id,
        uid=uid,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    room_id: int,
    uid: int | Unset = UNSET,
) -> Response[ErrorEnvelope | GetRoomNewsResponse]:
    """Read a room's announcement (获取直播间公告, getRoomNews)

     The announcement (公告) that update_room_news sets, for room `room_id` of anchor `uid`. Public
    clients call it with both in the query; no answer has been published, so `data` is an open
    object whose only described member, `content` (the name update_room_news sends the text
    under), is optional and nullable. Not on the seed pages.
    Sources: public live-room clients found by code search (a Python room manager and a C# client
    calling `GetRoomNewsAsync`, both sending `room_id` and `uid`); the update: seed 001.

    Args:
        room_id (int):
        uid (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetRoomNewsResponse]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
        uid=uid,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    room_id: int,
    uid: int | Unset = UNSET,
) -> ErrorEnvelope | GetRoomNewsResponse | None:
    """Read a room's announcement (获取直播间公告, getRoomNews)

     The announcement (公告) that update_room_news sets, for room `room_id` of anchor `uid`. Public
    clients call it with both in the query; no answer has been published, so `data` is an open
    object whose only described member, `content` (the name update_room_news sends the text
    under), is optional and nullable. Not on the seed pages.
    Sources: public live-room clients found by code search (a Python room manager and a C# client
    calling `GetRoomNewsAsync`, both sending `room_id` and `uid`); the update: seed 001.

    Args:
        room_id (int):
        uid (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetRoomNewsResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            room_id=room_id,
            uid=uid,
        )
    ).parsed
