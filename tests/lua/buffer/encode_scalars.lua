-- the encodings of nil, booleans, numbers and strings
local buffer = require("string.buffer")
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x ", c:byte()) end)) end
for _, v in ipairs({false, true, 0, 1, -1, 1.5, 2^31, 2^53, -0.0, 1/0, -1/0, 0/0, "", "abc", "\0\1\255"}) do
  print(tostring(v), hex(buffer.encode(v)))
end
print(hex(buffer.encode(nil)))
print(#buffer.encode(("x"):rep(191)), hex(buffer.encode(("x"):rep(192)):sub(1, 9)))
print(hex(buffer.encode(("x"):rep(300)):sub(1, 9)))
print(hex(buffer.encode(("x"):rep(0x1fe0 - 0x20 - 1)):sub(1, 9)))
print(hex(buffer.encode(("x"):rep(0x1fe0 - 0x20)):sub(1, 18)))
