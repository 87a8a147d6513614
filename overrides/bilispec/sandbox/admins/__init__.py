"""Room admins: appoint, dismiss, list. An admin may mute viewers and manage blocked keywords."""
