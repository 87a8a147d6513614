from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.anchor_video_download_body import AnchorVideoDownloadBody
from ...models.error_envelope import ErrorEnvelope
from ...models.replay_download_response import ReplayDownloadResponse
from ...types import Response


def _get_kwargs(
    *,
    body: AnchorVideoDownloadBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-blink/v1/anchorVideo/AnchorVideoDownload",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ReplayDownloadResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | ReplayDownloadResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ReplayDownloadResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ReplayDownloadResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AnchorVideoDownloadBody,
) -> Response[ErrorEnvelope | ReplayDownloadResponse]:
    """Request the download link of a whole live replay (请求整场直播回放下载链接)

     Asks for the download link of one of your whole replays. If the replay can be merged and has
    not been merged yet, this starts the merge (处于可生成回放状态且未生成整场直播回放时将进行生成).
    The download workflow (下载整场直播回放的流程): call this to start the merge; optionally
    `get_anchor_video_uid_records_subsect` for a progress page; poll `get_anchor_video_uid_record`
    until `status` is 30 (done) or -30 (failed); on 30 call this again for the links, on -30
    reload `anchor_get_replay_list` and show the failure.
    Source: seed 000, 请求整场直播回放下载链接.

    Args:
        body (AnchorVideoDownloadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReplayDownloadResponse]
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
    body: AnchorVideoDownloadBody,
) -> ErrorEnvelope | ReplayDownloadResponse | None:
    """Request the download link of a whole live replay (请求整场直播回放下载链接)

     Asks for the download link of one of your whole replays. If the replay can be merged and has
    not been merged yet, this starts the merge (处于可生成回放状态且未生成整场直播回放时将进行生成).
    The download workflow (下载整场直播回放的流程): call this to start the merge; optionally
    `get_anchor_video_uid_records_subsect` for a progress page; poll `get_anchor_video_uid_record`
    until `status` is 30 (done) or -30 (failed); on 30 call this again for the links, on -30
    reload `anchor_get_replay_list` and show the failure.
    Source: seed 000, 请求整场直播回放下载链接.

    Args:
        body (AnchorVideoDownloadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReplayDownloadResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AnchorVideoDownloadBody,
) -> Response[ErrorEnvelope | ReplayDownloadResponse]:
    """Request the download link of a whole live replay (请求整场直播回放下载链接)

     Asks for the download link of one of your whole replays. If the replay can be merged and has
    not been merged yet, this starts the merge (处于可生成回放状态且未生成整场直播回放时将进行生成).
    The download workflow (下载整场直播回放的流程): call this to start the merge; optionally
    `get_anchor_video_uid_records_subsect` for a progress page; poll `get_anchor_video_uid_record`
    until `status` is 30 (done) or -30 (failed); on 30 call this again for the links, on -30
    reload `anchor_get_replay_list` and show the failure.
    Source: seed 000, 请求整场直播回放下载链接.

    Args:
        body (AnchorVideoDownloadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReplayDownloadResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AnchorVideoDownloadBody,
) -> ErrorEnvelope | ReplayDownloadResponse | None:
    """Request the download link of a whole live replay (请求整场直播回放下载链接)

     Asks for the download link of one of your whole replays. If the replay can be merged and has
    not been merged yet, this starts the merge (处于可生成回放状态且未生成整场直播回放时将进行生成).
    The download workflow (下载整场直播回放的流程): call this to start the merge; optionally
    `get_anchor_video_uid_records_subsect` for a progress page; poll `get_anchor_video_uid_record`
    until `status` is 30 (done) or -30 (failed); on 30 call this again for the links, on -30
    reload `anchor_get_replay_list` and show the failure.
    Source: seed 000, 请求整场直播回放下载链接.

    Args:
        body (AnchorVideoDownloadBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReplayDownloadResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
