from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_room_admins_by_anchor_response import GetRoomAdminsByAnchorResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xlive/app-ucenter/v1/roomAdmin/get_by_anchor",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetRoomAdminsByAnchorResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetRoomAdminsByAnchorResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetRoomAdminsByAnchorResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | GetRoomAdminsByAnchorResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
) -> Response[ErrorEnvelope | GetRoomAdminsByAnchorResponse]:
    """List the admins of your own room (房管列表, roomAdmin/get_by_anchor)

     One page of the logged-in anchor's room admins. Every client found calls it on the
    app-ucenter path. No answer has been published: the members come from
    Rsplwe/bili-live-hime's TypeScript type alone, so every one is optional and nullable (`data`
    is null when there are no admins, by that type). Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `getRoomAdmins` and `RoomAdmins`.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetRoomAdminsByAnchorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
) -> ErrorEnvelope | GetRoomAdminsByAnchorResponse | None:
    """List the admins of your own room (房管列表, roomAdmin/get_by_anchor)

     One page of the logged-in anchor's room admins. Every client found calls it on the
    app-ucenter path. No answer has been published: the members come from
    Rsplwe/bili-live-hime's TypeScript type alone, so every one is optional and nullable (`data`
    is null when there are no admins, by that type). Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `getRoomAdmins` and `RoomAdmins`.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetRoomAdminsByAnchorResponse
    """

    return sync_detailed(
        client=client,
        page=page,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
) -> Response[ErrorEnvelope | GetRoomAdminsByAnchorResponse]:
    """List the admins of your own room (房管列表, roomAdmin/get_by_anchor)

     One page of the logged-in anchor's room admins. Every client found calls it on the
    app-ucenter path. No answer has been published: the members come from
    Rsplwe/bili-live-hime's TypeScript type alone, so every one is optional and nullable (`data`
    is null when there are no admins, by that type). Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `getRoomAdmins` and `RoomAdmins`.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetRoomAdminsByAnchorResponse]
    """

    kwargs = _get_kwargs(
        page=page,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    page: int | Unset = UNSET,
) -> ErrorEnvelope | GetRoomAdminsByAnchorResponse | None:
    """List the admins of your own room (房管列表, roomAdmin/get_by_anchor)

     One page of the logged-in anchor's room admins. Every client found calls it on the
    app-ucenter path. No answer has been published: the members come from
    Rsplwe/bili-live-hime's TypeScript type alone, so every one is optional and nullable (`data`
    is null when there are no admins, by that type). Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `getRoomAdmins` and `RoomAdmins`.

    Args:
        page (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetRoomAdminsByAnchorResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
        )
    ).parsed
