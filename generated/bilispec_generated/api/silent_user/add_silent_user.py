from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.add_silent_user_body import AddSilentUserBody
from ...models.add_silent_user_response import AddSilentUserResponse
from ...models.error_envelope import ErrorEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: AddSilentUserBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/xlive/web-ucenter/v1/banned/AddSilentUser",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AddSilentUserResponse | ErrorEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> AddSilentUserResponse | ErrorEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = AddSilentUserResponse.from_dict(data)

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
) -> Response[AddSilentUserResponse | ErrorEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AddSilentUserBody,
) -> Response[AddSilentUserResponse | ErrorEnvelope]:
    """Mute a user in a live room (禁言观众)

     Mutes a viewer in a room the logged-in user manages (as anchor or room admin). Send `hour`
    and `type` (not on the seed page): without `hour` the server answers code 0 and mutes nobody,
    without `type` every mute is permanent. A caller who is neither the anchor nor a room admin
    gets 100004.
    Source: seed 004, 禁言观众.

    Args:
        body (AddSilentUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddSilentUserResponse | ErrorEnvelope]
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
    body: AddSilentUserBody,
) -> AddSilentUserResponse | ErrorEnvelope | None:
    """Mute a user in a live room (禁言观众)

     Mutes a viewer in a room the logged-in user manages (as anchor or room admin). Send `hour`
    and `type` (not on the seed page): without `hour` the server answers code 0 and mutes nobody,
    without `type` every mute is permanent. A caller who is neither the anchor nor a room admin
    gets 100004.
    Source: seed 004, 禁言观众.

    Args:
        body (AddSilentUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddSilentUserResponse | ErrorEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AddSilentUserBody,
) -> Response[AddSilentUserResponse | ErrorEnvelope]:
    """Mute a user in a live room (禁言观众)

     Mutes a viewer in a room the logged-in user manages (as anchor or room admin). Send `hour`
    and `type` (not on the seed page): without `hour` the server answers code 0 and mutes nobody,
    without `type` every mute is permanent. A caller who is neither the anchor nor a room admin
    gets 100004.
    Source: seed 004, 禁言观众.

    Args:
        body (AddSilentUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AddSilentUserResponse | ErrorEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: AddSilentUserBody,
) -> AddSilentUserResponse | ErrorEnvelope | None:
    """Mute a user in a live room (禁言观众)

     Mutes a viewer in a room the logged-in user manages (as anchor or room admin). Send `hour`
    and `type` (not on the seed page): without `hour` the server answers code 0 and mutes nobody,
    without `type` every mute is permanent. A caller who is neither the anchor nor a room admin
    gets 100004.
    Source: seed 004, 禁言观众.

    Args:
        body (AddSilentUserBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AddSilentUserResponse | ErrorEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
