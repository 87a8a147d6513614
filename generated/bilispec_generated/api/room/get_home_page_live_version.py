from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_home_page_live_version_response import GetHomePageLiveVersionResponse
from ...models.get_home_page_live_version_system_version import GetHomePageLiveVersionSystemVersion
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    system_version: GetHomePageLiveVersionSystemVersion,
    appkey: str | Unset = UNSET,
    ts: int | Unset = UNSET,
    sign: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_system_version = system_version.value
    params["system_version"] = json_system_version

    params["appkey"] = appkey

    params["ts"] = ts

    params["sign"] = sign

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xlive/app-blink/v1/liveVersionInfo/getHomePageLiveVersion",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetHomePageLiveVersionResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetHomePageLiveVersionResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetHomePageLiveVersionResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | GetHomePageLiveVersionResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    system_version: GetHomePageLiveVersionSystemVersion,
    appkey: str | Unset = UNSET,
    ts: int | Unset = UNSET,
    sign: str | Unset = UNSET,
) -> Response[ErrorEnvelope | GetHomePageLiveVersionResponse]:
    """Get the current streaming app version (获取直播姬版本, getHomePageLiveVersion)

     The current version and build of the PC streaming app (直播姬), which start_live takes as
    `version` and `build`. The streaming clients sign this request like start_live (`appkey`,
    `ts`, `sign`: md5 of the sorted, url-encoded query string followed by the app secret); take
    the key pair from your own configuration. No login is needed: the server answers without
    cookies. Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect a245b81 (PR #1351); Yuelioi/bpi-py live client
    `version()`; Rsplwe/bili-live-hime src/api/live.ts `getLiveVersion`.

    Args:
        system_version (GetHomePageLiveVersionSystemVersion):
        appkey (str | Unset):
        ts (int | Unset):
        sign (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetHomePageLiveVersionResponse]
    """

    kwargs = _get_kwargs(
        system_version=system_version,
        appkey=appkey,
        ts=ts,
        sign=sign,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    system_version: GetHomePageLiveVersionSystemVersion,
    appkey: str | Unset = UNSET,
    ts: int | Unset = UNSET,
    sign: str | Unset = UNSET,
) -> ErrorEnvelope | GetHomePageLiveVersionResponse | None:
    """Get the current streaming app version (获取直播姬版本, getHomePageLiveVersion)

     The current version and build of the PC streaming app (直播姬), which start_live takes as
    `version` and `build`. The streaming clients sign this request like start_live (`appkey`,
    `ts`, `sign`: md5 of the sorted, url-encoded query string followed by the app secret); take
    the key pair from your own configuration. No login is needed: the server answers without
    cookies. Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect a245b81 (PR #1351); Yuelioi/bpi-py live client
    `version()`; Rsplwe/bili-live-hime src/api/live.ts `getLiveVersion`.

    Args:
        system_version (GetHomePageLiveVersionSystemVersion):
        appkey (str | Unset):
        ts (int | Unset):
        sign (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetHomePageLiveVersionResponse
    """

    return sync_detailed(
        client=client,
        system_version=system_version,
        appkey=appkey,
        ts=ts,
        sign=sign,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    system_version: GetHomePageLiveVersionSystemVersion,
    appkey: str | Unset = UNSET,
    ts: int | Unset = UNSET,
    sign: str | Unset = UNSET,
) -> Response[ErrorEnvelope | GetHomePageLiveVersionResponse]:
    """Get the current streaming app version (获取直播姬版本, getHomePageLiveVersion)

     The current version and build of the PC streaming app (直播姬), which start_live takes as
    `version` and `build`. The streaming clients sign this request like start_live (`appkey`,
    `ts`, `sign`: md5 of the sorted, url-encoded query string followed by the app secret); take
    the key pair from your own configuration. No login is needed: the server answers without
    cookies. Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect a245b81 (PR #1351); Yuelioi/bpi-py live client
    `version()`; Rsplwe/bili-live-hime src/api/live.ts `getLiveVersion`.

    Args:
        system_version (GetHomePageLiveVersionSystemVersion):
        appkey (str | Unset):
        ts (int | Unset):
        sign (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetHomePageLiveVersionResponse]
    """

    kwargs = _get_kwargs(
        system_version=system_version,
        appkey=appkey,
        ts=ts,
        sign=sign,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    system_version: GetHomePageLiveVersionSystemVersion,
    appkey: str | Unset = UNSET,
    ts: int | Unset = UNSET,
    sign: str | Unset = UNSET,
) -> ErrorEnvelope | GetHomePageLiveVersionResponse | None:
    """Get the current streaming app version (获取直播姬版本, getHomePageLiveVersion)

     The current version and build of the PC streaming app (直播姬), which start_live takes as
    `version` and `build`. The streaming clients sign this request like start_live (`appkey`,
    `ts`, `sign`: md5 of the sorted, url-encoded query string followed by the app secret); take
    the key pair from your own configuration. No login is needed: the server answers without
    cookies. Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect a245b81 (PR #1351); Yuelioi/bpi-py live client
    `version()`; Rsplwe/bili-live-hime src/api/live.ts `getLiveVersion`.

    Args:
        system_version (GetHomePageLiveVersionSystemVersion):
        appkey (str | Unset):
        ts (int | Unset):
        sign (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetHomePageLiveVersionResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            system_version=system_version,
            appkey=appkey,
            ts=ts,
            sign=sign,
        )
    ).parsed
