-- Requires itself indirectly.
return require("loop_b")
