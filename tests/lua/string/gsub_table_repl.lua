-- gsub with a table: the first capture (or whole match) is the key
local t = {name = "Lua", version = "5.1", n = 3, f = false}
print(string.gsub("$name $version", "%$(%w+)", t))
print(string.gsub("$name $missing", "%$(%w+)", t))
print(string.gsub("$n", "%$(%w+)", t))
print(string.gsub("$f!", "%$(%w+)", t))
print(string.gsub("hello", "%w+", {hello = "HI"}))
print(string.gsub("a b c", "%a", {a = 1, b = 2.5}))
local nums = {[1] = "one", ["1"] = "string one"}
print(string.gsub("1", "%d", nums))
print(string.gsub("abc", "(a)(b)", {a = "first"}))
local proxy = setmetatable({}, {__index = function(_, k) return k:upper() end})
print(string.gsub("abc", "%w", proxy))
print(pcall(string.gsub, "abc", "%w", {a = true}))
print(pcall(string.gsub, "abc", "%w", {b = {}}))
print(pcall(function() local r = string.gsub("abc", "%w", {c = print}) return r end))
