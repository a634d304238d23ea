-- long concatenation chains mixing strings and numbers
local a, b, c = "A", 2, 3.5
print(a .. b .. c .. "-" .. 10 .. "-" .. -1 .. "-" .. 1e20)
local parts = "1" .. "2" .. "3" .. "4" .. "5" .. "6" .. "7" .. "8" .. "9" .. "10" .. "11" .. "12"
print(parts, #parts)
local function s(n) return "<" .. n .. ">" end
print(s(1) .. s(2) .. s(3), s(s(s(0))))
local x = 5
print("x=" .. x .. ", x*2=" .. x * 2 .. ", x^2=" .. x ^ 2 .. ", -x=" .. -x)
print(("ab"):rep(2) .. ("cd"):rep(2) .. #"xyz")
print(1 .. 2 .. 3 + 4)
