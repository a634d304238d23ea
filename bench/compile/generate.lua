-- Writes a large Lua source to stdout for the compile-time benchmark:
-- many functions with locals, loops and branches, big table constructors
-- and long arithmetic/concatenation expressions. Deterministic output.
local functions = tonumber(arg and arg[1]) or 6000
local out = {}
local function emit(s) out[#out + 1] = s end

emit("local M = {}")
for i = 1, functions do
  emit(("function M.f%d(a, b, c)"):format(i))
  emit("  local t = { " .. ("%d, "):rep(8):format(i, i + 1, i + 2, i + 3, i + 4, i + 5, i + 6, i + 7)
    .. ("x = %d, y = \"s%d\", [\"k%d\"] = { %d, %d } }"):format(i, i, i, i, i * 2))
  emit("  local s = 0")
  emit(("  for j = 1, a or %d do s = s + j * %d - (b or 1) / %d end"):format(i % 17 + 1, i, i % 7 + 1))
  emit(("  if s > %d and (c == nil or c < %d) then s = s .. \"-\" .. t.y else s = -s end"):format(i, i * 3))
  emit(("  return s + t[1] * t[2] - t[3] / (t[4] + %d) + (a or 0) %% 7, t.x .. \":\" .. t.k%d"):format(i, 1))
  emit("end")
end
emit("local data = {")
for i = 1, functions * 2 do
  emit(("  { id = %d, name = \"item%d\", tags = { \"a\", \"b\", \"c\" }, score = %d.5 },"):format(i, i, i % 100))
end
emit("}")
emit("return M, data")
io.write(table.concat(out, "\n"), "\n")
