-- table.sort with comparison functions
local t = {5, 2, 8, 1, 9, 3}
table.sort(t, function(a, b) return a > b end)
print(table.concat(t, ","))
local people = {{name = "Ann", age = 31}, {name = "Bob", age = 25}, {name = "Cid", age = 40}, {name = "Dee", age = 19}}
table.sort(people, function(a, b) return a.age < b.age end)
local names = {}
for i, p in ipairs(people) do names[i] = p.name end
print(table.concat(names, ","))
table.sort(people, function(a, b) return a.name > b.name end)
names = {}
for i, p in ipairs(people) do names[i] = p.name end
print(table.concat(names, ","))
local words = {"ccc", "a", "bb", "dddd"}
table.sort(words, function(a, b) return #a < #b end)
print(table.concat(words, ","))
local mixed = {3, "1", 2, "10"}
table.sort(mixed, function(a, b) return tonumber(a) < tonumber(b) end)
print(table.concat(mixed, ","))
local calls = 0
table.sort({4, 3, 2, 1}, function(a, b) calls = calls + 1 return a < b end)
print(calls > 0)
