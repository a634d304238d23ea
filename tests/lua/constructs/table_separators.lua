-- trailing ',' and ';' separators are allowed, and can be mixed
local a = {1, 2, 3,}
local b = {1; 2; 3;}
local c = {1, 2; 3}
local d = {x = 1; y = 2,}
print(#a, #b, #c, d.x + d.y)
local e = {
  "first",
  "second";
  key = "value";
  [3] = "third",
}
print(#e, e[1], e[2], e[3], e.key)
local f = {{}, {}; {},}
print(#f)
