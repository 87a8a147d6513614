from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.del_black_body import DelBlackBody
from ...models.del_black_response import DelBlackResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: DelBlackBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-ucenter/v2/xbanned/banned/DelBlack",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DelBlackResponse | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DelBlackResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DelBlackResponse.from_dict(data)

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
) -> Response[DelBlackResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DelBlackBody,
) -> Response[DelBlackResponse | ErrorEnvelope]:
    """Release a viewer from a room's blacklist (解除拉黑, DelBlack)

     Removes user `tuid` from anchor `anchor_id`'s blacklist. Only bpi-rs was found calling it; no
    answer has been published, so `data` is an optional object, assumed. Not on the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs `live_del_banned_user`.

    Args:
        body (DelBlackBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelBlackResponse | ErrorEnvelope]
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
    body: DelBlackBody,
) -> DelBlackResponse | ErrorEnvelope | None:
    """Release a viewer from a room's blacklist (解除拉黑, DelBlack)

     Removes user `tuid` from anchor `anchor_id`'s blacklist. Only bpi-rs was found calling it; no
    answer has been published, so `data` is an optional object, assumed. Not on the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs `live_del_banned_user`.

    Args:
        body (DelBlackBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelBlackResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DelBlackBody,
) -> Response[DelBlackResponse | ErrorEnvelope]:
    """Release a viewer from a room's blacklist (解除拉黑, DelBlack)

     Removes user `tuid` from anchor `anchor_id`'s blacklist. Only bpi-rs was found calling it; no
    answer has been published, so `data` is an optional object, assumed. Not on the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs `live_del_banned_user`.

    Args:
        body (DelBlackBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DelBlackResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: DelBlackBody,
) -> DelBlackResponse | ErrorEnvelope | None:
    """Release a viewer from a room's blacklist (解除拉黑, DelBlack)

     Removes user `tuid` from anchor `anchor_id`'s blacklist. Only bpi-rs was found calling it; no
    answer has been published, so `data` is an optional object, assumed. Not on the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs `live_del_banned_user`.

    Args:
        body (DelBlackBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DelBlackResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
