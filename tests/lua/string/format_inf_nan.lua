-- infinities and NaN through numeric conversions
local inf, nan = 1 / 0, 0 / 0
print(string.format("%f %f %f", inf, -inf, nan))
print(string.format("%e %E %g %G", inf, -inf, inf, -inf))
print(string.format("%a %A", inf, -inf))
print(string.format("[%10f] [%-10f] [%010f] [%+f] [% f]", inf, inf, inf, inf, inf))
print(string.format("[%.3f] [%10.1e] [%#g]", -inf, inf, inf))
print(string.format("%d %d", inf, -inf), string.format("%i", nan))
print(string.format("%x %X %o", inf, -inf, inf))
print(string.format("%u", inf), string.format("%x", nan))
print(string.format("%c", inf):byte(), string.format("%c", nan):byte())
print(string.format("%s %s %s", inf, -inf, -nan ~= -nan))
print(string.format("%.14g %.14g", inf, -inf))
