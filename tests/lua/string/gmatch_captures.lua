-- gmatch with one or several captures
for k, v in string.gmatch("a=1, b=22, c=333", "(%w+)=(%w+)") do print(k, v) end
for a, b, c in string.gmatch("xyz uvw", "(.)(.)(.)") do print(a, b, c) end
for whole in string.gmatch("ab ab", "(a)b") do print(whole) end
for p, w in string.gmatch("one two", "()(%a+)") do print(p, w) end
for e in string.gmatch("a,b,,c", "([^,]*)") do print("[" .. e .. "]") end
