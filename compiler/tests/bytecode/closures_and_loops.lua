-- Upvalues shared by closures created in a loop, a numeric and a generic for.
local counters = {}
for i = 1, 3 do
  local n = i * 10
  counters[i] = function() n = n + 1; return n end
end
for _, f in ipairs(counters) do print(f()) end
