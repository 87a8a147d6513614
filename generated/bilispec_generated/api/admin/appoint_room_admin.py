from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.appoint_room_admin_body import AppointRoomAdminBody
from ...models.appoint_room_admin_response import AppointRoomAdminResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AppointRoomAdminBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/web-ucenter/v1/roomAdmin/appoint",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AppointRoomAdminResponse | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AppointRoomAdminResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AppointRoomAdminResponse.from_dict(data)

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
) -> Response[AppointRoomAdminResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AppointRoomAdminBody,
) -> Response[AppointRoomAdminResponse | ErrorEnvelope]:
    """Appoint a room admin (任命房管, roomAdmin/appoint)

     Makes user `admin` an admin (房管) of the logged-in anchor's room: an admin may mute viewers
    (add_silent_user) and manage blocked keywords. The room is the caller's own, so no room id is
    sent. Only Rsplwe/bili-live-hime was found calling it, on the web-ucenter path (the dismissal
    and the list are on app-ucenter); no answer has been published, so `data` is an optional object
    (assumed) and no error code beyond the site-wide ones is known. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `addRoomAdmin`.

    Args:
        body (AppointRoomAdminBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointRoomAdminResponse | ErrorEnvelope]
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
    body: AppointRoomAdminBody,
) -> AppointRoomAdminResponse | ErrorEnvelope | None:
    """Appoint a room admin (任命房管, roomAdmin/appoint)

     Makes user `admin` an admin (房管) of the logged-in anchor's room: an admin may mute viewers
    (add_silent_user) and manage blocked keywords. The room is the caller's own, so no room id is
    sent. Only Rsplwe/bili-live-hime was found calling it, on the web-ucenter path (the dismissal
    and the list are on app-ucenter); no answer has been published, so `data` is an optional object
    (assumed) and no error code beyond the site-wide ones is known. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `addRoomAdmin`.

    Args:
        body (AppointRoomAdminBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointRoomAdminResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AppointRoomAdminBody,
) -> Response[AppointRoomAdminResponse | ErrorEnvelope]:
    """Appoint a room admin (任命房管, roomAdmin/appoint)

     Makes user `admin` an admin (房管) of the logged-in anchor's room: an admin may mute viewers
    (add_silent_user) and manage blocked keywords. The room is the caller's own, so no room id is
    sent. Only Rsplwe/bili-live-hime was found calling it, on the web-ucenter path (the dismissal
    and the list are on app-ucenter); no answer has been published, so `data` is an optional object
    (assumed) and no error code beyond the site-wide ones is known. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `addRoomAdmin`.

    Args:
        body (AppointRoomAdminBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppointRoomAdminResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AppointRoomAdminBody,
) -> AppointRoomAdminResponse | ErrorEnvelope | None:
    """Appoint a room admin (任命房管, roomAdmin/appoint)

     Makes user `admin` an admin (房管) of the logged-in anchor's room: an admin may mute viewers
    (add_silent_user) and manage blocked keywords. The room is the caller's own, so no room id is
    sent. Only Rsplwe/bili-live-hime was found calling it, on the web-ucenter path (the dismissal
    and the list are on app-ucenter); no answer has been published, so `data` is an optional object
    (assumed) and no error code beyond the site-wide ones is known. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `addRoomAdmin`.

    Args:
        body (AppointRoomAdminBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppointRoomAdminResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
