from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.send_chat_message_body import SendChatMessageBody
from ...models.send_chat_message_response import SendChatMessageResponse
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: SendChatMessageBody,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["w_rid"] = w_rid

    params["wts"] = wts

    params["web_location"] = web_location

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/msg/send",
        "params": params,
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SendChatMessageResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SendChatMessageResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SendChatMessageResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | SendChatMessageResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: SendChatMessageBody,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SendChatMessageResponse]:
    """Send a chat message (danmaku) to a live room (发送直播弹幕, msg/send)

     Posts `msg` to the chat of room `roomid` (the long id) as the logged-in user.

    **Code 0 is not always success.** The server answers code 0 with `message` "k" when the room's
    blocked keywords (get_shield_keyword_list) filtered the message, and with `message` "f" when the
    platform's own filter did: in both cases nobody sees it. Only code 0 with an empty `message`
    (`""`) means the message was sent; `message` lists the values in `x-status-values`.

    Refusals: 10031 sending too fast (发送频率过快; wait and do not resend at once), 1003212 too long
    (超出限制长度; the limit depends on the account: 20 characters for most, more for higher user
    levels), -400 naming a missing member (roomid, msg, rnd, fontsize, color), -101, -111. Some
    clients sign the query with WBI (`w_rid`, `wts`, `web_location`); the server does not demand it.
    The form may also be sent as multipart/form-data (bpi-rs does). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/danmaku.md (fork jiudays 3aba289, 发送直播弹幕,
    with the example answer recorded in tests/recordings/send_chat_message/) and issue #271 (10031);
    andywang425/BLTH issue #536 and iyear/biligo PR #8 ("k", "f"); Nemo2011/bilibili-api
    bilibili_api/data/api/live.json `send_danmaku`; Yuelioi/bpi-rs src/live/danmaku.rs;
    Rsplwe/bili-live-hime src/api/live.ts `sendComment`.

    Args:
        w_rid (str | Unset):
        wts (int | Unset):
        web_location (str | Unset):
        body (SendChatMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SendChatMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        w_rid=w_rid,
        wts=wts,
        web_location=web_location,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: SendChatMessageBody,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
) -> ErrorEnvelope | SendChatMessageResponse | None:
    """Send a chat message (danmaku) to a live room (发送直播弹幕, msg/send)

     Posts `msg` to the chat of room `roomid` (the long id) as the logged-in user.

    **Code 0 is not always success.** The server answers code 0 with `message` "k" when the room's
    blocked keywords (get_shield_keyword_list) filtered the message, and with `message` "f" when the
    platform's own filter did: in both cases nobody sees it. Only code 0 with an empty `message`
    (`""`) means the message was sent; `message` lists the values in `x-status-values`.

    Refusals: 10031 sending too fast (发送频率过快; wait and do not resend at once), 1003212 too long
    (超出限制长度; the limit depends on the account: 20 characters for most, more for higher user
    levels), -400 naming a missing member (roomid, msg, rnd, fontsize, color), -101, -111. Some
    clients sign the query with WBI (`w_rid`, `wts`, `web_location`); the server does not demand it.
    The form may also be sent as multipart/form-data (bpi-rs does). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/danmaku.md (fork jiudays 3aba289, 发送直播弹幕,
    with the example answer recorded in tests/recordings/send_chat_message/) and issue #271 (10031);
    andywang425/BLTH issue #536 and iyear/biligo PR #8 ("k", "f"); Nemo2011/bilibili-api
    bilibili_api/data/api/live.json `send_danmaku`; Yuelioi/bpi-rs src/live/danmaku.rs;
    Rsplwe/bili-live-hime src/api/live.ts `sendComment`.

    Args:
        w_rid (str | Unset):
        wts (int | Unset):
        web_location (str | Unset):
        body (SendChatMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SendChatMessageResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        w_rid=w_rid,
        wts=wts,
        web_location=web_location,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: SendChatMessageBody,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
) -> Response[ErrorEnvelope | SendChatMessageResponse]:
    """Send a chat message (danmaku) to a live room (发送直播弹幕, msg/send)

     Posts `msg` to the chat of room `roomid` (the long id) as the logged-in user.

    **Code 0 is not always success.** The server answers code 0 with `message` "k" when the room's
    blocked keywords (get_shield_keyword_list) filtered the message, and with `message` "f" when the
    platform's own filter did: in both cases nobody sees it. Only code 0 with an empty `message`
    (`""`) means the message was sent; `message` lists the values in `x-status-values`.

    Refusals: 10031 sending too fast (发送频率过快; wait and do not resend at once), 1003212 too long
    (超出限制长度; the limit depends on the account: 20 characters for most, more for higher user
    levels), -400 naming a missing member (roomid, msg, rnd, fontsize, color), -101, -111. Some
    clients sign the query with WBI (`w_rid`, `wts`, `web_location`); the server does not demand it.
    The form may also be sent as multipart/form-data (bpi-rs does). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/danmaku.md (fork jiudays 3aba289, 发送直播弹幕,
    with the example answer recorded in tests/recordings/send_chat_message/) and issue #271 (10031);
    andywang425/BLTH issue #536 and iyear/biligo PR #8 ("k", "f"); Nemo2011/bilibili-api
    bilibili_api/data/api/live.json `send_danmaku`; Yuelioi/bpi-rs src/live/danmaku.rs;
    Rsplwe/bili-live-hime src/api/live.ts `sendComment`.

    Args:
        w_rid (str | Unset):
        wts (int | Unset):
        web_location (str | Unset):
        body (SendChatMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SendChatMessageResponse]
    """

    kwargs = _get_kwargs(
        body=body,
        w_rid=w_rid,
        wts=wts,
        web_location=web_location,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: SendChatMessageBody,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
    web_location: str | Unset = UNSET,
) -> ErrorEnvelope | SendChatMessageResponse | None:
    """Send a chat message (danmaku) to a live room (发送直播弹幕, msg/send)

     Posts `msg` to the chat of room `roomid` (the long id) as the logged-in user.

    **Code 0 is not always success.** The server answers code 0 with `message` "k" when the room's
    blocked keywords (get_shield_keyword_list) filtered the message, and with `message` "f" when the
    platform's own filter did: in both cases nobody sees it. Only code 0 with an empty `message`
    (`""`) means the message was sent; `message` lists the values in `x-status-values`.

    Refusals: 10031 sending too fast (发送频率过快; wait and do not resend at once), 1003212 too long
    (超出限制长度; the limit depends on the account: 20 characters for most, more for higher user
    levels), -400 naming a missing member (roomid, msg, rnd, fontsize, color), -101, -111. Some
    clients sign the query with WBI (`w_rid`, `wts`, `web_location`); the server does not demand it.
    The form may also be sent as multipart/form-data (bpi-rs does). Not on the seed pages.
    Sources: SocialSisterYi/bilibili-API-collect docs/live/danmaku.md (fork jiudays 3aba289, 发送直播弹幕,
    with the example answer recorded in tests/recordings/send_chat_message/) and issue #271 (10031);
    andywang425/BLTH issue #536 and iyear/biligo PR #8 ("k", "f"); Nemo2011/bilibili-api
    bilibili_api/data/api/live.json `send_danmaku`; Yuelioi/bpi-rs src/live/danmaku.rs;
    Rsplwe/bili-live-hime src/api/live.ts `sendComment`.

    Args:
        w_rid (str | Unset):
        wts (int | Unset):
        web_location (str | Unset):
        body (SendChatMessageBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SendChatMessageResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            w_rid=w_rid,
            wts=wts,
            web_location=web_location,
        )
    ).parsed
