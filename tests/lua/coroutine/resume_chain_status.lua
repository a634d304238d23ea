-- a chain of coroutines, each resuming the next; statuses seen from the bottom
local chain = {}
local report
for i = 1, 4 do
  chain[i] = coroutine.create(function()
    if i < 4 then
      local ok, v = coroutine.resume(chain[i + 1])
      coroutine.yield("level " .. i .. " saw " .. tostring(v))
      return "level " .. i .. " done"
    end
    local s = {}
    for j = 1, 4 do s[j] = coroutine.status(chain[j]) end
    report = table.concat(s, " ")
    return "bottom"
  end)
end
print(coroutine.resume(chain[1]))
print(report)
local s = {}
for j = 1, 4 do s[j] = coroutine.status(chain[j]) end
print(table.concat(s, " "))
print(coroutine.resume(chain[1]))
print(coroutine.resume(chain[2]))
print(coroutine.resume(chain[3]))
