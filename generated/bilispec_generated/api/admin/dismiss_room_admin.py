from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dismiss_room_admin_body import DismissRoomAdminBody
from ...models.dismiss_room_admin_response import DismissRoomAdminResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: DismissRoomAdminBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-ucenter/v1/roomAdmin/dismiss",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DismissRoomAdminResponse | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DismissRoomAdminResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DismissRoomAdminResponse.from_dict(data)

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
) -> Response[DismissRoomAdminResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DismissRoomAdminBody,
) -> Response[DismissRoomAdminResponse | ErrorEnvelope]:
    """Dismiss a room admin (撤销房管, roomAdmin/dismiss)

     Removes user `uid` from the logged-in anchor's room admins. Only Rsplwe/bili-live-hime was
    found calling it; no answer has been published, so `data` is an optional object (assumed) and no
    error code beyond
    the site-wide ones is known. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `deleteRoomAdmin`.

    Args:
        body (DismissRoomAdminBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DismissRoomAdminResponse | ErrorEnvelope]
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
    body: DismissRoomAdminBody,
) -> DismissRoomAdminResponse | ErrorEnvelope | None:
    """Dismiss a room admin (撤销房管, roomAdmin/dismiss)

     Removes user `uid` from the logged-in anchor's room admins. Only Rsplwe/bili-live-hime was
    found calling it; no answer has been published, so `data` is an optional object (assumed) and no
    error code beyond
    the site-wide ones is known. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `deleteRoomAdmin`.

    Args:
        body (DismissRoomAdminBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DismissRoomAdminResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DismissRoomAdminBody,
) -> Response[DismissRoomAdminResponse | ErrorEnvelope]:
    """Dismiss a room admin (撤销房管, roomAdmin/dismiss)

     Removes user `uid` from the logged-in anchor's room admins. Only Rsplwe/bili-live-hime was
    found calling it; no answer has been published, so `data` is an optional object (assumed) and no
    error code beyond
    the site-wide ones is known. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `deleteRoomAdmin`.

    Args:
        body (DismissRoomAdminBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DismissRoomAdminResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DismissRoomAdminBody,
) -> DismissRoomAdminResponse | ErrorEnvelope | None:
    """Dismiss a room admin (撤销房管, roomAdmin/dismiss)

     Removes user `uid` from the logged-in anchor's room admins. Only Rsplwe/bili-live-hime was
    found calling it; no answer has been published, so `data` is an optional object (assumed) and no
    error code beyond
    the site-wide ones is known. Not on the seed pages.
    Sources: Rsplwe/bili-live-hime src/api/live.ts `deleteRoomAdmin`.

    Args:
        body (DismissRoomAdminBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DismissRoomAdminResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
