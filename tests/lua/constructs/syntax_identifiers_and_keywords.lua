-- identifiers, keyword-like field names via strings, and case sensitivity
local _ = "underscore"
local _x, x_, x1, X1, __ = 1, 2, 3, 4, 5
print(_, _x, x_, x1, X1, __)
local t = {["end"] = "e", ["nil"] = "n", ["function"] = "f", ["and"] = 1}
print(t["end"], t["nil"], t["function"], t["and"])
local And, NIL, True = "And", "NIL", "True"
print(And, NIL, True)
local very_long_identifier_name_that_keeps_going_and_going = 42
print(very_long_identifier_name_that_keeps_going_and_going)
local goto_ = "goto_ is fine"
print(goto_)
t.self = "self is not a keyword"
print(t.self)
