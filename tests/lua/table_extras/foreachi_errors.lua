-- table.foreachi's argument checks
print(pcall(table.foreachi))
print(pcall(table.foreachi, {}, nil))
print(pcall(function() table.foreachi(1, print) end))
print(pcall(function() table.foreachi({}, {}) end))
print(pcall(table.foreachi, {1, 2}, function(i) if i == 2 then error("at two", 0) end end))
