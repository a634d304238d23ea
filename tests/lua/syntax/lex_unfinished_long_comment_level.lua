-- unclosed '--[=[' long comment, ']]' does not close it
--[=[ comment ]]
x = 1
