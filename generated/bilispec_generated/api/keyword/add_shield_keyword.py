from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_shield_keyword_body import AddShieldKeywordBody
from ...models.add_shield_keyword_response import AddShieldKeywordResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AddShieldKeywordBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-ucenter/v1/banned/AddShieldKeyword",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddShieldKeywordResponse | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AddShieldKeywordResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AddShieldKeywordResponse.from_dict(data)

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
) -> Response[AddShieldKeywordResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddShieldKeywordBody,
) -> Response[AddShieldKeywordResponse | ErrorEnvelope]:
    """Block a keyword in a live room's chat (添加屏蔽词, AddShieldKeyword)

     Adds `keyword` to the room's blocked keywords: chat messages containing it are filtered from then on
    (msg/send answers code 0 with message "k"). The anchor or a room admin may call it; others get
    100007. The list holds at most `max_limit` keywords (get_shield_keyword_list).
    No answer of this operation has been published: its `data` is an optional object, assumed (see
    NOTES.md).
    Bilibili's web pages call the same operation under /xlive/web-ucenter/v1/banned/ (Rsplwe/bili-live-
    hime);
    the description keeps the app-ucenter path that bpi-rs's recorded contract uses (NOTES.md). Not on
    the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs;
    Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (AddShieldKeywordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddShieldKeywordResponse | ErrorEnvelope]
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
    body: AddShieldKeywordBody,
) -> AddShieldKeywordResponse | ErrorEnvelope | None:
    """Block a keyword in a live room's chat (添加屏蔽词, AddShieldKeyword)

     Adds `keyword` to the room's blocked keywords: chat messages containing it are filtered from then on
    (msg/send answers code 0 with message "k"). The anchor or a room admin may call it; others get
    100007. The list holds at most `max_limit` keywords (get_shield_keyword_list).
    No answer of this operation has been published: its `data` is an optional object, assumed (see
    NOTES.md).
    Bilibili's web pages call the same operation under /xlive/web-ucenter/v1/banned/ (Rsplwe/bili-live-
    hime);
    the description keeps the app-ucenter path that bpi-rs's recorded contract uses (NOTES.md). Not on
    the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs;
    Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (AddShieldKeywordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddShieldKeywordResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddShieldKeywordBody,
) -> Response[AddShieldKeywordResponse | ErrorEnvelope]:
    """Block a keyword in a live room's chat (添加屏蔽词, AddShieldKeyword)

     Adds `keyword` to the room's blocked keywords: chat messages containing it are filtered from then on
    (msg/send answers code 0 with message "k"). The anchor or a room admin may call it; others get
    100007. The list holds at most `max_limit` keywords (get_shield_keyword_list).
    No answer of this operation has been published: its `data` is an optional object, assumed (see
    NOTES.md).
    Bilibili's web pages call the same operation under /xlive/web-ucenter/v1/banned/ (Rsplwe/bili-live-
    hime);
    the description keeps the app-ucenter path that bpi-rs's recorded contract uses (NOTES.md). Not on
    the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs;
    Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (AddShieldKeywordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddShieldKeywordResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddShieldKeywordBody,
) -> AddShieldKeywordResponse | ErrorEnvelope | None:
    """Block a keyword in a live room's chat (添加屏蔽词, AddShieldKeyword)

     Adds `keyword` to the room's blocked keywords: chat messages containing it are filtered from then on
    (msg/send answers code 0 with message "k"). The anchor or a room admin may call it; others get
    100007. The list holds at most `max_limit` keywords (get_shield_keyword_list).
    No answer of this operation has been published: its `data` is an optional object, assumed (see
    NOTES.md).
    Bilibili's web pages call the same operation under /xlive/web-ucenter/v1/banned/ (Rsplwe/bili-live-
    hime);
    the description keeps the app-ucenter path that bpi-rs's recorded contract uses (NOTES.md). Not on
    the seed pages.
    Sources: Yuelioi/bpi-rs src/live/silent_user_manage.rs;
    Rsplwe/bili-live-hime src/api/live.ts.

    Args:
        body (AddShieldKeywordBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddShieldKeywordResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
