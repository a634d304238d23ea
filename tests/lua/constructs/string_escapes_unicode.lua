-- \u{XXXX} escapes produce UTF-8; print bytes only
local function bytes(s)
  local t = {}
  for i = 1, #s do t[#t + 1] = string.byte(s, i) end
  return #s .. ": " .. table.concat(t, " ")
end
print(bytes("\u{41}"))
print(bytes("\u{7F}"))
print(bytes("\u{80}"))
print(bytes("\u{E9}"))
print(bytes("\u{7FF}"))
print(bytes("\u{800}"))
print(bytes("\u{20AC}"))
print(bytes("\u{FFFF}"))
print(bytes("\u{10000}"))
print(bytes("\u{1F600}"))
print(bytes("\u{10FFFF}"))
print(bytes("\u{0000041}"))
print("\u{48}\u{69}")
