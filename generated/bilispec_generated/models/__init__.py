"""Contains all the data models used in inputs/outputs"""

from .add_black_body import AddBlackBody
from .add_black_response import AddBlackResponse
from .add_black_response_data import AddBlackResponseData
from .add_shield_keyword_body import AddShieldKeywordBody
from .add_shield_keyword_response import AddShieldKeywordResponse
from .add_shield_keyword_response_data import AddShieldKeywordResponseData
from .add_silent_user_body import AddSilentUserBody
from .add_silent_user_body_type import AddSilentUserBodyType
from .add_silent_user_response import AddSilentUserResponse
from .anchor_delete_slice_draft_body import AnchorDeleteSliceDraftBody
from .anchor_get_video_key_frame_body import AnchorGetVideoKeyFrameBody
from .anchor_publish_video_slice_body import AnchorPublishVideoSliceBody
from .anchor_save_manual_highlight_body import AnchorSaveManualHighlightBody
from .anchor_video_download_body import AnchorVideoDownloadBody
from .appoint_room_admin_body import AppointRoomAdminBody
from .appoint_room_admin_body_admin_level import AppointRoomAdminBodyAdminLevel
from .appoint_room_admin_response import AppointRoomAdminResponse
from .appoint_room_admin_response_data import AppointRoomAdminResponseData
from .ban_period import BanPeriod
from .black_list_page import BlackListPage
from .black_list_user import BlackListUser
from .chat_mode_info import ChatModeInfo
from .chat_user import ChatUser
from .chat_user_base import ChatUserBase
from .chat_user_base_official_info import ChatUserBaseOfficialInfo
from .chat_user_base_origin_info import ChatUserBaseOriginInfo
from .chat_user_base_risk_ctrl_info_type_0 import ChatUserBaseRiskCtrlInfoType0
from .chat_user_guard_leader import ChatUserGuardLeader
from .chat_user_guard_type_0 import ChatUserGuardType0
from .chat_user_medal_type_0 import ChatUserMedalType0
from .chat_user_title import ChatUserTitle
from .chat_user_uhead_frame_type_0 import ChatUserUheadFrameType0
from .chat_user_wealth_type_0 import ChatUserWealthType0
from .create_room_body import CreateRoomBody
from .create_room_response import CreateRoomResponse
from .create_vote_body import CreateVoteBody
from .create_vote_response import CreateVoteResponse
from .created_room import CreatedRoom
from .created_vote import CreatedVote
from .del_black_body import DelBlackBody
from .del_black_response import DelBlackResponse
from .del_black_response_data import DelBlackResponseData
from .del_room_block_user_body import DelRoomBlockUserBody
from .del_room_block_user_response import DelRoomBlockUserResponse
from .del_shield_keyword_body import DelShieldKeywordBody
from .del_shield_keyword_response import DelShieldKeywordResponse
from .del_shield_keyword_response_data import DelShieldKeywordResponseData
from .del_silent_user_body import DelSilentUserBody
from .delete_slice_draft_response import DeleteSliceDraftResponse
from .delete_slice_draft_result import DeleteSliceDraftResult
from .dismiss_room_admin_body import DismissRoomAdminBody
from .dismiss_room_admin_response import DismissRoomAdminResponse
from .dismiss_room_admin_response_data import DismissRoomAdminResponseData
from .draft import Draft
from .draft_list import DraftList
from .draft_list_response import DraftListResponse
from .error_envelope import ErrorEnvelope
from .fan_delete_slice_draft_body import FanDeleteSliceDraftBody
from .fan_get_video_key_frame_body import FanGetVideoKeyFrameBody
from .fan_manual_type import FanManualType
from .fan_save_manual_highlight_body import FanSaveManualHighlightBody
from .fan_slice_with_reserve import FanSliceWithReserve
from .fetch_web_up_stream_addr_body import FetchWebUpStreamAddrBody
from .fetch_web_up_stream_addr_body_backup_stream import FetchWebUpStreamAddrBodyBackupStream
from .fetch_web_up_stream_addr_response import FetchWebUpStreamAddrResponse
from .get_anchor_video_uid_record_body import GetAnchorVideoUidRecordBody
from .get_area_list_response import GetAreaListResponse
from .get_area_list_show_pinyin import GetAreaListShowPinyin
from .get_black_list_response import GetBlackListResponse
from .get_home_page_live_version_response import GetHomePageLiveVersionResponse
from .get_home_page_live_version_system_version import GetHomePageLiveVersionSystemVersion
from .get_room_admins_by_anchor_response import GetRoomAdminsByAnchorResponse
from .get_room_info_response import GetRoomInfoResponse
from .get_room_news_response import GetRoomNewsResponse
from .get_room_silent_response import GetRoomSilentResponse
from .get_shield_keyword_list_body import GetShieldKeywordListBody
from .get_shield_keyword_list_response import GetShieldKeywordListResponse
from .get_silent_user_list_body import GetSilentUserListBody
from .get_silent_user_list_response import GetSilentUserListResponse
from .heartbeat_play_type import HeartbeatPlayType
from .heartbeat_sub_type import HeartbeatSubType
from .heartbeat_video_type import HeartbeatVideoType
from .highlight import Highlight
from .highlight_stat import HighlightStat
from .key_frame import KeyFrame
from .key_frame_list import KeyFrameList
from .key_frame_list_response import KeyFrameListResponse
from .live_notice import LiveNotice
from .live_session_data import LiveSessionData
from .live_session_data_response import LiveSessionDataResponse
from .live_start import LiveStart
from .live_start_collaboration_live_extra import LiveStartCollaborationLiveExtra
from .live_stop import LiveStop
from .live_version import LiveVersion
from .manual_highlight import ManualHighlight
from .manual_highlight_list_response import ManualHighlightListResponse
from .manual_highlight_save_response import ManualHighlightSaveResponse
from .manual_highlight_save_result import ManualHighlightSaveResult
from .manual_highlights import ManualHighlights
from .manual_type import ManualType
from .pagination import Pagination
from .parent_area import ParentArea
from .pendant_badge import PendantBadge
from .pendant_frame import PendantFrame
from .pre_live_update import PreLiveUpdate
from .publish_video_slice_response import PublishVideoSliceResponse
from .published_slice import PublishedSlice
from .published_slice_list import PublishedSliceList
from .published_slice_list_response import PublishedSliceListResponse
from .published_video_slice import PublishedVideoSlice
from .replay_alarm_info import ReplayAlarmInfo
from .replay_download import ReplayDownload
from .replay_download_response import ReplayDownloadResponse
from .replay_info import ReplayInfo
from .replay_list import ReplayList
from .replay_list_response import ReplayListResponse
from .replay_live_info import ReplayLiveInfo
from .replay_record import ReplayRecord
from .replay_record_list import ReplayRecordList
from .replay_record_list_response import ReplayRecordListResponse
from .replay_record_section import ReplayRecordSection
from .replay_record_section_list import ReplayRecordSectionList
from .replay_record_section_list_response import ReplayRecordSectionListResponse
from .replay_time_range import ReplayTimeRange
from .replay_video_info import ReplayVideoInfo
from .report_history_progress_body import ReportHistoryProgressBody
from .report_web_heartbeat_body import ReportWebHeartbeatBody
from .risk_control_data import RiskControlData
from .room_admin import RoomAdmin
from .room_admin_page import RoomAdminPage
from .room_admin_paging import RoomAdminPaging
from .room_info import RoomInfo
from .room_init import RoomInit
from .room_init_response import RoomInitResponse
from .room_news import RoomNews
from .room_news_updated import RoomNewsUpdated
from .room_pendants import RoomPendants
from .room_silent import RoomSilent
from .room_update import RoomUpdate
from .rtmp_info import RtmpInfo
from .send_chat_message_body import SendChatMessageBody
from .send_chat_message_response import SendChatMessageResponse
from .sent_chat_message import SentChatMessage
from .sent_chat_message_dm_v2_type_1 import SentChatMessageDmV2Type1
from .session_data_point import SessionDataPoint
from .set_room_silent_body import SetRoomSilentBody
from .set_room_silent_body_type import SetRoomSilentBodyType
from .set_room_silent_response import SetRoomSilentResponse
from .set_room_silent_response_data import SetRoomSilentResponseData
from .shield_keyword import ShieldKeyword
from .shield_keyword_list import ShieldKeywordList
from .silent_user import SilentUser
from .silent_user_added import SilentUserAdded
from .silent_user_page import SilentUserPage
from .slice_speed import SliceSpeed
from .slice_stream import SliceStream
from .slice_stream_list import SliceStreamList
from .slice_stream_list_response import SliceStreamListResponse
from .slice_with_reserve import SliceWithReserve
from .start_live_body import StartLiveBody
from .start_live_body_backup_stream import StartLiveBodyBackupStream
from .start_live_face_auth_data import StartLiveFaceAuthData
from .start_live_identity_check_data import StartLiveIdentityCheckData
from .start_live_identity_check_data_risk_extra import StartLiveIdentityCheckDataRiskExtra
from .start_live_platform import StartLivePlatform
from .start_live_response import StartLiveResponse
from .stop_live_body import StopLiveBody
from .stop_live_platform import StopLivePlatform
from .stop_live_response import StopLiveResponse
from .stream_protocol import StreamProtocol
from .studio_info import StudioInfo
from .sub_area import SubArea
from .success_envelope import SuccessEnvelope
from .terminate_vote_body import TerminateVoteBody
from .terminate_vote_response import TerminateVoteResponse
from .title_audit import TitleAudit
from .up_stream_addr import UpStreamAddr
from .up_stream_extra import UpStreamExtra
from .update_pre_live_info_body import UpdatePreLiveInfoBody
from .update_pre_live_info_response import UpdatePreLiveInfoResponse
from .update_room_body import UpdateRoomBody
from .update_room_news_body import UpdateRoomNewsBody
from .update_room_news_response import UpdateRoomNewsResponse
from .update_room_response import UpdateRoomResponse
from .user_publish_other_video_slice_body import UserPublishOtherVideoSliceBody
from .video_slice import VideoSlice
from .video_slice_list import VideoSliceList
from .video_slice_list_response import VideoSliceListResponse
from .vote_history import VoteHistory
from .vote_history_response import VoteHistoryResponse
from .vote_info import VoteInfo
from .vote_option import VoteOption
from .vote_panel import VotePanel
from .vote_panel_response import VotePanelResponse
from .vote_template import VoteTemplate

