-- runtime error without error(): indexing nil in a nested call
local config = {}
local function lookup(name)
  return config.section[name]
end
local function run()
  local v = lookup("key")
  return v
end
print("running")
run()
