-- '>' at the start of an expression
while > 0 do end
