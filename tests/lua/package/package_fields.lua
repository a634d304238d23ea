-- The package table's shape.
local keys = {}
for k, v in pairs(package) do keys[#keys + 1] = k .. ":" .. type(v) end
table.sort(keys)
print(table.concat(keys, " "))
print(#package.loaders, package.config == "/\n;\n?\n!\n-\n")
for _, name in ipairs({ "_G", "string", "table", "math", "coroutine", "os", "bit", "package" }) do
  print(name, package.loaded[name] == (name == "_G" and _G or _G[name]))
end
