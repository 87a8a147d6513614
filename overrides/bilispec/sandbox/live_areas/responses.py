"""get_area_list on the wire: the page's shape (children's ids as strings)."""

from __future__ import annotations

from typing import Any

from ..answers import Reply
from ..plumbing import Area, Call
from .backend import NAMES, OLD_AREA_ID

area = Area("area")


def sub_area(sub_id: int, parent_id: int, parent_name: str) -> dict[str, Any]:
    return {
        "id": str(sub_id),
        "parent_id": str(parent_id),
        "old_area_id": str(OLD_AREA_ID[parent_id]),
        "name": NAMES[sub_id],
        "act_id": "0",
        "pk_status": "0",
        "hot_status": 1,
        "lock_status": "0",
        "pic": f"https://i0.hdslb.com/bfs/vc/sandbox{sub_id}.png",
        "parent_name": parent_name,
        "area_type": 0,
    }


@area.handler("get_area_list")
def get_area_list(call: Call) -> Any:
    tree = call.world.areas
    data = [
        {"id": pid, "name": name, "list": [sub_area(sub, pid, name) for sub in subs]}
        for pid, (name, subs) in tree.parents.items()
    ]
    return Reply(data, message="success", msg="success", ttl=None)
