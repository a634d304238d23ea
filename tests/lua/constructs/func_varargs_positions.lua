-- ... expands fully only in the last position
local function three() return 1, 2, 3 end
local function count(...) return select("#", ...) end
local function va(...)
  print(..., "end")
  print("start", ...)
  print((...))
  local t1 = {..., "x"}
  local t2 = {"x", ...}
  print(#t1, #t2)
  return ..., "tail"
end
print(va(7, 8, 9))
print(count(three()), count(three(), 10), count(10, three()), count((three())))
print(({three(), three()})[4], #{three(), three()})
