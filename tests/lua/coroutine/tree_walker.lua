-- in-order walk of a binary search tree with a coroutine
local function insert(node, v)
  if not node then return {value = v} end
  if v < node.value then node.left = insert(node.left, v)
  else node.right = insert(node.right, v) end
  return node
end
local function inorder(node)
  if node then
    inorder(node.left)
    coroutine.yield(node.value)
    inorder(node.right)
  end
end
local root
for _, v in ipairs({50, 30, 70, 20, 40, 60, 80, 35, 65}) do root = insert(root, v) end
local out = {}
for v in coroutine.wrap(function() inorder(root) end) do out[#out + 1] = v end
print(table.concat(out, " "))
-- depth-first with depth information
local function depths(node, d)
  if node then
    coroutine.yield(node.value, d)
    depths(node.left, d + 1)
    depths(node.right, d + 1)
  end
end
for v, d in coroutine.wrap(function() depths(root, 0) end) do
  print(string.rep("  ", d) .. v)
end
