-- long subjects, repeated searches, and many matches
local s = ("ab"):rep(1000)
print(#s, string.find(s, "ba", 1000), string.find(s, "bb"), string.find(s, "b", -1))
local _, n = string.gsub(s, "ab", "")
print(n)
local count, pos = 0, 1
while true do
  local a, b = string.find(s, "abab", pos, true)
  if not a then break end
  count = count + 1
  pos = b + 1
end
print(count)
print(string.find(s .. "c", "c"), string.find(s, "a", #s), string.find(s, "b", #s))
local words = {}
for w in (("word "):rep(20)):gmatch("%a+") do words[#words + 1] = w end
print(#words)
