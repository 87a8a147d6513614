from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anchor_delete_slice_draft_body import AnchorDeleteSliceDraftBody
from ...models.delete_slice_draft_response import DeleteSliceDraftResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AnchorDeleteSliceDraftBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-blink/v1/anchorVideo/DeleteSliceDraft",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DeleteSliceDraftResponse | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DeleteSliceDraftResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DeleteSliceDraftResponse.from_dict(data)

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
) -> Response[DeleteSliceDraftResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AnchorDeleteSliceDraftBody,
) -> Response[DeleteSliceDraftResponse | ErrorEnvelope]:
    """Delete one of your replay clip drafts (删除某个回放剪辑草稿)

     Deletes a replay clip draft of the logged-in anchor's own replays (主播删除自己的回放剪辑草稿时使用).
    Source: seed 000, 删除某个回放剪辑草稿.

    Args:
        body (AnchorDeleteSliceDraftBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSliceDraftResponse | ErrorEnvelope]
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
    body: AnchorDeleteSliceDraftBody,
) -> DeleteSliceDraftResponse | ErrorEnvelope | None:
    """Delete one of your replay clip drafts (删除某个回放剪辑草稿)

     Deletes a replay clip draft of the logged-in anchor's own replays (主播删除自己的回放剪辑草稿时使用).
    Source: seed 000, 删除某个回放剪辑草稿.

    Args:
        body (AnchorDeleteSliceDraftBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSliceDraftResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnchorDeleteSliceDraftBody,
) -> Response[DeleteSliceDraftResponse | ErrorEnvelope]:
    """Delete one of your replay clip drafts (删除某个回放剪辑草稿)

     Deletes a replay clip draft of the logged-in anchor's own replays (主播删除自己的回放剪辑草稿时使用).
    Source: seed 000, 删除某个回放剪辑草稿.

    Args:
        body (AnchorDeleteSliceDraftBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSliceDraftResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AnchorDeleteSliceDraftBody,
) -> DeleteSliceDraftResponse | ErrorEnvelope | None:
    """Delete one of your replay clip drafts (删除某个回放剪辑草稿)

     Deletes a replay clip draft of the logged-in anchor's own replays (主播删除自己的回放剪辑草稿时使用).
    Source: seed 000, 删除某个回放剪辑草稿.

    Args:
        body (AnchorDeleteSliceDraftBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSliceDraftResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
