from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.vote_history_response import VoteHistoryResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    room_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["room_id"] = room_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xlive/app-room/v1/dm/interaction/voteHistory",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | VoteHistoryResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | VoteHistoryResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = VoteHistoryResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | VoteHistoryResponse]:
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
) -> Response[ErrorEnvelope | VoteHistoryResponse]:
    """Get the vote history of your room (查询投票历史)

     The last votes (up to ten) of the logged-in user's room, newest first.
    Source: seed 003, 查询投票历史.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoteHistoryResponse]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    room_id: int,
) -> ErrorEnvelope | VoteHistoryResponse | None:
    """Get the vote history of your room (查询投票历史)

     The last votes (up to ten) of the logged-in user's room, newest first.
    Source: seed 003, 查询投票历史.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoteHistoryResponse
    """

    return sync_detailed(
        client=client,
        room_id=room_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    room_id: int,
) -> Response[ErrorEnvelope | VoteHistoryResponse]:
    """Get the vote history of your room (查询投票历史)

     The last votes (up to ten) of the logged-in user's room, newest first.
    Source: seed 003, 查询投票历史.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | VoteHistoryResponse]
    """

    kwargs = _get_kwargs(
        room_id=room_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    room_id: int,
) -> ErrorEnvelope | VoteHistoryResponse | None:
    """Get the vote history of your room (查询投票历史)

     The last votes (up to ten) of the logged-in user's room, newest first.
    Source: seed 003, 查询投票历史.

    Args:
        room_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | VoteHistoryResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            room_id=room_id,
        )
    ).parsed
