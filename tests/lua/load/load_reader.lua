-- load with a reader function: pieces are concatenated until nil or "".
local function pieces(list)
  local i = 0
  return function()
    i = i + 1
    return list[i]
  end
end

print(load(pieces({ "return ", "1 ", "+ ", "41" }))())
print(load(pieces({ "ret", "urn 'a", "b'", "", "junk junk" }))())
print(load(pieces({ "return ", 42 }))())
print(load(pieces({}))())
print(load(pieces({ "x = = 1" })))
print(load(pieces({ "x =" }), "=reader"))
print(load(pieces({ "x =" }), "reader chunk"))
-- A piece that is not a string, or an error raised by the reader, is
-- returned as the message (checked inside pcall: without one, LuaJIT adds
-- a position and a traceback to the message).
print(pcall(function() return load(pieces({ "return 1", {} })) end))
print(pcall(function() return load(pieces({ "return 1", true })) end))
print(pcall(function() return load(function() error("boom", 0) end) end))
print(pcall(function() return load(function() error("boom") end) end))
local f, err = load(function() error({ code = 7 }) end)
print(f, type(err), err.code)

-- A reader may call back into load.
local nested = load(pieces({ "return ", "load(function() return nil end)" }))
print(type(nested()))

-- Many small pieces.
local n = 0
local big = load(function()
  n = n + 1
  if n == 1 then return "return 0" end
  if n <= 3001 then return " + 1" end
  return nil
end)
print(big())
