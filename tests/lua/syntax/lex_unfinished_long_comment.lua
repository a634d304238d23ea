-- unclosed '--[[' long comment
x = 1
--[[ a comment
that never ends
