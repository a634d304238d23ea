-- lexicographic string comparisons
print("a" < "b", "b" < "a", "a" < "a", "a" <= "a")
print("abc" < "abd", "ab" < "abc", "" < "a", "Z" < "a")
print("10" < "9", 10 < 9, "a\0b" < "a\0c", "a\0" > "a")
print("A" >= "A", "b" > "abc", "abc" ~= "ABC")
print(pcall(function() return "1" < 2 end))
print(pcall(function() return {} < {} end))
local words = {"pear", "apple", "fig", "Banana", "apple2", "app"}
table.sort(words)
print(table.concat(words, " "))
table.sort(words, function(a, b) return a > b end)
print(table.concat(words, " "))
print("1" == 1, "x" == "x", ("x"):rep(2) == "xx")
