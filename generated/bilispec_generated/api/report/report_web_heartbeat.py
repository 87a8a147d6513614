from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.error_envelope import ErrorEnvelope
from ...models.report_web_heartbeat_body import ReportWebHeartbeatBody
from ...models.success_envelope import SuccessEnvelope
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ReportWebHeartbeatBody,
    web_location: str | Unset = UNSET,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
    w_start_ts: int | Unset = UNSET,
    w_mid: int | Unset = UNSET,
    w_aid: int | Unset = UNSET,
    w_dt: int | Unset = UNSET,
    w_realtime: int | Unset = UNSET,
    w_played_time: int | Unset = UNSET,
    w_playedtime: int | Unset = UNSET,
    w_real_played_time: int | Unset = UNSET,
    w_video_duration: int | Unset = UNSET,
    w_last_play_progress_time: int | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    params: dict[str, Any] = {}

    params["web_location"] = web_location

    params["w_rid"] = w_rid

    params["wts"] = wts

    params["w_start_ts"] = w_start_ts

    params["w_mid"] = w_mid

    params["w_aid"] = w_aid

    params["w_dt"] = w_dt

    params["w_realtime"] = w_realtime

    params["w_played_time"] = w_played_time

    params["w_playedtime"] = w_playedtime

    params["w_real_played_time"] = w_real_played_time

    params["w_video_duration"] = w_video_duration

    params["w_last_play_progress_time"] = w_last_play_progress_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/x/click-interface/web/heartbeat",
        "params": params,
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
    body: ReportWebHeartbeatBody,
    web_location: str | Unset = UNSET,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
    w_start_ts: int | Unset = UNSET,
    w_mid: int | Unset = UNSET,
    w_aid: int | Unset = UNSET,
    w_dt: int | Unset = UNSET,
    w_realtime: int | Unset = UNSET,
    w_played_time: int | Unset = UNSET,
    w_playedtime: int | Unset = UNSET,
    w_real_played_time: int | Unset = UNSET,
    w_video_duration: int | Unset = UNSET,
    w_last_play_progress_time: int | Unset = UNSET,
) -> Response[ErrorEnvelope | SuccessEnvelope]:
    """Report a video playback heartbeat, web (上报视频播放心跳(web端))

     The web player's playback heartbeat, sent every 15 seconds by default (默认间隔15秒一次); it
    also records the watch history (亦可记录播放历史). Cookie login only (仅可Cookie); `csrf` is
    optional. Send `aid` or `bvid` (either one). Success has no `data` member. Host
    api.bilibili.com. Later revisions (SocialSisterYi/bilibili-API-collect 2465990 (PR #1064) and
    60a0c5d (PR #1066)) add query parameters (`web_location`, the WBI
    signature `w_rid`/`wts`), body members, `sub_type` 0, `play_type` 4 and `played_time` -1.
    Source: seed 002, 上报视频播放心跳(web端).

    Args:
        web_location (str | Unset):
        w_rid (str | Unset):
        wts (int | Unset):
        w_start_ts (int | Unset):
        w_mid (int | Unset):
        w_aid (int | Unset):
        w_dt (int | Unset):
        w_realtime (int | Unset):
        w_played_time (int | Unset):
        w_playedtime (int | Unset):
        w_real_played_time (int | Unset):
        w_video_duration (int | Unset):
        w_last_play_progress_time (int | Unset):
        body (ReportWebHeartbeatBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SuccessEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        web_location=web_location,
        w_rid=w_rid,
        wts=wts,
        w_start_ts=w_start_ts,
        w_mid=w_mid,
        w_aid=w_aid,
        w_dt=w_dt,
        w_realtime=w_realtime,
        w_played_time=w_played_time,
        w_playedtime=w_playedtime,
        w_real_played_time=w_real_played_time,
        w_video_duration=w_video_duration,
        w_last_play_progress_time=w_last_play_progress_time,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: ReportWebHeartbeatBody,
    web_location: str | Unset = UNSET,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
    w_start_ts: int | Unset = UNSET,
    w_mid: int | Unset = UNSET,
    w_aid: int | Unset = UNSET,
    w_dt: int | Unset = UNSET,
    w_realtime: int | Unset = UNSET,
    w_played_time: int | Unset = UNSET,
    w_playedtime: int | Unset = UNSET,
    w_real_played_time: int | Unset = UNSET,
    w_video_duration: int | Unset = UNSET,
    w_last_play_progress_time: int | Unset = UNSET,
) -> ErrorEnvelope | SuccessEnvelope | None:
    """Report a video playback heartbeat, web (上报视频播放心跳(web端))

     The web player's playback heartbeat, sent every 15 seconds by default (默认间隔15秒一次); it
    also records the watch history (亦可记录播放历史). Cookie login only (仅可Cookie); `csrf` is
    optional. Send `aid` or `bvid` (either one). Success has no `data` member. Host
    api.bilibili.com. Later revisions (SocialSisterYi/bilibili-API-collect 2465990 (PR #1064) and
    60a0c5d (PR #1066)) add query parameters (`web_location`, the WBI
    signature `w_rid`/`wts`), body members, `sub_type` 0, `play_type` 4 and `played_time` -1.
    Source: seed 002, 上报视频播放心跳(web端).

    Args:
        web_location (str | Unset):
        w_rid (str | Unset):
        wts (int | Unset):
        w_start_ts (int | Unset):
        w_mid (int | Unset):
        w_aid (int | Unset):
        w_dt (int | Unset):
        w_realtime (int | Unset):
        w_played_time (int | Unset):
        w_playedtime (int | Unset):
        w_real_played_time (int | Unset):
        w_video_duration (int | Unset):
        w_last_play_progress_time (int | Unset):
        body (ReportWebHeartbeatBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ErrorEnvelope | SuccessEnvelope
    """

    return sync_detailed(
        client=client,
        body=body,
        web_location=web_location,
        w_rid=w_rid,
        wts=wts,
        w_start_ts=w_start_ts,
        w_mid=w_mid,
        w_aid=w_aid,
        w_dt=w_dt,
        w_realtime=w_realtime,
        w_played_time=w_played_time,
        w_playedtime=w_playedtime,
        w_real_played_time=w_real_played_time,
        w_video_duration=w_video_duration,
        w_last_play_progress_time=w_last_play_progress_time,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ReportWebHeartbeatBody,
    web_location: str | Unset = UNSET,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
    w_start_ts: int | Unset = UNSET,
    w_mid: int | Unset = UNSET,
    w_aid: int | Unset = UNSET,
    w_dt: int | Unset = UNSET,
    w_realtime: int | Unset = UNSET,
    w_played_time: int | Unset = UNSET,
    w_playedtime: int | Unset = UNSET,
    w_real_played_time: int | Unset = UNSET,
    w_video_duration: int | Unset = UNSET,
    w_last_play_progress_time: int | Unset = UNSET,
) -> Response[ErrorEnvelope | SuccessEnvelope]:
    """Report a video playback heartbeat, web (上报视频播放心跳(web端))

     The web player's playback heartbeat, sent every 15 seconds by default (默认间隔15秒一次); it
    also records the watch history (亦可记录播放历史). Cookie login only (仅可Cookie); `csrf` is
    optional. Send `aid` or `bvid` (either one). Success has no `data` member. Host
    api.bilibili.com. Later revisions (SocialSisterYi/bilibili-API-collect 2465990 (PR #1064) and
    60a0c5d (PR #1066)) add query parameters (`web_location`, the WBI
    signature `w_rid`/`wts`), body members, `sub_type` 0, `play_type` 4 and `played_time` -1.
    Source: seed 002, 上报视频播放心跳(web端).

    Args:
        web_location (str | Unset):
        w_rid (str | Unset):
        wts (int | Unset):
        w_start_ts (int | Unset):
        w_mid (int | Unset):
        w_aid (int | Unset):
        w_dt (int | Unset):
        w_realtime (int | Unset):
        w_played_time (int | Unset):
        w_playedtime (int | Unset):
        w_real_played_time (int | Unset):
        w_video_duration (int | Unset):
        w_last_play_progress_time (int | Unset):
        body (ReportWebHeartbeatBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ErrorEnvelope | SuccessEnvelope]
    """

    kwargs = _get_kwargs(
        body=body,
        web_location=web_location,
        w_rid=w_rid,
        wts=wts,
        w_start_ts=w_start_ts,
        w_mid=w_mid,
        w_aid=w_aid,
        w_dt=w_dt,
        w_realtime=w_realtime,
        w_played_time=w_played_time,
        w_playedtime=w_playedtime,
        w_real_played_time=w_real_played_time,
        w_video_duration=w_video_duration,
        w_last_play_progress_time=w_last_play_progress_time,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: ReportWebHeartbeatBody,
    web_location: str | Unset = UNSET,
    w_rid: str | Unset = UNSET,
    wts: int | Unset = UNSET,
    w_start_ts: int | Unset = UNSET,
    w_mid: int | Unset = UNSET,
    w_aid: int | Unset = UNSET,
    w_dt: int | Unset = UNSET,
    w_realtime: int | Unset = UNSET,
    w_played_time: int | Unset = UNSET,
    w_playedtime: int | Unset = UNSET,
    w_real_played_time: int | Unset = UNSET,
    w_video_duration: int | Unset = UNSET,
    w_last_play_progress_time: int | Unset = UNSET,
) -> ErrorEnvelope | SuccessEnvelope | None:
    """Report a video playback heartbeat, web (上报视频播放心跳(web端))

     The web player's playback heartbeat, sent every 15 seconds by default (默认间隔15秒一次); it
    also records the watch history (亦可记录播放历史). Cookie login only (仅可Cookie); `csrf` is
    optional. Send `aid` or `bvid` (either one). Success has no `data` member. Host
    api.bilibili.com. Later revisions (SocialSisterYi/bilibili-API-collect 2465990 (PR #1064) and
    60a0c5d (PR #1066)) add query parameters (`web_location`, the WBI
    signature `w_rid`/`wts`), body members, `sub_type` 0, `play_type` 4 and `played_time` -1.
    Source: seed 002, 上报视频播放心跳(web端).

    Args:
        web_location (str | Unset):
        w_rid (str | Unset):
        wts (int | Unset):
        w_start_ts (int | Unset):
        w_mid (int | Unset):
        w_aid (int | Unset):
        w_dt (int | Unset):
        w_realtime (int | Unset):
        w_played_time (int | Unset):
        w_playedtime (int | Unset):
        w_real_played_time (int | Unset):
        w_video_duration (int | Unset):
        w_last_play_progress_time (int | Unset):
        body (ReportWebHeartbeatBody):

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
            web_location=web_location,
            w_rid=w_rid,
            wts=wts,
            w_start_ts=w_start_ts,
            w_mid=w_mid,
            w_aid=w_aid,
            w_dt=w_dt,
            w_realtime=w_realtime,
            w_played_time=w_played_time,
            w_playedtime=w_playedtime,
            w_real_played_time=w_real_played_time,
            w_video_duration=w_video_duration,
            w_last_play_progress_time=w_last_play_progress_time,
        )
    ).parsed
