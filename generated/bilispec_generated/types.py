"""Contains some shared types for properties"""

import re
from collections.abc import Mapping, MutableMapping
from contextvars import ContextVar
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, TypeVar

from attrs import define


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@define
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


# bilispec: the models' __getattr__. Their `additional_properties` slot is left empty by __init__
# (most objects have no unknown members) and filled with a dict the first time it is read.
def _extras_on_first_use(self: Any, name: str) -> Any:
    if name == "additional_properties":  # reached only while the slot is still empty
        self.additional_properties = {}
        return self.additional_properties
    raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")


# bilispec: True while the client builds models from a body that it has checked, in one compiled
# pass, to hold no member the description does not name (bilispec.core.validation,
# accepts_described_success); lists of models then skip looking for unknown members. False
# everywhere else, so from_dict on any other dict finds them as before.
DESCRIBED_ONLY: ContextVar[bool] = ContextVar("bilispec_described_only", default=False)


@define
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


# bilispec: model reprs. Self-contained on purpose (this package never imports bilispec), so the
# rule is small: members named like a login secret, and the value of secret query parameters
# (stream keys `key=`, URL signatures) wherever they sit inside a string.
_MASK = "SCRUBBED"
_SECRET_MEMBERS = frozenset({"sessdata", "bili_jct", "csrf", "csrf_token", "access_key", "key", "sign"})
_SECRET_PAIR = re.compile(
    r"((?:^|[?&;\s'\"]|%26|%3[Ff])(?:key|sign|upsig|access_key|csrf|csrf_token|sessdata|bili_jct"
    r"|x-amz-signature|x-amz-credential)(?:=|%3[Dd]))(?:(?!%26)[^&;\s'\"])+",
    re.IGNORECASE,
)


def model_repr(model: Any, names: tuple[tuple[str, bool], ...]) -> str:
    """`Name(member=value, ...)`: required members, optional ones only when set, extras only when present."""
    parts = []
    for name, required in names:
        value = getattr(model, name)
        if value is None and not required:
            continue
        shown = _MASK if name in _SECRET_MEMBERS and value else _SECRET_PAIR.sub(r"\1" + _MASK, repr(value))
        parts.append(f"{name}={shown}")
    extras = getattr(model, "additional_properties", None)
    if extras:
        parts.append(_SECRET_PAIR.sub(r"\1" + _MASK, f"additional_properties={extras!r}"))
    return f"{type(model).__name__}({', '.join(parts)})"


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "Response", "Unset", "model_repr"]
