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
from .auth_body import AuthBody
from .auth_reply import AuthReply
from .ban_period import BanPeriod
from .black_list_page import BlackListPage
from .black_list_user import BlackListUser
from .buvid import Buvid
from .buvid_response import BuvidResponse
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
from .combo_send_command import ComboSendCommand
from .combo_send_command_data import ComboSendCommandData
from .combo_send_command_data_medal_info_type_0 import ComboSendCommandDataMedalInfoType0
from .combo_send_command_data_receive_user_info_type_0 import ComboSendCommandDataReceiveUserInfoType0
from .combo_send_command_data_receiver_uinfo_type_0 import ComboSendCommandDataReceiverUinfoType0
from .combo_send_command_data_sender_uinfo_type_0 import ComboSendCommandDataSenderUinfoType0
from .create_room_body import CreateRoomBody
from .create_room_response import CreateRoomResponse
from .create_vote_body import CreateVoteBody
from .create_vote_response import CreateVoteResponse
from .created_room import CreatedRoom
from .created_vote import CreatedVote
from .cut_off_command import CutOffCommand
from .danmu_host import DanmuHost
from .danmu_info import DanmuInfo
from .danmu_info_response import DanmuInfoResponse
from .danmu_msg_command import DanmuMsgCommand
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
from .entry_effect_command import EntryEffectCommand
from .entry_effect_command_data import EntryEffectCommandData
from .entry_effect_command_data_uinfo_type_0 import EntryEffectCommandDataUinfoType0
from .entry_effect_command_data_uinfo_type_0_base_type_0 import EntryEffectCommandDataUinfoType0BaseType0
from .entry_effect_command_data_uinfo_type_0_guard_type_0 import EntryEffectCommandDataUinfoType0GuardType0
from .entry_effect_command_data_uinfo_type_0_wealth_type_0 import EntryEffectCommandDataUinfoType0WealthType0
from .entry_effect_command_data_wealth_style_info_type_0 import EntryEffectCommandDataWealthStyleInfoType0
from .entry_effect_command_data_wealthy_info_type_1 import EntryEffectCommandDataWealthyInfoType1
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
from .guard_buy_command import GuardBuyCommand
from .guard_buy_command_data import GuardBuyCommandData
from .heartbeat_play_type import HeartbeatPlayType
from .heartbeat_sub_type import HeartbeatSubType
from .heartbeat_video_type import HeartbeatVideoType
from .highlight import Highlight
from .highlight_stat import HighlightStat
from .interact_word_command import InteractWordCommand
from .interact_word_command_data import InteractWordCommandData
from .interact_word_command_data_contribution_type_0 import InteractWordCommandDataContributionType0
from .interact_word_command_data_fans_medal_type_0 import InteractWordCommandDataFansMedalType0
from .interact_word_v2_command import InteractWordV2Command
from .interact_word_v2_command_data import InteractWordV2CommandData
from .key_frame import KeyFrame
from .key_frame_list import KeyFrameList
from .key_frame_list_response import KeyFrameListResponse
from .like_info_v3_click_command import LikeInfoV3ClickCommand
from .like_info_v3_click_command_data import LikeInfoV3ClickCommandData
from .like_info_v3_click_command_data_contribution_info_type_0 import LikeInfoV3ClickCommandDataContributionInfoType0
from .like_info_v3_click_command_data_fans_medal_type_0 import LikeInfoV3ClickCommandDataFansMedalType0
from .like_info_v3_click_command_data_uinfo_type_0 import LikeInfoV3ClickCommandDataUinfoType0
from .like_info_v3_update_command import LikeInfoV3UpdateCommand
from .like_info_v3_update_command_data import LikeInfoV3UpdateCommandData
from .live_command import LiveCommand
from .live_notice import LiveNotice
from .live_session_data import LiveSessionData
from .live_session_data_response import LiveSessionDataResponse
from .live_start import LiveStart
from .live_start_collaboration_live_extra_type_0 import LiveStartCollaborationLiveExtraType0
from .live_stop import LiveStop
from .live_version import LiveVersion
from .log_in_notice_command import LogInNoticeCommand
from .log_in_notice_command_data import LogInNoticeCommandData
from .manual_highlight import ManualHighlight
from .manual_highlight_list_response import ManualHighlightListResponse
from .manual_highlight_save_response import ManualHighlightSaveResponse
from .manual_highlight_save_result import ManualHighlightSaveResult
from .manual_highlights import ManualHighlights
from .manual_type import ManualType
from .nav_info import NavInfo
from .nav_logged_out import NavLoggedOut
from .nav_response import NavResponse
from .notice_msg_command import NoticeMsgCommand
from .notice_msg_command_full import NoticeMsgCommandFull
from .notice_msg_command_half import NoticeMsgCommandHalf
from .notice_msg_command_scatter import NoticeMsgCommandScatter
from .notice_msg_command_side import NoticeMsgCommandSide
from .online_rank_count_command import OnlineRankCountCommand
from .online_rank_count_command_data import OnlineRankCountCommandData
from .online_rank_top_3_command import OnlineRankTop3Command
from .online_rank_top_3_command_data import OnlineRankTop3CommandData
from .online_rank_top_3_command_data_list_type_0_item import OnlineRankTop3CommandDataListType0Item
from .online_rank_v2_command import OnlineRankV2Command
from .online_rank_v2_command_data import OnlineRankV2CommandData
from .online_rank_v2_command_data_list_type_0_item import OnlineRankV2CommandDataListType0Item
from .pagination import Pagination
from .parent_area import ParentArea
from .pendant_badge import PendantBadge
from .pendant_frame import PendantFrame
from .pre_live_update import PreLiveUpdate
from .preparing_command import PreparingCommand
from .preparing_command_scatter import PreparingCommandScatter
from .publish_video_slice_response import PublishVideoSliceResponse
from .published_slice import PublishedSlice
from .published_slice_list import PublishedSliceList
from .published_slice_list_response import PublishedSliceListResponse
from .published_video_slice import PublishedVideoSlice
from .recall_danmu_msg_command import RecallDanmuMsgCommand
from .recall_danmu_msg_command_data import RecallDanmuMsgCommandData
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
from .room_admin_entrance_command import RoomAdminEntranceCommand
from .room_admin_page import RoomAdminPage
from .room_admin_paging import RoomAdminPaging
from .room_admin_revoke_command import RoomAdminRevokeCommand
from .room_admins_command import RoomAdminsCommand
from .room_block_msg_command import RoomBlockMsgCommand
from .room_block_msg_command_data import RoomBlockMsgCommandData
from .room_change_command import RoomChangeCommand
from .room_change_command_data import RoomChangeCommandData
from .room_info import RoomInfo
from .room_init import RoomInit
from .room_init_response import RoomInitResponse
from .room_news import RoomNews
from .room_news_updated import RoomNewsUpdated
from .room_pendants import RoomPendants
from .room_real_time_message_update_command import RoomRealTimeMessageUpdateCommand
from .room_real_time_message_update_command_data import RoomRealTimeMessageUpdateCommandData
from .room_silent import RoomSilent
from .room_silent_off_command import RoomSilentOffCommand
from .room_silent_off_command_data_type_1 import RoomSilentOffCommandDataType1
from .room_silent_on_command import RoomSilentOnCommand
from .room_silent_on_command_data import RoomSilentOnCommandData
from .room_update import RoomUpdate
from .rtmp_info import RtmpInfo
from .send_chat_message_body import SendChatMessageBody
from .send_chat_message_response import SendChatMessageResponse
from .send_gift_command import SendGiftCommand
from .send_gift_command_data import SendGiftCommandData
from .send_gift_command_data_batch_combo_send_type_0 import SendGiftCommandDataBatchComboSendType0
from .send_gift_command_data_capsule_type_1 import SendGiftCommandDataCapsuleType1
from .send_gift_command_data_capsule_type_1_colorful_type_0 import SendGiftCommandDataCapsuleType1ColorfulType0
from .send_gift_command_data_capsule_type_1_colorful_type_0_progress_type_0 import (
    SendGiftCommandDataCapsuleType1ColorfulType0ProgressType0,
)
from .send_gift_command_data_capsule_type_1_normal_type_0 import SendGiftCommandDataCapsuleType1NormalType0
from .send_gift_command_data_capsule_type_1_normal_type_0_progress_type_0 import (
    SendGiftCommandDataCapsuleType1NormalType0ProgressType0,
)
from .send_gift_command_data_combo_send_type_0 import SendGiftCommandDataComboSendType0
from .send_gift_command_data_medal_info_type_0 import SendGiftCommandDataMedalInfoType0
from .send_gift_command_data_medal_type_1 import SendGiftCommandDataMedalType1
from .send_gift_command_data_receive_user_info_type_0 import SendGiftCommandDataReceiveUserInfoType0
from .send_gift_command_data_top_list_type_0_item import SendGiftCommandDataTopListType0Item
from .send_gift_v2_command import SendGiftV2Command
from .send_gift_v2_command_data import SendGiftV2CommandData
from .send_gift_v2_command_data_data import SendGiftV2CommandDataData
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
from .start_live_identity_check_data_risk_extra_type_0 import StartLiveIdentityCheckDataRiskExtraType0
from .start_live_platform import StartLivePlatform
from .start_live_response import StartLiveResponse
from .stop_live_body import StopLiveBody
from .stop_live_platform import StopLivePlatform
from .stop_live_response import StopLiveResponse
from .stop_live_room_list_command import StopLiveRoomListCommand
from .stop_live_room_list_command_data import StopLiveRoomListCommandData
from .stream_protocol import StreamProtocol
from .studio_info import StudioInfo
from .sub_area import SubArea
from .success_envelope import SuccessEnvelope
from .super_chat_message_command import SuperChatMessageCommand
from .super_chat_message_command_data import SuperChatMessageCommandData
from .super_chat_message_command_data_gift_type_0 import SuperChatMessageCommandDataGiftType0
from .super_chat_message_command_data_group_medal_type_0 import SuperChatMessageCommandDataGroupMedalType0
from .super_chat_message_command_data_medal_info_type_0 import SuperChatMessageCommandDataMedalInfoType0
from .super_chat_message_command_data_uinfo_type_0 import SuperChatMessageCommandDataUinfoType0
from .super_chat_message_command_data_user_info_type_0 import SuperChatMessageCommandDataUserInfoType0
from .super_chat_message_delete_command import SuperChatMessageDeleteCommand
from .super_chat_message_delete_command_data import SuperChatMessageDeleteCommandData
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
from .user_toast_msg_command import UserToastMsgCommand
from .user_toast_msg_command_data import UserToastMsgCommandData
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
from .warning_command import WarningCommand
from .watched_change_command import WatchedChangeCommand
from .watched_change_command_data import WatchedChangeCommandData
from .wbi_img import WbiImg

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
    "AuthBody",
    "AuthReply",
    "BanPeriod",
    "BlackListPage",
    "BlackListUser",
    "Buvid",
    "BuvidResponse",
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
    "ComboSendCommand",
    "ComboSendCommandData",
    "ComboSendCommandDataMedalInfoType0",
    "ComboSendCommandDataReceiverUinfoType0",
    "ComboSendCommandDataReceiveUserInfoType0",
    "ComboSendCommandDataSenderUinfoType0",
    "CreatedRoom",
    "CreatedVote",
    "CreateRoomBody",
    "CreateRoomResponse",
    "CreateVoteBody",
    "CreateVoteResponse",
    "CutOffCommand",
    "DanmuHost",
    "DanmuInfo",
    "DanmuInfoResponse",
    "DanmuMsgCommand",
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
    "EntryEffectCommand",
    "EntryEffectCommandData",
    "EntryEffectCommandDataUinfoType0",
    "EntryEffectCommandDataUinfoType0BaseType0",
    "EntryEffectCommandDataUinfoType0GuardType0",
    "EntryEffectCommandDataUinfoType0WealthType0",
    "EntryEffectCommandDataWealthStyleInfoType0",
    "EntryEffectCommandDataWealthyInfoType1",
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
    "GuardBuyCommand",
    "GuardBuyCommandData",
    "HeartbeatPlayType",
    "HeartbeatSubType",
    "HeartbeatVideoType",
    "Highlight",
    "HighlightStat",
    "InteractWordCommand",
    "InteractWordCommandData",
    "InteractWordCommandDataContributionType0",
    "InteractWordCommandDataFansMedalType0",
    "InteractWordV2Command",
    "InteractWordV2CommandData",
    "KeyFrame",
    "KeyFrameList",
    "KeyFrameListResponse",
    "LikeInfoV3ClickCommand",
    "LikeInfoV3ClickCommandData",
    "LikeInfoV3ClickCommandDataContributionInfoType0",
    "LikeInfoV3ClickCommandDataFansMedalType0",
    "LikeInfoV3ClickCommandDataUinfoType0",
    "LikeInfoV3UpdateCommand",
    "LikeInfoV3UpdateCommandData",
    "LiveCommand",
    "LiveNotice",
    "LiveSessionData",
    "LiveSessionDataResponse",
    "LiveStart",
    "LiveStartCollaborationLiveExtraType0",
    "LiveStop",
    "LiveVersion",
    "LogInNoticeCommand",
    "LogInNoticeCommandData",
    "ManualHighlight",
    "ManualHighlightListResponse",
    "ManualHighlights",
    "ManualHighlightSaveResponse",
    "ManualHighlightSaveResult",
    "ManualType",
    "NavInfo",
    "NavLoggedOut",
    "NavResponse",
    "NoticeMsgCommand",
    "NoticeMsgCommandFull",
    "NoticeMsgCommandHalf",
    "NoticeMsgCommandScatter",
    "NoticeMsgCommandSide",
    "OnlineRankCountCommand",
    "OnlineRankCountCommandData",
    "OnlineRankTop3Command",
    "OnlineRankTop3CommandData",
    "OnlineRankTop3CommandDataListType0Item",
    "OnlineRankV2Command",
    "OnlineRankV2CommandData",
    "OnlineRankV2CommandDataListType0Item",
    "Pagination",
    "ParentArea",
    "PendantBadge",
    "PendantFrame",
    "PreLiveUpdate",
    "PreparingCommand",
    "PreparingCommandScatter",
    "PublishedSlice",
    "PublishedSliceList",
    "PublishedSliceListResponse",
    "PublishedVideoSlice",
    "PublishVideoSliceResponse",
    "RecallDanmuMsgCommand",
    "RecallDanmuMsgCommandData",
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
    "RoomAdminEntranceCommand",
    "RoomAdminPage",
    "RoomAdminPaging",
    "RoomAdminRevokeCommand",
    "RoomAdminsCommand",
    "RoomBlockMsgCommand",
    "RoomBlockMsgCommandData",
    "RoomChangeCommand",
    "RoomChangeCommandData",
    "RoomInfo",
    "RoomInit",
    "RoomInitResponse",
    "RoomNews",
    "RoomNewsUpdated",
    "RoomPendants",
    "RoomRealTimeMessageUpdateCommand",
    "RoomRealTimeMessageUpdateCommandData",
    "RoomSilent",
    "RoomSilentOffCommand",
    "RoomSilentOffCommandDataType1",
    "RoomSilentOnCommand",
    "RoomSilentOnCommandData",
    "RoomUpdate",
    "RtmpInfo",
    "SendChatMessageBody",
    "SendChatMessageResponse",
    "SendGiftCommand",
    "SendGiftCommandData",
    "SendGiftCommandDataBatchComboSendType0",
    "SendGiftCommandDataCapsuleType1",
    "SendGiftCommandDataCapsuleType1ColorfulType0",
    "SendGiftCommandDataCapsuleType1ColorfulType0ProgressType0",
    "SendGiftCommandDataCapsuleType1NormalType0",
    "SendGiftCommandDataCapsuleType1NormalType0ProgressType0",
    "SendGiftCommandDataComboSendType0",
    "SendGiftCommandDataMedalInfoType0",
    "SendGiftCommandDataMedalType1",
    "SendGiftCommandDataReceiveUserInfoType0",
    "SendGiftCommandDataTopListType0Item",
    "SendGiftV2Command",
    "SendGiftV2CommandData",
    "SendGiftV2CommandDataData",
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
    "StartLiveIdentityCheckDataRiskExtraType0",
    "StartLivePlatform",
    "StartLiveResponse",
    "StopLiveBody",
    "StopLivePlatform",
    "StopLiveResponse",
    "StopLiveRoomListCommand",
    "StopLiveRoomListCommandData",
    "StreamProtocol",
    "StudioInfo",
    "SubArea",
    "SuccessEnvelope",
    "SuperChatMessageCommand",
    "SuperChatMessageCommandData",
    "SuperChatMessageCommandDataGiftType0",
    "SuperChatMessageCommandDataGroupMedalType0",
    "SuperChatMessageCommandDataMedalInfoType0",
    "SuperChatMessageCommandDataUinfoType0",
    "SuperChatMessageCommandDataUserInfoType0",
    "SuperChatMessageDeleteCommand",
    "SuperChatMessageDeleteCommandData",
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
    "UserToastMsgCommand",
    "UserToastMsgCommandData",
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
    "WarningCommand",
    "WatchedChangeCommand",
    "WatchedChangeCommandData",
    "WbiImg",
)
