-- this file ends with a comment and no trailing newline
local values = {}
for i = 1, 3 do values[i] = i * 7 end
print(table.concat(values, " "))
print("last statement before the final comment")
-- final comment without newline