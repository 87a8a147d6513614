from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anchor_save_manual_highlight_body import AnchorSaveManualHighlightBody
from ...models.error_envelope import ErrorEnvelope
from ...models.manual_highlight_save_response import ManualHighlightSaveResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AnchorSaveManualHighlightBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-blink/v1/anchorVideo/UserManualSaveHighlight",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ManualHighlightSaveResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | ManualHighlightSaveResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ManualHighlightSaveResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ManualHighlightSaveResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AnchorSaveManualHighlightBody,
) -> Response[ErrorEnvelope | ManualHighlightSaveResponse]:
    """Save a highlight clip of your own live session (手动保存高亮片段, 主播使用)

     Anchor side: saves the stretch `start_ts`..`end_ts` of one of the logged-in anchor's own live
    sessions as a clip; it then shows in anchor_get_manual_highlight_list with manual_type 2.
    A clip shorter than one second may not be handled by the slice publishing page
    (the page words it as start minus end less than 1: 开始时间减结束时间的结果小于1).
    Source: seed 000, 手动保存高亮片段.

    Args:
        body (AnchorSaveManualHighlightBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ManualHighlightSaveResponse]
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
    body: AnchorSaveManualHighlightBody,
) -> ErrorEnvelope | ManualHighlightSaveResponse | None:
    """Save a highlight clip of your own live session (手动保存高亮片段, 主播使用)

     Anchor side: saves the stretch `start_ts`..`end_ts` of one of the logged-in anchor's own live
    sessions as a clip; it then shows in anchor_get_manual_highlight_list with manual_type 2.
    A clip shorter than one second may not be handled by the slice publishing page
    (the page words it as start minus end less than 1: 开始时间减结束时间的结果小于1).
    Source: seed 000, 手动保存高亮片段.

    Args:
        body (AnchorSaveManualHighlightBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ManualHighlightSaveResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnchorSaveManualHighlightBody,
) -> Response[ErrorEnvelope | ManualHighlightSaveResponse]:
    """Save a highlight clip of your own live session (手动保存高亮片段, 主播使用)

     Anchor side: saves the stretch `start_ts`..`end_ts` of one of the logged-in anchor's own live
    sessions as a clip; it then shows in anchor_get_manual_highlight_list with manual_type 2.
    A clip shorter than one second may not be handled by the slice publishing page
    (the page words it as start minus end less than 1: 开始时间减结束时间的结果小于1).
    Source: seed 000, 手动保存高亮片段.

    Args:
        body (AnchorSaveManualHighlightBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ManualHighlightSaveResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AnchorSaveManualHighlightBody,
) -> ErrorEnvelope | ManualHighlightSaveResponse | None:
    """Save a highlight clip of your own live session (手动保存高亮片段, 主播使用)

     Anchor side: saves the stretch `start_ts`..`end_ts` of one of the logged-in anchor's own live
    sessions as a clip; it then shows in anchor_get_manual_highlight_list with manual_type 2.
    A clip shorter than one second may not be handled by the slice publishing page
    (the page words it as start minus end less than 1: 开始时间减结束时间的结果小于1).
    Source: seed 000, 手动保存高亮片段.

    Args:
        body (AnchorSaveManualHighlightBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ManualHighlightSaveResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
