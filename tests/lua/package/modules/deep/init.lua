-- Found through the ?/init.lua template.
return { name = "deep", arg = ... }
