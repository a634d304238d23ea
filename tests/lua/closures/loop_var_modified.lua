-- closures over loop variables modified inside the body
local fns = {}
for i = 1, 3 do
  local f = function() return i end
  i = i * 100
  fns[#fns + 1] = f
end
print(fns[1](), fns[2](), fns[3]())
local gs = {}
for _, v in ipairs({1, 2, 3}) do
  gs[#gs + 1] = function() v = v + 1; return v end
end
print(gs[1](), gs[1](), gs[2](), gs[3]())
