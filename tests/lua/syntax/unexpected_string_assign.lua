-- a string literal cannot be assigned to
"s" = 1
