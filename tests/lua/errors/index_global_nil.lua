-- indexing undefined or non-table globals names the global
print(pcall(function() return missing_global.x end))
print(pcall(function() missing_global.x = 1 end))
numglobal = 42
print(pcall(function() return numglobal.x end))
boolglobal = false
print(pcall(function() return boolglobal[2] end))
print(pcall(function() return missing_global[1][2] end))
