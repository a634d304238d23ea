-- non-tail recursion of moderate depth
local function depth(n) if n == 0 then return 0 end return 1 + depth(n - 1) end
print(depth(10000))
local function sum_list(t, i)
  i = i or 1
  if i > #t then return 0 end
  return t[i] + sum_list(t, i + 1)
end
local t = {}
for i = 1, 5000 do t[i] = i end
print(sum_list(t))
local function build(n) if n == 0 then return nil end return {next = build(n - 1), v = n} end
local list = build(3000)
local c, node = 0, list
while node do c = c + node.v; node = node.next end
print(c)
local function hanoi(n, from, to, via, moves)
  if n == 0 then return moves end
  moves = hanoi(n - 1, from, via, to, moves)
  moves = moves + 1
  return hanoi(n - 1, via, to, from, moves)
end
print(hanoi(16, "a", "c", "b", 0))
