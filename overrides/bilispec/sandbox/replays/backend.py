"""The replay area's state and its transitions: the merge of a download, publishing, drafts, saved
clips and served key frames. Refusals are raised as the pages' codes; the wire is responses.py's."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..answers import Fail
from . import files, records, seeds
from .records import Draft, Replay, SavedClip, Slice, clip_title


def _highlight(highlight_id: int, kind: int, ts: int, title: str) -> dict[str, Any]:
    return {
        "id": highlight_id,
        "type": kind,
        "start_time": ts,
        "end_time": ts + 180,
        "title": title,
        "cover": "",
        "extra": "",
    }


@dataclass
class ReplayBackend:
    replays: dict[int, Replay] = field(default_factory=dict)
    slices: list[Slice] = field(default_factory=list)
    drafts: dict[int, Draft] = field(default_factory=dict)
    clips: list[SavedClip] = field(default_factory=list)
    frames: dict[str, int] = field(default_factory=dict)  # file name -> frame time, as handed out
    next_slice_id: int = 900_001
    next_fan_slice_id: int = 4_101
    next_manual_id: int = 14_101
    next_avid: int = 115_000_000_000_001
    _curves: dict[int, list[tuple[int, int, int]]] = field(default_factory=dict)
    _files: dict[str, bytes] = field(default_factory=dict)

    @classmethod
    def seed(cls) -> ReplayBackend:
        backend = cls(replays=seeds.replays())
        backend.slices = seeds.slices(backend.replays, lambda r: int(backend.highlights(r)[0]["id"]))
        backend.drafts = seeds.drafts(backend.replays)
        backend.clips = seeds.clips(backend.replays)
        return backend

    # -- lookups --------------------------------------------------------------------------------

    def by_key(self, live_key: str) -> Replay | None:
        return next((r for r in self.replays.values() if r.live_key == live_key), None)

    def replays_of(self, uid: int, since: float) -> list[Replay]:
        """A user's replays still kept, newest first."""
        mine = [r for r in self.replays.values() if r.uid == uid and r.start_time >= since]
        return sorted(mine, key=lambda r: r.start_time, reverse=True)

    def curve(self, replay: Replay) -> list[tuple[int, int, int]]:
        """(time, danmaku, room entries) once a minute over the session, e.g. 1,440 points for 24 hours."""
        cached = self._curves.get(replay.replay_id)
        if cached is None:
            first = replay.start_time - replay.start_time % 60
            count = max(1, replay.duration // 60)
            peaks = [files.mix(replay.replay_id, "peak", n) % count for n in range(4)]
            cached = []
            for k in range(count):
                crowd = sum(max(0, 40 - 3 * abs(k - p)) for p in peaks)
                danmaku = files.mix(replay.replay_id, k) % 12 + crowd
                entries = files.mix(replay.replay_id, "in", k) % 8 + (crowd // 2 if k < count // 2 else 0)
                cached.append((first + 60 * k, danmaku, entries))
            self._curves[replay.replay_id] = cached
        return cached

    def highlights(self, replay: Replay) -> list[dict[str, Any]]:
        """Top three danmaku minutes (ten minutes apart at least) and the busiest room-entry minute."""
        points = self.curve(replay)
        tops: list[int] = []
        for ts, _, _ in sorted(points, key=lambda p: (-p[1], p[0])):
            if len(tops) == 3:
                break
            if all(abs(ts - t) >= 600 for t in tops):
                tops.append(ts)
        items = [
            _highlight(replay.replay_id * 10 + n, 1, ts, f"弹幕高光 Top {n}") for n, ts in enumerate(tops, start=1)
        ]
        entries_peak = max(points, key=lambda p: (p[2], -p[0]))[0]
        items.append(_highlight(replay.replay_id * 10 + 9, 2, entries_peak, "进房高光时刻"))
        return items

    def clips_of(self, uid: int, live_key: str) -> list[SavedClip]:
        return [c for c in self.clips if c.uid == uid and c.live_key == live_key]

    def same_stretch(self, uid: int, fan: bool, live_key: str, start: int, end: int) -> bool:
        return any(
            s.uid == uid and s.fan == fan and s.live_key == live_key and (s.start_ts, s.end_ts) == (start, end)
            for s in self.slices
            if s.status != records.SUBMISSION_FAILED
        )

    # -- the download ---------------------------------------------------------------------------

    def request_download(self, uid: int, record_id: int | None, live_key: str | None, now: int) -> Replay:
        """The caller's replay named by id and/or key, its merge started if it was not."""
        by_id = self.replays.get(record_id) if record_id is not None else None
        by_key = self.by_key(live_key) if live_key else None
        unknown = (record_id is not None and by_id is None) or (live_key and by_key is None)
        replay = by_id or by_key
        if unknown or replay is None or (by_id and by_key and by_id is not by_key) or replay.uid != uid:
            raise Fail(*records.INVALID_REPLAY)  # unknown, someone else's, or the id and the key name different replays
        if not replay.recorded:
            raise Fail(*records.NO_RECORDING)
        if replay.status == records.NOT_MERGED and replay.merge_time is None:  # start the merge
            replay.merge_time = now
            replay.estimated_time = now + 60 + replay.duration // 100
        return replay

    def poll(self, replay: Replay) -> None:
        """One poll moves a requested merge one step on."""
        if replay.merge_time is None or replay.status in (records.DONE, records.FAILED):
            return
        replay.merge_polls += 1
        if replay.merge_polls >= records.MERGE_POLLS:
            replay.status = records.FAILED if replay.merge_fails else records.DONE

    # -- slices, drafts, clips, frames ----------------------------------------------------------

    def read_slices(self, uid: int, fan: bool) -> None:
        """Reading one's list moves one's publishing slices on; after PUBLISH_READS reads they are submitted."""
        for piece in self.slices:
            if piece.uid == uid and piece.fan == fan and piece.status == records.PUBLISHING:
                piece.reads += 1
                if piece.reads >= records.PUBLISH_READS:
                    piece.status = records.SUBMITTED
                    piece.avid = self.next_avid
                    self.next_avid += 1

    def publish(self, piece: Slice) -> Slice:
        """Add a new slice, numbered in its own sequence (the anchor's, or the fans')."""
        if piece.fan:
            piece.slice_id, self.next_fan_slice_id = self.next_fan_slice_id, self.next_fan_slice_id + 1
        else:
            piece.slice_id, self.next_slice_id = self.next_slice_id, self.next_slice_id + 1
        self.slices.append(piece)
        return piece

    def delete_draft(self, uid: int, draft_id: int, fan: bool) -> None:
        draft = self.drafts.get(draft_id)
        if draft is None or draft.uid != uid or (draft.live_uid != draft.uid) != fan:
            raise Fail(*records.NO_DRAFT)  # unknown, someone else's, or one for the other delete operation
        del self.drafts[draft_id]

    def save_clip(self, uid: int, replay: Replay, start: int, end: int) -> SavedClip:
        title = clip_title(len(self.clips_of(uid, replay.live_key)) + 1)
        clip = SavedClip(self.next_manual_id, uid, replay.uid, replay.live_key, title, start, end)
        self.clips.append(clip)
        self.next_manual_id += 1
        return clip

    def hand_out_frame(self, replay: Replay, ts: int) -> str:
        """The file name of the key frame at `ts`, served from then on."""
        stamp = files.stamp(ts)
        name = f"live_{replay.uid}_{replay.room_id}_{stamp}.jpg"
        self.frames[name] = ts
        return name

    # -- files served at /sandbox/files/ --------------------------------------------------------

    def file(self, name: str) -> bytes | None:
        """The bytes of a file the sandbox's URLs point at, or None."""
        cached = self._files.get(name)
        if cached is not None:
            return cached
        content = self._make_file(name)
        if content is not None:
            self._files[name] = content
        return content

    def _make_file(self, name: str) -> bytes | None:
        if name.endswith(".mp4"):
            replay = next((r for r in self.replays.values() if r.filename == name and r.status == records.DONE), None)
            return None if replay is None else files.replay_video(replay)
        if name in self.frames:
            return files.key_frame(name)
        if name.startswith("dmass_") and name.endswith(".ass"):
            replay = self.by_key(name.removesuffix(".ass").rsplit("_", 1)[-1])
            return None if replay is None else files.danmaku_ass(replay, self.highlights(replay))
        return None
