-- decoding scalars, including int32 and long-form lengths
local buffer = require("string.buffer")
for _, v in ipairs({false, true, 0, -1, 1.5, 2^53, 1/0, "", "abc", ("y"):rep(500)}) do
  local d = buffer.decode(buffer.encode(v))
  print(type(d), d == v, #tostring(d))
end
print(buffer.decode("\0"), buffer.decode(buffer.encode(0/0)) ~= buffer.decode(buffer.encode(0/0)))
print(buffer.decode("\6\5\0\0\0"), buffer.decode("\6\255\255\255\255"))
print(buffer.decode("\6\255\255\255\127"), buffer.decode("\6\0\0\0\128"))
print(#buffer.decode("\225\0" .. ("x"):rep(0x1e0 - 0x20)))
print(buffer.decode("\255\35\0\0\0abc"))
