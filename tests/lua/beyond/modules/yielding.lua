-- The top level of this module yields to whoever resumed the require.
local got = coroutine.yield("module paused")
return { resumed_with = got }
