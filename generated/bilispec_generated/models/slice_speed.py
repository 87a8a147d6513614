from enum import StrEnum


class SliceSpeed(StrEnum):
    VALUE_0 = "0.5x"
    VALUE_1 = "0.75x"
    VALUE_2 = "1.0x"
    VALUE_3 = "1.25x"
    VALUE_4 = "1.5x"
    VALUE_5 = "2.0x"

    def __str__(self) -> str:
        return str(self.value)
