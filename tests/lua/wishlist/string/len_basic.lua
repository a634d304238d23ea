-- string.len and # agree, including embedded zeros and coerced numbers
local samples = {"", "a", "abc", "a\0b", "\0\0\0", ("z"):rep(300), "\255\254"}
for i, s in ipairs(samples) do
  print(i, #s, string.len(s), s:len())
end
print(string.len(123), string.len(1.5), string.len(-0.25), string.len(1e100))
print(pcall(string.len))
print(pcall(string.len, nil))
print(pcall(string.len, {}))
print(pcall(function() local n = #5 return n end))
print(pcall(function() local n = #nil return n end))
