from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.room_init_response import RoomInitResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/room/v1/Room/room_init",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | RoomInitResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | RoomInitResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = RoomInitResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | RoomInitResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Response[ErrorEnvelope | RoomInitResponse]:
    """Resolve a room number to the real room (房间页初始化信息, room_init)

     What the room page asks first: the real (long) room id behind a short one (`short_id`, what
    users type, e.g. 76 -> 14073662), the anchor's uid and the live status. A long id resolves to
    itself. No login needed. A room that does not exist is code 60004 (`data` an empty array in the
    clients' reports). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/info.md (fork jiudays/bilibili-API-collect
    3aba289, 获取房间页初始化信息), with the example answer recorded in
    tests/recordings/room_init/.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RoomInitResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> ErrorEnvelope | RoomInitResponse | None:
    """Resolve a room number to the real room (房间页初始化信息, room_init)

     What the room page asks first: the real (long) room id behind a short one (`short_id`, what
    users type, e.g. 76 -> 14073662), the anchor's uid and the live status. A long id resolves to
    itself. No login needed. A room that does not exist is code 60004 (`data` an empty array in the
    clients' reports). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/info.md (fork jiudays/bilibili-API-collect
    3aba289, 获取房间页初始化信息), with the example answer recorded in
    tests/recordings/room_init/.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RoomInitResponse
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> Response[ErrorEnvelope | RoomInitResponse]:
    """Resolve a room number to the real room (房间页初始化信息, room_init)

     What the room page asks first: the real (long) room id behind a short one (`short_id`, what
    users type, e.g. 76 -> 14073662), the anchor's uid and the live status. A long id resolves to
    itself. No login needed. A room that does not exist is code 60004 (`data` an empty array in the
    clients' reports). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/info.md (fork jiudays/bilibili-API-collect
    3aba289, 获取房间页初始化信息), with the example answer recorded in
    tests/recordings/room_init/.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | RoomInitResponse]
    """

    kwargs = _get_kwargs(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: int,
) -> ErrorEnvelope | RoomInitResponse | None:
    """Resolve a room number to the real room (房间页初始化信息, room_init)

     What the room page asks first: the real (long) room id behind a short one (`short_id`, what
    users type, e.g. 76 -> 14073662), the anchor's uid and the live status. A long id resolves to
    itself. No login needed. A room that does not exist is code 60004 (`data` an empty array in the
    clients' reports). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/info.md (fork jiudays/bilibili-API-collect
    3aba289, 获取房间页初始化信息), with the example answer recorded in
    tests/recordings/room_init/.

    Args:
        id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | RoomInitResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
