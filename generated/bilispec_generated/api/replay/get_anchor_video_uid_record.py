from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_anchor_video_uid_record_body import GetAnchorVideoUidRecordBody
from ...models.replay_record_list_response import ReplayRecordListResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetAnchorVideoUidRecordBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-blink/v1/anchorVideo/GetAnchorVideoUidRecord",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ReplayRecordListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | ReplayRecordListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ReplayRecordListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ReplayRecordListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAnchorVideoUidRecordBody,
) -> Response[ErrorEnvelope | ReplayRecordListResponse]:
    """Poll the merge status of replays (轮询回放状态)

     The merge status of several replays at once; the download workflow polls it after
    `anchor_video_download` until `status` turns 30 (done) or -30 (failed). Unknown ids are left
    out of the answer (无效的id会被忽略); the page's example also answers for replays of other users.
    Source: seed 000, 轮询回放状态.

    Args:
        body (GetAnchorVideoUidRecordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReplayRecordListResponse]
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
    body: GetAnchorVideoUidRecordBody,
) -> ErrorEnvelope | ReplayRecordListResponse | None:
    """Poll the merge status of replays (轮询回放状态)

     The merge status of several replays at once; the download workflow polls it after
    `anchor_video_download` until `status` turns 30 (done) or -30 (failed). Unknown ids are left
    out of the answer (无效的id会被忽略); the page's example also answers for replays of other users.
    Source: seed 000, 轮询回放状态.

    Args:
        body (GetAnchorVideoUidRecordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReplayRecordListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetAnchorVideoUidRecordBody,
) -> Response[ErrorEnvelope | ReplayRecordListResponse]:
    """Poll the merge status of replays (轮询回放状态)

     The merge status of several replays at once; the download workflow polls it after
    `anchor_video_download` until `status` turns 30 (done) or -30 (failed). Unknown ids are left
    out of the answer (无效的id会被忽略); the page's example also answers for replays of other users.
    Source: seed 000, 轮询回放状态.

    Args:
        body (GetAnchorVideoUidRecordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReplayRecordListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetAnchorVideoUidRecordBody,
) -> ErrorEnvelope | ReplayRecordListResponse | None:
    """Poll the merge status of replays (轮询回放状态)

     The merge status of several replays at once; the download workflow polls it after
    `anchor_video_download` until `status` turns 30 (done) or -30 (failed). Unknown ids are left
    out of the answer (无效的id会被忽略); the page's example also answers for replays of other users.
    Source: seed 000, 轮询回放状态.

    Args:
        body (GetAnchorVideoUidRecordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReplayRecordListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
