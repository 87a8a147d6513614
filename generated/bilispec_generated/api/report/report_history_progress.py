from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.report_history_progress_body import ReportHistoryProgressBody
from ...models.success_envelope import SuccessEnvelope
from ...types import Response


def _get_kwargs(
    *,
    body: ReportHistoryProgressBody,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/x/v2/history/report",
    }

    _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ErrorEnvelope | SuccessEnvelope | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> ErrorEnvelope | SuccessEnvelope:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = SuccessEnvelope.from_dict(data)

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
) -> Response[ErrorEnvelope | SuccessEnvelope]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportHistoryProgressBody,
) -> Response[ErrorEnvelope | SuccessEnvelope]:
    """Report video watch progress (上报观看进度(双端))

     Records how far the user has watched a video (one part, `cid`, of archive `aid`) in the watch
    history. Works in two modes (双端):

    - **Cookie mode**: the `SESSDATA` and `bili_jct` cookies, with `csrf` in the form.
    - **APP mode**: no cookies; the form carries the app login token `access_key` instead
      (APP方式必要). This is the empty security requirement `{}` below; the token is a form member,
      not a security scheme.

    Success has no `data` member. Host api.bilibili.com. A user got -400 running the page's own
    cookie-mode example (SocialSisterYi/bilibili-API-collect issue #721).
    Source: seed 002, 上报观看进度(双端).

    Args:
        body (ReportHistoryProgressBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SuccessEnvelope]
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
    body: ReportHistoryProgressBody,
) -> ErrorEnvelope | SuccessEnvelope | None:
    """Report video watch progress (上报观看进度(双端))

     Records how far the user has watched a video (one part, `cid`, of archive `aid`) in the watch
    history. Works in two modes (双端):

    - **Cookie mode**: the `SESSDATA` and `bili_jct` cookies, with `csrf` in the form.
    - **APP mode**: no cookies; the form carries the app login token `access_key` instead
      (APP方式必要). This is the empty security requirement `{}` below; the token is a form member,
      not a security scheme.

    Success has no `data` member. Host api.bilibili.com. A user got -400 running the page's own
    cookie-mode example (SocialSisterYi/bilibili-API-collect issue #721).
    Source: seed 002, 上报观看进度(双端).

    Args:
        body (ReportHistoryProgressBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SuccessEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportHistoryProgressBody,
) -> Response[ErrorEnvelope | SuccessEnvelope]:
    """Report video watch progress (上报观看进度(双端))

     Records how far the user has watched a video (one part, `cid`, of archive `aid`) in the watch
    history. Works in two modes (双端):

    - **Cookie mode**: the `SESSDATA` and `bili_jct` cookies, with `csrf` in the form.
    - **APP mode**: no cookies; the form carries the app login token `access_key` instead
      (APP方式必要). This is the empty security requirement `{}` below; the token is a form member,
      not a security scheme.

    Success has no `data` member. Host api.bilibili.com. A user got -400 running the page's own
    cookie-mode example (SocialSisterYi/bilibili-API-collect issue #721).
    Source: seed 002, 上报观看进度(双端).

    Args:
        body (ReportHistoryProgressBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SuccessEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReportHistoryProgressBody,
) -> ErrorEnvelope | SuccessEnvelope | None:
    """Report video watch progress (上报观看进度(双端))

     Records how far the user has watched a video (one part, `cid`, of archive `aid`) in the watch
    history. Works in two modes (双端):

    - **Cookie mode**: the `SESSDATA` and `bili_jct` cookies, with `csrf` in the form.
    - **APP mode**: no cookies; the form carries the app login token `access_key` instead
      (APP方式必要). This is the empty security requirement `{}` below; the token is a form member,
      not a security scheme.

    Success has no `data` member. Host api.bilibili.com. A user got -400 running the page's own
    cookie-mode example (SocialSisterYi/bilibili-API-collect issue #721).
    Source: seed 002, 上报观看进度(双端).

    Args:
        body (ReportHistoryProgressBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SuccessEnvelope
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
