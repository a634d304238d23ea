-- setfenv with a stack level changes the running function's environment
local saved_print = print
local function sandbox()
  local env = {result = "none"}
  setfenv(1, env)
  result = "set in sandbox"
  return env
end
local env = sandbox()
saved_print(env.result, result)
local function outer()
  local e = {tag = "E"}
  local function inner() setfenv(2, e) end
  inner()
  return tag
end
print(outer(), tag)
print(type(getfenv(outer)), getfenv(outer).tag)
