"""Contains all the data models used in inputs/outputs"""

from .add_silent_user_body import AddSilentUserBody
from .add_silent_user_body_type import AddSilentUserBodyType
from .add_silent_user_response import AddSilentUserResponse
from .anchor_delete_slice_draft_body import AnchorDeleteSliceDraftBody
from .anchor_get_video_key_frame_body import AnchorGetVideoKeyFrameBody
from .anchor_publish_video_slice_body import AnchorPublishVideoSliceBody
from .anchor_save_manual_highlight_body import AnchorSaveManualHighlightBody
from .anchor_video_download_body import AnchorVideoDownloadBody
from .auth_body import AuthBody
from .auth_reply import AuthReply
from .ban_period import BanPeriod
from .buvid import Buvid
from .buvid_response import BuvidResponse
from .create_room_body import CreateRoomBody
from .create_room_response import CreateRoomResponse
from .create_vote_body import CreateVoteBody
from .create_vote_response import CreateVoteResponse
from .created_room import CreatedRoom
from .created_vote import CreatedVote
from .danmu_host import DanmuHost
from .danmu_info import DanmuInfo
from .danmu_info_response import DanmuInfoResponse
from .danmu_msg_command import DanmuMsgCommand
from .del_room_block_user_body import DelRoomBlockUserBody
from .del_room_block_user_response import DelRoomBlockUserResponse
from .del_silent_user_body import DelSilentUserBody
from .delete_slice_draft_response import DeleteSliceDraftResponse
from .delete_slice_draft_result import DeleteSliceDraftResult
from .dm_interaction_combo import DmInteractionCombo
from .dm_interaction_combo_combo_item import DmInteractionComboComboItem
from .dm_interaction_command import DmInteractionCommand
from .dm_interaction_command_data import DmInteractionCommandData
from .dm_interaction_command_data_data_type_1 import DmInteractionCommandDataDataType1
from .dm_interaction_count import DmInteractionCount
from .dm_interaction_vote import DmInteractionVote
from .dm_interaction_vote_combo import DmInteractionVoteCombo
from .dm_interaction_vote_option import DmInteractionVoteOption
from .draft import Draft
from .draft_list import DraftList
from .draft_list_response import DraftListResponse
from .error_envelope import ErrorEnvelope
from .fan_delete_slice_draft_body import FanDeleteSliceDraftBody
from .fan_get_video_key_frame_body import FanGetVideoKeyFrameBody
from .fan_manual_type import FanManualType
from .fan_save_manual_highlight_body import FanSaveManualHighlightBody
from .fan_slice_with_reserve import FanSliceWithReserve
from .get_anchor_video_uid_record_body import GetAnchorVideoUidRecordBody
from .get_home_page_live_version_response import GetHomePageLiveVersionResponse
from .get_home_page_live_version_system_version import GetHomePageLiveVersionSystemVersion
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
from .live_command import LiveCommand
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
from .nav_info import NavInfo
from .nav_logged_out import NavLoggedOut
from .nav_response import NavResponse
from .pagination import Pagination
from .pre_live_update import PreLiveUpdate
from .preparing_command import PreparingCommand
from .preparing_command_scatter import PreparingCommandScatter
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
from .room_block_msg_command import RoomBlockMsgCommand
from .room_block_msg_command_data import RoomBlockMsgCommandData
from .room_change_command import RoomChangeCommand
from .room_change_command_data import RoomChangeCommandData
from .room_news_updated import RoomNewsUpdated
from .room_update import RoomUpdate
from .rtmp_info import RtmpInfo
from .session_data_point import SessionDataPoint
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
from .success_envelope import SuccessEnvelope
from .terminate_vote_body import TerminateVoteBody
from .terminate_vote_response import TerminateVoteResponse
from .title_audit import TitleAudit
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
from .wbi_img import WbiImg

__all__ = (
    "AddSilentUserBody",
    "AddSilentUserBodyType",
    "AddSilentUserResponse",
    "AnchorDeleteSliceDraftBody",
    "AnchorGetVideoKeyFrameBody",
    "AnchorPublishVideoSliceBody",
    "AnchorSaveManualHighlightBody",
    "AnchorVideoDownloadBody",
    "AuthBody",
    "AuthReply",
    "BanPeriod",
    "Buvid",
    "BuvidResponse",
    "CreatedRoom",
    "CreatedVote",
    "CreateRoomBody",
    "CreateRoomResponse",
    "CreateVoteBody",
    "CreateVoteResponse",
    "DanmuHost",
    "DanmuInfo",
    "DanmuInfoResponse",
    "DanmuMsgCommand",
    "DeleteSliceDraftResponse",
    "DeleteSliceDraftResult",
    "DelRoomBlockUserBody",
    "DelRoomBlockUserResponse",
    "DelSilentUserBody",
    "DmInteractionCombo",
    "DmInteractionComboComboItem",
    "DmInteractionCommand",
    "DmInteractionCommandData",
    "DmInteractionCommandDataDataType1",
    "DmInteractionCount",
    "DmInteractionVote",
    "DmInteractionVoteCombo",
    "DmInteractionVoteOption",
    "Draft",
    "DraftList",
    "DraftListResponse",
    "ErrorEnvelope",
    "FanDeleteSliceDraftBody",
    "FanGetVideoKeyFrameBody",
    "FanManualType",
    "FanSaveManualHighlightBody",
    "FanSliceWithReserve",
    "GetAnchorVideoUidRecordBody",
    "GetHomePageLiveVersionResponse",
    "GetHomePageLiveVersionSystemVersion",
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
    "LiveCommand",
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
    "NavInfo",
    "NavLoggedOut",
    "NavResponse",
    "Pagination",
    "PreLiveUpdate",
    "PreparingCommand",
    "PreparingCommandScatter",
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
    "RoomBlockMsgCommand",
    "RoomBlockMsgCommandData",
    "RoomChangeCommand",
    "RoomChangeCommandData",
    "RoomNewsUpdated",
    "RoomUpdate",
    "RtmpInfo",
    "SessionDataPoint",
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
    "WbiImg",
)
