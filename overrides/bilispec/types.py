"""The types a bot annotates with: every model of a request body or a `data`, and `Page`.

They are the generated classes (bilispec_generated.models), re-exported under one public name:
`from bilispec.types import VotePanel, VoteInfo`. An optional member the API left out reads as
None; `to_dict()` gives back what came in (absent members stay absent, explicit nulls stay null).
"""

from __future__ import annotations

from bilispec_generated.models import *  # noqa: F403
from bilispec_generated.models import __all__ as _models

from .client.pagination import Page

__all__ = [*_models, "Page"]
