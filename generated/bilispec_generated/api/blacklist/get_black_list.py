from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_black_list_response import GetBlackListResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    anchor_id: int,
    pn: int | Unset = UNSET,
    ps: int | Unset = UNSET,
    mobi_app: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    spmid: str | Unset = UNSET,
    visit_id: str | Unset = UNSET,
    csrf: str,
    csrf_token: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["anchor_id"] = anchor_id

    params["pn"] = pn

    params["ps"] = ps

    params["mobi_app"] = mobi_app

    params["platform"] = platform

    params["spmid"] = spmid

    params["visit_id"] = visit_id

    params["csrf"] = csrf

    params["csrf_token"] = csrf_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xlive/app-ucenter/v2/xbanned/banned/GetBlackList",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetBlackListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetBlackListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetBlackListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | GetBlackListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    anchor_id: int,
    pn: int | Unset = UNSET,
    ps: int | Unset = UNSET,
    mobi_app: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    spmid: str | Unset = UNSET,
    visit_id: str | Unset = UNSET,
    csrf: str,
    csrf_token: str | Unset = UNSET,
) -> Response[ErrorEnvelope | GetBlackListResponse]:
    """List a room's blacklist (直播间黑名单, GetBlackList)

     One page of anchor `anchor_id`'s blacklist. A GET that carries `csrf` in the query. An empty
    list is `data.data: null` with `total` 0; `total_page` was never seen (bpi-rs defaults it).
    Both answers are recorded in bpi-rs's contract (tests/recordings/get_black_list/). Not on the
    seed pages.
    Sources: Yuelioi/bpi-rs tests/contracts/live/moderation-private-read/banned-users/ and
    src/live/silent_user_manage.rs `BannedUserListData`.

    Args:
        anchor_id (int):
        pn (int | Unset):
        ps (int | Unset):
        mobi_app (str | Unset):
        platform (str | Unset):
        spmid (str | Unset):
        visit_id (str | Unset):
        csrf (str):
        csrf_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetBlackListResponse]
    """

    kwargs = _get_kwargs(
        anchor_id=anchor_id,
        pn=pn,
        ps=ps,
        mobi_app=mobi_app,
        platform=platform,
        spmid=spmid,
        visit_id=visit_id,
        csrf=csrf,
        csrf_token=csrf_token,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    anchor_id: int,
    pn: int | Unset = UNSET,
    ps: int | Unset = UNSET,
    mobi_app: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    spmid: str | Unset = UNSET,
    visit_id: str | Unset = UNSET,
    csrf: str,
    csrf_token: str | Unset = UNSET,
) -> ErrorEnvelope | GetBlackListResponse | None:
    """List a room's blacklist (直播间黑名单, GetBlackList)

     One page of anchor `anchor_id`'s blacklist. A GET that carries `csrf` in the query. An empty
    list is `data.data: null` with `total` 0; `total_page` was never seen (bpi-rs defaults it).
    Both answers are recorded in bpi-rs's contract (tests/recordings/get_black_list/). Not on the
    seed pages.
    Sources: Yuelioi/bpi-rs tests/contracts/live/moderation-private-read/banned-users/ and
    src/live/silent_user_manage.rs `BannedUserListData`.

    Args:
        anchor_id (int):
        pn (int | Unset):
        ps (int | Unset):
        mobi_app (str | Unset):
        platform (str | Unset):
        spmid (str | Unset):
        visit_id (str | Unset):
        csrf (str):
        csrf_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetBlackListResponse
    """

    return sync_detailed(
        client=client,
        anchor_id=anchor_id,
        pn=pn,
        ps=ps,
        mobi_app=mobi_app,
        platform=platform,
        spmid=spmid,
        visit_id=visit_id,
        csrf=csrf,
        csrf_token=csrf_token,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    anchor_id: int,
    pn: int | Unset = UNSET,
    ps: int | Unset = UNSET,
    mobi_app: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    spmid: str | Unset = UNSET,
    visit_id: str | Unset = UNSET,
    csrf: str,
    csrf_token: str | Unset = UNSET,
) -> Response[ErrorEnvelope | GetBlackListResponse]:
    """List a room's blacklist (直播间黑名单, GetBlackList)

     One page of anchor `anchor_id`'s blacklist. A GET that carries `csrf` in the query. An empty
    list is `data.data: null` with `total` 0; `total_page` was never seen (bpi-rs defaults it).
    Both answers are recorded in bpi-rs's contract (tests/recordings/get_black_list/). Not on the
    seed pages.
    Sources: Yuelioi/bpi-rs tests/contracts/live/moderation-private-read/banned-users/ and
    src/live/silent_user_manage.rs `BannedUserListData`.

    Args:
        anchor_id (int):
        pn (int | Unset):
        ps (int | Unset):
        mobi_app (str | Unset):
        platform (str | Unset):
        spmid (str | Unset):
        visit_id (str | Unset):
        csrf (str):
        csrf_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetBlackListResponse]
    """

    kwargs = _get_kwargs(
        anchor_id=anchor_id,
        pn=pn,
        ps=ps,
        mobi_app=mobi_app,
        platform=platform,
        spmid=spmid,
        visit_id=visit_id,
        csrf=csrf,
        csrf_token=csrf_token,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    anchor_id: int,
    pn: int | Unset = UNSET,
    ps: int | Unset = UNSET,
    mobi_app: str | Unset = UNSET,
    platform: str | Unset = UNSET,
    spmid: str | Unset = UNSET,
    visit_id: str | Unset = UNSET,
    csrf: str,
    csrf_token: str | Unset = UNSET,
) -> ErrorEnvelope | GetBlackListResponse | None:
    """List a room's blacklist (直播间黑名单, GetBlackList)

     One page of anchor `anchor_id`'s blacklist. A GET that carries `csrf` in the query. An empty
    list is `data.data: null` with `total` 0; `total_page` was never seen (bpi-rs defaults it).
    Both answers are recorded in bpi-rs's contract (tests/recordings/get_black_list/). Not on the
    seed pages.
    Sources: Yuelioi/bpi-rs tests/contracts/live/moderation-private-read/banned-users/ and
    src/live/silent_user_manage.rs `BannedUserListData`.

    Args:
        anchor_id (int):
        pn (int | Unset):
        ps (int | Unset):
        mobi_app (str | Unset):
        platform (str | Unset):
        spmid (str | Unset):
        visit_id (str | Unset):
        csrf (str):
        csrf_token (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetBlackListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            anchor_id=anchor_id,
            pn=pn,
            ps=ps,
            mobi_app=mobi_app,
            platform=platform,
            spmid=spmid,
            visit_id=visit_id,
            csrf=csrf,
            csrf_token=csrf_token,
        )
    ).parsed
