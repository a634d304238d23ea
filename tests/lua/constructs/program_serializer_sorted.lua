-- a JSON-like serializer with sorted keys
local serialize
local function is_array(t)
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  return n == #t
end
local function quote(s) return string.format("%q", s) end
function serialize(v, indent)
  indent = indent or ""
  local tv = type(v)
  if tv == "string" then return quote(v)
  elseif tv == "number" or tv == "boolean" or tv == "nil" then return tostring(v) end
  if is_array(v) then
    local parts = {}
    for i = 1, #v do parts[i] = serialize(v[i], indent) end
    return "[" .. table.concat(parts, ",") .. "]"
  end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = tostring(k) end
  table.sort(keys)
  local parts = {}
  local inner = indent .. "  "
  for _, k in ipairs(keys) do
    local val = v[k]
    if val == nil then val = v[tonumber(k)] end
    parts[#parts + 1] = inner .. quote(k) .. ": " .. serialize(val, inner)
  end
  return "{\n" .. table.concat(parts, ",\n") .. "\n" .. indent .. "}"
end
print(serialize({
  name = "lunaris", version = 1.5, tags = {"vm", "jit", "lua"},
  nested = {z = true, a = false, m = {1, {2, 3}, {}}},
  ["quote\"d"] = "line\nbreak", [7] = "seven",
}))
print(serialize({}), serialize("tab\there"), serialize(2^53))
