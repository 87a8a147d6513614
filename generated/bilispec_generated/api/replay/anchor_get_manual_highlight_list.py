from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.manual_highlight_list_response import ManualHighlightListResponse
from ...models.manual_type import ManualType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    live_key: str,
    manual_type: ManualType,
    live_uid: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["live_key"] = live_key

    json_manual_type = manual_type.value
    params["manual_type"] = json_manual_type

    params["live_uid"] = live_uid

    params["web_location"] = web_location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xlive/app-blink/v1/anchorVideo/UserGetManualHighlightList",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ManualHighlightListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | ManualHighlightListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ManualHighlightListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ManualHighlightListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    live_key: str,
    manual_type: ManualType,
    live_uid: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ManualHighlightListResponse]:
    """Get the saved highlights of your own live session (获取用户高光列表, 主播使用)

     Anchor side: the hand-saved clips (or lookback recordings) of one of the logged-in anchor's
    own live sessions, with the session's highlight counts.
    Source: seed 000, 获取用户高光列表.

    Args:
        live_key (str):
        manual_type (ManualType):
        live_uid (int | Unset):
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ManualHighlightListResponse]
    """

    kwargs = _get_kwargs(
        live_key=live_key,
        manual_type=manual_type,
        live_uid=live_uid,
        web_location=web_location,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    live_key: str,
    manual_type: ManualType,
    live_uid: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
) -> ErrorEnvelope | ManualHighlightListResponse | None:
    """Get the saved highlights of your own live session (获取用户高光列表, 主播使用)

     Anchor side: the hand-saved clips (or lookback recordings) of one of the logged-in anchor's
    own live sessions, with the session's highlight counts.
    Source: seed 000, 获取用户高光列表.

    Args:
        live_key (str):
        manual_type (ManualType):
        live_uid (int | Unset):
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ManualHighlightListResponse
    """

    return sync_detailed(
        client=client,
        live_key=live_key,
        manual_type=manual_type,
        live_uid=live_uid,
        web_location=web_location,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    live_key: str,
    manual_type: ManualType,
    live_uid: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
) -> Response[ErrorEnvelope | ManualHighlightListResponse]:
    """Get the saved highlights of your own live session (获取用户高光列表, 主播使用)

     Anchor side: the hand-saved clips (or lookback recordings) of one of the logged-in anchor's
    own live sessions, with the session's highlight counts.
    Source: seed 000, 获取用户高光列表.

    Args:
        live_key (str):
        manual_type (ManualType):
        live_uid (int | Unset):
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ManualHighlightListResponse]
    """

    kwargs = _get_kwargs(
        live_key=live_key,
        manual_type=manual_type,
        live_uid=live_uid,
        web_location=web_location,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    live_key: str,
    manual_type: ManualType,
    live_uid: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
) -> ErrorEnvelope | ManualHighlightListResponse | None:
    """Get the saved highlights of your own live session (获取用户高光列表, 主播使用)

     Anchor side: the hand-saved clips (or lookback recordings) of one of the logged-in anchor's
    own live sessions, with the session's highlight counts.
    Source: seed 000, 获取用户高光列表.

    Args:
        live_key (str):
        manual_type (ManualType):
        live_uid (int | Unset):
        web_location (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ManualHighlightListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            live_key=live_key,
            manual_type=manual_type,
            live_uid=live_uid,
            web_location=web_location,
        )
    ).parsed
