-- an index expression followed by a number
t[1] 2
