from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.danmu_info_response import DanmuInfoResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    id: int,
    type_: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["id"] = id

    params["type"] = type_

    params["web_location"] = web_location

    params["w_rid"] = w_rid

    params["wts"] = wts

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xlive/web-room/v1/index/getDanmuInfo",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DanmuInfoResponse | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> DanmuInfoResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = DanmuInfoResponse.from_dict(data)

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
) -> Response[DanmuInfoResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    id: int,
    type_: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
) -> Response[DanmuInfoResponse | ErrorEnvelope]:
    """Get the message stream's token and hosts (获取信息流认证秘钥, getDanmuInfo)

     The key (`token`) that the live message stream's auth packet carries, and the hosts to open
    `wss://<host>:<wss_port>/sub` on (spec/stream/asyncapi.yaml describes the stream). Since
    2025-05-26 the request must carry a WBI signature (`w_rid`, `wts`: see `get_nav` for the keys),
    and since 2025-06-27 a `buvid3` cookie (see `get_buvid`); without either the API answers -352
    with no `data` (its -352 has no voucher either). A login (SESSDATA) is optional: without one the
    stream masks user names and
    uids. The token is a secret of the connection: never log it. A host may appear twice in
    `host_list`; `wss_port` was 443 in 2022 and 2245 since 2025.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/message_stream.md (jiudays fork 4c2e839,
    2025-08; issue #1295); Yuelioi/bpi-rs tests/contracts/live/room-interaction-read/danmu-info.

    Args:
        id (int):
        type_ (int | Unset):
        web_location (str | Unset):
        w_rid (str | Unset):
        wts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DanmuInfoResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
        web_location=web_location,
        w_rid=w_rid,
        wts=wts,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    id: int,
    type_: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
) -> DanmuInfoResponse | ErrorEnvelope | None:
    """Get the message stream's token and hosts (获取信息流认证秘钥, getDanmuInfo)

     The key (`token`) that the live message stream's auth packet carries, and the hosts to open
    `wss://<host>:<wss_port>/sub` on (spec/stream/asyncapi.yaml describes the stream). Since
    2025-05-26 the request must carry a WBI signature (`w_rid`, `wts`: see `get_nav` for the keys),
    and since 2025-06-27 a `buvid3` cookie (see `get_buvid`); without either the API answers -352
    with no `data` (its -352 has no voucher either). A login (SESSDATA) is optional: without one the
    stream masks user names and
    uids. The token is a secret of the connection: never log it. A host may appear twice in
    `host_list`; `wss_port` was 443 in 2022 and 2245 since 2025.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/message_stream.md (jiudays fork 4c2e839,
    2025-08; issue #1295); Yuelioi/bpi-rs tests/contracts/live/room-interaction-read/danmu-info.

    Args:
        id (int):
        type_ (int | Unset):
        web_location (str | Unset):
        w_rid (str | Unset):
        wts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DanmuInfoResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        id=id,
        type_=type_,
        web_location=web_location,
        w_rid=w_rid,
        wts=wts,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    id: int,
    type_: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
) -> Response[DanmuInfoResponse | ErrorEnvelope]:
    """Get the message stream's token and hosts (获取信息流认证秘钥, getDanmuInfo)

     The key (`token`) that the live message stream's auth packet carries, and the hosts to open
    `wss://<host>:<wss_port>/sub` on (spec/stream/asyncapi.yaml describes the stream). Since
    2025-05-26 the request must carry a WBI signature (`w_rid`, `wts`: see `get_nav` for the keys),
    and since 2025-06-27 a `buvid3` cookie (see `get_buvid`); without either the API answers -352
    with no `data` (its -352 has no voucher either). A login (SESSDATA) is optional: without one the
    stream masks user names and
    uids. The token is a secret of the connection: never log it. A host may appear twice in
    `host_list`; `wss_port` was 443 in 2022 and 2245 since 2025.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/message_stream.md (jiudays fork 4c2e839,
    2025-08; issue #1295); Yuelioi/bpi-rs tests/contracts/live/room-interaction-read/danmu-info.

    Args:
        id (int):
        type_ (int | Unset):
        web_location (str | Unset):
        w_rid (str | Unset):
        wts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DanmuInfoResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        id=id,
        type_=type_,
        web_location=web_location,
        w_rid=w_rid,
        wts=wts,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    id: int,
    type_: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
) -> DanmuInfoResponse | ErrorEnvelope | None:
    """Get the message stream's token and hosts (获取信息流认证秘钥, getDanmuInfo)

     The key (`token`) that the live message stream's auth packet carries, and the hosts to open
    `wss://<host>:<wss_port>/sub` on (spec/stream/asyncapi.yaml describes the stream). Since
    2025-05-26 the request must carry a WBI signature (`w_rid`, `wts`: see `get_nav` for the keys),
    and since 2025-06-27 a `buvid3` cookie (see `get_buvid`); without either the API answers -352
    with no `data` (its -352 has no voucher either). A login (SESSDATA) is optional: without one the
    stream masks user names and
    uids. The token is a secret of the connection: never log it. A host may appear twice in
    `host_list`; `wss_port` was 443 in 2022 and 2245 since 2025.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/message_stream.md (jiudays fork 4c2e839,
    2025-08; issue #1295); Yuelioi/bpi-rs tests/contracts/live/room-interaction-read/danmu-info.

    Args:
        id (int):
        type_ (int | Unset):
        web_location (str | Unset):
        w_rid (str | Unset):
        wts (int | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DanmuInfoResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
            type_=type_,
            web_location=web_location,
            w_rid=w_rid,
            wts=wts,
        )
    ).parsed
