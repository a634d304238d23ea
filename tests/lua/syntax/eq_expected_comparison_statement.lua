-- an equality test is not a statement
x == 1
