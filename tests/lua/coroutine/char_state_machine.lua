-- a tokenizer coroutine fed one character at a time (no string patterns)
local function is_digit(c) return c >= "0" and c <= "9" end
local function is_alpha(c) return (c >= "a" and c <= "z") or c == "_" end
local tokenizer = coroutine.create(function(c)
  local tokens = {}
  local cur, kind = "", nil
  local function flush()
    if kind then tokens[#tokens + 1] = kind .. ":" .. cur end
    cur, kind = "", nil
  end
  while c do
    local k = is_digit(c) and "num" or is_alpha(c) and "id" or (c == " " and "space") or "op"
    if k == "space" then flush()
    elseif k == "op" then flush() tokens[#tokens + 1] = "op:" .. c
    elseif kind == k or (kind == "id" and k == "num") then cur = cur .. c
    else flush() cur, kind = c, k end
    c = coroutine.yield(#tokens)
  end
  flush()
  return tokens
end)
local src = "x1 = 42+foo_bar*(7 - y)"
local counts = {}
for i = 1, #src do
  local _, n = coroutine.resume(tokenizer, src:sub(i, i))
  counts[#counts + 1] = n
end
local _, tokens = coroutine.resume(tokenizer, nil)
print(table.concat(counts, ""))
print(table.concat(tokens, " "))
