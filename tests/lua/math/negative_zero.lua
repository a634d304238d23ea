-- -0 survives through math functions and prints as -0
local nz = -0.0
print(nz, 1 / nz, nz == 0, tostring(nz))
print(math.floor(nz), math.ceil(nz), math.abs(nz), math.sqrt(nz))
print(math.ceil(-0.25), math.floor(0.25), math.fmod(-1, 1), math.modf(-0.5))
print(math.min(0, nz), math.max(nz, 0), nz * 1, nz + 0, 0 - 0, -(0))
print(string.format("%g %f %e %d", nz, nz, nz, nz))
print(math.sin(nz), math.tan(nz), math.asin(nz), math.atan(nz), math.ldexp(nz, 3))
print(nz .. "", -0 .. "", (-0) .. "")
