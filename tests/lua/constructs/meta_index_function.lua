-- __index as a function receives (table, key)
local log = {}
local t = setmetatable({present = 1}, {__index = function(tbl, key)
  log[#log + 1] = tostring(key)
  return key == "answer" and 42 or nil
end})
print(t.present, t.answer, t.other, t[1])
print(table.concat(log, ","))
local squares = setmetatable({}, {__index = function(tbl, n)
  local v = n * n
  rawset(tbl, n, v)
  return v
end})
print(squares[4], squares[5], rawget(squares, 4), rawget(squares, 6))
local str_mt = getmetatable("")
print(type(str_mt), type(str_mt.__index), ("abc"):sub(2) == string.sub("abc", 2))
