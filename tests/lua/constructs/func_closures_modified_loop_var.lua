-- closures see the per-iteration copy, including changes made in the body
local fs = {}
for i = 1, 3 do
  i = i * 10
  fs[#fs + 1] = function() return i end
  i = i + 1
end
print(fs[1](), fs[2](), fs[3]())
local gs = {}
for i = 1, 3 do
  gs[i] = {get = function() return i end, set = function(v) i = v end}
end
gs[2].set(99)
print(gs[1].get(), gs[2].get(), gs[3].get())
local hs = {}
for _, word in ipairs({"a", "b"}) do
  hs[#hs + 1] = function() word = word .. "!"; return word end
end
print(hs[1](), hs[1](), hs[2]())
