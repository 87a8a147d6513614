"""The room-wide chat mute (全员禁言): on, off, and its state; it refuses chat while it lasts."""
