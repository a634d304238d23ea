-- Mandelbrot: float arithmetic in nested numeric for loops; prints a checksum.
local N = tonumber(arg and arg[1]) or 1200
local iter = 50
local count, checksum = 0, 0
for y = 0, N - 1 do
  local Ci = 2 * y / N - 1
  for x = 0, N - 1 do
    local Cr = 2 * x / N - 1.5
    local Zr, Zi, Zrq, Ziq = 0.0, 0.0, 0.0, 0.0
    local escaped = false
    for _ = 1, iter do
      Zi = 2 * Zr * Zi + Ci
      Zr = Zrq - Ziq + Cr
      Zrq = Zr * Zr
      Ziq = Zi * Zi
      if Zrq + Ziq > 4.0 then escaped = true break end
    end
    if not escaped then
      count = count + 1
      checksum = (checksum + x * 7 + y * 13) % 1000003
    end
  end
end
print(count, checksum)
