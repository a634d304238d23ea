-- custom stateless iterators: f(state, control)
local function range_iter(limit, i)
  if i < limit then return i + 1, (i + 1) * (i + 1) end
end
local function squares(limit) return range_iter, limit, 0 end
for i, sq in squares(5) do print(i, sq) end
local function rev_iter(t, i)
  i = i - 1
  if i > 0 then return i, t[i] end
end
local function ripairs(t) return rev_iter, t, #t + 1 end
local out = {}
for i, v in ripairs({"a", "b", "c"}) do out[#out + 1] = i .. v end
print(table.concat(out, " "))
local function chars(s, i)
  i = i + 1
  if i <= #s then return i, s:sub(i, i) end
end
for i, c in chars, "hey", 0 do print(i, c) end
