from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.update_room_body import UpdateRoomBody
from ...models.update_room_response import UpdateRoomResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UpdateRoomBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/room/v1/Room/update",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UpdateRoomResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | UpdateRoomResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = UpdateRoomResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | UpdateRoomResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateRoomBody,
) -> Response[ErrorEnvelope | UpdateRoomResponse]:
    """Update the live room's title, area or tags (更新直播间信息)

     Changes the title, the area (sub-area id) or the tags of the logged-in user's room; send only
    the members to change. A new title goes through review, reported in `data.audit_info`.
    The answer carries `msg` beside `message` and no `ttl`. A title over 40 characters answers
    code 1 "标题不能超过20个字" (SocialSisterYi/bilibili-API-collect issue #1277).
    Source: seed 001, 更新直播间信息.

    Args:
        body (UpdateRoomBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UpdateRoomResponse]
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
    body: UpdateRoomBody,
) -> ErrorEnvelope | UpdateRoomResponse | None:
    """Update the live room's title, area or tags (更新直播间信息)

     Changes the title, the area (sub-area id) or the tags of the logged-in user's room; send only
    the members to change. A new title goes through review, reported in `data.audit_info`.
    The answer carries `msg` beside `message` and no `ttl`. A title over 40 characters answers
    code 1 "标题不能超过20个字" (SocialSisterYi/bilibili-API-collect issue #1277).
    Source: seed 001, 更新直播间信息.

    Args:
        body (UpdateRoomBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UpdateRoomResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdateRoomBody,
) -> Response[ErrorEnvelope | UpdateRoomResponse]:
    """Update the live room's title, area or tags (更新直播间信息)

     Changes the title, the area (sub-area id) or the tags of the logged-in user's room; send only
    the members to change. A new title goes through review, reported in `data.audit_info`.
    The answer carries `msg` beside `message` and no `ttl`. A title over 40 characters answers
    code 1 "标题不能超过20个字" (SocialSisterYi/bilibili-API-collect issue #1277).
    Source: seed 001, 更新直播间信息.

    Args:
        body (UpdateRoomBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UpdateRoomResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdateRoomBody,
) -> ErrorEnvelope | UpdateRoomResponse | None:
    """Update the live room's title, area or tags (更新直播间信息)

     Changes the title, the area (sub-area id) or the tags of the logged-in user's room; send only
    the members to change. A new title goes through review, reported in `data.audit_info`.
    The answer carries `msg` beside `message` and no `ttl`. A title over 40 characters answers
    code 1 "标题不能超过20个字" (SocialSisterYi/bilibili-API-collect issue #1277).
    Source: seed 001, 更新直播间信息.

    Args:
        body (UpdateRoomBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UpdateRoomResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
