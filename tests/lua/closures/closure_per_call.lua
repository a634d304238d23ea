-- each call creates distinct closures with distinct state
local function make() local s = 0; return function() s = s + 1; return s end end
local list = {}
for i = 1, 3 do list[i] = make() end
list[1](); list[1](); list[2]()
print(list[1](), list[2](), list[3]())
print(list[1] == list[2], make() == make())
local f = make()
local same = f
same()
print(f())
