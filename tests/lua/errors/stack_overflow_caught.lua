-- runaway recursion is caught by pcall
local function runaway(n) return 1 + runaway(n + 1) end
local ok, e = pcall(runaway, 1)
print(ok, e)
local depth = 0
local function count() depth = depth + 1; count(); end
ok, e = pcall(count)
print(ok, e, depth > 1000)
-- the state is usable afterwards
local function fact(n) if n <= 1 then return 1 end return n * fact(n - 1) end
print(fact(10))
