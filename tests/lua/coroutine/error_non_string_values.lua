-- numbers get a position like strings; nil, booleans, tables do not
local function run(f)
  local co = coroutine.create(f)
  local ok, e = coroutine.resume(co)
  print(ok, type(e), type(e) == "table" and "table" or e)
end
run(function() error(42) end)
run(function() error(4.5) end)
run(function() error(42, 0) end)
run(function() error(nil) end)
run(function() error() end)
run(function() error(false) end)
run(function() error(true) end)
run(function() error({}) end)
