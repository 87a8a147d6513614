"""The two watch reports on api.bilibili.com: history progress and the web player's heartbeat.

backend.py holds the state and its transitions, responses.py the wire; this package
imports neither, so the world can import the backends and the app the responses without a cycle.
"""
