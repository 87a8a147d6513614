from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.update_pre_live_info_body import UpdatePreLiveInfoBody
from ...models.update_pre_live_info_response import UpdatePreLiveInfoResponse
from ...types import Response


def _get_kwargs(
    *,
    body: UpdatePreLiveInfoBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-blink/v1/preLive/UpdatePreLiveInfo",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | UpdatePreLiveInfoResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | UpdatePreLiveInfoResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = UpdatePreLiveInfoResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | UpdatePreLiveInfoResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdatePreLiveInfoBody,
) -> Response[ErrorEnvelope | UpdatePreLiveInfoResponse]:
    """Update the room's cover or title before going live (预更新直播间信息)

     Sets the cover and/or the title of the logged-in user's room from the pre-live settings. A new
    title goes through review, reported in `data.audit_info`.
    Source: seed 001, 预更新直播间信息.

    Args:
        body (UpdatePreLiveInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UpdatePreLiveInfoResponse]
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
    body: UpdatePreLiveInfoBody,
) -> ErrorEnvelope | UpdatePreLiveInfoResponse | None:
    """Update the room's cover or title before going live (预更新直播间信息)

     Sets the cover and/or the title of the logged-in user's room from the pre-live settings. A new
    title goes through review, reported in `data.audit_info`.
    Source: seed 001, 预更新直播间信息.

    Args:
        body (UpdatePreLiveInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UpdatePreLiveInfoResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: UpdatePreLiveInfoBody,
) -> Response[ErrorEnvelope | UpdatePreLiveInfoResponse]:
    """Update the room's cover or title before going live (预更新直播间信息)

     Sets the cover and/or the title of the logged-in user's room from the pre-live settings. A new
    title goes through review, reported in `data.audit_info`.
    Source: seed 001, 预更新直播间信息.

    Args:
        body (UpdatePreLiveInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | UpdatePreLiveInfoResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: UpdatePreLiveInfoBody,
) -> ErrorEnvelope | UpdatePreLiveInfoResponse | None:
    """Update the room's cover or title before going live (预更新直播间信息)

     Sets the cover and/or the title of the logged-in user's room from the pre-live settings. A new
    title goes through review, reported in `data.audit_info`.
    Source: seed 001, 预更新直播间信息.

    Args:
        body (UpdatePreLiveInfoBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | UpdatePreLiveInfoResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
