-- binary search and insertion into a sorted array
local function bsearch(t, x)
  local lo, hi = 1, #t
  while lo <= hi do
    local mid = math.floor((lo + hi) / 2)
    if t[mid] == x then return mid
    elseif t[mid] < x then lo = mid + 1
    else hi = mid - 1 end
  end
  return nil, lo
end
local t = {}
for i = 1, 50 do t[i] = i * 3 end
print(bsearch(t, 3), bsearch(t, 150), bsearch(t, 75))
print(bsearch(t, 4))
print(bsearch(t, 0))
print(bsearch(t, 1000))
local sorted = {}
for _, v in ipairs({42, 7, 19, 3, 88, 7, 23}) do
  local _, pos = bsearch(sorted, v)
  table.insert(sorted, pos or (bsearch(sorted, v)), v)
end
print(table.concat(sorted, " "))
print(bsearch({}, 1))
