"""Live votes: panel, history, create, terminate."""

from __future__ import annotations

from typing import Required, TypedDict, Unpack

from bilispec_generated.models import CreatedVote, VoteHistory, VotePanel

from ._base import AsyncNamespace, Params, SyncNamespace, _model, _nothing, _op, _optional, _sent

# The panel; its `vote_info` is None when no vote runs (the API sends `{}`: the model reads it so,
# VoteInfo being `x-bilispec-empty-is-none`, as the generated functions' envelopes do).
_panel = _optional(VotePanel)


class VoteOptions(TypedDict, total=False):
    """What votes.create takes besides the room: the question, its two options and the duration."""

    question: Required[str]
    option_a: Required[str]
    option_b: Required[str]
    duration: Required[int]
    template_id: int | None
    live_key: str | None
    sub_session_key: str | None
    visit_id: str | None


class _VoteOps:
    """Live votes (直播投票) in your own room."""

    @_op("get_vote_panel", _panel)
    def panel(self, room_id: int) -> Params:
        """The running vote and the templates (查询投票信息).

        None when the room is not yours; `vote_info` is None when no vote runs. Its `duration` and
        `left_duration` are milliseconds.
        """
        return dict(room_id=room_id)

    @_op("get_vote_history", _model(VoteHistory))
    def history(self, room_id: int) -> Params:
        """Past votes of the room (查询投票历史)."""
        return dict(room_id=room_id)

    @_op("create_vote", _model(CreatedVote))
    def create(self, room_id: int, **vote: Unpack[VoteOptions]) -> Params:
        """Start a vote (创建直播投票).

        `duration` is in minutes, a whole number from 1 to 9 (0 < duration < 10); the panel then
        reports the running vote's duration in milliseconds. `question` and the options are text.
        """
        return dict(room_id=room_id, **vote)

    @_op("terminate_vote", _nothing)
    def terminate(self, room_id: int, interaction_id: int, *, visit_id: str | None = None) -> Params:
        """End a running vote that this login created (中断直播投票)."""
        return _sent(locals())


class Votes(SyncNamespace, _VoteOps):
    pass


class AsyncVotes(AsyncNamespace, _VoteOps):
    pass
