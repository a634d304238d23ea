-- an assignment target list without '='
a, b
