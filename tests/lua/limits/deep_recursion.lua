-- Runaway recursion ends in LuaJIT's "stack overflow", caught by pcall.
local function rec(n) return 1 + rec(n + 1) end
local ok, err = pcall(rec, 1)
print(ok, err)
local function deep(n) if n == 0 then return 0 end return 1 + deep(n - 1) end
print(pcall(deep, 10000))
local function tail(n) if n == 0 then return "done" end return tail(n - 1) end
print(tail(1000000))
