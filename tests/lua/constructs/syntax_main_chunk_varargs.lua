-- the main chunk is a vararg function (no script arguments are passed here)
local n = select("#", ...)
print("main chunk args:", n)
local args = {...}
print(#args, (...))
local function count(...) return select("#", ...) end
print(count(...), count(..., "extra"))
print(type(arg) == "table" or type(arg) == "nil")
