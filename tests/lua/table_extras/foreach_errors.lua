-- table.foreach's argument checks and errors from the callback
print(pcall(table.foreach))
print(pcall(table.foreach, {}))
print(pcall(table.foreach, {}, "x"))
print(pcall(table.foreach, 1, print))
print(pcall(function() table.foreach({}, 1) end))
print(pcall(function() table.foreach(nil, print) end))
print(pcall(table.foreach, {1}, function() error("stop") end))
print(pcall(table.foreach, {1}, function() error({}) end))
