-- '==' cannot start an expression
if == 1 then end
