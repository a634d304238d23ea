-- generic for with more loop variables than the iterator returns
local function iter(_, i)
  if i < 3 then return i + 1, "v" .. (i + 1) end
end
for a, b, c, d in iter, nil, 0 do print(a, b, c, d) end
for a in iter, nil, 0 do print(a) end
local function triple(t, i)
  i = i + 1
  local v = t[i]
  if v then return i, v, v * v, v * v * v end
end
for i, v, sq, cube in triple, {2, 3}, 0 do print(i, v, sq, cube) end
local explist = {iter, nil, 1}
for k, v in explist[1], explist[2], explist[3] do print("from 1:", k, v) end
