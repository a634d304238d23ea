-- every single-character escape; print byte values to keep output ASCII
local s = "\a\b\f\n\r\t\v\\\"\'"
print(#s)
print(string.byte(s, 1, -1))
print("quote:\" apos:\' backslash:\\")
print('single "double" inside', "double 'single' inside")
print("tab[\t]")
print("line1\nline2")
