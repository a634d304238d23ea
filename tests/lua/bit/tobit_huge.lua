print(bit.tobit(2^52), bit.tobit(2^53 + 3), bit.tobit(2^64), bit.tobit(2^63), bit.tobit(-2^63))
print(bit.tobit(1e300), bit.tobit(-1e300), bit.tobit(123456789012345))
