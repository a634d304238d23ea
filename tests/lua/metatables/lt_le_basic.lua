-- __lt and __le with operand order and > / >= swapping
local log = {}
local mt = {}
mt.__lt = function(a, b) log[#log + 1] = "lt(" .. a.n .. "," .. b.n .. ")"; return a.n < b.n end
mt.__le = function(a, b) log[#log + 1] = "le(" .. a.n .. "," .. b.n .. ")"; return a.n <= b.n end
local function N(n) return setmetatable({n = n}, mt) end
local one, two = N(1), N(2)
print(one < two, one > two, one <= two, one >= two)
print(table.concat(log, " "))
log = {}
print(two < two, two <= two, not (one < two))
print(table.concat(log, " "))
local list = {N(3), N(1), N(2)}
table.sort(list)
print(list[1].n, list[2].n, list[3].n)
