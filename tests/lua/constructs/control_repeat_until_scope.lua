-- repeat-until: the condition sees locals declared in the body
local i = 0
repeat
  i = i + 1
  local done = i >= 3
until done
print(i)
local tries = {}
repeat
  local attempt = #tries + 1
  tries[attempt] = attempt * attempt
until tries[attempt] > 20
print(#tries, table.concat(tries, ","))
local fs = {}
local j = 0
repeat
  j = j + 1
  local v = j
  fs[j] = function() return v end
until v == 3
print(fs[1](), fs[2](), fs[3]())
repeat print("runs once") until true
local c = 0
repeat c = c + 1; if c == 2 then break end until false
print(c)
