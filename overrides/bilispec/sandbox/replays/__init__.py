"""The 23 replay operations: replays and their download, slices, clip drafts, session data,
highlights and key frames.

records.py holds the records and the area's constants, seeds.py the seed, files.py the bytes of the
files the sandbox serves, backend.py the state and its transitions, responses.py the wire.
This package imports none of them, so the world can import the backend and the app the responses
without a cycle.
"""
