from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.delete_slice_draft_response import DeleteSliceDraftResponse
from ...models.error_envelope import ErrorEnvelope
from ...models.fan_delete_slice_draft_body import FanDeleteSliceDraftBody
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: FanDeleteSliceDraftBody,
    csrf: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["csrf"] = csrf

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/web-room/v1/videoService/DeleteSliceDraft",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

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
    body: FanDeleteSliceDraftBody,
    csrf: str,
) -> Response[DeleteSliceDraftResponse | ErrorEnvelope]:
    """Delete a clip draft you made for another anchor (删除为某个主播剪辑的草稿)

     Deletes a replay clip draft you created for another anchor (删除你为某位主播创建的回放剪辑草稿).
    The body is JSON, so `csrf` goes in the query string. `data` has the same shape as in
    `anchor_delete_slice_draft`.
    Source: seed 000, 删除为某个主播剪辑的草稿.

    Args:
        csrf (str):
        body (FanDeleteSliceDraftBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSliceDraftResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        csrf=csrf,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FanDeleteSliceDraftBody,
    csrf: str,
) -> DeleteSliceDraftResponse | ErrorEnvelope | None:
    """Delete a clip draft you made for another anchor (删除为某个主播剪辑的草稿)

     Deletes a replay clip draft you created for another anchor (删除你为某位主播创建的回放剪辑草稿).
    The body is JSON, so `csrf` goes in the query string. `data` has the same shape as in
    `anchor_delete_slice_draft`.
    Source: seed 000, 删除为某个主播剪辑的草稿.

    Args:
        csrf (str):
        body (FanDeleteSliceDraftBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DeleteSliceDraftResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        csrf=csrf,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FanDeleteSliceDraftBody,
    csrf: str,
) -> Response[DeleteSliceDraftResponse | ErrorEnvelope]:
    """Delete a clip draft you made for another anchor (删除为某个主播剪辑的草稿)

     Deletes a replay clip draft you created for another anchor (删除你为某位主播创建的回放剪辑草稿).
    The body is JSON, so `csrf` goes in the query string. `data` has the same shape as in
    `anchor_delete_slice_draft`.
    Source: seed 000, 删除为某个主播剪辑的草稿.

    Args:
        csrf (str):
        body (FanDeleteSliceDraftBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DeleteSliceDraftResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        csrf=csrf,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FanDeleteSliceDraftBody,
    csrf: str,
) -> DeleteSliceDraftResponse | ErrorEnvelope | None:
    """Delete a clip draft you made for another anchor (删除为某个主播剪辑的草稿)

     Deletes a replay clip draft you created for another anchor (删除你为某位主播创建的回放剪辑草稿).
    The body is JSON, so `csrf` goes in the query string. `data` has the same shape as in
    `anchor_delete_slice_draft`.
    Source: seed 000, 删除为某个主播剪辑的草稿.

    Args:
        csrf (str):
        body (FanDeleteSliceDraftBody):

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
            csrf=csrf,
        )
    ).parsed
