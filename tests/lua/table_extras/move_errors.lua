-- table.move's argument checks
print(pcall(function() table.move({}, "x", 1, 1) end))
print(pcall(function() table.move({}, 1, 1, 1, 5) end))
print(pcall(function() table.move(nil, 1, 1, 1) end))
print(pcall(function() table.move({}, 1, nil, 1) end))
print(pcall(function() table.move({}, 1, 2) end))
print(pcall(table.move, {}))
