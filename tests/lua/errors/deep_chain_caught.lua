-- an error deep in a call chain propagates through all frames
local trail = {}
local function level(n)
  trail[#trail + 1] = n
  if n == 0 then
    local t = nil
    return t.boom
  end
  return level(n - 1) .. "never"
end
print(pcall(level, 50))
print(#trail, trail[1], trail[#trail])
local function a() error("from a") end
local function b() a() end
local function c() b() end
local function d() c() end
print(pcall(d))
