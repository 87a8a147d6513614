"""Reading rooms: resolve a short id (room_init), room info, the announcement, the push address."""
