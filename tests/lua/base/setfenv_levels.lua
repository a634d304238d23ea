-- setfenv/getfenv with stack levels
local function inner()
  local e = getfenv(1)
  return e.marker
end
local function outer()
  setfenv(1, setmetatable({marker = "outer env"}, {__index = _G}))
  return marker, inner()
end
print(outer())
marker = "global marker"
print(inner(), marker)
local function caller()
  local function changeCaller()
    setfenv(2, {print = print, tag = "replaced"})
  end
  changeCaller()
  print(tag)
end
caller()
print(tag)
