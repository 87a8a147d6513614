"""Chat messages (msg/send): sent, filtered by a blocked keyword ("k"), or refused."""
