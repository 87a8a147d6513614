from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_area_list_response import GetAreaListResponse
from ...models.get_area_list_show_pinyin import GetAreaListShowPinyin
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    show_pinyin: GetAreaListShowPinyin | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_show_pinyin: int | Unset = UNSET
    if not isinstance(show_pinyin, Unset):
        json_show_pinyin = show_pinyin.value

    params["show_pinyin"] = json_show_pinyin

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/room/v1/Area/getList",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetAreaListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetAreaListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetAreaListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | GetAreaListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    show_pinyin: GetAreaListShowPinyin | Unset = UNSET,
) -> Response[ErrorEnvelope | GetAreaListResponse]:
    """List every live area, parents and their sub-areas (获取全部直播间分区列表, getList)

     The two-level area tree: parent areas (numeric `id`) each with their sub-areas, whose `id` is
    a string of digits. A sub-area's id is what start_live takes as `area_v2` and update_room as
    `area_id` (e.g. 网游 -> 英雄联盟 "86"). No login needed. Some clients send `show_pinyin=1`.
    Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/live_area.md (fork jiudays 3aba289);
    Yuelioi/bpi-rs tests/contracts/live/public-core/area-list/ (a recorded answer) and
    src/live/live_area.rs; Rsplwe/bili-live-hime src/api/live.ts `getAreaList`; Nemo2011/bilibili-api
    bilibili_api/data/api/live.json `area_info`.

    Args:
        show_pinyin (GetAreaListShowPinyin | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetAreaListResponse]
    """

    kwargs = _get_kwargs(
        show_pinyin=show_pinyin,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    show_pinyin: GetAreaListShowPinyin | Unset = UNSET,
) -> ErrorEnvelope | GetAreaListResponse | None:
    """List every live area, parents and their sub-areas (获取全部直播间分区列表, getList)

     The two-level area tree: parent areas (numeric `id`) each with their sub-areas, whose `id` is
    a string of digits. A sub-area's id is what start_live takes as `area_v2` and update_room as
    `area_id` (e.g. 网游 -> 英雄联盟 "86"). No login needed. Some clients send `show_pinyin=1`.
    Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/live_area.md (fork jiudays 3aba289);
    Yuelioi/bpi-rs tests/contracts/live/public-core/area-list/ (a recorded answer) and
    src/live/live_area.rs; Rsplwe/bili-live-hime src/api/live.ts `getAreaList`; Nemo2011/bilibili-api
    bilibili_api/data/api/live.json `area_info`.

    Args:
        show_pinyin (GetAreaListShowPinyin | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetAreaListResponse
    """

    return sync_detailed(
        client=client,
        show_pinyin=show_pinyin,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    show_pinyin: GetAreaListShowPinyin | Unset = UNSET,
) -> Response[ErrorEnvelope | GetAreaListResponse]:
    """List every live area, parents and their sub-areas (获取全部直播间分区列表, getList)

     The two-level area tree: parent areas (numeric `id`) each with their sub-areas, whose `id` is
    a string of digits. A sub-area's id is what start_live takes as `area_v2` and update_room as
    `area_id` (e.g. 网游 -> 英雄联盟 "86"). No login needed. Some clients send `show_pinyin=1`.
    Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/live_area.md (fork jiudays 3aba289);
    Yuelioi/bpi-rs tests/contracts/live/public-core/area-list/ (a recorded answer) and
    src/live/live_area.rs; Rsplwe/bili-live-hime src/api/live.ts `getAreaList`; Nemo2011/bilibili-api
    bilibili_api/data/api/live.json `area_info`.

    Args:
        show_pinyin (GetAreaListShowPinyin | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetAreaListResponse]
    """

    kwargs = _get_kwargs(
        show_pinyin=show_pinyin,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    show_pinyin: GetAreaListShowPinyin | Unset = UNSET,
) -> ErrorEnvelope | GetAreaListResponse | None:
    """List every live area, parents and their sub-areas (获取全部直播间分区列表, getList)

     The two-level area tree: parent areas (numeric `id`) each with their sub-areas, whose `id` is
    a string of digits. A sub-area's id is what start_live takes as `area_v2` and update_room as
    `area_id` (e.g. 网游 -> 英雄联盟 "86"). No login needed. Some clients send `show_pinyin=1`.
    Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/live_area.md (fork jiudays 3aba289);
    Yuelioi/bpi-rs tests/contracts/live/public-core/area-list/ (a recorded answer) and
    src/live/live_area.rs; Rsplwe/bili-live-hime src/api/live.ts `getAreaList`; Nemo2011/bilibili-api
    bilibili_api/data/api/live.json `area_info`.

    Args:
        show_pinyin (GetAreaListShowPinyin | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetAreaListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            show_pinyin=show_pinyin,
        )
    ).parsed
