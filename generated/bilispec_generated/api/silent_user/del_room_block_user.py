from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.del_room_block_user_body import DelRoomBlockUserBody
from ...models.del_room_block_user_response import DelRoomBlockUserResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: DelRoomBlockUserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/banned_service/v1/Silent/del_room_block_user",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DelRoomBlockUserResponse | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DelRoomBlockUserResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DelRoomBlockUserResponse.from_dict(data)

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
) -> Response[DelRoomBlockUserResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DelRoomBlockUserBody,
) -> Response[DelRoomBlockUserResponse | ErrorEnvelope]:
    """Unmute a user in a live room (解除禁言)

     Lifts a mute by its record id (from get_silent_user_list). The room parameter is `roomid`,
    without the underscore the other operations use (注意该接口名称没有"_"). The answer carries
    `msg` beside `message`, both "" on success, and no `ttl`. Bilibili's own web pages now use a
    newer endpoint for this (del_silent_user); this is the documented one. Since 2023 it has been
    seen answering 65530 (invalid request, `data` "bad token") to requests the web page's own
    unmute used to send (Nemo2011/bilibili-api issue #571).
    Source: seed 004, 解除禁言.

    Args:
        body (DelRoomBlockUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelRoomBlockUserResponse | ErrorEnvelope]
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
    body: DelRoomBlockUserBody,
) -> DelRoomBlockUserResponse | ErrorEnvelope | None:
    """Unmute a user in a live room (解除禁言)

     Lifts a mute by its record id (from get_silent_user_list). The room parameter is `roomid`,
    without the underscore the other operations use (注意该接口名称没有"_"). The answer carries
    `msg` beside `message`, both "" on success, and no `ttl`. Bilibili's own web pages now use a
    newer endpoint for this (del_silent_user); this is the documented one. Since 2023 it has been
    seen answering 65530 (invalid request, `data` "bad token") to requests the web page's own
    unmute used to send (Nemo2011/bilibili-api issue #571).
    Source: seed 004, 解除禁言.

    Args:
        body (DelRoomBlockUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelRoomBlockUserResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DelRoomBlockUserBody,
) -> Response[DelRoomBlockUserResponse | ErrorEnvelope]:
    """Unmute a user in a live room (解除禁言)

     Lifts a mute by its record id (from get_silent_user_list). The room parameter is `roomid`,
    without the underscore the other operations use (注意该接口名称没有"_"). The answer carries
    `msg` beside `message`, both "" on success, and no `ttl`. Bilibili's own web pages now use a
    newer endpoint for this (del_silent_user); this is the documented one. Since 2023 it has been
    seen answering 65530 (invalid request, `data` "bad token") to requests the web page's own
    unmute used to send (Nemo2011/bilibili-api issue #571).
    Source: seed 004, 解除禁言.

    Args:
        body (DelRoomBlockUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelRoomBlockUserResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DelRoomBlockUserBody,
) -> DelRoomBlockUserResponse | ErrorEnvelope | None:
    """Unmute a user in a live room (解除禁言)

     Lifts a mute by its record id (from get_silent_user_list). The room parameter is `roomid`,
    without the underscore the other operations use (注意该接口名称没有"_"). The answer carries
    `msg` beside `message`, both "" on success, and no `ttl`. Bilibili's own web pages now use a
    newer endpoint for this (del_silent_user); this is the documented one. Since 2023 it has been
    seen answering 65530 (invalid request, `data` "bad token") to requests the web page's own
    unmute used to send (Nemo2011/bilibili-api issue #571).
    Source: seed 004, 解除禁言.

    Args:
        body (DelRoomBlockUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelRoomBlockUserResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
