-- upvalues stay alive after the creating function returns
local function make(msg)
  local parts = {msg}
  return function(extra)
    if extra then parts[#parts + 1] = extra end
    return table.concat(parts, " ")
  end
end
local f = make("hello")
local g = make("bye")
print(f("world"), g())
print(f("again"), g("now"))
local function outer()
  local x = 1
  local function set(v) x = v end
  local function get() return x end
  return set, get
end
local set, get = outer()
set(42)
print(get())
