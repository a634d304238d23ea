-- an ESC byte (0x1b) outside a string (not at the start of the file)
x = 
