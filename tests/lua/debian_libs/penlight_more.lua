-- More penlight: classes, OrderedMap, text templates, seq.
local pl = require("pl.import_into")()
local Animal = pl.class()
function Animal:_init(name) self.name = name end
function Animal:speak() return self.name .. " makes a sound" end
local Dog = pl.class(Animal)
function Dog:speak() return self.name .. " barks" end
print(Animal("cat"):speak(), Dog("rex"):speak(), Dog:class_of(Dog("x")))
local map = pl.OrderedMap()
map:set("one", 1)
map:set("two", 2)
for k, v in map:iter() do print(k, v) end
print(pl.text.Template("hello $name"):substitute({ name = "world" }))
print(pl.seq.sum({ 1, 2, 3 }), pl.seq.reduce("+", { 1, 2, 3, 4 }))
print(pl.stringx.replace("a-b-c", "-", "+"), pl.stringx.count("banana", "a"))
