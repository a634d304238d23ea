-- storing with nil or NaN keys fails; reading them returns nil
local t = {}
print(pcall(function() t[nil] = 1 end))
print(pcall(function() local k; t[k] = 2 end))
print(pcall(function() t[0/0] = 3 end))
print(pcall(function() return {[nil] = 1} end))
print(pcall(function() local nan = 0/0; return {[nan] = 1} end))
print(t[nil], t[0/0])
print(pcall(rawset, t, nil, 1))
print(pcall(function() rawset(t, 0/0, 1) end))
print(next(t))
