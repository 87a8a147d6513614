"""The live message stream in the sandbox: getting in (nav, finger/spi, getDanmuInfo), the `/sub`
WebSocket with the real framing, and what the rooms say (state.py). models and wire as elsewhere:
state.py holds the state and its transitions, socket.py and access.py the wire."""
