from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.replay_list_response import ReplayListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    anchor_id: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["anchor_id"] = anchor_id

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xlive/app-blink/v1/anchorVideo/AnchorGetReplayList",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ReplayListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | ReplayListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ReplayListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ReplayListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    anchor_id: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[ErrorEnvelope | ReplayListResponse]:
    """List your own live replays (获取直播回放列表)

     One page of the logged-in anchor's own live replays; only the last 14 days are kept
    (只能获取自己14天的回放). The web page is https://link.bilibili.com/#/my-room/live-record.
    Source: seed 000, 获取直播回放列表.

    Args:
        anchor_id (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReplayListResponse]
    """

    kwargs = _get_kwargs(
        anchor_id=anchor_id,
        page=page,
        page_size=page_size,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    anchor_id: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> ErrorEnvelope | ReplayListResponse | None:
    """List your own live replays (获取直播回放列表)

     One page of the logged-in anchor's own live replays; only the last 14 days are kept
    (只能获取自己14天的回放). The web page is https://link.bilibili.com/#/my-room/live-record.
    Source: seed 000, 获取直播回放列表.

    Args:
        anchor_id (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReplayListResponse
    """

    return sync_detailed(
        client=client,
        anchor_id=anchor_id,
        page=page,
        page_size=page_size,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    anchor_id: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> Response[ErrorEnvelope | ReplayListResponse]:
    """List your own live replays (获取直播回放列表)

     One page of the logged-in anchor's own live replays; only the last 14 days are kept
    (只能获取自己14天的回放). The web page is https://link.bilibili.com/#/my-room/live-record.
    Source: seed 000, 获取直播回放列表.

    Args:
        anchor_id (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReplayListResponse]
    """

    kwargs = _get_kwargs(
        anchor_id=anchor_id,
        page=page,
        page_size=page_size,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    anchor_id: int | Unset = UNSET,
    page: int | Unset = 1,
    page_size: int | Unset = 30,
) -> ErrorEnvelope | ReplayListResponse | None:
    """List your own live replays (获取直播回放列表)

     One page of the logged-in anchor's own live replays; only the last 14 days are kept
    (只能获取自己14天的回放). The web page is https://link.bilibili.com/#/my-room/live-record.
    Source: seed 000, 获取直播回放列表.

    Args:
        anchor_id (int | Unset):
        page (int | Unset):  Default: 1.
        page_size (int | Unset):  Default: 30.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReplayListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            anchor_id=anchor_id,
            page=page,
            page_size=page_size,
        )
    ).parsed
