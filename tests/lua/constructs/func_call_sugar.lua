-- calls with string and table literal arguments
local function show(x)
  if type(x) == "table" then return "table#" .. #x end
  return "str:" .. x
end
print(show"plain", show'single', show[[long]], show[==[lvl2]==])
print(show{1, 2, 3}, show{})
local function chain(a)
  return function(b) return function(c) return a .. b .. c end end
end
print(chain"a""b""c")
print(chain "x" "y" "z")
print(chain[[1]][[2]]"3")
local function cfg(t) return t.name .. "=" .. t.value end
print(cfg{name = "k", value = "v"})
local obj = {pre = ">"}
function obj:say(s) return self.pre .. (type(s) == "table" and s[1] or s) end
print(obj:say"hi", obj:say{"tbl"}, obj:say[[long]])
print(type{}, type"", tostring(nil), #"abc")
