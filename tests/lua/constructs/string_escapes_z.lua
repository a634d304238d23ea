-- \z skips following whitespace including newlines
local s = "abc\z
           def\z    ghi"
print(s, #s)
local t = "one \z

     two"
print(t)
print("x\z
y" == "xy")
