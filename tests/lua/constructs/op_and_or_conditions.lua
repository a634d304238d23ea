-- and/or in conditions, including short-circuiting
local calls = {}
local function mark(name, v) calls[#calls + 1] = name; return v end
if mark("a", nil) and mark("b", true) then print("no") else print("else1") end
if mark("c", 1) or mark("d", true) then print("then2") end
if mark("e", false) or mark("f", nil) or mark("g", 0) then print("then3") end
if not (mark("h", 1) and mark("i", false)) then print("then4") end
print(table.concat(calls, ","))
local n = 0
while n < 10 and n ~= 4 do n = n + 1 end
print(n)
local v = 3
if v > 1 and v < 5 or v == 10 then print("range") end
if not v then print("nope") elseif v and not nil then print("elseif") end
