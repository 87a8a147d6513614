from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.nav_response import NavResponse
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/x/web-interface/nav",
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | NavResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | NavResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = NavResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | NavResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | NavResponse]:
    """Get the navigation bar's user info and the WBI keys (导航栏用户信息, nav)

     Who is logged in, and the day's WBI keys (`data.wbi_img`: the file names, without extension,
    of `img_url` and `sub_url` are `img_key` and `sub_key`; they are tokens in disguise, not images
    to fetch). It answers without a login too: code -101 with `data.isLogin` false and
    `data.wbi_img` (`x-error-data`). The keys rotate daily: fetch them, cache them, fetch again
    after a -352. Only the members a signer and a stream client read are described; the logged-in
    answer carries many more (coins, VIP, level), which stay open.
    Sources: SocialSisterYi/bilibili-API-collect docs/login/login_info.md and
    docs/misc/sign/wbi.md (jiudays fork); Yuelioi/bpi-rs tests/contracts/login/nav.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NavResponse]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | NavResponse | None:
    """Get the navigation bar's user info and the WBI keys (导航栏用户信息, nav)

     Who is logged in, and the day's WBI keys (`data.wbi_img`: the file names, without extension,
    of `img_url` and `sub_url` are `img_key` and `sub_key`; they are tokens in disguise, not images
    to fetch). It answers without a login too: code -101 with `data.isLogin` false and
    `data.wbi_img` (`x-error-data`). The keys rotate daily: fetch them, cache them, fetch again
    after a -352. Only the members a signer and a stream client read are described; the logged-in
    answer carries many more (coins, VIP, level), which stay open.
    Sources: SocialSisterYi/bilibili-API-collect docs/login/login_info.md and
    docs/misc/sign/wbi.md (jiudays fork); Yuelioi/bpi-rs tests/contracts/login/nav.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NavResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[ErrorEnvelope | NavResponse]:
    """Get the navigation bar's user info and the WBI keys (导航栏用户信息, nav)

     Who is logged in, and the day's WBI keys (`data.wbi_img`: the file names, without extension,
    of `img_url` and `sub_url` are `img_key` and `sub_key`; they are tokens in disguise, not images
    to fetch). It answers without a login too: code -101 with `data.isLogin` false and
    `data.wbi_img` (`x-error-data`). The keys rotate daily: fetch them, cache them, fetch again
    after a -352. Only the members a signer and a stream client read are described; the logged-in
    answer carries many more (coins, VIP, level), which stay open.
    Sources: SocialSisterYi/bilibili-API-collect docs/login/login_info.md and
    docs/misc/sign/wbi.md (jiudays fork); Yuelioi/bpi-rs tests/contracts/login/nav.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | NavResponse]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> ErrorEnvelope | NavResponse | None:
    """Get the navigation bar's user info and the WBI keys (导航栏用户信息, nav)

     Who is logged in, and the day's WBI keys (`data.wbi_img`: the file names, without extension,
    of `img_url` and `sub_url` are `img_key` and `sub_key`; they are tokens in disguise, not images
    to fetch). It answers without a login too: code -101 with `data.isLogin` false and
    `data.wbi_img` (`x-error-data`). The keys rotate daily: fetch them, cache them, fetch again
    after a -352. Only the members a signer and a stream client read are described; the logged-in
    answer carries many more (coins, VIP, level), which stay open.
    Sources: SocialSisterYi/bilibili-API-collect docs/login/login_info.md and
    docs/misc/sign/wbi.md (jiudays fork); Yuelioi/bpi-rs tests/contracts/login/nav.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | NavResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
