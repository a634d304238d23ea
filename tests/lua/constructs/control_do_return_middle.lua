-- 'return' must be the last statement; do return end allows an early exit
local function early(x)
  print("start", x)
  if x then do return "early" end end
  do return "middle" end
  print("unreachable")
  return "end"
end
print(early(true))
print(early(false))
local function values()
  do return 1, 2, 3 end
end
print(values())
local function nothing()
  do return end
  print("never printed")
end
print(select("#", nothing()))
for i = 1, 3 do
  if i == 2 then
    print("break-like exit at", i)
    break
  end
end
local function f() return; end
print(f())
