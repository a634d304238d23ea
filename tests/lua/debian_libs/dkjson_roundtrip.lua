-- Debian's lua-dkjson: encoding with key order, decoding, round trips.
local json = require("dkjson")
local value = { name = "lunaris", list = { 1, 2.5, "three", true, false }, nested = { a = { b = { c = "deep" } } } }
local text = json.encode(value, { keyorder = { "name", "list", "nested" } })
print(text)
local back = json.decode(text)
print(back.name, #back.list, back.list[2], back.list[3], back.nested.a.b.c)
print(json.encode({ "a\"quote", "new\nline", "tab\t", "\1" }))
print(json.encode({}), json.encode(json.null), json.encode(1e300), json.encode(-0.5))
local obj, pos, err = json.decode('{"x": [1, 2, {"y": null}]', 1, nil)
print(obj, pos, err)
print(json.decode("[1, 2, 3]")[3], json.decode('"\\u00e9"') == "\195\169")
