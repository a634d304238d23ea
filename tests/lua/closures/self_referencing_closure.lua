-- a closure stored in a table referencing that table
local obj = {count = 0}
obj.bump = function() obj.count = obj.count + 1; return obj end
obj.bump().bump().bump()
print(obj.count)
local alias = obj
obj = {count = 100}
alias.bump()
print(alias.count, obj.count)
local node = {}
node.self = function() return node end
print(node.self() == node, node.self().self() == node)
