from enum import StrEnum


class SetRoomSilentBodyType(StrEnum):
    MEDAL = "medal"
    MEMBER = "member"
    OFF = "off"
    WEALTH = "wealth"

    def __str__(self) -> str:
        return str(self.value)
