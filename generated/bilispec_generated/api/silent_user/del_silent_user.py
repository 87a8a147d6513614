from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.del_silent_user_body import DelSilentUserBody
from ...models.error_envelope import ErrorEnvelope
from ...models.success_envelope import SuccessEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: DelSilentUserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/web-ucenter/v1/banned/DelSilentUser",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SuccessEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SuccessEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SuccessEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | SuccessEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DelSilentUserBody,
) -> Response[ErrorEnvelope | SuccessEnvelope]:
    """Unmute a user in a live room by uid (解除禁言, DelSilentUser)

     Lifts the mute of user `tuid` in a room the logged-in user manages. This is the endpoint
    Bilibili's own web pages and current clients use to unmute, instead of del_room_block_user: it
    takes the room and the user, not a mute record id. Not on the seed pages.
    Sources: Nemo2011/bilibili-api commit 406f31d0 (PR #859); Yuelioi/bpi-rs
    src/live/silent_user_manage.rs; Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (DelSilentUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SuccessEnvelope]
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
    body: DelSilentUserBody,
) -> ErrorEnvelope | SuccessEnvelope | None:
    """Unmute a user in a live room by uid (解除禁言, DelSilentUser)

     Lifts the mute of user `tuid` in a room the logged-in user manages. This is the endpoint
    Bilibili's own web pages and current clients use to unmute, instead of del_room_block_user: it
    takes the room and the user, not a mute record id. Not on the seed pages.
    Sources: Nemo2011/bilibili-api commit 406f31d0 (PR #859); Yuelioi/bpi-rs
    src/live/silent_user_manage.rs; Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (DelSilentUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SuccessEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DelSilentUserBody,
) -> Response[ErrorEnvelope | SuccessEnvelope]:
    """Unmute a user in a live room by uid (解除禁言, DelSilentUser)

     Lifts the mute of user `tuid` in a room the logged-in user manages. This is the endpoint
    Bilibili's own web pages and current clients use to unmute, instead of del_room_block_user: it
    takes the room and the user, not a mute record id. Not on the seed pages.
    Sources: Nemo2011/bilibili-api commit 406f31d0 (PR #859); Yuelioi/bpi-rs
    src/live/silent_user_manage.rs; Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (DelSilentUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SuccessEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DelSilentUserBody,
) -> ErrorEnvelope | SuccessEnvelope | None:
    """Unmute a user in a live room by uid (解除禁言, DelSilentUser)

     Lifts the mute of user `tuid` in a room the logged-in user manages. This is the endpoint
    Bilibili's own web pages and current clients use to unmute, instead of del_room_block_user: it
    takes the room and the user, not a mute record id. Not on the seed pages.
    Sources: Nemo2011/bilibili-api commit 406f31d0 (PR #859); Yuelioi/bpi-rs
    src/live/silent_user_manage.rs; Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (DelSilentUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SuccessEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
