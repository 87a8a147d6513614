from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anchor_publish_video_slice_body import AnchorPublishVideoSliceBody
from ...models.error_envelope import ErrorEnvelope
from ...models.publish_video_slice_response import PublishVideoSliceResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AnchorPublishVideoSliceBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-blink/v1/anchorVideo/AnchorPublishVideoSlice",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | PublishVideoSliceResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | PublishVideoSliceResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = PublishVideoSliceResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | PublishVideoSliceResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AnchorPublishVideoSliceBody,
) -> Response[ErrorEnvelope | PublishVideoSliceResponse]:
    """Publish a slice of your own live replay (投稿直播回放片段)

     Anchor side: submits the stretch `start_ts`..`end_ts` of one of the logged-in anchor's own
    live sessions as a video. The stretch may be at most two hours long (`x-span-limit`).
    Code 4001 does not always mean "too fast": a missing or wrong parameter also gives it.
    Source: seed 000, 投稿直播回放片段.

    Args:
        body (AnchorPublishVideoSliceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PublishVideoSliceResponse]
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
    body: AnchorPublishVideoSliceBody,
) -> ErrorEnvelope | PublishVideoSliceResponse | None:
    """Publish a slice of your own live replay (投稿直播回放片段)

     Anchor side: submits the stretch `start_ts`..`end_ts` of one of the logged-in anchor's own
    live sessions as a video. The stretch may be at most two hours long (`x-span-limit`).
    Code 4001 does not always mean "too fast": a missing or wrong parameter also gives it.
    Source: seed 000, 投稿直播回放片段.

    Args:
        body (AnchorPublishVideoSliceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PublishVideoSliceResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnchorPublishVideoSliceBody,
) -> Response[ErrorEnvelope | PublishVideoSliceResponse]:
    """Publish a slice of your own live replay (投稿直播回放片段)

     Anchor side: submits the stretch `start_ts`..`end_ts` of one of the logged-in anchor's own
    live sessions as a video. The stretch may be at most two hours long (`x-span-limit`).
    Code 4001 does not always mean "too fast": a missing or wrong parameter also gives it.
    Source: seed 000, 投稿直播回放片段.

    Args:
        body (AnchorPublishVideoSliceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | PublishVideoSliceResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AnchorPublishVideoSliceBody,
) -> ErrorEnvelope | PublishVideoSliceResponse | None:
    """Publish a slice of your own live replay (投稿直播回放片段)

     Anchor side: submits the stretch `start_ts`..`end_ts` of one of the logged-in anchor's own
    live sessions as a video. The stretch may be at most two hours long (`x-span-limit`).
    Code 4001 does not always mean "too fast": a missing or wrong parameter also gives it.
    Source: seed 000, 投稿直播回放片段.

    Args:
        body (AnchorPublishVideoSliceBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | PublishVideoSliceResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
