from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.replay_record_section_list_response import ReplayRecordSectionListResponse
from ...types import UNSET, Response


def _get_kwargs(
    *,
    record_id: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["record_id"] = record_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/xlive/app-blink/v1/anchorVideo/GetAnchorVideoUidRecordsSubsect",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | ReplayRecordSectionListResponse | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | ReplayRecordSectionListResponse:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = ReplayRecordSectionListResponse.from_dict(data)

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
) -> Response[ErrorEnvelope | ReplayRecordSectionListResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    record_id: int,
) -> Response[ErrorEnvelope | ReplayRecordSectionListResponse]:
    """Get a replay's information (获取回放的信息)

     Title, cover, status and times of one replay; the web page uses it to build the merge
    progress page of the download workflow.
    Source: seed 000, 获取回放的信息.

    Args:
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReplayRecordSectionListResponse]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    record_id: int,
) -> ErrorEnvelope | ReplayRecordSectionListResponse | None:
    """Get a replay's information (获取回放的信息)

     Title, cover, status and times of one replay; the web page uses it to build the merge
    progress page of the download workflow.
    Source: seed 000, 获取回放的信息.

    Args:
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReplayRecordSectionListResponse
    """

    return sync_detailed(
        client=client,
        record_id=record_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    record_id: int,
) -> Response[ErrorEnvelope | ReplayRecordSectionListResponse]:
    """Get a replay's information (获取回放的信息)

     Title, cover, status and times of one replay; the web page uses it to build the merge
    progress page of the download workflow.
    Source: seed 000, 获取回放的信息.

    Args:
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | ReplayRecordSectionListResponse]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    record_id: int,
) -> ErrorEnvelope | ReplayRecordSectionListResponse | None:
    """Get a replay's information (获取回放的信息)

     Title, cover, status and times of one replay; the web page uses it to build the merge
    progress page of the download workflow.
    Source: seed 000, 获取回放的信息.

    Args:
        record_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | ReplayRecordSectionListResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            record_id=record_id,
        )
    ).parsed
