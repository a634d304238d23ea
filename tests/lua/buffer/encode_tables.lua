-- table encodings: empty, arrays (1- and 0-based), single keys, mixed
local buffer = require("string.buffer")
local function hex(s) return (s:gsub(".", function(c) return string.format("%02x ", c:byte()) end)) end
local function show(label, v) print(label, hex(buffer.encode(v))) end
show("empty", {})
show("array", {1, 2, 3})
show("strings", {"a", "b"})
show("hash", {x = 1})
show("mixed", {1, x = true})
show("hole", {1, nil, 3})
show("trailing nil", {1, 2, nil})
show("leading nils", {nil, nil, 3})
show("zero", {[0] = 5, 6, 7})
show("zero only", {[0] = 1})
show("nested", {{}, {{}}})
show("bool key", {[true] = 1})
show("float key", {[1.5] = true})
show("negative key", {[-1] = "n"})
local loop = {}
for i = 1, 10 do loop[i] = i end
show("loop", loop)
loop[10], loop[9] = nil, nil
show("shrunk", loop)
local big = {}
for i = 1, 300 do big[i] = true end
local s = buffer.encode(big)
print(#s, hex(s:sub(1, 6)))
