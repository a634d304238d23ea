-- string.find init positions: negative, zero, and past the end
local s = "abcabc"
for _, init in ipairs({-10, -6, -3, -1, 0, 1, 2, 4, 6, 7, 8, 100}) do
  print(init, string.find(s, "b", init), string.find(s, "", init), string.find(s, "b", init, true))
end
print(string.find("", "", 1), string.find("", "", 2), string.find("", "", -1))
print(string.find("abc", "$", 10), string.find("abc", "^", 4))
print(string.find("abc", "c", 3.9), string.find("abc", "c", "3"))
print(pcall(string.find, "abc", "c", "x"))
