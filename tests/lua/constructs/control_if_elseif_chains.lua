-- if / elseif / else chains
local function classify(n)
  if n < 0 then return "negative"
  elseif n == 0 then return "zero"
  elseif n < 10 then return "small"
  elseif n < 100 then return "medium"
  else return "large" end
end
for _, v in ipairs({-5, 0, 3, 42, 1000}) do print(v, classify(v)) end
local function fizz(i)
  if i % 15 == 0 then return "FizzBuzz" elseif i % 3 == 0 then return "Fizz"
  elseif i % 5 == 0 then return "Buzz" end
  return tostring(i)
end
local out = {}
for i = 1, 15 do out[i] = fizz(i) end
print(table.concat(out, " "))
if false then print("no") end
if nil then elseif false then else print("only else") end
