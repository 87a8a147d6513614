from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_silent_user_list_body import GetSilentUserListBody
from ...models.get_silent_user_list_response import GetSilentUserListResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetSilentUserListBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/web-ucenter/v1/banned/GetSilentUserList",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetSilentUserListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetSilentUserListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetSilentUserListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | GetSilentUserListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetSilentUserListBody,
) -> Response[ErrorEnvelope | GetSilentUserListResponse]:
    """List the muted users of a live room (查询直播间禁言列表)

     One page of the users muted in a room the logged-in user manages, with the record ids that
    del_room_block_user takes. A POST with a form body, csrf checked. Sources disagree on paging
    (see `ps` and `pn`); `total_page`, `pn` and `ps` are missing from the answer when there is
    one page, and `data.data` can be null (read it as an empty list). Code 100004 (not a room
    admin) comes with `data` `{data: [], total: 0, total_page: 0}`.
    Source: seed 004, 查询直播间禁言列表.

    Args:
        body (GetSilentUserListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetSilentUserListResponse]
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
    body: GetSilentUserListBody,
) -> ErrorEnvelope | GetSilentUserListResponse | None:
    """List the muted users of a live room (查询直播间禁言列表)

     One page of the users muted in a room the logged-in user manages, with the record ids that
    del_room_block_user takes. A POST with a form body, csrf checked. Sources disagree on paging
    (see `ps` and `pn`); `total_page`, `pn` and `ps` are missing from the answer when there is
    one page, and `data.data` can be null (read it as an empty list). Code 100004 (not a room
    admin) comes with `data` `{data: [], total: 0, total_page: 0}`.
    Source: seed 004, 查询直播间禁言列表.

    Args:
        body (GetSilentUserListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetSilentUserListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetSilentUserListBody,
) -> Response[ErrorEnvelope | GetSilentUserListResponse]:
    """List the muted users of a live room (查询直播间禁言列表)

     One page of the users muted in a room the logged-in user manages, with the record ids that
    del_room_block_user takes. A POST with a form body, csrf checked. Sources disagree on paging
    (see `ps` and `pn`); `total_page`, `pn` and `ps` are missing from the answer when there is
    one page, and `data.data` can be null (read it as an empty list). Code 100004 (not a room
    admin) comes with `data` `{data: [], total: 0, total_page: 0}`.
    Source: seed 004, 查询直播间禁言列表.

    Args:
        body (GetSilentUserListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetSilentUserListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetSilentUserListBody,
) -> ErrorEnvelope | GetSilentUserListResponse | None:
    """List the muted users of a live room (查询直播间禁言列表)

     One page of the users muted in a room the logged-in user manages, with the record ids that
    del_room_block_user takes. A POST with a form body, csrf checked. Sources disagree on paging
    (see `ps` and `pn`); `total_page`, `pn` and `ps` are missing from the answer when there is
    one page, and `data.data` can be null (read it as an empty list). Code 100004 (not a room
    admin) comes with `data` `{data: [], total: 0, total_page: 0}`.
    Source: seed 004, 查询直播间禁言列表.

    Args:
        body (GetSilentUserListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetSilentUserListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
