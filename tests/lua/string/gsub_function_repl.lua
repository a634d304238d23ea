-- gsub with a function: captures are its arguments
print(string.gsub("hello world", "%w+", string.upper))
print(string.gsub("1 2 3", "%d", function(d) return d * 2 end))
print(string.gsub("a=1,b=2", "(%w)=(%w)", function(k, v) return v .. "=" .. k end))
print(string.gsub("abc", "", function() return "." end))
local seen = {}
string.gsub("xyz", ".", function(c) seen[#seen + 1] = c end)
print(table.concat(seen))
print(string.gsub("abc", "%w", function(c) return c:byte() end))
print(string.gsub("abc", "(%w)()", function(c, p) return p end))
print(pcall(string.gsub, "abc", "%w", function() return {} end))
print(pcall(string.gsub, "abc", "%w", function() return true end))
print(pcall(string.gsub, "abc", "%w", function() error("inside") end))
print(string.gsub("abc", "%w", function(c) return c, "ignored" end))
