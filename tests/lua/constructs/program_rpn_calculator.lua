-- a reverse polish notation calculator with error handling
local ops = {
  ["+"] = function(a, b) return a + b end,
  ["-"] = function(a, b) return a - b end,
  ["*"] = function(a, b) return a * b end,
  ["/"] = function(a, b) if b == 0 then error("division by zero", 0) end return a / b end,
  ["^"] = function(a, b) return a ^ b end,
}
local function eval(expr)
  local stack = {}
  local pos = 1
  while pos <= #expr do
    while expr:sub(pos, pos) == " " do pos = pos + 1 end
    local start = pos
    while pos <= #expr and expr:sub(pos, pos) ~= " " do pos = pos + 1 end
    local tok = expr:sub(start, pos - 1)
    if tok ~= "" then
      if ops[tok] then
        if #stack < 2 then error("stack underflow at '" .. tok .. "'", 0) end
        local b = table.remove(stack)
        local a = table.remove(stack)
        stack[#stack + 1] = ops[tok](a, b)
      else
        local n = tonumber(tok)
        if not n then error("bad token '" .. tok .. "'", 0) end
        stack[#stack + 1] = n
      end
    end
  end
  if #stack ~= 1 then error("leftover values: " .. #stack, 0) end
  return stack[1]
end
for _, e in ipairs({"3 4 +", "5 1 2 + 4 * + 3 -", "2 3 ^ 2 ^", "1 0 /", "1 +", "2 x *", "1 2", "0x10 2 /"}) do
  print(e, pcall(eval, e))
end
