-- an event emitter with varargs, ordered handlers, and once-handlers
local Emitter = {}
Emitter.__index = Emitter
function Emitter.new() return setmetatable({handlers = {}}, Emitter) end
function Emitter:on(name, fn)
  local list = self.handlers[name] or {}
  self.handlers[name] = list
  list[#list + 1] = {fn = fn}
  return self
end
function Emitter:once(name, fn)
  self:on(name, fn)
  local list = self.handlers[name]
  list[#list].once = true
  return self
end
function Emitter:emit(name, ...)
  local list = self.handlers[name]
  if not list then return 0 end
  local keep, called = {}, 0
  for _, h in ipairs(list) do
    h.fn(...)
    called = called + 1
    if not h.once then keep[#keep + 1] = h end
  end
  self.handlers[name] = keep
  return called
end
local e = Emitter.new()
local log = {}
e:on("data", function(...) log[#log + 1] = "A" .. select("#", ...) end)
e:once("data", function(x) log[#log + 1] = "B" .. tostring(x) end)
e:on("data", function(x, y) log[#log + 1] = "C" .. tostring(x) .. tostring(y) end)
print(e:emit("data", 1, 2), e:emit("data"), e:emit("none"))
print(table.concat(log, " "))
