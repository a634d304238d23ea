-- deeply nested table constructors
local data = {
  name = "root",
  children = {
    {name = "a", children = {{name = "a1"}, {name = "a2"}}},
    {name = "b", children = {}},
  },
  matrix = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}},
}
print(data.name, #data.children, data.children[1].children[2].name)
print(#data.children[2].children, data.matrix[2][3], data.matrix[3][1])
local function count(node)
  local n = 1
  for _, c in ipairs(node.children or {}) do n = n + count(c) end
  return n
end
print(count(data))
local deep = {{{{{"bottom"}}}}}
print(deep[1][1][1][1][1])
