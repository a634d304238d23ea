-- Common BitOp idioms: masks, flags, hashing.
local function hash(s)
  local h = 0
  for i = 1, #s do h = bit.bxor(bit.rol(h, 5), s:byte(i)) end
  return bit.tohex(h)
end
print(hash("hello"), hash("world"), hash(""))
local flags = bit.bor(1, 4, 16)
print(bit.band(flags, 4) ~= 0, bit.band(flags, 2) ~= 0, bit.band(flags, bit.bnot(4)))
print(bit.rshift(bit.band(0xdeadbeef, 0xff00), 8))