__all__ = (
    "AddBlackBody",
    "AddBlackResponse",
    "AddBlackResponseData",
    "AddShieldKeywordBody",
    "AddShieldKeywordResponse",
    "AddShieldKeywordResponseData",
    "AddSilentUserBody",
    "AddSilentUserBodyType",
    "AddSilentUserResponse",
    "AnchorDeleteSliceDraftBody",
    "AnchorGetVideoKeyFrameBody",
    "AnchorPublishVideoSliceBody",
    "AnchorSaveManualHighlightBody",
    "AnchorVideoDownloadBody",
    "AppointRoomAdminBody",
    "AppointRoomAdminBodyAdminLevel",
    "AppointRoomAdminResponse",
    "AppointRoomAdminResponseData",
    "BanPeriod",
    "BlackListPage",
    "BlackListUser",
    "ChatModeInfo",
    "ChatUser",
    "ChatUserBase",
    "ChatUserBaseOfficialInfo",
    "ChatUserBaseOriginInfo",
    "ChatUserBaseRiskCtrlInfoType0",
    "ChatUserGuardLeader",
    "ChatUserGuardType0",
    "ChatUserMedalType0",
    "ChatUserTitle",
    "ChatUserUheadFrameType0",
    "ChatUserWealthType0",
    "CreatedRoom",
    "CreatedVote",
    "CreateRoomBody",
    "CreateRoomResponse",
    "CreateVoteBody",
    "CreateVoteResponse",
    "DelBlackBody",
    "DelBlackResponse",
    "DelBlackResponseData",
    "DeleteSliceDraftResponse",
    "DeleteSliceDraftResult",
    "DelRoomBlockUserBody",
    "DelRoomBlockUserResponse",
    "DelShieldKeywordBody",
    "DelShieldKeywordResponse",
    "DelShieldKeywordResponseData",
    "DelSilentUserBody",
    "DismissRoomAdminBody",
    "DismissRoomAdminResponse",
    "DismissRoomAdminResponseData",
    "Draft",
    "DraftList",
    "DraftListResponse",
    "ErrorEnvelope",
    "FanDeleteSliceDraftBody",
    "FanGetVideoKeyFrameBody",
    "FanManualType",
    "FanSaveManualHighlightBody",
    "FanSliceWithReserve",
    "FetchWebUpStreamAddrBody",
    "FetchWebUpStreamAddrBodyBackupStream",
    "FetchWebUpStreamAddrResponse",
    "GetAnchorVideoUidRecordBody",
    "GetAreaListResponse",
    "GetAreaListShowPinyin",
    "GetBlackListResponse",
    "GetHomePageLiveVersionResponse",
    "GetHomePageLiveVersionSystemVersion",
    "GetRoomAdminsByAnchorResponse",
    "GetRoomInfoResponse",
    "GetRoomNewsResponse",
    "GetRoomSilentResponse",
    "GetShieldKeywordListBody",
    "GetShieldKeywordListResponse",
    "GetSilentUserListBody",
    "GetSilentUserListResponse",
    "HeartbeatPlayType",
    "HeartbeatSubType",
    "HeartbeatVideoType",
    "Highlight",
    "HighlightStat",
    "KeyFrame",
    "KeyFrameList",
    "KeyFrameListResponse",
    "LiveNotice",
    "LiveSessionData",
    "LiveSessionDataResponse",
    "LiveStart",
    "LiveStartCollaborationLiveExtra",
    "LiveStop",
    "LiveVersion",
    "ManualHighlight",
    "ManualHighlightListResponse",
    "ManualHighlights",
    "ManualHighlightSaveResponse",
    "ManualHighlightSaveResult",
    "ManualType",
    "Pagination",
    "ParentArea",
    "PendantBadge",
    "PendantFrame",
    "PreLiveUpdate",
    "PublishedSlice",
    "PublishedSliceList",
    "PublishedSliceListResponse",
    "PublishedVideoSlice",
    "PublishVideoSliceResponse",
    "ReplayAlarmInfo",
    "ReplayDownload",
    "ReplayDownloadResponse",
    "ReplayInfo",
    "ReplayList",
    "ReplayListResponse",
    "ReplayLiveInfo",
    "ReplayRecord",
    "ReplayRecordList",
    "ReplayRecordListResponse",
    "ReplayRecordSection",
    "ReplayRecordSectionList",
    "ReplayRecordSectionListResponse",
    "ReplayTimeRange",
    "ReplayVideoInfo",
    "ReportHistoryProgressBody",
    "ReportWebHeartbeatBody",
    "RiskControlData",
    "RoomAdmin",
    "RoomAdminPage",
    "RoomAdminPaging",
    "RoomInfo",
    "RoomInit",
    "RoomInitResponse",
    "RoomNews",
    "RoomNewsUpdated",
    "RoomPendants",
    "RoomSilent",
    "RoomUpdate",
    "RtmpInfo",
    "SendChatMessageBody",
    "SendChatMessageResponse",
    "SentChatMessage",
    "SentChatMessageDmV2Type1",
    "SessionDataPoint",
    "SetRoomSilentBody",
    "SetRoomSilentBodyType",
    "SetRoomSilentResponse",
    "SetRoomSilentResponseData",
    "ShieldKeyword",
    "ShieldKeywordList",
    "SilentUser",
    "SilentUserAdded",
    "SilentUserPage",
    "SliceSpeed",
    "SliceStream",
    "SliceStreamList",
    "SliceStreamListResponse",
    "SliceWithReserve",
    "StartLiveBody",
    "StartLiveBodyBackupStream",
    "StartLiveFaceAuthData",
    "StartLiveIdentityCheckData",
    "StartLiveIdentityCheckDataRiskExtra",
    "StartLivePlatform",
    "StartLiveResponse",
    "StopLiveBody",
    "StopLivePlatform",
    "StopLiveResponse",
    "StreamProtocol",
    "StudioInfo",
    "SubArea",
    "SuccessEnvelope",
    "TerminateVoteBody",
    "TerminateVoteResponse",
    "TitleAudit",
    "UpdatePreLiveInfoBody",
    "UpdatePreLiveInfoResponse",
    "UpdateRoomBody",
    "UpdateRoomNewsBody",
    "UpdateRoomNewsResponse",
    "UpdateRoomResponse",
    "UpStreamAddr",
    "UpStreamExtra",
    "UserPublishOtherVideoSliceBody",
    "VideoSlice",
    "VideoSliceList",
    "VideoSliceListResponse",
    "VoteHistory",
    "VoteHistoryResponse",
    "VoteInfo",
    "VoteOption",
    "VotePanel",
    "VotePanelResponse",
    "VoteTemplate",
)
