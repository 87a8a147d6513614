from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_black_body import AddBlackBody
from ...models.add_black_response import AddBlackResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AddBlackBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/app-ucenter/v2/xbanned/banned/AddBlack",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddBlackResponse | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AddBlackResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AddBlackResponse.from_dict(data)

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
) -> Response[AddBlackResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddBlackBody,
) -> Response[AddBlackResponse | ErrorEnvelope]:
    """Blacklist a viewer from a live room (直播间拉黑, AddBlack)

     Blacklists user `tuid` from anchor `anchor_id`'s room: unlike a mute, they cannot enter the
    room at all. A room admin may call it too; the user lands in the anchor's blacklist. The caller
    sends the buvid3, SESSDATA and bili_jct cookies and a Referer of the room page
    (https://live.bilibili.com/<room id>). The answer `{code: 0, data: {}}` was pasted in
    Nemo2011/bilibili-api issue #961 (recorded in tests/recordings/add_black/). Not on the seed pages.
    Sources: Nemo2011/bilibili-api issue #961; Yuelioi/bpi-rs src/live/silent_user_manage.rs
    `live_add_banned_user`.

    Args:
        body (AddBlackBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddBlackResponse | ErrorEnvelope]
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
    body: AddBlackBody,
) -> AddBlackResponse | ErrorEnvelope | None:
    """Blacklist a viewer from a live room (直播间拉黑, AddBlack)

     Blacklists user `tuid` from anchor `anchor_id`'s room: unlike a mute, they cannot enter the
    room at all. A room admin may call it too; the user lands in the anchor's blacklist. The caller
    sends the buvid3, SESSDATA and bili_jct cookies and a Referer of the room page
    (https://live.bilibili.com/<room id>). The answer `{code: 0, data: {}}` was pasted in
    Nemo2011/bilibili-api issue #961 (recorded in tests/recordings/add_black/). Not on the seed pages.
    Sources: Nemo2011/bilibili-api issue #961; Yuelioi/bpi-rs src/live/silent_user_manage.rs
    `live_add_banned_user`.

    Args:
        body (AddBlackBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddBlackResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddBlackBody,
) -> Response[AddBlackResponse | ErrorEnvelope]:
    """Blacklist a viewer from a live room (直播间拉黑, AddBlack)

     Blacklists user `tuid` from anchor `anchor_id`'s room: unlike a mute, they cannot enter the
    room at all. A room admin may call it too; the user lands in the anchor's blacklist. The caller
    sends the buvid3, SESSDATA and bili_jct cookies and a Referer of the room page
    (https://live.bilibili.com/<room id>). The answer `{code: 0, data: {}}` was pasted in
    Nemo2011/bilibili-api issue #961 (recorded in tests/recordings/add_black/). Not on the seed pages.
    Sources: Nemo2011/bilibili-api issue #961; Yuelioi/bpi-rs src/live/silent_user_manage.rs
    `live_add_banned_user`.

    Args:
        body (AddBlackBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddBlackResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddBlackBody,
) -> AddBlackResponse | ErrorEnvelope | None:
    """Blacklist a viewer from a live room (直播间拉黑, AddBlack)

     Blacklists user `tuid` from anchor `anchor_id`'s room: unlike a mute, they cannot enter the
    room at all. A room admin may call it too; the user lands in the anchor's blacklist. The caller
    sends the buvid3, SESSDATA and bili_jct cookies and a Referer of the room page
    (https://live.bilibili.com/<room id>). The answer `{code: 0, data: {}}` was pasted in
    Nemo2011/bilibili-api issue #961 (recorded in tests/recordings/add_black/). Not on the seed pages.
    Sources: Nemo2011/bilibili-api issue #961; Yuelioi/bpi-rs src/live/silent_user_manage.rs
    `live_add_banned_user`.

    Args:
        body (AddBlackBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddBlackResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
