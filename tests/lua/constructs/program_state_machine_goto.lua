-- a small tokenizer state machine implemented with goto
local function tokenize(s)
  local tokens, i, start = {}, 1, 1
  local c
  ::start_state::
  if i > #s then goto finish end
  c = s:sub(i, i)
  if c == " " then i = i + 1; goto start_state end
  start = i
  if c >= "0" and c <= "9" then goto number_state end
  if (c >= "a" and c <= "z") or c == "_" then goto ident_state end
  tokens[#tokens + 1] = "op(" .. c .. ")"
  i = i + 1
  goto start_state
  ::number_state::
  while i <= #s and s:sub(i, i) >= "0" and s:sub(i, i) <= "9" do i = i + 1 end
  tokens[#tokens + 1] = "num(" .. s:sub(start, i - 1) .. ")"
  goto start_state
  ::ident_state::
  while i <= #s do
    local ch = s:sub(i, i)
    if not ((ch >= "a" and ch <= "z") or ch == "_" or (ch >= "0" and ch <= "9")) then break end
    i = i + 1
  end
  tokens[#tokens + 1] = "id(" .. s:sub(start, i - 1) .. ")"
  goto start_state
  ::finish::
  return tokens
end
print(table.concat(tokenize("x1 = 42 + foo_bar*(7-y)"), " "))
print(#tokenize(""), #tokenize("   "))
local state, input, trace = "locked", {"coin", "push", "push", "coin", "coin", "push"}, {}
for _, ev in ipairs(input) do
  if state == "locked" then
    if ev == "coin" then state = "unlocked" end
  elseif state == "unlocked" then
    if ev == "push" then state = "locked" end
  end
  trace[#trace + 1] = ev .. "->" .. state
end
print(table.concat(trace, " "))
