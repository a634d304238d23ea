local function show(d)
  local keys = {}
  for k, v in pairs(d) do keys[#keys + 1] = k .. "=" .. tostring(v) end
  table.sort(keys)
  return table.concat(keys, " ")
end
print(show(os.date("!*t", 0)))
print(show(os.date("!*t", 1e9)))
print(show(os.date("!*t", -1)))
print(show(os.date("!*t", 951825600)))
