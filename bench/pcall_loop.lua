-- pcall in a loop: protected calls that succeed, that raise string errors
-- and that raise table errors, plus error() with levels.
local function ok(a, b) return a + b end
local function fail(a) error("bad " .. a, 0) end
local function fail_table(a) error({ code = a }) end

local n = tonumber(arg and arg[1]) or 6000000
local sum, failures, codes = 0, 0, 0
for i = 1, n do
  local status, result = pcall(ok, i, 1)
  if status then sum = sum + result end
  if i % 4 == 0 then
    local s, msg = pcall(fail, i)
    if not s and #msg > 0 then failures = failures + 1 end
  end
  if i % 8 == 0 then
    local s, err = pcall(fail_table, i)
    if not s then codes = codes + err.code % 3 end
  end
end
print(sum, failures, codes)
