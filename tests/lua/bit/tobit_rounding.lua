-- LuaJIT rounds to nearest, ties to even, before reducing mod 2^32.
print(bit.tobit(1.5), bit.tobit(2.5), bit.tobit(-1.5), bit.tobit(-2.5))
print(bit.tobit(0.5), bit.tobit(-0.5), bit.tobit(0.49), bit.tobit(3.7), bit.tobit(-3.7))
print(bit.tobit(4294967296.5), bit.tobit(1e-300))
