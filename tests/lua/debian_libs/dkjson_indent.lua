-- dkjson's pretty printing and custom handlers.
local json = require("dkjson")
print(json.encode({ a = 1, b = { 1, 2 } }, { indent = true, keyorder = { "a", "b" } }))
local t = setmetatable({}, { __jsontype = "array" })
print(json.encode(t), json.encode(setmetatable({}, { __jsontype = "object" })))
print(pcall(json.encode, { f = print }))
