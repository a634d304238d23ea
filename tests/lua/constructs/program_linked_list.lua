-- a singly linked list with push, reverse, map and iteration
local List = {}
List.__index = List
function List.new() return setmetatable({head = nil, size = 0}, List) end
function List:push(v) self.head = {value = v, next = self.head}; self.size = self.size + 1; return self end
function List:iter()
  local node = self.head
  return function()
    if node then local v = node.value; node = node.next; return v end
  end
end
function List:totable() local t = {} for v in self:iter() do t[#t + 1] = v end return t end
function List:reverse()
  local prev, cur = nil, self.head
  while cur do cur.next, prev, cur = prev, cur, cur.next end
  self.head = prev
  return self
end
function List:map(f) local out = List.new() for v in self:iter() do out:push(f(v)) end return out:reverse() end
List.__tostring = function(l) return "[" .. table.concat(l:totable(), " -> ") .. "]" end
local l = List.new():push(1):push(2):push(3)
print(tostring(l), l.size)
print(tostring(l:reverse()))
print(tostring(l:map(function(v) return v * v end)))
print(tostring(List.new()), List.new().size)
