"""`python -m bilispec.sandbox`: serve on 127.0.0.1, port BILISPEC_SANDBOX_PORT (default 8765)."""

from .server import serve

if __name__ == "__main__":
    serve()
