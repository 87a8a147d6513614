from enum import StrEnum


class StopLivePlatform(StrEnum):
    ANDROID_LINK = "android_link"
    PC = "pc"
    PC_LINK = "pc_link"

    def __str__(self) -> str:
        return str(self.value)
