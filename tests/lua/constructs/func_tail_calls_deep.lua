-- deep tail recursion must not overflow the stack
local function loop(n, acc)
  if n == 0 then return acc end
  return loop(n - 1, acc + 1)
end
print(loop(100000, 0))
print(loop(1000000, 0))
local ping, pong
function ping(n) if n == 0 then return "ping done" end return pong(n - 1) end
function pong(n) if n == 0 then return "pong done" end return ping(n - 1) end
print(ping(100001), ping(100000))
local obj = {count = 0}
function obj:step(n) if n == 0 then return self.count end self.count = self.count + 1; return self:step(n - 1) end
print(obj:step(200000))
local function vtail(n, ...) if n == 0 then return select("#", ...), ... end return vtail(n - 1, ...) end
print(vtail(100000, "a", "b"))
