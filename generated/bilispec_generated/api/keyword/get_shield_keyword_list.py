from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.get_shield_keyword_list_body import GetShieldKeywordListBody
from ...models.get_shield_keyword_list_response import GetShieldKeywordListResponse
from ...types import Response


def _get_kwargs(
    *,
    body: GetShieldKeywordListBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-ucenter/v1/banned/GetShieldKeywordList",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | GetShieldKeywordListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | GetShieldKeywordListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = GetShieldKeywordListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | GetShieldKeywordListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: GetShieldKeywordListBody,
) -> Response[ErrorEnvelope | GetShieldKeywordListResponse]:
    """List a live room's blocked keywords (屏蔽词列表, GetShieldKeywordList)

     The room's blocked keywords and how many it may hold. A POST that only reads (so it may be retried).
    Anonymous callers get -101; a logged-in user who is neither anchor nor admin gets 100007 (你没有权限)
    with `data` `{keyword_list: [], max_limit: 0}`, both recorded in bpi-rs's contract.
    Bilibili's web pages call the same operation under /xlive/web-ucenter/v1/banned/ (Rsplwe/bili-live-
    hime);
    the description keeps the app-ucenter path that bpi-rs's recorded contract uses (NOTES.md). Not on
    the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs and tests/contracts/live/moderation-private-
    read/shield-keywords/;
    Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (GetShieldKeywordListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetShieldKeywordListResponse]
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
    body: GetShieldKeywordListBody,
) -> ErrorEnvelope | GetShieldKeywordListResponse | None:
    """List a live room's blocked keywords (屏蔽词列表, GetShieldKeywordList)

     The room's blocked keywords and how many it may hold. A POST that only reads (so it may be retried).
    Anonymous callers get -101; a logged-in user who is neither anchor nor admin gets 100007 (你没有权限)
    with `data` `{keyword_list: [], max_limit: 0}`, both recorded in bpi-rs's contract.
    Bilibili's web pages call the same operation under /xlive/web-ucenter/v1/banned/ (Rsplwe/bili-live-
    hime);
    the description keeps the app-ucenter path that bpi-rs's recorded contract uses (NOTES.md). Not on
    the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs and tests/contracts/live/moderation-private-
    read/shield-keywords/;
    Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (GetShieldKeywordListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetShieldKeywordListResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: GetShieldKeywordListBody,
) -> Response[ErrorEnvelope | GetShieldKeywordListResponse]:
    """List a live room's blocked keywords (屏蔽词列表, GetShieldKeywordList)

     The room's blocked keywords and how many it may hold. A POST that only reads (so it may be retried).
    Anonymous callers get -101; a logged-in user who is neither anchor nor admin gets 100007 (你没有权限)
    with `data` `{keyword_list: [], max_limit: 0}`, both recorded in bpi-rs's contract.
    Bilibili's web pages call the same operation under /xlive/web-ucenter/v1/banned/ (Rsplwe/bili-live-
    hime);
    the description keeps the app-ucenter path that bpi-rs's recorded contract uses (NOTES.md). Not on
    the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs and tests/contracts/live/moderation-private-
    read/shield-keywords/;
    Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (GetShieldKeywordListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | GetShieldKeywordListResponse]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: GetShieldKeywordListBody,
) -> ErrorEnvelope | GetShieldKeywordListResponse | None:
    """List a live room's blocked keywords (屏蔽词列表, GetShieldKeywordList)

     The room's blocked keywords and how many it may hold. A POST that only reads (so it may be retried).
    Anonymous callers get -101; a logged-in user who is neither anchor nor admin gets 100007 (你没有权限)
    with `data` `{keyword_list: [], max_limit: 0}`, both recorded in bpi-rs's contract.
    Bilibili's web pages call the same operation under /xlive/web-ucenter/v1/banned/ (Rsplwe/bili-live-
    hime);
    the description keeps the app-ucenter path that bpi-rs's recorded contract uses (NOTES.md). Not on
    the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs and tests/contracts/live/moderation-private-
    read/shield-keywords/;
    Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (GetShieldKeywordListBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | GetShieldKeywordListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
