-- folding of not/and/or on constants
print(not nil, not false, not 0, not "", not not nil)
print(nil and 1, false or "x", 1 and 2, nil or nil)
print(true and false or "alt", true and nil or "alt2")
print(not (1 == 1), not (1 ~= 1))
if nil then print("never") else print("nil is false") end
if 0 then print("0 is true") end
if "" then print("empty string is true") end
if not false then print("not false") end
while false do print("never") end
repeat local done = true until done
print(1 == 1 and "eq" or "ne", "a" == "b" and "eq" or "ne")
local k = true and 5 or 6
print(k, false and 5 or 6, nil and nil or false)
