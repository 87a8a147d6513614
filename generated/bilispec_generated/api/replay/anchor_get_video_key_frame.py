from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anchor_get_video_key_frame_body import AnchorGetVideoKeyFrameBody
from ...models.error_envelope import ErrorEnvelope
from ...models.key_frame_list_response import KeyFrameListResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    body: AnchorGetVideoKeyFrameBody,
    csrf: str,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["csrf"] = csrf

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-blink/v1/anchorVideo/GetAnchorVideoKeyFrame",
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | KeyFrameListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | KeyFrameListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = KeyFrameListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | KeyFrameListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AnchorGetVideoKeyFrameBody,
    csrf: str,
) -> Response[ErrorEnvelope | KeyFrameListResponse]:
    """Get video frames of your own live session at given times (获取某个时间的视频帧, 主播使用)

     Anchor side: a still frame of one of the logged-in anchor's own live sessions at each
    requested time. Times less than 30 seconds apart are only partly served
    (时间间隔低于30秒将会导致只提供部分内容).
    Source: seed 000, 获取某个时间的视频帧.

    Args:
        csrf (str):
        body (AnchorGetVideoKeyFrameBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KeyFrameListResponse]
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
    body: AnchorGetVideoKeyFrameBody,
    csrf: str,
) -> ErrorEnvelope | KeyFrameListResponse | None:
    """Get video frames of your own live session at given times (获取某个时间的视频帧, 主播使用)

     Anchor side: a still frame of one of the logged-in anchor's own live sessions at each
    requested time. Times less than 30 seconds apart are only partly served
    (时间间隔低于30秒将会导致只提供部分内容).
    Source: seed 000, 获取某个时间的视频帧.

    Args:
        csrf (str):
        body (AnchorGetVideoKeyFrameBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KeyFrameListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        csrf=csrf,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnchorGetVideoKeyFrameBody,
    csrf: str,
) -> Response[ErrorEnvelope | KeyFrameListResponse]:
    """Get video frames of your own live session at given times (获取某个时间的视频帧, 主播使用)

     Anchor side: a still frame of one of the logged-in anchor's own live sessions at each
    requested time. Times less than 30 seconds apart are only partly served
    (时间间隔低于30秒将会导致只提供部分内容).
    Source: seed 000, 获取某个时间的视频帧.

    Args:
        csrf (str):
        body (AnchorGetVideoKeyFrameBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | KeyFrameListResponse]
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
    body: AnchorGetVideoKeyFrameBody,
    csrf: str,
) -> ErrorEnvelope | KeyFrameListResponse | None:
    """Get video frames of your own live session at given times (获取某个时间的视频帧, 主播使用)

     Anchor side: a still frame of one of the logged-in anchor's own live sessions at each
    requested time. Times less than 30 seconds apart are only partly served
    (时间间隔低于30秒将会导致只提供部分内容).
    Source: seed 000, 获取某个时间的视频帧.

    Args:
        csrf (str):
        body (AnchorGetVideoKeyFrameBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | KeyFrameListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            csrf=csrf,
        )
    ).parsed
