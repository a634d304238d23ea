-- closure pairs sharing state: next value and reset
local function gen(seq)
  local i = 0
  local function nextv() i = i + 1; return seq[i] end
  local function reset() i = 0 end
  local function pos() return i end
  return nextv, reset, pos
end
local nextv, reset, pos = gen({"a", "b", "c"})
print(nextv(), nextv(), pos())
reset()
print(nextv(), pos())
print(nextv(), nextv(), nextv(), pos())
