-- every (i, j) pair from -7 to 7 on a five-byte string
-- (the trace compiler of LuaJIT 2.1.0-beta3 records some of these calls
-- wrongly once the loop gets hot, so the interpreter's answers are taken)
jit.off()
local s = "12345"
for i = -7, 7 do
  local row = {}
  for j = -7, 7 do
    local r = s:sub(i, j)
    row[#row + 1] = r == "" and "." or r
  end
  print(string.format("%3d", i), table.concat(row, " "))
end
