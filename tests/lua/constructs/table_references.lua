-- tables are reference values
local a = {1, 2, 3}
local b = a
b[1] = "changed"
print(a[1], a == b)
local function modify(t) t.flag = true; t = {}; t.flag = "new" end
modify(a)
print(a.flag)
local copy = {}
for i, v in ipairs(a) do copy[i] = v end
copy[2] = "copy only"
print(a[2], copy[2], #copy)
local self_ref = {}
self_ref.me = self_ref
print(self_ref.me.me.me == self_ref)
local list = {}
list.next = {value = 1, next = {value = 2}}
print(list.next.next.value)
